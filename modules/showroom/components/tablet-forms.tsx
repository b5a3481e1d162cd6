'use client';
import { useActionState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { askConsentAction, contactLookupAction, holdForCustomerAction, saveToCustomerAction, startOrderForCustomerAction, takeCallAction } from '../actions';

/** Find a customer by e-mail or phone (only customers who consented for this dealership are found). */
export function ContactLookupForm() {
  const t = useTranslations('continuity.showroom');
  const [state, action, pending] = useActionState(contactLookupAction, null);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="contact-lookup">
      <label htmlFor="contact" className="text-sm font-medium">{t('contactLabel')}</label>
      <div className="flex gap-2">
        <input id="contact" name="contact" maxLength={200} autoComplete="off" className="w-full min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-3 text-lg" />
        <Button type="submit" disabled={pending} className="min-h-12">{t('find')}</Button>
      </div>
      {state && !state.ok ? <p role="alert" className="text-sm text-red-700">{state.error.message}</p> : null}
    </form>
  );
}

/** Asks the customer's consent: the tablet then shows a one-time code they accept from their own account. */
export function AskConsentButton({ code }: { code?: string }) {
  const t = useTranslations('continuity.showroom');
  return (
    <form action={askConsentAction}>
      {code ? <input type="hidden" name="code" value={code} /> : null}
      <Button type="submit" className="min-h-12" data-testid="ask-consent">{t('askConsent')}</Button>
    </form>
  );
}

/** While the customer types the code on their phone, the tablet looks again every few seconds. */
export function ConsentWait() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 3000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}

export function SaveToCustomerForm({ customerId }: { customerId: string }) {
  const t = useTranslations('continuity.showroom');
  const [state, action, pending] = useActionState(saveToCustomerAction, null);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="save-to-customer">
      <input type="hidden" name="customerId" value={customerId} />
      <label htmlFor="save-code" className="text-sm font-medium">{t('saveBackLabel')}</label>
      <div className="flex gap-2">
        <input id="save-code" name="code" maxLength={32} autoComplete="off" className="w-48 rounded-lg border border-slate-300 px-3 py-3 font-mono uppercase tracking-widest" />
        <Button type="submit" disabled={pending} className="min-h-12">{t('saveBack')}</Button>
      </div>
      <p role="status" className="text-sm">{state?.ok ? t('savedBack', { code: state.data.code }) : state && !state.ok ? <span className="text-red-700">{state.error.message}</span> : null}</p>
    </form>
  );
}

export function TakeCallButton({ id }: { id: string }) {
  const t = useTranslations('continuity.showroom');
  return (
    <form action={takeCallAction}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" size="sm">{t('takeCall')}</Button>
    </form>
  );
}

/** A labelled choice sized for a finger on the tablet (48 px targets). */
function TabletSelect({ id, name, label, choices }: { id: string; name: string; label: string; choices: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <>
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <select id={id} name={name} className="min-h-12 rounded-lg border border-slate-300 px-3">
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </>
  );
}

/** Hold one of the dealership's stock cars for the customer. */
export function HoldForCustomerForm({ customerId, cars }: { customerId: string; cars: ReadonlyArray<{ id: string; label: string }> }) {
  const t = useTranslations('showroomActions');
  const [state, action, pending] = useActionState(holdForCustomerAction, null);
  if (cars.length === 0) return <p className="text-sm text-slate-600">{t('noStock')}</p>;
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="hold-for-customer">
      <input type="hidden" name="customerId" value={customerId} />
      <TabletSelect id="hold-vehicle" name="vehicleId" label={t('holdLabel')} choices={cars.map((c) => ({ value: c.id, label: c.label }))} />
      <Button type="submit" disabled={pending} className="min-h-12">{t('hold')}</Button>
      <p role="status" className="text-sm">{state?.ok ? t('held') : state && !state.ok ? <span className="text-red-700">{state.error.message}</span> : null}</p>
    </form>
  );
}

/**
 * Start the order for the customer: one of their saved configurations or the car they hold. The
 * tablet shows the checkout link as a QR; the customer opens it on their own phone, accepts the
 * terms and places the order there (recorded as started by this salesperson, channel showroom).
 */
export function StartOrderForm({ customerId, cars }: { customerId: string; cars: ReadonlyArray<{ value: string; label: string }> }) {
  const t = useTranslations('showroomActions');
  const [state, action, pending] = useActionState(startOrderForCustomerAction, null);
  if (cars.length === 0) return <p className="text-sm text-slate-600">{t('nothingToOrder')}</p>;
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="start-order">
      <input type="hidden" name="customerId" value={customerId} />
      <TabletSelect id="order-car" name="car" label={t('orderLabel')} choices={cars} />
      <Button type="submit" disabled={pending} className="min-h-12">{t('startOrder')}</Button>
      {state?.ok ? (
        <div className="flex flex-col gap-2" role="status">
          <p className="text-sm">{t('orderHandOff')}</p>
          {/* The server's own QR of its own link (qrcode's SVG: no script, no external reference). */}
          <div className="mx-auto w-48" role="img" aria-label={t('orderQr')} dangerouslySetInnerHTML={{ __html: state.data.svg }} />
          <a href={state.data.url} className="break-all text-sm underline" data-testid="order-link">{state.data.url}</a>
        </div>
      ) : state && !state.ok ? <p role="alert" className="text-sm text-red-700">{state.error.message}</p> : null}
    </form>
  );
}
