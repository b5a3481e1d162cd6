import { catalogue, configurationFromParams } from '@/modules/catalog';

type Lang = 'fr' | 'en';

/** The buyer's site sections, as an advisor names them. */
const SECTIONS: ReadonlyArray<{ prefix: string; fr: string; en: string; car?: boolean }> = [
  { prefix: '/configure/', fr: 'Configurateur', en: 'Configurator', car: true },
  { prefix: '/financing', fr: 'Financement', en: 'Financing', car: true },
  { prefix: '/availability', fr: 'Disponibilité', en: 'Availability', car: true },
  { prefix: '/checkout', fr: 'Commande en cours', en: 'Checkout' },
  { prefix: '/orders', fr: 'Suivi de commande', en: 'Order tracking' },
  { prefix: '/test-drive', fr: 'Essai', en: 'Test drive' },
  { prefix: '/models/', fr: 'Fiche modèle', en: 'Model page' },
  { prefix: '/garage', fr: 'Garage', en: 'Garage' },
  { prefix: '/g/', fr: 'Configuration enregistrée', en: 'Saved configuration' },
  { prefix: '/account', fr: 'Mon espace', en: 'Account' },
];

/**
 * What the buyer has on screen, for the advisor: « Configurateur · Virage Horizon Hybride 160
 * Évolution, Rouge Vif » rather than the configurator's query string. An unknown page is its path.
 */
export function describeBuyerPage(page: string, lang: Lang): string {
  const url = new URL(page, 'http://virage.invalid');
  if (url.pathname === '/') return lang === 'fr' ? 'Accueil' : 'Home';
  const section = SECTIONS.find((s) => url.pathname.startsWith(s.prefix));
  if (!section) return url.pathname;
  const car = section.car ? carOf(url) : null;
  const name = section[lang];
  return car ? `${name} · ${car[lang]}` : name;
}

function carOf(url: URL): { fr: string; en: string } | null {
  const params = new URLSearchParams(url.search);
  const fromPath = /^\/configure\/([a-z0-9-]+)/.exec(url.pathname)?.[1];
  if (fromPath && !params.has('m')) params.set('m', fromPath);
  if (!params.has('m')) return null;
  const parsed = configurationFromParams(catalogue, params);
  if (!parsed.ok) return null;
  const { configuration } = parsed;
  const model = catalogue.models.find((m) => m.code === configuration.model);
  const trim = model?.trims.find((t) => t.code === configuration.trim);
  const paint = catalogue.paints.find((p) => p.code === configuration.paint);
  if (!model || !trim) return null;
  const tail = (lang: Lang) => (paint ? `, ${paint.name[lang]}` : '');
  return { fr: `${model.name.fr} ${trim.name.fr}${tail('fr')}`, en: `${model.name.en} ${trim.name.en}${tail('en')}` };
}
