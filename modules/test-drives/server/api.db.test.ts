import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/session';
import { db, pool } from '@/lib/db';
import { dealershipHeader, drivableModels } from './directory';
import { createTestDealership, driver, recordEffects } from './test-world';

// The JSON API as the advisor chat and phone staff use it: route handlers called directly,
// the session mocked per request.

let viewer: Viewer | null = null;
let guests = 0;
// A request without a session gets a fresh guest identity once its write passed every check.
vi.mock('@/lib/session', () => ({
  getViewer: async () => viewer,
  ensureViewer: async () => viewer ?? { id: `usr_api_guest_${++guests}`, name: 'Guest', email: `guest${guests}@guest.virage.invalid`, role: 'customer', dealershipId: null, isGuest: true },
}));

const { GET: getSlots } = await import('@/app/api/test-drives/slots/route');
const { POST: postBooking } = await import('@/app/api/test-drives/bookings/route');
const { GET: getDrives } = await import('@/app/api/test-drives/drives/route');
const { GET: getDrive, DELETE: deleteDrive, PATCH: patchDrive } = await import('@/app/api/test-drives/drives/[id]/route');
const { POST: postProposals } = await import('@/app/api/test-drives/proposals/route');
const { GET: getShowrooms } = await import('@/app/api/test-drives/showrooms/route');

const as = (role: Viewer['role'], dealershipId: string | null = null): Viewer => ({ id: `usr_${role}_${dealershipId ?? 'x'}`, name: role, email: `${role}@virage.example`, role, dealershipId, isGuest: false });
const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

recordEffects();
let world: Awaited<ReturnType<typeof createTestDealership>>;
beforeAll(async () => {
  world = await createTestDealership({ cars: 2, specialists: 2 });
});
afterAll(async () => {
  await pool().end();
});

