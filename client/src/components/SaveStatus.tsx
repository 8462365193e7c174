import { useEffect, useState } from 'react';

/**
 * Confirms a save politely (WCAG 4.1.3). The live region is always on the page and its text arrives a moment after
 * it, so that screen readers announce the text also when it comes with the page the save led to (a region added
 * together with its text is often not announced).
 */
export function SaveStatus({ message }: { message: string | null | undefined }) {
  const [shown, setShown] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setShown(message ?? ''), 50);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <p role="status" className="save-status">
      {shown}
    </p>
  );
}
