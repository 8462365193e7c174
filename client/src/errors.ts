import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';

export interface ApiProblem {
  message: string;
  field: string | null;
}

/**
 * Turns a failed request into a message in the user's language: the API's `extensions.reason` picks the text and its
 * `params` fill it in; the API's own plain message is the fallback for reasons the client does not know.
 */
export function useApiProblem() {
  const { t, i18n } = useTranslation();
  return (error: unknown): ApiProblem | null => {
    if (!error) return null;
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      const extensions = (first?.extensions ?? {}) as { reason?: string; code?: string; field?: string; params?: Record<string, unknown> };
      const key = `errors.${extensions.reason ?? extensions.code ?? 'UNKNOWN'}`;
      const message = i18n.exists(key) ? t(key, { ...extensions.params, defaultValue: first?.message }) : (first?.message ?? t('errors.UNKNOWN'));
      return { message, field: extensions.field ?? null };
    }
    return { message: t('errors.NETWORK'), field: null };
  };
}

/** The problem when none of the form's fields on screen shows it: the form then shows it by its submit button. */
export function formLevel(problem: ApiProblem | null, fieldsOnScreen: readonly string[]): ApiProblem | null {
  return problem && !(problem.field && fieldsOnScreen.includes(problem.field)) ? problem : null;
}
