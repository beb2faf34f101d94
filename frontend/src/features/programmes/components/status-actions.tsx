import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, ConfirmDialog } from '@/components/ui';
import type { VoucherProgramStatus } from '@/gql/graphql';
import { errorMessage, mapErrors } from '@/lib/errors';
import {
  ArchiveProgrammeMutation,
  CloseProgrammeMutation,
  OpenProgrammeMutation,
} from '../api/programmes';

type Action = 'open' | 'reopen' | 'close' | 'archive';

/** Moves asked to be confirmed first: they stop applications or cannot be undone. */
const CONFIRMED: Readonly<Partial<Record<Action, 'close' | 'archive'>>> = { close: 'close', archive: 'archive' };

/** The lifecycle moves a status allows (DRAFT → OPEN/ARCHIVED, OPEN → CLOSED, CLOSED → OPEN/ARCHIVED). */
const ACTIONS: Readonly<Record<VoucherProgramStatus, readonly Action[]>> = {
  DRAFT: ['open', 'archive'],
  OPEN: ['close'],
  CLOSED: ['reopen', 'archive'],
  ARCHIVED: [],
};

export function StatusActions({
  programmeId,
  status,
  onChanged,
}: {
  programmeId: string;
  status: VoucherProgramStatus;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [, open] = useMutation(OpenProgrammeMutation);
  const [, close] = useMutation(CloseProgrammeMutation);
  const [, archive] = useMutation(ArchiveProgrammeMutation);
  const [busy, setBusy] = useState<Action | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [asking, setAsking] = useState<'close' | 'archive' | null>(null);

  async function run(action: Action) {
    setBusy(action);
    setMessage(null);
    const result =
      action === 'close'
        ? await close({ id: programmeId })
        : action === 'archive'
          ? await archive({ id: programmeId })
          : await open({ id: programmeId });
    setBusy(null);
    setAsking(null);
    if (result.error) {
      const errors = mapErrors(result.error);
      const first = errors[0] ?? { kind: 'UNKNOWN' };
      let text = errorMessage(t, first);
      if (errors.some((e) => e.kind === 'VALIDATION' && e.field === 'funds')) {
        text = t('dashboard.needsFunds');
      } else if (first.kind === 'INVALID_STATE_TRANSITION') {
        text = t('dashboard.invalidTransition');
        onChanged();
      }
      setMessage({ tone: 'error', text });
      return;
    }
    const data = result.data;
    const newStatus =
      data && 'openVoucherProgram' in data
        ? data.openVoucherProgram.status
        : data && 'closeVoucherProgram' in data
          ? data.closeVoucherProgram.status
          : data && 'archiveVoucherProgram' in data
            ? data.archiveVoucherProgram.status
            : status;
    setMessage({ tone: 'success', text: t('dashboard.statusChanged', { status: t(`programmeStatus.${newStatus}`) }) });
    onChanged();
  }

  const actions = ACTIONS[status];
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{t('dashboard.statusTitle')}</h2>
      <p>
        <span className={`badge badge--${status.toLowerCase()}`} data-testid="programme-status" data-status={status}>
          {t(`programmeStatus.${status}`)}
        </span>
      </p>
      {message ? (
        <Alert tone={message.tone} testId="status-message">
          <p>{message.text}</p>
        </Alert>
      ) : null}
      {actions.length > 0 ? (
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'archive' ? 'button button--secondary' : 'button'}
              onClick={() => {
                const confirmFirst = CONFIRMED[action];
                if (confirmFirst) setAsking(confirmFirst);
                else void run(action);
              }}
              disabled={busy !== null}
              aria-busy={busy === action || undefined}
              data-testid={`status-${action}`}
            >
              {busy === action ? t('dashboard.opening') : t(`dashboard.${action}`)}
            </button>
          ))}
        </div>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t(`confirm.${asking}Title`) : ''}
        confirmLabel={asking ? t(`confirm.${asking}Confirm`) : ''}
        busyLabel={t('dashboard.opening')}
        cancelLabel={t('confirm.cancel')}
        busy={busy !== null}
        tone={asking === 'archive' ? 'danger' : 'primary'}
        onConfirm={() => {
          if (asking) void run(asking);
        }}
        onCancel={() => setAsking(null)}
        testId="status-confirm"
      >
        <p>{asking ? t(`confirm.${asking}Text`) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
