import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, PageButtons } from '@/components/ui';
import type { PendingOrganisationsQuery } from '@/gql/graphql';
import { errorMessage, mapError, type AppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { PendingOrganisationsQuery as Query, VerifyOrganisationMutation } from '../api/verification-queue';

export const PAGE_SIZE = 20;

type PendingOrganisation = PendingOrganisationsQuery['organisations']['nodes'][number];

export function VerificationQueue() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: Query,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const [, verify] = useMutation(VerifyOrganisationMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [verifiedIds, setVerifiedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [rowErrors, setRowErrors] = useState<Readonly<Record<string, AppError>>>({});
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);

  async function onVerify(organisation: PendingOrganisation) {
    setBusyId(organisation.id);
    setAnnouncement('');
    const result = await verify({ id: organisation.id });
    setBusyId(null);
    if (result.error || !result.data) {
      const appError: AppError = result.error ? mapError(result.error) : { kind: 'UNKNOWN' };
      setRowErrors((current) => ({ ...current, [organisation.id]: appError }));
      if (appError.kind === 'INVALID_STATE_TRANSITION' || appError.kind === 'NOT_FOUND') {
        reexecute({ requestPolicy: 'network-only' });
      }
      return;
    }
    setVerifiedIds((current) => new Set(current).add(organisation.id));
    setRowErrors(({ [organisation.id]: _removed, ...rest }) => rest);
    setAnnouncement(t('verification.verified', { name: result.data.verifyOrganisation.name }));
    requestAnimationFrame(() => statusRef.current?.focus());
    reexecute({ requestPolicy: 'network-only' });
  }

  const connection = data?.organisations;
  const rows = connection?.nodes.filter((node) => !verifiedIds.has(node.id)) ?? [];

  return (
    <div className="queue">
      <div
        ref={statusRef}
        className={announcement ? 'alert alert--success' : 'visually-hidden'}
        role="status"
        tabIndex={-1}
        data-testid="verification-status"
      >
        {announcement}
      </div>

      {error ? (
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}

      {!connection ? (
        error ? null : <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState>{t('verification.empty')}</EmptyState>
      ) : (
        <ul className="record-list" aria-label={t('verification.listLabel')} aria-busy={fetching || undefined}>
          {rows.map((organisation) => {
            const headingId = `pending-${organisation.id}`;
            const rowError = rowErrors[organisation.id];
            return (
              <li
                key={organisation.id}
                className="record"
                data-testid="pending-organisation"
                data-registration-id={organisation.registrationId ?? ''}
              >
                <h2 className="record__title" id={headingId}>
                  {organisation.name}
                </h2>
                <dl className="record__facts">
                  <div>
                    <dt>{t('verification.registrationId')}</dt>
                    <dd>{organisation.registrationId ?? t('common.notProvided')}</dd>
                  </div>
                  <div>
                    <dt>{t('verification.type')}</dt>
                    <dd>
                      {organisation.healthcareType
                        ? t(`healthcareType.${organisation.healthcareType}`)
                        : t('common.notProvided')}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('verification.nis2Class')}</dt>
                    <dd>
                      {organisation.nis2Class
                        ? t(`nis2Class.${organisation.nis2Class}`)
                        : t('common.notProvided')}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('verification.memberState')}</dt>
                    <dd>
                      {memberStateName(
                        organisation.memberState.code,
                        organisation.memberState.name,
                        locale,
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('verification.registeredOn')}</dt>
                    <dd>
                      <time dateTime={organisation.createdAt}>
                        {formatDate(organisation.createdAt, locale)}
                      </time>
                    </dd>
                  </div>
                </dl>
                {rowError ? (
                  <p className="field__error" role="alert">
                    {errorMessage(t, rowError)}
                  </p>
                ) : null}
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    aria-describedby={headingId}
                    disabled={busyId !== null}
                    onClick={() => void onVerify(organisation)}
                    data-testid="verify-button"
                  >
                    {busyId === organisation.id ? t('verification.verifying') : t('verification.verify')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {connection ? (
        <PageButtons
          after={after}
          hasNextPage={connection.pageInfo.hasNextPage}
          endCursor={connection.pageInfo.endCursor}
          onPage={setAfter}
        />
      ) : null}
    </div>
  );
}
