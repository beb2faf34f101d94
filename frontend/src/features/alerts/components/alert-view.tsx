import { useTranslation } from 'react-i18next';
import { formatDateTime, formatList } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { paragraphs } from '../model/text';
import type { AlertViewModel } from '../model/view';
import { IndicatorTable } from './indicator-table';
import { SeverityTag, TlpTag } from './tags';

/** The body: plain-text paragraphs (no HTML is built from the Markdown). */
export function AlertBody({ body }: { body: string }) {
  return (
    <div className="alert-body" data-testid="alert-body">
      {paragraphs(body).map((lines, i) => (
        <p key={i} className="break">
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/**
 * An alert as its readers see it: severity and marking, summary, body, recommended actions,
 * what is affected, validity and the indicators. `headingLevel` 2 on its own page, 3 inside
 * the editor's preview.
 */
export function AlertView({ view, headingLevel = 2, showTitle = false }: { view: AlertViewModel; headingLevel?: 2 | 3; showTitle?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const states = view.memberStates
    ? formatList(view.memberStates.map((c) => memberStateName(c, c, language)), language)
    : t('alerts.detail.allMemberStates');
  const types = view.healthcareTypes
    ? formatList(view.healthcareTypes.map((h) => t(`healthcareType.${h}`)), language)
    : t('alerts.detail.allHealthcareTypes');
  const from = view.validFrom ? formatDateTime(view.validFrom, language) : '—';
  return (
    <div className="alert-view">
      {showTitle ? <H data-testid="preview-title">{view.title || t('alerts.editor.untitled')}</H> : null}
      <p className="alert-tags">
        <SeverityTag severity={view.severity} /> <TlpTag tlp={view.tlp} />
      </p>
      {view.english ? <p className="muted">{t('alerts.detail.englishOnly')}</p> : null}
      <p className="lead break" data-testid="alert-summary">
        {view.summary}
      </p>
      <AlertBody body={view.body} />
      <H>{t('alerts.detail.actions')}</H>
      {view.actions.length > 0 ? (
        <ol className="bullet-list" data-testid="alert-actions">
          {view.actions.map((a, i) => (
            <li key={i} className="break">
              {a}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('alerts.detail.none')}</p>
      )}
      <H>{t('alerts.detail.affected')}</H>
      <dl className="record__facts">
        <div>
          <dt>{t('alerts.detail.memberStates')}</dt>
          <dd>{states}</dd>
        </div>
        <div>
          <dt>{t('alerts.detail.healthcareTypes')}</dt>
          <dd>{types}</dd>
        </div>
        <div>
          <dt>{t('alerts.detail.products')}</dt>
          <dd className="break">
            {view.products.length > 0
              ? formatList(view.products.map((p) => (p.product ? `${p.vendor} ${p.product}` : p.vendor)), language)
              : t('alerts.detail.none')}
          </dd>
        </div>
        <div>
          <dt>{t('alerts.detail.cves')}</dt>
          <dd className="break">{view.cves.length > 0 ? view.cves.join(', ') : t('alerts.detail.none')}</dd>
        </div>
        <div>
          <dt>{t('alerts.detail.validity')}</dt>
          <dd>
            {view.validUntil
              ? t('alerts.detail.validRange', { from, until: formatDateTime(view.validUntil, language) })
              : t('alerts.detail.untilRevoked', { from })}
          </dd>
        </div>
      </dl>
      <H>{t('alerts.indicators.title')}</H>
      <IndicatorTable indicators={view.indicators} />
    </div>
  );
}
