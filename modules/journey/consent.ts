/**
 * Measurement consent, kept in a first-party cookie (no third-party tracker anywhere): the banner
 * writes it, the server reads it before recording a non-essential event. CNIL guidance: refusing
 * is as easy as accepting, and the choice is asked again after 13 months at most.
 */
export const MEASUREMENT_COOKIE = 'virage_measure';
export const MEASUREMENT_MAX_AGE_SECONDS = 13 * 30 * 24 * 3600;

export type MeasurementChoice = 'granted' | 'denied';

export function parseMeasurementChoice(value: string | undefined | null): MeasurementChoice | null {
  return value === 'granted' || value === 'denied' ? value : null;
}

export function measurementCookie(choice: MeasurementChoice): string {
  return `${MEASUREMENT_COOKIE}=${choice}; Path=/; Max-Age=${MEASUREMENT_MAX_AGE_SECONDS}; SameSite=Lax`;
}
