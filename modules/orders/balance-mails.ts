import type { OutgoingMail } from '@/lib/mail/outbox';
import { renderMailHtml } from '@/lib/mail/render';
import type { BalanceMethod } from './schemas';

type Lang = 'fr' | 'en';

export const BALANCE_METHOD_NAMES: Record<BalanceMethod, Record<Lang, string>> = {
  transfer: { fr: 'virement', en: 'bank transfer' },
  bank_cheque: { fr: 'chèque de banque', en: 'bank cheque' },
  financing: { fr: 'versement de l’organisme de financement', en: 'payment from the lender' },
  card: { fr: 'carte bancaire en concession', en: 'card at the dealership' },
};

export const balanceMethodName = (method: string | null, lang: Lang) => (method && method in BALANCE_METHOD_NAMES ? BALANCE_METHOD_NAMES[method as BalanceMethod][lang] : (method ?? ''));

const euros = (cents: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR', trailingZeroDisplay: 'stripIfInteger' }).format(cents / 100);

export type BalanceMailFacts = { orderId: string; reference: string; to: string; locale: string; amountCents: number; method: BalanceMethod | null; appUrl: string; refunded: boolean };

/** The buyer's receipt for the balance recorded by the dealership, or the notice that it was paid back after a withdrawal. */
export function balanceMail(facts: BalanceMailFacts): OutgoingMail {
  const lang: Lang = facts.locale === 'en' ? 'en' : 'fr';
  const amount = euros(facts.amountCents, lang);
  const how = facts.method ? ` (${BALANCE_METHOD_NAMES[facts.method][lang]})` : '';
  // A balance the lender paid goes back to the lender, which closes the loan.
  const toLender = facts.refunded && facts.method === 'financing';
  const url = new URL(`/orders/${facts.orderId}`, facts.appUrl).toString();
  const [subject, paragraph] = facts.refunded
    ? lang === 'fr'
      ? [
          `Commande ${facts.reference} : solde remboursé`,
          toLender
            ? `Votre concession a remboursé le solde de ${amount} de la commande ${facts.reference} à l’organisme de financement, qui clôt le crédit.`
            : `Votre concession vous a remboursé le solde de ${amount} de la commande ${facts.reference}${how}.`,
        ]
      : [
          `Order ${facts.reference}: balance paid back`,
          toLender
            ? `Your dealership paid the balance of ${amount} for order ${facts.reference} back to the lender, which closes the loan.`
            : `Your dealership paid back the balance of ${amount} for order ${facts.reference}${how}.`,
        ]
    : lang === 'fr'
      ? [`Commande ${facts.reference} : solde reçu`, `Votre concession a reçu le solde de ${amount} de la commande ${facts.reference}${how}. Votre voiture est entièrement réglée.`]
      : [`Order ${facts.reference}: balance received`, `Your dealership received the balance of ${amount} for order ${facts.reference}${how}. Your car is fully paid.`];
  const action = { label: lang === 'fr' ? 'Suivre ma commande' : 'Track my order', url };
  return { kind: facts.refunded ? 'order.balance-refunded' : 'order.balance-received', to: facts.to, subject, text: [paragraph, `${action.label} : ${url}`].join('\n\n'), html: renderMailHtml([paragraph], action) };
}
