import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MeetingKind, MeetingStatus } from '../gql/graphql';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { IsoDateField, problemAt } from './IsoDateField';

const CreateMeetingDocument = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      date
    }
  }
`);

export const MEETING_KINDS: MeetingKind[] = ['PLANNED', 'EXTRA'];
export const MEETING_STATUSES: MeetingStatus[] = ['SCHEDULED', 'HELD', 'CANCELLED_NO_QUORUM', 'CANCELLED'];

/** Adds a meeting to a group's calendar: planned or extra, and usually not yet held. */
export function NewMeetingForm({
  groupId,
  onSaved,
  onCancel,
}: {
  groupId: string;
  onSaved: (date: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<MeetingKind>('PLANNED');
  const [status, setStatus] = useState<MeetingStatus>('SCHEDULED');
  const [note, setNote] = useState('');
  const [create, { loading, error, reset }] = useMutation(CreateMeetingDocument);
  const shown = problem(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      variables: { input: { groupId, date, kind, status, note: note.trim() || null } },
    }).catch(() => null);
    if (result?.data) onSaved(result.data.createMeeting.date);
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="new-meeting-title">
      <h3 id="new-meeting-title">{t('meetings.new.title')}</h3>
      <div className="form-row fields">
        <IsoDateField
          label={t('meetings.date')}
          value={date}
          onChange={(value) => {
            reset();
            setDate(value);
          }}
          isRequired
          errorMessage={problemAt(shown, 'date')}
        />
        <Field label={t('meetings.kindLabel')} name="kind" problem={shown}>
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`meetings.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('meetings.statusLabel')} name="status" problem={shown}>
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.target.value as MeetingStatus)}>
              {MEETING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`meetings.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('meetings.note')} name="note" problem={shown}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <FormActions
        problem={formLevel(shown, ['date', 'kind', 'status', 'note'])}
        saving={loading}
        saveLabel={t('meetings.new.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
