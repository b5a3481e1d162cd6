import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { availabilityNear, configurationRequest, resolvePlace } from '@/modules/availability/server';

export const dynamic = 'force-dynamic';

/** GET /api/availability?<configuration params>&place=<postal code or city> — the public search: held vehicles are not offered. */
export const GET = apiRoute({ name: 'availability' }, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const { configuration } = configurationRequest(params);
  const query = (params.get('place') ?? '').trim().slice(0, 80);
  if (!query) throw new AppError('VALIDATION_FAILED', 'Give a postal code or a city.', { reason: 'PLACE_REQUIRED' });
  const place = await resolvePlace(query);
  if (!place.ok) throw new AppError('NOT_FOUND', 'Unknown postal code or city.', { reason: place.code, details: { suggestions: place.suggestions } });
  return { data: { configuration, ...(await availabilityNear(configuration, place.place, null)) } };
});
