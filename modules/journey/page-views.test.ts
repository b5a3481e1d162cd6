import { describe, expect, it } from 'vitest';
import { measurementOfCookieHeader, pageViewOf, pageViewTouch, ZPageView } from './page-views';

describe('first-party page views', () => {
  it('are the configurator, availability and financing pages, nothing else', () => {
    expect(pageViewOf('/configure/horizon', new URLSearchParams('paint=red'))).toEqual({ step: 'configure', model: 'horizon' });
    expect(pageViewOf('/availability', new URLSearchParams('model=azur'))).toEqual({ step: 'availability', model: 'azur' });
    expect(pageViewOf('/financing', new URLSearchParams('model=<script>'))).toEqual({ step: 'finance', model: null });
    expect(pageViewOf('/account', new URLSearchParams())).toBeNull();
  });

  it('are recorded only when the visitor granted measurement', () => {
    const view = ZPageView.parse({ step: 'configure', model: 'horizon' });
    expect(pageViewTouch(view, false, 'u1')).toBeNull();
    expect(pageViewTouch(view, true, 'u1')).toEqual({ channel: 'web', step: 'configure', modelCode: 'horizon', userId: 'u1' });
    expect(measurementOfCookieHeader('a=1; virage_measure=granted; b=2')).toBe('granted');
    expect(measurementOfCookieHeader('virage_measure=denied')).toBe('denied');
    expect(measurementOfCookieHeader('virage_measure=grantedx')).toBeNull();
    expect(measurementOfCookieHeader(null)).toBeNull();
  });

  it('refuse other steps and extra fields', () => {
    expect(ZPageView.safeParse({ step: 'order' }).success).toBe(false);
    expect(ZPageView.safeParse({ step: 'configure', userId: 'someone-else' }).success).toBe(false);
  });
});
