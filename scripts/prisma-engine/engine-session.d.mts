/** The subset of the Wasm SchemaEngine the session calls, loosely typed (inputs come from the CLI as JSON). */
export type WasmEngineLike = Record<string, (params?: unknown) => unknown>;

export declare function isKnownMethod(method: string): boolean;

export declare class UnknownMethodError extends Error {
  readonly method: string;
  constructor(method: string);
}

export type EngineSession = { handle(method: string, params: unknown): Promise<unknown> };

export declare function createEngineSession(options: {
  engine: WasmEngineLike;
  mainUrl: string | undefined;
  print: (content: string) => Promise<void>;
}): EngineSession;
