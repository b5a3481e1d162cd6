import type { OutgoingMail } from '@/lib/mail/outbox';
import { renderMailHtml } from '@/lib/mail/render';
import { frenchFirstOfMonth } from '@/lib/i18n/format';

type Lang = 'fr' | 'en';

export type HandoverMailFacts = { orderId: string; reference: string; to: string; locale: string; start: Date; timeZone: string; moved: boolean; appUrl: string };

const TEXT: Record<Lang, { booked: string; moved: string; body: string; action: string }> = {
  fr: {
    booked: 'Commande {ref} : rendez-vous de remise des clés fixé',
    moved: 'Commande {ref} : rendez-vous de remise des clés déplacé',
    body: 'Votre concession vous attend le {time} pour vous remettre votre voiture (commande {ref}). Pensez à votre pièce d’identité.',
    action: 'Voir ma commande',
  },
  en: {
    booked: 'Order {ref}: handover appointment booked',
    moved: 'Order {ref}: handover appointment moved',
    body: 'Your dealership expects you on {time} to hand your car over (order {ref}). Please bring your identity document.',
    action: 'See my order',
  },
};

/** The buyer is told when the dealership books or moves the handover, in the language they ordered in. */
export function handoverMail(facts: HandoverMailFacts): OutgoingMail {
  const lang: Lang = facts.locale === 'en' ? 'en' : 'fr';
  const text = TEXT[lang];
  const time = frenchFirstOfMonth(new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: facts.timeZone, dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(facts.start), lang);
  const fill = (s: string) => s.replaceAll('{ref}', facts.reference).replaceAll('{time}', time);
  const url = new URL(`/orders/${facts.orderId}`, facts.appUrl).toString();
  const paragraphs = [fill(text.body)];
  return {
    kind: facts.moved ? 'order.handover-moved' : 'order.handover-booked',
    to: facts.to,
    subject: fill(facts.moved ? text.moved : text.booked),
    text: [...paragraphs, `${text.action} : ${url}`].join('\n\n'),
    html: renderMailHtml(paragraphs, { label: text.action, url }),
  };
}
