import type { RawPosting } from "@vanta/shared/normalize/raw";
import type { z } from "zod";
import type { HttpClient } from "./http.ts";

export const providerNames = [
  "greenhouse",
  "lever",
  "ashby",
  "remotive",
  "arbeitnow",
  "remoteok",
  "usajobs",
  "adzuna",
] as const;
export type ProviderName = (typeof providerNames)[number];

/** One thing to ingest: a company board (greenhouse/lever/ashby) or a feed query. */
export interface SourceSpec {
  provider: ProviderName;
  /** board token / company site / org (ATS providers) */
  board?: string;
  /** company display name for boards whose API does not state it (Lever, Ashby) */
  company?: string;
  /** search keywords (remotive, usajobs, adzuna) */
  query?: string;
  /** location filter (usajobs, adzuna) */
  location?: string;
  /** Adzuna country code ("gb", "us", …) */
  country?: string;
  /** stop after this many pages */
  maxPages?: number;
  /** overrides the provider's API base URL (tests point this at a local server) */
  baseUrl?: string;
  /** an already fetched response body (offline ingestion from a saved file): no request is made */
  payload?: unknown;
}

export type Env = Record<string, string | undefined>;

export interface FetchContext {
  http: HttpClient;
  baseUrl: string;
  env: Env;
  maxPages: number;
  /** Lever/Adzuna page size */
  pageSize: number;
}

export type Page = { kind: "payload"; url: string; payload: unknown } | { kind: "not_modified"; url: string };

export interface Provider<Item = unknown> {
  name: ProviderName;
  defaultBaseUrl: string;
  /** whether a `board` is required */
  needsBoard: boolean;
  /** a message naming the missing settings, or null when the provider can run */
  configError(env: Env): string | null;
  pages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page>;
  /** the job items of one response; throws IngestError("invalid_response") for a wrong envelope */
  items(payload: unknown): unknown[];
  item: z.ZodType<Item>;
  map(item: Item, source: SourceSpec): RawPosting;
}

/** Lets a provider module declare its item type and still sit in one registry array. */
export const defineProvider = <Item>(p: Provider<Item>): Provider<unknown> => p as unknown as Provider<unknown>;

/** "acme-corp" → "Acme Corp": a readable company name when only the board token is known. */
export function companyFromBoard(source: SourceSpec): string {
  if (source.company) return source.company;
  let token = source.board ?? "";
  try {
    token = decodeURIComponent(token);
  } catch {
    // a stray "%" in a token: keep it as written
  }
  token = token.replace(/[-_]+/g, " ").trim();
  // Capitalize words only at a word start: "1840&company" → "1840&Company", "acme" → "Acme".
  return token.replace(/(^|[\s&])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase()) || source.provider;
}
