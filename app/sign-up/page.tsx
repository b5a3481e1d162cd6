import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { SignUpForm } from '@/modules/customers/components';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('auth', 'signUpTitle');

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations('auth');
  const next = safeRedirectPath((await searchParams).next) ?? undefined;
  return (
    <Container>
      <PageTitle title={t('signUpTitle')} />
      <SignUpForm next={next} />
      <p className="mt-10 text-slate-700">
        {t('haveAccount')} <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} className="font-medium underline">{t('signInTitle')}</Link>
      </p>
    </Container>
  );
}
