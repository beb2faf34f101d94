import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDocumentTitle } from '@/lib/use-document-title';
import { VendorContextQuery } from '../api/redemptions';
import { RedeemVoucher } from '../components/redeem-voucher';

export default function RedeemPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('redeem.title'));
  const [{ data }] = useQuery({ query: VendorContextQuery });
  const organisationId = data?.me?.organisation?.id;
  return (
    <>
      <h1 id="redeem-page-title" tabIndex={-1}>
        {t('redeem.title')}
      </h1>
      <p className="lead">{t('redeem.intro')}</p>
      <RedeemVoucher />
      {organisationId ? (
        <aside className="callout" aria-labelledby="vendor-id-title">
          <h2 id="vendor-id-title">{t('redeem.yourIdTitle')}</h2>
          <p className="break" data-testid="vendor-id">
            {t('redeem.yourIdText', { id: organisationId })}
          </p>
        </aside>
      ) : null}
    </>
  );
}
