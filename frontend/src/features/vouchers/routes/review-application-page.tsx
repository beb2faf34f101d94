import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState, Reference } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ApplicationDetailQuery } from '../api/applications';
import { ApplicationFacts } from '../components/application-facts';
import { ApplicationHistory } from '../components/application-history';
import { Attachments } from '../components/attachments';
import { DecisionPanel, type DecisionOutcome } from '../components/decision-panel';
import { InternalNotes } from '../components/internal-notes';
import { SmeSnapshot } from '../components/sme-snapshot';
import { RedemptionsTable } from '../components/redemptions-table';
import { ApplicationStatusBadge, VoucherStatusBadge } from '../components/status-badge';

/** An application as the agency reviews it: organisation, facts, SME snapshot with trace, decision. */
export default function ReviewApplicationPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({
    query: ApplicationDetailQuery,
    variables: { id, language },
    requestPolicy: 'cache-and-network',
  });
  const application = data?.voucherApplication;
  const organisation = application?.organisation;
  const title = t('review.detailTitle', { organisation: organisation?.name ?? '' });
  useDocumentTitle(application ? title : t('review.title'));
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [decision, setDecision] = useState<DecisionOutcome | null>(null);
  const decisionRef = useRef<HTMLDivElement>(null);

  function onDecided(outcome: DecisionOutcome) {
    setDecision(outcome);
    refresh();
    requestAnimationFrame(() => decisionRef.current?.focus());
  }
  const back = (
    <p>
      <Link to="/agency/reviews">{t('review.back')}</Link>
    </p>
  );

  if (error && !data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('review.title')}</h1>
        <ErrorState error={mapError(error)} onRetry={refresh} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('review.title')}</h1>
        <LoadingState />
      </>
    );
  }
  if (!application) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('misc.notFoundTitle')}</h1>
        <Alert tone="error" testId="application-not-found">
          <p>{t('review.notFound')}</p>
        </Alert>
      </>
    );
  }

  const programme = application.program;
  return (
    <>
      {back}
      <h1 id="review-detail-title" tabIndex={-1}>
        {title}
      </h1>
      <p>
        <ApplicationStatusBadge status={application.status} />{' '}
        {programme ? (
          <span>
            {programme.name} <span className="muted">({programme.code})</span>
          </span>
        ) : null}
      </p>
      {application.reference ? (
        <p>
          <span className="muted">{t('references.label')}</span>{' '}
          <Reference value={application.reference} testId="application-reference" />
        </p>
      ) : null}
      {programme ? (
        <p>
          <Link to={`/agency/programmes/${programme.id}`}>{t('review.fundsLink')}</Link>
        </p>
      ) : null}
      {decision ? (
        <Alert tone={decision.tone} ref={decisionRef} testId="decision-result">
          <p>{decision.text}</p>
        </Alert>
      ) : null}

      {application.status === 'SUBMITTED' && programme ? (
        <DecisionPanel
          applicationId={application.id}
          currency={application.currency}
          requestedAmount={application.requestedAmount}
          minVoucher={programme.minVoucher}
          prefinancingShare={programme.prefinancingShare ?? null}
          available={programme.funds?.available ?? null}
          fourEyes={programme.fourEyes}
          recommendation={application}
          onDecided={onDecided}
        />
      ) : null}

      {application.voucher ? (
        <section id="voucher" className="panel" aria-labelledby="review-voucher-title" data-testid="review-voucher">
          <h2 id="review-voucher-title">{t('references.voucher')}</h2>
          <p>
            <VoucherStatusBadge status={application.voucher.status} />{' '}
            {formatMoney(application.voucher.amount, application.voucher.currency, language)}{' '}
            <Reference value={application.voucher.reference} testId="voucher-reference" />
          </p>
          {application.voucher.redemptions.length > 0 ? (
            <RedemptionsTable
              rows={application.voucher.redemptions}
              caption={t('vouchers.redemptionsCaption')}
              captionId="review-redemptions-caption"
            />
          ) : null}
        </section>
      ) : null}

      <InternalNotes applicationId={application.id} />

      <section aria-labelledby="review-history-title">
        <h2 id="review-history-title">{t('applications.historyTitle')}</h2>
        <ApplicationHistory application={application} />
      </section>

      {organisation ? (
        <section aria-labelledby="review-organisation-title">
          <h2 id="review-organisation-title">{t('review.organisationTitle')}</h2>
          <dl className="summary">
            <div>
              <dt>{t('vouchersCommon.organisation')}</dt>
              <dd>{organisation.name}</dd>
            </div>
            <div>
              <dt>{t('review.registrationId')}</dt>
              <dd>{organisation.registrationId ?? t('common.notProvided')}</dd>
            </div>
            <div>
              <dt>{t('review.type')}</dt>
              <dd>
                {organisation.healthcareType ? t(`healthcareType.${organisation.healthcareType}`) : t('common.notProvided')}
              </dd>
            </div>
            <div>
              <dt>{t('review.nis2Class')}</dt>
              <dd>{organisation.nis2Class ? t(`nis2Class.${organisation.nis2Class}`) : t('common.notProvided')}</dd>
            </div>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="review-facts-title">
        <h2 id="review-facts-title">{t('applications.factsTitle')}</h2>
        <ApplicationFacts application={application} />
      </section>

      <Attachments
        parentPath={`/applications/${encodeURIComponent(application.id)}`}
        attachments={application.attachments}
        canUpload={false}
        onUploaded={refresh}
        idPrefix="review-attachments"
      />

      <section aria-labelledby="review-sme-title">
        <h2 id="review-sme-title">{t('applications.smeTitle')}</h2>
        {application.smeSnapshot ? (
          <SmeSnapshot snapshot={application.smeSnapshot} traceOpen />
        ) : (
          <p>{t('applications.smeNone')}</p>
        )}
      </section>
    </>
  );
}
