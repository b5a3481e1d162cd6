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

/**
 * Sent to an account's owner when someone signs up with their address: the sign-up page answers the
 * same whether or not an account exists, so the owner is told here instead.
 */
export function existingAccountMail(email: string, signInUrl: string): OutgoingMail {
  const paragraphs = [
    'Bonjour,',
    'Quelqu’un (vous, peut-être) a voulu créer un compte Virage avec cette adresse, qui a déjà un compte. Pour y accéder, connectez-vous ; sans mot de passe, demandez un lien de connexion. Si ce n’était pas vous, ignorez ce message.',
    'Someone (perhaps you) tried to create a Virage account with this address, which already has one. To use it, sign in; without a password, ask for a sign-in link. If it was not you, ignore this message.',
  ];
  return {
    kind: 'auth.existing-account',
    to: email,
    subject: 'Vous avez déjà un compte Virage / You already have a Virage account',
    text: `${paragraphs.join('\n\n')}\n\n${signInUrl}`,
    html: renderMailHtml(paragraphs, { label: 'Se connecter / Sign in', url: signInUrl }),
  };
}

/** The link that confirms an account's e-mail address and signs its owner in (after sign-up, or before an order). */
export function verifyEmailMail(email: string, url: string): OutgoingMail {
  const paragraphs = [
    'Bonjour,',
    'Confirmez votre adresse e-mail Virage : ouvrez ce lien (valable une heure), il vous connecte à votre compte. Si vous n’avez rien demandé, ignorez ce message.',
    'Confirm your Virage e-mail address: open this link (valid for one hour), it signs you in to your account. If you did not ask for it, ignore this message.',
  ];
  return {
    kind: 'auth.verify-email',
    to: email,
    subject: 'Confirmez votre adresse e-mail Virage / Confirm your Virage e-mail address',
    text: `${paragraphs.join('\n\n')}\n\n${url}`,
    html: renderMailHtml(paragraphs, { label: 'Confirmer / Confirm', url }),
  };
}
