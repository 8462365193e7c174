import { useTranslation } from 'react-i18next';
import type { DialogueDraft } from '../dialogueDrafts';
import { IsoDateField } from './IsoDateField';

/**
 * The dialogue's actions: what is to be done, by whom and by when. A new line can be removed; an action already agreed
 * stays, to be followed up.
 */
export function DialogueActionsSection({
  actions,
  update,
}: {
  actions: DialogueDraft['actions'];
  update: (changes: Partial<DialogueDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('dialogueForm.actions')}</legend>
      {actions.map((a, i) => (
        <div className="form-row" key={a.id ?? `new-${i}`}>
          <label>
            {t('dialogues.action')}
            <input
              value={a.description}
              onChange={(e) =>
                update({
                  actions: actions.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)),
                })
              }
              required
            />
          </label>
          <label>
            {t('dialogues.owner')}
            <input
              value={a.ownerName}
              onChange={(e) =>
                update({ actions: actions.map((x, j) => (j === i ? { ...x, ownerName: e.target.value } : x)) })
              }
              required
            />
          </label>
          <IsoDateField
            label={t('dialogues.dueDate')}
            value={a.dueDate}
            onChange={(dueDate) => update({ actions: actions.map((x, j) => (j === i ? { ...x, dueDate } : x)) })}
          />
          {/* Actions already agreed are followed up (done, cancelled), not removed; only a new line can go. */}
          {!a.id && (
            <button
              type="button"
              className="small"
              onClick={() => update({ actions: actions.filter((_, j) => j !== i) })}
            >
              {t('dialogueForm.removeAction')}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="small"
        onClick={() => update({ actions: [...actions, { description: '', ownerName: '', dueDate: '' }] })}
      >
        {t('dialogueForm.addAction')}
      </button>
    </fieldset>
  );
}
