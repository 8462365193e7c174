import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan, useMe } from '../auth';
import { AuditHistory } from '../components/AuditHistory';
import { PersonPicker, type PickedPerson } from '../components/PersonPicker';
import { ProblemMessage } from '../components/ProblemMessage';
import { TypeBadge } from '../components/TypeBadge';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { useApiProblem } from '../errors';
import { useFormat } from '../format';
import { graphql } from '../gql';
import type { NominationPageQuery } from '../gql/graphql';
import { today } from '../today';

const NominationPageDocument = graphql(`
  query NominationPage($id: ID!) {
    nomination(id: $id) {
      id
      status
      regionsViewerMayPropose {
        id
        name
      }
      role
      seats
      dueDate
      description
      decisionReference
      group {
        id
        name
        type
        eligibleRegions {
          id
          name
        }
      }
      candidates {
        id
        version
        withdrawnAt
        appointed
        managerApproved
        conflictOfInterestDeclared
        declarationReviewed
        motivation
        title
        person {
          id
          name
        }
        representedRegion {
          id
          name
        }
        impact {
          before {
            shares {
              region {
                id
                name
              }
              share
            }
          }
          after {
            shares {
              region {
                id
              }
              share
            }
          }
          goals {
            goal {
              id
              name
            }
            before {
              met
            }
            after {
              met
            }
          }
        }
      }
      history {
        id
        action
        status
        detail
        at
        actor {
          email
        }
      }
    }
  }
`);

const ProposeCandidateDocument = graphql(`
  mutation ProposeCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
    }
  }
`);

const DecideNominationDocument = graphql(`
  mutation DecideNomination($input: DecideNominationInput!) {
    decideNomination(input: $input) {
      id
      status
    }
  }
`);

const DecisionWarningsDocument = graphql(`
  query DecisionWarnings($id: ID!, $appointCandidateIds: [ID!]!, $startDate: Date!, $endDate: Date) {
    nomination(id: $id) {
      id
      warnings(appointCandidateIds: $appointCandidateIds, startDate: $startDate, endDate: $endDate) {
        code
        message
      }
    }
  }
`);

const SeatAdviceDocument = graphql(`
  query SeatAdvice($id: ID!, $healthcareRegionId: ID!) {
    nomination(id: $id) {
      id
      recommendation(healthcareRegionId: $healthcareRegionId) {
        rank
        region {
          id
          name
        }
        reason
      }
    }
  }
`);

const UpdateCandidateDocument = graphql(`
  mutation UpdateCandidate($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      id
      version
      managerApproved
      conflictOfInterestDeclared
      declarationReviewed
    }
  }
`);

const MoveToReviewDocument = graphql(`
  mutation MoveNominationToReview($id: ID!) {
    moveNominationToReview(id: $id) {
      id
      status
    }
  }
`);

const CancelNominationDocument = graphql(`
  mutation CancelNomination($id: ID!) {
    cancelNomination(id: $id) {
      id
      status
    }
  }
`);

type NominationData = NonNullable<NominationPageQuery['nomination']>;
type CandidateData = NominationData['candidates'][number];

