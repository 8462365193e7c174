import { useMemo, useState, type ReactNode } from 'react';
import { DateField, DateInput, DateSegment, FieldError, I18nProvider, Label, Text } from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';

/** A `YYYY-MM-DD` string as a calendar date, or null when it is empty or not a date. */
function toDate(iso: string | null | undefined): CalendarDate | null {
  if (!iso) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/**
 * The locale the segments are laid out in. Both give year-month-day with hyphens, as every date shown elsewhere in
 * the register; the English one names the segments (year, month, day) in English for screen readers.
 */
function dateLocale(language: string): string {
  return language.startsWith('en') ? 'en-SE' : 'sv-SE';
}

export interface IsoDateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  /** Called with `YYYY-MM-DD` when the date is whole, '' when it is cleared or half typed. */
  onChange: (value: string) => void;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** Earliest and latest allowed day, `YYYY-MM-DD`. */
  min?: string;
  max?: string;
  description?: ReactNode;
  /**
   * A refusal to show (and announce) under the field; the field is then marked invalid. Once the person changes the
   * date the refusal is taken as answered and goes, as React Aria does with a form's server errors: the field's
   * invalid state also stops the browser from submitting the form, which must not outlive the refused date.
   */
  errorMessage?: string | null;
  /** Name of the hidden input carrying the ISO value, for forms read through FormData. */
  name?: string;
  className?: string;
}

/**
 * A date field that reads and writes ISO dates (2026-12-01) whatever the browser's language, unlike
 * `<input type="date">`. Year, month and day are separate spin buttons (React Aria's DateField): type the digits,
 * or use the arrow keys.
 */
export function IsoDateField({
  label,
  value,
  onChange,
  isRequired,
  isDisabled,
  min,
  max,
  description,
  errorMessage,
  name,
  className,
}: IsoDateFieldProps) {
  const { i18n } = useTranslation();
  // The date as typed. It follows `value`, but a caller may ignore '' (a filter that always has a date): the field
  // then still empties while the person types a new date over the old one.
  const [date, setDate] = useState(() => toDate(value));
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setDate(toDate(value));
  }
  const minValue = useMemo(() => toDate(min) ?? undefined, [min]);
  const maxValue = useMemo(() => toDate(max) ?? undefined, [max]);
  // The refusal the person has changed the date after. A new attempt clears the parent's error first, so the same
  // text refusing the next attempt shows again.
  const [answered, setAnswered] = useState<string | null>(null);
  if (!errorMessage && answered !== null) setAnswered(null);
  const refusal = errorMessage && errorMessage !== answered ? errorMessage : null;
  return (
    <I18nProvider locale={dateLocale(i18n.language)}>
      <DateField
        className={className ? `iso-date ${className}` : 'iso-date'}
        value={date}
        onChange={(next) => {
          if (errorMessage) setAnswered(errorMessage);
          setDate(next);
          onChange(next ? next.toString() : '');
        }}
        isRequired={isRequired}
        isDisabled={isDisabled}
        isInvalid={refusal ? true : undefined}
        minValue={minValue}
        maxValue={maxValue}
        name={name}
        granularity="day"
        shouldForceLeadingZeros
      >
        <Label>{label}</Label>
        <DateInput className="iso-date-input">
          {(segment) => <DateSegment segment={segment} className="iso-date-segment" />}
        </DateInput>
        {description && (
          <Text slot="description" className="muted iso-date-description">
            {description}
          </Text>
        )}
        {refusal ? (
          <Text slot="errorMessage" elementType="p" className="problem" role="alert">
            {refusal}
          </Text>
        ) : (
          <FieldError className="problem" />
        )}
      </DateField>
    </I18nProvider>
  );
}

/** The message of an API refusal about the field `name`, if that is what it is about. */
export function problemAt(problem: ApiProblem | null | undefined, name: string): string | null {
  return problem && problem.field === name ? problem.message : null;
}
