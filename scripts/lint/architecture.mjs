// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Virage's import boundaries, as one ESLint rule (`virage/boundaries`). Written for this layout
 * rather than configured in eslint-plugin-boundaries: the rules are five, they read in one page
 * (modules/README.md says the same in prose), and the module graph below is the architecture itself.
 *
 * - `app/`, `lib/`, `components/` and other modules reach a module only through its entry points:
 *   `modules/<m>/index.ts` (pure), `server.ts` (server only), `components.ts` (React components).
 *   A module's own files (its tests included) import each other freely.
 * - A module imports another module only if MODULE_DEPENDENCIES says so; that graph must stay
 *   acyclic, so the modules can be read, tested and replaced bottom-up.
 * - `lib/` and `components/` are below every module: they never import `modules/` or `app/`.
 * - A module's pure files (everything outside `server/`, `components/`, `*.tsx`, `server.ts`,
 *   `components.ts`, `actions.ts`, and not marked `'use client'`, `'use server'` or
 *   `import 'server-only'`) import no framework, no database and none of those files, so
 *   `index.ts` stays usable from client components, tests and scripts. `import type` is exempt:
 *   it is erased at compile time; so are tests.
 * - `server.ts` starts with `import 'server-only'`, so a client component cannot pull it in.
 *
 * Tooling (scripts/, prisma/, bench/, e2e/, test/) and tests outside modules/ are not checked:
 * they seed and measure internals and are not shipped.
 */

/** Which modules each module may import (through their entry points). Keep it acyclic. */
export const MODULE_DEPENDENCIES = {
  geo: [],
  legal: [],
  admin: [],
  customers: ['journey'],
  documents: [],
  journey: [],
  surveys: [],
  catalog: ['journey'],
  finance: ['catalog', 'documents'],
  availability: ['catalog', 'geo', 'journey'],
  'test-drives': ['catalog', 'geo', 'journey', 'surveys'],
  payments: [],
  orders: ['catalog', 'finance', 'payments', 'documents', 'journey', 'test-drives', 'geo'],
  showroom: ['journey', 'catalog', 'availability', 'test-drives', 'orders', 'documents'],
  chat: ['availability', 'catalog', 'finance', 'orders', 'test-drives', 'journey', 'surveys'],
};

export const ENTRY_POINTS = ['index', 'server', 'components'];

/** Packages and project paths a pure module file must not import (framework, database, server). */
const IMPURE_IMPORTS = [
  /^server-only$/,
  /^client-only$/,
  /^next($|\/)/,
  /^next-intl($|\/)/,
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@prisma\//,
  /^pg$/,
  /^better-auth($|\/)/,
];
// Besides these, any lib/ or module file that begins with `import 'server-only'` or 'use server'.
const IMPURE_PROJECT_PATHS = [/^lib\/(db|prisma|auth|session|action)(\.ts)?$/, /^lib\/(http|jobs)\//, /^generated\//];

/** @param {Record<string, readonly string[]>} graph @returns {string[] | null} a cycle, or null */
export function findCycle(graph) {
  const state = new Map();
  /** @type {string[]} */
  const stack = [];
  /** @param {string} node @returns {string[] | null} */
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph[node] ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of Object.keys(graph)) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return null;
}

/**
 * Where a project file sits in the architecture.
 * @param {string} rel path relative to the project root, `/`-separated, without extension changes
 */
export function classify(rel) {
  const parts = rel.split('/');
  const top = parts[0];
  if (top === 'app') return { layer: 'app' };
  if (top === 'lib') return { layer: 'lib' };
  if (top === 'components') return { layer: 'ui' };
  if (top === 'modules' && parts.length >= 3) {
    const module = parts[1] ?? '';
    const inner = parts.slice(2).join('/');
    const bare = inner.replace(/\.(tsx?|mjs|js)$/, '');
    const entry = ENTRY_POINTS.includes(bare) ? bare : null;
    const kind =
      bare === 'server' || bare === 'actions' || /(^|\/)(server|actions)(\/|$)/.test(bare)
        ? 'server'
        : bare === 'components' || /(^|\/)components\//.test(inner) || inner.endsWith('.tsx')
          ? 'ui'
          : 'pure';
    return { layer: 'module', module, entry, kind };
  }
  if (top === 'modules' && parts.length === 2) {
    // `@/modules/catalog` resolves to its index.ts.
    return { layer: 'module', module: (parts[1] ?? '').replace(/\.(tsx?)$/, ''), entry: 'index', kind: 'pure' };
  }
  return { layer: 'tooling' };
}

/** @param {string} rel */
const isTest = (rel) => /\.(test|spec)\.tsx?$/.test(rel);

const headCache = new Map();
/**
 * The directive or guard a file begins with ('server-only', 'use server', 'use client'), read from
 * disk for import targets: a back-office file marked `import 'server-only'` is server code wherever it sits.
 * @param {string} root @param {string} rel path without extension
 */
function markerOf(root, rel) {
  const key = `${root}\0${rel}`;
  if (headCache.has(key)) return headCache.get(key);
  let marker = null;
  for (const candidate of [rel, `${rel}.ts`, `${rel}.tsx`, `${rel}/index.ts`]) {
    try {
      marker = markerIn(readFileSync(path.join(root, candidate), 'utf8').slice(0, 400));
      break;
    } catch {
      // not this spelling of the path
    }
  }
  headCache.set(key, marker);
  return marker;
}

