import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog, StatusMessage } from '@/components/ui';
import type { AdminUsersQuery } from '@/gql/graphql';
import { errorMessage, mapError, type AppError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { SetUserActiveMutation } from '../api/admin';

type Account = AdminUsersQuery['users']['nodes'][number];

interface AccountsTableProps {
  accounts: readonly Account[];
  /** The admin's own id: they cannot deactivate themselves. */
  ownId: string | null;
  onChanged: () => void;
}

/**
 * Every account with its role, organisation and status; deactivate (after a confirmation that
 * says what it does) or reactivate each.
 */
export function AccountsTable({ accounts, ownId, onChanged }: AccountsTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [, setActive] = useMutation(SetUserActiveMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<Readonly<Record<string, AppError>>>({});
  // Shown until the list reloads, so the row reflects the change at once.
  const [overrides, setOverrides] = useState<Readonly<Record<string, boolean>>>({});
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const [deactivating, setDeactivating] = useState<Account | null>(null);

  async function toggle(account: Account, active: boolean) {
    setBusyId(account.id);
    setAnnouncement('');
    const result = await setActive({ id: account.id, active });
    setBusyId(null);
    setDeactivating(null);
    const user = result.data?.setUserActive;
    if (result.error || !user) {
      const error: AppError = result.error ? mapError(result.error) : { kind: 'UNKNOWN' };
      setRowErrors((current) => ({ ...current, [account.id]: error }));
      return;
    }
    setRowErrors(({ [account.id]: _gone, ...rest }) => rest);
    setOverrides((current) => ({ ...current, [account.id]: user.active }));
    setAnnouncement(t(user.active ? 'admin.reactivated' : 'admin.deactivated', { email: user.email }));
    requestAnimationFrame(() => statusRef.current?.focus());
    onChanged();
  }

  return (
    <>
      <StatusMessage ref={statusRef} text={announcement} testId="account-status-message" />
      <div className="table-wrap" role="region" aria-labelledby="accounts-caption" tabIndex={0}>
        <table className="table">
          <caption id="accounts-caption" className="visually-hidden">
            {t('admin.accountsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.displayName')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.organisation')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => {
              const active = overrides[account.id] ?? account.active;
              const nameId = `account-row-${account.id}`;
              const rowError = rowErrors[account.id];
              return (
                <tr key={account.id} data-testid="account-row" data-email={account.email} data-active={String(active)}>
                  <th scope="row" id={nameId}>
                    {account.displayName}
                    <br />
                    <span className="muted break">{account.email}</span>
                  </th>
                  <td>{t(`roles.${account.role}`)}</td>
                  <td>
                    {account.organisation ? (
                      <>
                        {account.organisation.name}
                        {account.memberState ? (
                          <>
                            <br />
                            <span className="muted">
                              {memberStateName(account.memberState.code, account.memberState.name, locale)}
                            </span>
                          </>
                        ) : null}
                      </>
                    ) : (
                      t('admin.euWide')
                    )}
                  </td>
                  <td>
                    <span className={`badge badge--${active ? 'verified' : 'rejected'}`} data-testid="account-active">
                      {active ? t('admin.active') : t('admin.inactive')}
                    </span>
                  </td>
                  <td>
                    {account.id === ownId ? (
                      <span className="muted">{t('admin.yourAccount')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-describedby={nameId}
                        disabled={busyId !== null}
                        aria-busy={busyId === account.id || undefined}
                        onClick={() => {
                          if (active) setDeactivating(account);
                          else void toggle(account, true);
                        }}
                        data-testid={active ? 'deactivate-account' : 'reactivate-account'}
                      >
                        {busyId === account.id ? t('admin.changing') : active ? t('admin.deactivate') : t('admin.reactivate')}
                      </button>
                    )}
                    {rowError ? (
                      <p className="field__error" role="alert">
                        {errorMessage(t, rowError)}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={deactivating !== null}
        title={t('confirm.deactivateTitle', { name: deactivating?.displayName ?? '' })}
        confirmLabel={t('confirm.deactivateConfirm')}
        busyLabel={t('admin.changing')}
        cancelLabel={t('confirm.cancel')}
        busy={busyId !== null}
        tone="danger"
        onConfirm={() => {
          if (deactivating) void toggle(deactivating, false);
        }}
        onCancel={() => setDeactivating(null)}
        testId="deactivate-confirm"
      >
        <p>{t('confirm.deactivateText', { email: deactivating?.email ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
