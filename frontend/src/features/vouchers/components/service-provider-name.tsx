import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';
import type { Directory } from '../api/service-providers';
import { findProvider } from '../model/service-providers';

interface ServiceProviderNameProps {
  /** The chosen provider's id; null (or '') for any provider. */
  id: string | null;
  directory: Directory;
  /** What to say when no provider has been chosen. */
  anyText: string;
}

/** A chosen provider's name and member state from the directory; its id only if not listed. */
export function ServiceProviderName({ id, directory, anyText }: ServiceProviderNameProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  if (!id) return <>{anyText}</>;
  if (directory.status === 'loading') return <>{t('common.loading')}</>;
  const found = directory.status === 'ready' ? findProvider(directory.providers, id, locale) : null;
  if (!found) return <>{id}</>;
  return <>{t('serviceProviders.nameWithState', { name: found.name, memberState: found.memberState })}</>;
}
