import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan, useMe } from '../auth';
import { OperationalGoalsAdmin } from '../components/OperationalGoalsAdmin';
import { PlaceOptions } from '../components/PlaceOptions';
import { SaveStatus } from '../components/SaveStatus';
import { ShareGoalsAdmin } from '../components/ShareGoalsAdmin';
import { useHealthcareRegions } from '../components/useHealthcareRegions';

/**
 * The goals of a healthcare region, with their cards: the share goals and the goals judged from meetings, feedback and
 * dialogue answers. Coordinators create, edit and delete them here.
 */
export function GoalsAdmin() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const { healthcareRegions } = useHealthcareRegions();
  const healthcareRegionId =
    params.get('healthcareRegion') || (me.homeHealthcareRegion?.id ?? healthcareRegions[0]?.id ?? '');
  const [saved, setSaved] = useState('');

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/">{t('dashboard.title')}</Link>
      </p>
      <h1>{t('goals.title')}</h1>
      <SaveStatus message={saved} />
      <div className="filters">
        <label>
          {t('dashboard.healthcareRegion')}
          <select value={healthcareRegionId} onChange={(e) => setParams({ healthcareRegion: e.target.value })}>
            <PlaceOptions places={healthcareRegions} />
          </select>
        </label>
      </div>
      {!can.editRegister && <p className="muted">{t('goals.readOnly')}</p>}
      <ShareGoalsAdmin
        healthcareRegionId={healthcareRegionId}
        healthcareRegions={healthcareRegions}
        canEdit={can.editRegister}
        onSaved={setSaved}
      />
      <OperationalGoalsAdmin healthcareRegionId={healthcareRegionId} canEdit={can.editRegister} onSaved={setSaved} />
    </section>
  );
}