function CandidateImpact({ candidate }: { candidate: CandidateData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const after = new Map(candidate.impact.after.shares.map((s) => [s.region.id, s.share]));
  return (
    <div className="impact">
      <table className="compact">
        <caption>{t('nomination.impactTitle', { name: candidate.person.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.region')}</th>
            <th scope="col">{t('nomination.shareNow')}</th>
            <th scope="col">{t('nomination.shareAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {candidate.impact.before.shares.map((s) => (
            <tr key={s.region.id}>
              <th scope="row">{s.region.name}</th>
              <td>{format.share(s.share)}</td>
              <td>{format.share(after.get(s.region.id) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="goal-impacts">
        {candidate.impact.goals.map((g) => (
          <li key={g.goal.id}>
            {g.goal.name}: {g.before.met ? t('goal.met') : t('goal.notMet')} → <strong>{g.after.met ? t('goal.met') : t('goal.notMet')}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The decision file's checks for one candidate, recorded as they arrive. */
function CandidateApprovals({ candidate, canReview }: { candidate: CandidateData; canReview: boolean }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [update, { loading, error }] = useMutation(UpdateCandidateDocument);
  const toggle = (key: 'managerApproved' | 'conflictOfInterestDeclared' | 'declarationReviewed', value: boolean) =>
    void update({ variables: { input: { id: candidate.id, expectedVersion: candidate.version, [key]: value } } }).catch(() => undefined);
  return (
    <fieldset className="approvals">
      <legend>{t('nomination.approvals')}</legend>
      <label className="checkbox">
        <input type="checkbox" disabled={loading} checked={candidate.managerApproved} onChange={(e) => toggle('managerApproved', e.target.checked)} />
        {t('nomination.managerApproved')}
      </label>
      <label className="checkbox">
        <input type="checkbox" disabled={loading} checked={candidate.conflictOfInterestDeclared} onChange={(e) => toggle('conflictOfInterestDeclared', e.target.checked)} />
        {t('nomination.declared')}
      </label>
      {canReview && (
        <label className="checkbox">
          <input type="checkbox" disabled={loading} checked={candidate.declarationReviewed} onChange={(e) => toggle('declarationReviewed', e.target.checked)} />
          {t('nomination.reviewed')}
        </label>
      )}
      <ProblemMessage problem={problem(error)} />
    </fieldset>
  );
}

function ProposeCandidateForm({ nomination, onProposed }: { nomination: NominationData; onProposed: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const regions = nomination.regionsViewerMayPropose;
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [regionId, setRegionId] = useState(regions.length === 1 ? regions[0]!.id : '');
  const [managerApproved, setManagerApproved] = useState(false);
  const [declared, setDeclared] = useState(false);
  const [motivation, setMotivation] = useState('');
  const [propose, { loading, error }] = useMutation(ProposeCandidateDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    const result = await propose({
      variables: { input: { nominationId: nomination.id, personId: person.id, representedRegionId: regionId, managerApproved, conflictOfInterestDeclared: declared, motivation: motivation || null } },
    }).catch(() => null);
    if (result?.data) {
      setPerson(null);
      setManagerApproved(false);
      setDeclared(false);
      setMotivation('');
      onProposed();
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="propose-title">
      <h2 id="propose-title">{t('nomination.propose')}</h2>
      <PersonPicker value={person} onChange={setPerson} />
      <div className="form-row">
        <label>
          {t('nomination.proposingRegion')}
          <select value={regionId} onChange={(e) => setRegionId(e.target.value)} required>
            <option value="">{t('addMember.chooseRegion')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={managerApproved} onChange={(e) => setManagerApproved(e.target.checked)} />
          {t('nomination.managerApproved')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={declared} onChange={(e) => setDeclared(e.target.checked)} />
          {t('nomination.declared')}
        </label>
      </div>
      <label>
        {t('nomination.motivation')}
        <textarea rows={3} value={motivation} onChange={(e) => setMotivation(e.target.value)} maxLength={5000} />
      </label>
      <ProblemMessage problem={problem(error)} />
      <button type="submit" className="primary" disabled={loading || !person || !regionId}>
        {loading ? t('common.saving') : t('nomination.proposeSubmit')}
      </button>
    </form>
  );
}

function DecisionForm({ nomination, onDecided }: { nomination: NominationData; onDecided: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [chosen, setChosen] = useState<string[]>([]);
  const [startDate, setStartDate] = useState(today());
  const [endDate, setEndDate] = useState('');
  const [reference, setReference] = useState('');
  const [decide, { loading, error }] = useMutation(DecideNominationDocument);
  const candidates = nomination.candidates.filter((c) => !c.withdrawnAt);
  const { data: warningData } = useQuery(DecisionWarningsDocument, {
    variables: { id: nomination.id, appointCandidateIds: chosen, startDate, endDate: endDate || null },
    skip: !startDate,
  });
  const warnings = warningData?.nomination?.warnings ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await decide({
      variables: { input: { nominationId: nomination.id, appointCandidateIds: chosen, startDate, endDate: endDate || null, decisionReference: reference || null } },
    }).catch(() => null);
    if (result?.data) onDecided();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="decide-title">
      <h2 id="decide-title">{t('nomination.decide')}</h2>
      <fieldset>
        <legend>{t('nomination.appoint', { count: nomination.seats })}</legend>
        {candidates.map((c) => (
          <label key={c.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
            {`${c.person.name} (${c.representedRegion.name})`}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <label>
          {t('member.startDate')}
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />
        </label>
        <label>
          {t('member.endDate')}
          <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </label>
        <label>
          {t('nomination.reference')}
          <input value={reference} onChange={(e) => setReference(e.target.value)} placeholder="BG 2025-05-12 § 7" maxLength={200} />
        </label>
      </div>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label={t('nomination.warnings')}>
          {warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
      <ProblemMessage problem={problem(error)} />
      <button type="submit" className="primary" disabled={loading}>
        {loading ? t('common.saving') : t('nomination.decideSubmit')}
      </button>
    </form>
  );
}

/** Which region's candidate would bring the healthcare region's shares closest to its population shares. */
function SeatAdvice({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { healthcareRegions } = useHealthcareRegions();
  const own = healthcareRegions.find((hr) => hr.regions.some((r) => r.id === me.region?.id)) ?? healthcareRegions.find((hr) => hr.code === 'NORRA');
  const { data } = useQuery(SeatAdviceDocument, { variables: { id: nominationId, healthcareRegionId: own?.id ?? '' }, skip: !own });
  const first = data?.nomination?.recommendation[0];
  if (!own || !first) return null;
  return (
    <section className="card advice" aria-labelledby="advice-title">
      <h2 id="advice-title">{t('nomination.adviceTitle', { name: own.name })}</h2>
      <p>
        <strong>{first.region.name}</strong>. {first.reason}
      </p>
    </section>
  );
}

export function NominationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const format = useFormat();
  const problem = useApiProblem();
  const { data, loading, refetch } = useQuery(NominationPageDocument, { variables: { id } });
  const [moveToReview, review] = useMutation(MoveToReviewDocument);
  const [cancel, cancelling] = useMutation(CancelNominationDocument);
  const nomination = data?.nomination;
  if (loading && !nomination) return <p role="status">{t('common.loading')}</p>;
  if (!nomination) return <p>{t('nomination.notFound')}</p>;
  const refresh = () => void refetch();
  const undecided = nomination.status === 'OPEN' || nomination.status === 'REVIEW';
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/nominations">{t('nominations.title')}</Link>
      </p>
      <h1>
        {t('nomination.title')} <TypeBadge type={nomination.group.type} /> <Link to={`/groups/${nomination.group.id}`}>{nomination.group.name}</Link>
      </h1>
      <dl className="facts">
        <dt>{t('group.status')}</dt>
        <dd>{t(`nominationStatus.${nomination.status}`)}</dd>
        <dt>{t('member.role')}</dt>
        <dd>{t(`memberRole.${nomination.role}`)}</dd>
        <dt>{t('nominations.seats')}</dt>
        <dd>{nomination.seats}</dd>
        <dt>{t('nominations.dueDate')}</dt>
        <dd>{nomination.dueDate}</dd>
        {nomination.decisionReference && (
          <>
            <dt>{t('nomination.reference')}</dt>
            <dd>{nomination.decisionReference}</dd>
          </>
        )}
      </dl>
      {can.editRegister && undecided && (
        <div className="actions">
          {nomination.status === 'OPEN' && (
            <button type="button" disabled={review.loading} onClick={() => void moveToReview({ variables: { id } }).then(refresh, () => undefined)}>
              {t('nomination.toReview')}
            </button>
          )}
          <button type="button" className="danger" disabled={cancelling.loading} onClick={() => window.confirm(t('nomination.cancelConfirm')) && void cancel({ variables: { id } }).then(refresh, () => undefined)}>
            {t('nomination.cancel')}
          </button>
          <ProblemMessage problem={problem(review.error ?? cancelling.error)} />
        </div>
      )}
      {undecided && <SeatAdvice nominationId={nomination.id} />}
      <h2>{t('nomination.candidates', { count: nomination.candidates.length })}</h2>
      {nomination.candidates.length === 0 && <p>{t('nomination.noCandidates')}</p>}
      <ul className="candidates">
        {nomination.candidates.map((c) => (
          <li key={c.id} className="card">
            <h3>
              <Link to={`/persons/${c.person.id}`}>{c.person.name}</Link> · {c.representedRegion.name}
              {c.appointed && <span className="verdict met">{t('nomination.appointed')}</span>}
              {c.withdrawnAt && <span className="status">{t('nomination.withdrawn')}</span>}
            </h3>
            <p className="muted">
              {[
                c.title,
                c.managerApproved ? t('nomination.managerApproved') : t('nomination.managerMissing'),
                c.conflictOfInterestDeclared ? t('nomination.declared') : t('nomination.declarationMissing'),
                c.declarationReviewed ? t('nomination.reviewed') : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {c.motivation && <p>{c.motivation}</p>}
            {undecided && !c.withdrawnAt && can.proposeCandidates && <CandidateApprovals candidate={c} canReview={can.editRegister} />}
            {undecided && !c.withdrawnAt && <CandidateImpact candidate={c} />}
          </li>
        ))}
      </ul>
      {nomination.status === 'OPEN' && nomination.regionsViewerMayPropose.length > 0 && <ProposeCandidateForm nomination={nomination} onProposed={refresh} />}
      {can.editRegister && undecided && nomination.candidates.length > 0 && <DecisionForm nomination={nomination} onDecided={refresh} />}
      <h2>{t('nomination.history')}</h2>
      <ol className="history">
        {nomination.history.map((e) => (
          <li key={e.id}>
            {format.dateTime(e.at)} · {t(`nominationAction.${e.action}`)}
            {e.detail ? `: ${e.detail}` : ''} · {e.actor?.email ?? t('nomination.system')}
          </li>
        ))}
      </ol>
      <AuditHistory entityType="NOMINATION" entityId={nomination.id} />
    </article>
  );
}
