/**
 * A file sent to the browser from an authorised route: the type the server determined (never the
 * uploader's say-so), nosniff so the browser does not second-guess it, a sandbox policy so a
 * hostile file opened in a tab runs nothing, an ASCII file name, and no caching anywhere.
 */
export function fileResponse(bytes: Uint8Array, options: { contentType: string; filename: string; inline?: boolean }): Response {
  const filename = options.filename.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': options.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `${options.inline ? 'inline' : 'attachment'}; filename="${filename}"`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, no-store',
    },
  });
}
