import 'server-only';
// Server entry of the customers module: identity housekeeping and the buyer's own data.
import { db } from '@/lib/db';
import { deleteConfiguration, deleteCustomerAccount, exportCustomerData, profileOf, renameConfiguration, updateProfile } from './server/account';

export { removeIdleGuests, GUEST_CLEANUP_BATCH } from './guest-cleanup';
export { startGuestCleanupWorker } from './server/guest-cleanup-worker';
export type { CustomerExport } from './server/account';

export const customerProfile = (userId: string) => profileOf(db, userId);
export const saveProfile = (userId: string, raw: unknown) => updateProfile(db, userId, raw);
export const renameSaved = (userId: string, code: string, title: string) => renameConfiguration(db, userId, code, title);
export const deleteSaved = (userId: string, code: string) => deleteConfiguration(db, userId, code);
export const exportData = (userId: string) => exportCustomerData(db, userId, new Date());
export const deleteAccount = (userId: string) => deleteCustomerAccount(db, userId, new Date());
export const dealershipChoices = () => db.dealership.findMany({ select: { id: true, name: true, city: true }, orderBy: { name: 'asc' } });
