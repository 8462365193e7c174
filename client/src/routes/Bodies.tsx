import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../auth';
import { MeetingFilters, useMeetingFilters } from '../components/MeetingFilters';
import { TypeBadge } from '../components/TypeBadge';
import { useBodies } from '../components/useBodies';
import { useFormat } from '../format';
import { graphql } from '../gql';

const BodyYearDocument = graphql(`
  query BodyYear($groupId: ID!, $year: Int!) {
    meetingYear(groupId: $groupId, year: $year) {
      counted
      held
      quorate
      partialAbsence
      scheduled
      quorateShare
    }
  }
`);

/** One body's year in the table: each row asks for its own figures, so the list shows before they arrive. */
function BodyYearCells({ groupId, year }: { groupId: string; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(BodyYearDocument, { variables: { groupId, year } });
  const figures = data?.meetingYear;
  if (!figures) {
    return (
      <td colSpan={4} className="muted">
        {t('common.loading')}
      </td>
    );
  }
  return (
    <>
      <td>{figures.held}</td>
      <td>{figures.quorate}</td>
      <td>{figures.quorateShare == null ? '–' : format.share(figures.quorateShare)}</td>
      <td>{figures.scheduled}</td>
    </>
  );
}

/**
 * The bodies ("Organ och möten") of a healthcare region: its förbundsdirektion, arbetsutskott, beredningsgrupp and the
 * rest, and the national bodies where it has representatives, each with the year's meetings held and quorate.
 */
export function Bodies() {
  const { t } = useTranslation();
  const can = useCan();
  const filters = useMeetingFilters();
  const { year } = filters;
  const bodies = useBodies(filters.healthcareRegionId);
  return (
    <section className="bodies">
      <h1>{t('meetings.bodies.title')}</h1>
      <p className="muted">{t('meetings.bodies.intro')}</p>
      <MeetingFilters filters={filters} />
      <p className="actions">
        <Link className="button" to={`/attendance?year=${year}`}>
          {t('meetings.bodies.toAttendance')}
        </Link>
        {can.editRegister && (
          <Link className="button" to="/topics">
            {t('meetings.bodies.toTopics')}
          </Link>
        )}
      </p>
      {bodies.length === 0 && <p>{t('meetings.bodies.none')}</p>}
      {bodies.length > 0 && (
        <div className="table-scroll">
          <table className="compact">
            <caption>{t('meetings.bodies.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.bodies.body')}</th>
                <th scope="col">{t('meetings.figures.held')}</th>
                <th scope="col">{t('meetings.figures.quorate')}</th>
                <th scope="col">{t('meetings.figures.quorateShare')}</th>
                <th scope="col">{t('meetings.figures.scheduled')}</th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((body) => (
                <tr key={body.id}>
                  <th scope="row">
                    <TypeBadge type={body.type} />{' '}
                    <Link to={`/groups/${body.id}?meetingYear=${year}`}>{body.name}</Link>
                  </th>
                  <BodyYearCells groupId={body.id} year={year} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
