import { NextResponse, type NextRequest } from 'next/server';
import { AppError, errorBody, toAppError } from '@/lib/errors';
import { availabilityNear, configurationRequest, resolvePlace } from '@/modules/availability/server/service';

export const dynamic = 'force-dynamic';

/** GET /api/availability?<configuration params>&place=<postal code or city> */
export async function GET(request: NextRequest) {
  try {
    const params = request.nextUrl.searchParams;
    const { configuration } = configurationRequest(params);
    const query = (params.get('place') ?? '').trim().slice(0, 80);
    if (!query) throw new AppError('VALIDATION_FAILED', 'Give a postal code or a city.', { reason: 'PLACE_REQUIRED' });
    const place = await resolvePlace(query);
    if (!place.ok) {
      throw new AppError('NOT_FOUND', 'Unknown postal code or city.', { reason: place.code, details: { suggestions: place.suggestions } });
    }
    return NextResponse.json({ data: { configuration, ...(await availabilityNear(configuration, place.place)) } });
  } catch (thrown) {
    const error = toAppError(thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}
