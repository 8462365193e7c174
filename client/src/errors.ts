import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';

export interface ApiProblem {
  message: string;
  field: string | null;
}

/** Server params that carry the number a reason's plural (`_one`/`_other`) is chosen by. */
const COUNT_PARAMS = ['count', 'retryAfterSeconds', 'seats'] as const;

/**
 * Turns a failed request into a message in the user's language: the API's `extensions.reason` picks the text and its
 * `params` fill it in. Enum values among the params (a nomination's status) are shown by their names in the language;
 * a reason the client does not know shows the general message, never the API's English text
 * (tests/api/error-reasons.test.ts keeps every reason the API sends in both languages).
 */
export function useApiProblem() {
  const { t, i18n } = useTranslation();
  return (error: unknown): ApiProblem | null => {
    if (!error) return null;
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      const extensions = (first?.extensions ?? {}) as {
        reason?: string;
        code?: string;
        field?: string;
        params?: Record<string, unknown>;
      };
      const params: Record<string, unknown> = { ...extensions.params };
      const count = COUNT_PARAMS.map((name) => params[name]).find((value) => typeof value === 'number');
      if (count !== undefined) params.count = count;
      if (typeof params.status === 'string' && i18n.exists(`nominationStatus.${params.status}`)) {
        params.status = t(`nominationStatus.${params.status}`).toLocaleLowerCase(i18n.resolvedLanguage);
      }
      const key = `errors.${extensions.reason ?? extensions.code ?? 'UNKNOWN'}`;
      const message = i18n.exists(key, params) ? t(key, params) : t('errors.UNKNOWN');
      return { message, field: extensions.field ?? null };
    }
    return { message: t('errors.NETWORK'), field: null };
  };
}

/** The problem when none of the form's fields on screen shows it: the form then shows it by its submit button. */
export function formLevel(problem: ApiProblem | null, fieldsOnScreen: readonly string[]): ApiProblem | null {
  return problem && !(problem.field && fieldsOnScreen.includes(problem.field)) ? problem : null;
}
