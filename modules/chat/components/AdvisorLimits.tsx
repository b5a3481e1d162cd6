'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ZAdvisorLimit } from '../types';
import { callApi } from './chat-api';

/** For the advisors' manager: how many live conversations each advisor is given automatically. */
export function AdvisorLimits({ advisors }: { advisors: readonly { id: string; name: string; maxConcurrent: number }[] }) {
  const t = useTranslations('chat');
  const [values, setValues] = useState(() => Object.fromEntries(advisors.map((a) => [a.id, String(a.maxConcurrent)])));
  const [status, setStatus] = useState<{ id: string; text: 'limitSaved' | 'limitInvalid' | 'limitFailed' } | null>(null);
  // The same schema as the API: a bad value is said here, in the manager's language, and not sent.
  const save = async (id: string) => {
    const value = values[id] ?? '';
    const parsed = ZAdvisorLimit.safeParse({ maxConcurrent: /^\d{1,3}$/.test(value.trim()) ? Number(value) : Number.NaN });
    if (!parsed.success) return setStatus({ id, text: 'limitInvalid' });
    const result = await callApi(`/api/chat/advisors/${encodeURIComponent(id)}/limit`, { body: parsed.data });
    setStatus({ id, text: result.ok ? 'limitSaved' : result.reason === 'LIMIT_OUT_OF_RANGE' || result.status === 422 || result.status === 400 ? 'limitInvalid' : 'limitFailed' });
  };
  return (
    <ul className="mt-2 flex flex-col gap-2 text-sm" data-testid="advisor-limits">
      {advisors.map((a) => (
        <li key={a.id}>
          <form
            noValidate
            className="flex items-center gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              void save(a.id);
            }}
          >
            <label htmlFor={`limit-${a.id}`} className="w-40">{a.name}</label>
            <input id={`limit-${a.id}`} type="number" min={1} max={50} value={values[a.id] ?? ''} onChange={(e) => setValues({ ...values, [a.id]: e.target.value })} className="w-20 rounded border border-slate-300 px-2 py-1" />
            <button type="submit" className="rounded border border-slate-300 px-2 py-1">{t('limitSave')}</button>
            {status?.id === a.id ? (
              <span role={status.text === 'limitSaved' ? 'status' : 'alert'} className={status.text === 'limitSaved' ? 'text-emerald-800' : 'text-red-700'} data-testid={`limit-status-${a.id}`}>
                {t(status.text)}
              </span>
            ) : null}
          </form>
        </li>
      ))}
    </ul>
  );
}
