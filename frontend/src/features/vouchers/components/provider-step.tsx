import type { Dispatch } from 'react';
import type { Directory } from '../api/service-providers';
import type { ApplicationDraft, DraftAction, FormField } from '../model/application-draft';
import { ServiceProviderPicker } from './service-provider-picker';

export interface ProviderStepProps {
  draft: ApplicationDraft;
  dispatch: Dispatch<DraftAction>;
  directory: Directory;
  fieldId: (field: FormField) => string;
  errorFor: (field: FormField) => string | undefined;
}

/** The step after the services: who delivers them (or any verified service provider). */
export function ProviderStep({ draft, dispatch, directory, fieldId, errorFor }: ProviderStepProps) {
  return (
    <ServiceProviderPicker
      id={fieldId('serviceProviderId')}
      name="serviceProviderId"
      value={draft.serviceProviderId.trim()}
      onChange={(value) => dispatch({ type: 'set', field: 'serviceProviderId', value })}
      directory={directory}
      error={errorFor('serviceProviderId')}
    />
  );
}
