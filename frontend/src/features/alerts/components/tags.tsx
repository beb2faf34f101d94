import { useTranslation } from 'react-i18next';
import type { AlertStatus, Severity, Tlp } from '@/gql/graphql';
import { tlpLabel } from '../model/tlp';

/** The severity in words (never by colour alone). */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`badge alert-severity alert-severity--${severity.toLowerCase()}`} data-testid="alert-severity" data-severity={severity}>
      {t('alerts.severityLabel', { severity: t(`alerts.severity.${severity}`) })}
    </span>
  );
}

/** The TLP marking as the standard writes it (TLP:AMBER+STRICT). */
export function TlpTag({ tlp }: { tlp: Tlp }) {
  return (
    <span className={`badge tlp tlp--${tlp.toLowerCase()}`} data-testid="alert-tlp" data-tlp={tlp} lang="en">
      {tlpLabel(tlp)}
    </span>
  );
}

export function StatusTag({ status }: { status: AlertStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${status === 'REVOKED' ? 'badge--error' : status === 'DRAFT' ? 'badge--draft' : 'badge--info'}`} data-testid="alert-status">
      {t(`alerts.status.${status}`)}
    </span>
  );
}
