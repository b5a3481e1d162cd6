'use client';
import { createContext, useContext } from 'react';
import type { Configuration } from '../types';
import { hrefOf } from './href';

/**
 * The configurator on a showroom kiosk (modules/showroom): its address stays under /kiosk with the
 * dealership, and nothing that creates an identity on the shared device is offered (save, order):
 * the visitor takes the configuration away on their phone instead.
 */
export type KioskMode = { dealership: string } | null;

export const KioskModeContext = createContext<KioskMode>(null);
export const useKioskMode = (): KioskMode => useContext(KioskModeContext);

export function configuratorHref(c: Configuration, kiosk: KioskMode): string {
  if (!kiosk) return hrefOf(c);
  const [, query = ''] = hrefOf(c).split('?');
  return `/kiosk/${encodeURIComponent(c.model)}?${query}&dealership=${encodeURIComponent(kiosk.dealership)}`;
}
