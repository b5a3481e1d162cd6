// Pure entry of the journey module: channels, steps, which steps are essential, the measurement cookie.
export { ESSENTIAL_STEPS, isEssentialStep, JOURNEY_CHANNELS, JOURNEY_STEPS, toPayload, ZJourneyEvent, type JourneyChannel, type JourneyEventPayload, type JourneyStep, type Touchpoint } from './events';
export { MEASUREMENT_COOKIE, MEASUREMENT_MAX_AGE_SECONDS, measurementCookie, parseMeasurementChoice, type MeasurementChoice } from './consent';
