// Command line of the native schema engine, as the Prisma CLI invokes it.

/** Flags that take a value we accept but do not use. */
const IGNORED_WITH_VALUE = new Set(['--enabled-preview-features', '--extension-types']);

/**
 * @param {string[]} argv
 * @returns {{ kind: 'version' }
 *   | { kind: 'error', message: string }
 *   | { kind: 'cli', command: string, datasource: { url?: string, shadowDatabaseUrl?: string } }
 *   | { kind: 'serve', datamodels: string[], datasource: { url?: string, shadowDatabaseUrl?: string } }}
 */
export function parseArgs(argv) {
  /** @type {string[]} */
  const datamodels = [];
  /** @type {{ url?: string, shadowDatabaseUrl?: string }} */
  let datasource = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-V') return { kind: 'version' };
    if (arg === 'cli') {
      const command = argv[i + 1];
      if (!command) return { kind: 'error', message: 'Missing schema engine cli command.' };
      return { kind: 'cli', command, datasource };
    }
    if (arg === '--datamodels' || arg === '-d') {
      const file = argv[++i];
      if (!file) return { kind: 'error', message: `${arg} needs a file path.` };
      datamodels.push(file);
      continue;
    }
    if (arg === '--datasource') {
      const json = argv[++i];
      try {
        const value = JSON.parse(json ?? '');
        if (typeof value !== 'object' || value === null) throw new Error('not an object');
        datasource = {
          url: typeof value.url === 'string' ? value.url : undefined,
          shadowDatabaseUrl: typeof value.shadowDatabaseUrl === 'string' ? value.shadowDatabaseUrl : undefined,
        };
      } catch (error) {
        return { kind: 'error', message: `--datasource needs a JSON object: ${error instanceof Error ? error.message : String(error)}` };
      }
      continue;
    }
    if (arg !== undefined && IGNORED_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    return { kind: 'error', message: `Unknown schema engine argument: ${arg}` };
  }
  return { kind: 'serve', datamodels, datasource };
}
