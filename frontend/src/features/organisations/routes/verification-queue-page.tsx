import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';
import { VerificationQueue } from '../components/verification-queue';

export default function VerificationQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('verification.title'));
  return (
    <>
      <h1 id="verification-title" tabIndex={-1}>
        {t('verification.title')}
      </h1>
      <p className="lead">{t('verification.intro')}</p>
      <VerificationQueue />
    </>
  );
}
