import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertRowFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { textIn } from '../model/text';
import { SeverityTag, StatusTag, TlpTag } from './tags';

interface Props {
  alerts: readonly AlertRowFragment[];
  /** Where each alert opens. */
  hrefOf: (id: string) => string;
  /** Alerts that arrived live since the page opened. */
  fresh?: ReadonlySet<string>;
  /** Show the organisation's answer. */
  showAnswer?: boolean;
}

export function AlertList({ alerts, hrefOf, fresh, showAnswer = false }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <ul className="record-list" data-testid="alert-list">
      {alerts.map((alert) => {
        const content = alert.content;
        const text = content ? textIn(content.text, content.translations, language) : null;
        const isNew = fresh?.has(alert.id) ?? false;
        return (
          <li key={alert.id} className={`record${isNew ? ' notification--unread' : ''}`} data-testid="alert-row" data-alert-id={alert.id}>
            <h2 className="record__title">
              <Link to={hrefOf(alert.id)}>{text?.title ?? alert.id}</Link>
            </h2>
            <p className="alert-tags">
              {isNew ? (
                <>
                  <span className="badge badge--success" data-testid="alert-new">
                    {t('alerts.newMarker')}
                  </span>{' '}
                </>
              ) : null}
              {content ? (
                <>
                  <SeverityTag severity={content.severity} /> <TlpTag tlp={content.tlp} />{' '}
                </>
              ) : null}
              <StatusTag status={alert.status} />
            </p>
            {text ? <p className="break">{text.summary}</p> : null}
            <p className="muted">
              {alert.currentVersion
                ? t('alerts.publishedOn', { when: formatDateTime(alert.currentVersion.publishedAt, language), number: alert.currentVersion.number })
                : t('alerts.notPublished')}
              {showAnswer && alert.status !== 'DRAFT' ? (
                <>
                  {' · '}
                  <span data-testid="alert-answer">
                    {alert.myAcknowledgement
                      ? t('alerts.answered', { answer: t(`alerts.ack.kinds.${alert.myAcknowledgement.kind}`) })
                      : t('alerts.notAnswered')}
                  </span>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
