// Components of the surveys module: the public survey and opt-out forms, the /account preference, the report.
export { StepSurveyForm } from './components/survey-form';
export { OptOutForm, SurveyPreference } from './components/opt-out-form';
export { SatisfactionReport } from './components/satisfaction-report';
