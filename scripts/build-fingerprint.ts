import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What `next build` reads, so the launcher rebuilds exactly when one of them changed. A content hash
 * rather than "git HEAD and a clean tree": a tree that `npm install` touched, an archive without
 * .git, or an edit undone must not cost a rebuild at every start (nor hide a change).
 */
export const BUILD_INPUT_DIRS = ['app', 'components', 'lib', 'modules', 'messages', 'public', 'prisma'] as const;
export const BUILD_INPUT_FILES = [
  'package.json',
  'package-lock.json',
  'next.config.ts',
  // The build adapter next.config.ts names: it rewrites the start-up chunks after each build.
  'scripts/build/compile-hints.mjs',
  'tsconfig.json',
  'postcss.config.mjs',
  'instrumentation.ts',
  'middleware.ts',
  'proxy.ts',
] as const;

// Tests, seeds' scratch output and editor litter are not part of the bundle.
const IGNORED = /(^|\/)(node_modules|\.next|\.data|generated)(\/|$)|\.(test|spec)\.tsx?$|(^|\/)\.DS_Store$/;

function walk(root: string, relative: string, out: string[]): void {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return;
  if (!statSync(absolute).isDirectory()) {
    out.push(relative);
    return;
  }
  for (const entry of readdirSync(absolute)) {
    const child = path.posix.join(relative, entry);
    if (!IGNORED.test(child)) walk(root, child, out);
  }
}

/** The sorted list of files whose content makes up the fingerprint (paths relative to root, `/`-separated). */
export function buildInputs(root: string): string[] {
  const files: string[] = [];
  for (const entry of [...BUILD_INPUT_DIRS, ...BUILD_INPUT_FILES]) walk(root, entry, files);
  return files.sort();
}

/** sha256 over every input's path and content: equal fingerprints mean an equal build. */
export function buildFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of buildInputs(root)) {
    hash.update(file).update('\0');
    hash.update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}
