/**
 * Kiosk hand-off: the kiosk's configurator address (/kiosk/<model>?<configuration>&dealership=X)
 * becomes the phone's (/configure/<model>?<configuration>&via=kiosk), where the buyer can save it
 * to their own garage. Anything else is refused, so a QR never points off the site.
 */
export const KIOSK_IDLE_SECONDS = 90;

/**
 * Each hand-off counts a kiosk configuration in the dealership's funnel: a showroom's visitors take
 * a few an hour, so per device address this is plenty, and a script cannot inflate any figures.
 */
export const KIOSK_TAKE_AWAY_LIMIT = { name: 'kiosk-take-away-ip', points: 30, windowSeconds: 600 } as const;

const KIOSK_PATH = /^\/kiosk\/([a-z0-9-]{1,40})\?([\w=&%.,+-]{0,1900})$/;

export function phoneHandOff(kioskPath: string): { model: string; path: string; dealership: string | null } | null {
  const match = KIOSK_PATH.exec(kioskPath);
  if (!match) return null;
  const [, model = '', query = ''] = match;
  const params = new URLSearchParams(query);
  const dealership = params.get('dealership');
  params.delete('dealership');
  params.set('via', 'kiosk');
  return { model, path: `/configure/${model}?${params.toString()}`, dealership };
}
