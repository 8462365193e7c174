import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigation, useSearchParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useCan, useMe } from '../auth';
import { GroupTree } from '../components/GroupTree';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { graphql } from '../gql';
import type { GroupType, Tier } from '../gql/graphql';
import { ExportButtons } from '../components/ExportButtons';
import { PlaceOptions } from '../components/PlaceOptions';

const GroupBrowserDocument = graphql(`
  query GroupBrowser($filter: GroupFilter, $after: String) {
    groups(filter: $filter, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...GroupTree_group
        }
      }
    }
  }
`);

const TIERS: Tier[] = ['NATIONAL', 'HEALTHCARE_REGION', 'LOCAL'];
const TYPES_OF: Record<Tier, GroupType[]> = {
  NATIONAL: ['NPO', 'NAG', 'NSG'],
  HEALTHCARE_REGION: ['RPO', 'RAG', 'RSG'],
  LOCAL: ['LPO', 'LAG', 'LSG'],
};

export function GroupBrowser() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const { healthcareRegions, regions } = useHealthcareRegions();
  const [params, setParams] = useSearchParams();
  const tier = (params.get('tier') as Tier | null) ?? 'NATIONAL';
  // The user's own region and home healthcare region (from the API) come first.
  const home = healthcareRegions.find((hr) => hr.id === me.homeHealthcareRegion?.id);
  const healthcareRegionId = params.get('hr') ?? home?.id ?? '';
  const regionId = params.get('region') ?? me.region?.id ?? home?.regions[0]?.id ?? '';
  const type = params.get('type') as GroupType | null;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const update = useCallback(
    (changes: Record<string, string | null>, replace = false) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace },
      ),
    [setParams],
  );

  // A group chosen while its page is still loading: the pending search must not replace that navigation.
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const leaving = navigation.state !== 'idle' && navigation.location.pathname !== pathname;

  // The search is sent when the user pauses typing, not on every key; typing leaves no trail in the history.
  useEffect(() => {
    if (leaving) return;
    const term = search.trim() || null;
    if (term === params.get('q')) return;
    const timer = setTimeout(() => update({ q: term }, true), 300);
    return () => clearTimeout(timer);
  }, [search, leaving, params, update]);

  const query = params.get('q');
  const filter = {
    tier,
    types: type ? [type] : null,
    search: query,
    healthcareRegionId: tier === 'HEALTHCARE_REGION' ? healthcareRegionId : null,
    regionId: tier === 'LOCAL' ? regionId : null,
  };
  const waitingForOwner = (tier === 'HEALTHCARE_REGION' && !healthcareRegionId) || (tier === 'LOCAL' && !regionId);
  const { data, loading, fetchMore } = useQuery(GroupBrowserDocument, { variables: { filter }, skip: waitingForOwner });
  const page = data?.groups;

  // A tier holds at most a few hundred groups: every page is loaded so that the trees are whole.
  useEffect(() => {
    if (page?.pageInfo.hasNextPage) void fetchMore({ variables: { after: page.pageInfo.endCursor } });
  }, [page?.pageInfo.hasNextPage, page?.pageInfo.endCursor, fetchMore]);

  const groups = useMemo(() => page?.edges.map((e) => e.node) ?? [], [page]);
  const flat = Boolean(query || type);

  return (
    <section>
      <div className="page-heading">
        <h1>{t('groups.title')}</h1>
        <ExportButtons input={{ list: 'GROUPS', groupFilter: filter }} />
        {can.editRegister && (
          <Link className="button primary" to="/groups/new">
            {t('groups.new')}
          </Link>
        )}
      </div>
      {/* The tiers are tabs (arrow keys move between them, Enter or Space chooses); the chosen tier's filters and
          groups are its panel. A choice is kept in the address, as before. */}
      <Tabs
        selectedKey={tier}
        onSelectionChange={(key: Key) => update({ tier: String(key), type: null })}
        keyboardActivation="manual"
      >
        <TabList className="tabs" aria-label={t('groups.tiers')}>
          {TIERS.map((value) => (
            <Tab key={value} id={value} className="tab">
              {t(`tier.${value}`)}
            </Tab>
          ))}
        </TabList>
        {TIERS.map((panel) => (
          <TabPanel key={panel} id={panel} className="tab-panel">
            <div className="filters">
              {tier === 'HEALTHCARE_REGION' && (
                <label>
                  {t('groups.healthcareRegion')}
                  <select value={healthcareRegionId} onChange={(e) => update({ hr: e.target.value })}>
                    <PlaceOptions places={healthcareRegions} />
                  </select>
                </label>
              )}
              {tier === 'LOCAL' && (
                <label>
                  {t('groups.region')}
                  <select value={regionId} onChange={(e) => update({ region: e.target.value })}>
                    {regions.map((region) => (
                      <option key={region.id} value={region.id}>
                        {region.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <label>
                {t('groups.type')}
                <select value={type ?? ''} onChange={(e) => update({ type: e.target.value || null })}>
                  <option value="">{t('groups.allTypes')}</option>
                  {TYPES_OF[tier].map((value) => (
                    <option key={value} value={value}>
                      {t(`groupType.${value}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="grow">
                {t('groups.search')}
                <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
              </label>
            </div>
            {loading && !page ? (
              <p role="status">{t('groups.loading')}</p>
            ) : (
              <>
                <p className="muted" aria-live="polite">
                  {t('groups.count', { count: page?.totalCount ?? 0 })}
                </p>
                {groups.length === 0 ? <p>{t('groups.none')}</p> : <GroupTree groups={groups} flat={flat} />}
              </>
            )}
          </TabPanel>
        ))}
      </Tabs>
    </section>
  );
}
