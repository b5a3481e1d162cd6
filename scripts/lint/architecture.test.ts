import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import virage, { classify, findCycle, MODULE_DEPENDENCIES } from './architecture.mjs';

// RuleTester reports through the test framework's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;

const root = path.resolve(import.meta.dirname, '../..');
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });
const at = (file: string) => path.join(root, file);
const rule = virage.rules.boundaries;

describe('MODULE_DEPENDENCIES', () => {
  it('is acyclic, and the cycle finder sees a cycle when there is one', () => {
    expect(findCycle(MODULE_DEPENDENCIES)).toBeNull();
    expect(findCycle({ catalog: ['finance'], finance: ['catalog'] })).toEqual(['catalog', 'finance', 'catalog']);
    expect(findCycle({ a: ['b'], b: ['c'], c: ['a'], d: [] })).toEqual(['a', 'b', 'c', 'a']);
  });

  it('names only modules that exist in the graph', () => {
    const known = new Set(Object.keys(MODULE_DEPENDENCIES));
    for (const targets of Object.values(MODULE_DEPENDENCIES)) for (const t of targets) expect(known.has(t)).toBe(true);
  });
});

describe('classify', () => {
  it('tells entry points, server, UI and pure module files apart', () => {
    expect(classify('modules/catalog/index.ts')).toMatchObject({ layer: 'module', module: 'catalog', entry: 'index', kind: 'pure' });
    expect(classify('modules/catalog/server.ts')).toMatchObject({ entry: 'server', kind: 'server' });
    expect(classify('modules/catalog/components.ts')).toMatchObject({ entry: 'components', kind: 'ui' });
    expect(classify('modules/catalog/server/quote.ts')).toMatchObject({ entry: null, kind: 'server' });
    expect(classify('modules/catalog/configurator/Summary.tsx')).toMatchObject({ entry: null, kind: 'ui' });
    expect(classify('modules/catalog/pricing.ts')).toMatchObject({ entry: null, kind: 'pure' });
    expect(classify('modules/catalog')).toMatchObject({ module: 'catalog', entry: 'index' });
    expect(classify('lib/db.ts').layer).toBe('lib');
    expect(classify('scripts/start.ts').layer).toBe('tooling');
  });
});

tester.run('virage/boundaries', rule, {
  valid: [
    { filename: at('app/page.tsx'), code: "import { catalogue } from '@/modules/catalog';" },
    { filename: at('app/page.tsx'), code: "import { quoteExact } from '@/modules/catalog/server';" },
    { filename: at('app/page.tsx'), code: "import { Configurator } from '@/modules/catalog/components';" },
    { filename: at('modules/catalog/server/quote.ts'), code: "import { priceConfiguration } from '../pricing';" },
    { filename: at('modules/catalog/pricing.test.ts'), code: "import { x } from './server/quote';" },
    { filename: at('modules/finance/server/financing.ts'), code: "import { catalogue } from '@/modules/catalog';" },
    { filename: at('modules/catalog/pricing.ts'), code: "import type { Viewer } from '@/lib/session';" },
    { filename: at('modules/catalog/pricing.ts'), code: "import { z } from 'zod';" },
    { filename: at('modules/catalog/server.ts'), code: "import 'server-only';\nexport { quoteExact } from './server/quote';" },
    { filename: at('lib/auth.ts'), code: "import { database } from './db';" },
    { filename: at('scripts/seed.ts'), code: "import { catalogue } from '../modules/catalog/data';" },
  ],
  invalid: [
    { filename: at('app/page.tsx'), code: "import { quoteExact } from '@/modules/catalog/server/quote';", errors: [{ messageId: 'internal' }] },
    { filename: at('app/page.tsx'), code: "import type { Quote } from '@/modules/catalog/server/quote';", errors: [{ messageId: 'internal' }] },
    { filename: at('app/page.tsx'), code: "const m = await import('@/modules/catalog/data');", errors: [{ messageId: 'internal' }] },
    { filename: at('modules/finance/server/x.ts'), code: "import { catalogue } from '@/modules/catalog/data';", errors: [{ messageId: 'internal' }] },
    { filename: at('modules/catalog/server/x.ts'), code: "import { financeError } from '@/modules/finance';", errors: [{ messageId: 'moduleEdge' }] },
    { filename: at('modules/catalog/x.test.ts'), code: "import { financeError } from '@/modules/finance/errors';", errors: [{ messageId: 'moduleEdge' }] },
    { filename: at('lib/auth.ts'), code: "import { merge } from '@/modules/customers/server';", errors: [{ messageId: 'lowerLayer' }] },
    { filename: at('components/ui/x.tsx'), code: "import { Configurator } from '@/modules/catalog/components';", errors: [{ messageId: 'lowerLayer' }] },
    { filename: at('modules/catalog/server/x.ts'), code: "import Page from '@/app/page';", errors: [{ messageId: 'appFromModule' }] },
    { filename: at('modules/catalog/pricing.ts'), code: "import { headers } from 'next/headers';", errors: [{ messageId: 'impure' }] },
    { filename: at('modules/test-drives/flow.ts'), code: "import { listFleet } from './back-office/fleet';", errors: [{ messageId: 'impure' }] },
    { filename: at('modules/catalog/pricing.ts'), code: "import { cache } from 'react';", errors: [{ messageId: 'impure' }] },
    { filename: at('modules/catalog/pricing.ts'), code: "import { database } from '@/lib/db';", errors: [{ messageId: 'impure' }] },
    { filename: at('modules/catalog/index.ts'), code: "export { quoteExact } from './server/quote';", errors: [{ messageId: 'impure' }] },
    { filename: at('modules/catalog/server.ts'), code: "export { quoteExact } from './server/quote';", errors: [{ messageId: 'serverOnly' }] },
  ],
});
