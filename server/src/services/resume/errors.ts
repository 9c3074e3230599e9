import { InvalidInputError } from "../domain-errors.ts";

/** Why a file could not become a resume. The message is shown to the user as is. */
export type ResumeFileProblem = "unsupported" | "unreadable" | "no_text_layer" | "not_a_resume";

/** A file that cannot be parsed as a resume; an InvalidInputError, so routers answer BAD_REQUEST. */
export class ResumeFileError extends InvalidInputError {
  constructor(
    readonly problem: ResumeFileProblem,
    message: string,
  ) {
    super(message, "file");
    this.name = "ResumeFileError";
  }
}
