import type { Configuration, Household } from '../types';
import { encodeConfiguration } from '../url-encode';

export type NextStep = 'availability' | 'financing' | 'testDrive' | 'order';

/**
 * Where a buyer goes next with a car, from wherever it is shown (configurator summary, saved
 * configuration, garage, compare): each step receives the exact car. Ordering starts from a saved
 * code (the order snapshots that car), so it is offered only when the car has one.
 */
export function nextStepHrefs(configuration: Configuration, savedCode?: string, household: Household = 'standard'): Array<{ step: NextStep; href: string }> {
  const car = encodeConfiguration(configuration);
  // The household the buyer chose for the aid goes on to /financing (its `hh`), which prices alike.
  const hh = household === 'standard' ? '' : `&hh=${household}`;
  const steps: Array<{ step: NextStep; href: string }> = [
    { step: 'availability', href: `/availability?${car}` },
    { step: 'financing', href: `/financing?${car}${hh}` },
    { step: 'testDrive', href: `/test-drive?model=${encodeURIComponent(configuration.model)}&trim=${encodeURIComponent(configuration.trim)}` },
  ];
  if (savedCode) steps.push({ step: 'order', href: `/checkout?config=${encodeURIComponent(savedCode)}` });
  return steps;
}
