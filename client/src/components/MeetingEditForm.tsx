import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MeetingKind, MeetingStatus } from '../gql/graphql';
import { ConfirmDialog } from './ConfirmDialog';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { IsoDateField, problemAt } from './IsoDateField';
import { ProblemMessage } from './ProblemMessage';
import { MEETING_KINDS, MEETING_STATUSES } from './NewMeetingForm';

const UpdateMeetingDocument = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      version
      date
      kind
      status
      note
      quorum {
        ...QuorumOutcome_quorum
      }
    }
  }
`);

export interface EditedMeeting {
  id: string;
  version: number;
  date: string;
  kind: MeetingKind;
  status: MeetingStatus;
  note?: string | null;
}

const CANCELLED: MeetingStatus[] = ['CANCELLED', 'CANCELLED_NO_QUORUM'];

/**
 * Corrects a meeting's date, kind, status and note. Cancelling a meeting asks first: it takes the meeting out of the
 * year's quorum figures (or, cancelled for want of a quorum, counts it as not quorate), which the goals follow.
 */
export function MeetingEditForm({
  meeting,
  onSaved,
  onCancel,
}: {
  meeting: EditedMeeting;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [date, setDate] = useState(meeting.date);
  const [kind, setKind] = useState(meeting.kind);
  const [status, setStatus] = useState(meeting.status);
  const [note, setNote] = useState(meeting.note ?? '');
  const [update, { loading, error, reset }] = useMutation(UpdateMeetingDocument);
  const shown = problem(error);
  const save = async () => {
    const result = await update({
      variables: {
        input: { id: meeting.id, expectedVersion: meeting.version, date, kind, status, note: note.trim() || null },
      },
    }).catch(() => null);
    if (result?.data) onSaved();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const cancelling = CANCELLED.includes(status) && status !== meeting.status;
  return (
    <form className="card" onSubmit={submit} aria-labelledby="meeting-edit-title">
      <h2 id="meeting-edit-title">{t('meetings.edit.title')}</h2>
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
      {cancelling ? (
        <>
          <div className="form-row">
            <ConfirmDialog
              trigger={t('meetings.edit.save')}
              triggerClassName="primary"
              title={t('meetings.edit.cancelTitle', { date: meeting.date })}
              confirmLabel={t('meetings.edit.cancelConfirm')}
              destructive
              isDisabled={loading || !date}
              onConfirm={save}
            >
              <p>{t(`meetings.edit.cancelBody.${status}`)}</p>
            </ConfirmDialog>
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
          <ProblemMessage problem={formLevel(shown, ['date', 'kind', 'status', 'note'])} />
        </>
      ) : (
        <FormActions
          problem={formLevel(shown, ['date', 'kind', 'status', 'note'])}
          saving={loading}
          saveLabel={t('meetings.edit.save')}
          onCancel={onCancel}
        />
      )}
    </form>
  );
}
