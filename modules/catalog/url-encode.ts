import type { Configuration } from './types';

/** URL parameter names of a configuration (see url.ts for parsing). No zod here: this runs in the browser. */
export const CONFIGURATION_PARAM_KEYS = { model: 'm', trim: 't', paint: 'p', wheels: 'w', interior: 'i', packs: 'k', options: 'o' } as const;

export function encodeConfiguration(configuration: Configuration): string {
  const k = CONFIGURATION_PARAM_KEYS;
  const enc = encodeURIComponent;
  const parts = [
    `${k.model}=${enc(configuration.model)}`,
    `${k.trim}=${enc(configuration.trim)}`,
    `${k.paint}=${enc(configuration.paint)}`,
    `${k.wheels}=${enc(configuration.wheels)}`,
    `${k.interior}=${enc(configuration.interior)}`,
  ];
  if (configuration.packs.length > 0) parts.push(`${k.packs}=${configuration.packs.map(enc).join(',')}`);
  if (configuration.options.length > 0) parts.push(`${k.options}=${configuration.options.map(enc).join(',')}`);
  return parts.join('&');
}
