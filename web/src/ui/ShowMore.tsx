import { Button } from './Button';

/** What a paged (infinite) query offers: TanStack Query's useInfiniteQuery result has these. */
interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The button under a paged list that loads its next page; nothing once the last page is in. */
export function ShowMore({ pages, label, busyLabel = 'Loading…' }: { pages: MorePages; label: string; busyLabel?: string }) {
  if (!pages.hasNextPage) return null;
  return (
    <div className="button-row">
      <Button variant="secondary" busy={pages.isFetchingNextPage} busyLabel={busyLabel} onClick={() => void pages.fetchNextPage()}>
        {label}
      </Button>
    </div>
  );
}
