'use client';
import { useEffect, useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { FINANCE_PRODUCTS, LEASE_DURATIONS_MONTHS } from '@/modules/finance';
import { OFFER_TEXTS } from '../canned';
import { callApi, conversationPath } from './chat-api';

type StockCar = { id: string; vin: string; label: { fr: string; en: string }; dealershipName: string; priceCents: number; status: string };
type Act = (body: Record<string, unknown>) => Promise<void>;

/**
 * The advisor's one-click offers for the car on the buyer's screen: push it onto their
 * configurator (applied only if they accept), a financing offer (the server computes the
 * figure), a stock car to hold; and routing the conversation to a dealership's staff.
 */
export function ConsoleOffers({ id, page, model, lang, act, dealerships }: { id: string; page: string | null; model: string | null; lang: 'fr' | 'en'; act: Act; dealerships: readonly { id: string; label: string }[] }) {
  const t = useTranslations('chat');
  const format = useFormatter();
  const uiLang = useLocale() === 'en' ? 'en' : 'fr';
  const texts = OFFER_TEXTS[lang];
  const products = FINANCE_PRODUCTS.filter((p) => model !== null && (p.eligibleModels as readonly string[]).includes(model));
  const [productId, setProductId] = useState('');
  const [depositEuros, setDepositEuros] = useState('3000');
  const [months, setMonths] = useState<number>(48);
  const [stock, setStock] = useState<StockCar[]>([]);
  const [vehicleId, setVehicleId] = useState('');
  const [dealershipId, setDealershipId] = useState('');
  const [orders, setOrders] = useState<{ id: string; reference: string }[]>([]);
  const [orderId, setOrderId] = useState('');
  // The car on the buyer's screen, or any configurator link the advisor pastes (one built in their own tab).
  const [pushHref, setPushHref] = useState<string | null>(null);
  const suggested = (pushHref ?? page ?? '').trim().replace(/^https?:\/\/[^/]+/, '');
  const product = productId || products[0]?.id || '';

  useEffect(() => {
    if (!model) return;
    void callApi<StockCar[]>(`${conversationPath(id)}/stock`).then((result) => {
      if (result.ok) {
        setStock(result.data);
        setVehicleId((current) => current || result.data[0]?.id || '');
      }
    });
  }, [id, model, page]);

  useEffect(() => {
    void callApi<{ orders: { id: string; reference: string }[] }>(`${conversationPath(id)}/buyer-context`).then((result) => {
      if (result.ok) setOrders(result.data.orders);
    });
  }, [id]);

  const deposit = Math.round(Number(depositEuros.replace(',', '.')) * 100);
  return (
    <div className="flex flex-col gap-1">
      {page && model ? (
        <div className="flex flex-wrap items-center gap-1">
          <input aria-label={t('pushHref')} value={suggested} onChange={(e) => setPushHref(e.target.value)} className="min-w-0 flex-1 rounded border border-slate-300 px-1" data-testid="console-push-href" />
          <button type="button" disabled={!suggested.startsWith('/configure/')} onClick={() => void act({ action: 'configuration', href: suggested, text: texts.push, push: true })} className="rounded bg-emerald-700 px-2 py-1 text-white" data-testid="console-push-onto-configurator">
            {t('pushOntoConfigurator')}
          </button>
        </div>
      ) : null}
      {model && products.length > 0 ? (
        <form
          className="flex flex-wrap items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            if (Number.isInteger(deposit) && deposit >= 0) void act({ action: 'financing', productId: product, cashDepositCents: deposit, durationMonths: months, text: texts.financing });
          }}
        >
          <select aria-label={t('financingProduct')} value={product} onChange={(e) => setProductId(e.target.value)} className="rounded border border-slate-300" data-testid="console-financing-product">
            {products.map((p) => (
              <option key={p.id} value={p.id}>{p.name[uiLang]}</option>
            ))}
          </select>
          <label className="flex items-center gap-1">
            {t('financingDeposit')}
            <input inputMode="numeric" value={depositEuros} onChange={(e) => setDepositEuros(e.target.value)} className="w-20 rounded border border-slate-300 px-1" data-testid="console-financing-deposit" />
          </label>
          <select aria-label={t('financingMonths')} value={months} onChange={(e) => setMonths(Number(e.target.value))} className="rounded border border-slate-300" data-testid="console-financing-months">
            {LEASE_DURATIONS_MONTHS.map((n) => (
              <option key={n} value={n}>{t('months', { count: n })}</option>
            ))}
          </select>
          <button type="submit" className="rounded bg-emerald-700 px-2 py-1 text-white" data-testid="console-offer-financing">{t('offerFinancing')}</button>
        </form>
      ) : null}
      {stock.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1">
          <select aria-label={t('stockCarPick')} value={vehicleId} onChange={(e) => setVehicleId(e.target.value)} className="max-w-[16rem] rounded border border-slate-300" data-testid="console-stock">
            {stock.map((car) => (
              <option key={car.id} value={car.id}>{car.dealershipName} · {car.label[uiLang]} · {format.number(car.priceCents / 100, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })}</option>
            ))}
          </select>
          <button type="button" disabled={!vehicleId} onClick={() => void act({ action: 'hold-offer', vehicleId, text: texts.hold })} className="rounded bg-emerald-700 px-2 py-1 text-white" data-testid="console-offer-hold">
            {t('offerHold')}
          </button>
        </div>
      ) : null}
      {orders.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1">
          <select aria-label={t('orderPick')} value={orderId || orders[0]?.id} onChange={(e) => setOrderId(e.target.value)} className="rounded border border-slate-300" data-testid="console-order">
            {orders.map((o) => (
              <option key={o.id} value={o.id}>{o.reference}</option>
            ))}
          </select>
          <button type="button" onClick={() => void act({ action: 'order-link', orderId: orderId || orders[0]?.id, text: texts.order })} className="rounded bg-emerald-700 px-2 py-1 text-white" data-testid="console-order-link">
            {t('sendOrderLink')}
          </button>
        </div>
      ) : null}
      {dealerships.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1">
          <select aria-label={t('routeTo')} value={dealershipId} onChange={(e) => setDealershipId(e.target.value)} className="max-w-[16rem] rounded border border-slate-300" data-testid="console-route-dealership">
            <option value="">{t('routeTo')}</option>
            {dealerships.map((d) => (
              <option key={d.id} value={d.id}>{d.label}</option>
            ))}
          </select>
          <button type="button" disabled={!dealershipId} onClick={() => void act({ action: 'route-dealer', dealershipId })} className="rounded border border-slate-300 px-2 py-1" data-testid="console-route">
            {t('route')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
