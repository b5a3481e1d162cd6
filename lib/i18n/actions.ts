'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { serverAction } from '@/lib/action';
import { localeCookie, locales } from './config';

/** Stores the chosen language in a cookie so every following page keeps it (an unknown one is ignored). */
export async function switchLocale(formData: FormData): Promise<void> {
  await serverAction({ name: 'i18n.switch', input: z.object({ locale: z.enum(locales) }) }, { locale: formData.get('locale') }, async ({ locale }) => {
    (await cookies()).set(localeCookie, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
    revalidatePath('/', 'layout');
  });
}
