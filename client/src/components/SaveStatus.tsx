/**
 * A polite live region that says what was just saved. It is always rendered, so that screen readers already watch it
 * when the message arrives (a region added together with its text is often not announced).
 */
export function SaveStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? 'save-status' : 'visually-hidden'}>
      {message ?? ''}
    </p>
  );
}
