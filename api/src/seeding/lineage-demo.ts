import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../common/actor.js';
import type { RegistryServices as Services } from '../common/context.js';
import type { IsoDate } from '../common/dates.js';
import { UserRole } from '../common/user-role.js';
import type { GroupType } from '../modules/groups/group-type.js';
import type { SuccessionKind } from '../modules/lineage/group-succession.entity.js';
import type { MemberTermsOnSuccession } from '../modules/lineage/lineage.inputs.js';
import type { MemberRole } from '../modules/memberships/member-role.js';

/** demo/norra.json's `lineage` section (seed-data/demo-generator/lineage.mjs): groups that changed form. */
interface LineageDemo {
  groups: {
    ref: string;
    type: GroupType;
    name: string;
    healthcareRegion: string | null;
    region: string | null;
    universityHealthcare: boolean;
    mandate: string | null;
  }[];
  memberships: {
    group: string;
    person: string;
    role: MemberRole;
    representedRegion: string | null;
    startDate: IsoDate;
    endDate: IsoDate | null;
  }[];
  successions: {
    predecessors: string[];
    successors: string[];
    kind: SuccessionKind;
    takesEffectOn: IsoDate;
    memberTerms: MemberTermsOnSuccession;
    note: string | null;
  }[];
}

const SYSTEM: Actor = { userId: 'seed', role: UserRole.ADMIN, regionId: null, label: 'inläsning av grunddata' };

function lookup(map: Map<string, string>, ref: string): string {
  const id = map.get(ref);
  if (!id) throw new Error(`seed data refers to unknown "${ref}"`);
  return id;
}

/**
 * Seeds the demo's lineage through the services, as a user would record it: the groups that later changed form and
 * their members, then each succession through LineageService (RCC Norr into RPO Cancersjukdomar, terms carried over).
 */
export async function seedLineageDemo(
  services: Services,
  dir: string,
  refs: { regionIds: Map<string, string>; healthcareRegionIds: Map<string, string>; groupIds: Map<string, string> },
  personIds: Map<string, string>,
): Promise<void> {
  const demo = (JSON.parse(readFileSync(join(dir, 'demo/norra.json'), 'utf8')) as { lineage?: LineageDemo }).lineage;
  if (!demo) return;
  for (const g of demo.groups) {
    const group = await services.groups.create(SYSTEM, {
      name: g.name,
      type: g.type,
      healthcareRegionId: g.healthcareRegion ? lookup(refs.healthcareRegionIds, g.healthcareRegion) : null,
      regionId: g.region ? lookup(refs.regionIds, g.region) : null,
      universityHealthcare: g.universityHealthcare,
      mandate: g.mandate,
    });
    refs.groupIds.set(g.ref, group.id);
  }
  for (const m of demo.memberships) {
    await services.memberships.add(SYSTEM, {
      groupId: lookup(refs.groupIds, m.group),
      personId: lookup(personIds, m.person),
      role: m.role,
      representedRegionId: m.representedRegion ? lookup(refs.regionIds, m.representedRegion) : null,
      startDate: m.startDate,
      endDate: m.endDate,
    });
  }
  for (const s of demo.successions) {
    await services.lineage.recordSuccession(SYSTEM, {
      predecessorIds: s.predecessors.map((ref) => lookup(refs.groupIds, ref)),
      successorIds: s.successors.map((ref) => lookup(refs.groupIds, ref)),
      kind: s.kind,
      takesEffectOn: s.takesEffectOn,
      memberTerms: s.memberTerms,
      note: s.note,
    });
  }
}
