import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { getViewer } from '@/lib/session';
import { listSavedConfigurations } from '@/modules/customers/saved-configurations';

export default async function GaragePage() {
  const t = await getTranslations('garage');
  const format = await getFormatter();
  const viewer = await getViewer();
  const saved = viewer ? await listSavedConfigurations(viewer.id) : [];
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      {saved.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="garage-list">
          {saved.map((item) => (
            <li key={item.id}>
              <Card>
                <h2 className="text-lg font-semibold">{item.title ?? item.modelCode}</h2>
                <p className="text-sm text-slate-700">
                  {t('code')} <span className="font-mono font-semibold">{item.code}</span>
                </p>
                <p className="text-sm text-slate-600">{t('savedOn', { date: format.dateTime(item.createdAt, 'short') })}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
