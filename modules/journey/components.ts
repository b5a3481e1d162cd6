// Journey components: the measurement consent banner and the customer's consent-code form.
export { ConsentBanner } from './components/consent-banner';
export { ConsentCodeForm } from './components/consent-code-form';
export { RevokeConsentButton } from './components/revoke-consent';
export { AnalyticsCharts } from './components/analytics-charts';
export { AnalyticsDashboard } from './components/analytics-dashboard';
export { PageViewBeacon } from './components/page-view-beacon';
