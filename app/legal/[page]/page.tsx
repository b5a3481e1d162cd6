import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Container, PageTitle } from '@/components/ui/page';
import { currentLocale } from '@/lib/i18n/request';
import { legalPage } from '@/modules/legal';

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = legalPage(await currentLocale(), (await params).page);
  if (!page) notFound();
  return { title: page.title };
}

export default async function LegalPage({ params }: Props) {
  const page = legalPage(await currentLocale(), (await params).page);
  if (!page) notFound();
  return (
    <Container>
      <PageTitle title={page.title} />
      <div className="max-w-3xl space-y-6">
        {page.sections.map((section) => (
          <section key={section.heading}>
            <h2 className="text-xl font-semibold">{section.heading}</h2>
            <p className="mt-2 text-slate-800">{section.body}</p>
          </section>
        ))}
      </div>
    </Container>
  );
}
