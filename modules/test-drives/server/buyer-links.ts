import 'server-only';
import { db } from '@/lib/db';
import { manageUrl } from './notify';

/** Manage links of a buyer's own drives (for their account page), by drive id. */
export async function buyerDriveLinks(buyerUserId: string): Promise<Map<string, string>> {
  const rows = await db.testDrive.findMany({ where: { buyerUserId }, select: { id: true, manageTokenVersion: true, manageNonce: true }, take: 100 });
  return new Map(rows.map((row) => [row.id, manageUrl(row)]));
}
