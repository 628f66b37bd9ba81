import type { ReactNode } from 'react';
import { createRoute, Link } from '@tanstack/react-router';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { SignatureDecision } from './SignatureDecision';
import { signatoryName } from './SignaturesPage';
import { SIGNATURE_STATUS_LABELS, usePledges, useSignature, type Signature } from './signatures.queries';

export const signatureRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'signatures/$signatureId',
  component: SignaturePage,
});

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One signature as signed, with its evidence, and the decision on it. */
function SignaturePage() {
  const { signatureId } = signatureRoute.useParams();
  const me = useMe();
  const signature = useSignature(signatureId);
  const pledges = usePledges();
  usePageTitle(signature.data ? `Signature: ${signatoryName(signature.data)}` : 'Signature');
  if (signature.isPending) return <Loading label="Loading the signature…" />;
  if (signature.isError) return <LoadFailed error={signature.error} retry={() => void signature.refetch()} />;
  const s = signature.data;
  const pledgeTitle = pledges.data?.find((p) => p.slug === s.pledge)?.title ?? '';
  return (
    <>
      <p>
        <Link to="/signatures">Signatures awaiting approval</Link>
      </p>
      <h1>{signatoryName(s)}</h1>
      <p>
        <span className="tag">{SIGNATURE_STATUS_LABELS[s.status]}</span> {s.kind === 'organisational' ? 'Organisation' : 'Individual endorsement'} ·{' '}
        {pledgeTitle}
      </p>
      {s.statusReason && (
        <p>
          <strong>Reason given:</strong> {s.statusReason}
        </p>
      )}
      {s.kind === 'organisational' ? <OrganisationSigned signature={s} /> : <IndividualSigned signature={s} />}
      <SignedText signature={s} />
      <Evidence signature={s} />
      {me.role !== 'viewer' && <SignatureDecision signature={s} />}
    </>
  );
}

function OrganisationSigned({ signature: s }: { signature: Signature }) {
  return (
    <>
      <section aria-labelledby="signature-organisation">
        <h2 id="signature-organisation">The organisation as signed</h2>
        <dl className="facts">
          <Fact term="Name">{s.organisation?.name ?? 'Erased'}</Fact>
          <Fact term="Kind">{s.organisation?.kind?.label ?? 'Not given'}</Fact>
          <Fact term="Where it is based">{s.area?.label ?? 'Not given'}</Fact>
          <Fact term="Website">{s.organisation?.website ?? 'Not given'}</Fact>
          <Fact term="Company number">{s.organisation?.companyNumber ?? 'Not given'}</Fact>
          <Fact term="Charity number">{s.organisation?.charityNumber ?? 'Not given'}</Fact>
          <Fact term="Public listing">{s.listingConsent ? 'Agreed to be listed publicly as a signatory' : 'Did not agree to be listed publicly'}</Fact>
          <Fact term="Linked partner">
            {s.partnerId ? (
              <Link to="/partners/$partnerId" params={{ partnerId: s.partnerId }}>
                Open the partner record
              </Link>
            ) : (
              'Not linked yet'
            )}
          </Fact>
        </dl>
      </section>
      <section aria-labelledby="signature-signer">
        <h2 id="signature-signer">Who signed</h2>
        <dl className="facts">
          <Fact term="Name">{s.signer?.name ?? 'Erased'}</Fact>
          <Fact term="Job title">{s.signer?.jobTitle ?? 'Not given'}</Fact>
          <Fact term="Email address">{s.signer?.email ?? 'Erased'}</Fact>
        </dl>
        <p>
          <strong>Authority to sign:</strong>{' '}
          {s.authorityStatement ? <>confirmed, in these words: “{s.authorityStatement}”.</> : 'not confirmed.'}
        </p>
      </section>
    </>
  );
}

function IndividualSigned({ signature: s }: { signature: Signature }) {
  return (
    <section aria-labelledby="signature-individual">
      <h2 id="signature-individual">Who endorsed</h2>
      <dl className="facts">
        <Fact term="Name">{s.signer?.name ?? 'Erased'}</Fact>
        <Fact term="Email address">{s.signer?.email ?? 'Erased'}</Fact>
        <Fact term="Where they live">{s.area?.label ?? 'Not given'}</Fact>
      </dl>
      <p className={s.listingConsent ? 'notice' : 'notice notice--warning'}>
        <strong>Showing their name:</strong>{' '}
        {s.listingConsent ? 'they agreed to their name being shown publicly.' : 'they did not agree: their name will not be shown, only counted.'}
      </p>
    </section>
  );
}

function SignedText({ signature: s }: { signature: Signature }) {
  return (
    <section aria-labelledby="signature-text">
      <h2 id="signature-text">What was signed</h2>
      <dl className="facts">
        <Fact term="Text version">Version {s.textVersion}</Fact>
        <Fact term="Fingerprint of the text (SHA-256)">
          <code className="hash">{s.textSha256}</code>
        </Fact>
        <Fact term="Commitments chosen">{s.commitments.length > 0 ? s.commitments.map((c) => c.label).join('; ') : 'None'}</Fact>
      </dl>
    </section>
  );
}

function Evidence({ signature: s }: { signature: Signature }) {
  const format = useFormatters();
  const when = (value: string | null) => (value ? format.dateTime(value) : 'Not yet');
  const decisions: [string, string | null][] = [
    ['Approved', s.approvedAt],
    ['Rejected', s.rejectedAt],
    ['Suspended', s.suspendedAt],
    ['Withdrawn by the signer', s.withdrawnAt],
  ];
  return (
    <section aria-labelledby="signature-evidence">
      <h2 id="signature-evidence">Evidence</h2>
      <dl className="facts">
        <Fact term="Submitted">{when(s.submittedAt)}</Fact>
        <Fact term="Submitted from">{[s.evidence.submittedIp, s.evidence.submittedUserAgent].filter(Boolean).join(', ') || 'Not recorded'}</Fact>
        <Fact term="Confirmed by email">{when(s.verifiedAt)}</Fact>
        <Fact term="Confirmed from">{[s.evidence.verifiedIp, s.evidence.verifiedUserAgent].filter(Boolean).join(', ') || 'Not recorded'}</Fact>
        {decisions
          .filter(([, at]) => at)
          .map(([term, at]) => (
            <Fact key={term} term={term}>
              {when(at)}
            </Fact>
          ))}
      </dl>
    </section>
  );
}
