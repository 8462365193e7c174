import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { Person } from '../persons/person.entity.js';
import { AgendaItem, Attendance, Meeting, QuorumRule, Topic } from './meeting.entity.js';
import {
  AttendanceStatistics,
  BodyAttendance,
  CreateMeetingInput,
  CreateTopicInput,
  MeetingQuorum,
  MeetingYear,
  PersonAttendance,
  RecordRollCallInput,
  RegionAttendance,
  SetAgendaInput,
  SetQuorumRuleInput,
  UpdateMeetingInput,
  UpdateTopicInput,
} from './meeting.types.js';

@Resolver(() => Meeting)
export class MeetingsResolver {
  @Query(() => [Topic], { description: 'The topics agendas take up, by name.' })
  topics(@Ctx() { services }: Context) {
    return services.meetings.topics();
  }

  @Mutation(() => Topic)
  createTopic(@Arg('input', () => CreateTopicInput) input: CreateTopicInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.createTopic(actorOf(ctx), input);
  }

  @Mutation(() => Topic)
  updateTopic(@Arg('input', () => UpdateTopicInput) input: UpdateTopicInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.updateTopic(actorOf(ctx), input);
  }

  @Mutation(() => Group, { description: "Sets a body's or group's quorum rule." })
  setQuorumRule(@Arg('input', () => SetQuorumRuleInput) input: SetQuorumRuleInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.setQuorumRule(actorOf(ctx), input);
  }

  @Query(() => [Meeting], { description: "A body's or group's meetings of a year, by date." })
  meetings(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() { services }: Context,
  ) {
    return services.meetings.meetingsOf(groupId, year);
  }

  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.meetings.find(id);
  }

  @Query(() => MeetingYear, { description: "A body's or group's meetings of a year, counted." })
  meetingYear(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() { services }: Context,
  ) {
    return services.meetings.yearOf(groupId, year);
  }

  @Query(() => AttendanceStatistics, {
    description: "Attendance at the year's held meetings of the healthcare region's bodies and groups.",
  })
  attendance(
    @Arg('year', () => Int) year: number,
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Arg('groupId', () => ID, { nullable: true }) groupId: string | null,
    @Ctx() { services }: Context,
  ) {
    return services.meetings.attendance(year, healthcareRegionId, groupId);
  }

  @Mutation(() => Meeting)
  createMeeting(@Arg('input', () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.createMeeting(actorOf(ctx), input);
  }

  @Mutation(() => Meeting)
  updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.updateMeeting(actorOf(ctx), input);
  }

  @Mutation(() => Meeting, { description: 'Replaces the roll call and sets the meeting HELD.' })
  recordRollCall(@Arg('input', () => RecordRollCallInput) input: RecordRollCallInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.recordRollCall(actorOf(ctx), input);
  }

  @Mutation(() => Meeting, { description: 'Replaces the agenda.' })
  setAgenda(@Arg('input', () => SetAgendaInput) input: SetAgendaInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.setAgenda(actorOf(ctx), input);
  }

  @FieldResolver(() => Group)
  group(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.group.load(meeting.groupId);
  }

  @FieldResolver(() => [Attendance], {
    description: 'Empty until taken; then one row per member of the group on the meeting day.',
  })
  rollCall(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.rollCallOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [AgendaItem], { description: 'In agenda order.' })
  agenda(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.agendaOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => MeetingQuorum)
  async quorum(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    const [quorum] = await loaders.quorumOfMeeting.load(meeting.id);
    return quorum;
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Person)
  person(@Root() row: Attendance, @Ctx() { loaders }: Context) {
    return loaders.person.load(row.personId);
  }

  @FieldResolver(() => Membership)
  membership(@Root() row: Attendance) {
    return row.membership;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The absent member a deputy served for.' })
  servingFor(@Root() row: Attendance, @Ctx() { loaders }: Context) {
    return row.servingForPersonId ? loaders.person.load(row.servingForPersonId) : null;
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => [Topic])
  async topics(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    const topics = await loaders.topic.loadMany(item.topicIds);
    return topics.filter((t): t is Topic => t instanceof Topic);
  }
}

@Resolver(() => MeetingQuorum)
export class MeetingQuorumResolver {
  @FieldResolver(() => [Region], {
    description: 'Regions with a voting seat and nobody present for it (meaningful with everyRegionPresent).',
  })
  async regionsMissing(@Root() quorum: MeetingQuorum, @Ctx() { loaders }: Context) {
    const regions = await loaders.region.loadMany(quorum.regionIdsMissing);
    return regions.filter((r): r is Region => r instanceof Region);
  }
}

@Resolver(() => MeetingYear)
export class MeetingYearResolver {
  @FieldResolver(() => Group)
  group(@Root() year: MeetingYear, @Ctx() { loaders }: Context) {
    return loaders.group.load(year.groupId);
  }
}

@Resolver(() => BodyAttendance)
export class BodyAttendanceResolver {
  @FieldResolver(() => Group)
  group(@Root() row: BodyAttendance, @Ctx() { loaders }: Context) {
    return loaders.group.load(row.groupId);
  }
}

@Resolver(() => RegionAttendance)
export class RegionAttendanceResolver {
  @FieldResolver(() => Region)
  region(@Root() row: RegionAttendance, @Ctx() { loaders }: Context) {
    return loaders.region.load(row.regionId);
  }
}

@Resolver(() => PersonAttendance)
export class PersonAttendanceResolver {
  @FieldResolver(() => Person)
  person(@Root() row: PersonAttendance, @Ctx() { loaders }: Context) {
    return loaders.person.load(row.personId);
  }

  @FieldResolver(() => Group)
  group(@Root() row: PersonAttendance, @Ctx() { loaders }: Context) {
    return loaders.group.load(row.groupId);
  }
}

@Resolver(() => Group)
export class GroupQuorumRuleResolver {
  @FieldResolver(() => QuorumRule, {
    nullable: true,
    description: 'Null: no rule; meetings are then quorate when more than half the voting seats are filled.',
  })
  async quorumRule(@Root() group: Group, @Ctx() { loaders }: Context) {
    const [rule] = await loaders.quorumRuleOfGroup.load(group.id);
    return rule ?? null;
  }
}
