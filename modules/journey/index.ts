// Pure entry of the journey module: channels, steps, which steps are essential, the measurement cookie.
export { ESSENTIAL_STEPS, isEssentialStep, JOURNEY_CHANNELS, JOURNEY_STEPS, toPayload, ZJourneyEvent, type JourneyChannel, type JourneyEventPayload, type JourneyStep, type Touchpoint } from './events';
export { MEASUREMENT_COOKIE, MEASUREMENT_MAX_AGE_SECONDS, measurementCookie, parseMeasurementChoice, type MeasurementChoice } from './consent';
export { buildFunnel, channelMix, FUNNEL_STEPS, funnelCsv, type FunnelRow, type StepChannelCount } from './funnel';
export { analyticsPeriod, MAX_PERIOD_DAYS, ZAnalyticsQuery, type AnalyticsQuery } from './filters';
export { measurementOfCookieHeader, pageViewOf, pageViewTouch, PAGE_VIEW_STEPS, ZPageView, type TPageView } from './page-views';
