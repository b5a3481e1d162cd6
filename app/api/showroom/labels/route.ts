import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { floorLabelsPdf } from '@/modules/showroom/server';

export const dynamic = 'force-dynamic';

/** GET ?format=A4|A6&lang=fr|en → the PDF of labels of every demo and stock car of the viewer's dealership. */
export const GET = apiRoute(
  { name: 'showroom.labels', query: z.object({ format: z.enum(['A4', 'A6']).default('A4'), lang: z.enum(['fr', 'en']).default('fr') }), roles: ['dealer_staff', 'dealer_manager'] },
  async ({ query, viewer }) => {
    if (!viewer?.dealershipId) throw new AppError('FORBIDDEN', 'No dealership.', { reason: 'NO_DEALERSHIP' });
    const pdf = await floorLabelsPdf(viewer.dealershipId, query.format, query.lang);
    return new Response(Buffer.from(pdf), { headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="virage-etiquettes-${query.format}.pdf"`, 'cache-control': 'no-store' } });
  },
);
