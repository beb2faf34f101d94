import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, StatusMessage } from '@/components/ui';
import type { AcknowledgementKind } from '@/gql/graphql';
import { errorMessage, mapError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { AcknowledgeAlertMutation } from '../api/alerts';
import { useAnsweredSignal } from '../api/alert-feed';

const KINDS: readonly AcknowledgementKind[] = ['SEEN', 'MITIGATION_APPLIED', 'NOT_AFFECTED'];

interface Props {
  alertId: string;
  current: { kind: AcknowledgementKind; at: string } | null | undefined;
  onDone: () => void;
}

/** The organisation's answer to an alert: seen, mitigation applied, or not affected. */
export function AcknowledgeForm({ alertId, current, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [kind, setKind] = useState<AcknowledgementKind>(current?.kind ?? 'SEEN');
  const [message, setMessage] = useState('');
  const [{ fetching, error }, acknowledge] = useMutation(AcknowledgeAlertMutation);
  const answered = useAnsweredSignal();
  const problem = error ? mapError(error) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    const result = await acknowledge({ id: alertId, kind });
    if (!result.error) {
      setMessage(t('alerts.ack.saved', { answer: t(`alerts.ack.kinds.${kind}`) }));
      answered();
      onDone();
    }
  }

  return (
    <section aria-labelledby="ack-title" className="panel">
      <h2 id="ack-title">{t('alerts.ack.title')}</h2>
      <p data-testid="ack-current">
        {current
          ? t('alerts.ack.current', { answer: t(`alerts.ack.kinds.${current.kind}`), when: formatDateTime(current.at, language) })
          : t('alerts.ack.none')}
      </p>
      {problem ? (
        <Alert tone="error" testId="ack-error">
          <p>
            {problem.kind === 'INVALID_STATE_TRANSITION'
              ? t('alerts.ack.closed')
              : problem.kind === 'FORBIDDEN'
                ? t('alerts.ack.forbidden')
                : errorMessage(t, problem)}
          </p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="fieldset">
          <legend>{t('alerts.ack.legend')}</legend>
          {KINDS.map((k) => (
            <div key={k} className="checkbox">
              <input id={`ack-${k}`} type="radio" name="ack-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`ack-${k}`}>{t(`alerts.ack.kinds.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button" disabled={fetching} data-testid="ack-submit">
            {t('alerts.ack.submit')}
          </button>
        </div>
      </form>
      <StatusMessage text={message} testId="ack-status" />
    </section>
  );
}
