// Pure entry of the surveys module: steps and their questions, the signed link, the scores.
export { answerSchema, QUESTIONS, REPORTED_STEPS, SURVEY_STEPS, showroomVisitSubject, type ReportedStep, type SurveyAnswer, type SurveyStep } from './questions';
export { parseSurveyLink, signSurveyLink, verifySurveyLink } from './token';
export { stepScores, type StepScores, type SurveyResponse } from './scores';
