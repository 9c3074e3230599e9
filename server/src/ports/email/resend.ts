import { Resend } from "resend";
import { EmailError, type EmailErrorCode, type EmailMessage, type EmailPort, parseEmailMessage } from "./types.ts";

export interface ResendOptions {
  apiKey: string;
  from: string;
  /** RESEND_BASE_URL; tests point it at a local stand-in. */
  baseUrl?: string;
}

/** Resend returns `{ data, error }` instead of throwing; every error becomes an EmailError here. */
export function createResendEmail(options: ResendOptions): EmailPort {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/$/, "") } : {});
  return {
    kind: "resend",
    async send(msg: EmailMessage) {
      const m = parseEmailMessage(msg);
      const { data, error } = await client.emails.send({
        from: options.from,
        to: m.to,
        subject: m.subject,
        html: m.html,
        text: m.text,
        headers: m.headers,
        tags: m.tags,
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
      });
      if (error) {
        throw new EmailError(resendErrorCode(error.statusCode, error.name), `resend: ${error.message}`, {
          status: error.statusCode,
          providerName: error.name,
        });
      }
      if (!data || typeof data.id !== "string" || data.id === "") {
        throw new EmailError("provider_error", "resend: response without an email id");
      }
      return { id: data.id };
    },
  };
}

// Resend also answers 403 for some validation failures (e.g. testing-domain recipients): the name decides first.
const REJECTED_NAMES = new Set([
  "validation_error",
  "invalid_from_address",
  "invalid_parameter",
  "missing_required_field",
]);

function resendErrorCode(status: number | null, name: string): EmailErrorCode {
  if (status === null) return "unreachable"; // the SDK reports network failures with statusCode null
  if (REJECTED_NAMES.has(name)) return "rejected";
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 429) return "rate_limited";
  if (status === 400 || status === 422) return "rejected";
  return "provider_error";
}
