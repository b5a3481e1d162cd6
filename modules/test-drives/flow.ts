import { z } from 'zod';
import { catalogue } from '@/modules/catalog';
import { modelEnergies, trimEnergy } from './catalog-names';

// The buyer's booking flow keeps its state in the URL (each step is a plain page with a GET
// form), so back/forward, reloads and links from the configurator all work.

export type FlowParams = {
  model?: string;
  trim?: string;
  powertrain?: string;
  kind?: 'showroom' | 'home';
  near?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  dealershipId?: string;
  from?: string;
  start?: string;
  duration?: number;
};

const str = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);

const ZFlow = z.object({
  model: str(64),
  trim: str(64),
  powertrain: str(32),
  kind: z.enum(['showroom', 'home']).optional().catch(undefined),
  near: str(100),
  street: str(200),
  postalCode: z.string().trim().regex(/^\d{5}$/).optional().catch(undefined),
  city: str(100),
  dealershipId: str(64),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  start: z.string().datetime().optional().catch(undefined),
  duration: z.coerce.number().int().refine((n) => [30, 45, 60].includes(n)).optional().catch(undefined),
});

type SearchParams = Record<string, string | string[] | undefined>;

/** Unknown or malformed values are dropped; a trim pre-fills its model's powertrain. */
export function readFlow(searchParams: SearchParams): FlowParams {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const flow: FlowParams = ZFlow.parse(flat);
  if (flow.model && !catalogue.models.some((m) => m.code === flow.model)) return {};
  if (flow.model && flow.trim && !flow.powertrain) flow.powertrain = trimEnergy(flow.model, flow.trim);
  if (flow.model && flow.powertrain && !modelEnergies(flow.model).includes(flow.powertrain)) flow.powertrain = undefined;
  return flow;
}

export function flowHref(path: string, flow: FlowParams, extra: Partial<FlowParams> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...flow, ...extra })) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Hidden inputs carrying the flow through a GET form (minus the fields the form itself sets). */
export function hiddenFlow(flow: FlowParams, omit: readonly (keyof FlowParams)[]): Array<[string, string]> {
  return Object.entries(flow)
    .filter(([key, value]) => value !== undefined && !omit.includes(key as keyof FlowParams))
    .map(([key, value]) => [key, String(value)]);
}
