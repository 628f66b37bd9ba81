import type { components } from '../../api/schema';

type PublicPledge = components['schemas']['PublicPledgeResponse'];

/** The text split as the signing page splits it: blank lines part paragraphs; "- " and "1. " lines make lists. */
export function PledgeText({ body }: { body: string }) {
  return (
    <>
      {body
        .split(/\n{2,}/)
        .filter((block) => block.trim())
        .map((block, i) => {
          const lines = block.split('\n');
          if (lines.every((l) => /^(- |\d+\. )/.test(l))) {
            const items = lines.map((l, j) => <li key={j}>{l.replace(/^(- |\d+\. )/, '')}</li>);
            return lines[0].startsWith('- ') ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
          }
          return (
            <p key={i}>
              {lines.map((l, j) => (
                <span key={j}>
                  {j > 0 && <br />}
                  {l}
                </span>
              ))}
            </p>
          );
        })}
    </>
  );
}

/** The signing page as the public will see it with this wording: title, text, then what the form asks. */
export function SigningPagePreview({ pledge, body, version }: { pledge: PublicPledge; body: string; version: number }) {
  const organisational = pledge.kind === 'organisational';
  return (
    <section className="card" aria-labelledby="signing-preview">
      <h3 id="signing-preview">Preview of the signing page</h3>
      <div className="signing-preview">
        <p className="signing-preview__title">{pledge.title}</p>
        <p className="meta">Version {version}</p>
        <PledgeText body={body} />
        <p className="meta">
          Then the form asks for {organisational ? 'the organisation (name, kind, area, website, company and charity numbers), the signer (name, job title, email), ' : 'the person (name, email, area), '}
          {pledge.commitments.length > 0 && `${organisational ? 'commitments' : 'aims'} to choose (${pledge.commitments.map((c) => c.label).join('; ')}), `}
          {organisational ? 'the statement of authority to sign, and consent to be listed publicly.' : 'and consent to show their name publicly.'}
        </p>
      </div>
    </section>
  );
}
