import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth';
import { GoalCard, GoalCard_GoalFragment } from '../components/GoalCard';
import {
  FIRST_GOAL_YEAR,
  OperationalGoalCard,
  OperationalGoalCard_GoalFragment,
} from '../components/OperationalGoalCard';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { thisYear, YearSelect } from '../components/YearSelect';
import { monthsBefore, useFormat } from '../format';
import { getFragmentData, graphql } from '../gql';
import type { MemberRole, Tier } from '../gql/graphql';
import { today } from '../today';
import { ChartTable } from '../components/ChartTable';
import { ExportButtons } from '../components/ExportButtons';
import { IsoDateField } from '../components/IsoDateField';
import { PlaceOptions } from '../components/PlaceOptions';
import { OrganisationSeatsTable, PopulationYearsNote } from '../components/RepresentationExtras';

// The chart library is the heaviest part of the client: it loads after the numbers.
const ShareChart = lazy(async () => ({ default: (await import('../components/ShareChart')).ShareChart }));

const DashboardDocument = graphql(`
  query Dashboard(
    $healthcareRegionId: ID!
    $asOf: Date!
    $from: Date!
    $tiers: [Tier!]
    $roles: [MemberRole!]
    $includeBodies: Boolean
  ) {
    representation(
      healthcareRegionId: $healthcareRegionId
      asOf: $asOf
      tiers: $tiers
      roles: $roles
      includeBodies: $includeBodies
    ) {
      asOf
      totalSeats
      shares {
        region {
          id
          code
          name
        }
        seats
        share
        population
        populationYear
        populationShare
        gapPoints
      }
      organisationSeats {
        seats
        organisation {
          id
          name
        }
      }
    }
    vacantSeatCount(asOf: $asOf, filter: { healthcareRegionId: $healthcareRegionId })
    seatRecommendation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {
      rank
      region {
        id
        name
      }
      reason
    }
    representationTrend(
      healthcareRegionId: $healthcareRegionId
      from: $from
      to: $asOf
      interval: QUARTER
      tiers: $tiers
      roles: $roles
      includeBodies: $includeBodies
    ) {
      asOf
      totalSeats
      shares {
        region {
          id
        }
        seats
        share
      }
    }
    shareGoals {
      ...GoalCard_goal
      healthcareRegion {
        id
      }
      verdict: evaluation {
        ...GoalCard_evaluation
      }
      current: evaluation(asOf: $asOf) {
        ...GoalCard_evaluation
      }
    }
  }
`);

/** The goals judged from meetings, feedback and dialogue answers, for the year chosen on the dashboard. */
const DashboardOperationalGoalsDocument = graphql(`
  query DashboardOperationalGoals($healthcareRegionId: ID!, $year: Int!) {
    operationalGoals(healthcareRegionId: $healthcareRegionId) {
      ...OperationalGoalCard_goal
      outcome: evaluation(year: $year) {
        ...OperationalGoalCard_outcome
      }
    }
  }
`);

/** Which seats count towards a region's share: the API's rule, asked once. */
const ShareRolesDocument = graphql(`
  query ShareRoles {
    memberRoles {
      role
      countsTowardsShare
    }
  }
`);

const TREND_MONTHS = 48;
const TIERS: Tier[] = ['NATIONAL', 'HEALTHCARE_REGION', 'LOCAL'];

