import { useTranslation } from 'react-i18next';
import type { HealthcareType, SmeCategory } from '@/gql/graphql';
import { formatDate, formatMoney, formatRemaining } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { formatPercentNumber } from '../model/display';
import { SERVICE_CATEGORIES } from '../model/program-draft';

interface ProgramFactsProps {
  currency: string;
  minVoucher: string;
  maxVoucher: string;
  aidIntensity: string;
  prefinancingShare?: string | null;
  opensAt: string;
  closesAt: string;
  smeCategories?: readonly SmeCategory[];
  healthcareTypes?: readonly HealthcareType[];
  serviceCategories?: readonly string[];
}

/** The rules of a programme as a definition list, in the UI language. */
export function ProgramFacts(props: ProgramFactsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const now = new Date();
  const money = (amount: string) => formatMoney(amount, props.currency, locale);
  const serviceName = (code: string) =>
    (SERVICE_CATEGORIES as readonly string[]).includes(code)
      ? t(`serviceCategory.${code as (typeof SERVICE_CATEGORIES)[number]}`)
      : code;
  return (
    <dl className="record__facts">
      <div>
        <dt>{t('programmes.voucherRange')}</dt>
        <dd data-testid="programme-range">
          {t('programmes.voucherRangeValue', { min: money(props.minVoucher), max: money(props.maxVoucher) })}
        </dd>
      </div>
      <div>
        <dt>{t('programmes.aidIntensity')}</dt>
        <dd>{t('programmes.aidIntensityValue', { percent: formatPercentNumber(props.aidIntensity, locale) })}</dd>
      </div>
      <div>
        <dt>{t('programmes.prefinancing')}</dt>
        <dd>
          {props.prefinancingShare
            ? t('programmes.prefinancingValue', {
                percent: formatPercentNumber(props.prefinancingShare, locale),
              })
            : t('programmes.reimbursementOnly')}
        </dd>
      </div>
      <div>
        <dt>{t('programmes.window')}</dt>
        <dd>
          {t('programmes.windowValue', {
            from: formatDate(props.opensAt, locale, { timeZone: 'UTC' }),
            to: formatDate(props.closesAt, locale, { timeZone: 'UTC' }),
          })}
          {Date.parse(props.closesAt) > now.getTime() ? (
            <>
              <br />
              <span className="muted">{t('programmes.closesIn', { remaining: formatRemaining(props.closesAt, now, locale) })}</span>
            </>
          ) : null}
        </dd>
      </div>
      {props.smeCategories ? (
        <div>
          <dt>{t('programmes.smeCategories')}</dt>
          <dd>{props.smeCategories.map((c) => t(`smeCategory.${c}`)).join(', ')}</dd>
        </div>
      ) : null}
      {props.healthcareTypes ? (
        <div>
          <dt>{t('programmes.healthcareTypes')}</dt>
          <dd>{props.healthcareTypes.map((c) => t(`healthcareType.${c}`)).join(', ')}</dd>
        </div>
      ) : null}
      {props.serviceCategories ? (
        <div>
          <dt>{t('programmes.serviceCategories')}</dt>
          <dd>{props.serviceCategories.map(serviceName).join(', ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}
