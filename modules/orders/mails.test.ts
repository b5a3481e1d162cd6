import { expect, test } from 'vitest';
import { orderStepMail } from './mails';

const facts = { orderId: 'ord_1', reference: 'VR7K2M9Q', to: 'camille@example.org', status: 'awaiting_payment' as const, reason: 'order placed', appUrl: 'https://virage.example' };

test('the order e-mail opens on the still of the ordered car: absolute JPEG address, alt text in the buyer language', () => {
  const car = { model: 'horizon', trim: 'horizon-hybrid-evolution', paint: 'rouge-vif', wheels: 'aero' };
  const fr = orderStepMail({ ...facts, locale: 'fr', car }).html;
  expect(fr).toContain('<img src="https://virage.example/stills/horizon/front-rouge-vif-aero-960.jpg" alt="Virage Horizon Rouge Vif, jantes Aéro');
  const en = orderStepMail({ ...facts, locale: 'en', status: 'deposit_paid', car }).html;
  expect(en).toContain('alt="Virage Horizon in Vivid Red, Aero wheels, front three-quarter view');
  // No car given (an old caller): no picture, the mail still goes.
  expect(orderStepMail({ ...facts, locale: 'fr' }).html).not.toContain('<img');
});
