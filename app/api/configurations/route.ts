import { z } from 'zod';
import { env } from '@/lib/env';
import { apiRoute } from '@/lib/http/route';
import { CONFIGURATION_LIMITS } from '@/lib/http/write-limits';
import { ensureViewer } from '@/lib/session';
import { saveQuote, quoteExact } from '@/modules/catalog/server';
import { withEstimate } from '@/modules/finance';

export const dynamic = 'force-dynamic';

/**
 * POST a configuration (codes only) → `{data: {code, url, configuration, price, estimate}}`,
 * saved for the caller within CONFIGURATION_LIMITS. The configuration is validated (quoteExact)
 * before an anonymous caller is given a guest identity, so a refused save creates no user.
 */
export const POST = apiRoute({ name: 'configurations.save', body: z.unknown(), maxBodyBytes: 16 * 1024, limits: CONFIGURATION_LIMITS }, async ({ body }) => {
  const quote = quoteExact(body);
  const viewer = await ensureViewer();
  const saved = withEstimate(await saveQuote(viewer.id, quote));
  const url = new URL(`/g/${saved.code}`, env().APP_URL).toString();
  return { data: { code: saved.code, url, configuration: saved.configuration, price: saved.price, estimate: saved.estimate }, status: 201 };
});
