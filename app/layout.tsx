import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChatLauncherSlot } from '@/components/layout/chat-launcher-slot';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { ZodJitless } from '@/components/layout/zod-jitless';
import { ConsentBanner } from '@/modules/journey/components';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: '%s · Virage' }, description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ZodJitless />
        <NextIntlClientProvider>
          <Header />
          <main id="main" className="flex-1">
            {children}
          </main>
          <Footer />
          <ChatLauncherSlot />
          <ConsentBanner />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
