import { useTranslation } from 'react-i18next';
import type { SmeAssessmentQuery } from '@/gql/graphql';
import { formatMoney, formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { roundDecimal } from '../model/wizard';

/**
 * How to read the result: `isSme` answers "is it an SME?". `category` is the category its
 * figures give; under public control (Art. 3(4)) it is kept, so it is shown as the category by
 * size, next to "not an SME".
 */
function categoryTitleKey(assessment: Assessment) {
  return !assessment.isSme && assessment.notSmeReason === 'PUBLIC_BODY_CONTROL'
    ? ('sme.resultCategoryBySize' as const)
    : ('sme.resultCategory' as const);
}

export type Assessment = SmeAssessmentQuery['smeAssessment'];

/**
 * The result: the category and whether it is an SME, the combined figures, how each party
 * counts, and the server's explanation step by step (in English, marked as such).
 */
export function AssessmentResult({ assessment, applicantName }: { assessment: Assessment; applicantName: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const english = locale === 'en' ? undefined : 'en';
  const names = new Map(assessment.enterprises.map((e) => [e.id, e.name]));
  const percent = (value: string) => t('sme.percentValue', { value: formatNumber(roundDecimal(value, 2), locale) });
  const money = (value: string) => formatMoney(value, 'EUR', locale);

  return (
    <div data-testid="sme-result" data-category={assessment.category} data-is-sme={String(assessment.isSme)}>
      <div className={`alert ${assessment.isSme ? 'alert--success' : 'alert--error'}`} data-testid="sme-verdict">
        <p className="alert__title" data-testid="sme-category">
          {t(categoryTitleKey(assessment), { category: t(`smeCategory.${assessment.category}`) })}
        </p>
        <p>{assessment.isSme ? t('sme.isSme', { name: applicantName }) : t('sme.notSme', { name: applicantName })}</p>
        {assessment.notSmeReason ? (
          <p data-testid="sme-not-sme-reason">{t(`sme.notSmeReason.${assessment.notSmeReason}`)}</p>
        ) : null}
      </div>

      <section aria-labelledby="sme-figures-title">
        <h3 id="sme-figures-title">{t('sme.figuresTitle')}</h3>
        <p className="field__hint">{t('sme.figuresHint')}</p>
        <dl className="stat-grid" data-testid="sme-figures">
          <div className="stat">
            <dt>{t('sme.staffAwu')}</dt>
            <dd>{formatNumber(roundDecimal(assessment.aggregated.staffAwu, 2), locale)}</dd>
          </div>
          <div className="stat">
            <dt>{t('sme.annualTurnover')}</dt>
            <dd>{money(assessment.aggregated.annualTurnover)}</dd>
          </div>
          <div className="stat">
            <dt>{t('sme.balanceSheetTotal')}</dt>
            <dd>{money(assessment.aggregated.balanceSheetTotal)}</dd>
          </div>
        </dl>
        {assessment.periodCategories.length > 0 ? (
          <>
            <h4>{t('sme.periodCategoriesTitle')}</h4>
            <ul className="bullet-list">
              {assessment.periodCategories.map((p) => (
                <li key={p.label}>
                  {p.label}: {t(`smeCategory.${p.category}`)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="sme-parties-title">
        <h3 id="sme-parties-title">{t('sme.partiesTitle')}</h3>
        <div className="table-wrap" role="region" aria-labelledby="sme-parties-caption" tabIndex={0}>
          <table className="table">
            <caption id="sme-parties-caption" className="visually-hidden">
              {t('sme.partiesCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('sme.party')}</th>
                <th scope="col">{t('sme.relation')}</th>
                <th scope="col" className="num">
                  {t('sme.includedPercent')}
                </th>
                <th scope="col">{t('sme.explanation')}</th>
              </tr>
            </thead>
            <tbody>
              {assessment.enterprises.map((e) => (
                <tr key={e.id} data-testid="sme-result-party" data-relation={e.relation}>
                  <th scope="row">
                    {e.name}
                    {e.via ? (
                      <>
                        <br />
                        <span className="muted">
                          {t('sme.via')}: {names.get(e.via) ?? e.via}
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td>{t(`smeRelation.${e.relation}`)}</td>
                  <td className="num">{percent(e.includedPercent)}</td>
                  <td lang={english}>{e.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="sme-trace-title">
        <h3 id="sme-trace-title">{t('sme.traceTitle')}</h3>
        {english ? <p className="muted">{t('sme.englishNote')}</p> : null}
        <ol className="trace" lang={english} data-testid="sme-trace">
          {assessment.trace.map((step, index) => (
            <li key={index}>
              <strong>{step.article}</strong> {step.text}
            </li>
          ))}
        </ol>
        <p className="muted">{t('sme.ruleVersion', { version: assessment.ruleVersion })}</p>
      </section>
    </div>
  );
}
