import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, clientAddress, PEER_HEADER, stampClientAddress } from './client-address';

const headers = (peer: string, forwarded?: string) => new Headers({ [PEER_HEADER]: peer, ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) });

describe('clientAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted (a client cannot pick its own bucket)', () => {
    expect(clientAddress(headers('203.0.113.9', '1.2.3.4'), 0)).toBe('203.0.113.9');
  });
  it('behind one proxy takes the entry that proxy appended, not what the client wrote before it', () => {
    expect(clientAddress(headers('10.0.0.2', '6.6.6.6, 198.51.100.7'), 1)).toBe('198.51.100.7');
  });
  it('behind two proxies distinguishes clients instead of bucketing everyone as the first proxy', () => {
    expect(clientAddress(headers('10.0.0.3', '198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
    expect(clientAddress(headers('10.0.0.3', '198.51.100.8, 10.0.0.2'), 2)).toBe('198.51.100.8');
  });
  it('falls back to the leftmost known hop when the chain is shorter than configured', () => {
    expect(clientAddress(headers('10.0.0.3'), 2)).toBe('10.0.0.3');
  });
});

describe('stampClientAddress (the HTTP server, before Next)', () => {
  it('overwrites the headers a client sends to pick its own address', () => {
    const headers: Record<string, string | string[] | undefined> = { [PEER_HEADER]: '1.1.1.1', [CLIENT_HEADER]: '2.2.2.2', 'x-forwarded-for': '3.3.3.3' };
    stampClientAddress(headers, '203.0.113.9', 0);
    expect(headers[PEER_HEADER]).toBe('203.0.113.9');
    expect(headers[CLIENT_HEADER]).toBe('203.0.113.9');
  });
  it('behind one trusted proxy takes what that proxy appended', () => {
    const headers: Record<string, string | string[] | undefined> = { 'x-forwarded-for': ['6.6.6.6', '198.51.100.7'] };
    stampClientAddress(headers, '10.0.0.2', 1);
    expect(headers[CLIENT_HEADER]).toBe('198.51.100.7');
  });
});
