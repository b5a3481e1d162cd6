import type { OutgoingMail } from '@/lib/mail/outbox';
import { frenchFirstOfMonth } from '@/lib/i18n/format';
import { renderMailHtml } from '@/lib/mail/render';
import { WITHDRAWAL_LAW } from './data/withdrawal-law';
import { returnDueBy } from './withdrawal';

type Lang = 'fr' | 'en';

export type ReturnRequestFacts = {
  orderId: string;
  reference: string;
  buyer: { email: string; locale: string; name: string };
  dealership: { name: string; email: string; phone: string };
  requestedAt: Date;
  appUrl: string;
};

const day = (date: Date, lang: Lang) =>
  frenchFirstOfMonth(new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: WITHDRAWAL_LAW.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date), lang);
const time = (date: Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: WITHDRAWAL_LAW.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

/**
 * A withdrawal sent from the order page after handover: the buyer's acknowledgement of receipt on
 * a durable medium (L221-21), with what happens next (return within 14 days, L221-23; refund,
 * which may wait for the car, L221-24), and the dealership's notice to arrange the return.
 */
export function returnRequestMails(facts: ReturnRequestFacts): OutgoingMail[] {
  const lang: Lang = facts.buyer.locale === 'en' ? 'en' : 'fr';
  const url = new URL(`/orders/${facts.orderId}`, facts.appUrl).toString();
  const dealerUrl = new URL(`/dealer/orders/${facts.orderId}`, facts.appUrl).toString();
  const when = `${day(facts.requestedAt, lang)} ${lang === 'fr' ? 'à' : 'at'} ${time(facts.requestedAt, lang)}`;
  const dueBy = day(returnDueBy(facts.requestedAt), lang);
  const d = facts.dealership;
  const buyerParagraphs =
    lang === 'fr'
      ? [
          `Nous avons bien reçu, le ${when}, votre rétractation de la commande ${facts.reference}. Ce message en est l’accusé de réception (Code de la consommation, art. L221-21).`,
          `${d.name} vous appelle pour convenir du retour de la voiture, à rapporter au plus tard le ${dueBy} (art. L221-23). Vous pouvez aussi les joindre au ${d.phone}.`,
          `Les sommes versées vous sont remboursées dans les 14 jours suivant votre rétractation ; le remboursement peut attendre le retour de la voiture (art. L221-24).`,
        ]
      : [
          `We received your withdrawal from order ${facts.reference} on ${when}. This message is its acknowledgement of receipt (French Consumer Code, art. L221-21).`,
          `${d.name} will call you to arrange the car's return, due by ${dueBy} at the latest (art. L221-23). You can also reach them on ${d.phone}.`,
          `What you paid is refunded within 14 days of your withdrawal; the refund may wait until the car is back (art. L221-24).`,
        ];
  const buyerAction = { label: lang === 'fr' ? 'Suivre ma commande' : 'Track my order', url };
  const buyerMail: OutgoingMail = {
    kind: 'order.return-requested',
    to: facts.buyer.email,
    subject: lang === 'fr' ? `Commande ${facts.reference} : rétractation reçue` : `Order ${facts.reference}: withdrawal received`,
    text: [...buyerParagraphs, `${buyerAction.label} : ${url}`].join('\n\n'),
    html: renderMailHtml(buyerParagraphs, buyerAction),
  };
  // Staff read French (the back-office's language).
  const dealerParagraphs = [
    `${facts.buyer.name} s’est rétracté(e) de la commande ${facts.reference} le ${day(facts.requestedAt, 'fr')} à ${time(facts.requestedAt, 'fr')}, après la remise du véhicule.`,
    `Appelez l’acheteur pour convenir du retour (au plus tard le ${day(returnDueBy(facts.requestedAt), 'fr')}, art. L221-23), puis enregistrez le retour sur la commande : le remboursement part alors (art. L221-24).`,
  ];
  const dealerAction = { label: 'Ouvrir la commande', url: dealerUrl };
  const dealerMail: OutgoingMail = {
    kind: 'order.return-requested.dealer',
    to: d.email,
    subject: `Commande ${facts.reference} : rétractation après remise, retour à organiser`,
    text: [...dealerParagraphs, `${dealerAction.label} : ${dealerUrl}`].join('\n\n'),
    html: renderMailHtml(dealerParagraphs, dealerAction),
  };
  return [buyerMail, dealerMail];
}
