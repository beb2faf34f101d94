import { useTranslation } from 'react-i18next';
import { DataTable, LoadingState } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { StatementBody } from '../components/statement';
import type { LegalContent } from '../content/types';
import { useLegalContent } from '../content/use-legal-content';
import { REVIEWED, type StatementKind } from '../model/operator';
import { STORAGE_ENTRIES } from '../model/storage';

function StorageTable({ content }: { content: LegalContent }) {
  const { columns, entries, tableCaption } = content.cookies;
  return (
    <DataTable
      captionId="storage-caption"
      caption={tableCaption}
      captionVisible
      testId="storage-table"
      columns={[{ label: columns.key }, { label: columns.storage }, { label: columns.purpose }, { label: columns.kept }]}
    >
      {STORAGE_ENTRIES.map((entry) => (
        <tr key={entry.id} data-key={entry.key}>
          <td>
            <code>
              {entry.key}
              {entry.prefix ? '…' : ''}
            </code>
          </td>
          <td>
            <code>{entry.storage}</code>
          </td>
          <td>{entries[entry.id].purpose}</td>
          <td>{entries[entry.id].kept}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The legal notice, privacy, cookie or accessibility statement, in the UI language. */
export default function StatementPage({ kind }: { kind: StatementKind }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const title = t(`legal.${kind}`);
  useDocumentTitle(title);
  const content = useLegalContent(language);
  const statement = content?.statements[kind];

  return (
    <article className="statement" data-testid={`statement-${kind}`}>
      <h1 id="statement-title" tabIndex={-1}>
        {title}
      </h1>
      {!content || !statement ? (
        <LoadingState />
      ) : (
        <>
          <p className="lead">{statement.intro}</p>
          <StatementBody statement={statement} headingPrefix={kind} />
          {kind === 'cookies' ? <StorageTable content={content} /> : null}
          <p className="muted" data-testid="statement-reviewed">
            {content.reviewed(formatDate(REVIEWED[kind], language, { timeZone: 'UTC' }))}
          </p>
        </>
      )}
    </article>
  );
}
