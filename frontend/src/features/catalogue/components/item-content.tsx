import { useTranslation } from 'react-i18next';
import type { ContentFieldsFragment } from '@/gql/graphql';
import { formatList, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { languageName } from '../model/languages';
import { MarkdownView } from './markdown-view';

const CATEGORY_KEYS = [
  'RISK_ASSESSMENT',
  'PENETRATION_TESTING',
  'SECURITY_TRAINING',
  'BACKUP_AND_RECOVERY',
  'MONITORING_AND_DETECTION',
  'INCIDENT_RESPONSE_RETAINER',
] as const;
type CategoryKey = (typeof CATEGORY_KEYS)[number];
const isCategoryKey = (c: string): c is CategoryKey => (CATEGORY_KEYS as readonly string[]).includes(c);

/** An item's content: summary, Markdown text, playbook steps, links, facets and service offering. */
export function ItemContent({ content, headingLevel = 2 }: { content: ContentFieldsFragment; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const H = `h${headingLevel}` as 'h2';
  const regions = (codes: readonly string[]) => {
    try {
      const names = new Intl.DisplayNames([ui], { type: 'region' });
      return formatList(codes.map((c) => names.of(c) ?? c), ui);
    } catch {
      return codes.join(', ');
    }
  };
  return (
    <div lang={content.language} data-testid="item-content">
      <p className="lead" data-testid="item-summary">
        {content.summary}
      </p>
      {content.body ? <MarkdownView text={content.body} headingOffset={headingLevel} testId="item-body" /> : null}
      {content.steps.length > 0 ? (
        <section aria-labelledby="item-steps">
          <H id="item-steps">{t('catalogue.steps')}</H>
          <ol className="plain-list">
            {content.steps.map((step) => (
              <li key={step.number} data-testid="playbook-step">
                <h3 className="step-title">
                  {t('catalogue.stepHeading', {
                    number: step.number,
                    phase: t(`catalogue.phases.${step.phase}`),
                    title: step.title,
                  })}
                </h3>
                <MarkdownView text={step.instructions} headingOffset={3} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {content.links.length > 0 ? (
        <section aria-labelledby="item-links">
          <H id="item-links">{t('catalogue.links')}</H>
          <ul>
            {content.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer nofollow">
                  {link.label}
                </a>{' '}
                <span className="link-destination">({link.url})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <dl className="summary spaced" lang={ui}>
        <div>
          <dt>{t('catalogue.facet.priority')}</dt>
          <dd>{formatList(content.priorities.map((p) => t(`catalogue.priorities.${p}`)), ui)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.audience')}</dt>
          <dd>
            {content.audience.everyone
              ? t('catalogue.everyone')
              : formatList(
                  [
                    ...content.audience.healthcareTypes.map((h) => t(`healthcareType.${h}`)),
                    ...content.audience.smeCategories.map((s) => t(`smeCategory.${s}`)),
                  ],
                  ui,
                )}
          </dd>
        </div>
        {content.topics.length > 0 ? (
          <div>
            <dt>{t('catalogue.topics')}</dt>
            <dd>{content.topics.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {content.service ? (
        <section aria-labelledby="item-service" lang={ui}>
          <H id="item-service">{t('catalogue.service')}</H>
          <dl className="summary">
            <div>
              <dt>{t('catalogue.serviceCategories')}</dt>
              <dd>
                {formatList(
                  content.service.categories.map((c) => (isCategoryKey(c) ? t(`serviceCategory.${c}`) : c)),
                  ui,
                )}
              </dd>
            </div>
            <div>
              <dt>{t('catalogue.memberStates')}</dt>
              <dd>{regions(content.service.memberStates)}</dd>
            </div>
            <div>
              <dt>{t('catalogue.serviceLanguages')}</dt>
              <dd>{formatList(content.service.languages.map((l) => languageName(l, ui)), ui)}</dd>
            </div>
            <div>
              <dt>{t('catalogue.price')}</dt>
              <dd>{formatMoney(content.service.indicativePrice, content.service.currency, ui)}</dd>
            </div>
          </dl>
        </section>
      ) : null}
    </div>
  );
}
