import { describe, expect, it } from 'vitest';
import { isMalformedPath, malformedUrlReply } from './malformed-url';

describe('malformed request paths', () => {
  it('finds paths whose percent-encoding does not decode, and only those', () => {
    for (const url of ['/g/%ZZ', '/api/holds/%E0%A4%A', '/models/%', '/configure/horizon%C3']) expect(isMalformedPath(url), url).toBe(true);
    for (const url of ['/', '/configure/horizon?p=%ZZ', '/g/%C3%A9t%C3%A9', '/legal/mentions-legales', undefined]) expect(isMalformedPath(url), String(url)).toBe(false);
  });

  it('answers the API in JSON with a code and pages with a short French page', () => {
    const api = malformedUrlReply('/api/holds/%ZZ');
    expect(api).toMatchObject({ status: 400, contentType: 'application/json' });
    expect(JSON.parse(api.body)).toMatchObject({ error: { code: 'BAD_REQUEST', reason: 'MALFORMED_URL' } });
    const page = malformedUrlReply('/g/%ZZ');
    expect(page.contentType).toContain('text/html');
    expect(page.body).toContain('<title>Adresse invalide · Virage</title>');
  });
});
