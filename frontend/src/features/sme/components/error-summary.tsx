import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import type { FieldError } from '../model/checks';
import { findParty, type SmeWizardState } from '../model/wizard';
import { usePartyName } from './party-name';

interface ErrorSummaryProps {
  state: SmeWizardState;
  /** The errors of the current step, keyed by the DOM id of their field, in form order. */
  errors: [string, FieldError][];
}

/** The errors of a step as links to their fields: "Klinik, 2024, Staff: This field is required." */
export function ErrorSummary({ state, errors }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const partyName = usePartyName(state);

  function summaryText({ ref, problem: code }: FieldError): string {
    const problem = t(`sme.problems.${code}`);
    if (ref.scope === 'holding' || ref.scope === 'control') {
      const [list, id, legend] =
        ref.scope === 'holding'
          ? [state.holdings, ref.holdingId, 'sme.holdingLegend' as const]
          : [state.controls, ref.controlId, 'sme.controlLegend' as const];
      const number = list.findIndex((x) => x.id === id) + 1;
      return t('sme.summaryField', { where: t(legend, { number }), field: t(`sme.${ref.field}`), problem });
    }
    if (ref.scope === 'form') return problem;
    const fieldLabels: Record<string, string> = {
      name: t('sme.name'),
      kind: t('sme.partyKind'),
      exemptKind: t('sme.exemptKind'),
      totalInvestmentEur: t('sme.totalInvestmentEur'),
      annualBudgetEur: t('sme.annualBudgetEur'),
      inhabitants: t('sme.inhabitants'),
      market: t('sme.market'),
      periods: t('sme.periodsTitle'),
      label: t('sme.periodLabel'),
      staff: t('sme.staff'),
      annualTurnover: t('sme.annualTurnover'),
      statedTurnover: t('sme.statedTurnover'),
      indirectTaxes: t('sme.indirectTaxes'),
      balanceSheetTotal: t('sme.balanceSheetTotal'),
    };
    let context = partyName(ref.partyId);
    if (ref.scope === 'period') {
      const period = findParty(state, ref.partyId)?.periods.find((p) => p.id === ref.periodId);
      if (period?.label.trim()) context = `${context}, ${period.label.trim()}`;
    }
    return t('sme.summaryField', { where: context, field: fieldLabels[ref.field] ?? ref.field, problem });
  }

  return (
    <Alert tone="error" title={t('errors.VALIDATION')} testId="sme-error-summary">
      <ul className="error-summary">
        {errors.map(([key, error]) => (
          <li key={key}>
            <a
              href={`#${key}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(key)?.focus();
              }}
            >
              {summaryText(error)}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
