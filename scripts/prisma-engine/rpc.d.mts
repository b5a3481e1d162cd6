export declare const USER_FACING_ERROR_CODE: 4466;
export declare const PARSE_ERROR_CODE: -32700;
export declare const INVALID_REQUEST_CODE: -32600;
export declare const METHOD_NOT_FOUND_CODE: -32601;

export type RpcId = string | number;

export type ParsedMessage =
  | { kind: 'request'; id: RpcId; method: string; params: unknown }
  | { kind: 'notification'; method: string; params: unknown }
  | { kind: 'response'; id: RpcId; result: unknown; error: unknown }
  | { kind: 'invalid'; id: RpcId | null; code: number; message: string };

export type RpcErrorFields = {
  message: string;
  errorCode?: string | null;
  meta?: unknown;
  isPanic?: boolean;
  code?: number;
};

export type RpcErrorResponse = {
  jsonrpc: '2.0';
  id: RpcId | null;
  error: {
    code: number;
    message: string;
    data: { is_panic: boolean; message: string; meta: unknown; error_code: string | null };
  };
};

export declare function parseMessage(line: string): ParsedMessage;
export declare function successResponse(id: RpcId, result: unknown): { jsonrpc: '2.0'; id: RpcId; result: unknown };
export declare function errorResponse(id: RpcId | null, error: RpcErrorFields): RpcErrorResponse;
export declare function methodNotFoundResponse(id: RpcId, method: string): RpcErrorResponse;
export declare function describeError(
  error: unknown,
  panicMessage?: string,
): { message: string; errorCode: string | null; meta: unknown; isPanic: boolean };
export declare function serialize(message: object): string;
export declare function logLine(level: 'INFO' | 'ERROR', message: string, errorCode?: string | null): string;
export declare function splitLines(buffer: string): { lines: string[]; rest: string };
export declare function expandExternalErrors(message: string, lookup: (id: number) => unknown): string;
