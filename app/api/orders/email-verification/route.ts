import { headers } from 'next/headers';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export const dynamic = 'force-dynamic';

/**
 * POST /api/orders/email-verification {next}: e-mails the signed-in buyer the link that confirms
 * their address; the link brings them back to `next` (a path of this site only: the checkout they
 * were on), so nothing of the checkout is lost.
 */
export const POST = apiRoute(
  {
    name: 'orders.email-verification',
    body: z.strictObject({ next: z.string().max(2048) }),
    roles: ['customer'],
    limits: [{ rule: { name: 'orders-verify-email', points: 3, windowSeconds: 600 }, by: 'viewer' }],
  },
  async ({ body, viewer }) => {
    const next = safeRedirectPath(body.next);
    if (!next) throw new AppError('VALIDATION_FAILED', 'Unknown return address.', { reason: 'UNSAFE_RETURN_PATH' });
    await auth().api.sendVerificationEmail({ body: { email: viewer!.email, callbackURL: next }, headers: await headers() });
    return { data: { sent: true } };
  },
);
