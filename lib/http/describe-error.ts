import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from "@/lib/errors";

export type DescribedError = { status: number; message: string; fields?: Record<string, string> };

const statusOf = (error: DomainError) =>
  error instanceof UnauthenticatedError
    ? 401
    : error instanceof ForbiddenError
      ? 403
      : error instanceof NotFoundError
        ? 404
        : error instanceof ConflictError
          ? 409
          : 400;

/** The one place where errors become plain words and status codes; unexpected ones are logged, never shown. */
export function describeError(error: unknown): DescribedError {
  if (error instanceof DomainError) {
    return {
      status: statusOf(error),
      message: error.message,
      fields: error instanceof InvalidInputError ? error.fields : undefined,
    };
  }
  console.error("[tokenbook] Unexpected error:", error);
  return {
    status: 500,
    message: "Something went wrong on our side and nothing was changed. Please try again in a moment.",
  };
}
