import type { OutgoingMail } from './outbox';
import { renderMailHtml } from './render';

export function magicLinkMail(email: string, url: string): OutgoingMail {
  const paragraphs = [
    'Bonjour,',
    'Voici votre lien de connexion à Virage. Il est valable 15 minutes et ne peut servir qu’une fois.',
    'Here is your Virage sign-in link. It is valid for 15 minutes and works once.',
  ];
  return {
    kind: 'auth.magic-link',
    to: email,
    subject: 'Votre lien de connexion Virage / Your Virage sign-in link',
    text: `${paragraphs.join('\n\n')}\n\n${url}`,
    html: renderMailHtml(paragraphs, { label: 'Se connecter / Sign in', url }),
  };
}

/** The link that confirms an account's e-mail address (asked before a first order). */
export function verifyEmailMail(email: string, url: string): OutgoingMail {
  const paragraphs = [
    'Bonjour,',
    'Confirmez votre adresse e-mail pour passer commande sur Virage : ouvrez ce lien (valable une heure).',
    'Confirm your e-mail address to order on Virage: open this link (valid for one hour).',
  ];
  return {
    kind: 'auth.verify-email',
    to: email,
    subject: 'Confirmez votre adresse e-mail Virage / Confirm your Virage e-mail address',
    text: `${paragraphs.join('\n\n')}\n\n${url}`,
    html: renderMailHtml(paragraphs, { label: 'Confirmer / Confirm', url }),
  };
}
