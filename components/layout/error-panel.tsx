import Link from 'next/link';
import type { ReactNode } from 'react';
import { Container } from '@/components/ui/page';

export function ErrorPanel({ title, lead, homeLabel, children }: { title: string; lead: string; homeLabel: string; children?: ReactNode }) {
  return (
    <Container>
      <div className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-3xl font-semibold">{title}</h1>
        <p className="mt-3 text-lg text-slate-700">{lead}</p>
        <div className="mt-8 flex justify-center gap-3">
          {children}
          <Link href="/" className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50">
            {homeLabel}
          </Link>
        </div>
      </div>
    </Container>
  );
}
