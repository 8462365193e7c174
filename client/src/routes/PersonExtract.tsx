import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { Link, useParams } from 'react-router';
import { useFormat } from '../format';
import { graphql } from '../gql';
import { ExtractFormerRecords, operationLabel } from '../components/ExtractFormerRecords';

const PersonExtractDocument = graphql(`
  query PersonExtract($personId: ID!) {
    personRegisterExtract(personId: $personId) {
      generatedAt
      document
      person {
        id
        name
        email
        title
        gender
        createdAt
        archivedAt
        employerRegion {
          id
          name
        }
      }
      memberships {
        id
        role
        startDate
        endDate
        representedRegion {
          id
          name
        }
        group {
          id
          name
          type
        }
      }
      candidacies {
        id
        appointed
        withdrawnAt
        motivation
        nomination {
          id
          status
          group {
            id
            name
            type
          }
        }
      }
      dialogues {
        id
        heldOn
        group {
          id
          name
          type
        }
      }
      history {
        id
        at
        actorLabel
        operation
      }
      formerRecords {
        mergedAt
        person {
          id
          name
          email
          title
        }
        history {
          id
          at
          actorLabel
          operation
        }
      }
    }
  }
`);

/** The register extract ("registerutdrag"): everything held about a person, to print or to hand over as JSON. */
export function PersonExtract() {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const format = useFormat();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PersonExtractDocument, {
    variables: { personId: id },
    fetchPolicy: 'network-only',
  });
  const extract = data?.personRegisterExtract;
  if (loading && !extract) return <p role="status">{t('extract.loading')}</p>;
  if (error || !extract) return <p role="alert">{problem(error)?.message ?? t('person.notFound')}</p>;
  const { person } = extract;
  const download = () => {
    const blob = new Blob([JSON.stringify(extract.document, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `registerutdrag-${person.id}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <article className="extract">
      <p className="breadcrumb no-print">
        <Link to={`/persons/${person.id}`}>{person.name}</Link>
      </p>
      <h1>{t('extract.title', { name: person.name })}</h1>
      <p>{t('extract.generated', { at: format.dateTime(extract.generatedAt) })}</p>
      <p className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('extract.print')}
        </button>
        <button type="button" onClick={download}>
          {t('extract.download')}
        </button>
      </p>
      <h2>{t('extract.personalData')}</h2>
      <dl className="facts">
        <dt>{t('person.name')}</dt>
        <dd>{person.name}</dd>
        <dt>{t('person.email')}</dt>
        <dd>{person.email ?? '–'}</dd>
        <dt>{t('person.title')}</dt>
        <dd>{person.title ?? '–'}</dd>
        <dt>{t('person.gender')}</dt>
        <dd>{person.gender ? t(`gender.${person.gender}`) : t('person.genderNotRecorded')}</dd>
        <dt>{t('person.employer')}</dt>
        <dd>{person.employerRegion?.name ?? '–'}</dd>
        <dt>{t('extract.registered')}</dt>
        <dd>{person.createdAt.slice(0, 10)}</dd>
      </dl>
      <h2>{t('person.seats')}</h2>
      {extract.memberships.length === 0 ? (
        <p>{t('person.noSeats')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('member.group')}</th>
              <th scope="col">{t('member.role')}</th>
              <th scope="col">{t('member.representedRegion')}</th>
              <th scope="col">{t('member.startDate')}</th>
              <th scope="col">{t('member.endDate')}</th>
            </tr>
          </thead>
          <tbody>
            {extract.memberships.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.group.type} {m.group.name}
                </th>
                <td>{t(`memberRole.${m.role}`)}</td>
                <td>{m.representedRegion?.name ?? '–'}</td>
                <td>{m.startDate}</td>
                <td>{m.endDate ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('extract.candidacies')}</h2>
      {extract.candidacies.length === 0 ? (
        <p>{t('extract.none')}</p>
      ) : (
        <ul>
          {extract.candidacies.map((c) => (
            <li key={c.id}>
              {c.nomination.group.type} {c.nomination.group.name}: {t(`nominationStatus.${c.nomination.status}`)}
              {c.appointed ? ` · ${t('extract.appointed')}` : ''}
              {c.withdrawnAt ? ` · ${t('extract.withdrawn')}` : ''}
              {c.motivation ? ` · ${c.motivation}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('extract.dialogues')}</h2>
      {extract.dialogues.length === 0 ? (
        <p>{t('extract.none')}</p>
      ) : (
        <ul>
          {extract.dialogues.map((d) => (
            <li key={d.id}>
              {d.heldOn}: {d.group.type} {d.group.name}
            </li>
          ))}
        </ul>
      )}
      <ExtractFormerRecords records={extract.formerRecords} />
      <h2>{t('audit.title')}</h2>
      <ol className="history-list">
        {extract.history.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{format.dateTime(e.at)}</time> · {operationLabel(t, e.operation)} · {e.actorLabel}
          </li>
        ))}
      </ol>
    </article>
  );
}
