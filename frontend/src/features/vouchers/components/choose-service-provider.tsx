import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert } from '@/components/ui';
import type { VoucherStatus } from '@/gql/graphql';
import { errorMessage, mapErrors } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { ChooseServiceProviderMutation, type Directory } from '../api/service-providers';
import { findProvider } from '../model/service-providers';
import { ServiceProviderPicker } from './service-provider-picker';

/** Vouchers whose service provider can still be chosen (as the server's "active"). */
export const CHOOSABLE_STATUSES: readonly VoucherStatus[] = ['ISSUED', 'PARTIALLY_REDEEMED'];

interface ChooseServiceProviderProps {
  voucher: { id: string; status: VoucherStatus; serviceProviderId?: string | null };
  directory: Directory;
  /** Called after the choice was saved or refused as stale: the page reloads its data. */
  onChanged: () => void;
}

const FIELD_ID = 'voucher-serviceProviderId';

/**
 * The clinic chooses (or changes) the one service provider who may redeem its active voucher,
 * or lets any verified provider with the code redeem it (`chooseServiceProvider`). Kept on
 * the page after the voucher stops being active, so a refusal stays readable.
 */
export function ChooseServiceProvider({ voucher, directory, onChanged }: ChooseServiceProviderProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [value, setValue] = useState(voucher.serviceProviderId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [{ fetching }, choose] = useMutation(ChooseServiceProviderMutation);
  const selectRef = useRef<HTMLSelectElement>(null);
  const active = CHOOSABLE_STATUSES.includes(voucher.status);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    setProblem(null);
    setMessage(null);
    const chosen = value === '' ? null : value;
    const result = await choose({ voucherId: voucher.id, serviceProviderId: chosen });
    if (result.error || !result.data) {
      const first = (result.error ? mapErrors(result.error)[0] : undefined) ?? { kind: 'UNKNOWN' as const };
      if (first.kind === 'VALIDATION') {
        setProblem(t('serviceProviders.notVerified'));
        selectRef.current?.focus();
      } else if (first.kind === 'INVALID_STATE_TRANSITION') {
        setMessage({ tone: 'error', text: t('serviceProviders.notActive') });
        onChanged();
      } else if (first.kind === 'NOT_FOUND') {
        setMessage({ tone: 'error', text: t('vouchers.notFound') });
      } else {
        setMessage({ tone: 'error', text: errorMessage(t, first) });
      }
      return;
    }
    const provider =
      chosen && directory.status === 'ready' ? findProvider(directory.providers, chosen, locale) : null;
    setMessage({
      tone: 'success',
      text: chosen ? t('serviceProviders.chosen', { name: provider?.name ?? chosen }) : t('serviceProviders.chosenAny'),
    });
    onChanged();
  }

  if (!active && !message) return null;
  return (
    <section className="panel" aria-labelledby="choose-provider-title" data-testid="choose-provider">
      <h2 id="choose-provider-title">{t('serviceProviders.chooseTitle')}</h2>
      {message ? (
        <Alert tone={message.tone} testId="choose-provider-message">
          <p>{message.text}</p>
        </Alert>
      ) : null}
      {active ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form" data-testid="choose-provider-form">
          <p>{t('serviceProviders.chooseIntro')}</p>
          <ServiceProviderPicker
            ref={selectRef}
            id={FIELD_ID}
            value={value}
            onChange={(next) => {
              setValue(next);
              setProblem(null);
            }}
            directory={directory}
            error={problem ?? undefined}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={fetching} data-testid="choose-provider-submit">
              {fetching ? t('serviceProviders.saving') : t('serviceProviders.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
