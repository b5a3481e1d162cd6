import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';

export type DealerSection = 'calendar' | 'newDrive' | 'orders' | 'showroom' | 'conversations' | 'fleet' | 'staff' | 'surveys' | 'analytics' | 'settings';

const links: { section: DealerSection; href: string; managerOnly?: boolean }[] = [
  { section: 'calendar', href: '/dealer' },
  { section: 'newDrive', href: '/dealer/drives/new' },
  { section: 'orders', href: '/dealer/orders' },
  { section: 'showroom', href: '/dealer/showroom' },
  { section: 'conversations', href: '/dealer/conversations' },
  { section: 'fleet', href: '/dealer/fleet' },
  { section: 'staff', href: '/dealer/staff' },
  { section: 'surveys', href: '/dealer/surveys' },
  { section: 'analytics', href: '/dealer/analytics' },
  { section: 'settings', href: '/dealer/settings', managerOnly: true },
];

/** The back-office sections; settings are only listed for managers (the page checks it too). */
export async function DealerNav({ current, isManager, dealershipName }: { current: DealerSection; isManager: boolean; dealershipName: string }) {
  const t = await getTranslations('dealer.nav');
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
      <p className="font-medium text-slate-800" data-testid="dealership-name">{dealershipName}</p>
      <nav aria-label={t('label')}>
        <ul className="flex flex-wrap gap-1 text-sm font-medium">
          {links
            .filter((l) => !l.managerOnly || isManager)
            .map((l) => (
              <li key={l.section}>
                <Link
                  href={l.href}
                  aria-current={l.section === current ? 'page' : undefined}
                  className={cx('rounded-lg px-3 py-1.5', l.section === current ? 'bg-slate-900 text-white' : 'text-slate-800 hover:bg-slate-100')}
                >
                  {t(l.section)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
    </div>
  );
}
