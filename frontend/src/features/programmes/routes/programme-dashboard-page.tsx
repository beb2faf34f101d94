import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ProgrammeDashboardQuery } from '../api/programmes';
import { AllocateFundsForm, DeallocateFundsForm } from '../components/allocate-funds-form';
import { FundsOverview } from '../components/funds-overview';
import { LEDGER_PAGE_SIZE, LedgerSection } from '../components/ledger-section';
import { ProgramFacts } from '../components/program-facts';
import { StatusActions } from '../components/status-actions';

/** What the previous page did: `{ created: true }` (new programme) or `{ updated: true }` (edit). */
function navigationFlag(state: unknown, flag: 'created' | 'updated'): boolean {
  return typeof state === 'object' && state !== null && flag in state && Reflect.get(state, flag) === true;
}

export default function ProgrammeDashboardPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const location = useLocation();
  const [{ data, error }, reexecute] = useQuery({
    query: ProgrammeDashboardQuery,
    variables: { id, language, first: LEDGER_PAGE_SIZE },
    requestPolicy: 'cache-and-network',
  });
  const programme = data?.voucherProgram;
  useDocumentTitle(programme?.name ?? t('agencyProgrammes.title'));
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !programme) {
    return (
      <>
        <h1 tabIndex={-1}>{t('agencyProgrammes.title')}</h1>
        <ErrorState error={mapError(error)} onRetry={refresh} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <h1 tabIndex={-1}>{t('agencyProgrammes.title')}</h1>
        <LoadingState />
      </>
    );
  }
  if (!programme) {
    return (
      <>
        <h1 tabIndex={-1}>{t('misc.notFoundTitle')}</h1>
        <Alert tone="error" testId="programme-not-found">
          <p>{t('dashboard.notFound')}</p>
        </Alert>
        <Link to="/agency/programmes">{t('dashboard.back')}</Link>
      </>
    );
  }

  const ledger = programme.ledger;
  const firstPage = ledger?.nodes ?? [];
  return (
    <>
      <p>
        <Link to="/agency/programmes">{t('dashboard.back')}</Link>
      </p>
      <h1 id="programme-title" tabIndex={-1} data-testid="programme-name">
        {programme.name}
      </h1>
      <p className="muted">
        {t('programmes.code')}: <span data-testid="programme-code">{programme.code}</span>
      </p>
      {navigationFlag(location.state, 'created') ? (
        <Alert tone="success" testId="programme-created">
          <p>{t('dashboard.created')}</p>
        </Alert>
      ) : null}
      {navigationFlag(location.state, 'updated') ? (
        <Alert tone="success" testId="programme-updated">
          <p>{t('dashboard.updated')}</p>
        </Alert>
      ) : null}
      {programme.status !== 'ARCHIVED' ? (
        <div className="button-row">
          <Link
            className="button button--secondary"
            to={`/agency/programmes/${programme.id}/edit`}
            data-testid="edit-programme"
          >
            {t('editProgramme.link')}
          </Link>
        </div>
      ) : null}

      {/* Remounted when the budget changes, so a stale "allocate a budget first" message goes. */}
      <StatusActions
        key={programme.funds?.allocated ?? 'none'}
        programmeId={programme.id}
        status={programme.status}
        onChanged={refresh}
      />
      <FundsOverview programme={programme} />
      {programme.status !== 'ARCHIVED' ? (
        <div className="two-column funds-forms">
          <AllocateFundsForm programmeId={programme.id} currency={programme.currency} onAllocated={refresh} />
          {programme.funds ? (
            <DeallocateFundsForm
              programmeId={programme.id}
              currency={programme.currency}
              available={programme.funds.available}
              onDeallocated={refresh}
            />
          ) : null}
        </div>
      ) : null}
      {ledger ? (
        <LedgerSection
          key={firstPage.map((e) => e.id).join()}
          programmeId={programme.id}
          programmeCode={programme.code}
          firstPage={firstPage}
          hasNextPage={ledger.pageInfo.hasNextPage}
          endCursor={ledger.pageInfo.endCursor}
        />
      ) : null}
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('dashboard.rulesTitle')}</h2>
        <ProgramFacts
          currency={programme.currency}
          minVoucher={programme.minVoucher}
          maxVoucher={programme.maxVoucher}
          aidIntensity={programme.aidIntensity}
          prefinancingShare={programme.prefinancingShare}
          opensAt={programme.opensAt}
          closesAt={programme.closesAt}
        />
        <p>
          {t('dashboard.validity')}: {t('dashboard.validityValue', { count: programme.validityDays })}
        </p>
      </section>
      <section aria-labelledby="programme-vouchers-title">
        <h2 id="programme-vouchers-title">{t('vouchers.agencyTitle')}</h2>
        <ul className="task-list">
          <li>
            <Link to={`/agency/reviews?programme=${programme.id}`} data-testid="programme-reviews-link">
              {t('review.title')}
            </Link>
          </li>
          <li>
            <Link to={`/agency/payments?programme=${programme.id}`} data-testid="programme-payments-link">
              {t('payments.title')}
            </Link>
          </li>
        </ul>
      </section>
    </>
  );
}
