import { z } from "zod";

// Resend restricts tag names/values to ASCII letters, digits, "_" and "-"; the outbox keeps the same rule
// so a message accepted locally is also accepted in production.
const tagPart = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "only ASCII letters, digits, _ and -");
// Header names are RFC 5322 field names; values must not smuggle a line break (header injection).
const headerName = z.string().regex(/^[!-9;-~]{1,76}$/, "invalid header name");
const noLineBreak = z.string().refine((v) => !/[\r\n]/.test(v), "must not contain line breaks");

export const EmailMessageSchema = z.object({
  to: z.union([z.email(), z.array(z.email()).min(1).max(50)]),
  subject: noLineBreak.pipe(z.string().min(1).max(998)),
  /** where replies go (outreach is sent from Vanta's address with the user's own address here) */
  replyTo: z.email().optional(),
  html: z.string(),
  text: z.string(),
  headers: z.record(headerName, noLineBreak.pipe(z.string().max(900))).optional(),
  tags: z
    .array(z.object({ name: tagPart, value: tagPart }))
    .max(20)
    .optional(),
});
export type EmailMessage = z.input<typeof EmailMessageSchema>;

export interface EmailPort {
  readonly kind: "outbox" | "resend";
  send(msg: EmailMessage): Promise<{ id: string }>;
}

export type EmailErrorCode =
  | "invalid_message"
  | "unauthorized"
  | "rejected"
  | "rate_limited"
  | "unreachable"
  | "provider_error"
  | "write_failed";

/** One error type for every email adapter, so callers can branch on `code` (e.g. retry on rate_limited). */
export class EmailError extends Error {
  override readonly name = "EmailError";
  constructor(
    readonly code: EmailErrorCode,
    message: string,
    readonly details: { status?: number | null; providerName?: string } = {},
  ) {
    super(message);
  }
}

/** Validates a message; zod issues become one readable EmailError. */
export function parseEmailMessage(msg: EmailMessage): z.output<typeof EmailMessageSchema> {
  const parsed = EmailMessageSchema.safeParse(msg);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "message"}: ${i.message}`).join("; ");
    throw new EmailError("invalid_message", `invalid email message: ${detail}`);
  }
  return parsed.data;
}
