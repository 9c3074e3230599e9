import type { SourceSpec } from "./provider.ts";

// Boards of well-known companies on public ATS APIs (tokens from the stapply-ai/ats-scrapers
// company lists), plus the open remote-job feeds. USAJOBS and Adzuna need keys, so they are
// added only when configured.
export const defaultSources: SourceSpec[] = [
  { provider: "greenhouse", board: "anthropic", company: "Anthropic" },
  { provider: "greenhouse", board: "stripe", company: "Stripe" },
  { provider: "greenhouse", board: "airbnb", company: "Airbnb" },
  { provider: "greenhouse", board: "databricks", company: "Databricks" },
  { provider: "greenhouse", board: "figma", company: "Figma" },
  { provider: "greenhouse", board: "gitlab", company: "GitLab" },
  { provider: "lever", board: "palantir", company: "Palantir" },
  { provider: "lever", board: "spotify", company: "Spotify" },
  { provider: "lever", board: "zoox", company: "Zoox" },
  { provider: "lever", board: "plaid", company: "Plaid" },
  { provider: "ashby", board: "openai", company: "OpenAI" },
  { provider: "ashby", board: "notion", company: "Notion" },
  { provider: "ashby", board: "ramp", company: "Ramp" },
  { provider: "ashby", board: "superhuman", company: "Superhuman" },
  { provider: "remotive" },
  { provider: "arbeitnow", maxPages: 3 },
  { provider: "remoteok" },
];

/** The defaults plus the keyed feeds whose credentials are present. */
export function defaultSourcesFor(env: Record<string, string | undefined>): SourceSpec[] {
  const out = [...defaultSources];
  if (env.USAJOBS_API_KEY && env.USAJOBS_USER_AGENT) out.push({ provider: "usajobs", query: "software", maxPages: 2 });
  if (env.ADZUNA_APP_ID && env.ADZUNA_APP_KEY)
    out.push({ provider: "adzuna", country: "us", query: "software engineer", maxPages: 2 });
  return out;
}
