/**
 * An object written as `{ … }` or made with `Object.create(null)` (query strings, generated test data): not a Date,
 * Buffer or class instance.
 */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * PostgreSQL cannot store a NUL character or half of a UTF-16 surrogate pair; a value holding one
 * would fail deep in the database. Finds the first such string in a value, with its path.
 */
export function findUnstorableText(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") || !value.isWellFormed() ? path : null;
  if (Array.isArray(value) || isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The same value with NULs removed and broken surrogates replaced, for lookups (an id, a search). */
export function storableText<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "").toWellFormed() as T;
  if (Array.isArray(value)) return value.map(storableText) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, storableText(item)])) as T;
  }
  return value;
}
