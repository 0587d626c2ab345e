const INVISIBLE_FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Folds look-alike characters (full-width letters, ligatures) to plain ones and drops invisible
 * format characters, so a secret with a zero-width space pasted into it is still recognised.
 */
export function normalisePastedText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE_FORMAT_CHARACTERS, "");
}
