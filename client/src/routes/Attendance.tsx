import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartTable } from '../components/ChartTable';
import { ExportButtons } from '../components/ExportButtons';
import { MeetingFilters, useMeetingFilters } from '../components/MeetingFilters';
import { useFormat } from '../format';
import { graphql } from '../gql';
import type { AttendanceBar } from '../components/AttendanceChart';

// The chart library is the heaviest part of the client: it loads after the numbers.
const AttendanceChart = lazy(async () => ({
  default: (await import('../components/AttendanceChart')).AttendanceChart,
}));

const AttendanceDocument = graphql(`
  query Attendance($year: Int!, $healthcareRegionId: ID!, $groupId: ID) {
    attendance(year: $year, healthcareRegionId: $healthcareRegionId, groupId: $groupId) {
      year
      byBody {
        group {
          id
          name
          type
        }
        meetings
        expected
        present
        share
      }
      byRegion {
        region {
          id
          name
        }
        expected
        present
        share
      }
      byPerson {
        person {
          id
          name
        }
        group {
          id
          name
          type
        }
        expected
        present
        share
      }
    }
  }
`);

interface Row {
  key: string;
  label: string;
  cells: string[];
  share: number | null;
}

/** One breakdown: its heading, the bars and the same figures as a table. */
function Breakdown({
  id,
  title,
  rowHeading,
  columns,
  rows,
}: {
  id: string;
  title: string;
  rowHeading: string;
  columns: string[];
  rows: Row[];
}) {
  const { t } = useTranslation();
  const bars: AttendanceBar[] = rows.map((r) => ({ key: r.key, label: r.label, share: r.share }));
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p>{t('meetings.attendance.none')}</p>
      ) : (
        <>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <AttendanceChart bars={bars} />
          </Suspense>
          <ChartTable
            caption={t('meetings.attendance.tableCaption', { title })}
            rowHeading={rowHeading}
            columns={columns}
            rows={rows.map((r) => ({ asOf: r.label, cells: r.cells }))}
          />
        </>
      )}
    </section>
  );
}

/**
 * Attendance at the meetings of a healthcare region's groups and bodies in a year: by body, by region and by person,
 * each as a chart with its table, and the meetings and attendance lists to download. A person counts as expected at
 * the held meetings of their term, for a voting seat (the API's rule).
 */
export function Attendance() {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = useMeetingFilters();
  const { year, healthcareRegionId } = filters;
  const { data, previousData, loading, error } = useQuery(AttendanceDocument, {
    // Every group of the healthcare region: no group named, said outright.
    variables: { year, healthcareRegionId, groupId: null },
    skip: !healthcareRegionId,
  });
  const stats = (data ?? previousData)?.attendance;
  const share = (value: number | null | undefined) => (value == null ? '–' : format.share(value));
  const figures = [t('meetings.attendance.expected'), t('meetings.attendance.present'), t('meetings.attendance.share')];
  return (
    <section className="attendance">
      <p className="breadcrumb">
        <Link to={`/bodies?year=${year}`}>{t('meetings.bodies.title')}</Link>
      </p>
      <h1>{t('meetings.attendance.title')}</h1>
      <p className="muted">{t('meetings.attendance.intro')}</p>
      <MeetingFilters filters={filters}>
        {loading && (
          <span role="status" className="muted">
            {t('common.loading')}
          </span>
        )}
      </MeetingFilters>
      {error && (
        <p className="problem" role="alert">
          {t('errors.UNKNOWN')}
        </p>
      )}
      {healthcareRegionId && (
        <>
          <ExportButtons
            input={{ list: 'MEETINGS', year, healthcareRegionId }}
            label={t('meetings.attendance.exportMeetings')}
          />
          <ExportButtons
            input={{ list: 'ATTENDANCE', year, healthcareRegionId }}
            label={t('meetings.attendance.exportAttendance')}
          />
        </>
      )}
      {stats && (
        <>
          <Breakdown
            id="attendance-by-body"
            title={t('meetings.attendance.byBody', { year: stats.year })}
            rowHeading={t('meetings.bodies.body')}
            columns={[t('meetings.attendance.meetings'), ...figures]}
            rows={stats.byBody.map((b) => ({
              key: b.group.id,
              label: `${b.group.type} ${b.group.name}`,
              cells: [String(b.meetings), String(b.expected), String(b.present), share(b.share)],
              share: b.share ?? null,
            }))}
          />
          <Breakdown
            id="attendance-by-region"
            title={t('meetings.attendance.byRegion', { year: stats.year })}
            rowHeading={t('meetings.attendance.region')}
            columns={figures}
            rows={stats.byRegion.map((r) => ({
              key: r.region.id,
              label: r.region.name,
              cells: [String(r.expected), String(r.present), share(r.share)],
              share: r.share ?? null,
            }))}
          />
          <Breakdown
            id="attendance-by-person"
            title={t('meetings.attendance.byPerson', { year: stats.year })}
            rowHeading={t('meetings.attendance.person')}
            columns={figures}
            rows={stats.byPerson.map((p) => ({
              key: `${p.person.id}-${p.group.id}`,
              label: `${p.person.name} (${p.group.type})`,
              cells: [String(p.expected), String(p.present), share(p.share)],
              share: p.share ?? null,
            }))}
          />
        </>
      )}
    </section>
  );
}
