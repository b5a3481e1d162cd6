'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { isLocale, localeCookie } from './config';

/** Stores the chosen language in a cookie so every following page keeps it. */
export async function switchLocale(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  revalidatePath('/', 'layout');
}