// Real clock here: the route handlers take no `now`. A date two weeks out on a weekday.
function futureWeekday(hourUtc: number): Date {
  const d = new Date(Date.now() + 14 * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || d.toISOString().startsWith('2026-12-25')) d.setUTCDate(d.getUTCDate() + 1);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

describe('JSON API /api/test-drives', () => {
  it('lists slots for anyone, and reports bad queries as JSON errors', async () => {
    viewer = null;
    const day = futureWeekday(9).toISOString().slice(0, 10);
    const ok = await getSlots(new Request(`http://x/api/test-drives/slots?dealershipId=${world.dealershipId}&model=horizon&from=${day}&to=${day}`));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { data: { days: Array<{ date: string; slots: unknown[] }> } };
    expect(body.data.days[0]?.date).toBe(day);
    const bad = await getSlots(new Request(`http://x/api/test-drives/slots?dealershipId=${world.dealershipId}&model=horizon&duration=50`));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', reason: 'INVALID_DURATION' } });
    // A date that does not exist is bad input (422 naming the field), not a RangeError (500).
    const impossible = await getSlots(new Request(`http://x/api/test-drives/slots?dealershipId=${world.dealershipId}&model=horizon&from=2026-13-45`));
    expect(impossible.status).toBe(422);
    expect(await impossible.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'from' }] } } });
  });

  it('finds showrooms nearest first and dealerships driving to a home address', async () => {
    viewer = null;
    const near = await getShowrooms(new Request('http://x/api/test-drives/showrooms?model=horizon&trim=horizon-ev-iconic&near=69002'));
    const { dealerships } = ((await near.json()) as { data: { dealerships: Array<{ dealershipId: string; distanceKm: number }> } }).data;
    expect(dealerships.map((d) => d.dealershipId)).toContain(world.dealershipId);
    expect(dealerships.map((d) => d.distanceKm)).toEqual([...dealerships.map((d) => d.distanceKm)].sort((a, b) => a - b));
    const home = await getShowrooms(new Request('http://x/api/test-drives/showrooms?model=horizon&street=5%20rue%20Paul%20Bert&postalCode=69003&city=Lyon'));
    expect(((await home.json()) as { data: { dealerships: Array<{ dealershipId: string }> } }).data.dealerships.map((d) => d.dealershipId)).toContain(world.dealershipId);
    // Mende (Lozère): more than 60 km from every dealership, seeded or not, so no home-drive radius reaches it.
    const far = await getShowrooms(new Request('http://x/api/test-drives/showrooms?model=horizon&street=1%20boulevard%20du%20Soubeyran&postalCode=48000&city=Mende'));
    expect(far.status).toBe(422);
    expect(await far.json()).toMatchObject({ error: { reason: 'OUT_OF_RANGE' } });
    const unknown = await getShowrooms(new Request('http://x/api/test-drives/showrooms?model=horizon&near=Zzzyxville'));
    expect(await unknown.json()).toMatchObject({ error: { reason: 'PLACE_NOT_FOUND' } });
  });

  it('refuses a home drive with the real reason: no such demo car near the address, not "outside the zone"', async () => {
    viewer = null;
    // Barcelonnette: far from every other dealership; this one comes to town but only has a Horizon.
    await createTestDealership({ lat: 44.3872, lon: 6.6522, radiusKm: 30 });
    const magistrale = await getShowrooms(new Request('http://x/api/test-drives/showrooms?model=magistrale&street=1%20place%20Manuel&postalCode=04400&city=Barcelonnette'));
    expect(magistrale.status).toBe(422);
    expect(await magistrale.json()).toMatchObject({ error: { reason: 'NO_DEMO_CAR_NEARBY' } });
    const horizon = await getShowrooms(new Request('http://x/api/test-drives/showrooms?model=horizon&street=1%20place%20Manuel&postalCode=04400&city=Barcelonnette'));
    expect(horizon.status).toBe(200);
  });

  it('an advisor proposes slots and books on behalf of a buyer by chat; the buyer then sees it', async () => {
    viewer = as('advisor');
    const day = futureWeekday(9).toISOString().slice(0, 10);
    const proposals = await postProposals(new Request('http://x/api/test-drives/proposals', json({ dealershipId: world.dealershipId, model: 'horizon', from: day, to: day, count: 3 })));
    expect(proposals.status).toBe(200);
    const { slots } = ((await proposals.json()) as { data: { slots: Array<{ start: string }> } }).data;
    expect(slots).toHaveLength(3);
    const email = `chat.${world.suffix}@example.org`;
    // The buyer's account, its address verified (a magic link was opened): a booking on their behalf joins it.
    const buyer = await db.user.create({ data: { id: `usr_chat_${world.suffix}`, name: 'Chat Buyer', email, emailVerified: true } });
    const booked = await postBooking(new Request('http://x/api/test-drives/bookings', json({ dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: slots[0]?.start, driver: driver({ email }), channel: 'chat' })));
    expect(booked.status).toBe(201);
    const { data: { drive } } = (await booked.json()) as { data: { drive: { id: string; channel: string; bookedByUserId: string } } };
    expect(drive).toMatchObject({ channel: 'chat', bookedByUserId: 'usr_advisor_x' });

    const list = await getDrives(new Request(`http://x/api/test-drives/drives?buyerEmail=${email}`));
    expect(((await list.json()) as { data: { drives: unknown[] } }).data.drives).toHaveLength(1);

    viewer = { ...as('customer'), id: buyer.id, email };
    expect((await getDrive(new Request('http://x'), ctx(drive.id))).status).toBe(200);
    // Another account, even one registered with the same address (unverified), does not see it.
    viewer = { ...as('customer'), id: 'usr_someone_else', email };
    expect((await getDrive(new Request('http://x'), ctx(drive.id))).status).toBe(404);
    viewer = { ...as('customer'), id: 'usr_someone_else', email: 'else@example.org' };
    expect((await getDrive(new Request('http://x'), ctx(drive.id))).status).toBe(404);
    expect((await getDrives(new Request(`http://x/api/test-drives/drives?buyerEmail=${email}`))).status).toBe(403);
    viewer = null;
    expect((await getDrives(new Request(`http://x/api/test-drives/drives?buyerEmail=${email}`))).status).toBe(401);

    viewer = as('dealer_staff', 'dlr_elsewhere');
    // Another dealership's drive answers like an unknown one: its existence does not leak.
    expect((await deleteDrive(new Request(`http://x/api/test-drives/drives/${drive.id}`, { method: 'DELETE' }), ctx(drive.id))).status).toBe(404);
    expect((await getDrive(new Request('http://x'), ctx(drive.id))).status).toBe(404);
    expect((await getDrive(new Request('http://x'), ctx('drv_no_such_drive'))).status).toBe(404);
    expect((await postProposals(new Request('http://x/api/test-drives/proposals', json({ dealershipId: world.dealershipId, model: 'horizon' })))).status).toBe(403);
    viewer = as('dealer_manager', world.dealershipId);
    // A NUL byte in the id reaches PostgreSQL as SQLSTATE 22021: bad input (400), not a 500.
    const nul = await getDrive(new Request('http://x'), ctx('drv\u0000x'));
    expect(nul.status).toBe(400);
    expect(await nul.json()).toMatchObject({ error: { code: 'BAD_REQUEST', reason: 'INVALID_VALUE' } });
    const longReason = await deleteDrive(new Request(`http://x/api/test-drives/drives/${drive.id}?reason=${'x'.repeat(501)}`, { method: 'DELETE' }), ctx(drive.id));
    expect(longReason.status).toBe(422);
    expect(await longReason.json()).toMatchObject({ error: { details: { issues: [{ path: 'reason', message: 'The reason must not exceed 500 characters.' }] } } });
    const moved = await patchDrive(new Request('http://x', { method: 'PATCH', body: JSON.stringify({ start: slots[1]?.start }), headers: { 'content-type': 'application/json' } }), ctx(drive.id));
    expect(moved.status).toBe(200);
    const cancelled = await deleteDrive(new Request(`http://x/api/test-drives/drives/${drive.id}?reason=phone`, { method: 'DELETE' }), ctx(drive.id));
    expect(((await cancelled.json()) as { data: { drive: { status: string } } }).data.drive.status).toBe('cancelled');
  });

  it('refuses a taken slot with 409 SLOT_TAKEN and a booking with no driver details with 422', async () => {
    viewer = null;
    const start = futureWeekday(13).toISOString();
    const body = { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start };
    expect((await postBooking(new Request('http://x', json({ ...body, driver: driver() })))).status).toBe(201);
    expect((await postBooking(new Request('http://x', json({ ...body, driver: driver() })))).status).toBe(201);
    const third = await postBooking(new Request('http://x', json({ ...body, driver: driver() })));
    expect(third.status).toBe(409);
    expect(await third.json()).toMatchObject({ error: { code: 'CONFLICT', reason: 'SLOT_TAKEN' } });
    const invalid = await postBooking(new Request('http://x', json(body)));
    expect(invalid.status).toBe(422);
    const notJson = await postBooking(new Request('http://x', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }));
    expect(await notJson.json()).toMatchObject({ error: { code: 'BAD_REQUEST', reason: 'INVALID_JSON' } });
  });

  it('a stranger cannot make a booked slot look free by naming a drive to leave out', async () => {
    viewer = null;
    const start = futureWeekday(15);
    const body = { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: start.toISOString() };
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const booked = await postBooking(new Request('http://x', json({ ...body, driver: driver() })));
      expect(booked.status).toBe(201);
      ids.push(((await booked.json()) as { data: { drive: { id: string } } }).data.drive.id);
    }
    const day = start.toISOString().slice(0, 10);
    const listed = await getSlots(new Request(`http://x/api/test-drives/slots?dealershipId=${world.dealershipId}&model=horizon&from=${day}&to=${day}&excludeDriveId=${ids[0]}`));
    expect(listed.status).toBe(200);
    const starts = ((await listed.json()) as { data: { days: Array<{ slots: Array<{ start: string }> }> } }).data.days.flatMap((d) => d.slots.map((s) => s.start));
    expect(starts.length).toBeGreaterThan(0);
    expect(starts).not.toContain(start.toISOString());
  });

  it('reads the dealership of a booking link; an id with a NUL byte names none instead of failing', async () => {
    expect(await dealershipHeader(world.dealershipId)).toMatchObject({ name: `Virage Test ${world.suffix}` });
    expect(await dealershipHeader('dlr_no_such')).toBeNull();
    expect(await dealershipHeader('dlr\u0000x')).toBeNull();
    expect(await drivableModels(world.dealershipId)).toEqual(['horizon']);
  });
});
