'use client';
import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { JOURNEY_CHANNELS, type JourneyChannel } from '../events';
import type { FunnelRow } from '../funnel';

const COLOURS: Record<JourneyChannel, string> = { web: '#0f172a', kiosk: '#0e7490', showroom: '#b45309', chat: '#7c3aed', phone: '#15803d' };

/** Funnel by step, stacked by channel, and the channel mix: recharts, data computed on the server. */
export function AnalyticsCharts({ funnel, mix }: { funnel: readonly FunnelRow[]; mix: ReadonlyArray<{ channel: JourneyChannel; events: number }> }) {
  const steps = useTranslations('continuity.steps');
  const channels = useTranslations('continuity.channels');
  const t = useTranslations('continuity.analytics');
  const data = funnel.map((f) => ({ name: steps(f.step), ...f.byChannel }));
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <figure className="h-80" aria-label={t('funnelChart')}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {JOURNEY_CHANNELS.map((c) => (
              <Bar key={c} dataKey={c} name={channels(c)} stackId="channel" fill={COLOURS[c]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="h-80" aria-label={t('mixChart')}>
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie data={mix.map((m) => ({ name: channels(m.channel), value: m.events, channel: m.channel }))} dataKey="value" nameKey="name" outerRadius={100} label>
              {mix.map((m) => (
                <Cell key={m.channel} fill={COLOURS[m.channel]} />
              ))}
            </Pie>
            <Tooltip />
          </PieChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
