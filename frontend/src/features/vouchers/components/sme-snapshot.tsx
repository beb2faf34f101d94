import { useTranslation } from 'react-i18next';
import type { SmeSnapshotFragment } from '@/gql/graphql';
import { formatMoney, formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

/**
 * The SME assessment kept at submission: category, figures and rule version, and its trace
 * (open for the agency, folded for the clinic). The trace is the engine's English text.
 */
export function SmeSnapshot({ snapshot, traceOpen = false }: { snapshot: SmeSnapshotFragment; traceOpen?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return (
    <div data-testid="sme-snapshot" data-category={snapshot.category}>
      <dl className="summary">
        <div>
          <dt>{t('applications.smeCategory')}</dt>
          <dd data-testid="sme-category">{t(`smeCategory.${snapshot.category}`)}</dd>
        </div>
        <div>
          <dt>{t('applications.isSme')}</dt>
          <dd>{snapshot.isSme ? t('vouchersCommon.yes') : t('vouchersCommon.no')}</dd>
        </div>
        {snapshot.notSmeReason ? (
          <div>
            <dt>{t('applications.notSmeReason')}</dt>
            <dd>{t(`notSmeReason.${snapshot.notSmeReason}`)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('applications.staffAwu')}</dt>
          <dd>{formatNumber(snapshot.aggregated.staffAwu, locale)}</dd>
        </div>
        <div>
          <dt>{t('applications.turnover')}</dt>
          <dd>{formatMoney(snapshot.aggregated.annualTurnover, 'EUR', locale)}</dd>
        </div>
        <div>
          <dt>{t('applications.balance')}</dt>
          <dd>{formatMoney(snapshot.aggregated.balanceSheetTotal, 'EUR', locale)}</dd>
        </div>
        <div>
          <dt>{t('applications.ruleVersion')}</dt>
          <dd className="break">{snapshot.ruleVersion}</dd>
        </div>
      </dl>
      <details className="details" open={traceOpen}>
        <summary>{t('applications.traceTitle')}</summary>
        <p className="muted">{t('vouchersCommon.inEnglish')}</p>
        <ol className="trace" lang="en" data-testid="sme-trace">
          {snapshot.trace.map((step, index) => (
            <li key={index}>
              <strong>{step.article}</strong> {step.text}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
