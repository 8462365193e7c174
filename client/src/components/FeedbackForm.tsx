import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackRecipient } from '../gql/graphql';
import { formLevel, type ApiProblem } from '../errors';
import { Field } from './Field';
import { FieldsetProblem, FormActions } from './FormActions';
import { IsoDateField, problemAt } from './IsoDateField';
import { PlaceOptions } from './PlaceOptions';

/** What the form edits: a record that an evaluation or report was given to SKR or to a body, on a day. */
export interface FeedbackFormValues {
  givenOn: string;
  recipient: FeedbackRecipient;
  /** The body given feedback; null when the recipient is SKR (the API refuses a body then). */
  recipientGroupId: string | null;
  subject: string;
  reference: string | null;
}

const RECIPIENTS: FeedbackRecipient[] = ['SKR', 'GROUP'];
const FIELDS = ['givenOn', 'recipient', 'recipientGroupId', 'subject', 'reference'];

/** Records or corrects feedback; a body is asked for only when the recipient is a body. */
export function FeedbackForm({
  label,
  initial,
  bodies,
  problem,
  saving,
  onSave,
  onCancel,
}: {
  /** The form's name: new feedback, or which feedback is corrected. */
  label: string;
  initial: FeedbackFormValues;
  bodies: readonly { id: string; name: string }[];
  problem: ApiProblem | null;
  saving: boolean;
  onSave: (values: FeedbackFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const update = (changes: Partial<FeedbackFormValues>) => setValues((v) => ({ ...v, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      ...values,
      recipientGroupId: values.recipient === 'GROUP' ? values.recipientGroupId : null,
      subject: values.subject.trim(),
      reference: values.reference?.trim() || null,
    });
  };

  return (
    <form onSubmit={submit} className="feedback-form" aria-label={label}>
      <IsoDateField
        label={t('feedback.givenOn')}
        value={values.givenOn}
        onChange={(givenOn) => update({ givenOn })}
        isRequired
        errorMessage={problemAt(problem, 'givenOn')}
      />
      <fieldset>
        <legend>{t('feedback.recipient')}</legend>
        {RECIPIENTS.map((recipient) => (
          <label key={recipient} className="checkbox">
            <input
              type="radio"
              name="recipient"
              value={recipient}
              checked={values.recipient === recipient}
              onChange={() => update({ recipient })}
            />
            {t(`feedback.recipients.${recipient}`)}
          </label>
        ))}
        <FieldsetProblem problem={problem} field="recipient" />
      </fieldset>
      {values.recipient === 'GROUP' && (
        <Field label={t('feedback.recipientGroup')} name="recipientGroupId" problem={problem}>
          {(control) => (
            <select
              {...control}
              value={values.recipientGroupId ?? ''}
              onChange={(e) => update({ recipientGroupId: e.target.value || null })}
              required
            >
              <PlaceOptions places={bodies} empty={t('feedback.chooseGroup')} />
            </select>
          )}
        </Field>
      )}
      <Field label={t('feedback.subject')} name="subject" problem={problem}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.subject}
            onChange={(e) => update({ subject: e.target.value })}
            required
            maxLength={500}
          />
        )}
      </Field>
      <Field label={t('feedback.reference')} name="reference" problem={problem} hint={t('feedback.referenceHint')}>
        {(control) => (
          <input
            {...control}
            value={values.reference ?? ''}
            onChange={(e) => update({ reference: e.target.value })}
            maxLength={300}
          />
        )}
      </Field>
      <FormActions
        problem={formLevel(problem, FIELDS)}
        saving={saving}
        saveLabel={t('feedback.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
