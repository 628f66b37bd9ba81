import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormatters } from '../../app/format';
import { SelectField } from '../../ui/fields';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { usePartnerTimeline, type TimelineItem, type TimelineType } from './partner-page.queries';
import { ShowMore } from '../../ui/ShowMore';

export const TIMELINE_TYPE_LABELS: Record<TimelineType, string> = {
  meeting: 'Meeting',
  action: 'Action',
  change: 'Change to the record',
  contact: 'Contact',
  agreement: 'Agreement',
  'agreement-change': 'Change to an agreement',
  signature: 'Pledge signature',
};
const FILTER_LABELS: Record<TimelineType, string> = {
  meeting: 'Meetings',
  action: 'Actions',
  change: 'Changes to the record',
  contact: 'Contacts',
  agreement: 'Agreements',
  'agreement-change': 'Changes to agreements',
  signature: 'Pledge signatures',
};

/** Agreements' entries link to the agreement (the entry's subject); the summary is already a sentence. */
function ItemSummary({ item }: { item: TimelineItem }) {
  if (item.type === 'agreement' || item.type === 'agreement-change') {
    return (
      <Link to="/agreements/$agreementId" params={{ agreementId: item.subjectId }}>
        {item.summary}
      </Link>
    );
  }
  return <>{item.summary}</>;
}

/** Everything that happened with the partner, newest first, filtered by type; more loads on request. */
export function PartnerTimeline({ partnerId }: { partnerId: string }) {
  const [type, setType] = useState<TimelineType | ''>('');
  const timeline = usePartnerTimeline(partnerId, type || undefined);
  const format = useFormatters();
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="partner-timeline">
      <h2 id="partner-timeline">Timeline</h2>
      <div className="inline-fields">
        <SelectField
          name="timeline-type"
          label="Show"
          placeholder="Everything"
          choices={Object.entries(FILTER_LABELS).map(([value, label]) => ({ value, label }))}
          value={type}
          onChange={(e) => setType(e.target.value as TimelineType | '')}
        />
      </div>
      {timeline.isPending ? (
        <Loading label="Loading the timeline…" />
      ) : timeline.isError ? (
        <LoadFailed error={timeline.error} retry={() => void timeline.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>
          <p>{type ? `No ${FILTER_LABELS[type].toLowerCase()} yet.` : 'Nothing has happened with this partner yet.'}</p>
        </EmptyState>
      ) : (
        <>
          <ol className="item-list timeline" aria-label="Timeline entries" aria-busy={timeline.isFetching || undefined}>
            {items.map((item) => (
              <li key={`${item.type}-${item.id}`}>
                <div>
                  <span className="tag">{TIMELINE_TYPE_LABELS[item.type]}</span> <ItemSummary item={item} />
                  {item.detail && <div className="meta">{item.detail}</div>}
                  {item.actor && <div className="meta">By {item.actor.name}</div>}
                </div>
                <time className="meta" dateTime={item.at}>
                  {format.dateTime(item.at)}
                </time>
              </li>
            ))}
          </ol>
          <ShowMore pages={timeline} label="Show older entries" />
        </>
      )}
    </section>
  );
}
