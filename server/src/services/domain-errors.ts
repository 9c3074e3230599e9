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
