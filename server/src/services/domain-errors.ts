// Errors services throw; the routers' domain middleware turns them into TRPCError codes.

/** The thing does not exist for this user (another user's id looks exactly like a missing one). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** Input passed the schema but cannot be used (unreadable file, bad cursor, …). */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}

/** The caller owns the thing but may not do this to it now (e.g. send an outreach message nobody approved). */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A service we depend on (email provider, model) failed; the request can be retried, nothing was lost. */
export class UnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnavailableError";
  }
}