export function Dashboard() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const can = me.permissions;
  const { healthcareRegions } = useHealthcareRegions();
  const [asOf, setAsOf] = useState(today());
  const [chosen, setChosen] = useState<string | null>(null);
  const [tiers, setTiers] = useState<Tier[]>(['NATIONAL']);
  const [withDeputies, setWithDeputies] = useState(false);
  const [includeBodies, setIncludeBodies] = useState(false);
  const [goalYear, setGoalYear] = useState(thisYear());
  const healthcareRegionId = chosen ?? me.homeHealthcareRegion?.id ?? '';
  const { data: roleData } = useQuery(ShareRolesDocument);
  const shareRoles: MemberRole[] = roleData?.memberRoles.filter((r) => r.countsTowardsShare).map((r) => r.role) ?? [];
  const { data, previousData, loading, error } = useQuery(DashboardDocument, {
    variables: {
      healthcareRegionId,
      asOf,
      from: monthsBefore(asOf, TREND_MONTHS),
      tiers,
      roles: withDeputies ? [...shareRoles, 'DEPUTY'] : shareRoles,
      includeBodies,
    },
    skip: !healthcareRegionId || tiers.length === 0 || shareRoles.length === 0,
  });
  const { data: operationalData } = useQuery(DashboardOperationalGoalsDocument, {
    variables: { healthcareRegionId, year: goalYear },
    skip: !healthcareRegionId,
  });
  const operationalGoals = operationalData?.operationalGoals ?? [];
  const shown = data ?? previousData;
  const report = shown?.representation;
  const goals = shown?.shareGoals.filter((g) => g.healthcareRegion.id === healthcareRegionId) ?? [];
  const regions =
    report?.shares.map((s) => ({ id: s.region.id, name: s.region.name, populationShare: s.populationShare })) ?? [];
  const points = (shown?.representationTrend ?? []).map((r) => ({
    asOf: r.asOf,
    shares: Object.fromEntries(r.shares.map((s) => [s.region.id, s.share])),
  }));

  return (
    <section className="dashboard">
      <h1>{t('dashboard.title')}</h1>
      {/* The filters do not print; the printout names what it shows instead. */}
      <p className="print-only">
        {t('dashboard.printFilters', {
          healthcareRegion: healthcareRegions.find((hr) => hr.id === healthcareRegionId)?.name ?? '–',
          date: asOf,
          tiers: tiers.map((x) => t(`tier.${x}`)).join(', ') || '–',
        })}{' '}
        {withDeputies ? t('dashboard.printWithDeputies') : t('dashboard.printWithoutDeputies')}{' '}
        {includeBodies ? t('dashboard.printWithBodies') : t('dashboard.printWithoutBodies')}
      </p>
      <div className="filters">
        <label>
          {t('dashboard.healthcareRegion')}
          <select value={healthcareRegionId} onChange={(e) => setChosen(e.target.value)}>
            <PlaceOptions places={healthcareRegions} />
          </select>
        </label>
        <IsoDateField
          label={t('dashboard.asOf')}
          value={asOf}
          onChange={(value) => value && setAsOf(value)}
          isRequired
        />
        <fieldset className="inline-fieldset">
          <legend>{t('dashboard.tiers')}</legend>
          {TIERS.map((tier) => (
            <label key={tier} className="checkbox">
              <input
                type="checkbox"
                checked={tiers.includes(tier)}
                onChange={(e) => setTiers(e.target.checked ? [...tiers, tier] : tiers.filter((x) => x !== tier))}
              />
              {t(`tier.${tier}`)}
            </label>
          ))}
          <label className="checkbox">
            <input type="checkbox" checked={withDeputies} onChange={(e) => setWithDeputies(e.target.checked)} />
            {t('dashboard.withDeputies')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={includeBodies} onChange={(e) => setIncludeBodies(e.target.checked)} />
            {t('dashboard.includeBodies')}
          </label>
        </fieldset>
        {loading && (
          <span role="status" className="muted">
            {t('common.loading')}
          </span>
        )}
      </div>
      {tiers.length === 0 && (
        <p className="problem" role="alert">
          {t('dashboard.chooseTier')}
        </p>
      )}
      {error && (
        <p className="problem" role="alert">
          {t('errors.UNKNOWN')}
        </p>
      )}
      <p className="actions no-print">
        {me.region && (
          <Link className="button" to={`/regions/${me.region.id}`}>
            {t('dashboard.ourRegion', { name: me.region.name })}
          </Link>
        )}
        {shown && (
          <Link className="button" to="/nominations">
            {t('dashboard.vacant', { count: shown.vacantSeatCount })}
          </Link>
        )}
      </p>
      {report && (
        <>
          <h2>{t('dashboard.sharesTitle', { date: report.asOf })}</h2>
          <ExportButtons input={{ list: 'REPRESENTATION', healthcareRegionId, asOf, tiers }} />
          <p className="muted">
            {t('dashboard.sharesIntro', {
              count: report.totalSeats,
              tiers: tiers.map((x) => t(`tier.${x}`)).join(', '),
            })}
          </p>
          <table>
            <caption className="visually-hidden">{t('dashboard.sharesTitle', { date: report.asOf })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.region')}</th>
                <th scope="col">{t('dashboard.seats')}</th>
                <th scope="col">{t('dashboard.share')}</th>
                <th scope="col">{t('dashboard.populationShare')}</th>
                <th scope="col">{t('dashboard.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {report.shares.map((s) => (
                <tr key={s.region.id}>
                  <th scope="row">
                    <Link to={`/regions/${s.region.id}`}>{s.region.name}</Link>
                  </th>
                  <td>{s.seats}</td>
                  <td>{format.share(s.share)}</td>
                  <td>{format.share(s.populationShare)}</td>
                  <td>{t('goal.points', { value: format.points(s.gapPoints) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <PopulationYearsNote shares={report.shares} />
          <OrganisationSeatsTable rows={report.organisationSeats} />
        </>
      )}
      {shown && shown.seatRecommendation.length > 0 && (
        <>
          <h2>{t('dashboard.nextSeatTitle')}</h2>
          <p className="muted">{t('dashboard.nextSeatIntro')}</p>
          <ol className="recommendation">
            {shown.seatRecommendation.map((r) => (
              <li key={r.region.id}>{r.reason}</li>
            ))}
          </ol>
        </>
      )}
      {(goals.length > 0 || can.editRegister) && (
        <>
          <h2>{t('dashboard.goalsTitle')}</h2>
          <p>
            <Link to={healthcareRegionId ? `/goals?healthcareRegion=${healthcareRegionId}` : '/goals'}>
              {can.editRegister ? t('goals.manage') : t('goals.all')}
            </Link>
          </p>
          <div className="goal-cards">
            {goals.map((goal) => (
              <GoalCard
                key={getFragmentData(GoalCard_GoalFragment, goal).id}
                goal={goal}
                verdict={goal.verdict}
                current={goal.current}
              />
            ))}
          </div>
        </>
      )}
      {operationalGoals.length > 0 && (
        <section aria-labelledby="operational-goals-title">
          <h2 id="operational-goals-title">{t('dashboard.operationalGoalsTitle')}</h2>
          <div className="filters no-print">
            <YearSelect
              value={goalYear}
              onChange={setGoalYear}
              label={t('operationalGoals.yearLabel')}
              first={FIRST_GOAL_YEAR}
            />
          </div>
          <div className="goal-cards">
            {operationalGoals.map((goal) => (
              <OperationalGoalCard
                key={getFragmentData(OperationalGoalCard_GoalFragment, goal).id}
                goal={goal}
                outcome={goal.outcome}
              />
            ))}
          </div>
        </section>
      )}
      {points.length > 0 && (
        <>
          <h2>{t('dashboard.trendTitle')}</h2>
          <ExportButtons
            input={{
              list: 'REPRESENTATION_TREND',
              healthcareRegionId,
              from: monthsBefore(asOf, TREND_MONTHS),
              to: asOf,
              interval: 'QUARTER',
              tiers,
            }}
          />
          <p className="muted">{t('dashboard.trendIntro')}</p>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <ShareChart regions={regions} points={points} />
          </Suspense>
          <ChartTable
            columns={[...regions.map((r) => r.name), t('dashboard.seats')]}
            rows={shown!.representationTrend.map((row) => ({
              asOf: row.asOf,
              cells: [...row.shares.map((s) => `${format.share(s.share)} (${s.seats})`), String(row.totalSeats)],
            }))}
          />
        </>
      )}
    </section>
  );
}
