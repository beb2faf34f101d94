import { useTranslation } from 'react-i18next';
import type { ApplicationFieldsFragment } from '@/gql/graphql';
import { formatDate, formatDateTime, formatDeadline } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

/** Created → submitted → decided (with the reason) or withdrawn, as an ordered list. */
export function ApplicationHistory({ application }: { application: ApplicationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const when = (value: string) => <time dateTime={value}>{formatDateTime(value, locale)}</time>;
  const decided =
    application.status === 'APPROVED'
      ? t('applications.approvedOn')
      : application.status === 'REJECTED'
        ? t('applications.rejectedOn')
        : null;
  return (
    <ol className="history" data-testid="application-history">
      <li data-event="created">
        <strong>{t('applications.created')}</strong> {when(application.createdAt)}
      </li>
      {application.submittedAt ? (
        <li data-event="submitted">
          <strong>{t('applications.submitted')}</strong> {when(application.submittedAt)}
          {application.cutoff ? (
            <>
              <br />
              <span className="muted" data-testid="application-cutoff">
                {application.status === 'SUBMITTED'
                  ? t('applications.cutoffPending', { deadline: formatDeadline(application.cutoff, new Date(), locale) })
                  : t('applications.cutoffDecided', { date: formatDate(application.cutoff, locale) })}
              </span>
            </>
          ) : null}
        </li>
      ) : null}
      {decided && application.decidedAt ? (
        <li data-event={application.status.toLowerCase()}>
          <strong>{decided}</strong> {when(application.decidedAt)}
          {application.decisionReason ? (
            <>
              <br />
              <span data-testid="decision-reason">
                {t('applications.reason', { reason: application.decisionReason })}
              </span>
            </>
          ) : null}
        </li>
      ) : null}
      {application.status === 'WITHDRAWN' ? (
        <li data-event="withdrawn">
          <strong>{t('applications.withdrawnOn')}</strong> {when(application.updatedAt)}
        </li>
      ) : null}
    </ol>
  );
}
