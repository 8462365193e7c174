import { useEffect, useState } from 'react';

/**
 * Confirms a save politely (WCAG 4.1.3). The live region is on the page before its text arrives, so that screen
 * readers announce the text also when it comes with the page the save led to.
 */
export function SaveStatus({ message }: { message: string }) {
  const [shown, setShown] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setShown(message), 50);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <p role="status" className="save-status">
      {shown}
    </p>
  );
}
