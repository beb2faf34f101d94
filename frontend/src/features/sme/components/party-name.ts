import { useTranslation } from 'react-i18next';
import { APPLICANT_ID, type SmeWizardState } from '../model/wizard';

/** A party's name as typed, else "Your enterprise" for the applicant or "Party N". */
export function usePartyName(state: SmeWizardState): (id: string) => string {
  const { t } = useTranslation();
  return (id: string) => {
    if (id === APPLICANT_ID) return state.applicant.name.trim() || t('sme.steps.applicant');
    const index = state.parties.findIndex((p) => p.id === id);
    const party = state.parties[index];
    if (!party) return id;
    return party.name.trim() || t('sme.unnamedParty', { number: index + 1 });
  };
}
