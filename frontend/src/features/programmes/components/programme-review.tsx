import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@/lib/format';
import { formatPercentNumber } from '../model/display';
import { SERVICE_CATEGORIES, TEXT_LANGUAGES, type ProgramDraft, type WizardStep } from '../model/program-draft';

/** The programme wizard's last step: every answer by step, each step with a way back to it. */
export function ReviewSummary({
  draft,
  locale,
  onEdit,
}: {
  draft: ProgramDraft;
  locale: string;
  onEdit: (step: WizardStep) => void;
}) {
  const { t } = useTranslation();
  const money = (amount: string) => formatMoney(amount.replace(',', '.'), draft.currency, locale);
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : t('wizard.none'));
  const rows: { step: WizardStep; items: [string, string][] }[] = [
    {
      step: 'identity',
      items: [
        [t('wizard.code'), draft.code],
        [t('wizard.currency'), draft.currency],
        ...TEXT_LANGUAGES.filter((l) => draft.names[l].trim()).map(
          (l): [string, string] => [t('wizard.nameIn', { language: t(`languages.${l}`) }), draft.names[l]],
        ),
      ],
    },
    {
      step: 'amounts',
      items: [
        [t('programmes.voucherRange'), t('programmes.voucherRangeValue', { min: money(draft.minVoucher), max: money(draft.maxVoucher) })],
        [t('wizard.aidIntensity'), formatPercentNumber(draft.aidIntensity.replace(',', '.'), locale)],
        [
          t('programmes.prefinancing'),
          draft.prefinancingShare.trim()
            ? t('programmes.prefinancingValue', { percent: formatPercentNumber(draft.prefinancingShare.replace(',', '.'), locale) })
            : t('programmes.reimbursementOnly'),
        ],
        [t('wizard.deMinimis'), draft.deMinimis ? t('wizard.yes') : t('wizard.no')],
        [
          t('wizard.fourEyes'),
          draft.fourEyesMode === 'AT_OR_ABOVE'
            ? t('wizard.fourEyesFrom', { amount: money(draft.fourEyesThreshold) })
            : t(`wizard.fourEyesModes.${draft.fourEyesMode}`),
        ],
      ],
    },
    {
      step: 'eligibility',
      items: [
        [t('wizard.smeCategories'), list(draft.smeCategories.map((v) => t(`smeCategory.${v}`)))],
        [t('wizard.healthcareTypes'), list(draft.healthcareTypes.map((v) => t(`healthcareType.${v}`)))],
        [t('wizard.nis2Classes'), list(draft.nis2Classes.map((v) => t(`nis2Class.${v}`)))],
        [
          t('wizard.serviceCategories'),
          list(
            draft.serviceCategories.map((v) =>
              (SERVICE_CATEGORIES as readonly string[]).includes(v)
                ? t(`serviceCategory.${v as (typeof SERVICE_CATEGORIES)[number]}`)
                : v,
            ),
          ),
        ],
      ],
    },
    {
      step: 'window',
      items: [
        [t('wizard.opensAt'), draft.opensAt ? formatDate(`${draft.opensAt}T00:00:00Z`, locale, { timeZone: 'UTC' }) : ''],
        [t('wizard.closesAt'), draft.closesAt ? formatDate(`${draft.closesAt}T00:00:00Z`, locale, { timeZone: 'UTC' }) : ''],
        [t('wizard.validityDays'), draft.validityDays],
      ],
    },
  ];
  return (
    <div data-testid="wizard-review">
      {rows.map((section) => (
        <section key={section.step} className="panel" aria-labelledby={`review-${section.step}`}>
          <h3 id={`review-${section.step}`}>{t(`wizard.steps.${section.step}`)}</h3>
          <dl className="summary">
            {section.items.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onEdit(section.step)}
            aria-label={`${t('wizard.edit')}: ${t(`wizard.steps.${section.step}`)}`}
          >
            {t('wizard.edit')}
          </button>
        </section>
      ))}
    </div>
  );
}
