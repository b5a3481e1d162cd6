import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { SignUpForm } from '@/modules/customers/components';

export default async function SignUpPage() {
  const t = await getTranslations('auth');
  return (
    <Container>
      <PageTitle title={t('signUpTitle')} />
      <SignUpForm />
      <p className="mt-10 text-slate-700">
        {t('haveAccount')} <Link href="/sign-in" className="font-medium underline">{t('signInTitle')}</Link>
      </p>
    </Container>
  );
}
