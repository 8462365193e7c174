import { useState } from 'react';

/** Which record a screen's form is open for: a new one, an existing one, or none. */
export type Editing = { mode: 'new' } | { mode: 'edit'; id: string } | null;

/**
 * The steps every screen that creates, edits and deletes records in a form above its list takes alike: opening the
 * form clears the last save's error and message, and a save or delete that went through refreshes the list, closes the
 * form (a deleted record's form with it) and says what was done. A refused one leaves everything as it was, its error
 * shown by the mutation's own state.
 */
export function useEditing({
  mutations,
  refetch,
  say,
}: {
  /** The create and update mutations, whose errors belong to the form last opened. */
  mutations: { reset: () => void }[];
  refetch: () => Promise<unknown>;
  say: (message: string) => void;
}) {
  const [editing, setEditing] = useState<Editing>(null);

  const start = (next: Editing) => {
    for (const mutation of mutations) mutation.reset();
    say('');
    setEditing(next);
  };

  /** After a save: the result is null or without data when the API refused it. */
  const afterSave = async <Result extends { data?: unknown }>(
    result: Result | null,
    message: (data: NonNullable<Result['data']>) => string,
  ) => {
    if (!result?.data) return;
    await refetch();
    setEditing(null);
    say(message(result.data));
  };

  const deleteRecord = async (id: string, run: () => Promise<{ data?: unknown }>, message: string) => {
    say('');
    const result = await run().catch(() => null);
    if (!result?.data) return;
    if (editing?.mode === 'edit' && editing.id === id) setEditing(null);
    await refetch();
    say(message);
  };

  return { editing, cancel: () => setEditing(null), start, afterSave, deleteRecord };
}
