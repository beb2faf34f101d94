import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui';
import { fieldKey, type ErrorText } from '../model/checks';
import { APPLICANT_ID, SME_CATEGORY_VALUES, type SmeAction, type SmeWizardState } from '../model/wizard';
import { MarketFields } from './party-editor';
import { PeriodsEditor } from './periods-editor';

interface StepProps {
  state: SmeWizardState;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
}

/** Step 1: the applicant's name, market, accounting periods and previous category. */
export function ApplicantStep({ state, dispatch, errorText }: StepProps) {
  const { t } = useTranslation();
  const nameRef = { scope: 'party', partyId: APPLICANT_ID, field: 'name' } as const;
  return (
    <>
      <p>{t('sme.applicantIntro')}</p>
      <TextField
        id={fieldKey(nameRef)}
        name="name"
        label={t('sme.applicantName')}
        value={state.applicant.name}
        onChange={(name) => dispatch({ type: 'updateParty', id: APPLICANT_ID, patch: { name } })}
        error={errorText(nameRef)}
        autoComplete="organization"
        maxLength={200}
        required
      />
      <MarketFields party={state.applicant} dispatch={dispatch} errorText={errorText} />
      <PeriodsEditor
        party={state.applicant}
        dispatch={dispatch}
        errorText={errorText}
        title={t('sme.periodsTitle')}
        hint={t('sme.periodsHint')}
        level={3}
      />
      <SelectField
        id={fieldKey({ scope: 'form', field: 'previousCategory' })}
        name="previousCategory"
        label={t('sme.previousCategory')}
        hint={t('sme.previousCategoryHint')}
        placeholder={t('sme.previousCategoryUnknown')}
        value={state.previousCategory}
        onChange={(v) =>
          dispatch({ type: 'setPreviousCategory', value: SME_CATEGORY_VALUES.find((c) => c === v) ?? '' })
        }
        options={SME_CATEGORY_VALUES.map((c) => ({ value: c, label: t(`smeCategory.${c}`) }))}
      />
    </>
  );
}
