// Hostile and odd values for every kind of input: generated from a fixed seed, so a failure
// names a value that the next run produces again.

/** A small deterministic random source (mulberry32). */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const alphabet =
  "abcXYZ019 _-./\\'\"`<>&%$#@!?*()[]{}|;:,=+~^\t\n\r\u00e9\u00df\u4e2d\u0627\u200b\u202e\ufeff\u{1f600}\u0301";

function randomText(random: () => number, length: number) {
  return Array.from({ length }, () => [...alphabet][Math.floor(random() * [...alphabet].length)]).join("");
}

/** Strings that break naive code: NUL bytes, lone surrogates, control characters, huge sizes, encodings. */
export const fixedStrings: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "%00",
  "%",
  "%zz",
  "%E0%A4%A",
  "\uD800",
  "\uDFFF lone low surrogate",
  "\u202Egnp.exe",
  "\u200B\u200B\u200B",
  "\uFEFFbom",
  "Z\u0351\u0360\u0334a\u035Blg\u0322o\u0317",
  "\u{1F4A9}".repeat(50),
  "x".repeat(100_000),
  "\n".repeat(1000),
  "../../../../etc/passwd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "'; DROP TABLE tokens; --",
  "' OR '1'='1",
  "\\",
  "$1 $& $`",
  "${process.exit()}",
  "{{constructor.constructor('return process')()}}",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "9".repeat(400),
  "0x10",
  "2026-02-30",
  "9999-12-31",
  "0000-00-00",
  "-001-01-01",
  "true",
  "[]",
  "{}",
  "<script>window.__xss=1</script>",
];

/** Values of the wrong type where a string, number or list is expected. */
export const wrongTypes: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
  true,
  false,
  [],
  ["a", "b"],
  [[["deep"]]],
  {},
  { toString: "not a function" },
  JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": true}}}'),
  Object.create(null),
  new Date(Number.NaN),
  10n,
  Symbol("fuzz"),
  () => "function",
  new Uint8Array([0, 1, 2]),
];

/** `count` values: every fixed string and wrong type first, then random strings of random length. */
export function fuzzValues(seed: number, count = fixedStrings.length + wrongTypes.length + 8): unknown[] {
  const random = seededRandom(seed);
  const values: unknown[] = [...fixedStrings, ...wrongTypes];
  while (values.length < count) values.push(randomText(random, Math.floor(random() ** 3 * 5000)));
  return values;
}

/** How a fuzzed value is shown in a failure message: short, and with its invisible characters visible. */
export function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}… (${value.length} chars)` : value);
  if (typeof value === "bigint" || typeof value === "symbol" || typeof value === "function") return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
