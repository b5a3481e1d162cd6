import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth';
import { readTextBody } from '@/lib/http/body';
import { errorResponse } from '@/lib/http/route';

/**
 * Sign-in, sign-up and profile bodies are a few hundred bytes (an e-mail, a password, a name).
 * Better Auth reads whatever it is sent, so a larger body is refused here (413) before it is read
 * whole or stored in a profile field.
 */
const MAX_AUTH_BODY_BYTES = 8 * 1024;

export async function GET(request: Request) {
  return toNextJsHandler(auth()).GET(request);
}

export async function POST(request: Request) {
  let body: string;
  try {
    body = await readTextBody(request, MAX_AUTH_BODY_BYTES);
  } catch (thrown) {
    return errorResponse('auth', thrown);
  }
  return toNextJsHandler(auth()).POST(new Request(request, { body }));
}
