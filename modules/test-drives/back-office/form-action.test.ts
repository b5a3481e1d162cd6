import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import fr from '@/messages/fr.json';
import { refusalError } from '../server/refusals';

// The back-office speaks to staff: a refusal written for the buyer (« vous ») takes its staff wording.
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: 'fr', messages: fr, namespace: namespace as 'dealer' }),
}));
const { runFormAction } = await import('./form-action');

const run = (error: Error) =>
  runFormAction(new FormData(), async () => ({}), z.object({}), async () => {
    throw error;
  }, 'done.created');

describe('runFormAction refusals', () => {
  it('tells staff that the customer already drives then, not « vous avez déjà un essai »', async () => {
    const { state } = await run(refusalError('BUYER_ALREADY_BOOKED'));
    expect(state).toMatchObject({ status: 'error', message: fr.testDrive.errors.staff.BUYER_ALREADY_BOOKED });
    expect(state.message).toMatch(/^Ce client a déjà un essai/);
  });

  it('keeps the shared wording where it suits staff too', async () => {
    const { state } = await run(refusalError('SLOT_TAKEN'));
    expect(state.message).toBe(fr.testDrive.errors.SLOT_TAKEN);
  });
});
