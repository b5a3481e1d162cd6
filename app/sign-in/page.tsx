import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { SignInForm } from '@/modules/customers/components';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('auth', 'signInTitle');

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations('auth');
  // Only a same-site path is kept as the return address (no open redirect).
  const params = await searchParams;
  const next = safeRedirectPath(params.next) ?? undefined;
  // Set by the magic-link check when a link was already used or has expired.
  const linkError = params.link === 'invalid' || typeof params.error === 'string';
  return (
    <Container>
      <PageTitle title={t('signInTitle')} />
      <SignInForm next={next} linkError={linkError} />
      <p className="mt-10 text-slate-700">
        {t('noAccount')} <Link href="/sign-up" className="font-medium underline">{t('signUpTitle')}</Link>
      </p>
    </Container>
  );
}
