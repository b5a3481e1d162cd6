import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, errorBody, toAppError } from './errors';

describe('toAppError', () => {
  it('keeps an AppError and its status', () => {
    const error = new AppError('CONFLICT', 'Slot taken', { reason: 'SLOT_TAKEN' });
    expect(toAppError(error)).toBe(error);
    expect(error.status).toBe(409);
    expect(errorBody(error)).toEqual({ error: { code: 'CONFLICT', reason: 'SLOT_TAKEN', message: 'Slot taken' } });
  });

  it('maps zod errors to 422 with the failing paths', () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: 'nope' });
    if (parsed.success) throw new Error('expected failure');
    const error = toAppError(parsed.error);
    expect(error.status).toBe(422);
    expect(error.details).toEqual({ issues: [{ path: 'email', message: expect.any(String) }] });
  });

  it('maps Prisma not-found and unique violations', () => {
    expect(toAppError({ code: 'P2025' }).status).toBe(404);
    expect(toAppError({ code: 'P2002' }).status).toBe(409);
  });

  it('hides unknown errors', () => {
    const error = toAppError(new Error('password=hunter2 leaked in a driver message'));
    expect(error.status).toBe(500);
    expect(error.message).not.toContain('hunter2');
  });
});
