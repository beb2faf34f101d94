import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ListView, RecordAction, StatusMessage } from '@/components/ui';
import type { PendingOrganisationsQuery } from '@/gql/graphql';
import { mapError, type AppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import {
  PendingOrganisationsQuery as Query,
  RejectOrganisationMutation,
  RequestOrganisationInformationMutation,
  VerifyOrganisationMutation,
} from '../api/verification-queue';
import { ReviewMessage } from './review-message';

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
  const [, reject] = useMutation(RejectOrganisationMutation);
  const [, ask] = useMutation(RequestOrganisationInformationMutation);

  async function onReject(organisation: PendingOrganisation, reason: string) {
    const result = await reject({ id: organisation.id, reason });
    if (!result.error && result.data) {
      setVerifiedIds((current) => new Set(current).add(organisation.id));
      setAnnouncement(t('verification.reject.done', { name: result.data.rejectOrganisation.name }));
      requestAnimationFrame(() => statusRef.current?.focus());
      reexecute({ requestPolicy: 'network-only' });
    } else if (result.error) {
      const appError = mapError(result.error);
      setRowErrors((current) => ({ ...current, [organisation.id]: appError }));
    }
    return result;
  }

  async function onAsk(organisation: PendingOrganisation, message: string) {
    const result = await ask({ id: organisation.id, message });
    if (!result.error && result.data) {
      setAnnouncement(t('verification.ask.done', { name: result.data.requestOrganisationInformation.name }));
      requestAnimationFrame(() => statusRef.current?.focus());
    } else if (result.error) {
      const appError = mapError(result.error);
      setRowErrors((current) => ({ ...current, [organisation.id]: appError }));
    }
    return result;
  }
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
      <StatusMessage ref={statusRef} text={announcement} testId="verification-status" />
      <ListView
        items={connection ? rows : undefined}
        error={error ? mapError(error) : null}
        errorMode="above"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        empty={t('verification.empty')}
        pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
      >
        {(pending) => (
          <ul className="record-list" aria-label={t('verification.listLabel')} aria-busy={fetching || undefined}>
            {pending.map((organisation) => {
              const headingId = `pending-${organisation.id}`;
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
                  {organisation.reviewNote ? (
                    <p className="muted" data-testid="pending-review-note">
                      {t(`workspace.reviewNote.${organisation.reviewNote.kind}`)}: {organisation.reviewNote.text}
                    </p>
                  ) : null}
                  <RecordAction
                    label={t('verification.verify')}
                    busyLabel={t('verification.verifying')}
                    busy={busyId === organisation.id}
                    disabled={busyId !== null}
                    describedBy={headingId}
                    error={rowErrors[organisation.id]}
                    onClick={() => void onVerify(organisation)}
                    testId="verify-button"
                  />
                  <div className="button-row">
                    <ReviewMessage
                      kind="ask"
                      organisationId={organisation.id}
                      describedBy={headingId}
                      disabled={busyId !== null}
                      onSend={(text) => onAsk(organisation, text)}
                    />
                    <ReviewMessage
                      kind="reject"
                      organisationId={organisation.id}
                      describedBy={headingId}
                      disabled={busyId !== null}
                      onSend={(text) => onReject(organisation, text)}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </ListView>
    </div>
  );
}
