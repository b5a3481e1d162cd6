import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { env } from '@/lib/env';
import { AppError, errorBody, toAppError } from '@/lib/errors';
import { capturingGuestSessions, getViewer, type Role, type Viewer } from '@/lib/session';
import { MAX_BODY_BYTES, readJsonBody, readMultipartBody } from './body';
import { clientAddress } from './client-address';
import { idempotencyKeyOf, idempotent, requestFingerprint } from './idempotency';
import { assertSameOrigin } from './origin';
import { consumeLimit, type LimitRule } from './rate-limit';

/**
 * The one request pipeline of every API route: Origin check on writes, bounded JSON body, zod
 * parsing of body, query and path params, the viewer and their role, abuse limits, then the
 * handler; any failure becomes `{error:{code,reason,message[,details]}}` with its HTTP status, and
 * unexpected ones are logged and hidden behind INTERNAL. Success is `{data}`.
 */
type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

/** Who a limit counts: the client address, the viewer (or the address when anonymous), or a key of the handler's choosing. */
export type LimitSubject = 'ip' | 'viewer' | ((context: { viewer: Viewer | null; ip: string; body: unknown; query: unknown }) => string | null);
export type RouteLimit = { rule: LimitRule; by: LimitSubject; onlyAnonymous?: boolean };

export type RouteSpec<B extends Schema, Q extends Schema, P extends Schema> = {
  /** For logs. */
  name: string;
  body?: B;
  query?: Q;
  params?: P;
  maxBodyBytes?: number;
  /**
   * The body is multipart/form-data (uploads), bounded by maxBodyBytes like JSON: `body` parses
   * its text fields, and the handler gets the files' bytes in `files`.
   */
  multipart?: boolean;
  /** Signed-in (non-guest) users of these roles only. */
  roles?: readonly Role[];
  limits?: readonly RouteLimit[];
  /** Honour an `Idempotency-Key` header: a retried request replays the first one's reply (lib/http/idempotency.ts). */
  idempotent?: boolean;
};

export type RouteContext<B extends Schema, Q extends Schema, P extends Schema> = {
  request: Request;
  viewer: Viewer | null;
  ip: string;
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  /** Multipart routes only: each file field's bytes (names and declared types are not trusted). */
  files: Record<string, Uint8Array>;
};

export type RouteReply = { data: unknown; status?: number; headers?: Record<string, string> };
type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function apiRoute<B extends Schema = undefined, Q extends Schema = undefined, P extends Schema = undefined>(
  spec: RouteSpec<B, Q, P>,
  handler: (context: RouteContext<B, Q, P>) => Promise<RouteReply | Response>,
): (request: Request, context?: NextContext) => Promise<Response> {
  return async (request, nextContext) => {
    try {
      const config = env();
      assertSameOrigin(request, config.APP_URL);
      const params = spec.params ? spec.params.parse(await nextContext?.params) : undefined;
      const query = spec.query ? spec.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      const limit = spec.maxBodyBytes ?? MAX_BODY_BYTES;
      let files: Record<string, Uint8Array> = {};
      let body: unknown;
      if (spec.multipart) {
        const form = await readMultipartBody(request, limit);
        files = form.files;
        body = spec.body ? spec.body.parse(form.fields) : undefined;
      } else {
        body = spec.body ? spec.body.parse(await readJsonBody(request, limit)) : undefined;
      }
      const viewer = await getViewer();
      if (spec.roles) {
        if (!viewer || viewer.isGuest) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
        if (!spec.roles.includes(viewer.role)) throw new AppError('FORBIDDEN', 'Your account cannot do this.');
      }
      const ip = clientAddress(request.headers, config.TRUSTED_PROXY_HOPS);
      for (const limit of spec.limits ?? []) {
        if (limit.onlyAnonymous && viewer && !viewer.isGuest) continue;
        const key = limitKey(limit.by, { viewer, ip, body, query });
        if (key !== null) await consumeLimit(limit.rule, key);
      }
      const respond = async (): Promise<Response> => {
        const reply = await handler({ request, viewer, ip, body: body as Out<B>, query: query as Out<Q>, params: params as Out<P>, files });
        if (reply instanceof Response) return reply;
        return NextResponse.json({ data: reply.data }, { status: reply.status ?? 200, headers: reply.headers });
      };
      const key = spec.idempotent ? idempotencyKeyOf(request) : null;
      if (key === null) return await respond();
      // Errors are replies too: a retry after a 409 gets the same 409.
      const subject = viewer ? `user:${viewer.id}` : `ip:${ip}`;
      return await idempotent(key, { route: spec.name, subject }, requestFingerprint(request, body), async () => {
        const { result, guestSetCookies } = await capturingGuestSessions(() => respond().catch((thrown: unknown) => errorResponse(spec.name, thrown)));
        return { response: result, guestSetCookies };
      });
    } catch (thrown) {
      return errorResponse(spec.name, thrown);
    }
  };
}

function limitKey(by: LimitSubject, context: { viewer: Viewer | null; ip: string; body: unknown; query: unknown }): string | null {
  if (by === 'ip') return `ip:${context.ip}`;
  if (by === 'viewer') return context.viewer ? `user:${context.viewer.id}` : `ip:${context.ip}`;
  return by(context);
}

export function errorResponse(name: string, thrown: unknown): Response {
  const error = toAppError(thrown);
  if (error.code === 'INTERNAL') console.error(`[api ${name}]`, thrown);
  const headers: Record<string, string> = {};
  const retryAfter = error.details?.retryAfterSeconds;
  if (error.code === 'RATE_LIMITED' && typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
  return NextResponse.json(errorBody(error), { status: error.status, headers });
}
