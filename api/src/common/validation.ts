import { validate as classValidate } from 'class-validator';
import { badInput } from './errors.js';

/**
 * Fields that hold running text, where line breaks and tabs belong. Every other text (names, titles, e-mail
 * addresses, codes) is one line.
 */
const MULTI_LINE_FIELDS = new Set(['competence', 'description', 'mandate', 'motivation', 'note', 'notes', 'text']);

// Control characters (C0 but tab and line breaks, DEL, C1) are never part of a text, and PostgreSQL refuses NUL.
// Bidirectional overrides, embeddings and isolates can make a name read backwards on screen and in exports, and
// zero-width characters make two names that look alike differ: neither belongs in a register of people.
const NEVER_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const NOT_ON_ONE_LINE = /[\t\n\r\u2028\u2029]/;

function refusal(field: string | undefined, message: string) {
  return badInput(message, { reason: 'CONTROL_CHARACTERS', field });
}

/** Refuses text no field may hold, and line breaks outside running text; returns the text in Unicode's NFC form. */
function cleanText(value: string, field: string | undefined): string {
  if (!value.isWellFormed()) throw refusal(field, 'Text may not contain unpaired surrogate code units.');
  if (NEVER_IN_TEXT.test(value))
    throw refusal(field, 'Text may not contain control, direction or zero-width characters.');
  if (!(field && MULTI_LINE_FIELDS.has(field)) && NOT_ON_ONE_LINE.test(value)) {
    throw refusal(field, 'This text must be one line, without tabs or line breaks.');
  }
  return value.normalize('NFC');
}

/**
 * Walks an argument and its nested inputs and lists, refusing what `cleanText` refuses and storing every string in
 * NFC, so that "Å" typed on two keyboards is one name. Scalar arguments cannot be replaced in place; they are checked.
 */
function cleanTexts(value: unknown, field: string | undefined): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') value[index] = cleanText(item, field);
      else cleanTexts(item, field);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      if (typeof item === 'string') record[key] = cleanText(item, key);
      else cleanTexts(item, key);
    }
  }
}

/**
 * Input shape (lengths, e-mail form, clean text) is checked by class-validator and `cleanTexts`; the refusal lists
 * every problem in plain words. GraphQL arguments pass through it, and so do the rows of an import.
 */
export async function validateInput(argValue: unknown): Promise<void> {
  if (typeof argValue === 'string') {
    cleanText(argValue, undefined);
    return;
  }
  cleanTexts(argValue, undefined);
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = await classValidate(argValue, { forbidUnknownValues: false, skipMissingProperties: false });
  if (!errors.length) return;
  const messages = errors.flatMap((e) => Object.values(e.constraints ?? {}));
  throw badInput(`Invalid input: ${messages.join('; ')}.`, {
    reason: 'INVALID_INPUT',
    field: errors[0]?.property,
    params: { message: messages.join('; ') },
  });
}
