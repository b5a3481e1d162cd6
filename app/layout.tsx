import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { ClientMessages } from '@/components/layout/client-messages';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { ZodJitless } from '@/components/layout/zod-jitless';
import { MEASUREMENT_COOKIE, parseMeasurementChoice } from '@/modules/journey';
import { ConsentBanner, PageViewBeacon } from '@/modules/journey/components';
import { ChatLauncher, PhoneChatButton } from '@/modules/chat/components';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: '%s · Virage' }, description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const measurement = parseMeasurementChoice((await cookies()).get(MEASUREMENT_COOKIE)?.value);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ZodJitless />
        <ClientMessages>
          <ConsentBanner initial={measurement} />
          <PageViewBeacon />
          <Header phoneChat={<PhoneChatButton />} />
          <main id="main" className="flex-1">
            {children}
          </main>
          <Footer />
          {/* The launcher reads the page's query (the configurator's car): a client boundary of its own. */}
          <Suspense fallback={null}>
            <ChatLauncher />
          </Suspense>
        </ClientMessages>
      </body>
    </html>
  );
}
