import { useTranslation } from 'react-i18next';
import { CsvDownload } from '@/components/ui';

interface QueueSummaryProps {
  /** How many match the filters, said in words ("12 payments"); empty while loading. */
  countText: string;
  /** The queue's CSV export under the same filters, and the file it is saved as. */
  csvUrl: string;
  fileName: string;
}

/** A queue's count (announced when it changes) and its "Export CSV" under the same filters. */
export function QueueSummary({ countText, csvUrl, fileName }: QueueSummaryProps) {
  const { t } = useTranslation();
  return (
    <div className="queue-summary">
      <p role="status" className="queue-summary__count" data-testid="queue-count">
        {countText}
      </p>
      <CsvDownload
        url={csvUrl}
        fileName={fileName}
        label={t('queueFilters.export')}
        busyLabel={t('queueFilters.exporting')}
        errorText={t('queueFilters.exportError')}
        testId="queue-csv"
      />
    </div>
  );
}
