import type { Metadata } from 'next';
import { BaselineBox } from '@/modules/catalog/components';

// Used only by `npm run bench -- viewer`: what a bare r3f canvas costs at the configurator's size.
export const metadata: Metadata = { title: 'Bench', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const size = (v: unknown, fallback: number) => {
  const n = Number(typeof v === 'string' ? v : NaN);
  return Number.isInteger(n) && n >= 100 && n <= 4000 ? n : fallback;
};

export default async function BenchBoxPage({ searchParams }: Props) {
  const q = await searchParams;
  return <BaselineBox width={size(q.w, 728)} height={size(q.h, 455)} />;
}
