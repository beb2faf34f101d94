import { useTranslation } from 'react-i18next';
import type { CatalogueDiffQuery } from '@/gql/graphql';

type Diff = NonNullable<CatalogueDiffQuery['catalogueItem']>['diff'];
const FIELDS = ['title', 'summary', 'body', 'steps', 'links'] as const;
type DiffField = (typeof FIELDS)[number];
const isField = (f: string): f is DiffField => (FIELDS as readonly string[]).includes(f);

/** The line diff of two versions: each field, its lines marked added or removed in words and colour. */
export function DiffView({ diff, languageName }: { diff: Diff; languageName: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="diff-title" className="panel" data-testid="diff">
      <h3 id="diff-title">{t('catalogue.diffTitle', { language: languageName })}</h3>
      {!diff.inOld ? <p>{t('catalogue.notInOld')}</p> : null}
      {!diff.inNew ? <p>{t('catalogue.notInNew')}</p> : null}
      {diff.facetsChanged ? <p data-testid="diff-facets">{t('catalogue.facetsChanged')}</p> : null}
      {diff.fields.map((field) => (
        <div key={field.field} className="diff-field" data-testid="diff-field" data-field={field.field} data-changed={field.changed}>
          <h4>{isField(field.field) ? t(`catalogue.diffFields.${field.field}`) : field.field}</h4>
          {field.changed ? (
            <ul className="diff-lines">
              {field.lines.map((line, i) => (
                <li key={i} className={`diff-line diff-line--${line.tag.toLowerCase()}`} data-tag={line.tag}>
                  {line.tag === 'ADDED' ? (
                    <span className="diff-line__tag">+ <span className="visually-hidden">{t('catalogue.added')}: </span></span>
                  ) : line.tag === 'REMOVED' ? (
                    <span className="diff-line__tag">− <span className="visually-hidden">{t('catalogue.removed')}: </span></span>
                  ) : (
                    <span className="diff-line__tag" aria-hidden="true">{'  '}</span>
                  )}
                  {line.text || '\u00a0'}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('catalogue.unchanged')}</p>
          )}
        </div>
      ))}
    </section>
  );
}
