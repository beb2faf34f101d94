import { useTranslation } from 'react-i18next';
import type { ProgrammeDashboardQuery } from '@/gql/graphql';
import { subtractDecimals, sumDecimals } from '@/lib/decimal';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

type Programme = NonNullable<ProgrammeDashboardQuery['voucherProgram']>;

/**
 * How the four cards follow from the ledger's movements: the ledger lists each commitment when a
 * voucher is issued, but the Committed card is what issued vouchers may still pay out, so it is
 * lower by what was released and what was paid.
 */
export function FundsRelation({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const funds = programme.funds;
  const months = programme.monthlySummary ?? [];
  if (!funds || months.length === 0) return null;
  const total = (key: 'allocated' | 'deallocated' | 'committed' | 'released' | 'disbursed') =>
    sumDecimals(months.map((m) => m[key]));
  const money = (amount: string) => formatMoney(amount, funds.currency, locale);
  const issued = total('committed');
  const released = total('released');
  const paid = total('disbursed');
  return (
    <details className="funds-relation" data-testid="funds-relation">
      <summary>{t('dashboard.relationTitle')}</summary>
      <ul className="bullet-list">
        <li>
          {t('dashboard.relationAllocated', {
            allocated: money(funds.allocated),
            added: money(total('allocated')),
            removed: money(total('deallocated')),
          })}
        </li>
        <li data-testid="funds-relation-committed" data-consistent={subtractDecimals(issued, released, paid) === funds.committed || undefined}>
          {t('dashboard.relationCommitted', {
            committed: money(funds.committed),
            issued: money(issued),
            released: money(released),
            paid: money(paid),
          })}
        </li>
        <li>
          {t('dashboard.relationAvailable', {
            available: money(funds.available),
            allocated: money(funds.allocated),
            committed: money(funds.committed),
            disbursed: money(funds.disbursed),
          })}
        </li>
      </ul>
    </details>
  );
}
