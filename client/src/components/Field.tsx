import { useId, type ReactNode } from 'react';
import type { ApiProblem } from '../errors';

export interface FieldControlProps {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A labelled form control. When the API refused the form because of this field (its `extensions.field` is `name`),
 * the message shows, and is announced, right under the control, which is marked invalid.
 */
export function Field({
  label,
  name,
  problem,
  className,
  children,
}: {
  label: string;
  name: string;
  problem: ApiProblem | null;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const problemId = useId();
  const invalid = problem !== null && problem.field === name;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label>
        {label}
        {children(invalid ? { 'aria-invalid': true, 'aria-describedby': problemId } : {})}
      </label>
      {invalid && (
        <p id={problemId} className="problem" role="alert">
          {problem.message}
        </p>
      )}
    </div>
  );
}
