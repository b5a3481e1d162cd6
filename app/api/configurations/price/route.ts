import { NextResponse } from 'next/server';
import { errorBody, toAppError } from '@/lib/errors';
import { readJsonBody } from '@/lib/http/body';
import { quoteExact } from '@/modules/catalog/server/quote';

/** POST a configuration (codes only) → the server's price breakdown and monthly estimate. */
export async function POST(request: Request) {
  try {
    const quote = quoteExact(await readJsonBody(request));
    return NextResponse.json(quote);
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') console.error('[api/configurations/price]', thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}
