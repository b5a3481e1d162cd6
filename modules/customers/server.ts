import 'server-only';
// Server entry of the customers module: identity housekeeping.
export { removeIdleGuests, GUEST_CLEANUP_BATCH } from './guest-cleanup';
export { startGuestCleanupWorker } from './server/guest-cleanup-worker';
