/**
 * Drafts of the dialogue form, kept in this browser until the dialogue is saved or the draft is thrown away. A draft
 * belongs to one user (on a shared computer the next user does not see it) and is removed when they sign out.
 */
const PREFIX = 'ks-registry.dialogue-draft.';

export interface DialogueDraft {
  heldOn: string;
  participantIds: string[];
  answers: Record<string, string>;
  notes: string;
  actions: { id?: string; description: string; ownerName: string; dueDate: string; status?: string }[];
}

export const draftKey = (userId: string, groupId: string, year: number) => `${PREFIX}${userId}.${groupId}.${year}`;

export function loadDraft(key: string): DialogueDraft | null {
  const saved = localStorage.getItem(key);
  if (!saved) return null;
  try {
    return JSON.parse(saved) as DialogueDraft;
  } catch {
    return null;
  }
}

export const saveDraft = (key: string, draft: DialogueDraft) => localStorage.setItem(key, JSON.stringify(draft));
export const discardDraft = (key: string) => localStorage.removeItem(key);

/** Every dialogue draft in this browser, whoever wrote it (including drafts from before they were kept per user). */
export function clearDialogueDrafts(): void {
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
    (key): key is string => key?.startsWith(PREFIX) ?? false,
  );
  for (const key of keys) localStorage.removeItem(key);
}
