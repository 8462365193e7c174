import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ChartTable } from '../components/ChartTable';
import { IsoDateField } from '../components/IsoDateField';
import { TypeBadge } from '../components/TypeBadge';
import { OrganisationSeatsTable, PopulationYearsNote } from '../components/RepresentationExtras';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { monthsBefore, useFormat } from '../format';
import { graphql } from '../gql';
import { today } from '../today';

const OwnShareChart = lazy(async () => ({ default: (await import('../components/ShareChart')).OwnShareChart }));

const RegionViewDocument = graphql(`
  query RegionView($regionId: ID!, $healthcareRegionId: ID!, $asOf: Date!, $from: Date!, $includeBodies: Boolean) {
    regionSeats(regionId: $regionId, asOf: $asOf) {
      id
      role
      startDate
      endDate
      group {
        id
        name
        type
      }
      person {
        id
        name
      }
    }
    groupsWithoutRegion(regionId: $regionId, asOf: $asOf) {
      id
      name
      type
    }
    region(id: $regionId) {
      id
      viewerRepresents
    }
    seatStatus(asOf: $asOf, filter: { regionId: $regionId }) {
      id
      vacant
      group {
        id
      }
      openNomination {
        id
        status
        dueDate
      }
    }
    representation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, includeBodies: $includeBodies) {
      totalSeats
      shares {
        region {
          id
        }
        seats
        share
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
    representationTrend(
      healthcareRegionId: $healthcareRegionId
      from: $from
      to: $asOf
      interval: QUARTER
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
        populationShare
      }
    }
  }
`);

/** A region's own view of its national representation: its seats, the groups it is missing from, its share over time. */
export function RegionView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { healthcareRegions } = useHealthcareRegions();
  const [asOf, setAsOf] = useState(today());
  const [includeBodies, setIncludeBodies] = useState(false);
  const healthcareRegion = healthcareRegions.find((hr) => hr.regions.some((r) => r.id === id));
  const region = healthcareRegion?.regions.find((r) => r.id === id);
  const { data, previousData, loading } = useQuery(RegionViewDocument, {
    variables: {
      regionId: id,
      healthcareRegionId: healthcareRegion?.id ?? '',
      asOf,
      from: monthsBefore(asOf, 48),
      includeBodies,
    },
    skip: !healthcareRegion,
  });
  const shown = data ?? previousData;
  if (!region) return <p role="status">{t('common.loading')}</p>;
  const trend = (shown?.representationTrend ?? []).map((r) => ({
    report: r,
    own: r.shares.find((s) => s.region.id === id)!,
  }));
  const populationShare = trend[0]?.own.populationShare ?? 0;
  // "Our seats" only for the region's own representative; anyone else reads the region's name.
  const ours = shown?.region.viewerRepresents ?? false;
  const current = shown?.representation.shares.find((s) => s.region.id === id);
  // The vacancy and running nomination of each group's seats for this region or its healthcare region.
  const seatsOfGroup = new Map<string, NonNullable<typeof shown>['seatStatus']>();
  for (const seat of shown?.seatStatus ?? [])
    seatsOfGroup.set(seat.group.id, [...(seatsOfGroup.get(seat.group.id) ?? []), seat]);
  const hintFor = (groupId: string) => {
    const seats = seatsOfGroup.get(groupId) ?? [];
    const nomination = seats.find((seat) => seat.openNomination)?.openNomination;
    if (nomination) return { nomination };
    const vacant = seats.reduce((sum, seat) => sum + seat.vacant, 0);
    return vacant > 0 ? { vacant } : null;
  };
  return (
    <section>
      <p className="breadcrumb">
        <Link to="/">{t('dashboard.title')}</Link>
      </p>
      <h1>{t('regionView.title', { name: region.name })}</h1>
      <div className="filters">
        <IsoDateField
          label={t('dashboard.asOf')}
          value={asOf}
          onChange={(value) => value && setAsOf(value)}
          isRequired
        />
        <label className="checkbox">
          <input type="checkbox" checked={includeBodies} onChange={(e) => setIncludeBodies(e.target.checked)} />
          {t('dashboard.includeBodies')}
        </label>
        {loading && (
          <span role="status" className="muted">
            {t('common.loading')}
          </span>
        )}
      </div>
      {current && shown && (
        <p className="lead">
          {t('regionView.currentShare', {
            name: region.name,
            seats: current.seats,
            total: shown.representation.totalSeats,
            share: format.share(current.share),
            population: format.share(current.populationShare),
            gap: format.points(current.gapPoints),
          })}
        </p>
      )}
      {current && <PopulationYearsNote shares={[current]} />}
      {shown && <OrganisationSeatsTable rows={shown.representation.organisationSeats} />}
      <h2>
        {ours
          ? t('regionView.seats', { count: shown?.regionSeats.length ?? 0 })
          : t('regionView.seatsOf', { name: region.name, count: shown?.regionSeats.length ?? 0 })}
      </h2>
      {shown && shown.regionSeats.length === 0 ? (
        <p>{t('regionView.noSeats')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('member.group')}</th>
              <th scope="col">{t('member.person')}</th>
              <th scope="col">{t('member.role')}</th>
              <th scope="col">{t('regionView.since')}</th>
              <th scope="col">{t('member.endDate')}</th>
            </tr>
          </thead>
          <tbody>
            {shown?.regionSeats.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <TypeBadge type={m.group.type} /> <Link to={`/groups/${m.group.id}`}>{m.group.name}</Link>
                </th>
                <td>
                  <Link to={`/persons/${m.person.id}`}>{m.person.name}</Link>
                </td>
                <td>{t(`memberRole.${m.role}`)}</td>
                <td>{m.startDate}</td>
                <td>{m.endDate ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>
        {ours
          ? t('regionView.without', { count: shown?.groupsWithoutRegion.length ?? 0 })
          : t('regionView.withoutRegion', { name: region.name, count: shown?.groupsWithoutRegion.length ?? 0 })}
      </h2>
      <ul className="group-list columns">
        {shown?.groupsWithoutRegion.map((g) => {
          const hint = hintFor(g.id);
          return (
            <li key={g.id}>
              <TypeBadge type={g.type} /> <Link to={`/groups/${g.id}`}>{g.name}</Link>
              {hint?.nomination && (
                <>
                  {' · '}
                  <Link to={`/nominations/${hint.nomination.id}`}>
                    {t('regionView.nominationDue', { date: hint.nomination.dueDate })}
                  </Link>
                </>
              )}
              {hint?.vacant && <span className="muted"> · {t('regionView.vacant', { count: hint.vacant })}</span>}
            </li>
          );
        })}
      </ul>
      <h2>{ours ? t('regionView.trend') : t('regionView.trendOf', { name: region.name })}</h2>
      {trend.length > 0 && (
        <>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <OwnShareChart
              region={{ id, name: region.name, populationShare }}
              points={trend.map(({ report }) => ({
                asOf: report.asOf,
                shares: { [id]: report.shares.find((s) => s.region.id === id)!.share },
              }))}
            />
          </Suspense>
          <ChartTable
            columns={[t('dashboard.seats'), t('dashboard.share'), t('dashboard.populationShare')]}
            rows={trend.map(({ report, own }) => ({
              asOf: report.asOf,
              cells: [
                `${own.seats} / ${report.totalSeats}`,
                format.share(own.share),
                format.share(own.populationShare),
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
