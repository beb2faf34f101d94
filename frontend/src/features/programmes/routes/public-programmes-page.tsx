import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ListPage, LoadingState, SelectField } from '@/components/ui';
import type { OpenProgrammesQuery as OpenProgrammesResult } from '@/gql/graphql';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { OpenProgrammesQuery, ProgrammeMemberStatesQuery } from '../api/programmes';
import { ProgramFacts } from '../components/program-facts';
import { pickText } from '../model/display';

type Programme = OpenProgrammesResult['voucherPrograms']['nodes'][number];

export default function PublicProgrammesPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('programmes.title'));
  const [memberState, setMemberState] = useState('');
  const [{ data: states }] = useQuery({ query: ProgrammeMemberStatesQuery });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OpenProgrammesQuery,
    variables: { language, memberState: memberState || null },
    requestPolicy: 'cache-and-network',
  });
  const countId = useId();

  const groups = useMemo(() => {
    const byState = new Map<string, { code: string; name: string; programmes: Programme[] }>();
    for (const programme of data?.voucherPrograms.nodes ?? []) {
      const { code, name } = programme.memberState;
      const group = byState.get(code) ?? {
        code,
        name: memberStateName(code, name, language),
        programmes: [],
      };
      group.programmes.push(programme);
      byState.set(code, group);
    }
    return [...byState.values()].sort((a, b) => a.name.localeCompare(b.name, language));
  }, [data, language]);

  const stateOptions = useMemo(
    () =>
      (states?.memberStates ?? [])
        .map((s) => ({ value: s.code, label: memberStateName(s.code, s.name, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [states, language],
  );
  const total = data?.voucherPrograms.nodes.length ?? 0;

  return (
    <ListPage
      titleId="programmes-title"
      title={t('programmes.title')}
      intro={t('programmes.intro')}
      filters={
        <SelectField
          id="programmes-member-state"
          name="memberState"
          label={t('programmes.filterLabel')}
          value={memberState}
          onChange={setMemberState}
          options={stateOptions}
          placeholder={t('programmes.allMemberStates')}
        />
      }
      items={data?.voucherPrograms.nodes}
      error={error ? mapError(error) : null}
      errorTitle={t('programmes.loadError')}
      errorMode="instead"
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      loading={fetching ? <LoadingState /> : null}
      empty={memberState ? t('programmes.emptyFiltered') : t('programmes.empty')}
    >
      {() => (
        <>
          <p id={countId} role="status" data-testid="programmes-count">
            {t('programmes.count', { count: total })}
          </p>
          {groups.map((group) => (
            <section
              key={group.code}
              aria-labelledby={`state-${group.code}`}
              className="programme-group"
              data-testid="programme-group"
              data-code={group.code}
            >
              <h2 id={`state-${group.code}`}>{group.name}</h2>
              <ul className="record-list">
                {group.programmes.map((programme) => {
                  const description = pickText(programme.descriptions, language);
                  return (
                    <li key={programme.id} className="record" data-testid="public-programme">
                      <h3 className="record__title">{programme.name}</h3>
                      <p className="muted">
                        {t('programmes.code')}: {programme.code}
                      </p>
                      {description ? <p>{description}</p> : null}
                      <ProgramFacts
                        currency={programme.currency}
                        minVoucher={programme.minVoucher}
                        maxVoucher={programme.maxVoucher}
                        aidIntensity={programme.aidIntensity}
                        prefinancingShare={programme.prefinancingShare}
                        opensAt={programme.opensAt}
                        closesAt={programme.closesAt}
                        smeCategories={programme.smeCategories}
                        healthcareTypes={programme.healthcareTypes}
                        serviceCategories={programme.serviceCategories}
                      />
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </ListPage>
  );
}
