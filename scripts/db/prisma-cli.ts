import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const ENGINE_STAND_IN = path.join(PROJECT_ROOT, 'scripts/prisma-engine/schema-engine.mjs');

export type PrismaCliRun = { code: number; output: string };

export type PrismaCliOptions = {
  cwd?: string;
  /** Replaces these variables in the inherited environment; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Copy the CLI's output to ours as it comes (it is captured either way). */
  echo?: boolean;
  /** Let the CLI prompt on our terminal (migrate dev asks before data loss). */
  interactive?: boolean;
};

/** Runs the stock `prisma` CLI of node_modules with the Wasm schema engine stand-in. */
export function runPrismaCli(args: string[], { cwd = PROJECT_ROOT, env = {}, echo = false, interactive = false }: PrismaCliOptions = {}): Promise<PrismaCliRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? ENGINE_STAND_IN };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const cli = require.resolve('prisma/build/index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: childEnv, stdio: [interactive ? 'inherit' : 'ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A database URL fit for messages: the password masked. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparsable database URL>';
  }
}

/** Whether this module is the script node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && path.resolve(entry) === path.resolve(new URL(moduleUrl).pathname);
}
