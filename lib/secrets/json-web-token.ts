const JWT_SHAPE = /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/** Three base64url parts whose first part decodes to a JSON header naming its "alg". */
export function containsJsonWebToken(text: string): boolean {
  for (const match of text.matchAll(JWT_SHAPE)) {
    if (headerNamesAlgorithm(match[1])) return true;
  }
  return false;
}

function headerNamesAlgorithm(encodedHeader: string): boolean {
  try {
    const base64 = encodedHeader.replace(/-/g, "+").replace(/_/g, "/");
    const header: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")));
    return typeof header === "object" && header !== null && typeof (header as { alg?: unknown }).alg === "string";
  } catch {
    return false;
  }
}
