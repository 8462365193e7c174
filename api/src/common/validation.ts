import { validate as classValidate } from 'class-validator';
import { badInput } from './errors.js';

// Control characters other than tab and line breaks are never part of a name or a text, and PostgreSQL refuses NUL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function refuseControlCharacters(value: unknown, field: string | undefined): void {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTERS.test(value)) {
      throw badInput('Text may not contain control characters.', { reason: 'CONTROL_CHARACTERS', field });
    }
  } else if (Array.isArray(value)) {
    for (const item of value) refuseControlCharacters(item, field);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) refuseControlCharacters(item, key);
  }
}

/**
 * Input shape (lengths, e-mail form, no control characters) is checked by class-validator; the refusal lists every
 * problem in plain words. GraphQL arguments pass through it, and so do the rows of an import.
 */
export async function validateInput(argValue: unknown): Promise<void> {
  refuseControlCharacters(argValue, undefined);
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
