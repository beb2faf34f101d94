import { useTranslation } from 'react-i18next';
import type { EligibilityRule, ProgrammeRulesFragment, RuleOutcome } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { ruleParams } from '../model/display';

const OUTCOME_SYMBOL: Readonly<Record<RuleOutcome, string>> = {
  PASSED: '✓',
  FAILED: '✗',
  CHECKED_ON_APPLICATION: '…',
};

interface EligibilityChecksProps {
  programme: ProgrammeRulesFragment;
  checks: readonly { rule: EligibilityRule; outcome: RuleOutcome }[];
  label: string;
}

/** Each rule in plain words, with its outcome as text (the symbol is decoration only). */
export function EligibilityChecks({ programme, checks, label }: EligibilityChecksProps) {
  const { t, i18n } = useTranslation();
  const params = ruleParams(t, programme, currentLanguage(i18n));
  return (
    <ul className="rule-list" aria-label={label} data-testid="eligibility-checks">
      {checks.map((check) => (
        <li
          key={check.rule}
          className={`rule rule--${check.outcome.toLowerCase()}`}
          data-testid="eligibility-check"
          data-rule={check.rule}
          data-outcome={check.outcome}
        >
          <span className="rule__symbol" aria-hidden="true">
            {OUTCOME_SYMBOL[check.outcome]}
          </span>
          <span>
            <strong>{t(`eligibilityRule.${check.rule}.title`)}</strong>{' '}
            <span className="rule__outcome">({t(`ruleOutcome.${check.outcome}`)})</span>
            <br />
            {t(`eligibilityRule.${check.rule}.${check.outcome}`, params)}
          </span>
        </li>
      ))}
    </ul>
  );
}
