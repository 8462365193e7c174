import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { monthsBefore, useFormat } from '../format';
import { graphql } from '../gql';
import { today } from '../today';
import { ChartTable } from './ChartTable';

const ShareChart = lazy(async () => ({ default: (await import('./ShareChart')).ShareChart }));

const LineageTrendDocument = graphql(`
  query LineageTrend($healthcareRegionId: ID!, $from: Date!, $to: Date!, $groupIds: [ID!]) {
    representationTrend(
      healthcareRegionId: $healthcareRegionId
      from: $from
      to: $to
      interval: QUARTER
      tiers: [NATIONAL, HEALTHCARE_REGION, LOCAL]
      includeBodies: true
      groupIds: $groupIds
    ) {
      asOf
      totalSeats
      shares {
        region {
          id
          name
        }
        populationShare
        seats
        share
      }
    }
  }
`);

/** Years shown before the latest change, and at most after it. */
const YEARS_BEFORE = 3;

/**
 * The member shares of a group and every group it descends from, quarter by quarter across the change: the regions
 * of the group's healthcare region (for a national group, the user's home healthcare region). The API counts the
 * seats; the chart is a picture, the table beside it carries the same figures.
 */
export function LineageTrend({
  groupName,
  groupIds,
  healthcareRegionId,
  changedOn,
}: {
  groupName: string;
  groupIds: string[];
  healthcareRegionId: string;
  changedOn: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const from = monthsBefore(changedOn, YEARS_BEFORE * 12);
  const to = today() > changedOn ? today() : changedOn;
  const { data, loading } = useQuery(LineageTrendDocument, { variables: { healthcareRegionId, from, to, groupIds } });
  const trend = data?.representationTrend ?? [];
  const last = trend.at(-1);
  const regions = (last?.shares ?? []).map((s) => ({
    id: s.region.id,
    name: s.region.name,
    populationShare: s.populationShare,
  }));
  const points = trend.map((r) => ({
    asOf: r.asOf,
    shares: Object.fromEntries(r.shares.map((s) => [s.region.id, s.share])),
  }));
  return (
    <section aria-labelledby="lineage-trend-title">
      <h3 id="lineage-trend-title">{t('lineage.trend.title')}</h3>
      <p className="muted">{t('lineage.trend.intro', { group: groupName, date: changedOn })}</p>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && trend.every((r) => r.totalSeats === 0) && <p>{t('lineage.trend.empty')}</p>}
      {data && trend.some((r) => r.totalSeats > 0) && (
        <>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <ShareChart regions={regions} points={points} />
          </Suspense>
          <ChartTable
            columns={[...regions.map((r) => r.name), t('lineage.trend.seats')]}
            rows={trend.map((row) => ({
              asOf: row.asOf,
              cells: [...row.shares.map((s) => `${format.share(s.share)} (${s.seats})`), String(row.totalSeats)],
            }))}
          />
        </>
      )}
    </section>
  );
}
