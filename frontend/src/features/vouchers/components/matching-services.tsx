import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, EmptyState, StatusMessage } from '@/components/ui';
import type { VoucherStatus } from '@/gql/graphql';
import { errorMessage, mapErrors } from '@/lib/errors';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { MatchingServicesQuery } from '../api/matching-services';
import { ChooseServiceProviderMutation } from '../api/service-providers';
import { CHOOSABLE_STATUSES } from './choose-service-provider';

interface MatchingServicesProps {
  voucher: { id: string; status: VoucherStatus; serviceProviderId?: string | null };
  onChanged: () => void;
}

/**
 * The catalogue's published services that match this voucher, each with its provider, and
 * (while the voucher is active) "Choose this provider": the link between catalogue and voucher.
 */
export function MatchingServices({ voucher, onChanged }: MatchingServicesProps) {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const [{ data, error }] = useQuery({ query: MatchingServicesQuery, variables: { voucherId: voucher.id, language: ui } });
  const [{ fetching }, choose] = useMutation(ChooseServiceProviderMutation);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const active = CHOOSABLE_STATUSES.includes(voucher.status);
  const services = data?.matchingServices ?? [];

  async function onChoose(providerId: string) {
    if (fetching) return;
    const result = await choose({ voucherId: voucher.id, serviceProviderId: providerId });
    if (result.data) {
      setFailure(null);
      setMessage(t('matchingServices.chosenMessage'));
      requestAnimationFrame(() => messageRef.current?.focus());
    } else {
      const err = (result.error ? mapErrors(result.error)[0] : undefined) ?? { kind: 'UNKNOWN' as const };
      setMessage('');
      setFailure(
        err.kind === 'INVALID_STATE_TRANSITION'
          ? t('serviceProviders.notActive')
          : err.kind === 'VALIDATION'
            ? t('serviceProviders.notVerified')
            : errorMessage(t, err),
      );
    }
    onChanged();
  }

  return (
    <section aria-labelledby="matching-services-title" data-testid="matching-services">
      <h2 id="matching-services-title">{t('matchingServices.title')}</h2>
      <p>{t('matchingServices.intro')}</p>
      <StatusMessage text={message} ref={messageRef} testId="matching-message" />
      {failure ? (
        <Alert tone="error">
          <p>{failure}</p>
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error">
          <p>{errorMessage(t, mapErrors(error)[0] ?? { kind: 'UNKNOWN' })}</p>
        </Alert>
      ) : data && services.length === 0 ? (
        <EmptyState>{t('matchingServices.empty')}</EmptyState>
      ) : (
        <ul className="record-list">
          {services.map((service) => {
            const content = service.current;
            if (!content) return null;
            const chosen = service.providerId != null && service.providerId === voucher.serviceProviderId;
            return (
              <li key={service.id} className="record" data-testid="matching-service">
                <h3 className="record__title" lang={content.language}>
                  {content.title}
                </h3>
                <p lang={content.language}>{content.summary}</p>
                {content.service ? (
                  <p>
                    {t('matchingServices.price', {
                      price: formatMoney(content.service.indicativePrice, content.service.currency, ui),
                    })}
                  </p>
                ) : null}
                <div className="button-row">
                  <Link to={`/catalogue/${service.id}`}>{t('matchingServices.read')}</Link>
                  {chosen ? (
                    <span className="badge badge--success">{t('matchingServices.chosen')}</span>
                  ) : active && service.providerId ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={fetching}
                      data-testid="choose-matching"
                      onClick={() => void onChoose(service.providerId ?? '')}
                    >
                      {t('matchingServices.choose')}
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
