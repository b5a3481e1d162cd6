import type { ReactNode } from 'react';

export function PageTitle({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-8">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-2 max-w-2xl text-lg text-slate-700">{lead}</p> : null}
    </div>
  );
}

export function Container({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">{children}</div>;
}
