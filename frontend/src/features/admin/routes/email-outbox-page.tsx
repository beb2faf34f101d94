import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable, ListView } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { EmailOutboxQuery } from '../api/email-outbox';

/** Platform admin: the e-mail outbox (in development without SMTP, the mail that was "sent"). */
export default function EmailOutboxPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('outbox.title'));
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: EmailOutboxQuery,
    variables: { first: 100 },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <h1 id="outbox-title" tabIndex={-1}>
        {t('outbox.title')}
      </h1>
      <p className="lead">{t('outbox.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={refresh} data-testid="outbox-refresh">
          {t('outbox.refresh')}
        </button>
      </div>
      <section className="panel" aria-labelledby="outbox-list-title" aria-busy={fetching || undefined}>
        <h2 id="outbox-list-title">{t('outbox.listTitle')}</h2>
        <ListView
          items={data?.emailOutbox}
          error={error ? mapError(error) : null}
          onRetry={refresh}
          empty={t('outbox.empty')}
        >
          {(mails) => (
            <DataTable
              captionId="outbox-caption"
              caption={t('outbox.listTitle')}
              testId="outbox-table"
              columns={[
                { label: t('outbox.created') },
                { label: t('outbox.recipient') },
                { label: t('outbox.subject') },
                { label: t('outbox.status') },
                { label: t('outbox.attempts'), numeric: true },
                { label: t('outbox.lastError') },
              ]}
            >
              {mails.map((mail) => (
                <tr key={mail.id} data-testid="outbox-row">
                  <td>{formatDateTime(mail.createdAt, language)}</td>
                  <td>{mail.recipient}</td>
                  <td>
                    <details>
                      <summary>{mail.subject}</summary>
                      <pre className="mail-body" lang={mail.language} data-testid="outbox-body">
                        {mail.body}
                      </pre>
                    </details>
                  </td>
                  <td>{t(`outbox.statuses.${mail.status === 'SENT' ? 'SENT' : mail.status === 'FAILED' ? 'FAILED' : 'PENDING'}`)}</td>
                  <td className="num">{mail.attempts}</td>
                  <td>{mail.lastError ?? '—'}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </ListView>
      </section>
    </>
  );
}
