import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import type { ProgrammeRulesFragment } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { stepOfField, RULE_FIELD, type FormField } from '../model/application-draft';
import { ruleParams } from '../model/display';
import type { FailedRule } from '../model/failed-rules';

interface FailedRulesAlertProps {
  programme: ProgrammeRulesFragment;
  rules: readonly FailedRule[];
  onChange: (field: FormField) => void;
}

/** The rules a submission failed, each in plain words with a way to the field to change. */
export function FailedRulesAlert({ programme, rules, onChange }: FailedRulesAlertProps) {
  const { t, i18n } = useTranslation();
  const params = ruleParams(t, programme, currentLanguage(i18n));
  return (
    <Alert tone="error" title={t('applicationForm.notEligibleTitle')} id="application-failed-rules" testId="failed-rules">
      <p>{t('applicationForm.notEligibleIntro')}</p>
      <ul className="error-summary">
        {rules.map((failed) => {
          const field = failed.rule ? RULE_FIELD[failed.rule] : undefined;
          return (
            <li key={failed.code} data-testid="failed-rule" data-rule={failed.rule ?? failed.code}>
              {failed.rule ? (
                <>
                  <strong>{t(`eligibilityRule.${failed.rule}.title`)}:</strong>{' '}
                  {t(`eligibilityRule.${failed.rule}.FAILED`, params)}
                </>
              ) : (
                <>
                  <strong>{t('applicationForm.unknownRule', { code: failed.code })}:</strong>{' '}
                  <span lang="en">{failed.message}</span>
                </>
              )}
              {field ? (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => onChange(field)}>
                    {t('applicationForm.changeRule', {
                      step: t(`applicationForm.steps.${stepOfField(field)}`),
                    })}
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
