import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
import type { ProgrammeRulesFragment } from '@/gql/graphql';
import { currencyFractionDigits, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { Directory } from '../api/service-providers';
import type { ApplicationDraft, DraftAction, FormField } from '../model/application-draft';
import { formatPercent } from '../model/display';
import { ServiceProviderPicker } from './service-provider-picker';

export interface RequestStepProps {
  programme: ProgrammeRulesFragment;
  draft: ApplicationDraft;
  dispatch: Dispatch<DraftAction>;
  directory: Directory;
  fieldId: (field: FormField) => string;
  errorFor: (field: FormField) => string | undefined;
}

/** The application's first step: the amount asked for and the service provider. */
export function RequestStep({ programme, draft, dispatch, directory, fieldId, errorFor }: RequestStepProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return (
    <>
      <p className="field__hint">{t('applicationForm.draftNotice')}</p>
      <TextField
        id={fieldId('requestedAmount')}
        name="requestedAmount"
        label={t('applicationForm.requestedAmount', { currency: programme.currency })}
        hint={t('applicationForm.requestedAmountHint', {
          min: formatMoney(programme.minVoucher, programme.currency, locale),
          max: formatMoney(programme.maxVoucher, programme.currency, locale),
          percent: formatPercent(programme.aidIntensity, locale),
          digits: currencyFractionDigits(programme.currency),
        })}
        value={draft.requestedAmount}
        onChange={(value) => dispatch({ type: 'set', field: 'requestedAmount', value })}
        error={errorFor('requestedAmount')}
        inputMode="decimal"
        autoComplete="off"
        required
      />
      <ServiceProviderPicker
        id={fieldId('serviceProviderId')}
        name="serviceProviderId"
        value={draft.serviceProviderId.trim()}
        onChange={(value) => dispatch({ type: 'set', field: 'serviceProviderId', value })}
        directory={directory}
        error={errorFor('serviceProviderId')}
      />
    </>
  );
}
