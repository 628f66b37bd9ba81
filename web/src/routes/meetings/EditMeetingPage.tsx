import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { z } from 'zod';
import { ApiProblem } from '../../api/problem';
import { problemSentence } from '../../api/problem-messages';
import { isoToZoned, useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { MeetingFormBody, meetingBody, type MeetingFormValues } from './MeetingFormPage';
import { useMeeting, useUpdateMeeting, type Meeting, type UpdateMeeting } from './meetings.queries';

export const editMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'meetings/$meetingId/edit',
  // The partner page the edit was started from, to return to; otherwise the meeting's first partner.
  validateSearch: z.object({ partnerId: z.string().optional() }),
  component: EditMeetingPage,
});

const formOf = (m: Meeting, timeZone: string): MeetingFormValues => ({
  partners: m.partners,
  title: m.title,
  kind: m.kind,
  ...isoToZoned(m.occurredAt, timeZone),
  contactIds: m.contacts.map((c) => c.id),
  notes: m.notes ?? '',
  outcomes: m.outcomes ?? '',
  actions: [],
  reason: '',
});

/**
 * Edit a logged meeting with If-Match. When a colleague changed it meanwhile the page says so in a
 * sentence and offers to reload it: saving over their change is never silent.
 */
function EditMeetingPage() {
  const { meetingId } = editMeetingRoute.useParams();
  const { partnerId } = editMeetingRoute.useSearch();
  const meeting = useMeeting(meetingId);
  const update = useUpdateMeeting();
  const format = useFormatters();
  const navigate = useNavigate();
  const [conflict, setConflict] = useState<unknown>(null);
  usePageTitle(meeting.data ? `Edit ${meeting.data.title}` : 'Edit a meeting');
  if (meeting.isPending) return <Loading label="Loading the meeting…" />;
  if (meeting.isError) return <LoadFailed error={meeting.error} retry={() => void meeting.refetch()} />;

  const m = meeting.data;
  const back = partnerId ?? m.partners[0]?.id;
  const leave = () => (back ? navigate({ to: '/partners/$partnerId', params: { partnerId: back }, search: {} }) : navigate({ to: '/' }));
  const save = async (values: MeetingFormValues) => {
    setConflict(null);
    const body = { ...meetingBody(values, format.timeZone), reason: values.reason.trim() || undefined } as UpdateMeeting;
    try {
      await update.mutateAsync({ id: m.id, version: m.version, body });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        setConflict(error);
        return;
      }
      throw error;
    }
    await leave();
  };
  const reload = async () => {
    await meeting.refetch();
    setConflict(null);
  };
  const notice = conflict !== null && (
    <div className="notice notice--warning" role="alert">
      <p>
        {problemSentence(conflict)} Your changes were not saved. Reload the meeting to see theirs, then make your change again.
      </p>
      <Button variant="secondary" busy={meeting.isFetching} busyLabel="Reloading…" onClick={() => void reload()}>
        Reload the meeting
      </Button>
    </div>
  );
  const cancel = back ? (
    <Link className="button button--secondary" to="/partners/$partnerId" params={{ partnerId: back }}>
      Cancel
    </Link>
  ) : undefined;
  // Keyed by version: reloading after a conflict starts the form afresh from the colleague's version.
  return <MeetingFormBody key={m.version} heading={`Edit ${m.title}`} mode="edit" initial={formOf(m, format.timeZone)} onSave={save} notice={notice} cancel={cancel} />;
}
