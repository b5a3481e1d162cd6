// What a back-office form action hands back to its form (serializable; shared with client code).
export type FormState = {
  status: 'idle' | 'ok' | 'error';
  /** Summary shown above the form, already in the user's language. */
  message?: string;
  /** Field name → translated error. */
  fieldErrors?: Record<string, string>;
  /** Bumped on every submission so the form can re-announce the same message. */
  at?: number;
};

export const idleForm: FormState = { status: 'idle' };

/** Reads a FormData into a plain object (last value wins; nested names "hours.mon" become objects). */
export function formObject(data: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of data.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    const [head, tail] = key.split('.', 2);
    if (!head) continue;
    if (tail) {
      const nested = out[head];
      const target = typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>) : {};
      target[tail] = value;
      out[head] = target;
    } else out[head] = value;
  }
  return out;
}
