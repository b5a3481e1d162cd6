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
