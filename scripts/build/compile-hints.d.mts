// Types of compile-hints.mjs (plain JavaScript so that Next imports the adapter without a compiler).
import type { NextAdapter } from 'next';

export declare const COMPILE_HINT: '//# allFunctionsCalledOnLoad';
export declare function withCompileHint(source: string): string;
export declare function entryChunksOf(code: string): string[];
export declare function startupChunks(distDir: string): Promise<string[]>;
export declare function addCompileHints(distDir: string): Promise<number>;
declare const adapter: NextAdapter & { onBuildComplete: NonNullable<NextAdapter['onBuildComplete']> };
export default adapter;
