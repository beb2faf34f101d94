import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { isPlainDecimal, normaliseDecimalInput } from '@/lib/decimal';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { VoucherAmountPreviewQuery } from '../api/applications';
import type { ApplicationDraft } from '../model/application-draft';

interface AmountDerivationProps {
  programmeId: string;
  services: ApplicationDraft['services'];
  /** The id of the section's heading (the wizard's services step and its review each show one). */
  idPrefix?: string;
}

/**
 * The voucher amount and how it follows from the planned services: eligible costs × aid
 * intensity, capped at the programme's maximum voucher, asked from the server (the rule's one
 * place). The application asks for exactly this amount. Rows without a category, description or
 * valid cost are left out until complete.
 */
export function AmountDerivation({ programmeId, services, idPrefix = 'amount-derivation' }: AmountDerivationProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const complete = services
    .map((s) => ({ category: s.category, description: s.description.trim(), estimatedCost: normaliseDecimalInput(s.estimatedCost) }))
    .filter((s) => s.category && s.description && isPlainDecimal(s.estimatedCost));
  const [{ data }] = useQuery({
    query: VoucherAmountPreviewQuery,
    variables: { programId: programmeId, services: complete },
    pause: complete.length === 0,
  });
  const d = data?.voucherAmountPreview;
  if (complete.length === 0 || !d) return null;
  const money = (v: string) => formatMoney(v, d.currency, language);
  return (
    <section aria-labelledby={`${idPrefix}-title`} aria-live="polite" data-testid="amount-derivation" data-amount={d.amount}>
      <h3 id={`${idPrefix}-title`}>{t('amountDerivation.title')}</h3>
      <dl className="summary">
        <div>
          <dt>{t('amountDerivation.eligibleCosts')}</dt>
          <dd>{money(d.eligibleCosts)}</dd>
        </div>
        <div>
          <dt>{t('amountDerivation.aidAmount', { percent: d.aidIntensity })}</dt>
          <dd>{money(d.aidAmount)}</dd>
        </div>
        <div>
          <dt>{t('amountDerivation.cap')}</dt>
          <dd>{money(d.cap)}</dd>
        </div>
        <div>
          <dt>{t('amountDerivation.amount')}</dt>
          <dd data-testid="amount-derivation-amount">{money(d.amount)}</dd>
        </div>
      </dl>
      {d.capped ? <p>{t('amountDerivation.capped')}</p> : null}
      {d.belowMinimum ? (
        <p className="field__error" data-testid="amount-derivation-below-minimum">
          {t('amountDerivation.belowMinimum', { minimum: money(d.minimum) })}
        </p>
      ) : null}
    </section>
  );
}
