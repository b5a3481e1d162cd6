import { describe, expect, it } from 'vitest';
import { returnRequestMails } from './return-mails';
import { refundDueBy, returnDueBy } from './withdrawal';

// Withdrawal after handover, sent from the order page: the acknowledgement of receipt on a durable
// medium (Code de la consommation L221-21 al. 2), the return within 14 days (L221-23) and the
// refund that may wait for the car (L221-24); the dealership is told to arrange the return.
const facts = {
  orderId: 'ord_1',
  reference: 'V-2026-ABCD',
  buyer: { email: 'lea@example.org', locale: 'en', name: 'Léa Martin' },
  dealership: { name: 'Virage Lyon Gerland', email: 'lyon@virage.example', phone: '+33 4 72 00 00 00' },
  // 1 March 2027, 09:30 in Paris.
  requestedAt: new Date('2027-03-01T08:30:00Z'),
  appUrl: 'https://virage.example',
};

describe('the withdrawal received after handover', () => {
  it('gives the return date 14 days after the withdrawal', () => {
    expect(returnDueBy(facts.requestedAt).toISOString()).toBe('2027-03-15T08:30:00.000Z');
  });

  it('counts calendar days in Paris across the spring clock change, not 24-hour steps', () => {
    // Saturday 21 March 2026, 23:30 in Paris (UTC+1); clocks go forward on 29 March.
    expect(returnDueBy(new Date('2026-03-21T22:30:00Z')).toISOString()).toBe('2026-04-04T21:30:00.000Z');
    expect(refundDueBy(new Date('2026-03-21T22:30:00Z')).toISOString()).toBe('2026-04-04T21:30:00.000Z');
  });

  it('acknowledges it to the buyer in their language, with the date, the return deadline and the refund rule', () => {
    const [buyer] = returnRequestMails(facts);
    expect(buyer).toMatchObject({ kind: 'order.return-requested', to: 'lea@example.org', subject: 'Order V-2026-ABCD: withdrawal received' });
    expect(buyer!.text).toContain('on 1 March 2027 at 09:30');
    expect(buyer!.text).toContain('acknowledgement of receipt (French Consumer Code, art. L221-21)');
    expect(buyer!.text).toContain('due by 15 March 2027 at the latest (art. L221-23)');
    expect(buyer!.text).toContain('+33 4 72 00 00 00');
    expect(buyer!.text).toContain('https://virage.example/orders/ord_1');
  });

  it('writes « 1er » in French and tells the dealership, in French, where to record the return', () => {
    const [buyer, dealer] = returnRequestMails({ ...facts, buyer: { ...facts.buyer, locale: 'fr' } });
    expect(buyer!.text).toContain('le 1er mars 2027 à 09:30');
    expect(dealer).toMatchObject({ kind: 'order.return-requested.dealer', to: 'lyon@virage.example' });
    expect(dealer!.subject).toBe('Commande V-2026-ABCD : rétractation après remise, retour à organiser');
    expect(dealer!.text).toContain('Léa Martin s’est rétracté(e) de la commande V-2026-ABCD le 1er mars 2027 à 09:30');
    expect(dealer!.text).toContain('https://virage.example/dealer/orders/ord_1');
  });
});
