import type { OutgoingMail } from '@/lib/mail/outbox';
import { catalogue, mailStill } from '@/modules/catalog';
import { renderMailHtml } from '@/lib/mail/render';
import type { OrderStatus } from './state-machine';
import { frenchFirstOfMonth } from '@/lib/i18n/format';

type Lang = 'fr' | 'en';

// One e-mail per step of the order, in the language the buyer ordered in.
const STEP_TEXT: Record<OrderStatus, Record<Lang, { subject: string; body: string }>> = {
  awaiting_payment: {
    fr: { subject: 'Commande {ref} enregistrée', body: 'Votre commande {ref} est enregistrée. Réglez l’acompte pour la confirmer.' },
    en: { subject: 'Order {ref} placed', body: 'Your order {ref} is placed. Pay the deposit to confirm it.' },
  },
  deposit_paid: {
    fr: { subject: 'Commande {ref} confirmée : acompte reçu', body: 'Nous avons reçu votre acompte : votre commande {ref} est confirmée.' },
    en: { subject: 'Order {ref} confirmed: deposit received', body: 'We received your deposit: your order {ref} is confirmed.' },
  },
  documents_checked: {
    fr: { subject: 'Commande {ref} : dossier vérifié', body: 'Votre concession a vérifié votre dossier pour la commande {ref}.' },
    en: { subject: 'Order {ref}: paperwork checked', body: 'Your dealership checked the paperwork of order {ref}.' },
  },
  vehicle_allocated: {
    fr: { subject: 'Commande {ref} : véhicule attribué', body: 'Un véhicule a été attribué à votre commande {ref}.' },
    en: { subject: 'Order {ref}: car allocated', body: 'A car has been allocated to your order {ref}.' },
  },
  in_production: {
    fr: { subject: 'Commande {ref} : en production', body: 'Votre voiture (commande {ref}) est en production.' },
    en: { subject: 'Order {ref}: in production', body: 'Your car (order {ref}) is being built.' },
  },
  in_transit: {
    fr: { subject: 'Commande {ref} : en route', body: 'Votre voiture (commande {ref}) est en route vers la concession.' },
    en: { subject: 'Order {ref}: on its way', body: 'Your car (order {ref}) is on its way to the dealership.' },
  },
  ready: {
    fr: {
      subject: 'Commande {ref} : votre voiture est prête',
      body: 'Votre voiture (commande {ref}) est prête : la concession vous contacte pour la remise des clés.',
    },
    en: { subject: 'Order {ref}: your car is ready', body: 'Your car (order {ref}) is ready: the dealership will contact you for the handover.' },
  },
  handed_over: {
    fr: {
      subject: 'Commande {ref} : bonne route !',
      body: 'Vous avez pris possession de votre voiture (commande {ref}). Vous pouvez vous rétracter jusqu’au {deadline} (Code de la consommation, art. L221-18).',
    },
    en: {
      subject: 'Order {ref}: enjoy the drive!',
      body: 'You took possession of your car (order {ref}). You may withdraw until {deadline} (French Consumer Code, art. L221-18).',
    },
  },
  cancelled: {
    fr: { subject: 'Commande {ref} annulée', body: 'Votre commande {ref} est annulée. Motif : {reason}.' },
    en: { subject: 'Order {ref} cancelled', body: 'Your order {ref} is cancelled. Reason: {reason}.' },
  },
  withdrawn: {
    fr: {
      subject: 'Commande {ref} : rétractation enregistrée',
      body: 'Votre rétractation de la commande {ref} est enregistrée. Les sommes versées vous sont remboursées au plus tard le {refundBy} (art. L221-24).',
    },
    en: {
      subject: 'Order {ref}: withdrawal recorded',
      body: 'Your withdrawal from order {ref} is recorded. What you paid is refunded by {refundBy} at the latest (art. L221-24).',
    },
  },
};

export type OrderMailFacts = {
  orderId: string;
  reference: string;
  to: string;
  locale: string;
  status: OrderStatus;
  reason: string;
  appUrl: string;
  withdrawalEndsAt?: Date | null;
  refundBy?: Date | null;
  /** The ordered car (the snapshot's configuration): its still heads the e-mail. */
  car?: { model: string; trim: string; paint: string; wheels: string };
};

const formatDate = (date: Date, lang: Lang) =>
  frenchFirstOfMonth(new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' }).format(date), lang);

export function orderStepMail(facts: OrderMailFacts): OutgoingMail {
  const lang: Lang = facts.locale === 'en' ? 'en' : 'fr';
  const template = STEP_TEXT[facts.status][lang];
  const fill = (text: string) =>
    text
      .replaceAll('{ref}', facts.reference)
      .replaceAll('{reason}', facts.reason)
      .replaceAll('{deadline}', facts.withdrawalEndsAt ? formatDate(facts.withdrawalEndsAt, lang) : '—')
      .replaceAll('{refundBy}', facts.refundBy ? formatDate(facts.refundBy, lang) : '—');
  const url = new URL(`/orders/${facts.orderId}`, facts.appUrl).toString();
  const action = { label: lang === 'fr' ? 'Suivre ma commande' : 'Track my order', url };
  const paragraphs = [fill(template.body)];
  return {
    kind: `order.${facts.status}`,
    to: facts.to,
    subject: fill(template.subject),
    text: [...paragraphs, `${action.label} : ${url}`].join('\n\n'),
    html: renderMailHtml(paragraphs, action, (facts.car && mailStill(catalogue, facts.car, lang, facts.appUrl)) ?? undefined),
  };
}
