import { fireEvent, screen, within } from '@testing-library/react';
import type { ComponentProps, ReactElement } from 'react';
import { useLocation } from 'react-router';
import { vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { signedIn } from '@/test/session';
import { DecisionPanel } from '../components/decision-panel';
import PaymentsPage from '../routes/payments-page';

/** The decision panel's amount field, by its label. */
export const amountLabel = en.review.approveAmount.replace('{{currency}}', 'EUR');

/**
 * The decision panel on €20,000.00 asked (minimum €5,000.00, 20 % pre-financing, €50,000.00
 * available), its client answering `respond`; `props` change any of that (four eyes, say).
 */
export async function renderDecisionPanel(
  respond: (operation: string) => unknown,
  props: Partial<ComponentProps<typeof DecisionPanel>> = {},
) {
  const onDecided = vi.fn();
  const mock = mockClient(respond);
  await renderWithProviders(
    <DecisionPanel
      applicationId="a1"
      currency="EUR"
      requestedAmount="20000.00"
      minVoucher="5000.00"
      prefinancingShare="20"
      available="50000.00"
      onDecided={onDecided}
      {...props}
    />,
    { client: mock.client },
  );
  return { ...mock, onDecided };
}

/** Approves in the decision panel, then in the confirmation. */
export function approveAndConfirm() {
  fireEvent.click(screen.getByTestId('approve'));
  fireEvent.click(screen.getByTestId('approve-confirm-confirm'));
}

/**
 * The agency's payments page, its client answering `respond` (given the operations sent so
 * far, this one included); `sent` lists them in order.
 */
export async function renderPaymentsPage(respond: (operation: string, sent: readonly string[]) => unknown) {
  const sent: string[] = [];
  const { client } = mockClient((operation) => {
    sent.push(operation);
    return respond(operation, sent);
  });
  await renderWithProviders(<PaymentsPage />, { client });
  return { sent };
}

/** Attaches `fileName` (a PDF) in the invoices of the redemption whose heading is `heading`. */
export function attachInvoice(heading: string, fileName: string) {
  const region = within(screen.getByRole('region', { name: heading }));
  fireEvent.change(region.getByLabelText(en.redemptionInvoices.fileLabel), {
    target: { files: [new File(['%PDF-1.4'], fileName, { type: 'application/pdf' })] },
  });
  fireEvent.click(region.getByRole('button', { name: en.attachments.upload }));
}

/** The address's query string, for a test to read where the filters took it. */
function Where() {
  return <p data-testid="where">{useLocation().search}</p>;
}

/**
 * A queue page (review or payments) at `initialEntry` for a signed-in agency officer of DE with
 * one programme (`programme`, for the filter form); the queue's own operation is answered by
 * `list`. `filtersSent(operation)` lists the `filter` variable of each such operation sent.
 */
export async function renderQueuePage(
  page: ReactElement,
  { path, initialEntry, programme, list }: { path: string; initialEntry: string; programme: unknown; list: () => unknown },
) {
  const mock = mockClient((operation) => {
    if (operation === 'ReviewOfficer') return { data: { me: { __typename: 'User', id: 'u1', memberState: { __typename: 'MemberState', code: 'DE' } } } };
    if (operation === 'ReviewProgrammes') return { data: { voucherPrograms: { __typename: 'VoucherProgramConnection', nodes: [programme] } } };
    return list();
  });
  await renderWithProviders(
    <>
      {page}
      <Where />
    </>,
    { client: mock.client, path, initialEntry, store: signedIn('AGENCY_OFFICER') },
  );
  const filtersSent = (operation: string) =>
    mock.fetchMock.mock.calls
      .map((call) => JSON.parse(String(call[1]?.body)) as { operationName: string; variables: Record<string, unknown> })
      .filter((sent) => sent.operationName === operation)
      .map((sent) => sent.variables['filter']);
  return { filtersSent };
}
