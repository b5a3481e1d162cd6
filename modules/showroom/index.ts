// Pure entry of the showroom module: the kiosk's hand-off rules.
export { KIOSK_IDLE_SECONDS, KIOSK_TAKE_AWAY_LIMIT, phoneHandOff } from './kiosk';
