import { describe, expect, it } from 'vitest';
import { catalogue } from '../data';
import { defaultConfiguration } from '../normalize';
import { configurationFromParams } from '../url';
import { nextStepHrefs } from './next-steps';

describe('next steps for a car', () => {
  const car = { ...defaultConfiguration(catalogue, 'horizon'), paint: 'bleu-abysse' };

  it('hands the exact car to availability and financing, and its model and trim to the test drive', () => {
    const steps = Object.fromEntries(nextStepHrefs(car).map((s) => [s.step, s.href]));
    for (const page of ['availability', 'financing'] as const) {
      const url = new URL(steps[page]!, 'http://x');
      expect(url.pathname).toBe(`/${page}`);
      const read = configurationFromParams(catalogue, url.searchParams);
      expect(read.ok && read.configuration).toEqual(car);
    }
    expect(steps.testDrive).toBe(`/test-drive?model=horizon&trim=${car.trim}`);
  });

  it('offers ordering only for a saved car, by its code', () => {
    expect(nextStepHrefs(car).map((s) => s.step)).not.toContain('order');
    expect(nextStepHrefs(car, 'AB12CD').find((s) => s.step === 'order')?.href).toBe('/checkout?config=AB12CD');
    // The household chosen for the aid goes on to /financing.
    expect(nextStepHrefs(car, undefined, 'modest').find((s) => s.step === 'financing')?.href).toMatch(/^\/financing\?.+&hh=modest$/);
    expect(nextStepHrefs(car).find((s) => s.step === 'financing')?.href).not.toContain('hh=');
  });
});
