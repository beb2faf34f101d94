import { useTranslation } from 'react-i18next';
import type { RedemptionStatus } from '@/gql/graphql';
import { Attachments, type AttachmentItem } from './attachments';

/** A redemption as this section needs it: its invoice reference, status and attachments. */
export interface RedemptionWithInvoices {
  id: string;
  invoiceReference: string;
  status: RedemptionStatus;
  attachments: readonly AttachmentItem[];
}

/** Whether an invoice may be attached to a redemption now: only while its payment is pending. */
export function acceptsInvoices(status: RedemptionStatus): boolean {
  return status === 'PENDING_PAYMENT';
}

/** The id of a redemption's invoices heading, for links from its row of the table. */
export function invoicesAnchor(idPrefix: string, redemptionId: string): string {
  return `${idPrefix}-${redemptionId}-title`;
}

interface RedemptionInvoicesProps {
  redemptions: readonly RedemptionWithInvoices[];
  /** An invoice was attached: read the redemptions again. */
  onUploaded: () => void;
  /** Prefix of the section's ids (unique on the page). */
  idPrefix: string;
  /** The sentence under the heading: who may attach (the service provider, or the clinic too). */
  intro: string;
}

/**
 * Each redemption's invoices, downloadable, and while its payment is pending an "Attach
 * invoice" control (`POST /redemptions/{id}/attachments`): for the redeeming service provider
 * and for the clinic. The agency reads them on its payments page.
 */
export function RedemptionInvoices({ redemptions, onUploaded, idPrefix, intro }: RedemptionInvoicesProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${idPrefix}-title`} data-testid={idPrefix}>
      <h2 id={`${idPrefix}-title`}>{t('redemptionInvoices.title')}</h2>
      <p>{intro}</p>
      {redemptions.map((redemption) => (
        <Attachments
          key={redemption.id}
          parentPath={`/redemptions/${encodeURIComponent(redemption.id)}`}
          attachments={redemption.attachments}
          canUpload={acceptsInvoices(redemption.status)}
          onUploaded={onUploaded}
          idPrefix={`${idPrefix}-${redemption.id}`}
          headingLevel={3}
          title={t('redemptionInvoices.redemption', { invoice: redemption.invoiceReference })}
          emptyText={t('redemptionInvoices.empty')}
          fileLabel={t('redemptionInvoices.fileLabel')}
        />
      ))}
    </section>
  );
}
