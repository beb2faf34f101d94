import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { SelectField, TextField } from '@/components/ui';
import { currentLanguage } from '@/lib/i18n';
import { ReviewOfficerQuery, ReviewProgrammesQuery } from '../api/review';
import { isFiltered, QUEUE_STAGES, SEARCH_MAX, type QueueFilters } from '../model/queue-filters';

interface QueueFiltersFormProps {
  filters: QueueFilters;
  onApply: (filters: QueueFilters) => void;
  /** Which queue: the review queue (submission days) or the payment queue (redemption days). */
  queue?: 'review' | 'payments';
}

/** Where each queue's "Clear filters" goes, and the prefix of its own wording. */
const QUEUES = {
  review: { path: '/agency/reviews', texts: 'queueFilters' },
  payments: { path: '/agency/payments', texts: 'queueFilters.payments' },
} as const;

/**
 * A queue's filters: search (reference or organisation), review stage, programme and the
 * submission (or redemption) days. Edited here and applied together ("Apply filters"), so the
 * address changes once; "Clear filters" goes back to the whole queue.
 */
export function QueueFiltersForm({ filters, onApply, queue = 'review' }: QueueFiltersFormProps) {
  const { t, i18n } = useTranslation();
  const { path, texts } = QUEUES[queue];
  const language = currentLanguage(i18n);
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const [{ data: officer }] = useQuery({ query: ReviewOfficerQuery });
  const memberState = officer?.me?.memberState?.code ?? '';
  const [{ data }] = useQuery({
    query: ReviewProgrammesQuery,
    variables: { language, memberState },
    pause: !memberState,
  });
  const programmes = data?.voucherPrograms.nodes ?? [];
  const options = programmes.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }));
  // A programme from the address that is not (yet) listed stays selectable.
  if (draft.programme && !programmes.some((p) => p.id === draft.programme)) {
    options.push({ value: draft.programme, label: draft.programme });
  }
  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form className="filter-bar queue-filters" role="search" aria-labelledby="queue-filters-title" onSubmit={onSubmit}>
      <h2 id="queue-filters-title">{t('queueFilters.title')}</h2>
      <div className="queue-filters__fields">
        <TextField
          id="queue-search"
          name="q"
          label={t('queueFilters.search')}
          hint={t(`${texts}.searchHint`)}
          value={draft.search}
          maxLength={SEARCH_MAX}
          onChange={(v) => set('search', v)}
        />
        <SelectField
          id="queue-stage"
          name="stage"
          label={t('queueFilters.stage')}
          value={draft.stage}
          onChange={(v) => set('stage', QUEUE_STAGES.find((s) => s === v) ?? '')}
          options={[
            { value: '', label: t(`${texts}.stageAll`) },
            ...QUEUE_STAGES.map((s) => ({ value: s, label: t(`${texts}.stages.${s}`) })),
          ]}
        />
        <SelectField
          id="queue-programme"
          name="programme"
          label={t('queueFilters.programme')}
          value={draft.programme}
          onChange={(v) => set('programme', v)}
          options={[{ value: '', label: t('queueFilters.programmeAll') }, ...options]}
        />
        <TextField
          id="queue-from"
          name="from"
          type="date"
          label={t(`${texts}.from`)}
          value={draft.from}
          onChange={(v) => set('from', v)}
        />
        <TextField
          id="queue-to"
          name="to"
          type="date"
          label={t(`${texts}.to`)}
          hint={t('queueFilters.datesHint')}
          value={draft.to}
          onChange={(v) => set('to', v)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" data-testid="queue-apply">
          {t('queueFilters.apply')}
        </button>
        {isFiltered(filters) ? (
          <Link className="button button--secondary" to={path} data-testid="queue-clear">
            {t('queueFilters.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
