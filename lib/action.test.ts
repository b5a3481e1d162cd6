import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Viewer } from './session';

let viewer: Viewer | null = null;
vi.mock('./session', () => ({ getViewer: async () => viewer }));
// The French messages of errors.reasons, as next-intl would serve them.
const reasons: Record<string, string> = { VALIDATION_FAILED: 'Certaines informations ne sont pas valides.', FORBIDDEN: 'Votre compte ne peut pas faire cela.', UNAUTHENTICATED: 'Connectez-vous pour continuer.', INTERNAL: 'Une erreur est survenue de notre côté. Réessayez.' };
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => reasons[key] ?? key, { has: (key: string) => key in reasons }),
}));

const { serverAction } = await import('./action');
const staff: Viewer = { id: 'u1', name: 'S', email: 's@virage.example', role: 'dealer_staff', dealershipId: 'd1', isGuest: false };
const input = z.object({ count: z.number().int().min(1) });

afterEach(() => {
  vi.restoreAllMocks();
  viewer = null;
});

describe('serverAction', () => {
  it('parses the input and runs the body', async () => {
    expect(await serverAction({ name: 't', input }, { count: 2 }, async ({ count }) => count * 2)).toEqual({ ok: true, data: 4 });
  });

  it('refuses bad input with a translated message and the field at fault, without running the body', async () => {
    const body = vi.fn(async () => 'ran');
    const result = await serverAction({ name: 't', input }, { count: 0 }, body);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'Certaines informations ne sont pas valides.', fields: { count: expect.any(String) } } });
    expect(body).not.toHaveBeenCalled();
  });

  it('checks the role on the server before reading the input', async () => {
    const body = vi.fn(async () => 'ran');
    expect(await serverAction({ name: 't', input, roles: ['dealer_manager'] }, { count: 1 }, body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    viewer = staff;
    expect(await serverAction({ name: 't', input, roles: ['dealer_manager'] }, { count: 1 }, body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Votre compte ne peut pas faire cela.' } });
    viewer = { ...staff, role: 'dealer_manager', isGuest: true };
    expect(await serverAction({ name: 't', input, roles: ['dealer_manager'] }, { count: 1 }, body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(body).not.toHaveBeenCalled();
  });

  it('logs an unexpected failure and answers a generic message', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await serverAction({ name: 'broken', input }, { count: 1 }, async () => {
      throw new Error('connection string postgres://secret');
    });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', reason: 'INTERNAL', message: 'Une erreur est survenue de notre côté. Réessayez.' } });
    expect(log).toHaveBeenCalledWith('[action broken]', expect.any(Error));
  });
});
