import { describe, expect, it } from 'vitest';
import { pickAssignment, rankAssignment } from './assignment';
import { booking } from './test-fixtures';
import { travelMinutesForDistance } from './travel';

const slot = { localDate: '2026-03-03', carIds: ['c1', 'c2', 'c3'], staffIds: ['s1', 's2'] };

describe('pickAssignment', () => {
  it('picks the smallest ids when nobody has drives', () => {
    expect(pickAssignment(slot, [])).toEqual({ carId: 'c1', staffId: 's1' });
  });

  it('prefers the fewest minutes booked that local day, travel included', () => {
    const bookings = [
      booking('b1', 'c1', 's1', '2026-03-03 09:00', '2026-03-03 09:30'),
      booking('b2', 'c2', 's2', '2026-03-03 09:00', '2026-03-03 09:30', { kind: 'home', travelBeforeMinutes: 20, travelAfterMinutes: 20 }),
      booking('b3', 'c3', 's1', '2026-03-03 10:00', '2026-03-03 10:45'),
    ];
    // c1 30, c2 70, c3 45 minutes; s1 75, s2 70 minutes.
    expect(pickAssignment(slot, bookings)).toEqual({ carId: 'c1', staffId: 's2' });
  });

  it('breaks same-day ties with the load over all given bookings, then by id', () => {
    const bookings = [booking('b1', 'c1', 's1', '2026-03-02 09:00', '2026-03-02 10:00'), booking('b2', 'c2', 's1', '2026-03-04 09:00', '2026-03-04 09:30')];
    expect(pickAssignment(slot, bookings)).toEqual({ carId: 'c3', staffId: 's2' });
    expect(pickAssignment({ ...slot, carIds: ['c2', 'c1'] }, bookings)).toEqual({ carId: 'c2', staffId: 's2' });
  });

  it('counts a booking on the slot’s local day even when it is the previous UTC day', () => {
    const bookings = [booking('late', 'c1', 's1', '2026-03-03 00:30', '2026-03-03 01:00')]; // 23:30Z on 2 March
    expect(pickAssignment({ ...slot, carIds: ['c1', 'c2'] }, bookings)?.carId).toBe('c2');
  });

  it('returns null without a free car or staff member', () => {
    expect(pickAssignment({ ...slot, carIds: [] }, [])).toBeNull();
    expect(pickAssignment({ ...slot, staffIds: [] }, [])).toBeNull();
  });
});

describe('rankAssignment', () => {
  it('lists every free car and staff member, least-loaded first, for the booking service to walk', () => {
    const bookings = [
      booking('b1', 'c1', 's1', '2026-03-03 09:00', '2026-03-03 09:30'),
      booking('b2', 'c2', 's2', '2026-03-03 09:00', '2026-03-03 09:30', { kind: 'home', travelBeforeMinutes: 20, travelAfterMinutes: 20 }),
      booking('b3', 'c3', 's1', '2026-03-03 10:00', '2026-03-03 10:45'),
    ];
    expect(rankAssignment(slot, bookings)).toEqual({ carIds: ['c1', 'c3', 'c2'], staffIds: ['s2', 's1'] });
    expect(rankAssignment({ ...slot, carIds: [] }, bookings)).toEqual({ carIds: [], staffIds: ['s2', 's1'] });
  });
});

describe('travelMinutesForDistance', () => {
  it('uses 35 km/h with a 15-minute floor, rounded up to 5 minutes', () => {
    expect(travelMinutesForDistance(0)).toBe(15);
    expect(travelMinutesForDistance(5)).toBe(15);
    expect(travelMinutesForDistance(20)).toBe(35);
    expect(travelMinutesForDistance(35)).toBe(60);
    expect(travelMinutesForDistance(40)).toBe(70);
  });

  it('takes a dealership policy and rejects nonsense', () => {
    expect(travelMinutesForDistance(30, { averageSpeedKmh: 60, minimumMinutes: 10, roundUpToMinutes: 1 })).toBe(30);
    expect(() => travelMinutesForDistance(-1)).toThrow(RangeError);
  });
});
