import { useTranslation } from 'react-i18next';
import type { ApplicationFieldsFragment } from '@/gql/graphql';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useServiceProviderDirectory } from '../api/service-providers';
import { serviceCategoryLabel } from '../model/display';
import { ServiceProviderName } from './service-provider-name';

/** Amounts, services and declarations of an application (the clinic's and the agency's view). */
export function ApplicationFacts({ application }: { application: ApplicationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const money = (amount: string) => formatMoney(amount, application.currency, locale);
  // The directory is read only when there is a chosen provider to name.
  const directory = useServiceProviderDirectory(application.serviceProviderId !== null);
  return (
    <>
      <dl className="summary" data-testid="application-facts">
        <div>
          <dt>{t('applications.requested')}</dt>
          <dd data-testid="application-requested">{money(application.requestedAmount)}</dd>
        </div>
        {application.approvedAmount ? (
          <div>
            <dt>{t('applications.approved')}</dt>
            <dd data-testid="application-approved">{money(application.approvedAmount)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('applications.estimatedTotal')}</dt>
          <dd>{money(application.estimatedTotal)}</dd>
        </div>
        <div>
          <dt>{t('applications.deMinimis')}</dt>
          <dd>{formatMoney(application.deMinimisReceivedEur, 'EUR', locale)}</dd>
        </div>
        <div>
          <dt>{t('applications.serviceProvider')}</dt>
          <dd className="break" data-testid="application-service-provider">
            <ServiceProviderName
              id={application.serviceProviderId}
              directory={directory}
              anyText={t('applications.anyProvider')}
            />
          </dd>
        </div>
      </dl>
      {application.services.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="services-caption" tabIndex={0}>
          <table className="table" data-testid="application-services">
            <caption id="services-caption">{t('applications.servicesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.category')}</th>
                <th scope="col">{t('applications.description')}</th>
                <th scope="col" className="num">
                  {t('applications.estimatedCost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {application.services.map((service, index) => (
                <tr key={index}>
                  <td>{serviceCategoryLabel(t, service.category)}</td>
                  <td className="break">{service.description}</td>
                  <td className="num">{money(service.estimatedCost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
