import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientNamespacesOf, routeFiles } from './client-graph';
import { ROOT_CLIENT_NAMESPACES, SEGMENT_CLIENT_NAMESPACES, covers, pickMessages, type ClientSegment } from './client-namespaces';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';

const root = path.resolve(import.meta.dirname, '..', '..');

/** What a route file's client components receive: its top-level segment's list when that segment's layout sends one. */
function provided(routeFile: string): { by: string; namespaces: readonly string[] } {
  const segment = routeFile.split(path.sep)[1];
  const layout = segment ? path.join(root, 'app', segment, 'layout.tsx') : '';
  if (segment && segment in SEGMENT_CLIENT_NAMESPACES && existsSync(layout) && readFileSync(layout, 'utf8').includes(`segmentLayout('${segment}')`)) {
    return { by: `app/${segment}/layout.tsx`, namespaces: SEGMENT_CLIENT_NAMESPACES[segment as ClientSegment] };
  }
  return { by: 'app/layout.tsx', namespaces: ROOT_CLIENT_NAMESPACES };
}

describe('client messages per route', () => {
  const routes = routeFiles(root);

  it('finds the routes and what their client components ask for', () => {
    expect(routes).toContain(path.join('app', 'configure', '[model]', 'page.tsx'));
    // The configurator's own texts come from its client components: the walk must see them.
    expect(clientNamespacesOf(root, 'app/configure/[model]/page.tsx').namespaces).toContain('configurator');
    expect(clientNamespacesOf(root, 'app/layout.tsx').namespaces).toContain('chat');
    // Through a module's entry point only the imported component counts: the sign-in page does not need the dealer's texts.
    expect([...clientNamespacesOf(root, 'app/sign-in/page.tsx').namespaces].some((ns) => ns.startsWith('dealer'))).toBe(false);
  });

  it.each(routes)('%s: every namespace its client components use is sent', (file) => {
    const { by, namespaces } = provided(file);
    const missing = [...clientNamespacesOf(root, file).namespaces].filter((ns) => !covers(namespaces, ns));
    expect(missing, `add to ${by}'s list in lib/i18n/client-namespaces.ts`).toEqual([]);
  });

  it('each segment list belongs to a layout that sends it', () => {
    for (const segment of Object.keys(SEGMENT_CLIENT_NAMESPACES)) {
      expect(readFileSync(path.join(root, 'app', segment, 'layout.tsx'), 'utf8')).toContain(`segmentLayout('${segment}')`);
    }
  });

  it('every namespace sent exists in French and English', () => {
    for (const ns of [...ROOT_CLIENT_NAMESPACES, ...Object.values(SEGMENT_CLIENT_NAMESPACES).flat()]) {
      for (const catalogue of [fr, en]) expect(Object.keys(pickMessages(catalogue, [ns])), ns).not.toHaveLength(0);
    }
  });
});

describe('pickMessages', () => {
  const catalogue = { a: { b: 'B', c: { d: 'D', e: 'E' } }, f: 'F', g: { h: 'H' } };

  it('keeps only the named branches, whole or in part', () => {
    expect(pickMessages(catalogue, ['a.c.d', 'f'])).toEqual({ a: { c: { d: 'D' } }, f: 'F' });
    expect(pickMessages(catalogue, ['g'])).toEqual({ g: { h: 'H' } });
  });

  it('a namespace and one inside it give the branch once, and the catalogue is not written into', () => {
    const before = structuredClone(catalogue);
    expect(pickMessages(catalogue, ['a', 'a.c.d'])).toEqual({ a: catalogue.a });
    expect(pickMessages(catalogue, ['a.c.d', 'a.b'])).toEqual({ a: { b: 'B', c: { d: 'D' } } });
    expect(catalogue).toEqual(before);
  });

  it('ignores namespaces that do not exist', () => {
    expect(pickMessages(catalogue, ['x.y', 'a.z'])).toEqual({ a: {} });
  });

  it('covers a namespace by itself or by a parent, never by a sibling or an empty name', () => {
    expect(covers(['orders'], 'orders.errors')).toBe(true);
    expect(covers(['orders.errors'], 'orders.errors')).toBe(true);
    expect(covers(['orders.errors'], 'orders')).toBe(false);
    expect(covers(['order'], 'orders.errors')).toBe(false);
    expect(covers(['orders'], '')).toBe(false);
  });
});
