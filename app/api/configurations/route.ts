import { NextResponse } from 'next/server';
import { errorBody, toAppError } from '@/lib/errors';
import { env } from '@/lib/env';
import { ensureViewer } from '@/lib/session';
import { saveQuote } from '@/modules/catalog/server/configurations';
import { readJsonBody } from '@/lib/http/body';
import { quoteExact } from '@/modules/catalog/server/quote';

/** POST a configuration (codes only) → saved for the caller (guest identity if needed) with a short code. */
export async function POST(request: Request) {
  try {
    const quote = quoteExact(await readJsonBody(request));
    const viewer = await ensureViewer();
    const saved = await saveQuote(viewer.id, quote);
    const url = new URL(`/g/${saved.code}`, env().APP_URL).toString();
    return NextResponse.json({ code: saved.code, url, configuration: saved.configuration, price: saved.price, estimate: saved.estimate }, { status: 201 });
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') console.error('[api/configurations]', thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}
