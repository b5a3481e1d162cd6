'use client';
import type { ReactNode } from 'react';

export type ChoiceItem = {
  code: string;
  label: string;
  detail?: string;
  price: string;
  state: 'selected' | 'included' | 'available' | 'unavailable';
  note?: string;
  swatch?: string;
};

const cardClass =
  'flex cursor-pointer items-center gap-3 rounded-xl border p-3 transition-colors has-[:checked]:border-slate-900 has-[:checked]:bg-slate-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-slate-900 has-[:focus-visible]:ring-offset-2 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60';

/** A native radio group (arrow keys move the choice) styled as cards. */
export function RadioChoices({ name, legend, items, onChoose }: { name: string; legend: ReactNode; items: readonly ChoiceItem[]; onChoose: (code: string) => void }) {
  return (
    <fieldset data-testid={`choices-${name}`}>
      <legend className="sr-only">{legend}</legend>
      <ul className="grid gap-2 sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.code}>
            <label className={`${cardClass} border-slate-200`}>
              <input
                type="radio"
                name={name}
                value={item.code}
                checked={item.state === 'selected'}
                disabled={item.state === 'unavailable'}
                onChange={() => onChoose(item.code)}
                className="h-5 w-5 shrink-0 accent-slate-900"
              />
              {item.swatch ? <span aria-hidden className="h-8 w-8 shrink-0 rounded-full border border-slate-300" style={{ background: item.swatch }} /> : null}
              <ChoiceText item={item} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Native checkboxes for packs and options; included ones show as checked and locked, with the reason. */
export function CheckChoices({ name, legend, items, onToggle }: { name: string; legend: ReactNode; items: readonly ChoiceItem[]; onToggle: (code: string, selected: boolean) => void }) {
  return (
    <fieldset data-testid={`choices-${name}`} className="flex flex-col gap-2">
      <legend className="mb-2 text-lg font-semibold">{legend}</legend>
      <ul className="grid gap-2">
        {items.map((item) => (
          <li key={item.code}>
            <label className={`${cardClass} border-slate-200`}>
              <input
                type="checkbox"
                name={name}
                value={item.code}
                checked={item.state === 'selected' || item.state === 'included'}
                disabled={item.state === 'unavailable' || item.state === 'included'}
                onChange={(e) => onToggle(item.code, e.currentTarget.checked)}
                className="h-5 w-5 shrink-0 accent-slate-900"
              />
              <ChoiceText item={item} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Name, details and price of one choice, the same for radio and checkbox cards. */
function ChoiceText({ item }: { item: ChoiceItem }) {
  return (
    <>
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="font-medium">{item.label}</span>
        {item.detail ? <span className="text-sm text-slate-600">{item.detail}</span> : null}
        {item.note ? <span className="text-sm text-slate-600">{item.note}</span> : null}
      </span>
      <span className="shrink-0 text-sm tabular-nums text-slate-800">{item.price}</span>
    </>
  );
}
