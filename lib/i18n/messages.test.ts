import { readFileSync } from 'node:fs';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { locales } from './config';

type Tree = { [key: string]: string | Tree };

const load = (locale: string) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Argument names, and the plural/select branches that format to nothing. */
function inspect(elements: MessageFormatElement[], found = { args: new Set<string>(), emptyBranches: [] as string[] }) {
  for (const el of elements) {
    if (el.type !== TYPE.literal && el.type !== TYPE.pound && typeof el.value === 'string') found.args.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const [selector, option] of Object.entries(el.options)) {
        if (option.value.length === 0) found.emptyBranches.push(`${el.value}=${selector}`);
        inspect(option.value, found);
      }
    }
    if (el.type === TYPE.tag) inspect(el.children, found);
  }
  return found;
}

const catalogues = Object.fromEntries(locales.map((l) => [l, flatten(load(l))]));
const [reference, ...others] = locales;

describe('message catalogues', () => {
  it.each(others)('%s has exactly the keys of the reference locale', (locale) => {
    expect([...catalogues[locale]!.keys()].sort()).toEqual([...catalogues[reference]!.keys()].sort());
  });

  it.each(locales)('every %s message is valid ICU and no branch is empty', (locale) => {
    const problems: string[] = [];
    for (const [key, message] of catalogues[locale]!) {
      try {
        // An empty branch formats to an array, not a string: next-intl's t() then prints the key instead.
        const { emptyBranches } = inspect(parse(message));
        if (emptyBranches.length > 0) problems.push(`${key}: empty ${emptyBranches.join(', ')}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(others)('%s messages take the same arguments as the reference locale', (locale) => {
    const differing = [...catalogues[reference]!].filter(([key, message]) => {
      const mine = catalogues[locale]!.get(key);
      if (mine === undefined) return false;
      const a = [...inspect(parse(message)).args].sort().join();
      const b = [...inspect(parse(mine)).args].sort().join();
      return a !== b;
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});
