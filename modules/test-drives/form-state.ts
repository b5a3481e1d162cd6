export type FormState =
  | { ok: true }
  | { ok: false; reason: string; message: string; fields?: string[]; values?: Record<string, string> }
  | null;
