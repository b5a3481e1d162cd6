import 'server-only';
import { forbidden } from 'next/navigation';
import { requirePageRole } from '@/lib/session';
import { actorFromViewer, type Actor } from '../server/access';
import { DEALER_ROLES, MANAGER_ROLES, type DealerScope } from './scope';
import { getDealershipSettings, type DealershipSettings } from './settings';

export type DealerPageContext = DealerScope & { actor: Actor; settings: DealershipSettings };

/** For back-office pages: dealer user of a dealership (else sign-in / 403), with its settings. */
export async function dealerPage(path: string, { managerOnly = false }: { managerOnly?: boolean } = {}): Promise<DealerPageContext> {
  const viewer = await requirePageRole(managerOnly ? MANAGER_ROLES : DEALER_ROLES, path);
  if (!viewer.dealershipId) forbidden();
  const settings = await getDealershipSettings(viewer.dealershipId);
  return { userId: viewer.id, dealershipId: viewer.dealershipId, isManager: viewer.role === 'dealer_manager', actor: actorFromViewer(viewer), settings };
}
