import 'server-only';
import { db } from '@/lib/db';

export type SavedConfigurationSummary = { id: string; code: string; modelCode: string; title: string | null; createdAt: Date };

export async function listSavedConfigurations(ownerId: string): Promise<SavedConfigurationSummary[]> {
  return db.savedConfiguration.findMany({
    where: { ownerId },
    select: { id: true, code: true, modelCode: true, title: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
}
