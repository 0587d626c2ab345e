import { ApiRequestError } from "./api-error";

/** Request bodies larger than this are refused unread: no token record comes near it. */
export const largestBodyBytes = 64 * 1024;

const tooLarge = () =>
  new ApiRequestError(
    413,
    "too_large",
    `The request body is larger than ${largestBodyBytes / 1024} KB. Send one token's details at a time.`,
  );

async function readLimited(request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > largestBodyBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > largestBodyBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** The JSON object a request sends; anything else (no body, broken JSON, an array, a number) is refused in words. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await readLimited(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiRequestError(
      400,
      "bad_json",
      'The request body is not valid JSON. Send a JSON object, like {"signOffNote": "…"}.',
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiRequestError(422, "invalid", 'The request body must be a JSON object, like {"signOffNote": "…"}.');
  }
  return body as Record<string, unknown>;
}
