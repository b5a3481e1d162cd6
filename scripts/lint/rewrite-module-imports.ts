/**
 * `npx tsx scripts/lint/rewrite-module-imports.ts [--check]`: points every import of a module's
 * internal file (from app/, lib/, components/ or another module) at the entry point that re-exports
 * it (modules/<m>/index.ts, server.ts or components.ts), then merges imports of the same entry.
 * Run it after adding an export to an entry point, or after a merge brought new deep imports;
 * `virage/boundaries` (npm run lint) reports what it could not rewrite.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ENTRY_POINTS } from './architecture.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const check = process.argv.includes('--check');

const stripExt = (p: string) => p.replace(/\.(tsx?|mjs|js)$/, '').replace(/\/index$/, '');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir))) {
    const rel = path.posix.join(dir, entry);
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    if (statSync(path.join(root, rel)).isDirectory()) sourceFiles(rel, out);
    else if (/\.tsx?$/.test(entry)) out.push(rel);
  }
  return out;
}

/** internal module path (no extension, no /index) → the entry point that re-exports it. */
function entryMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const module of readdirSync(path.join(root, 'modules'))) {
    for (const entry of ENTRY_POINTS) {
      const rel = `modules/${module}/${entry}.ts`;
      let text: string;
      try {
        text = readFileSync(path.join(root, rel), 'utf8');
      } catch {
        continue;
      }
      const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, false);
      for (const st of sf.statements) {
        if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text.startsWith('.')) {
          const target = stripExt(path.posix.normalize(path.posix.join(`modules/${module}`, st.moduleSpecifier.text)));
          if (!map.has(target)) map.set(target, `@/modules/${module}/${entry === 'index' ? '' : entry}`.replace(/\/$/, ''));
        }
      }
    }
  }
  return map;
}

function rewrite(rel: string, entries: Map<string, string>): { text: string; unresolved: string[] } | null {
  const original = readFileSync(path.join(root, rel), 'utf8');
  const sf = ts.createSourceFile(rel, original, ts.ScriptTarget.Latest, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const fromModule = rel.startsWith('modules/') ? rel.split('/')[1] : null;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const unresolved: string[] = [];
  for (const st of sf.statements) {
    if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const source = st.moduleSpecifier.text;
    const target = source.startsWith('@/') ? source.slice(2) : source.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), source)) : null;
    if (!target?.startsWith('modules/')) continue;
    const module = target.split('/')[1];
    if (module === fromModule) continue;
    const key = stripExt(target);
    if (key.split('/').length <= 2 || ENTRY_POINTS.some((e) => key === `modules/${module}/${e}`)) continue;
    const entry = entries.get(key);
    if (!entry) {
      unresolved.push(`${rel}: ${source}`);
      continue;
    }
    edits.push({ start: st.moduleSpecifier.getStart(sf), end: st.moduleSpecifier.getEnd(), text: `'${entry}'` });
  }
  if (edits.length === 0) return unresolved.length ? { text: original, unresolved } : null;
  let text = original;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text: mergeImports(rel, text), unresolved };
}

/** One import declaration per entry point: `import { a } from 'x'; import { b } from 'x'` → `import { a, b } from 'x'`. */
function mergeImports(rel: string, text: string): string {
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const groups = new Map<string, ts.ImportDeclaration[]>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const clause = st.importClause;
    if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) continue;
    const key = `${clause.isTypeOnly ? 'type ' : ''}${st.moduleSpecifier.text}`;
    groups.set(key, [...(groups.get(key) ?? []), st]);
  }
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const [key, declarations] of groups) {
    if (declarations.length < 2) continue;
    const names = new Set<string>();
    for (const d of declarations) {
      for (const el of (d.importClause!.namedBindings as ts.NamedImports).elements) names.add(el.getText(sf));
    }
    const typeOnly = key.startsWith('type ');
    const specifier = (declarations[0]!.moduleSpecifier as ts.StringLiteral).text;
    edits.push({
      start: declarations[0]!.getStart(sf),
      end: declarations[0]!.getEnd(),
      text: `import ${typeOnly ? 'type ' : ''}{ ${[...names].join(', ')} } from '${specifier}';`,
    });
    for (const d of declarations.slice(1)) edits.push({ start: d.getFullStart(), end: d.getEnd(), text: '' });
  }
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

const entries = entryMap();
let changed = 0;
const unresolved: string[] = [];
for (const dir of ['app', 'lib', 'components', 'modules']) {
  for (const rel of sourceFiles(dir)) {
    const result = rewrite(rel, entries);
    if (!result) continue;
    unresolved.push(...result.unresolved);
    if (result.text !== readFileSync(path.join(root, rel), 'utf8')) {
      changed += 1;
      if (!check) writeFileSync(path.join(root, rel), result.text);
    }
  }
}
console.log(`${check ? 'would rewrite' : 'rewrote'} ${changed} file(s)`);
for (const line of unresolved) console.log(`no entry point re-exports it: ${line}`);
process.exit(check && (changed > 0 || unresolved.length > 0) ? 1 : 0);
