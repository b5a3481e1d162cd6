const known = [
  'INVALID_EMAIL_OR_PASSWORD',
  'USER_ALREADY_EXISTS',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'INVALID_EMAIL',
  'TOO_MANY_REQUESTS',
  'NAME_REQUIRED',
  'NAME_TOO_LONG',
  'EMAIL_NOT_VERIFIED',
] as const;
export type AuthErrorKey = (typeof known)[number] | 'generic' | 'signUpFailed';

/** Maps Better Auth's error (code or HTTP status) to one of our translated messages. */
export function authErrorKey(error: { code?: string; status?: number } | null | undefined, fallback: 'generic' | 'signUpFailed' = 'generic'): AuthErrorKey {
  if (!error) return fallback;
  if (error.status === 429) return 'TOO_MANY_REQUESTS';
  const code = error.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' ? 'USER_ALREADY_EXISTS' : error.code;
  return (known as readonly string[]).includes(code ?? '') ? (code as AuthErrorKey) : fallback;
}
