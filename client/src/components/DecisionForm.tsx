import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { today } from '../today';
import { ConfirmDialog } from './ConfirmDialog';
import { ProblemMessage } from './ProblemMessage';
import { TermDates } from './TermDates';

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

export interface DecisionCandidate {
  id: string;
  withdrawnAt?: unknown;
  person: { name: string };
  representedRegion: { name: string };
}

export type Decision = { appointed: string[] } | { closedWithoutAppointment: true };

/**
 * The decision: appoint some of the candidates, or close the nomination without appointing anyone. Either is final
 * and asks first; closing without appointment is its own, named choice, never what an empty selection does.
 */
export function DecisionForm({
  nomination,
  onDecided,
}: {
  nomination: { id: string; seats: number; candidates: readonly DecisionCandidate[] };
  onDecided: (decision: Decision) => void;
}) {
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
  const names = candidates
    .filter((c) => chosen.includes(c.id))
    .map((c) => `${c.person.name} (${c.representedRegion.name})`);
  const send = async (closeWithoutAppointment: boolean) => {
    const appointCandidateIds = closeWithoutAppointment ? [] : chosen;
    const result = await decide({
      variables: {
        input: {
          nominationId: nomination.id,
          appointCandidateIds,
          startDate,
          endDate: endDate || null,
          decisionReference: reference || null,
          closeWithoutAppointment: closeWithoutAppointment || null,
        },
      },
    }).catch(() => null);
    if (result?.data) onDecided(closeWithoutAppointment ? { closedWithoutAppointment: true } : { appointed: names });
  };
  // Enter in a field does not decide: deciding goes through the confirmation.
  const ignoreSubmit = (event: FormEvent) => event.preventDefault();
  return (
    <form className="card" onSubmit={ignoreSubmit} aria-labelledby="decide-title">
      <h2 id="decide-title">{t('nomination.decide')}</h2>
      <fieldset>
        <legend>{t('nomination.appoint', { count: nomination.seats })}</legend>
        {candidates.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(c.id)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
            />
            {`${c.person.name} (${c.representedRegion.name})`}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <TermDates
          startDate={startDate}
          endDate={endDate}
          onStartDateChange={setStartDate}
          onEndDateChange={setEndDate}
        />
        <label>
          {t('nomination.reference')}
          <input
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            placeholder="BG 2025-05-12 § 7"
            maxLength={200}
          />
        </label>
      </div>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label={t('nomination.warnings')}>
          {warnings.map((w) => (
            <li key={w.code} lang="sv">
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <ProblemMessage problem={problem(error)} />
      {chosen.length === 0 && <p className="muted">{t('decision.chooseHint')}</p>}
      <div className="actions">
        <ConfirmDialog
          trigger={loading ? t('common.saving') : t('nomination.decideSubmit')}
          triggerClassName="primary"
          isDisabled={loading || chosen.length === 0 || !startDate}
          title={t('decision.confirmTitle')}
          confirmLabel={t('decision.confirm')}
          onConfirm={() => send(false)}
        >
          <p>{t('decision.confirmAppoint', { count: names.length, names: names.join(', '), startDate })}</p>
          <p>{t('decision.final')}</p>
        </ConfirmDialog>
        <ConfirmDialog
          trigger={t('decision.closeWithout')}
          destructive
          isDisabled={loading || !startDate}
          title={t('decision.closeWithoutTitle')}
          confirmLabel={t('decision.closeWithoutConfirm')}
          onConfirm={() => send(true)}
        >
          <p>{t('decision.closeWithoutBody')}</p>
          <p>{t('decision.final')}</p>
        </ConfirmDialog>
      </div>
    </form>
  );
}
