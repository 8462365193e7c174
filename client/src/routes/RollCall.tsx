import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QuorumOutcome } from '../components/QuorumOutcome';
import { RollCallForm, type RollCallMember } from '../components/RollCallForm';
import { SaveStatus } from '../components/SaveStatus';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { RollCallEntryInput } from '../gql/graphql';
import { MeetingNotFound } from '../components/MeetingNotFound';

const RollCallMeetingDocument = graphql(`
  query RollCallMeeting($id: ID!) {
    meeting(id: $id) {
      id
      version
      date
      status
      group {
        id
        name
        type
      }
      rollCall {
        present
        person {
          id
        }
        servingFor {
          id
        }
      }
      othersPresent
      quorum {
        ...QuorumOutcome_quorum
      }
    }
  }
`);

/** The members on the meeting day: whom the roll call lists. */
const RollCallMembersDocument = graphql(`
  query RollCallMembers($groupId: ID!, $asOf: Date!) {
    group(id: $groupId) {
      id
      memberships(asOf: $asOf) {
        id
        role
        votingSeat
        deputy
        person {
          id
          name
        }
        representedRegion {
          id
          name
        }
      }
    }
  }
`);

const RecordRollCallDocument = graphql(`
  mutation RecordRollCall($input: RecordRollCallInput!) {
    recordRollCall(input: $input) {
      id
      version
      status
      othersPresent
      rollCall {
        ...RollCallTable_attendance
        present
      }
      quorum {
        ...QuorumOutcome_quorum
        explanation
      }
    }
  }
`);

/**
 * The roll call of a meeting ("upprop"), a page of its own so that the secretary can take it on a phone during the
 * meeting. Saving records the whole roll call, marks the meeting held and shows the quorum outcome it led to.
 */
export function RollCall() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const problem = useApiProblem();
  const { data, loading } = useQuery(RollCallMeetingDocument, { variables: { id } });
  const meeting = data?.meeting;
  const members = useQuery(RollCallMembersDocument, {
    variables: { groupId: meeting?.group.id ?? '', asOf: meeting?.date ?? '' },
    skip: !meeting,
  });
  const [record, recording] = useMutation(RecordRollCallDocument);
  const [saved, setSaved] = useState('');
  if ((loading && !meeting) || (meeting && !members.data)) return <p role="status">{t('common.loading')}</p>;
  if (!meeting) {
    return <MeetingNotFound />;
  }
  const memberships = members.data?.group?.memberships ?? [];
  const list: RollCallMember[] = memberships
    .map((m) => ({
      personId: m.person.id,
      name: m.person.name,
      seat: [t(`memberRole.${m.role}`), m.representedRegion?.name].filter(Boolean).join(' · '),
      votingSeat: m.votingSeat,
      deputy: m.deputy,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const initial = {
    present: meeting.rollCall.filter((a) => a.present).map((a) => a.person.id),
    servingFor: Object.fromEntries(
      meeting.rollCall.filter((a) => a.servingFor).map((a) => [a.person.id, a.servingFor!.id]),
    ),
    othersPresent: meeting.othersPresent,
  };
  const save = async (entries: RollCallEntryInput[], othersPresent: string[]) => {
    setSaved('');
    const result = await record({
      variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version, entries, othersPresent } },
    }).catch(() => null);
    const recorded = result?.data?.recordRollCall;
    if (recorded) {
      setSaved(
        t('meetings.rollCall.saved', {
          present: recorded.rollCall.filter((a) => a.present).length,
          explanation: recorded.quorum.explanation,
        }),
      );
    }
  };
  return (
    <section className="roll-call-page">
      <p className="breadcrumb">
        <Link to={`/meetings/${meeting.id}`}>
          {t('meetings.page.title', { name: meeting.group.name, date: meeting.date })}
        </Link>
      </p>
      <h1>{t('meetings.rollCall.pageTitle', { name: meeting.group.type, date: meeting.date })}</h1>
      {list.length === 0 ? (
        <p>{t('meetings.rollCall.noMembers')}</p>
      ) : (
        <RollCallForm
          key={meeting.id}
          members={list}
          initial={initial}
          saving={recording.loading}
          problem={problem(recording.error)}
          onSave={(entries, others) => void save(entries, others)}
        />
      )}
      <SaveStatus message={saved} />
      {meeting.rollCall.length > 0 && (
        <section aria-labelledby="roll-call-outcome-title" className="card">
          <h2 id="roll-call-outcome-title">{t('meetings.quorum.title')}</h2>
          <QuorumOutcome quorum={meeting.quorum} status={meeting.status} />
          <Link to={`/meetings/${meeting.id}`}>{t('meetings.rollCall.toMeeting')}</Link>
        </section>
      )}
    </section>
  );
}
