import { useTranslation } from 'react-i18next';
import type { MeQuery } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';

type Me = NonNullable<MeQuery['me']>;

const EU_WIDE_ROLES: ReadonlySet<Me['role']> = new Set(['PLATFORM_ADMIN', 'ENISA_STAFF']);

export function AccountSummary({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const memberState = me.memberState ?? me.organisation?.memberState ?? null;

  return (
    <dl className="summary" data-testid="account-summary">
      <div>
        <dt>{t('workspace.name')}</dt>
        <dd>{me.displayName}</dd>
      </div>
      <div>
        <dt>{t('workspace.email')}</dt>
        <dd data-testid="account-email">{me.email}</dd>
      </div>
      <div>
        <dt>{t('workspace.role')}</dt>
        <dd>{t(`roles.${me.role}`)}</dd>
      </div>
      {me.organisation ? (
        <>
          <div>
            <dt>{t('workspace.organisation')}</dt>
            <dd data-testid="account-organisation">
              {me.organisation.name}{' '}
              <span className="muted">({t(`organisationKind.${me.organisation.kind}`)})</span>
            </dd>
          </div>
          <div>
            <dt>{t('workspace.organisationStatus')}</dt>
            <dd>
              <span className={`badge badge--${me.organisation.status.toLowerCase()}`}>
                {t(`organisationStatus.${me.organisation.status}`)}
              </span>
            </dd>
          </div>
          {me.organisation.reviewNote ? (
            <div data-testid="account-review-note" data-kind={me.organisation.reviewNote.kind}>
              <dt>{t(`workspace.reviewNote.${me.organisation.reviewNote.kind}`)}</dt>
              <dd>{me.organisation.reviewNote.text}</dd>
            </div>
          ) : null}
        </>
      ) : null}
      {memberState ? (
        <div>
          <dt>{t('workspace.memberState')}</dt>
          <dd data-testid="account-member-state" data-code={memberState.code}>
            {memberStateName(memberState.code, memberState.name, locale)}
          </dd>
        </div>
      ) : EU_WIDE_ROLES.has(me.role) ? (
        <div>
          <dt>{t('workspace.scope')}</dt>
          <dd>{t('workspace.scopeEu')}</dd>
        </div>
      ) : null}
    </dl>
  );
}
