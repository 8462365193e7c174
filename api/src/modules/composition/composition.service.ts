import { Brackets, type DataSource, In } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import type { Clock, IsoDate } from '../../common/dates.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import { GroupStatus, GroupType, Tier, tierOf, typesOfTier } from '../groups/group-type.js';
import { Group } from '../groups/group.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import { MemberRole } from '../memberships/member-role.js';
import { Membership } from '../memberships/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../persons/person.entity.js';
import { type Area, byKind, checkComposition, type GroupFacts, type Seat, worstOf } from './composition-checks.js';
import { CompositionRule, CompositionRuleKind } from './composition-rule.entity.js';
import { CompositionRules, FIELD_OF } from './composition-rules.js';
import type {
  CompositionHeatMap,
  CompositionRuleInput,
  CompositionRuleKindInfo,
  GroupComposition,
  UpdateCompositionRuleInput,
} from './composition.types.js';

/** An appointee of a decision not yet taken, as the what-if adds them to the group. */
export type Appointee = Omit<Seat, 'endDate' | 'startDate'> & { startDate?: IsoDate; endDate: IsoDate | null };

export interface HeatMapFilter {
  tier: Tier;
  types?: GroupType[] | null;
  healthcareRegionId?: string | null;
}

const SEAT_FIELDS = [
  'personId',
  'role',
  'representedRegionId',
  'representedOrganisationId',
  'startDate',
  'endDate',
  'interestsReviewedOn',
] as const;

/**
 * How groups are composed against their type's rules (composition-checks.ts), on a day: one group (the card, the
 * decision warnings' what-if with appointees added) or a whole tier (the heat map), in the same fixed number of
 * statements whatever the number of groups.
 */
export class CompositionService {
  readonly rules: CompositionRules;

  constructor(
    private readonly db: DataSource,
    tx: Transactions,
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    this.rules = new CompositionRules(db, tx, audit);
  }

  /** Each kind with the field it takes and the types it fits: what a rule form offers (the API still checks). */
  kinds(): CompositionRuleKindInfo[] {
    return Object.values(CompositionRuleKind).map((kind) => ({
      kind,
      field: FIELD_OF[kind],
      groupTypes: Object.values(GroupType).filter(
        (type) => kind !== CompositionRuleKind.EVERY_AREA_REPRESENTED || tierOf(type) !== Tier.LOCAL,
      ),
    }));
  }

  listRules(groupType?: GroupType | null): Promise<CompositionRule[]> {
    return this.rules.list(groupType);
  }

  createRule(actor: Actor, input: CompositionRuleInput): Promise<CompositionRule> {
    return this.rules.create(actor, input);
  }

  updateRule(actor: Actor, input: UpdateCompositionRuleInput): Promise<CompositionRule> {
    return this.rules.update(actor, input);
  }

  deleteRule(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    return this.rules.remove(actor, id, expectedVersion);
  }

  /**
   * The group's composition on asOf (default today); with `addCandidates`, as it would be if they were appointed
   * from asOf (a what-if for the decision warnings: nothing is written).
   */
  async evaluate(
    groupId: string,
    asOf?: IsoDate | null,
    options: { addCandidates?: readonly Appointee[] } = {},
  ): Promise<GroupComposition> {
    const group = await this.groups.get(groupId, undefined, 'groupId');
    const day = asOf ?? this.clock.today();
    const added = (options.addCandidates ?? []).map((a) => ({ ...a, startDate: a.startDate ?? day }));
    const [composition] = await this.evaluateGroups([group], day, new Map([[group.id, added]]));
    return composition!;
  }

  /** The compositions of several groups on one day (a page of groups asking for theirs). */
  async evaluateMany(groupIds: readonly string[], asOf?: IsoDate | null): Promise<GroupComposition[]> {
    return this.evaluateGroups(await this.groups.byIds(groupIds), asOf ?? this.clock.today());
  }

