import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The framework's floor: a bare Next.js App Router page (the project's own Next, React and
 * build, no layout components, no CSS, the same twelve paragraphs of legal text) built in a
 * temporary folder and served by `next start`. What Lighthouse gives it on this machine is the
 * best any page of the site could score here (issue #14 §3).
 */

const root = path.resolve(import.meta.dirname, '..', '..');

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-next-baseline', private: true, type: 'module' }),
  // The project's node_modules is linked from outside the folder: let Turbopack resolve it.
  'next.config.mjs': "export default { turbopack: { root: '/' }, outputFileTracingRoot: '/' };\n",
  'app/layout.tsx': 'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html lang="fr"><body>{children}</body></html>;\n}\n',
  'app/page.tsx': [
    'export default function Page() {',
    '  const text = "Virage SAS, société par actions simplifiée au capital de 100 000 euros, immatriculée au RCS de Lyon. Directeur de la publication : la présidente. Hébergeur : Virage.";',
    '  return <main><h1>Mentions légales</h1>{Array.from({ length: 12 }, (_, i) => <p key={i}>{text}</p>)}</main>;',
    '}',
    '',
  ].join('\n'),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'preserve', strict: true, module: 'esnext', moduleResolution: 'bundler', esModuleInterop: true, skipLibCheck: true, noEmit: true, isolatedModules: true, allowJs: true, incremental: false, lib: ['dom', 'esnext'], plugins: [{ name: 'next' }] }, include: ['**/*.ts', '**/*.tsx'] }),
};

export async function startBareNext(port: number): Promise<{ url: string; stop: () => void }> {
  const dir = path.join(tmpdir(), 'virage-bare-next');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  execFileSync(process.execPath, [next, 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const server: ChildProcess = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
