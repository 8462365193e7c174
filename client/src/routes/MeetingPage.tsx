import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../auth';
import { AgendaEditor } from '../components/AgendaEditor';
import { AgendaList } from '../components/AgendaList';
import { MeetingEditForm } from '../components/MeetingEditForm';
import { QuorumOutcome } from '../components/QuorumOutcome';
import { RollCallTable } from '../components/RollCallTable';
import { SaveStatus } from '../components/SaveStatus';
import { TypeBadge } from '../components/TypeBadge';
import { graphql } from '../gql';
import { MeetingNotFound } from '../components/MeetingNotFound';

const MeetingPageDocument = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      version
      date
      kind
      status
      note
      group {
        id
        name
        type
        status
      }
      quorum {
        ...QuorumOutcome_quorum
      }
      rollCall {
        ...RollCallTable_attendance
      }
      othersPresent
      agenda {
        ...AgendaList_item
      }
    }
  }
`);

/**
 * One meeting: when, what kind, whether it was held and quorate and why, who was there (a deputy serving for whom,
 * others present) and the agenda with its topics, decisions and paragraphs. Those who keep the register correct the
 * meeting, edit the agenda and take the roll call (its own page, made for a phone).
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const { data, loading, refetch } = useQuery(MeetingPageDocument, { variables: { id } });
  const [editing, setEditing] = useState<'meeting' | 'agenda' | null>(null);
  const [saved, setSaved] = useState('');
  const meeting = data?.meeting;
  if (loading && !meeting) return <p role="status">{t('common.loading')}</p>;
  if (!meeting) {
    return <MeetingNotFound />;
  }
  const canEdit = can.editRegister && meeting.group.status !== 'CLOSED';
  const start = (next: typeof editing) => {
    setSaved('');
    setEditing(next);
  };
  return (
    <article className="meeting-page">
      <p className="breadcrumb">
        <Link to={`/groups/${meeting.group.id}?meetingYear=${meeting.date.slice(0, 4)}`}>
          {`${meeting.group.type} ${meeting.group.name}`}
        </Link>
      </p>
      <div className="page-heading">
        <h1>
          <TypeBadge type={meeting.group.type} />{' '}
          {t('meetings.page.title', { name: meeting.group.name, date: meeting.date })}
        </h1>
        {canEdit && (
          <div className="actions">
            <Link className="button primary" to={`/meetings/${meeting.id}/roll-call`}>
              {meeting.rollCall.length ? t('meetings.page.redoRollCall') : t('meetings.page.takeRollCall')}
            </Link>
            {editing !== 'meeting' && (
              <button type="button" onClick={() => start('meeting')}>
                {t('meetings.page.edit')}
              </button>
            )}
          </div>
        )}
      </div>
      <SaveStatus message={saved} />
      {editing === 'meeting' && (
        <MeetingEditForm
          meeting={meeting}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(t('meetings.edit.saved'));
            void refetch();
          }}
        />
      )}
      <dl className="facts">
        <dt>{t('meetings.date')}</dt>
        <dd>
          <time dateTime={meeting.date}>{meeting.date}</time>
        </dd>
        <dt>{t('meetings.kindLabel')}</dt>
        <dd>{t(`meetings.kind.${meeting.kind}`)}</dd>
        <dt>{t('meetings.statusLabel')}</dt>
        <dd>{t(`meetings.status.${meeting.status}`)}</dd>
        {meeting.note && (
          <>
            <dt>{t('meetings.note')}</dt>
            <dd className="mandate">{meeting.note}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="meeting-quorum-title">
        <h2 id="meeting-quorum-title">{t('meetings.quorum.title')}</h2>
        <QuorumOutcome quorum={meeting.quorum} status={meeting.status} />
      </section>

      <section aria-labelledby="meeting-roll-call-title">
        <h2 id="meeting-roll-call-title">{t('meetings.rollCall.title')}</h2>
        {meeting.rollCall.length === 0 ? (
          <p>{t('meetings.rollCall.notTaken')}</p>
        ) : (
          <RollCallTable rows={meeting.rollCall} />
        )}
        {meeting.othersPresent.length > 0 && (
          <>
            <h3>{t('meetings.rollCall.othersPresent')}</h3>
            <ul className="plain-list">
              {meeting.othersPresent.map((other, i) => (
                <li key={i}>{other}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="meeting-agenda-title">
        <h2 id="meeting-agenda-title">{t('meetings.agenda.title')}</h2>
        <AgendaList items={meeting.agenda} />
        {canEdit && editing !== 'agenda' && (
          <button type="button" onClick={() => start('agenda')}>
            {t('meetings.agenda.edit')}
          </button>
        )}
        {canEdit && editing === 'agenda' && (
          <AgendaEditor
            meetingId={meeting.id}
            version={meeting.version}
            items={meeting.agenda}
            onCancel={() => setEditing(null)}
            onSaved={(count) => {
              setEditing(null);
              setSaved(t('meetings.agenda.saved', { count }));
              void refetch();
            }}
          />
        )}
      </section>
    </article>
  );
}