  async heatMap(filter: HeatMapFilter, asOf?: IsoDate | null): Promise<CompositionHeatMap> {
    const day = asOf ?? this.clock.today();
    const tierTypes = typesOfTier(filter.tier);
    const types = filter.types?.length ? filter.types.filter((t) => tierOf(t) === filter.tier) : tierTypes;
    const query = this.db
      .getRepository(Group)
      .createQueryBuilder('g')
      .where('g.type IN (:...types)', { types: types.length ? types : ['-'] })
      .andWhere('g.status <> :closed', { closed: GroupStatus.CLOSED });
    if (filter.healthcareRegionId) {
      const hr = isId(filter.healthcareRegionId) ? filter.healthcareRegionId : null;
      query.andWhere(
        new Brackets((w) =>
          w
            .where('g.healthcareRegionId = :hr', { hr })
            .orWhere('g.regionId IN (SELECT r.id FROM regions r WHERE r."healthcareRegionId" = :hr)', { hr }),
        ),
      );
    }
    const groups = await query.orderBy('g.searchKey').addOrderBy('g.id').getMany();
    const rows = await this.evaluateGroups(groups, day);
    const kinds = (await this.rulesOf(types)).sort(byKind).map((r) => r.kind);
    return { asOf: day, rules: [...new Set<CompositionRuleKind>(kinds)], rows };
  }

  private rulesOf(types: readonly GroupType[]): Promise<CompositionRule[]> {
    if (!types.length) return Promise.resolve([]);
    return this.db.getRepository(CompositionRule).findBy({ groupType: In([...new Set(types)]) });
  }

  /**
   * The statements, whatever the number of groups: the rules of their types, their terms (active on the day, and
   * every chair term for the chairs' runs), the persons, the represented organisations, regions, healthcare regions.
   */
  private async evaluateGroups(
    groups: readonly Group[],
    day: IsoDate,
    added: ReadonlyMap<string, readonly Seat[]> = new Map(),
  ): Promise<GroupComposition[]> {
    if (!groups.length) return [];
    const rules = await this.rulesOf(groups.map((g) => g.type));
    const terms = await this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .select(['m.id', 'm.groupId', ...SEAT_FIELDS.map((f) => `m.${f}`)])
      .where('m.groupId IN (:...ids)', { ids: groups.map((g) => g.id) })
      .andWhere('m.archivedAt IS NULL')
      .andWhere(
        new Brackets((w) =>
          w
            .where('m.role = :chair', { chair: MemberRole.CHAIR })
            .orWhere('(m.startDate <= :day AND (m.endDate IS NULL OR m.endDate >= :day))', { day }),
        ),
      )
      .getMany();
    const appointees = [...added.values()].flat();
    const personIds = [...new Set([...terms, ...appointees].map((t) => t.personId))];
    const organisationIds = [
      ...new Set([...terms, ...appointees].map((t) => t.representedOrganisationId).filter((id): id is string => !!id)),
    ];
    const [persons, organisations, regions, healthcareRegions] = await Promise.all([
      personIds.length
        ? this.db
            .getRepository(Person)
            .find({ select: ['id', 'gender', 'profession', 'careLevel'], where: { id: In(personIds) } })
        : [],
      organisationIds.length
        ? this.db.getRepository(Organisation).find({ select: ['id', 'kind'], where: { id: In(organisationIds) } })
        : [],
      this.geography.regions(),
      this.geography.healthcareRegions(),
    ]);
    const personFacts = new Map(persons.map((p) => [p.id, p]));
    const organisationKinds = new Map(organisations.map((o) => [o.id, o.kind]));
    const areasOf = (group: Group): Area[] | null => {
      if (tierOf(group.type) === Tier.NATIONAL) {
        return healthcareRegions.map((hr) => ({
          id: hr.id,
          name: hr.name,
          regionIds: regions.filter((r) => r.healthcareRegionId === hr.id).map((r) => r.id),
        }));
      }
      if (tierOf(group.type) === Tier.HEALTHCARE_REGION) {
        return regions
          .filter((r) => r.healthcareRegionId === group.healthcareRegionId)
          .map((r) => ({ id: r.id, name: r.name, regionIds: [r.id] }));
      }
      return null;
    };
    return groups.map((group) => {
      const own = terms.filter((t) => t.groupId === group.id);
      const facts: GroupFacts = {
        day,
        seats: [
          ...own.filter((t) => t.startDate <= day && (t.endDate === null || t.endDate >= day)),
          ...(added.get(group.id) ?? []),
        ],
        chairTerms: own.filter((t) => t.role === MemberRole.CHAIR),
        persons: personFacts,
        organisationKinds,
        areas: areasOf(group),
      };
      const checks = checkComposition(
        rules.filter((r) => r.groupType === group.type),
        facts,
      );
      return { group, asOf: day, status: worstOf(checks), checks };
    });
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    composition: CompositionService;
  }
}