/** @param {string} head the first lines of a file */
function markerIn(head) {
  const code = head.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, '');
  if (/^['"]use server['"]/.test(code)) return 'server';
  if (/^['"]use client['"]/.test(code)) return 'ui';
  if (/^import\s+['"]server-only['"]/m.test(head)) return 'server';
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Virage's import boundaries between app/, lib/, components/ and modules/ (see modules/README.md)" },
    schema: [],
    messages: {
      internal: "Import '{{source}}' through modules/{{module}}/{{entries}} (a module's internals are private).",
      moduleEdge: "modules/{{from}} may not import modules/{{to}}: add the edge to MODULE_DEPENDENCIES in scripts/lint/architecture.mjs if it keeps the graph acyclic, or move the code.",
      lowerLayer: "{{layer}}/ is below the modules and routes: it may not import '{{source}}' (invert the dependency: a registration hook, or move the code).",
      impure: "A pure module file may not import '{{source}}' at run time (framework, database or server code): move this code under server/ or components/, or use `import type`.",
      serverOnly: "A module's server.ts must begin with `import 'server-only';` so that client code cannot import it.",
      appFromModule: "Nothing outside app/ imports a route file ('{{source}}').",
    },
  },
  create(context) {
    const root = context.cwd;
    const filename = context.filename;
    const rel = path.relative(root, filename).split(path.sep).join('/');
    if (rel.startsWith('..')) return {};
    const from = classify(rel);
    // Tests outside modules/ (lib's DB tests) build their world with module fixtures: they are tooling.
    if (from.layer === 'tooling' || (from.layer !== 'module' && isTest(rel))) return {};
    // Tests exercise whatever they test: only the module graph and the entry points apply to them.
    const ownMarker = markerIn(context.sourceCode.text.slice(0, 400));
    const pure = from.layer === 'module' && from.kind === 'pure' && !ownMarker && !isTest(rel);

    /** @param {string} source */
    const resolve = (source) => {
      if (source.startsWith('@/')) return source.slice(2);
      if (source.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(rel), source));
      return null;
    };

    /** @param {import('estree').Node} node @param {string} source @param {boolean} typeOnly */
    const check = (node, source, typeOnly) => {
      const target = resolve(source);
      if (target === null) {
        if (pure && !typeOnly && IMPURE_IMPORTS.some((re) => re.test(source))) {
          context.report({ node, messageId: 'impure', data: { source } });
        }
        return;
      }
      const to = classify(target);
      // Tests may call a route handler directly (the API tests do).
      if (to.layer === 'app' && from.layer !== 'app' && !isTest(rel)) {
        context.report({ node, messageId: 'appFromModule', data: { source } });
        return;
      }
      if ((from.layer === 'lib' || from.layer === 'ui') && to.layer === 'module') {
        context.report({ node, messageId: 'lowerLayer', data: { layer: from.layer === 'lib' ? 'lib' : 'components', source } });
        return;
      }
      if (pure && !typeOnly) {
        const impureProjectFile = IMPURE_PROJECT_PATHS.some((re) => re.test(target));
        const impureModuleFile = to.layer === 'module' && to.kind !== 'pure';
        const marked = (to.layer === 'module' || to.layer === 'lib') && markerOf(root, target) === 'server';
        if (impureProjectFile || impureModuleFile || marked) {
          context.report({ node, messageId: 'impure', data: { source } });
          return;
        }
      }
      if (to.layer !== 'module') return;
      const sameModule = from.layer === 'module' && from.module === to.module;
      if (sameModule) return;
      if (from.layer === 'module' && !(MODULE_DEPENDENCIES[from.module] ?? []).includes(to.module)) {
        context.report({ node, messageId: 'moduleEdge', data: { from: from.module, to: to.module } });
        return;
      }
      if (!to.entry) {
        context.report({ node, messageId: 'internal', data: { source, module: to.module, entries: '{index,server,components}.ts' } });
      }
    };

    /** @param {any} node */
    const fromDeclaration = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const typeOnly =
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (node.type === 'ImportDeclaration' && node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
      check(node.source, node.source.value, typeOnly);
    };

    return {
      ImportDeclaration: fromDeclaration,
      ExportNamedDeclaration: fromDeclaration,
      ExportAllDeclaration: fromDeclaration,
      ImportExpression(node) {
        if (node.source.type === 'Literal' && typeof node.source.value === 'string') check(node.source, node.source.value, false);
      },
      Program(node) {
        if (from.layer !== 'module' || from.entry !== 'server' || isTest(rel)) return;
        const first = node.body.find((statement) => statement.type === 'ImportDeclaration');
        if (!first || first.type !== 'ImportDeclaration' || first.source.value !== 'server-only') {
          context.report({ node, messageId: 'serverOnly' });
        }
      },
    };
  },
};

const cycle = findCycle(MODULE_DEPENDENCIES);
if (cycle) throw new Error(`MODULE_DEPENDENCIES has a cycle: ${cycle.join(' → ')}`);

export default { meta: { name: 'virage' }, rules: { boundaries } };
