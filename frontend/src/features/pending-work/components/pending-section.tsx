import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui';
import { formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { leftToOthers, type PendingQueue, type PendingSection } from '../model/sections';

interface PendingSectionPanelProps {
  section: PendingSection;
  queue: PendingQueue;
}

/** One kind of pending work: how many wait, how long the oldest has waited, the oldest first. */
export function PendingSectionPanel({ section, queue }: PendingSectionPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = `pending-${section.key}-title`;
  const title = t(`pendingWork.sections.${section.key}.title`);
  const others = leftToOthers(queue);

  return (
    <section
      aria-labelledby={titleId}
      className="panel"
      data-testid={`pending-${section.key}`}
      data-count={queue.count}
      data-actionable={queue.actionableCount}
    >
      <h2 id={titleId}>{title}</h2>
      {queue.count === 0 ? (
        <EmptyState>{t(`pendingWork.sections.${section.key}.empty`)}</EmptyState>
      ) : (
        <>
          <p data-testid="pending-summary">
            <strong data-testid="pending-count">{t('pendingWork.count', { count: queue.count })}</strong>
            {queue.oldestWaitingDays !== null && queue.oldestWaitingDays !== undefined ? (
              <span data-testid="pending-oldest">
                {' · '}
                {t('pendingWork.oldest', { age: t('pendingWork.waiting', { count: queue.oldestWaitingDays }) })}
              </span>
            ) : null}
          </p>
          {others > 0 ? <p data-testid="pending-left-to-others">{t('pendingWork.leftToOthers', { count: others })}</p> : null}
          <ol className="record-list" aria-label={t('pendingWork.listLabel', { title })}>
            {queue.items.map((item) => (
              <li
                key={item.id}
                className="record"
                data-testid="pending-item"
                data-id={item.id}
                data-actionable={item.actionable ? 'true' : 'false'}
              >
                <h3 className="record__title">
                  <Link to={section.itemPath(item.id)}>{item.organisationName}</Link>
                  {item.reference ? <span className="muted"> · {item.reference}</span> : null}
                </h3>
                <dl className="record__facts">
                  <div>
                    <dt>{t('pendingWork.waitingSince')}</dt>
                    <dd>
                      {formatDateTime(item.waitingSince, language)}{' '}
                      <span data-testid="pending-item-age">({t('pendingWork.waiting', { count: item.waitingDays })})</span>
                    </dd>
                  </div>
                  {item.amount && item.currency ? (
                    <div>
                      <dt>{t(`pendingWork.sections.${section.key}.amount`)}</dt>
                      <dd>{formatMoney(item.amount, item.currency, language)}</dd>
                    </div>
                  ) : null}
                </dl>
                {item.recommendedByYou ? (
                  <p className="muted" data-testid="pending-recommended-by-you">
                    {t('pendingWork.recommendedByYou')}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <Link to={section.queuePath}>{t(`pendingWork.sections.${section.key}.all`)}</Link>
      </p>
    </section>
  );
}
