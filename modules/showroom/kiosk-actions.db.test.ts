import { afterAll, expect, it, vi } from 'vitest';
import { pool } from '@/lib/db';
import { CLIENT_HEADER, PEER_HEADER } from '@/lib/http/client-address';
import { consumeLimit } from '@/lib/http/rate-limit';
import { KIOSK_TAKE_AWAY_LIMIT } from './kiosk';

// The kiosk's "take it with you" is an anonymous server action that counts a configuration in a
// dealership's funnel: called as a script would, from one address, with the production limit.

const ip = '198.51.100.140';
vi.mock('next/headers', () => ({ headers: async () => new Headers({ [PEER_HEADER]: ip, [CLIENT_HEADER]: ip }) }));
vi.mock('@/lib/session', () => ({ getViewer: async () => null }));
// Refusals in French, from the app's own messages, as next-intl serves them.
vi.mock('next-intl/server', async () => {
  const { errors } = (await import('@/messages/fr.json')).default;
  const reasons: Record<string, string> = errors.reasons;
  return { getTranslations: async () => Object.assign((key: string) => reasons[key] ?? key, { has: (key: string) => key in reasons }) };
});
const { takeAwayAction } = await import('./actions');

afterAll(async () => {
  await pool().end();
});

it('a script cannot loop on the kiosk hand-off: past the limit it is refused with a code, and a non-kiosk path is refused first', async () => {
  const path = '/kiosk/horizon?p=blanc-glacier&dealership=lyon-gerland';
  const first = await takeAwayAction(path);
  expect(first.ok && first.data.url).toMatch(/\/configure\/horizon\?p=blanc-glacier&via=kiosk$/);
  await consumeLimit(KIOSK_TAKE_AWAY_LIMIT, `ip:${ip}`, KIOSK_TAKE_AWAY_LIMIT.points - 2);
  expect((await takeAwayAction(path)).ok).toBe(true);
  expect(await takeAwayAction(path)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: 'Trop de tentatives. Réessayez plus tard.' } });
  expect(await takeAwayAction('https://evil.example/kiosk/horizon?x=1')).toMatchObject({
    ok: false,
    error: { reason: 'KIOSK_PATH_INVALID', message: 'Cette adresse n’est pas une configuration de la borne.' },
  });
});
