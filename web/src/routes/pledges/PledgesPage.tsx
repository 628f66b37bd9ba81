import { createRoute, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { signedInRoute } from '../root';
import { usePledges, type Pledge } from '../signatures/signatures.queries';
import { PledgeText, SigningPagePreview } from './PledgeTextPreview';
import { usePledgeCounts, usePublicPledge, usePublishPledgeText, type SignatureCounts } from './pledges.queries';

export const pledgesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'pledges',
  component: PledgesPage,
});

export const pledgeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'pledges/$slug',
  component: PledgePage,
});

function PledgesPage() {
  const pledges = usePledges();
  usePageTitle('Pledges');
  return (
    <>
      <h1>Pledges</h1>
      {pledges.isPending ? (
        <Loading label="Loading pledges…" />
      ) : pledges.isError ? (
        <LoadFailed error={pledges.error} retry={() => void pledges.refetch()} />
      ) : (
        <ul className="item-list">
          {pledges.data.map((p) => (
            <li key={p.slug}>
              <Link to="/pledges/$slug" params={{ slug: p.slug }}>
                {p.title}
              </Link>
              <span className="meta">
                {p.kind === 'organisational' ? 'Signed by organisations' : 'Endorsed by individuals'} · version {p.currentVersion}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PledgePage() {
  const { slug } = pledgeRoute.useParams();
  const me = useMe();
  const pledges = usePledges();
  const pledge = pledges.data?.find((p) => p.slug === slug);
  usePageTitle(pledge?.title ?? 'Pledge');
  if (pledges.isPending) return <Loading label="Loading the pledge…" />;
  if (pledges.isError) return <LoadFailed error={pledges.error} retry={() => void pledges.refetch()} />;
  if (!pledge) return <Notice tone="warning">There is no such pledge.</Notice>;
  return (
    <>
      <p>
        <Link to="/pledges">All pledges</Link>
      </p>
      <h1>{pledge.title}</h1>
      <PledgeCounts slug={slug} />
      <PledgeVersions pledge={pledge} />
      {me.role === 'admin' && <NewPledgeText pledge={pledge} />}
    </>
  );
}

const COUNT_COLUMNS: [string, (c: SignatureCounts) => number][] = [
  ['Confirmed by email', (c) => c.verified],
  ['Awaiting approval', (c) => c.current.verified ?? 0],
  ['Approved', (c) => c.approved],
  ['Withdrawn', (c) => c.withdrawn],
];

function CountsTable({ caption, rows }: { caption: string; rows: { label: string; counts: SignatureCounts }[] }) {
  return (
    <ScrollArea label={`${caption} table`}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.startsWith('By area') ? 'Area' : 'Text'}</th>
            {COUNT_COLUMNS.map(([label]) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {COUNT_COLUMNS.map(([label, value]) => (
                <td key={label} className="count">
                  {value(r.counts)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function PledgeCounts({ slug }: { slug: string }) {
  const counts = usePledgeCounts(slug);
  if (counts.isPending) return <Loading label="Loading the counts…" />;
  if (counts.isError) return <LoadFailed error={counts.error} retry={() => void counts.refetch()} />;
  const c = counts.data;
  return (
    <section aria-labelledby="pledge-counts">
      <h2 id="pledge-counts">Signatures</h2>
      <dl className="facts">
        {COUNT_COLUMNS.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="count">{value(c.total)}</dd>
          </div>
        ))}
      </dl>
      <CountsTable caption="By text version" rows={c.versions.map((v) => ({ label: `Version ${v.version}`, counts: v }))} />
      <CountsTable caption="By area" rows={c.areas.map((a) => ({ label: a.area?.label ?? 'No area given', counts: a }))} />
    </section>
  );
}

function PledgeVersions({ pledge }: { pledge: Pledge }) {
  const format = useFormatters();
  return (
    <section aria-labelledby="pledge-versions">
      <h2 id="pledge-versions">Texts and their versions</h2>
      {[...pledge.versions].reverse().map((v) => (
        <details key={v.version} className="disclosure" open={v.version === pledge.currentVersion}>
          <summary>
            Version {v.version}
            {v.version === pledge.currentVersion ? ' (current)' : ''}, published {format.date(v.publishedAt)}
          </summary>
          <div className="disclosure__body">
            <p className="meta">
              Fingerprint (SHA-256): <code className="hash">{v.sha256}</code>
            </p>
            <PledgeText body={v.text} />
          </div>
        </details>
      ))}
    </section>
  );
}

/** Admins: a new wording, previewed as the signing page will show it, then published as the next version. */
function NewPledgeText({ pledge }: { pledge: Pledge }) {
  const [body, setBody] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const publicPledge = usePublicPledge(pledge.slug);
  const publish = usePublishPledgeText(pledge.slug);
  const preview = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (body.trim().length < 20) {
      setError('Write the full wording: at least 20 characters.');
      return;
    }
    setError(undefined);
    setPreviewing(true);
  };
  const confirm = () =>
    publish.mutate(body.trim(), {
      onSuccess: (updated) => {
        setDone(`Version ${updated.currentVersion} is published: the signing page shows it now. Signatures already made keep the version they signed.`);
        setBody('');
        setPreviewing(false);
      },
    });
  return (
    <section aria-labelledby="pledge-new-text">
      <h2 id="pledge-new-text">New version of the text</h2>
      {done && <Notice tone="success">{done}</Notice>}
      <form noValidate onSubmit={preview}>
        <TextAreaField
          name="pledge-text"
          label="The full new wording"
          hint="Leave a blank line between paragraphs. Lines starting with “- ” or “1. ” make a list."
          rows={10}
          maxLength={20000}
          error={error}
          value={body}
          onChange={(e) => {
            setBody(e.target.value);
            setPreviewing(false);
          }}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            Preview the signing page
          </Button>
        </div>
      </form>
      {previewing && publicPledge.data && (
        <>
          <SigningPagePreview pledge={publicPledge.data} body={body.trim()} version={pledge.currentVersion + 1} />
          {publish.isError && <LoadFailed error={publish.error} />}
          <div className="button-row">
            <Button busy={publish.isPending} busyLabel="Publishing the new version…" onClick={confirm}>
              Publish version {pledge.currentVersion + 1}
            </Button>
          </div>
        </>
      )}
      {previewing && publicPledge.isError && <LoadFailed error={publicPledge.error} retry={() => void publicPledge.refetch()} />}
    </section>
  );
}
