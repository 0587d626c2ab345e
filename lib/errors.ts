/** Typed errors thrown by domain functions; lib/errors-to-response.ts turns them into plain words. */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Not signed in, or the session has ended. */
export class UnauthenticatedError extends DomainError {
  constructor(message = "Please sign in to continue.") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You don't have permission to do that.") {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "We couldn't find that. It may have been removed.") {
    super(message);
  }
}

/** Bad input; `fields` maps a form field to a plain-language message. */
export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class ConflictError extends DomainError {}
