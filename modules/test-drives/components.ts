// Components of the test-drive module that routes render: the buyer's booking steps and the dealer back-office.
export { DriveSummary } from './components/drive-summary';
export { DriverForm } from './components/driver-form';
export { CancelDriveForm, RescheduleForm, type SlotChoice, type SlotDayChoice } from './components/manage-actions';
export { Steps, type StepName } from './components/steps';
export { SurveyForm } from './components/survey-form';
export { CalendarNav } from './back-office/components/calendar-nav';
export { DayGrid, WeekList } from './back-office/components/calendar-views';
export { CreateDriveForm } from './back-office/components/create-drive-form';
export { DealerNav, type DealerSection } from './back-office/components/dealer-nav';
export { DriveActions } from './back-office/components/drive-actions';
export { AddBlockForm, CarActiveToggle, RemoveBlockButton } from './back-office/components/fleet-forms';
export { SettingsForm, StaffHoursForm, type SettingsValues } from './back-office/components/hours-form';
export { StatusBadge } from './back-office/components/status-badge';
