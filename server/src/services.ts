import type { HttpOptions } from "./ingest/http.ts";
import type { Env } from "./ingest/provider.ts";
import type { EmailPort } from "./ports/email/types.ts";
import type { FileStore } from "./ports/files/types.ts";
import type { ModelPort } from "./ports/model/types.ts";
import type { SchedulerPort } from "./ports/scheduler/types.ts";
import type { RateLimiter } from "./services/auth/rate-limit.ts";
import type { Keyring } from "./services/crypto/envelope.ts";
import type { SourceCache } from "./services/daily-search/source-cache.ts";
import type { BaseUrls } from "./services/daily-search/sources.ts";

/**
 * Everything a procedure or HTTP handler reaches through `ctx.services`, fixed once at start by the
 * runtime (server/src/runtime.ts builds it; tests build partial ones). One explicit list: a new service
 * is added here, with its type, not merged in from the module that uses it.
 */
export interface AppServices {
  /** PUBLIC_URL without trailing slash: links in mails and pairing output point here */
  publicUrl: string;
  email: EmailPort;
  scheduler: SchedulerPort;
  model: ModelPort;
  limits: { failedAuth: RateLimiter; magicLinkIp: RateLimiter; magicLinkEmail: RateLimiter };
  /** master keys for encryption at rest (sensitive applicant answers, integration tokens) */
  keys: Keyring;
  now(): Date;
  /** uploaded files; every runtime injects one (Node: $VANTA_HOME/files via runtime.ts) */
  files: FileStore;
  /** HMAC key of the digest links (VANTA_SECRET, or the one generated under VANTA_HOME) */
  digestSecret: string;
  /** what the daily search fetches with: provider credentials, base URL overrides (tests), HTTP tuning */
  dailySearch: { env: Env; baseUrls?: BaseUrls; http?: Partial<HttpOptions>; sourceCache?: SourceCache };
}
