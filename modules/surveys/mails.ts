import type { OutgoingMail } from '@/lib/mail/outbox';
import { renderMailHtml } from '@/lib/mail/render';
import type { SurveyStep } from './questions';

const SUBJECTS: Record<SurveyStep, { fr: string; en: string }> = {
  order: { fr: 'Votre commande : qu’en avez-vous pensé ?', en: 'Your order: how did it go?' },
  handover: { fr: 'La remise de votre voiture : qu’en avez-vous pensé ?', en: 'Receiving your car: how did it go?' },
  showroom_visit: { fr: 'Votre visite en concession : qu’en avez-vous pensé ?', en: 'Your showroom visit: how did it go?' },
};

/** The survey e-mail: one link to answer, one to stop receiving surveys (both signed, no sign-in). */
export function surveyMail(input: { to: string; locale: string; step: SurveyStep; reference: string | null; surveyUrl: string; optOutUrl: string }): OutgoingMail {
  const en = input.locale === 'en';
  const subject = (en ? SUBJECTS[input.step].en : SUBJECTS[input.step].fr) + (input.reference ? ` (${input.reference})` : '');
  const paragraphs = en
    ? ['Hello,', 'Thank you for your trust. Two or three questions, one minute, to help us do better:']
    : ['Bonjour,', 'Merci de votre confiance. Deux ou trois questions, une minute, pour nous aider à faire mieux :'];
  const action = { label: en ? 'Give my opinion' : 'Donner mon avis', url: input.surveyUrl };
  const optOut = en ? `No more surveys from Virage: ${input.optOutUrl}` : `Ne plus recevoir d’enquêtes de Virage : ${input.optOutUrl}`;
  return {
    kind: `survey.${input.step}`,
    to: input.to,
    subject,
    text: [...paragraphs, `${action.label} : ${action.url}`, optOut].join('\n\n'),
    html: renderMailHtml([...paragraphs], action) + renderMailHtml([optOut]),
  };
}
