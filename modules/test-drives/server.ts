// Server entry of the test-drive module: every channel (web, phone, chat, showroom) books through it,
// and the dealer back-office reads its calendar, fleet and staff here.
import 'server-only';

export { actorFromViewer, SYSTEM_ACTOR, type Actor } from './server/access';
export { checkHomeAddress, findShowrooms, listSlots, loadAvailability, type HomeAddress, type SlotQuery } from './server/availability';
export { bookDrive, cancelDrive, moveDrive, ZBookDriveInput, ZHomeAddress, type BookDriveInput, type BookedDrive, type ChatProposal, type MoveTarget } from './server/booking';
export { addCarMaintenance, addStaffTimeOff, checkInDrive, finishDrive, markNoShow, removeCarMaintenance, removeStaffTimeOff, startDrive } from './server/lifecycle';
export { cancelDriveWithToken, moveDriveWithToken, readManageToken, readSurveyToken, submitSurvey, type SurveyLinkState } from './server/links';
export { runReminder, testDriveEffects, type ReminderJob } from './server/notify';
export { proposeSlots, type ProposalView } from './server/proposals';
export { getDrive, getDriveForActor, listBuyerDrives, listDealershipDrives, listDealershipResources, listSurveyAnswers } from './server/queries';
export type * from './types';
export { toSlotQuery, ZSlotQuery, ZSlotQueryFields } from './server/slot-query';
export { dealershipHeader, drivableModels } from './server/directory';
export { startTestDriveWorkers } from './server/workers';
export { dealerPage, type DealerPageContext } from './back-office/page-scope';
export { DEALER_ROLES, MANAGER_ROLES, scopeOf, requireDealerScope, type DealerScope } from './back-office/scope';
export { loadCalendar, type CalendarBlock, type CalendarData, type CalendarRow } from './back-office/calendar-data';
export { listFleet, type FleetCar } from './back-office/fleet';
export { listStaff, type StaffMemberRow } from './back-office/staff';
export { buyerDriveLinks } from './server/buyer-links';
export { bookHandover, cancelHandover, handoverOf, handoverSlots, type HandoverPlace, type HandoverView } from './server/handover';
export { HANDOVER_MINUTES } from './server/handover-data';
