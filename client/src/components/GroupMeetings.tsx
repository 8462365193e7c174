import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { MeetingYearFigures } from './MeetingYearFigures';
import { NewMeetingForm } from './NewMeetingForm';
import { QuorumRuleForm } from './QuorumRuleForm';
import { SaveStatus } from './SaveStatus';
import { YearSelect, yearFrom } from './YearSelect';

const GroupMeetingsDocument = graphql(`
  query GroupMeetings($groupId: ID!, $year: Int!) {
    group(id: $groupId) {
      id
      quorumRule {
        ...QuorumRuleForm_rule
        description
      }
    }
    meetings(groupId: $groupId, year: $year) {
      id
      date
      kind
      status
      quorum {
        quorate
        partialAbsence
        filled
        votingSeats
      }
    }
    meetingYear(groupId: $groupId, year: $year) {
      ...MeetingYearFigures_year
    }
  }
`);

/** The weekday and day of a meeting in the user's language ("tis 12 mars"), beside its ISO date. */
function useDayName() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'sv-SE', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A group's or body's meetings ("Möten") on its page: the year's calendar with each meeting's kind, status and quorum,
 * the year's figures, the quorum rule in the API's words and, for those who keep the register, forms to add a meeting
 * and set the rule. The year is in the address (?meetingYear=), so a meeting's page leads back to it.
 */
export function GroupMeetings({ groupId, canEdit }: { groupId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const dayName = useDayName();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params.get('meetingYear'));
  const setYear = (next: number) =>
    setParams(
      (current) => {
        const changed = new URLSearchParams(current);
        changed.set('meetingYear', String(next));
        return changed;
      },
      { replace: true },
    );
  const { data, previousData, loading, refetch } = useQuery(GroupMeetingsDocument, { variables: { groupId, year } });
  const shown = data ?? previousData;
  const [editing, setEditing] = useState<'meeting' | 'rule' | null>(null);
  const [saved, setSaved] = useState('');
  const rule = shown?.group?.quorumRule ?? null;
  return (
    <section aria-labelledby="group-meetings-title" className="group-meetings">
      <h2 id="group-meetings-title">{t('meetings.section')}</h2>
      <SaveStatus message={saved} />
      <div className="filters">
        <YearSelect value={year} onChange={setYear} label={t('meetings.year')} />
        {loading && (
          <span role="status" className="muted">
            {t('common.loading')}
          </span>
        )}
      </div>
      <h3>{t('meetings.rule.title')}</h3>
      <p lang={rule ? 'sv' : undefined}>{rule ? rule.description : t('meetings.rule.none')}</p>
      {canEdit && editing !== 'rule' && (
        <button
          type="button"
          onClick={() => {
            setSaved('');
            setEditing('rule');
          }}
        >
          {rule ? t('meetings.rule.edit') : t('meetings.rule.add')}
        </button>
      )}
      {canEdit && editing === 'rule' && (
        <QuorumRuleForm
          groupId={groupId}
          rule={rule}
          onCancel={() => setEditing(null)}
          onSaved={(description) => {
            setEditing(null);
            setSaved(t('meetings.rule.saved', { description }));
            void refetch();
          }}
        />
      )}
      <h3>{t('meetings.calendar', { year })}</h3>
      {shown && shown.meetings.length === 0 && <p>{t('meetings.noMeetings', { year })}</p>}
      {shown && shown.meetings.length > 0 && (
        <ol className="meeting-list">
          {shown.meetings.map((m) => (
            <li key={m.id}>
              <Link to={`/meetings/${m.id}`} className="meeting-date">
                <time dateTime={m.date}>{m.date}</time>
                <span className="muted"> {dayName(m.date)}</span>
              </Link>
              <span className="meeting-tags">
                <span className={`tag kind-${m.kind.toLowerCase()}`}>{t(`meetings.kind.${m.kind}`)}</span>
                <span className={`tag status-${m.status.toLowerCase()}`}>{t(`meetings.status.${m.status}`)}</span>
                {(m.status === 'HELD' || m.status === 'CANCELLED_NO_QUORUM') && (
                  <span className={`verdict ${m.quorum.quorate ? 'met' : 'not-met'}`}>
                    {m.quorum.quorate
                      ? m.quorum.partialAbsence
                        ? t('meetings.quorum.quoratePartly')
                        : t('meetings.quorum.quorateShort')
                      : t('meetings.quorum.notQuorateShort')}
                  </span>
                )}
                {m.status === 'HELD' && (
                  <span className="muted small">
                    {t('meetings.quorum.filledOf', { filled: m.quorum.filled, seats: m.quorum.votingSeats })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {shown && (
        <>
          <h3>{t('meetings.figures.title', { year })}</h3>
          <MeetingYearFigures year={shown.meetingYear} />
        </>
      )}
      {canEdit && editing !== 'meeting' && (
        <button
          type="button"
          className="primary"
          onClick={() => {
            setSaved('');
            setEditing('meeting');
          }}
        >
          {t('meetings.new.open')}
        </button>
      )}
      {canEdit && editing === 'meeting' && (
        <NewMeetingForm
          groupId={groupId}
          onCancel={() => setEditing(null)}
          onSaved={(date) => {
            setEditing(null);
            setSaved(t('meetings.new.saved', { date }));
            if (Number(date.slice(0, 4)) !== year) setYear(Number(date.slice(0, 4)));
            else void refetch();
          }}
        />
      )}
    </section>
  );
}
