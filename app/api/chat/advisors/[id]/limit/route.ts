import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { ZAdvisorLimit } from '@/modules/chat';
import { setAdvisorLimit } from '@/modules/chat/server';

export const dynamic = 'force-dynamic';

/** POST /api/chat/advisors/:id/limit {maxConcurrent}: the advisors' manager sets an advisor's soft limit (1–50). */
export const POST = apiRoute(
  { name: 'chat.advisor-limit', params: z.object({ id: z.string().min(1).max(64) }), body: ZAdvisorLimit, maxBodyBytes: 256, roles: ['admin'] },
  async ({ viewer, params, body }) => {
    await setAdvisorLimit(viewer, params.id, body.maxConcurrent);
    return new Response(null, { status: 204 });
  },
);
