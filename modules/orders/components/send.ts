'use client';

/** Sends a request to one of the app's API routes; on failure, the error's reason for the translated message. */
export async function send(endpoint: string, body: unknown): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const init: RequestInit =
      body instanceof FormData
        ? { method: 'POST', body }
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) };
    const response = await fetch(endpoint, init);
    if (response.ok) return { ok: true };
    const reply = (await response.json().catch(() => ({}))) as { error?: { reason?: string; code?: string } };
    return { ok: false, reason: reply.error?.reason ?? reply.error?.code ?? 'generic' };
  } catch {
    return { ok: false, reason: 'generic' };
  }
}
