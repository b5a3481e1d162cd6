import { NextResponse, type NextRequest } from 'next/server';
import { AppError, errorBody, toAppError } from '@/lib/errors';
import { computeFinancing } from '@/modules/finance/server/financing';

export const dynamic = 'force-dynamic';

/** POST /api/finance/quote {configuration, cashDepositCents, durationMonths, annualMileageKm, productIds, tradeIn?, useTradeIn?} */
export async function POST(request: NextRequest) {
  try {
    const body: unknown = await request.json().catch(() => {
      throw new AppError('BAD_REQUEST', 'The body must be JSON.');
    });
    return NextResponse.json({ data: computeFinancing(body, new Date()) });
  } catch (thrown) {
    const error = toAppError(thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}
