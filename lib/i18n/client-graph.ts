import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Which message namespaces the browser needs for one route file: the `useTranslations('…')` calls
 * of every module that runs on the client (a file marked 'use client' and everything it imports,
 * static or dynamic), found by following imports from the route file. Server-only modules are
 * walked through, not counted: their texts are rendered on the server. A module's public entry
 * point (a file of re-exports only) is followed for the names imported from it, as the bundler
 * does, so importing one component from a module does not count the whole module.
 * Used by client-namespaces.test.ts: each route's client messages must cover what it asks for.
 */

type Wanted = ReadonlySet<string> | 'all';
type Edge = { spec: string; names: Wanted; reexport: boolean };

const EXTENSIONS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];
const HOOK = /useTranslations\(\s*(?:'([^']*)'|"([^"]*)")?\s*\)/g;
const STATIC = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importedNames(clause: string, kind: 'import' | 'export'): Wanted {
  const braces = /\{([^}]*)\}/.exec(clause);
  const names = new Set<string>();
  if (clause.includes('*')) return 'all';
  if (braces) {
    for (const part of braces[1]!.split(',')) {
      const item = part.trim().replace(/^type\s+/, '');
      if (!item || part.trim().startsWith('type ')) continue;
      // import { a as b }: the module's name is a; export { a as b } from: the module's name is a too.
      names.add(item.split(/\s+as\s+/)[0]!.trim());
    }
  }
  const beforeBraces = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
  if (kind === 'import' && beforeBraces) names.add('default');
  return names;
}

function edgesOf(source: string): Edge[] {
  const edges: Edge[] = [];
  for (const m of source.matchAll(STATIC)) {
    if (m[2]) continue; // type-only: never reaches the browser
    const kind = m[1] as 'import' | 'export';
    edges.push({ spec: m[4]!, names: importedNames(m[3]!, kind), reexport: kind === 'export' });
  }
  for (const m of source.matchAll(BARE)) edges.push({ spec: m[1]!, names: 'all', reexport: false });
  for (const m of source.matchAll(DYNAMIC)) edges.push({ spec: m[1]!, names: 'all', reexport: false });
  return edges;
}

/** A file of re-exports only (a module's public entry point): comments, `export … from` and blank lines. */
function isBarrel(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const statements = code.split(';').map((s) => s.trim()).filter(Boolean);
  return statements.length > 0 && statements.every((s) => /^export\s[\s\S]*\sfrom\s*['"][^'"]+['"]$/.test(s));
}

function declares(source: string, names: ReadonlySet<string>): boolean {
  for (const name of names) {
    if (name === 'default' && /export\s+default\s/.test(source)) return true;
    const decl = new RegExp(`export\\s+(?:async\\s+)?(?:function\\*?|const|let|class)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`);
    if (decl.test(source)) return true;
  }
  return false;
}

function resolve(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null; // a package: its messages are not ours
  if (existsSync(base) && statSync(base).isFile()) return /\.(tsx?)$/.test(base) ? base : null;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

function isClientDirective(source: string): boolean {
  return /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(source);
}

export type ClientNeeds = { namespaces: Set<string>; clientFiles: Set<string> };

/** Namespaces asked for by client code reachable from `entry`; `useTranslations()` with no namespace counts as ''. */
export function clientNamespacesOf(root: string, entry: string): ClientNeeds {
  const namespaces = new Set<string>();
  const clientFiles = new Set<string>();
  const visited = new Map<string, boolean>(); // whole file visited → in client context
  const cache = new Map<string, string>();
  const read = (file: string) => cache.get(file) ?? (cache.set(file, readFileSync(file, 'utf8')), cache.get(file)!);
  const stack: { file: string; client: boolean; names: Wanted; viaReexport: boolean }[] = [
    { file: path.resolve(root, entry), client: false, names: 'all', viaReexport: false },
  ];
  while (stack.length > 0) {
    const { file, client: inherited, names, viaReexport } = stack.pop()!;
    const source = read(file);
    const client = inherited || isClientDirective(source);
    if (names !== 'all' && isBarrel(source)) {
      for (const edge of edgesOf(source)) {
        const target = resolve(root, file, edge.spec);
        if (!target) continue;
        if (edge.names === 'all') stack.push({ file: target, client, names, viaReexport: true });
        else {
          const picked = new Set([...edge.names].filter((n) => names.has(n)));
          if (picked.size > 0) stack.push({ file: target, client, names: picked, viaReexport: true });
        }
      }
      continue;
    }
    // Reached through `export * from`: only a file that declares a wanted name is part of the import.
    if (viaReexport && names !== 'all' && !declares(source, names)) continue;
    const previous = visited.get(file);
    if (previous === true || (previous === false && !client)) continue;
    visited.set(file, client);
    if (client) {
      clientFiles.add(path.relative(root, file));
      for (const m of source.matchAll(HOOK)) namespaces.add(m[1] ?? m[2] ?? '');
    }
    for (const edge of edgesOf(source)) {
      const target = resolve(root, file, edge.spec);
      if (target) stack.push({ file: target, client, names: edge.names, viaReexport: false });
    }
  }
  return { namespaces, clientFiles };
}

const ROUTE_FILE = /^(page|layout|error|not-found|forbidden|template|loading|global-error)\.tsx$/;

/** Every route file under app/ (pages, layouts and the special files) that renders React. */
export function routeFiles(root: string, dir = 'app'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir)).sort()) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...routeFiles(root, rel));
    else if (ROUTE_FILE.test(name)) out.push(rel);
  }
  return out;
}
