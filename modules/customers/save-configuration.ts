import 'server-only';
import { z } from 'zod';
import { catalogue } from '@/modules/catalog/data';
import { normalizeConfiguration } from '@/modules/catalog/normalize';
import type { Configuration } from '@/modules/catalog/types';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { generateShortCode } from './short-code';

const code = z.string().trim().min(1).max(64).regex(/^[a-z0-9-]+$/);

/** What a client may send: codes only, bounded in size. Prices are never accepted. */
export const ZConfigurationInput = z
  .object({
    model: code,
    trim: code.optional(),
    paint: code.optional(),
    wheels: code.optional(),
    interior: code.optional(),
    options: z.array(code).max(60).optional(),
    packs: z.array(code).max(20).optional(),
  })
  .strict();
export type TConfigurationInput = z.infer<typeof ZConfigurationInput>;

export type SavedConfiguration = { id: string; code: string; configuration: Configuration };

/** Saves the nearest valid configuration for its owner under a fresh short code. */
export async function saveConfiguration(ownerId: string, input: TConfigurationInput, title?: string): Promise<SavedConfiguration> {
  if (!catalogue.models.some((m) => m.code === input.model)) {
    throw new AppError('NOT_FOUND', `Unknown model ${input.model}`, { reason: 'UNKNOWN_MODEL' });
  }
  const { configuration } = normalizeConfiguration(catalogue, input);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const row = await db.savedConfiguration.create({
        data: { code: generateShortCode(), ownerId, modelCode: configuration.model, title: title ?? null, configuration },
        select: { id: true, code: true },
      });
      return { ...row, configuration };
    } catch (error) {
      const collision = typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
      if (!collision) throw error;
    }
  }
  throw new AppError('CONFLICT', 'Could not allocate a unique code');
}
