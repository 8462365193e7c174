/**
 * The code a cell names, by its code or its Swedish word, ignoring case; undefined when it names none. The Swedish
 * words of each code live beside its enum in the module that owns it (e.g. MEMBER_ROLE_LABELS), so that exports
 * write them and imports read them and a file round-trips.
 */
export function codeOf<T extends string>(labels: Record<T, string>, cell: string): T | undefined {
  const wanted = cell.trim().toLocaleLowerCase('sv-SE');
  return (Object.keys(labels) as T[]).find(
    (code) => code.toLowerCase() === wanted || labels[code].toLocaleLowerCase('sv-SE') === wanted,
  );
}
