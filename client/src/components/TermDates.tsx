import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import { IsoDateField, problemAt } from './IsoDateField';

/**
 * The start date and end date (last day) of a term, as ISO dates. The start is required, the end may be empty.
 * Refusals from the API about `startDate` or `endDate` show under their field.
 */
export function TermDates({
  startDate,
  endDate,
  onStartDateChange,
  onEndDateChange,
  problem,
}: {
  startDate: string;
  endDate: string;
  onStartDateChange: (value: string) => void;
  onEndDateChange: (value: string) => void;
  problem?: ApiProblem | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <IsoDateField
        label={t('member.startDate')}
        value={startDate}
        onChange={onStartDateChange}
        isRequired
        errorMessage={problemAt(problem, 'startDate')}
      />
      <IsoDateField
        label={t('member.endDate')}
        value={endDate}
        onChange={onEndDateChange}
        errorMessage={problemAt(problem, 'endDate')}
      />
    </>
  );
}
