import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui';
import { fieldKey, type ErrorText } from '../model/checks';
import { PARTY_KINDS, type SmeAction, type SmeWizardState } from '../model/wizard';
import { PartyCard } from './party-editor';

interface PartiesStepProps {
  state: SmeWizardState;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
  /** Called with the DOM id of a new party's name field, to move the focus there. */
  onAdded: (fieldId: string) => void;
}

/** Step 2: every enterprise, person, public body and investor connected to the applicant. */
export function PartiesStep({ state, dispatch, errorText, onAdded }: PartiesStepProps) {
  const { t } = useTranslation();
  const listError = errorText({ scope: 'form', field: 'parties' });
  return (
    <div id={fieldKey({ scope: 'form', field: 'parties' })} tabIndex={-1}>
      <p>{t('sme.partiesIntro')}</p>
      {listError ? <p className="field__error">{listError}</p> : null}
      {state.parties.length === 0 ? <EmptyState>{t('sme.partiesEmpty')}</EmptyState> : null}
      {state.parties.map((party, i) => (
        <PartyCard key={party.id} party={party} number={i + 1} dispatch={dispatch} errorText={errorText} />
      ))}
      <div className="button-row">
        {PARTY_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--secondary"
            onClick={() => {
              dispatch({ type: 'addParty', kind });
              onAdded(fieldKey({ scope: 'party', partyId: `p${state.nextId}`, field: 'name' }));
            }}
            data-testid={`sme-add-${kind}`}
          >
            {t(`sme.addParty.${kind}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
