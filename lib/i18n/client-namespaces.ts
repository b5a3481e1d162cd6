/**
 * The message namespaces each part of the site sends to the browser. Server components render
 * their texts on the server; only client components need messages in the page, and sending the
 * whole catalogue (75 KB in French) with every page doubled the HTML of the home page and slowed
 * its first paint on a phone (issue #14). The root layout's islands (header, chat launcher,
 * consent banner, error page) get ROOT; each top-level segment's layout adds its own list.
 * client-namespaces.test.ts follows the imports of every route and fails when a client component
 * asks for a namespace its route does not send.
 */

export const ROOT_CLIENT_NAMESPACES = ['chat', 'continuity.banner', 'errors'] as const;

const configurator = ['configurator', 'fixes.configurator', 'fixes.estimate', 'fixes.viewer', 'nextSteps', 'stills'];

/** Per top-level segment of app/ (its layout renders <ClientMessages segment=…>). */
export const SEGMENT_CLIENT_NAMESPACES = {
  account: ['continuity.account', 'continuity.consent', 'continuity.profile', 'surveys.optOut', 'surveys.preference'],
  admin: ['continuity.analytics', 'continuity.channels', 'continuity.steps'],
  advisor: ['chat', 'continuity', 'dealer.status', 'orders.status'],
  availability: ['availability', 'fixes.holds', 'nextSteps'],
  car: ['home'],
  checkout: ['checkoutAccount', 'orders.checkout', 'orders.deliveryChoice', 'orders.errors', 'orders.handover', 'orders.testPayment'],
  configure: configurator,
  dealer: ['chat', 'continuity', 'dealer', 'fixes.drive', 'orders.balance', 'orders.errors', 'orders.status', 'orders.handover', 'orders.handoverRecord', 'paperwork', 'showroomActions'],
  financing: ['configurator.price', 'financing', 'financingSimulations', 'fixes.offers', 'fixes.tradeIn', 'nextSteps', 'orders.carried'],
  g: ['configurator', 'nextSteps'],
  kiosk: [...configurator, 'continuity.kiosk'],
  models: ['home'],
  orders: ['orders.errors', 'orders.handover', 'paperwork'],
  'sign-in': ['auth', 'fixes.accounts'],
  'sign-up': ['auth', 'fixes.accounts'],
  surveys: ['surveys.form', 'surveys.optOut', 'surveys.preference'],
  'test-drive': ['fixes.driverFields', 'fixes.reschedule', 'testDrive'],
} as const satisfies Record<string, readonly string[]>;

export type ClientSegment = keyof typeof SEGMENT_CLIENT_NAMESPACES;

type Messages = { [key: string]: string | Messages };

/** The part of `messages` under the given dotted namespaces ('orders.handover' keeps only that branch). */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  const taken: string[] = [];
  for (const namespace of namespaces) {
    // A branch already sent whole is not copied again (nor written into: the catalogue is shared).
    if (covers(taken, namespace)) continue;
    taken.push(namespace);
    const keys = namespace.split('.');
    let source: string | Messages | undefined = messages;
    let target = out;
    for (const [i, key] of keys.entries()) {
      if (typeof source !== 'object') break;
      source = source[key];
      if (source === undefined) break;
      if (i === keys.length - 1) target[key] = source;
      else {
        const next = target[key];
        target = target[key] = typeof next === 'object' ? { ...next } : {};
      }
    }
  }
  return out;
}

/** True when `provided` sends the namespace (or a namespace above it). */
export function covers(provided: readonly string[], namespace: string): boolean {
  return namespace !== '' && provided.some((p) => namespace === p || namespace.startsWith(`${p}.`));
}
