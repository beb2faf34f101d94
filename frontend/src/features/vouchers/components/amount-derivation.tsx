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
  /** Sets the requested amount to the derived one. */
  onUse: (amount: string) => void;
}

/**
 * How the voucher amount follows from the planned services: eligible costs × aid intensity,
 * capped at the programme's maximum voucher, asked from the server (the rule's one place).
 * Rows without a category, description or valid cost are left out until complete.
 */
export function AmountDerivation({ programmeId, services, onUse }: AmountDerivationProps) {
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
    <section aria-labelledby="amount-derivation-title" data-testid="amount-derivation" data-amount={d.amount}>
      <h3 id="amount-derivation-title">{t('amountDerivation.title')}</h3>
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
      {d.belowMinimum ? <p role="alert">{t('amountDerivation.belowMinimum', { minimum: money(d.minimum) })}</p> : null}
      <button type="button" className="button button--secondary" onClick={() => onUse(d.amount)} data-testid="amount-derivation-use">
        {t('amountDerivation.use')}
      </button>
    </section>
  );
}
