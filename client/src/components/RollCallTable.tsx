import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const RollCallTable_AttendanceFragment = graphql(`
  fragment RollCallTable_attendance on Attendance {
    present
    votingSeat
    person {
      id
      name
    }
    servingFor {
      id
      name
    }
    membership {
      id
      role
      representedRegion {
        id
        name
      }
    }
  }
`);

/** A taken roll call: those present first, each with their seat (and whether it votes) and whom a deputy served for. */
export function RollCallTable({ rows: refs }: { rows: FragmentType<typeof RollCallTable_AttendanceFragment>[] }) {
  const { t } = useTranslation();
  const rows = getFragmentData(RollCallTable_AttendanceFragment, refs);
  const present = rows.filter((a) => a.present);
  const ordered = [...present, ...rows.filter((a) => !a.present)];
  return (
    <div className="table-scroll">
      <table className="compact">
        <caption className="visually-hidden">
          {t('meetings.rollCall.caption', { present: present.length, total: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.rollCall.person')}</th>
            <th scope="col">{t('meetings.rollCall.seat')}</th>
            <th scope="col">{t('meetings.rollCall.attendance')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((a) => (
            <tr key={a.membership.id}>
              <th scope="row">
                <Link to={`/persons/${a.person.id}`}>{a.person.name}</Link>
              </th>
              <td>
                {[t(`memberRole.${a.membership.role}`), a.membership.representedRegion?.name]
                  .filter(Boolean)
                  .join(' · ')}
                {!a.votingSeat && <span className="muted">{` (${t('meetings.rollCall.noVote')})`}</span>}
              </td>
              <td>
                {a.present ? t('meetings.rollCall.present') : t('meetings.rollCall.absent')}
                {a.servingFor && ` · ${t('meetings.rollCall.servingFor', { name: a.servingFor.name })}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
