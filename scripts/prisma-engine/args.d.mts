export type EngineDatasource = { url?: string; shadowDatabaseUrl?: string };

export type EngineArgs =
  | { kind: 'version' }
  | { kind: 'error'; message: string }
  | { kind: 'cli'; command: string; datasource: EngineDatasource }
  | { kind: 'serve'; datamodels: string[]; datasource: EngineDatasource };

export declare function parseArgs(argv: string[]): EngineArgs;
