/**
 * The one layout of every list in the app: filters, the list (a table or records), a pager and
 * the empty state, with loading and error states in between. Pages give the rows and how to
 * draw them; this component decides what shows when.
 */
import type { ReactNode } from 'react';
import type { AppError } from '@/lib/errors';
import { PageButtons } from './page-buttons';
import { EmptyState, ErrorState, LoadingState } from './states';

/** Keyset paging of a GraphQL connection. */
interface ListPager {
  after: string | null;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onPage: (after: string | null) => void;
}

/**
 * Where a load error goes:
 * - `unless-loaded` (default): instead of the list until something has loaded once;
 * - `instead`: instead of the list, even when an older answer is at hand;
 * - `above`: above the list, which stays.
 */
type ListErrorMode = 'unless-loaded' | 'instead' | 'above';

export interface ListViewProps<T> {
  /** The rows; undefined until the first answer. */
  items: readonly T[] | undefined;
  error?: AppError | null;
  errorTitle?: string;
  errorMode?: ListErrorMode;
  onRetry: () => void;
  /** What an empty list says (and where to go instead). */
  empty: ReactNode;
  /** Shown while nothing has loaded; defaults to the loading indicator. */
  loading?: ReactNode;
  /** Keyset paging, for connections read page by page. */
  pager?: ListPager | null;
  children: (items: readonly T[]) => ReactNode;
}

export function ListView<T>({
  items,
  error,
  errorTitle,
  errorMode = 'unless-loaded',
  onRetry,
  empty,
  loading,
  pager,
  children,
}: ListViewProps<T>) {
  const errorState = error ? <ErrorState title={errorTitle} error={error} onRetry={onRetry} /> : null;
  const replaced = error && (errorMode === 'instead' || (errorMode === 'unless-loaded' && !items));
  let body: ReactNode;
  if (replaced) body = errorState;
  else if (!items) body = error ? null : (loading ?? <LoadingState />);
  else if (items.length === 0) body = <EmptyState>{empty}</EmptyState>;
  else body = children(items);
  return (
    <>
      {errorMode === 'above' ? errorState : null}
      {body}
      {pager && items && !replaced ? <PageButtons {...pager} /> : null}
    </>
  );
}

interface ListPageProps<T> extends ListViewProps<T> {
  /** The `h1`'s id (pages focus it after navigation). */
  titleId: string;
  title: string;
  intro?: ReactNode;
  /** Buttons or links above the filters (e.g. "New programme"). */
  actions?: ReactNode;
  /** Filter fields, in a search landmark. */
  filters?: ReactNode;
  /** Messages between the filters and the list (status lines, results of an action). */
  notices?: ReactNode;
}

/** A page that is a list: heading, introduction, actions, filters, notices, then the list. */
export function ListPage<T>({ titleId, title, intro, actions, filters, notices, ...list }: ListPageProps<T>) {
  return (
    <>
      <h1 id={titleId} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="lead">{intro}</p> : null}
      {actions ? <div className="button-row">{actions}</div> : null}
      {filters ? (
        <form className="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
          {filters}
        </form>
      ) : null}
      {notices}
      <ListView {...list} />
    </>
  );
}

interface TableColumn {
  label: ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
}

interface DataTableProps {
  /** The caption's id; the scrollable region is named by it. */
  captionId: string;
  caption: string;
  /** Whether the caption is shown or only read out. */
  captionVisible?: boolean;
  columns: readonly TableColumn[];
  testId?: string;
  children: ReactNode;
}

/** A table in a keyboard-scrollable region named by its caption. */
export function DataTable({ captionId, caption, captionVisible = false, columns, testId, children }: DataTableProps) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table" data-testid={testId}>
        <caption id={captionId} className={captionVisible ? undefined : 'visually-hidden'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
