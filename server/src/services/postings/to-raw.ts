import { boardIdentity } from "@vanta/shared/dedup/board-identity";
import type { RawPosting } from "@vanta/shared/normalize/raw";
import type { Posting } from "@vanta/shared/posting";

/**
 * A captured Posting as a raw posting, so it takes the same normalization as a feed item. Its
 * identity comes from the URL's own host (`boardIdentity`), never from the `source`/`sourceId`
 * the page claimed: a crafted page cannot pose as a Greenhouse job. An empty description (the page
 * was still loading) is normalized from the title and stored empty, to be filled by a later capture.
 */
export function capturedRaw(p: Posting): RawPosting {
  const id = boardIdentity(p.url);
  return {
    source: id?.source ?? "web",
    sourceId: id?.sourceId ?? null,
    title: p.title,
    company: p.company,
    url: p.url,
    locations: p.locations,
    remoteHint: p.remote === "unknown" ? null : p.remote,
    employmentType: p.employmentType,
    salary: p.salary,
    descriptionText: p.description || p.title,
    postedAt: p.postedAt,
    closed: p.closed,
  };
}
