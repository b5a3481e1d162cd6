import { describe, expect, it } from 'vitest';
import { unexpectedStaffFields, ZStaffBody } from './schemas';

// One body schema serves every staff action on an order; each action takes only its own fields.
describe('staff action bodies', () => {
  it('accepts the action’s own fields and names the others', () => {
    const body = ZStaffBody.parse({ balanceMethod: 'transfer', to: 'ready', vehicleId: 'stk_1' });
    expect(unexpectedStaffFields('record-balance', body)).toEqual(['to', 'vehicleId']);
    expect(unexpectedStaffFields('record-balance', ZStaffBody.parse({ balanceMethod: 'card' }))).toEqual([]);
    expect(unexpectedStaffFields('balance-refunded', ZStaffBody.parse({ balanceMethod: 'card' }))).toEqual(['balanceMethod']);
    expect(unexpectedStaffFields('balance-refunded', ZStaffBody.parse({}))).toEqual([]);
    expect(unexpectedStaffFields('advance', ZStaffBody.parse({ to: 'withdrawn' }))).toEqual([]);
  });

  it('refuses a method that is not one of the four and any field no action takes', () => {
    expect(ZStaffBody.safeParse({ balanceMethod: 'cash' }).success).toBe(false);
    expect(ZStaffBody.safeParse({ balanceMethod: 'transfer', amountCents: 1 }).success).toBe(false);
  });
});
