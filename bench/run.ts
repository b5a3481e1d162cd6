import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordBench, type BenchRun } from './lib';

// Each bench/<name>.bench.ts default-exports a BenchRun; `npm run bench -- <name>` runs one.
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const dir = import.meta.dirname;
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const name of wanted.length ? wanted : available) {
  const mod = (await import(pathToFileURL(path.join(dir, `${name}.bench.ts`)).href)) as { default: BenchRun };
  try {
    recordBench(name, await mod.default());
  } catch (err) {
    failed = true;
    console.error(`bench ${name} failed:`, err);
  }
}
process.exit(failed ? 1 : 0);
