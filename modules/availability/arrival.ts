// What a stock vehicle's card says about when it is there. A transit date in the past does not
// read "arrives on 1 December" on 6 December: the car is due any moment (the daily arrivals job
// then books it in as in stock).

export type ArrivalState = { kind: 'now' } | { kind: 'imminent' } | { kind: 'on'; date: string };

/** `arrivesOn` and `today` are calendar dates (YYYY-MM-DD) in the dealership network's zone. */
export function arrivalState(status: 'in_stock' | 'in_transit', arrivesOn: string | null, today: string): ArrivalState {
  if (status === 'in_stock' || !arrivesOn) return { kind: 'now' };
  return arrivesOn <= today ? { kind: 'imminent' } : { kind: 'on', date: arrivesOn };
}

/** How often in-transit stock whose arrival date has passed is booked in (daily, just after midnight). */
export const STOCK_ARRIVALS_CRON = '5 0 * * *';
