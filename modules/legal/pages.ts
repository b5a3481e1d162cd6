import type { Locale } from '@/lib/i18n/config';

export const legalPageSlugs = ['mentions-legales', 'cgv', 'confidentialite'] as const;
export type LegalPageSlug = (typeof legalPageSlugs)[number];

type LegalPage = { title: string; sections: Array<{ heading: string; body: string }> };

const pages: Record<Locale, Record<LegalPageSlug, LegalPage>> = {
  fr: {
    'mentions-legales': {
      title: 'Mentions légales',
      sections: [
        { heading: 'Éditeur', body: 'Virage SAS (société de démonstration), 1 rue de la Démonstration, 75015 Paris. Directeur de la publication : le président de Virage SAS.' },
        { heading: 'Hébergement', body: 'Le site est hébergé par l’exploitant de l’instance Virage qui vous le présente.' },
        { heading: 'Propriété intellectuelle', body: 'Les modèles 3D, textes et visuels de ce site sont produits par Virage. Toute reproduction sans autorisation est interdite.' },
      ],
    },
    cgv: {
      title: 'Conditions générales de vente',
      sections: [
        { heading: 'Commande', body: 'Le prix affiché au moment de la commande est garanti. Un acompte est versé en ligne ; le solde est réglé à la livraison.' },
        { heading: 'Droit de rétractation', body: 'Conformément à l’article L221-18 du Code de la consommation, vous disposez de 14 jours à compter de la commande pour vous rétracter, sans justification. L’acompte est alors intégralement remboursé.' },
        { heading: 'Livraison', body: 'La fenêtre de livraison est indiquée à la commande et confirmée par la concession.' },
      ],
    },
    confidentialite: {
      title: 'Politique de confidentialité',
      sections: [
        { heading: 'Données collectées', body: 'Votre identité, vos configurations, vos réservations d’essai et vos commandes, pour vous servir sur le web, au téléphone et en concession.' },
        { heading: 'Vos droits', body: 'Vous pouvez accéder à vos données, les rectifier ou les effacer (RGPD, articles 15 à 17) en écrivant à privacy@virage.example, ou vous-même depuis « Mon compte » : télécharger toutes vos données (JSON), supprimer votre compte.' },
        { heading: 'Parcours : événements essentiels', body: 'Pour vous retrouver d’un canal à l’autre (web, borne, concession, téléphone), nous enregistrons sur nos serveurs les actes que vous faites : configuration enregistrée, réservation d’un véhicule, essai réservé, commande, acompte, documents, demande de rappel. Ils sont nécessaires au service (votre espace, la reprise par un vendeur) et enregistrés pour tous.' },
        { heading: 'Mesure d’audience', body: 'Les autres étapes (ouvrir le configurateur, consulter la disponibilité ou le financement, répondre à une enquête) ne sont mesurées que si vous l’acceptez dans le bandeau. Aucun traceur tiers : la mesure est faite par Virage, sur ses serveurs. Votre choix est gardé 13 mois dans un cookie propriétaire (virage_measure).' },
        { heading: 'En concession', body: 'Un vendeur ne vous retrouve par e-mail ou téléphone que si vous l’acceptez vous-même, depuis votre compte, avec le code affiché sur sa tablette (consentement daté, valable 30 jours, révocable). Chaque consultation de votre dossier est journalisée et figure dans l’export de vos données.' },
        { heading: 'Cookies', body: 'Cookies nécessaires : session, langue. Cookie de choix de mesure : virage_measure.' },
      ],
    },
  },
  en: {
    'mentions-legales': {
      title: 'Legal notice',
      sections: [
        { heading: 'Publisher', body: 'Virage SAS (demonstration company), 1 rue de la Démonstration, 75015 Paris, France.' },
        { heading: 'Hosting', body: 'The site is hosted by the operator of the Virage instance showing it to you.' },
        { heading: 'Intellectual property', body: 'The 3D models, texts and pictures of this site are made by Virage. Reproduction without permission is forbidden.' },
      ],
    },
    cgv: {
      title: 'Terms of sale',
      sections: [
        { heading: 'Order', body: 'The price shown when you order is guaranteed. A deposit is paid online; the balance is paid on delivery.' },
        { heading: 'Right of withdrawal', body: 'Under article L221-18 of the French Consumer Code you have 14 days from the order to withdraw, without giving a reason. The deposit is then refunded in full.' },
        { heading: 'Delivery', body: 'The delivery window is shown when you order and confirmed by the dealership.' },
      ],
    },
    confidentialite: {
      title: 'Privacy policy',
      sections: [
        { heading: 'Data we collect', body: 'Your identity, configurations, test-drive bookings and orders, to serve you on the web, by phone and at the dealership.' },
        { heading: 'Your rights', body: 'You may access, correct or erase your data (GDPR, articles 15 to 17) by writing to privacy@virage.example, or yourself from "My account": download all your data (JSON), delete your account.' },
        { heading: 'Journey: essential events', body: 'To follow you from one channel to another (web, kiosk, showroom, phone) we record on our servers what you do: a saved configuration, a vehicle hold, a booked test drive, an order, a deposit, documents, a callback request. They are needed by the service (your account, a salesperson picking up) and recorded for everyone.' },
        { heading: 'Audience measurement', body: 'Other steps (opening the configurator, looking at availability or financing, answering a survey) are measured only if you accept in the banner. No third-party tracker: Virage measures on its own servers. Your choice is kept 13 months in a first-party cookie (virage_measure).' },
        { heading: 'At the dealership', body: 'A salesperson finds you by e-mail or phone only if you accept it yourself, from your account, with the code shown on their tablet (dated consent, valid 30 days, revocable). Every look at your file is logged and listed in your data export.' },
        { heading: 'Cookies', body: 'Necessary cookies: session, language. Measurement choice cookie: virage_measure.' },
      ],
    },
  },
};

export function legalPage(locale: Locale, slug: string): LegalPage | undefined {
  return (legalPageSlugs as readonly string[]).includes(slug) ? pages[locale][slug as LegalPageSlug] : undefined;
}
