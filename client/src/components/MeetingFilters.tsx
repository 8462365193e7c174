import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth';
import { PlaceOptions } from './PlaceOptions';
import { useHealthcareRegions } from './useHealthcareRegions';
import { YearSelect, yearFrom } from './YearSelect';

/**
 * The year and healthcare region a meetings overview shows, from the address (?year=&healthcareRegion=): this year
 * and the user's home healthcare region until another is chosen.
 */
export function useMeetingFilters() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params.get('year'));
  const healthcareRegionId = params.get('healthcareRegion') ?? me.homeHealthcareRegion?.id ?? '';
  const choose = (changes: { year?: number; healthcareRegionId?: string }) =>
    setParams({
      year: String(changes.year ?? year),
      healthcareRegion: changes.healthcareRegionId ?? healthcareRegionId,
    });
  return { year, healthcareRegionId, choose };
}

/** The filters of a meetings overview: the year, the healthcare region and whatever the page adds after them. */
export function MeetingFilters({
  filters,
  children,
}: {
  filters: ReturnType<typeof useMeetingFilters>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { healthcareRegions } = useHealthcareRegions();
  return (
    <div className="filters">
      <YearSelect value={filters.year} onChange={(year) => filters.choose({ year })} label={t('meetings.year')} />
      <label>
        {t('dashboard.healthcareRegion')}
        <select
          value={filters.healthcareRegionId}
          onChange={(e) => filters.choose({ healthcareRegionId: e.target.value })}
        >
          <PlaceOptions places={healthcareRegions} />
        </select>
      </label>
      {children}
    </div>
  );
}
