import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { GoalNumbers } from '../goals/goal-numbers.js';
import { SHARE_EPSILON } from '../goals/goal-verdict.js';
import type { Group } from '../groups/group.entity.js';
import { GroupKind, kindOf } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import { Topic } from '../meetings/meeting.entity.js';
import { OperationalGoal, OperationalGoalKind } from './operational-goal.entity.js';

/** The fields of a goal that a create or an update writes, checked together whichever of them changed. */
export type GoalFields = Pick<
  OperationalGoal,
  | 'number'
  | 'name'
  | 'kind'
  | 'healthcareRegionId'
  | 'groupIds'
  | 'threshold'
  | 'partlyThreshold'
  | 'topicId'
  | 'feedbackToSkr'
  | 'feedbackGroupIds'
  | 'questionKey'
>;

/** The fields each kind reads; the others must be left empty. `groups`: how many groups it names. */
const SHAPE: Record<
  OperationalGoalKind,
  {
    groups: 'one' | 'some' | null;
    threshold: boolean;
    partly: boolean;
    topic: boolean;
    feedback: boolean;
    question: boolean;
  }
> = {
  MEETING_QUORUM: { groups: 'one', threshold: true, partly: true, topic: false, feedback: false, question: false },
  TOPIC_AT_EVERY_MEETING: {
    groups: 'some',
    threshold: false,
    partly: true,
    topic: true,
    feedback: false,
    question: false,
  },
  FEEDBACK_GIVEN: { groups: null, threshold: false, partly: false, topic: false, feedback: true, question: false },
  DIALOGUE_ANSWERS: { groups: null, threshold: false, partly: true, topic: false, feedback: false, question: true },
};

/**
 * The rules a goal's fields obey before it is written: each kind has its own fields and no others, shares lie in
 * (0, 1] with the partly-met share below the met one, the quorum goal concerns a body, every group and topic it
 * names exists, and its number is one no other goal of the healthcare region holds.
 */
export class OperationalGoalRules {
  constructor(
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    private readonly numbers: GoalNumbers,
  ) {
    // The share goals, a module below, check their numbers against these goals' too.
    numbers.alsoHeldBy((em, healthcareRegionId, number) =>
      em.getRepository(OperationalGoal).existsBy({ healthcareRegionId, number }),
    );
  }

  /** The fields checked for a new goal, or for `goal` as edited. */
  async check(em: EntityManager, fields: GoalFields, goal: OperationalGoal | null): Promise<GoalFields> {
    const name = fields.name.trim();
    if (!name) throw badInput('A goal needs a name.', { reason: 'REQUIRED', field: 'name' });
    await this.geography.healthcareRegion(fields.healthcareRegionId, em);
    const shape = SHAPE[fields.kind];
    const groupIds = [...new Set(fields.groupIds)];
    const feedbackGroupIds = [...new Set(fields.feedbackGroupIds)];
    const questionKey = fields.questionKey?.trim() || null;
    const present = {
      groupIds: groupIds.length > 0,
      threshold: fields.threshold !== null,
      partlyThreshold: fields.partlyThreshold !== null,
      topicId: fields.topicId !== null,
      feedbackGroupIds: fields.feedbackToSkr || feedbackGroupIds.length > 0,
      questionKey: questionKey !== null,
    };
    const allowed = {
      groupIds: shape.groups !== null,
      threshold: shape.threshold,
      partlyThreshold: shape.partly,
      topicId: shape.topic,
      feedbackGroupIds: shape.feedback,
      questionKey: shape.question,
    };
    for (const field of Object.keys(present) as (keyof typeof present)[]) {
      if (present[field] && !allowed[field]) {
        throw badInput(`A ${fields.kind} goal has no ${field}.`, {
          reason: 'GOAL_FIELD_NOT_ALLOWED',
          field,
          params: { kind: fields.kind, field },
        });
      }
      // partlyThreshold is optional wherever it is allowed: without it the goal has no partly-met level.
      if (!present[field] && allowed[field] && field !== 'partlyThreshold') {
        throw badInput(`A ${fields.kind} goal needs ${field}.`, {
          reason: 'GOAL_FIELD_REQUIRED',
          field,
          params: { kind: fields.kind, field },
        });
      }
    }
    if (shape.groups === 'one' && groupIds.length > 1) {
      throw badInput(`A ${fields.kind} goal concerns one body.`, {
        reason: 'GOAL_FIELD_NOT_ALLOWED',
        field: 'groupIds',
        params: { kind: fields.kind, field: 'groupIds' },
      });
    }
    // The input's own validation refuses a share above 1 as INVALID_INPUT; a share of 0 passes it and is refused here
    // alike: a goal with a threshold of 0 would be met in any year.
    if (fields.threshold !== null && !(fields.threshold > 0 && fields.threshold <= 1)) {
      const message = 'threshold must be a share above 0, at most 1';
      throw badInput(`Invalid input: ${message}.`, {
        reason: 'INVALID_INPUT',
        field: 'threshold',
        params: { message },
      });
    }
    if (fields.partlyThreshold !== null && fields.partlyThreshold + SHARE_EPSILON >= (fields.threshold ?? 1)) {
      throw badInput('The partly-met share must lie below the share that meets the goal.', {
        reason: 'PARTLY_NOT_BELOW_MET',
        field: 'partlyThreshold',
      });
    }
    const groups = await this.checkGroups(em, groupIds, 'groupIds');
    if (fields.kind === OperationalGoalKind.MEETING_QUORUM) {
      const group = groups.find((g) => kindOf(g.type) !== GroupKind.BODY);
      if (group) {
        throw badInput(`${group.name} is not a body; the quorum goal concerns a body such as the beredningsgrupp.`, {
          reason: 'NOT_A_BODY',
          field: 'groupIds',
        });
      }
    }
    await this.checkGroups(em, feedbackGroupIds, 'feedbackGroupIds');
    if (
      fields.topicId !== null &&
      !(isId(fields.topicId) && (await em.getRepository(Topic).existsBy({ id: fields.topicId })))
    )
      throw notFound('Topic', fields.topicId, 'topicId');
    if (fields.number !== goal?.number) await this.numbers.requireFree(em, fields.healthcareRegionId, fields.number);
    return { ...fields, name, groupIds, feedbackGroupIds, questionKey };
  }

  private async checkGroups(em: EntityManager, ids: string[], field: string): Promise<Group[]> {
    const groups: Group[] = [];
    for (const id of ids) groups.push(await this.groups.get(id, em, field));
    return groups;
  }
}
