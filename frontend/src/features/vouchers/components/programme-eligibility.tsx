import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '@/components/ui';
import type { ProgrammeRulesFragment, SmeAssessmentInput } from '@/gql/graphql';
import { hasErrorKind, mapError } from '@/lib/errors';
import { formatMoney, formatRemaining } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { ProgrammeEligibilityQuery } from '../api/applications';
import { formatPercent, formatUtcDay } from '../model/display';
import { EligibilityChecks } from './eligibility-checks';

/**
 * One open programme with its eligibility for the clinic, rule by rule. With an SME
 * self-assessment saved in this browser the SME rule is answered too; if the server does not
 * accept that input, the rules are asked again without it.
 */
export function ProgrammeEligibility({
  programme,
  savedSme,
}: {
  programme: ProgrammeRulesFragment;
  savedSme: SmeAssessmentInput | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const now = new Date();
  const [withSme, setWithSme] = useState(savedSme !== null);
  const variables = useMemo(
    () => ({ programId: programme.id, sme: withSme ? savedSme : null }),
    [programme.id, withSme, savedSme],
  );
  const [{ data, error }, reexecute] = useQuery({
    query: ProgrammeEligibilityQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const smeRefused = error !== undefined && withSme && hasErrorKind(error, 'VALIDATION');
  useEffect(() => {
    if (smeRefused) setWithSme(false);
  }, [smeRefused]);
  const headingId = `programme-${programme.id}`;
  const eligibility = data?.programEligibility;
  // The SME rule answered from the saved self-assessment does not stop the clinic from applying
  // with other SME data; any other failed rule does.
  const blocked = eligibility?.checks.some((c) => c.outcome === 'FAILED' && c.rule !== 'SME_CATEGORY') ?? true;

  return (
    <li className="record" data-testid="applicable-programme" data-code={programme.code}>
      <h2 className="record__title" id={headingId}>
        {programme.name}
      </h2>
      <p className="muted">
        {t('programmes.code')}: {programme.code}
      </p>
      <dl className="record__facts">
        <div>
          <dt>{t('programmes.voucherRange')}</dt>
          <dd>
            {t('programmes.voucherRangeValue', {
              min: formatMoney(programme.minVoucher, programme.currency, locale),
              max: formatMoney(programme.maxVoucher, programme.currency, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('programmes.aidIntensity')}</dt>
          <dd>{t('programmes.aidIntensityValue', { percent: formatPercent(programme.aidIntensity, locale) })}</dd>
        </div>
        <div>
          <dt>{t('programmes.window')}</dt>
          <dd>
            {t('programmes.windowValue', {
              from: formatUtcDay(programme.opensAt, locale),
              to: formatUtcDay(programme.closesAt, locale),
            })}
            {Date.parse(programme.closesAt) > now.getTime() ? (
              <>
                <br />
                <span className="muted">
                  {t('programmes.closesIn', { remaining: formatRemaining(programme.closesAt, now, locale) })}
                </span>
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      <h3>{t('applyList.checksTitle')}</h3>
      {error && !eligibility ? (
        <ErrorState
          title={t('applyList.eligibilityError')}
          error={mapError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !eligibility ? (
        <LoadingState />
      ) : (
        <>
          <p
            className={eligibility.eligible ? 'verdict verdict--ok' : 'verdict verdict--no'}
            data-testid="eligibility-verdict"
            data-eligible={eligibility.eligible}
          >
            {eligibility.eligible ? t('applyList.eligible') : blocked ? t('applyList.notEligible') : t('applyList.smeOnly')}
          </p>
          {withSme ? <p className="muted">{t('applyList.smeUsed')}</p> : null}
          <EligibilityChecks
            programme={programme}
            checks={eligibility.checks}
            label={t('applyList.checksLabel', { name: programme.name })}
          />
          {!blocked ? (
            <div className="button-row">
              <Link
                className="button"
                to={`/provider/programmes/${programme.id}/apply`}
                aria-describedby={headingId}
                data-testid="apply-link"
              >
                {t('applyList.apply')}
              </Link>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
