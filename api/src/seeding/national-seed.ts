import type { RegistryServices as Services } from '../common/context.js';
import { Dialogue, DialogueAction, DialogueAnswer, DialogueQuestion } from '../modules/dialogues/dialogue.entity.js';
import { UserRole } from '../common/user-role.js';
import { Region } from '../modules/geography/region.entity.js';
import { ShareGoalKind } from '../modules/goals/share-goal.entity.js';
import { Group } from '../modules/groups/group.entity.js';
import { GroupType } from '../modules/groups/group-type.js';
import { Membership } from '../modules/memberships/membership.entity.js';
import { Candidate, Nomination } from '../modules/nominations/nomination.entity.js';
import { Person } from '../modules/persons/person.entity.js';
import { generateNational, NATIONAL_SCALE, type NationalScale } from './national-data.js';
import { SeedService } from './seed.service.js';

export interface NationalSeedReport {
  groups: number;
  persons: number;
  memberships: number;
  nominations: number;
  dialogues: number;
  milliseconds: number;
}

/** The year of the reference data's working figures (31 December 2023). */
const WORKING_YEAR = 2023;

/** Rows per INSERT: well under SQLite's limit of bound variables, few enough statements for 100,000 rows. */
const CHUNK = 400;

/**
 * Loads the national-scale data set into an empty register: the reference data through the seed service, then
 * some 100,000 generated rows with multi-row INSERTs in one transaction. The rows are made to every rule of the
 * services (see generateNational); going through the services one by one would take many minutes.
 */
export async function seedNational(
  services: Services,
  seedDir: string,
  scale: NationalScale = NATIONAL_SCALE,
): Promise<NationalSeedReport> {
  const started = performance.now();
  const db = services.db;
  if (await db.getRepository(Membership).count())
    throw new Error('The database already holds memberships; seed the national data set into an empty database.');
  await new SeedService(services, seedDir).seedIfEmpty('reference');
  // Persons are spread over the regions by the reference data's populations of the working year, as before figures
  // per year existed: the generated data set stays the same.
  const figures = await services.populations.figuresOf((await db.getRepository(Region).find()).map((r) => r.id));
  const regions = (await db.getRepository(Region).find()).map((region) => ({
    ...region,
    population: services.populations.populationIn(
      figures.filter((f) => f.regionId === region.id),
      WORKING_YEAR,
    ),
  }));
  const nationalGroups = await db.getRepository(Group).findBy([{ type: GroupType.NPO }, { type: GroupType.NSG }]);
  const rows = generateNational({ regions, nationalGroups }, scale);
  await db.transaction(async (em) => {
    for (const [entity, list] of [
      [Group, rows.groups],
      [Person, rows.persons],
      [Membership, rows.memberships],
      [Nomination, rows.nominations],
      [Candidate, rows.candidates],
      [DialogueQuestion, rows.questions],
      [Dialogue, rows.dialogues],
      [DialogueAnswer, rows.answers],
      [DialogueAction, rows.actions],
    ] as const) {
      for (let i = 0; i < list.length; i += CHUNK) {
        await em
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values(list.slice(i, i + CHUNK))
          .updateEntity(false)
          .execute();
      }
    }
    await services.audit.changed(em);
  });
  // A goal for every healthcare region, as Norra has: the dashboard evaluates them on every load.
  const system = { userId: 'seed', role: UserRole.ADMIN, regionId: null, label: 'inläsning av nationella data' };
  for (const healthcareRegion of await services.geography.healthcareRegions()) {
    const own = regions
      .filter((r) => r.healthcareRegionId === healthcareRegion.id)
      .sort((a, b) => b.population - a.population);
    if (own.length < 2) continue;
    await services.goals.create(system, {
      name: `Fler nationella uppdrag till de mindre regionerna i ${healthcareRegion.name}`,
      kind: ShareGoalKind.INCREASE_SHARE,
      healthcareRegionId: healthcareRegion.id,
      baselineDate: '2023-08-31',
      targetDate: '2024-12-31',
      regionIds: own.slice(1).map((r) => r.id),
    });
  }
  return {
    groups: rows.groups.length + nationalGroups.length,
    persons: rows.persons.length,
    memberships: rows.memberships.length,
    nominations: rows.nominations.length,
    dialogues: rows.dialogues.length,
    milliseconds: Math.round(performance.now() - started),
  };
}
