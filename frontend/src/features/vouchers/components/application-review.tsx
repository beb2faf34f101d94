import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeRulesFragment } from '@/gql/graphql';
import { normaliseDecimalInput } from '@/lib/decimal';
import { formatMoney, formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import {
  estimatedTotal,
  smeInputOf,
  type ApplicationDraft,
  type ApplicationStep,
} from '../model/application-draft';
import type { Directory } from '../api/service-providers';
import { serviceCategoryLabel } from '../model/display';
import { summariseSmeInput } from '../model/sme-input';
import { AmountDerivation } from './amount-derivation';
import { ServiceProviderName } from './service-provider-name';

interface ApplicationReviewProps {
  programme: ProgrammeRulesFragment;
  draft: ApplicationDraft;
  digits: number;
  /** The directory of service providers, for the chosen one's name. */
  directory: Directory;
  onEdit: (step: ApplicationStep) => void;
}

/** The last step: everything the clinic is about to submit, each part with "Change". */
export function ApplicationReview({ programme, draft, digits, directory, onEdit }: ApplicationReviewProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const money = (amount: string) => formatMoney(normaliseDecimalInput(amount), programme.currency, locale);
  const eur = (amount: string) => formatMoney(normaliseDecimalInput(amount), 'EUR', locale);
  const sme = smeInputOf(draft);
  const summary = sme ? summariseSmeInput(sme) : null;
  const rows = draft.services.filter((r) => r.category || r.description.trim() || r.estimatedCost.trim());

  const section = (step: ApplicationStep, content: ReactNode) => (
    <section key={step} className="panel" aria-labelledby={`application-review-${step}`}>
      <h3 id={`application-review-${step}`}>{t(`applicationForm.steps.${step}`)}</h3>
      {content}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onEdit(step)}
        aria-label={`${t('applicationForm.edit')}: ${t(`applicationForm.steps.${step}`)}`}
      >
        {t('applicationForm.edit')}
      </button>
    </section>
  );

  return (
    <div data-testid="application-review">
      <p>{t('applicationForm.reviewIntro')}</p>
      {section(
        'services',
        <>
          <ul className="plain-list">
            {rows.map((row) => (
              <li key={row.key}>
                <strong>{row.category ? serviceCategoryLabel(t, row.category) : ''}</strong>:{' '}
                {row.estimatedCost.trim() ? money(row.estimatedCost) : ''}
                <br />
                <span className="muted">{row.description}</span>
              </li>
            ))}
          </ul>
          <p>
            {t('applicationForm.estimatedTotal', {
              total: formatMoney(estimatedTotal(draft.services, digits), programme.currency, locale),
            })}
          </p>
          <AmountDerivation programmeId={programme.id} services={draft.services} idPrefix="review-amount-derivation" />
        </>,
      )}
      {section(
        'provider',
        <dl className="summary">
          <div>
            <dt>{t('applications.serviceProvider')}</dt>
            <dd className="break" data-testid="review-service-provider">
              <ServiceProviderName
                id={draft.serviceProviderId.trim()}
                directory={directory}
                anyText={t('applications.anyProvider')}
              />
            </dd>
          </div>
        </dl>,
      )}
      {section(
        'sme',
        <dl className="summary">
          <div>
            <dt>{t('applicationForm.smeSourceLegend')}</dt>
            <dd>
              {summary
                ? t('applicationForm.smeSummary', {
                    name: summary.applicantName,
                    parties: summary.parties,
                    holdings: summary.holdings,
                  })
                : t('vouchersCommon.none')}
              {summary?.latest ? (
                <>
                  <br />
                  {summary.latest.staff
                    ? `${t('applicationForm.staff')}: ${formatNumber(summary.latest.staff, locale)}. `
                    : null}
                  {t('applicationForm.smeLatestPeriod', {
                    label: summary.latest.label,
                    turnover: eur(summary.latest.annualTurnover),
                    balance: eur(summary.latest.balanceSheetTotal),
                  })}
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('applications.deMinimis')}</dt>
            <dd>{draft.deMinimisReceivedEur.trim() ? eur(draft.deMinimisReceivedEur) : eur('0')}</dd>
          </div>
        </dl>,
      )}
    </div>
  );
}
