'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { ConfigurationChange } from '../change';
import type { Choices } from '../choices';
import type { PriceBreakdown } from '../pricing';
import type { MonthlyEstimate, Configuration, Locale, OptionCategory } from '../types';
import { CheckChoices, RadioChoices, type ChoiceItem } from './ChoiceGroup';
import { formatEuros } from './money';
import type { Step } from './StepNav';
import { Summary } from './Summary';

const CATEGORIES: readonly OptionCategory[] = ['comfort', 'technology', 'safety', 'exterior', 'practical', 'performance'];

type Props = {
  step: Step;
  choices: Choices;
  configuration: Configuration;
  price: PriceBreakdown;
  estimate: MonthlyEstimate | null;
  pending: boolean;
  onChange: (change: ConfigurationChange) => void;
};

export function StepPanel({ step, choices, configuration, price, estimate, pending, onChange }: Props) {
  const t = useTranslations('configurator');
  const locale = useLocale() as Locale;
  const eur = (cents: number) => formatEuros(cents, locale);
  const extra = (cents: number) => (cents === 0 ? t('included') : `+ ${eur(cents)}`);
  const item = (c: Choices['paints'][number] | Choices['wheels'][number] | Choices['interiors'][number], more: Partial<ChoiceItem> = {}): ChoiceItem => ({
    code: c.code,
    label: c.name[locale],
    price: extra(c.priceCents),
    state: c.state,
    ...(c.note ? { note: c.note[locale] } : {}),
    ...more,
  });

  switch (step) {
    case 'trim':
      return (
        <RadioChoices
          name="trim"
          legend={t('steps.trim')}
          onChoose={(code) => onChange({ type: 'set-trim', code })}
          items={choices.trims.map((c) => ({
            code: c.code,
            label: c.name[locale],
            detail: t('trimDetail', { energy: t(`energy.${c.trim.energy}`), hp: c.trim.specs.powerHp, kw: c.trim.specs.powerKw }),
            price: eur(c.priceCents),
            state: c.state,
          }))}
        />
      );
    case 'paint':
      return (
        <RadioChoices
          name="paint"
          legend={t('steps.paint')}
          onChoose={(code) => onChange({ type: 'set-paint', code })}
          items={choices.paints.map((c) => item(c, { label: c.paint.name[locale], swatch: c.paint.hex, detail: t(`finish.${c.paint.finish}`) }))}
        />
      );
    case 'wheels':
      return (
        <RadioChoices
          name="wheels"
          legend={t('steps.wheels')}
          onChoose={(code) => onChange({ type: 'set-wheels', code })}
          items={choices.wheels.map((c) => item(c))}
        />
      );
    case 'interior':
      return (
        <RadioChoices
          name="interior"
          legend={t('steps.interior')}
          onChoose={(code) => onChange({ type: 'set-interior', code })}
          items={choices.interiors.map((c) => item(c, { label: c.interior.name[locale], swatch: c.interior.hex, detail: t(`material.${c.interior.material}`) }))}
        />
      );
    case 'equipment':
      return (
        <div className="flex flex-col gap-6">
          <CheckChoices
            name="packs"
            legend={t('packs')}
            onToggle={(code, on) => onChange({ type: on ? 'select-pack' : 'deselect-pack', code })}
            items={choices.packs.map((c) => ({
              code: c.code,
              label: c.name[locale],
              detail: c.pack.description[locale] + (c.savingsCents > 0 ? ` ${t('savings', { amount: eur(c.savingsCents) })}` : ''),
              price: extra(c.priceCents),
              state: c.state,
              ...(c.note ? { note: c.note[locale] } : {}),
            }))}
          />
          {CATEGORIES.map((category) => {
            const options = choices.options.filter((c) => c.option.category === category);
            if (options.length === 0) return null;
            return (
              <CheckChoices
                key={category}
                name={`options-${category}`}
                legend={t(`category.${category}`)}
                onToggle={(code, on) => onChange({ type: on ? 'select-option' : 'deselect-option', code })}
                items={options.map((c) => ({
                  code: c.code,
                  label: c.name[locale],
                  detail: c.option.description[locale],
                  price: c.state === 'included' ? t('included') : extra(c.priceCents),
                  state: c.state,
                  ...(c.note ? { note: c.note[locale] } : {}),
                }))}
              />
            );
          })}
        </div>
      );
    case 'summary':
      return <Summary configuration={configuration} price={price} estimate={estimate} pending={pending} />;
  }
}
