import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { z } from 'zod';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { signedInRoute } from '../root';
import { useActivity } from './plan.queries';
import { useCaseStudies, useCaseStudy, useCreateCaseStudy, useUpdateCaseStudy, type CaseStudy, type CaseStudyFilter } from './case-studies.queries';
import { CaseStudyForm, type CaseStudyDraft } from './CaseStudyForm';

export const caseStudiesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plan/case-studies',
  component: CaseStudiesPage,
});

const newCaseStudySearch = z.object({ activity: z.uuid().optional() });

export const newCaseStudyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plan/case-studies/new',
  validateSearch: newCaseStudySearch,
  component: NewCaseStudyPage,
});

export const caseStudyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plan/case-studies/$caseStudyId',
  validateSearch: z.object({ saved: z.enum(['created', 'updated']).optional() }),
  component: CaseStudyPage,
});

function CaseStudiesPage() {
  const me = useMe();
  usePageTitle('Case studies');
  return (
    <>
      <p>
        <Link to="/plan">The implementation plan</Link>
      </p>
      <div className="page-header">
        <h1>Case studies</h1>
        {me.role !== 'viewer' && (
          <Link className="button button--primary" to="/plan/case-studies/new">
            Write a case study
          </Link>
        )}
      </div>
      <p>Stories of the plan’s work, each linked to the activities and partners it is about.</p>
      <CaseStudyList filter={{}} empty="No case study has been written yet." detailed />
    </>
  );
}

/** Case studies, newest first, as links with what they are linked to; on the activity and partner pages too. */
export function CaseStudyList({ filter, empty, detailed = false }: { filter: CaseStudyFilter; empty: string; detailed?: boolean }) {
  const format = useFormatters();
  const studies = useCaseStudies(filter);
  if (studies.isPending) return <Loading label="Loading case studies…" />;
  if (studies.isError) return <LoadFailed error={studies.error} retry={() => void studies.refetch()} />;
  if (studies.data.length === 0)
    return (
      <EmptyState>
        <p>{empty}</p>
      </EmptyState>
    );
  return (
    <ul className="case-studies">
      {studies.data.map((s) => (
        <li key={s.id}>
          <Link to="/plan/case-studies/$caseStudyId" params={{ caseStudyId: s.id }}>
            {s.title}
          </Link>
          <span className="meta">
            {' '}
            · written {format.date(s.createdAt)}
            {detailed && s.activities.length > 0 && ` · ${s.activities.map((a) => a.name).join(', ')}`}
            {detailed && s.partners.length > 0 && ` · with ${s.partners.map((p) => p.name).join(', ')}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The case studies section of an activity or a partner page, with a way to write one about it. */
export function LinkedCaseStudies({ filter, canWrite, headingId, activityId }: { filter: CaseStudyFilter; canWrite: boolean; headingId: string; activityId?: string }) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Case studies</h2>
      <CaseStudyList filter={filter} empty="No case study is linked to this yet." />
      {canWrite && (
        <p>
          <Link to="/plan/case-studies/new" search={activityId ? { activity: activityId } : {}}>
            Write a case study{activityId ? ' about this activity' : ''}
          </Link>
        </p>
      )}
    </section>
  );
}

function NewCaseStudyPage() {
  usePageTitle('Write a case study');
  const search = newCaseStudyRoute.useSearch();
  return search.activity ? <NewCaseStudyAbout activityId={search.activity} /> : <NewCaseStudy initial={{ title: '', story: '', activities: [], partners: [] }} />;
}

/** Started from an activity's page: the activity, and the partners leading it, are chosen already. */
function NewCaseStudyAbout({ activityId }: { activityId: string }) {
  const activity = useActivity(activityId);
  if (activity.isPending) return <Loading label="Loading the activity…" />;
  if (activity.isError) return <LoadFailed error={activity.error} />;
  const a = activity.data;
  return <NewCaseStudy initial={{ title: '', story: '', activities: [{ id: a.id, name: a.title }], partners: a.leadPartners }} />;
}

function NewCaseStudy({ initial }: { initial: CaseStudyDraft }) {
  const create = useCreateCaseStudy();
  const navigate = useNavigate();
  return (
    <>
      <p>
        <Link to="/plan/case-studies">All case studies</Link>
      </p>
      <h1>Write a case study</h1>
      <CaseStudyForm
        heading="Write a case study"
        submitLabel="Save the case study"
        initial={initial}
        onSave={async (input) => {
          const created = await create.mutateAsync(input);
          await navigate({ to: '/plan/case-studies/$caseStudyId', params: { caseStudyId: created.id }, search: { saved: 'created' } });
        }}
      />
    </>
  );
}

function CaseStudyPage() {
  const { caseStudyId } = caseStudyRoute.useParams();
  const study = useCaseStudy(caseStudyId);
  usePageTitle(study.data?.title ?? 'Case study');
  if (study.isPending) return <Loading label="Loading the case study…" />;
  if (study.isError) return <LoadFailed error={study.error} retry={() => void study.refetch()} />;
  return <CaseStudyDetails key={study.data.id} study={study.data} />;
}

function CaseStudyDetails({ study: s }: { study: CaseStudy }) {
  const me = useMe();
  const format = useFormatters();
  const { saved } = caseStudyRoute.useSearch();
  const update = useUpdateCaseStudy(s.id);
  const [editing, setEditing] = useState(false);
  const [updated, setUpdated] = useState(saved === 'updated');
  if (editing)
    return (
      <>
        <h1>Edit “{s.title}”</h1>
        <CaseStudyForm
          heading="Edit the case study"
          submitLabel="Save changes"
          initial={{ title: s.title, story: s.story, activities: s.activities, partners: s.partners }}
          onSave={async (input) => {
            await update.mutateAsync(input);
            setEditing(false);
            setUpdated(true);
          }}
          onCancel={() => setEditing(false)}
        />
      </>
    );
  return (
    <>
      <p>
        <Link to="/plan/case-studies">All case studies</Link>
      </p>
      <div className="page-header">
        <h1>{s.title}</h1>
        {me.role !== 'viewer' && (
          <button type="button" className="button button--secondary" onClick={() => { setUpdated(false); setEditing(true); }}>
            Edit the case study
          </button>
        )}
      </div>
      <div aria-live="polite">
        {saved === 'created' && !updated && <Notice tone="success">The case study is saved.</Notice>}
        {updated && <Notice tone="success">Your changes are saved.</Notice>}
      </div>
      <p className="meta">
        Written {format.date(s.createdAt)}
        {s.updatedAt !== s.createdAt && `, last changed ${format.dateTime(s.updatedAt)}`}
      </p>
      <div className="case-study__story">
        {s.story.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <h2>Activities</h2>
      {s.activities.length === 0 ? (
        <p>Not linked to an activity.</p>
      ) : (
        <ul>
          {s.activities.map((a) => (
            <li key={a.id}>
              <Link to="/plan/activities/$activityId" params={{ activityId: a.id }}>
                {a.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>Partners</h2>
      {s.partners.length === 0 ? (
        <p>Not linked to a partner.</p>
      ) : (
        <ul>
          {s.partners.map((p) => (
            <li key={p.id}>
              <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
