import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MeetingKind, MeetingStatus } from '../gql/graphql';
import { ConfirmDialog } from './ConfirmDialog';
import { FormActions } from './FormActions';
import { MEETING_FIELDS, MeetingFields, type MeetingValues } from './MeetingFields';
import { ProblemMessage } from './ProblemMessage';

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
  const [values, setValues] = useState<MeetingValues>({
    date: meeting.date,
    kind: meeting.kind,
    status: meeting.status,
    note: meeting.note ?? '',
  });
  const [update, { loading, error, reset }] = useMutation(UpdateMeetingDocument);
  const shown = problem(error);
  const save = async () => {
    const result = await update({
      variables: {
        input: { id: meeting.id, expectedVersion: meeting.version, ...values, note: values.note.trim() || null },
      },
    }).catch(() => null);
    if (result?.data) onSaved();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const cancelling = CANCELLED.includes(values.status) && values.status !== meeting.status;
  return (
    <form className="card" onSubmit={submit} aria-labelledby="meeting-edit-title">
      <h2 id="meeting-edit-title">{t('meetings.edit.title')}</h2>
      <MeetingFields
        values={values}
        problem={shown}
        onChange={(changes) => {
          reset();
          setValues({ ...values, ...changes });
        }}
      />
      {cancelling ? (
        <>
          <ProblemMessage problem={formLevel(shown, MEETING_FIELDS)} />
          <div className="form-row">
            <ConfirmDialog
              trigger={t('meetings.edit.save')}
              triggerClassName="primary"
              title={t('meetings.edit.cancelTitle', { date: meeting.date })}
              confirmLabel={t('meetings.edit.cancelConfirm')}
              destructive
              isDisabled={loading || !values.date}
              onConfirm={save}
            >
              <p>{t(`meetings.edit.cancelBody.${values.status}`)}</p>
            </ConfirmDialog>
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      ) : (
        <FormActions
          problem={formLevel(shown, MEETING_FIELDS)}
          saving={loading}
          saveLabel={t('meetings.edit.save')}
          onCancel={onCancel}
        />
      )}
    </form>
  );
}
