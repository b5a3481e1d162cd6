export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  const config = env();
  if (config.VIRAGE_WORKERS === 'on') {
    const { startWorkers } = await import('./lib/jobs/workers');
    await startWorkers();
  }
}
