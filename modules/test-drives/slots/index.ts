// Public API of the test-drive slot engine (pure: no I/O, no framework, injected clock).
export * from './types';
export { findSlots, groupSlotsByLocalDay } from './engine';
export { pickAssignment, rankAssignment, type RankedAssignment } from './assignment';
export {
  checkSlotStart,
  validateBookingRequest,
  type BookingCheck,
  type BookingChoice,
  type BookingTiming,
  type Refusal,
  type StartCheck,
} from './validate';
export { DEFAULT_HOME_TRAVEL, homeTravelLegs, travelMinutesForDistance } from './travel';
export { DEFAULT_TIME_ZONE, localDateOf, localTimeOf, zonedTimeToUtc } from './zone';
