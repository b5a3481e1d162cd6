'use client';
import type { ChatMessageView, ConversationView } from '../types';

/** The JSON API from the browser: `{data}` on success, the error's message (and reason) otherwise. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; reason: string; message: string };

export async function callApi<T>(path: string, init?: { method?: string; body?: unknown }): Promise<ApiResult<T>> {
  try {
    const response = await fetch(path, {
      method: init?.method ?? (init?.body === undefined ? 'GET' : 'POST'),
      headers: init?.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
    });
    if (response.status === 204) return { ok: true, data: undefined as T };
    const payload = (await response.json().catch(() => null)) as { data?: T; error?: { reason: string; message: string } } | null;
    if (response.ok && payload && 'data' in payload) return { ok: true, data: payload.data as T };
    return { ok: false, status: response.status, reason: payload?.error?.reason ?? 'NETWORK', message: payload?.error?.message ?? response.statusText };
  } catch {
    return { ok: false, status: 0, reason: 'NETWORK', message: 'network' };
  }
}

export type ConversationPayload = { conversation: ConversationView; side: 'buyer' | 'advisor'; messages: ChatMessageView[] };

export const conversationPath = (id: string) => `/api/chat/conversations/${encodeURIComponent(id)}`;
