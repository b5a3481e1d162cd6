// Types of architecture.mjs (plain JavaScript so that eslint.config.mjs loads it without a compiler).
import type { ESLint, Rule } from 'eslint';

export declare const MODULE_DEPENDENCIES: Readonly<Record<string, readonly string[]>>;
export declare const ENTRY_POINTS: readonly string[];
export declare function findCycle(graph: Readonly<Record<string, readonly string[]>>): string[] | null;
export type Placement =
  | { layer: 'app' | 'lib' | 'ui' | 'tooling' }
  | { layer: 'module'; module: string; entry: string | null; kind: 'pure' | 'server' | 'ui' };
export declare function classify(rel: string): Placement;
declare const plugin: ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']> & { boundaries: Rule.RuleModule } };
export default plugin;
