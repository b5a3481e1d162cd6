import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFingerprint, buildInputs } from './build-fingerprint';

let root: string;
const write = (file: string, content: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'virage-fingerprint-'));
  write('package.json', '{}');
  write('package-lock.json', '{"lockfileVersion":3}');
  write('app/page.tsx', 'export default function Page() { return null; }');
  write('modules/catalog/pricing.ts', 'export const x = 1;');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildFingerprint', () => {
  it('is stable while nothing that the build reads changes', () => {
    const before = buildFingerprint(root);
    write('modules/catalog/pricing.test.ts', 'test');
    write('.data/pglite/base', 'x');
    write('node_modules/x/index.js', 'x');
    write('README.md', 'docs');
    expect(buildFingerprint(root)).toBe(before);
  });

  it('changes with a source file, a lockfile rewrite, or a new file', () => {
    const first = buildFingerprint(root);
    write('modules/catalog/pricing.ts', 'export const x = 2;');
    const second = buildFingerprint(root);
    expect(second).not.toBe(first);
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}');
    const third = buildFingerprint(root);
    expect(third).not.toBe(second);
    write('app/new/page.tsx', 'export default function New() { return null; }');
    expect(buildFingerprint(root)).not.toBe(third);
  });

  it('returns to the same value when an edit is undone', () => {
    const before = buildFingerprint(root);
    write('app/page.tsx', 'changed');
    write('app/page.tsx', 'export default function Page() { return null; }');
    expect(buildFingerprint(root)).toBe(before);
  });

  it('tells a renamed file from the original', () => {
    const before = buildFingerprint(root);
    rmSync(path.join(root, 'modules/catalog/pricing.ts'));
    write('modules/catalog/prices.ts', 'export const x = 1;');
    expect(buildFingerprint(root)).not.toBe(before);
    expect(buildInputs(root)).toContain('modules/catalog/prices.ts');
  });
});
