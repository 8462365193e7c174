import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import { FormActions } from './FormActions';
import { MEETING_FIELDS, MeetingFields, type MeetingValues } from './MeetingFields';

const CreateMeetingDocument = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      date
    }
  }
`);

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
  const [values, setValues] = useState<MeetingValues>({ date: '', kind: 'PLANNED', status: 'SCHEDULED', note: '' });
  const [create, { loading, error, reset }] = useMutation(CreateMeetingDocument);
  const shown = problem(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      variables: { input: { groupId, ...values, note: values.note.trim() || null } },
    }).catch(() => null);
    if (result?.data) onSaved(result.data.createMeeting.date);
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="new-meeting-title">
      <h3 id="new-meeting-title">{t('meetings.new.title')}</h3>
      <MeetingFields
        values={values}
        problem={shown}
        onChange={(changes) => {
          reset();
          setValues({ ...values, ...changes });
        }}
      />
      <FormActions
        problem={formLevel(shown, MEETING_FIELDS)}
        saving={loading}
        saveLabel={t('meetings.new.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
