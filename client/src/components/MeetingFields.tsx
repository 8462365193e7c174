import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import type { MeetingKind, MeetingStatus } from '../gql/graphql';
import { Field } from './Field';
import { IsoDateField, problemAt } from './IsoDateField';

const MEETING_KINDS: MeetingKind[] = ['PLANNED', 'EXTRA'];
const MEETING_STATUSES: MeetingStatus[] = ['SCHEDULED', 'HELD', 'CANCELLED_NO_QUORUM', 'CANCELLED'];

export interface MeetingValues {
  date: string;
  kind: MeetingKind;
  status: MeetingStatus;
  note: string;
}

/** The names of the fields below, as the API's refusals name them. */
export const MEETING_FIELDS = ['date', 'kind', 'status', 'note'];

/** A meeting's date, kind, status and note: the fields of the forms that add and correct a meeting. */
export function MeetingFields({
  values,
  problem,
  onChange,
}: {
  values: MeetingValues;
  problem: ApiProblem | null;
  onChange: (changes: Partial<MeetingValues>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form-row fields">
        <IsoDateField
          label={t('meetings.date')}
          value={values.date}
          onChange={(date) => onChange({ date })}
          isRequired
          errorMessage={problemAt(problem, 'date')}
        />
        <Field label={t('meetings.kindLabel')} name="kind" problem={problem}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(e) => onChange({ kind: e.target.value as MeetingKind })}
            >
              {MEETING_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`meetings.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('meetings.statusLabel')} name="status" problem={problem}>
          {(control) => (
            <select
              {...control}
              value={values.status}
              onChange={(e) => onChange({ status: e.target.value as MeetingStatus })}
            >
              {MEETING_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`meetings.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('meetings.note')} name="note" problem={problem}>
        {(control) => (
          <textarea {...control} rows={2} value={values.note} onChange={(e) => onChange({ note: e.target.value })} />
        )}
      </Field>
    </>
  );
}
