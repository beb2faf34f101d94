import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui';
import { allParties, canBeHeld, type SmeWizardState } from '../model/wizard';
import { usePartyName } from './party-name';

interface PartySelect {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (partyId: string) => void;
  error?: string;
}

interface PartyPairProps {
  state: SmeWizardState;
  /** Who holds or controls (every party may). */
  from: PartySelect;
  /** What is held or controlled: an enterprise or investor (persons and public bodies cannot be). */
  to: PartySelect;
}

/** The two ends of a holding or a control, chosen among the parties by name. */
export function PartyPair({ state, from, to }: PartyPairProps) {
  const { t } = useTranslation();
  const partyName = usePartyName(state);
  const parties = allParties(state);
  const targets = parties.filter((p) => canBeHeld(p.kind) || p.id === to.value);
  return (
    <>
      {[
        { ...from, choices: parties },
        { ...to, choices: targets },
      ].map(({ choices, ...field }) => (
        <SelectField
          key={field.name}
          {...field}
          placeholder={t('sme.choose')}
          options={choices.map((p) => ({ value: p.id, label: partyName(p.id) }))}
          required
        />
      ))}
    </>
  );
}
