import { Link } from '@tanstack/react-router';
import { useFormatters } from '../../app/format';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { AGREEMENT_STATUS_LABELS } from '../agreements/AgreementsPages';
import { SIGNATURE_STATUS_LABELS } from './partner-labels';
import { useCommitmentRegister } from './partner-page.queries';

/**
 * The commitment register: agreements the partner is party to, by kind, with their dates and what is
 * due; and, as its own section, the pledges it has signed.
 */
export function PartnerCommitments({ partnerId }: { partnerId: string }) {
  const register = useCommitmentRegister(partnerId);
  const format = useFormatters();
  const date = (value: string | null | undefined) => (value ? format.date(value) : '—');
  const body = () => {
    if (register.isPending) return <Loading label="Loading agreements…" />;
    if (register.isError) return <LoadFailed error={register.error} retry={() => void register.refetch()} />;
    if (register.data.agreements.length === 0) {
      return (
        <EmptyState>
          <p>This partner is not party to any agreement.</p>
        </EmptyState>
      );
    }
    return register.data.agreements.map((group) => (
      <div key={group.kind.code}>
        <h3>{group.kind.label}</h3>
        <ScrollArea label={`${group.kind.label}: agreements`}>
          <table className="table">
            <caption className="visually-hidden">{group.kind.label}: agreements</caption>
            <thead>
              <tr>
                <th scope="col">Agreement</th>
                <th scope="col">Status</th>
                <th scope="col">Runs</th>
                <th scope="col">Review</th>
                <th scope="col">Renewal notice</th>
                <th scope="col">Other parties</th>
              </tr>
            </thead>
            <tbody>
              {group.agreements.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to="/agreements/$agreementId" params={{ agreementId: a.id }}>
                      {a.title}
                    </Link>
                  </th>
                  <td>{AGREEMENT_STATUS_LABELS[a.effectiveStatus]}</td>
                  <td>
                    {date(a.startDate)} to {date(a.endDate)}
                  </td>
                  <td>
                    {date(a.reviewDate)}
                    {a.reviewDue && <strong> · due</strong>}
                  </td>
                  <td>
                    {date(a.nextRenewalNoticeDate)}
                    {a.renewalDue && <strong> · due</strong>}
                  </td>
                  <td>{a.otherParties.map((p) => p.name).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </div>
    ));
  };
  return (
    <>
      <section aria-labelledby="partner-agreements">
        <h2 id="partner-agreements">Agreements and commitments</h2>
        {body()}
      </section>
      <section aria-labelledby="partner-signatures">
        <h2 id="partner-signatures">Pledge signatures</h2>
        {register.isPending ? (
          <Loading label="Loading signatures…" />
        ) : register.isError ? null : register.data.pledges.length === 0 ? (
          <EmptyState>
            <p>This partner has not signed a pledge.</p>
          </EmptyState>
        ) : (
          <ul className="item-list" aria-label="Pledge signatures">
            {register.data.pledges.map((s) => (
              <li key={s.id}>
                <div>
                  <strong>{s.title}</strong> <span className="meta">(text version {s.textVersion})</span>
                  <div className="meta">
                    Signed {format.date(s.signedAt)}
                    {s.approvedAt && ` · approved ${format.date(s.approvedAt)}`}
                    {s.withdrawnAt && ` · withdrawn ${format.date(s.withdrawnAt)}`}
                  </div>
                </div>
                <span className="tag">{SIGNATURE_STATUS_LABELS[s.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
