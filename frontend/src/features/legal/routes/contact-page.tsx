import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '@/components/ui';
import type { AgencyDirectoryQuery as Directory } from '@/gql/graphql';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AgencyDirectoryQuery } from '../api/agency-directory';
import type { LegalContent } from '../content/types';
import { useLegalContent } from '../content/use-legal-content';
import { OPERATOR } from '../model/operator';

type Agency = Directory['agencyDirectory'][number];

function AgencyCard({ agency, text }: { agency: Agency; text: LegalContent['contact'] }) {
  const helpdesk = agency.helpdesk;
  return (
    <li className="record" data-testid="agency-contact" data-member-state={agency.memberState.code}>
      <h4 className="record__title">{agency.name}</h4>
      {helpdesk ? (
        <dl className="record__facts">
          {helpdesk.email ? (
            <div>
              <dt>{text.email}</dt>
              <dd>
                <a href={`mailto:${helpdesk.email}`}>{helpdesk.email}</a>
              </dd>
            </div>
          ) : null}
          {helpdesk.phone && helpdesk.phoneUri ? (
            <div>
              <dt>{text.phone}</dt>
              <dd>
                <a href={helpdesk.phoneUri}>{helpdesk.phone}</a>
              </dd>
            </div>
          ) : null}
          {helpdesk.url ? (
            <div>
              <dt>{text.web}</dt>
              <dd>
                <a href={helpdesk.url} className="break">
                  {helpdesk.url}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{text.noHelpdesk}</p>
      )}
    </li>
  );
}

/** How to reach the platform helpdesk, and every member state's agency from the registry. */
export default function ContactPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('legal.contact'));
  const content = useLegalContent(language);
  const [{ data, error }, reexecute] = useQuery({ query: AgencyDirectoryQuery });

  const states = useMemo(() => {
    const agencies = data?.agencyDirectory ?? [];
    return (data?.memberStates ?? [])
      .map((state) => ({
        code: state.code,
        name: memberStateName(state.code, state.name, language),
        agencies: agencies.filter((agency) => agency.memberState.code === state.code),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, language));
  }, [data, language]);

  return (
    <>
      <h1 id="contact-title" tabIndex={-1}>
        {t('legal.contact')}
      </h1>
      {!content ? (
        <LoadingState />
      ) : (
        <>
          <p className="lead">{content.contact.intro}</p>
          <section aria-labelledby="platform-helpdesk" className="panel">
            <h2 id="platform-helpdesk">{content.contact.platformTitle}</h2>
            <p>
              {content.contact.platformText}{' '}
              <a href={`mailto:${OPERATOR.supportEmail}`}>{OPERATOR.supportEmail}</a>
            </p>
          </section>
          <section aria-labelledby="agencies-title">
            <h2 id="agencies-title">{content.contact.agenciesTitle}</h2>
            <p>{content.contact.agenciesIntro}</p>
            {error && !data ? (
              <ErrorState
                title={content.contact.loadError}
                error={mapError(error)}
                onRetry={() => reexecute({ requestPolicy: 'network-only' })}
              />
            ) : !data ? (
              <LoadingState />
            ) : (
              <ul className="directory" data-testid="agency-directory">
                {states.map((state) => (
                  <li key={state.code} className="directory__state" data-testid="directory-state" data-code={state.code}>
                    <h3 id={`state-${state.code}`} className="directory__heading">
                      {state.name}
                    </h3>
                    {state.agencies.length > 0 ? (
                      <ul className="record-list" aria-labelledby={`state-${state.code}`}>
                        {state.agencies.map((agency) => (
                          <AgencyCard key={agency.id} agency={agency} text={content.contact} />
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{content.contact.noAgency}</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
