'use client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CombinedPoint } from '@/modules/finance';

const COLORS = ['#1f2937', '#d9480f', '#1971c2'];

export function PaidOverTimeChart({ points, names, monthLabel, formatEuros, title }: { points: readonly CombinedPoint[]; names: readonly string[]; monthLabel: (month: number) => string; formatEuros: (cents: number) => string; title: string }) {
  const data = points.map((p) => ({ month: p.month, ...Object.fromEntries(p.cumulativeCents.map((cents, i) => [`s${i}`, cents])) }));
  return (
    <div className="h-72 w-full" role="img" aria-label={title} data-testid="paid-over-time">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="month" tickFormatter={(m: number) => String(m)} />
          <YAxis tickFormatter={(cents: number) => formatEuros(cents)} width={96} />
          <Tooltip labelFormatter={(m) => monthLabel(Number(m))} formatter={(value) => formatEuros(Number(value))} />
          <Legend />
          {names.map((name, i) => (
            <Line key={name} type="stepAfter" dataKey={`s${i}`} name={name} stroke={COLORS[i % COLORS.length]} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
