'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useOptimistic, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { CameraView } from '@/modules/catalog/model-manifest';
import { proposeChange, type ConfigurationChange, type Proposal } from '../change';
import { listChoices } from '../choices';
import { catalogue } from '../data';
import { priceForHousehold } from '../household-price';
import { priceConfiguration, type PriceBreakdown } from '../pricing';
import type { MonthlyEstimate, Configuration, Household, Locale, Localized } from '../types';
import { ConflictDialog } from './ConflictDialog';
import { configuratorHref, useKioskMode } from './kiosk-mode';
import { formatEuros } from './money';
import { PricePanel } from './PricePanel';
import { StepPanel } from './StepPanel';
import { STEPS, StepNav, type Step } from './StepNav';
import { ViewerSlot } from './ViewerSlot';

export type ConfiguratorProps = {
  /** Normalised by the server from the URL. */
  configuration: Configuration;
  /** The server's price of `configuration`: the only total ever displayed. */
  price: PriceBreakdown;
  estimate: MonthlyEstimate | null;
  /** What the server changed to make the URL's configuration valid. */
  notices: readonly string[];
};

/** Effects worth a confirmation: anything beyond "the pack already includes it". */
const needsConfirmation = (p: Proposal) => p.effects.some((e) => !e.kind.startsWith('included-'));

export function Configurator({ configuration, price, estimate, notices }: ConfiguratorProps) {
  const t = useTranslations('configurator');
  const tf = useTranslations('fixes.configurator');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const kiosk = useKioskMode();
  const [pending, startTransition] = useTransition();
  const [shown, showOptimistic] = useOptimistic(configuration);
  const [step, setStep] = useState<Step>('trim');
  const [view, setView] = useState<CameraView>('exterior');
  const [conflict, setConflict] = useState<Proposal | null>(null);
  const [undo, setUndo] = useState<{ message: Localized; previous: Configuration } | null>(null);
  const [rejection, setRejection] = useState<string | null>(null);
  // The household the buyer says they are in: the aid and every total on the page follow it.
  const [household, setHousehold] = useState<Household>(price.bonus.household);
  const priced = priceForHousehold(price, household);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The address bar always holds the full, valid configuration: copying it reopens this exact car.
  useEffect(() => {
    const want = configuratorHref(configuration, kiosk);
    if (`${window.location.pathname}${window.location.search}` !== want) window.history.replaceState(null, '', want);
  }, [configuration, kiosk]);

  const navigate = (next: Configuration) =>
    startTransition(() => {
      showOptimistic(next);
      router.replace(configuratorHref(next, kiosk), { scroll: false });
    });

  const commit = (proposal: Proposal) => {
    setConflict(null);
    setUndo({ message: proposal.message, previous: proposal.previous });
    navigate(proposal.next);
  };

  const change = (c: ConfigurationChange) => {
    setRejection(null);
    const proposal = proposeChange(catalogue, shown, c);
    if (proposal.status === 'rejected') return setRejection(proposal.message[locale]);
    if (proposal.status === 'unchanged') return;
    if (needsConfirmation(proposal)) setConflict(proposal);
    else commit(proposal);
  };

  const goTo = (next: Step) => {
    setStep(next);
    setView(next === 'interior' ? 'interior' : 'exterior');
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const choices = listChoices(catalogue, shown);
  const model = catalogue.models.find((m) => m.code === shown.model);
  const paint = catalogue.paints.find((p) => p.code === shown.paint);
  const interior = catalogue.interiors.find((i) => i.code === shown.interior);
  const index = STEPS.indexOf(step);
  const delta = conflict ? previewTotal(conflict.next, price) - price.totalCents : Number.NaN;
  const previewDelta = Number.isFinite(delta) ? delta : null;

  return (
    <div className="grid gap-6 pb-24 lg:grid-cols-[minmax(0,1fr)_22rem] lg:pb-0">
      <div className="flex min-w-0 flex-col gap-4">
        {notices.length > 0 ? (
          <Alert tone="info">
            <p className="font-medium">{t('notices.title')}</p>
            <ul className="mt-1 list-disc pl-5" data-testid="configuration-notices">
              {notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <ViewerSlot configuration={shown} paint={paint} interior={interior} modelName={model?.name[locale] ?? shown.model} view={view} />
        <div className="flex justify-end" data-print="hide">
          <Button variant="ghost" size="sm" onClick={() => setView(view === 'interior' ? 'exterior' : 'interior')} aria-pressed={view === 'interior'}>
            {t('viewer.interiorToggle')}
          </Button>
        </div>
        <StepNav current={step} onSelect={goTo} />
        <section aria-labelledby="step-title" className="flex flex-col gap-4">
          <h2 id="step-title" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold outline-none">
            {t(`steps.${step}`)}
          </h2>
          {rejection ? <Alert tone="error">{rejection}</Alert> : null}
          <StepPanel step={step} choices={choices} price={priced} estimate={estimate} configuration={shown} pending={pending} onChange={change} />
          <div className="flex justify-between gap-3" data-print="hide">
            {index > 0 ? (
              <Button variant="secondary" onClick={() => goTo(STEPS[index - 1] ?? 'trim')}>
                {t('previous')}
              </Button>
            ) : <span />}
            {index < STEPS.length - 1 ? (
              <Button onClick={() => goTo(STEPS[index + 1] ?? 'summary')}>{t('next', { step: t(`steps.${STEPS[index + 1] ?? 'summary'}`) })}</Button>
            ) : null}
          </div>
        </section>
      </div>
      <aside className="flex flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
        <PricePanel price={priced} estimate={estimate} pending={pending} onHousehold={setHousehold} />
        {undo ? (
          <div role="status" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="undo-bar" data-print="hide">
            <p>{undo.message[locale]}</p>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                const previous = undo.previous;
                setUndo(null);
                navigate(previous);
              }}
            >
              {t('undo')}
            </Button>
          </div>
        ) : null}
      </aside>
      {/* On a phone the price panel is far below the choices: the price and the next step stay in view. */}
      <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white px-4 py-3 shadow-lg lg:hidden" data-testid="phone-price-bar" data-print="hide">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3">
          <p className="flex flex-col">
            <span className="text-xs text-slate-600">{tf('priceLabel')}</span>
            <span className={`text-lg font-semibold tabular-nums ${pending ? 'opacity-50' : ''}`} data-testid="phone-price-total">{formatEuros(priced.totalCents, locale)}</span>
          </p>
          {index < STEPS.length - 1 ? <Button onClick={() => goTo(STEPS[index + 1] ?? 'summary')}>{t('next', { step: t(`steps.${STEPS[index + 1] ?? 'summary'}`) })}</Button> : null}
        </div>
      </div>
      <ConflictDialog proposal={conflict} priceDeltaCents={previewDelta} onAccept={() => conflict && commit(conflict)} onCancel={() => setConflict(null)} />
    </div>
  );
}

/** Preview only (shown in the confirmation); the total displayed afterwards comes from the server. */
function previewTotal(next: Configuration, current: PriceBreakdown): number {
  try {
    // Same dates as the server's current price, so the delta is about the car, not the calendar.
    return priceConfiguration(catalogue, next, { ...current.registration, registrationDate: current.registration.date }).totalCents;
  } catch {
    return Number.NaN;
  }
}
