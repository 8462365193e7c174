import type { LoaderKit } from '../../common/loader-kit.js';
import type { MeetingsService } from './meetings.service.js';

/** Per-request loaders of topics, quorum rules, and meetings' roll calls, agendas and quorums. */
export function meetingsLoaders(services: { meetings: MeetingsService }, kit: LoaderKit) {
  return {
    topic: kit.byId((ids) => services.meetings.topicsByIds(ids)),
    quorumRuleOfGroup: kit.grouped(
      (ids) => services.meetings.rulesOfGroups(ids),
      (rule) => rule.groupId,
    ),
    rollCallOfMeeting: kit.grouped(
      (ids) => services.meetings.rollCallsOf(ids),
      (row) => row.meetingId,
    ),
    agendaOfMeeting: kit.grouped(
      (ids) => services.meetings.agendasOf(ids),
      (item) => item.meetingId,
    ),
    quorumOfMeeting: kit.grouped(
      (ids) => services.meetings.quorumsOfMeetingIds(ids),
      (quorum) => quorum.meetingId,
    ),
  };
}

type MeetingsLoaders = ReturnType<typeof meetingsLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends MeetingsLoaders {}
}
