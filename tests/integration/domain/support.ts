import { randomUUID } from "node:crypto";
import type { Database } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import type { Posting } from "@vanta/shared/posting";
import { memoryLogger } from "../../../server/src/log.ts";
import { memoryFileStore } from "../../../server/src/ports/files/memory.ts";
import { applicationsRouter, auditRouter } from "../../../server/src/routers/applications.ts";
import { feedRouter } from "../../../server/src/routers/feed.ts";
import { postingsRouter } from "../../../server/src/routers/postings.ts";
import { profileRouter } from "../../../server/src/routers/profile.ts";
import { searchesRouter } from "../../../server/src/routers/searches.ts";
import { createCallerFactory, router } from "../../../server/src/trpc.ts";

// The domain routers mounted as the root router mounts them, called in-process with a
// context per user (what createCaller gives every server test).

export const domainRouter = router({
  postings: postingsRouter,
  applications: applicationsRouter,
  audit: auditRouter,
  profile: profileRouter,
  searches: searchesRouter,
  feed: feedRouter,
});

const factory = createCallerFactory(domainRouter);
export type DomainCaller = ReturnType<typeof factory>;

export async function makeUser(db: Database, label = "u") {
  const email = `${label}-${randomUUID()}@example.test`;
  const { user } = await ensureUserByEmail(db, email);
  const files = memoryFileStore();
  const requestId = `req-${randomUUID()}`;
  const caller = factory({
    db,
    user: { id: user.id, email: user.email },
    sessionId: null,
    requestId,
    log: memoryLogger(),
    services: { files },
  });
  return { user, caller, files, requestId };
}

let seq = 0;
/** A posting as the extension would send it; every call is a distinct job unless overridden. */
export function posting(over: Partial<Posting> = {}): Posting {
  seq++;
  return {
    title: `Senior Backend Engineer ${seq}`,
    company: `Acme ${seq}`,
    locations: ["Berlin, DE"],
    remote: "hybrid",
    employmentType: "full_time",
    salary: { min: 80000, max: 100000, currency: "EUR", period: "year" },
    description:
      "We build payment APIs in TypeScript and PostgreSQL.\nRequirements:\n- 5+ years of experience with Node.js\n- Strong PostgreSQL skills\nNice to have: Kubernetes",
    postedAt: "2026-11-20",
    closed: false,
    source: "greenhouse",
    sourceId: `job-${seq}-${randomUUID().slice(0, 8)}`,
    url: `https://boards.greenhouse.io/acme/jobs/${seq}${randomUUID().slice(0, 6)}`,
    ...over,
  };
}

/** The TRPCError code of a rejected call (fails the test when the call succeeds). */
export async function errorOf(p: Promise<unknown>): Promise<{ code: string; message: string; cause?: unknown }> {
  try {
    await p;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error("expected the call to fail");
}
