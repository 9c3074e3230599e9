import { z } from "zod";

// Every URL a user or a page supplies is later shown as a link or fetched: only http(s) may pass, so
// javascript:, data:, file: and the like never reach an href or a fetch (issue 12, finding 9).

/** True for an absolute http:// or https:// URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

export const HttpUrl = z.string().trim().max(2_000).refine(isHttpUrl, "expected an http(s) URL");

/**
 * For fields people type ("linkedin.com/in/ana" in a resume): a URL with a scheme must be http(s);
 * one without a scheme is kept as written (it is only ever shown as text or prefixed with https://).
 */
export const LooseHttpUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((v) => !/^[a-z][a-z0-9+.-]*:/i.test(v) || /^https?:\/\//i.test(v), "only http(s) links are accepted");
