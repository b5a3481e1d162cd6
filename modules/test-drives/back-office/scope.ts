import 'server-only';
import { AppError } from '@/lib/errors';
import { requireRole, type Role, type Viewer } from '@/lib/session';

export const DEALER_ROLES = ['dealer_staff', 'dealer_manager'] as const satisfies readonly Role[];
/** Settings (opening hours, buffers, home radius, staff hours) are the manager's. */
export const MANAGER_ROLES = ['dealer_manager'] as const satisfies readonly Role[];

/** A dealer user and the one dealership every query and action of theirs is limited to. */
export type DealerScope = { userId: string; dealershipId: string; isManager: boolean };

export function scopeOf(viewer: Viewer): DealerScope {
  if (!viewer.dealershipId) throw new AppError('FORBIDDEN', 'This account is not attached to a dealership.', { reason: 'NO_DEALERSHIP' });
  return { userId: viewer.id, dealershipId: viewer.dealershipId, isManager: viewer.role === 'dealer_manager' };
}

/** For server actions: signed-in dealer user (manager only when `managerOnly`), with their scope. */
export async function requireDealerScope({ managerOnly = false }: { managerOnly?: boolean } = {}): Promise<DealerScope> {
  const viewer = await requireRole(managerOnly ? MANAGER_ROLES : DEALER_ROLES);
  return scopeOf(viewer);
}
