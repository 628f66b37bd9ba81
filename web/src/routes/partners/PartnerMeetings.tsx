import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useMe } from '../../app/use-session';
import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { DeleteMeetingForm } from '../meetings/DeleteMeetingForm';
import { MEETING_KIND_LABELS } from '../meetings/MeetingFormPage';
import { partnerKeys } from './partners.queries';
import { ACTION_STATUS_LABELS } from './partner-labels';
import { usePartnerMeetings } from './partner-page.queries';
import { ShowMore } from '../../ui/ShowMore';

/** The meetings with this partner, newest first, with who was there and what came of it; edit or delete one. */
export function PartnerMeetings({ partnerId, canEdit }: { partnerId: string; canEdit: boolean }) {
  const meetings = usePartnerMeetings(partnerId);
  const format = useFormatters();
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = meetings.data?.pages.flatMap((p) => p.items) ?? [];
  const deleting = items.find((m) => m.id === deletingId);
  return (
    <section aria-labelledby="partner-meetings">
      <h2 id="partner-meetings">Meetings</h2>
      {done && <Notice tone="success">{done}</Notice>}
      {deleting && (
        <DeleteMeetingForm
          meeting={deleting}
          onCancel={() => setDeletingId(null)}
          onDeleted={() => {
            setDeletingId(null);
            setDone(`“${deleting.title}” is deleted.`);
          }}
          onReload={() => meetings.refetch()}
        />
      )}
      {meetings.isPending ? (
        <Loading label="Loading meetings…" />
      ) : meetings.isError ? (
        <LoadFailed error={meetings.error} retry={() => void meetings.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>
          <p>No meetings logged with this partner yet.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="item-list" aria-label="Meetings">
            {items.map((m) => (
              <li key={m.id}>
                <div>
                  <strong>{m.title}</strong> <span className="tag">{MEETING_KIND_LABELS[m.kind]}</span>
                  <div className="meta">
                    {[m.staff.length > 0 && `Staff: ${m.staff.map((s) => s.name).join(', ')}`, m.contacts.length > 0 && `With: ${m.contacts.map((c) => c.name).join(', ')}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                  {m.outcomes && <p className="meeting-outcomes">{m.outcomes}</p>}
                </div>
                <div className="meeting-side">
                  <time className="meta" dateTime={m.occurredAt}>
                    {format.dateTime(m.occurredAt)}
                  </time>
                  {canEdit && deletingId === null && (
                    <div className="button-row button-row--tight">
                      <Link className="button button--secondary" to="/meetings/$meetingId/edit" params={{ meetingId: m.id }} search={{ partnerId }}>
                        Edit<span className="visually-hidden"> {m.title}</span>
                      </Link>
                      <Button variant="secondary" onClick={() => { setDone(null); setDeletingId(m.id); }}>
                        Delete<span className="visually-hidden"> {m.title}</span>
                      </Button>
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <ShowMore pages={meetings} label="Show older meetings" />
        </>
      )}
    </section>
  );
}

/** The actions that came out of meetings with this partner: overdue first, then by due date; more on request. */
export function PartnerActions({ partnerId }: { partnerId: string }) {
  const me = useMe();
  const format = useFormatters();
  const actions = useInfiniteQuery({
    queryKey: [...partnerKeys.detail(partnerId), 'actions'],
    queryFn: ({ pageParam, signal }) => call(api.GET('/api/v1/actions', { params: { query: { partner: partnerId, limit: 20, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = actions.data?.pages.flatMap((p) => p.items) ?? [];
  const owner = (o: { id: string; name: string } | null) => (o === null ? 'Nobody' : o.id === me.id ? 'You' : o.name);
  return (
    <section aria-labelledby="partner-actions">
      <h2 id="partner-actions">Actions</h2>
      {actions.isPending ? (
        <Loading label="Loading actions…" />
      ) : actions.isError ? (
        <LoadFailed error={actions.error} retry={() => void actions.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>
          <p>No actions agreed with this partner yet.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="item-list" aria-label="Actions">
            {items.map((a) => (
              <li key={a.id}>
                <div>
                  {a.description}
                  <div className="meta">
                    Owner: {owner(a.owner)}
                    {a.dueDate && ` · due ${format.date(a.dueDate)}`} · from “{a.meeting.title}”
                  </div>
                </div>
                <span className={a.overdue ? 'tag tag--overdue' : 'tag'}>{a.overdue ? 'Overdue' : ACTION_STATUS_LABELS[a.status]}</span>
              </li>
            ))}
          </ul>
          <ShowMore pages={actions} label="Show more actions" />
        </>
      )}
    </section>
  );
}
