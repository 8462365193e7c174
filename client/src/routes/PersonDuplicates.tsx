import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ProblemMessage } from '../components/ProblemMessage';
import { SaveStatus } from '../components/SaveStatus';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { DuplicatePersonsQuery } from '../gql/graphql';

const DuplicatePersonsDocument = graphql(`
  query DuplicatePersons {
    duplicatePersons(first: 20) {
      score
      reasons
      persons {
        id
        name
        email
        title
        version
        employerRegion {
          id
          name
        }
        memberships {
          id
          role
          startDate
          endDate
          group {
            id
            name
            type
          }
        }
      }
    }
  }
`);

const MergePersonsDocument = graphql(`
  mutation MergePersons($input: MergePersonsInput!) {
    mergePersons(input: $input) {
      id
      movedMemberships
      movedCandidacies
      kept {
        id
        name
      }
      merged {
        id
        name
      }
    }
  }
`);

type Suggestion = DuplicatePersonsQuery['duplicatePersons'][number];
type SuggestedPerson = Suggestion['persons'][number];

/** One record of a pair, as the coordinator compares it with the other: details and every seat. */
function PersonColumn({ person }: { person: SuggestedPerson }) {
  const { t } = useTranslation();
  return (
    <div className="duplicate-person">
      <h3>
        <Link to={`/persons/${person.id}`}>{person.name}</Link>
      </h3>
      <dl className="facts">
        <dt>{t('personMerges.email')}</dt>
        <dd>{person.email ?? '–'}</dd>
        <dt>{t('personMerges.employer')}</dt>
        <dd>{person.employerRegion?.name ?? '–'}</dd>
        <dt>{t('personMerges.titleField')}</dt>
        <dd>{person.title ?? '–'}</dd>
      </dl>
      <h4>{t('personMerges.seats')}</h4>
      {person.memberships.length === 0 ? (
        <p>{t('personMerges.noSeats')}</p>
      ) : (
        <ul className="duplicate-seats">
          {person.memberships.map((m) => (
            <li key={m.id}>
              {m.group.type} {m.group.name} · {t(`memberRole.${m.role}`)} · {m.startDate}–
              {m.endDate ?? t('personMerges.ongoing')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A suggested pair side by side, with the choice of which record to keep and the confirmed merge. */
export function DuplicatePair({
  suggestion,
  onMerged,
}: {
  suggestion: Suggestion;
  onMerged: (message: string, kept: { id: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [first, second] = suggestion.persons as [SuggestedPerson, SuggestedPerson];
  const [keepId, setKeepId] = useState(first.id);
  const [merge, { loading, error }] = useMutation(MergePersonsDocument, { refetchQueries: ['DuplicatePersons'] });
  const kept = keepId === first.id ? first : second;
  const merged = keepId === first.id ? second : first;
  const names = { kept: kept.name, merged: merged.name };
  const heading = t('personMerges.pairHeading', { first: first.name, second: second.name });
  return (
    <article className="card duplicate-pair" aria-label={heading}>
      <h2>{heading}</h2>
      <p>
        {t('personMerges.likeness', { percent: Math.round(suggestion.score * 100) })} · {t('personMerges.reasons')}:{' '}
        {suggestion.reasons.join(', ')}
      </p>
      <div className="duplicate-columns">
        <PersonColumn person={first} />
        <PersonColumn person={second} />
      </div>
      <fieldset className="duplicate-keep">
        <legend>{t('personMerges.keep')}</legend>
        {[first, second].map((p) => (
          <label key={p.id}>
            <input
              type="radio"
              name={`keep-${first.id}-${second.id}`}
              value={p.id}
              checked={keepId === p.id}
              onChange={() => setKeepId(p.id)}
            />{' '}
            {t('personMerges.keepOption', { name: p.name })}
          </label>
        ))}
      </fieldset>
      <ConfirmDialog
        trigger={loading ? t('personMerges.merging') : t('personMerges.merge')}
        triggerClassName="primary"
        triggerLabel={t('personMerges.mergeLabel', { first: first.name, second: second.name })}
        isDisabled={loading}
        title={t('personMerges.confirmTitle', names)}
        confirmLabel={t('personMerges.confirm')}
        onConfirm={async () => {
          const result = await merge({
            variables: {
              input: { keepId: kept.id, mergeId: merged.id, keepVersion: kept.version, mergeVersion: merged.version },
            },
          }).catch(() => null);
          const done = result?.data?.mergePersons;
          if (done) {
            onMerged(
              t('personMerges.merged', {
                kept: done.kept.name,
                merged: done.merged.name,
                count: done.movedMemberships,
                candidacies: done.movedCandidacies,
              }),
              done.kept,
            );
          }
        }}
      >
        <p>{t('personMerges.confirmKeep', names)}</p>
        <p>{t('personMerges.confirmMoves', { ...names, count: merged.memberships.length })}</p>
        <p>{t('personMerges.confirmFill', names)}</p>
        <p>{t('personMerges.confirmFormer', names)}</p>
      </ConfirmDialog>
      <ProblemMessage problem={problem(error)} />
    </article>
  );
}

/** Suggested duplicate persons, for a coordinator to compare and merge (issue 16, duplicates). */
export function PersonDuplicates() {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { data, loading, error } = useQuery(DuplicatePersonsDocument, { fetchPolicy: 'cache-and-network' });
  const [saved, setSaved] = useState<{ message: string; kept: { id: string; name: string } | null }>({
    message: '',
    kept: null,
  });
  const suggestions = data?.duplicatePersons;
  return (
    <section>
      <p className="breadcrumb">
        <Link to="/persons">{t('persons.title')}</Link>
      </p>
      <h1>{t('personMerges.title')}</h1>
      <p>{t('personMerges.intro')}</p>
      <SaveStatus message={saved.message} />
      {saved.kept && (
        <p>
          <Link to={`/persons/${saved.kept.id}`}>{t('personMerges.openKept', { name: saved.kept.name })}</Link>
        </p>
      )}
      {error && <ProblemMessage problem={problem(error)} />}
      {!suggestions && loading && <p role="status">{t('common.loading')}</p>}
      {suggestions?.length === 0 && <p>{t('personMerges.none')}</p>}
      {suggestions?.map((s) => (
        <DuplicatePair
          key={s.persons.map((p) => p.id).join(':')}
          suggestion={s}
          onMerged={(message, kept) => setSaved({ message, kept })}
        />
      ))}
    </section>
  );
}
