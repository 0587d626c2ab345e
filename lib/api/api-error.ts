import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from "@/lib/errors";

/** A request the API refuses before any domain call: unreadable JSON, too large, too many. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type ApiErrorBody = { error: { code: string; message: string; field: string | null } };

const codeOf = (error: DomainError): [number, string] =>
  error instanceof UnauthenticatedError
    ? [401, "unauthenticated"]
    : error instanceof ForbiddenError
      ? [403, "forbidden"]
      : error instanceof NotFoundError
        ? [404, "not_found"]
        : error instanceof ConflictError
          ? [409, "conflict"]
          : error instanceof InvalidInputError
            ? [422, "invalid"]
            : [400, "bad_request"];

export const apiHeaders = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

export const apiJson = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...apiHeaders, ...headers } });

/**
 * Every API error as `{ error: { code, message, field } }` in the same plain words as the pages.
 * A field error names the first field and says what is wrong with it; unexpected errors are logged, never shown.
 */
export function apiErrorResponse(error: unknown): Response {
  if (error instanceof ApiRequestError)
    return apiJson(
      { error: { code: error.code, message: error.message, field: null } } satisfies ApiErrorBody,
      error.status,
      error.headers,
    );
  if (error instanceof DomainError) {
    const [status, code] = codeOf(error);
    const [field, message] =
      error instanceof InvalidInputError
        ? (Object.entries(error.fields)[0] ?? [null, error.message])
        : [null, error.message];
    return apiJson({ error: { code, message, field: field === "form" ? null : field } } satisfies ApiErrorBody, status);
  }
  console.error("[tokenbook] Unexpected API error:", error);
  return apiJson(
    {
      error: {
        code: "internal",
        message: "Something went wrong on our side and nothing was changed. Please try again in a moment.",
        field: null,
      },
    } satisfies ApiErrorBody,
    500,
  );
}
