import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { SignInForm } from '@/modules/customers/components/sign-in-form';

/** Only same-site paths are accepted as a return address (no open redirect). */
function safeNext(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations('auth');
  const next = safeNext((await searchParams).next);
  return (
    <Container>
      <PageTitle title={t('signInTitle')} />
      <SignInForm next={next} />
      <p className="mt-10 text-slate-700">
        {t('noAccount')} <Link href="/sign-up" className="font-medium underline">{t('signUpTitle')}</Link>
      </p>
    </Container>
  );
}
