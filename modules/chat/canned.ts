/** Canned replies of the advisor console, in the buyer's language (the conversation's locale). */
export const CANNED_REPLIES = {
  fr: [
    'Bonjour, je suis votre conseiller Virage. Comment puis-je vous aider ?',
    'Je regarde votre configuration, un instant s’il vous plaît.',
    'Je vous propose quelques créneaux d’essai ci-dessous : un clic suffit pour réserver.',
    'Voici la configuration dont nous parlions : elle s’ouvre telle quelle dans le configurateur.',
    'Merci pour votre échange, belle journée !',
  ],
  en: [
    'Hello, I am your Virage advisor. How can I help?',
    'I am looking at your configuration, one moment please.',
    'Here are a few test-drive slots: one click books it.',
    'Here is the configuration we talked about: it opens exactly as is in the configurator.',
    'Thank you for chatting with us, have a good day!',
  ],
} as const;

/** What accompanies each one-click offer, in the language the advisor picked for the buyer. */
export const OFFER_TEXTS = {
  fr: {
    push: 'Je vous propose cette configuration : acceptez-la pour l’afficher dans votre configurateur.',
    financing: 'Voici une offre de financement pour votre configuration.',
    hold: 'Ce véhicule est disponible en stock : je peux vous le réserver, un clic suffit.',
    order: 'Voici le lien pour reprendre votre commande.',
  },
  en: {
    push: 'Here is a configuration for you: accept it to show it in your configurator.',
    financing: 'Here is a financing offer for your configuration.',
    hold: 'This car is in stock: one click and it is held for you.',
    order: 'Here is the link to continue your order.',
  },
} as const;
