/** Hold policy: how long a buyer keeps a stock vehicle while checking out. */
export const HOLD_DURATION_MINUTES = 30;
/** How often the sweep job looks for holds whose expiry job was lost. */
export const HOLD_SWEEP_CRON = '* * * * *';

export function holdExpiry(now: Date): Date {
  return new Date(now.getTime() + HOLD_DURATION_MINUTES * 60_000);
}
