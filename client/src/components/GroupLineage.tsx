import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useMe } from '../auth';
import { graphql } from '../gql';
import { LineageTrend } from './LineageTrend';
import { SaveStatus } from './SaveStatus';
import { SuccessionForm } from './SuccessionForm';
import { TypeBadge } from './TypeBadge';

const GroupLineageDocument = graphql(`
  query GroupLineage($id: ID!) {
    group(id: $id) {
      id
      name
      type
      lineageGroupIds
      healthcareRegion {
        id
      }
      region {
        id
        healthcareRegion {
          id
        }
      }
      predecessors {
        id
        kind
        takesEffectOn
        note
        predecessor {
          id
          name
          type
          status
        }
      }
      successors {
        id
        kind
        takesEffectOn
        note
        successor {
          id
          name
          type
          status
        }
      }
    }
  }
`);

interface LinkedGroup {
  id: string;
  name: string;
  type: string;
  status: string;
}

function LinkList({
  title,
  links,
}: {
  title: string;
  links: { id: string; kind: string; takesEffectOn: string; note?: string | null; group: LinkedGroup }[];
}) {
  const { t } = useTranslation();
  if (!links.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain-list lineage-links">
        {links.map((link) => (
          <li key={link.id}>
            <TypeBadge type={link.group.type as never} /> <Link to={`/groups/${link.group.id}`}>{link.group.name}</Link>
            {link.group.status === 'CLOSED' && <span className="muted">{` (${t('lineage.closed')})`}</span>}
            {' · '}
            {t(`lineage.kind.${link.kind}`)} {link.takesEffectOn}
            {link.note && <p className="muted small">{link.note}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The group's lineage on its page: the groups it took over from and that took over from it, the member shares
 * across the change, and for coordinators the form that records a merger, split or transformation.
 */
export function GroupLineage({ groupId, onChanged }: { groupId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [formOpen, setFormOpen] = useState(false);
  const [saved, setSaved] = useState('');
  const { data, refetch } = useQuery(GroupLineageDocument, { variables: { id: groupId } });
  const group = data?.group;
  if (!group) return null;
  const predecessors = group.predecessors.map((l) => ({ ...l, group: l.predecessor }));
  const successors = group.successors.map((l) => ({ ...l, group: l.successor }));
  const healthcareRegionId =
    group.healthcareRegion?.id ?? group.region?.healthcareRegion.id ?? me.homeHealthcareRegion?.id ?? null;
  const changedOn = predecessors
    .map((l) => l.takesEffectOn)
    .sort()
    .at(-1);
  return (
    <section aria-labelledby="lineage-title" className="group-lineage">
      <h2 id="lineage-title">{t('lineage.title')}</h2>
      {predecessors.length + successors.length === 0 ? (
        <p>{t('lineage.none')}</p>
      ) : (
        <>
          <p className="muted">{t('lineage.intro')}</p>
          <LinkList title={t('lineage.predecessors')} links={predecessors} />
          <LinkList title={t('lineage.successors')} links={successors} />
        </>
      )}
      {changedOn && healthcareRegionId && group.lineageGroupIds.length > 1 && (
        <LineageTrend
          groupName={`${group.type} ${group.name}`}
          groupIds={group.lineageGroupIds}
          healthcareRegionId={healthcareRegionId}
          changedOn={changedOn}
        />
      )}
      <SaveStatus message={saved} />
      {can.editRegister &&
        (formOpen ? (
          <SuccessionForm
            group={{ id: group.id, label: `${group.type} ${group.name}` }}
            onCancel={() => setFormOpen(false)}
            onSaved={(message) => {
              setFormOpen(false);
              setSaved(message);
              void refetch();
              onChanged();
            }}
          />
        ) : (
          <button
            type="button"
            onClick={() => {
              setSaved('');
              setFormOpen(true);
            }}
          >
            {t('lineage.form.open')}
          </button>
        ))}
    </section>
  );
}
