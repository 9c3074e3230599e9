import { defaultSources, defaultSourcesFor } from "@vanta/server/ingest/default-sources";
import { providers } from "@vanta/server/ingest/providers/index";
import { describe, expect, it } from "vitest";

describe("default sources", () => {
  it("name known providers, with a board wherever the provider needs one", () => {
    for (const s of defaultSources) {
      const p = providers[s.provider];
      expect(p, s.provider).toBeDefined();
      if (p.needsBoard) expect(s.board, s.provider).toMatch(/^[a-z0-9-]+$/);
      expect(p.configError({})).toBeNull();
    }
  });

  it("add the keyed feeds only when their credentials are set", () => {
    expect(defaultSourcesFor({}).map((s) => s.provider)).not.toContain("usajobs");
    const keyed = defaultSourcesFor({ USAJOBS_API_KEY: "k", USAJOBS_USER_AGENT: "a@b.c", ADZUNA_APP_ID: "i" });
    expect(keyed.map((s) => s.provider)).toContain("usajobs");
    expect(keyed.map((s) => s.provider)).not.toContain("adzuna");
  });
});
