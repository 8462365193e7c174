import { useId, type ReactNode } from 'react';
import type { ApiProblem } from '../errors';

export interface FieldControlProps {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A labelled form control. When the API refused the form because of this field (its `extensions.field` is `name`),
 * the message shows, and is announced, right under the control, which is marked invalid. A `hint` (what the field
 * takes) stands visibly under the control and describes it too.
 */
export function Field({
  label,
  name,
  problem,
  hint,
  className,
  children,
}: {
  label: string;
  name: string;
  problem: ApiProblem | null;
  hint?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const problemId = useId();
  const hintId = useId();
  const invalid = problem !== null && problem.field === name;
  const describedBy = [hint ? hintId : null, invalid ? problemId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label>
        {label}
        {children({
          ...(invalid ? { 'aria-invalid': true } : {}),
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        })}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={problemId} className="problem" role="alert">
          {problem.message}
        </p>
      )}
    </div>
  );
}
