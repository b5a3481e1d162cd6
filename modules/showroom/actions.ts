'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction, type ActionResult } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { consumeLimit } from '@/lib/http/rate-limit';
import { requestClientAddress } from '@/lib/http/write-limits';
import { askConsent, findByContact, staffActor } from '@/modules/journey/server';
import { env } from '@/lib/env';
import { qrSvg } from '@/modules/catalog/server';
import { ZCheckoutSource } from '@/modules/orders';
import { KIOSK_TAKE_AWAY_LIMIT, phoneHandOff } from './kiosk';
import { holdForCustomer, raiseCall, recordKioskConfigure, saveToCustomerGarage, startOrderForCustomer, takeCall } from './server';

/** The showroom tablet's actions: dealer staff of the viewer's own dealership only. */
const STAFF = ['dealer_staff', 'dealer_manager'] as const;
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** A kiosk may call a salesperson a few times a minute per device address, not flood the tablet. */
const KIOSK_CALL_LIMIT = { name: 'kiosk-call-ip', points: 6, windowSeconds: 600 };

export async function contactLookupAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const result = await serverAction({ name: 'showroom.lookup', input: z.object({ contact: z.string().trim().min(3).max(200) }), roles: STAFF }, { contact: text(form, 'contact') }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const staff = staffActor(viewer);
    const query = input.contact.includes('@') ? { kind: 'email' as const, email: input.contact } : { kind: 'phone' as const, phone: input.contact };
    const found = await findByContact(staff, query);
    // Unknown and not-consented read the same: the tablet cannot probe who has an account, nor
    // whether they dealt with this dealership. The message says how to go on: ask for consent.
    if (!found) throw new AppError('FORBIDDEN', 'No consenting customer.', { reason: 'LOOKUP_NEEDS_CONSENT' });
    return found.customerId;
  });
  if (result.ok) redirect(`/dealer/showroom/customers/${encodeURIComponent(result.data)}`);
  return result;
}

export async function askConsentAction(form: FormData): Promise<void> {
  const code = text(form, 'code');
  const result = await serverAction({ name: 'showroom.consent', input: z.unknown(), roles: STAFF }, null, async (_input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    return askConsent(staffActor(viewer));
  });
  if (result.ok) redirect(`/dealer/showroom?consent=${result.data.id}${/^[A-Z0-9]{1,16}$/.test(code) ? `&code=${code}` : ''}`);
}

export async function saveToCustomerAction(_previous: ActionResult<{ code: string }> | null, form: FormData): Promise<ActionResult<{ code: string }>> {
  return serverAction({ name: 'showroom.save-for-customer', input: z.object({ customerId: z.string().min(1).max(64), code: z.string().trim().min(1).max(32) }), roles: STAFF }, { customerId: text(form, 'customerId'), code: text(form, 'code') }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const saved = await saveToCustomerGarage(staffActor(viewer), input.customerId, input.code);
    revalidatePath(`/dealer/showroom/customers/${input.customerId}`);
    return saved;
  });
}

/** Holds a stock car for the customer from their file (the buyer's own hold, recorded as done by this staff member). */
export async function holdForCustomerAction(_previous: ActionResult<{ expiresAt: string }> | null, form: FormData): Promise<ActionResult<{ expiresAt: string }>> {
  return serverAction({ name: 'showroom.hold-for-customer', input: z.object({ customerId: z.string().min(1).max(64), vehicleId: z.string().min(1).max(40) }), roles: STAFF }, { customerId: text(form, 'customerId'), vehicleId: text(form, 'vehicleId') }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const hold = await holdForCustomer(staffActor(viewer), input.customerId, input.vehicleId);
    revalidatePath(`/dealer/showroom/customers/${input.customerId}`);
    return { expiresAt: hold.expiresAt.toISOString() };
  });
}

/** Starts the order for the customer: the checkout link (and its QR) they open on their own device to accept and place it. */
export async function startOrderForCustomerAction(_previous: ActionResult<{ url: string; svg: string }> | null, form: FormData): Promise<ActionResult<{ url: string; svg: string }>> {
  const input = z.object({ customerId: z.string().min(1).max(64), car: z.string().regex(/^(config|vehicle):[A-Za-z0-9_-]{1,64}$/) });
  return serverAction({ name: 'showroom.start-order', input, roles: STAFF }, { customerId: text(form, 'customerId'), car: text(form, 'car') }, async (parsed, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const ref = parsed.car.slice(parsed.car.indexOf(':') + 1);
    const source = ZCheckoutSource.safeParse(parsed.car.startsWith('config:') ? { kind: 'factory', savedCode: ref.toUpperCase() } : { kind: 'stock', vehicleId: ref });
    if (!source.success) throw new AppError('VALIDATION_FAILED', 'Unknown car.', { reason: 'CONFIGURATION_NOT_FOUND' });
    const { path } = await startOrderForCustomer(staffActor(viewer), parsed.customerId, source.data);
    const url = new URL(path, env().APP_URL).toString();
    return { url, svg: await qrSvg(url) };
  });
}

export async function takeCallAction(form: FormData): Promise<void> {
  await serverAction({ name: 'showroom.take-call', input: z.object({ id: z.string().min(1).max(40) }), roles: STAFF }, { id: text(form, 'id') }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    await takeCall(staffActor(viewer), input.id);
    revalidatePath('/dealer/showroom');
  });
}

/** From the kiosk (anonymous, shared device): limited per address; nothing personal is sent. */
export async function callSalespersonAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const input = { dealership: text(form, 'dealership'), configuration: text(form, 'configuration'), kioskId: text(form, 'kioskId') };
  return serverAction({ name: 'kiosk.call', input: z.object({ dealership: z.string().min(1).max(40), configuration: z.string().max(2000), kioskId: z.string().max(64) }) }, input, async (input) => {
    await consumeLimit(KIOSK_CALL_LIMIT, `ip:${await requestClientAddress()}`);
    await raiseCall(input.dealership, input.configuration || null, input.kioskId || null);
    return null;
  });
}

/** "Take it with you": the QR of the same configuration for the visitor's phone (nothing kept on the kiosk). */
export async function takeAwayAction(kioskPath: string): Promise<ActionResult<{ url: string; svg: string }>> {
  return serverAction({ name: 'kiosk.take-away', input: z.string().max(2000) }, kioskPath, async (input) => {
    const handOff = phoneHandOff(input);
    if (!handOff) throw new AppError('BAD_REQUEST', 'Not a kiosk configuration.', { reason: 'KIOSK_PATH_INVALID' });
    await consumeLimit(KIOSK_TAKE_AWAY_LIMIT, `ip:${await requestClientAddress()}`);
    const url = new URL(handOff.path, env().APP_URL).toString();
    await recordKioskConfigure(handOff.dealership, handOff.model);
    return { url, svg: await qrSvg(url) };
  });
}
