import { useTranslation } from 'react-i18next';

interface PageButtonsProps {
  after: string | null;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onPage: (after: string | null) => void;
}

/** "First page" / "Next page" for a keyset-paginated list. */
export function PageButtons({ after, hasNextPage, endCursor, onPage }: PageButtonsProps) {
  const { t } = useTranslation();
  if (!after && !hasNextPage) return null;
  return (
    <div className="button-row">
      {after ? (
        <button type="button" className="button button--secondary" onClick={() => onPage(null)}>
          {t('common.firstPage')}
        </button>
      ) : null}
      {hasNextPage && endCursor ? (
        <button type="button" className="button button--secondary" onClick={() => onPage(endCursor)}>
          {t('common.nextPage')}
        </button>
      ) : null}
    </div>
  );
}
