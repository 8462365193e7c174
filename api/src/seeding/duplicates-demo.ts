import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../common/actor.js';
import type { RegistryServices as Services } from '../common/context.js';
import type { IsoDate } from '../common/dates.js';
import { UserRole } from '../common/user-role.js';
import type { MemberRole } from '../modules/memberships/member-role.js';

/** The demo's duplicate persons (seed-data/demo-generator/duplicates.mjs), in demo/norra.json under `duplicates`. */
interface DuplicatesDemo {
  persons: { ref: string; name: string; email: string | null; employerRegion: string | null; title: string | null }[];
  memberships: {
    group: string;
    person: string;
    role: MemberRole;
    representedRegion: string | null;
    startDate: IsoDate;
    endDate: IsoDate | null;
  }[];
}

const SYSTEM: Actor = { userId: 'seed', role: UserRole.ADMIN, regionId: null, label: 'inläsning av grunddata' };

/** Seeds the two records of one person ("Sara Nylund" / "Sara Bylund") through the services, unmerged. */
export async function seedDuplicatesDemo(
  services: Services,
  dir: string,
  refs: { regionIds: Map<string, string>; groupIds: Map<string, string> },
): Promise<void> {
  const demo = (JSON.parse(readFileSync(join(dir, 'demo/norra.json'), 'utf8')) as { duplicates?: DuplicatesDemo })
    .duplicates;
  if (!demo) return;
  const lookup = (map: Map<string, string>, ref: string) => {
    const id = map.get(ref);
    if (!id) throw new Error(`demo/norra.json (duplicates) refers to unknown "${ref}"`);
    return id;
  };
  const personIds = new Map<string, string>();
  for (const p of demo.persons) {
    const person = await services.persons.create(SYSTEM, {
      name: p.name,
      email: p.email,
      title: p.title,
      employerRegionId: p.employerRegion ? lookup(refs.regionIds, p.employerRegion) : null,
    });
    personIds.set(p.ref, person.id);
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
}
