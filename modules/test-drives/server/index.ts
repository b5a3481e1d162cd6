// Server API of the test-drive module: every channel (web, phone, chat, showroom) books through it.
import 'server-only';

export { actorFromViewer, SYSTEM_ACTOR, type Actor } from './access';
export { checkHomeAddress, findShowrooms, listSlots, loadAvailability, type HomeAddress, type SlotQuery } from './availability';
export { bookDrive, cancelDrive, moveDrive, ZBookDriveInput, ZHomeAddress, type BookDriveInput, type BookedDrive, type MoveTarget } from './booking';
export { addCarMaintenance, addStaffTimeOff, checkInDrive, finishDrive, markNoShow, removeCarMaintenance, removeStaffTimeOff, startDrive } from './lifecycle';
export { cancelDriveWithToken, moveDriveWithToken, readManageToken, readSurveyToken, submitSurvey, type SurveyLinkState } from './links';
export { runReminder, testDriveEffects, type ReminderJob } from './notify';
export { dealershipHeader, drivableModels } from './directory';
export { proposeSlots, type ProposalView } from './proposals';
export { getDrive, getDriveForActor, listBuyerDrives, listDealershipDrives, listDealershipResources, listSurveyAnswers } from './queries';
export type * from '../types';
