import type { OutgoingMail } from '@/lib/mail/outbox';
import { renderMailHtml } from '@/lib/mail/render';
import type { DocumentKind } from './paperwork';

type Lang = 'fr' | 'en';
const langOf = (locale: string): Lang => (locale === 'en' ? 'en' : 'fr');

export const DOCUMENT_NAMES: Record<DocumentKind, Record<Lang, string>> = {
  identity: { fr: 'pièce d’identité', en: 'identity document' },
  driving_licence: { fr: 'permis de conduire', en: 'driving licence' },
  proof_of_address: { fr: 'justificatif de domicile', en: 'proof of address' },
  payslip: { fr: 'bulletins de salaire', en: 'payslips' },
  bank_details: { fr: 'RIB (relevé d’identité bancaire)', en: 'bank details' },
};

const orderUrl = (orderId: string, appUrl: string) => new URL(`/orders/${orderId}`, appUrl).toString();

export type ReviewMailFacts = {
  orderId: string;
  reference: string;
  to: string;
  locale: string;
  kind: DocumentKind;
  accepted: boolean;
  reason: string | null;
  appUrl: string;
};

/** The buyer is told each review: accepted, or rejected with the staff's reason and the way to send it again. */
export function documentReviewedMail(facts: ReviewMailFacts): OutgoingMail {
  const lang = langOf(facts.locale);
  const name = DOCUMENT_NAMES[facts.kind][lang];
  const url = orderUrl(facts.orderId, facts.appUrl);
  const subject = facts.accepted
    ? lang === 'fr'
      ? `Commande ${facts.reference} : ${name} accepté(e)`
      : `Order ${facts.reference}: ${name} accepted`
    : lang === 'fr'
      ? `Commande ${facts.reference} : ${name} à renvoyer`
      : `Order ${facts.reference}: please send your ${name} again`;
  const body = facts.accepted
    ? lang === 'fr'
      ? `Votre concession a accepté votre ${name}.`
      : `Your dealership accepted your ${name}.`
    : lang === 'fr'
      ? `Votre concession n’a pas pu accepter votre ${name}. Motif : ${facts.reason}. Envoyez-en un nouveau depuis la page de votre commande.`
      : `Your dealership could not accept your ${name}. Reason: ${facts.reason}. Please upload a new one from your order page.`;
  const action = { label: lang === 'fr' ? 'Ouvrir ma commande' : 'Open my order', url };
  return {
    kind: `order.document-${facts.accepted ? 'accepted' : 'rejected'}`,
    to: facts.to,
    subject,
    text: `${body}\n\n${action.label} : ${url}`,
    html: renderMailHtml([body], action),
  };
}

export type CodeMailFacts = { reference: string; to: string; locale: string; code: string; validMinutes: number };

/** The one-time code that confirms the signature of the order form. */
export function signatureCodeMail(facts: CodeMailFacts): OutgoingMail {
  const lang = langOf(facts.locale);
  const subject = lang === 'fr' ? `Commande ${facts.reference} : votre code de signature` : `Order ${facts.reference}: your signing code`;
  const body =
    lang === 'fr'
      ? `Votre code pour signer le bon de commande ${facts.reference} : ${facts.code}. Il est valable ${facts.validMinutes} minutes. Si vous n’avez rien demandé, ignorez ce message.`
      : `Your code to sign order form ${facts.reference}: ${facts.code}. It is valid for ${facts.validMinutes} minutes. If you did not ask for it, ignore this message.`;
  return { kind: 'order.signature-code', to: facts.to, subject, text: body, html: renderMailHtml([body]) };
}
