import type { ApiProblem } from '../errors';

export function ProblemMessage({ problem }: { problem: ApiProblem | null }) {
  if (!problem) return null;
  return (
    <p className="problem" role="alert">
      {problem.message}
    </p>
  );
}
