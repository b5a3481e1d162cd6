export type MailAttachment = { filename: string; contentType: string; content: string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A picture at an absolute address (mail clients resolve nothing else), with its alt text and pixel ratio. */
export type MailPicture = { src: string; alt: string; width: number; height: number };

/** A plain, readable HTML body from text paragraphs, one optional call-to-action link and one optional picture on top. */
export function renderMailHtml(paragraphs: string[], action?: { label: string; url: string }, picture?: MailPicture): string {
  // Drawn 560 px wide (the body's width) with the height its ratio gives, so the layout does not jump while it loads.
  const image = picture
    ? `<img src="${escapeHtml(picture.src)}" alt="${escapeHtml(picture.alt)}" width="560" height="${Math.round((560 * picture.height) / picture.width)}" style="display:block;width:100%;max-width:560px;height:auto;margin:0 0 16px;border-radius:12px;background:#eceef1">`
    : '';
  const body = image + paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="background:#0f172a;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none">${escapeHtml(action.label)}</a></p>`
    : '';
  return `<div style="font-family:system-ui,sans-serif;font-size:16px;color:#0f172a;max-width:560px">${body}${button}<p style="color:#64748b;font-size:13px">Virage</p></div>`;
}
