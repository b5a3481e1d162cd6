import { describe, expect, it } from 'vitest';
import { callbackSlots, initialsOf, resumeAfter, sseEvent, withinAdvisorHours } from './rules';
import { ZFollowUp, ZPagePath, ZPostMessage } from './types';

describe('advisor hours (Europe/Paris)', () => {
  it('Monday to Saturday 9:00–19:00, Paris time whatever the server zone', () => {
    expect(withinAdvisorHours(new Date('2026-12-07T08:00:00Z'))).toBe(true); // Monday 9:00 Paris
    expect(withinAdvisorHours(new Date('2026-12-07T07:59:00Z'))).toBe(false);
    expect(withinAdvisorHours(new Date('2026-12-12T17:59:00Z'))).toBe(true); // Saturday 18:59
    expect(withinAdvisorHours(new Date('2026-12-12T18:00:00Z'))).toBe(false);
    expect(withinAdvisorHours(new Date('2026-12-06T10:00:00Z'))).toBe(false); // Sunday
  });

  it('offers callback slots on the hour within hours only', () => {
    const slots = callbackSlots(new Date('2026-12-05T18:30:00Z'), 3); // Saturday 19:30 Paris
    expect(slots.map((s) => s.toISOString())).toEqual(['2026-12-07T08:00:00.000Z', '2026-12-07T09:00:00.000Z', '2026-12-07T10:00:00.000Z']);
  });
});

describe('chat rules', () => {
  it('initials from a name', () => {
    expect(initialsOf('Camille Martin')).toBe('CM');
    expect(initialsOf('élodie')).toBe('É');
    expect(initialsOf('Jean Pierre de la Tour')).toBe('JT');
    expect(initialsOf(null)).toBe('?');
  });

  it('frames SSE events; JSON keeps any newline inside one data line', () => {
    expect(sseEvent({ id: 3, event: 'message', data: { body: 'a\nb' } })).toBe('id: 3\nevent: message\ndata: {"body":"a\\nb"}\n\n');
    expect(sseEvent({ event: 'typing', data: { on: true } })).toBe('event: typing\ndata: {"on":true}\n\n');
  });

  it('resumes from Last-Event-ID first, then ?after=, ignoring garbage', () => {
    expect(resumeAfter('12', '3')).toBe(12);
    expect(resumeAfter(null, '3')).toBe(3);
    expect(resumeAfter('abc', null)).toBe(0);
    expect(resumeAfter('-1', '1e9')).toBe(0);
  });

  it('validates what browsers send', () => {
    expect(ZPostMessage.safeParse({ text: '  ' }).success).toBe(false);
    expect(ZPostMessage.parse({ text: ' <b>hi</b> ' })).toEqual({ text: '<b>hi</b>' });
    expect(ZPagePath.safeParse('//evil.example/x').success).toBe(false);
    expect(ZPagePath.safeParse('javascript:alert(1)').success).toBe(false);
    expect(ZPagePath.safeParse('/configure/horizon?paint=grey').success).toBe(true);
    expect(ZFollowUp.safeParse({ followUp: 'callback', phone: '06 12 34 56 78', at: '2026-12-07T08:00:00Z' }).success).toBe(true);
    expect(ZFollowUp.safeParse({ followUp: 'email', email: 'not-an-email' }).success).toBe(false);
  });
});
