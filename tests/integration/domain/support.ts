import { randomUUID } from "node:crypto";
import type { Database } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { createInnerContext } from "@vanta/server/context";
import { memoryLogger } from "@vanta/server/log";
import { memoryFileStore } from "@vanta/server/ports/files/memory";
import { applicantRouter } from "@vanta/server/routers/applicant";
import { applicationsRouter, auditRouter } from "@vanta/server/routers/applications";
import { feedRouter } from "@vanta/server/routers/feed";
import { postingsRouter } from "@vanta/server/routers/postings";
import { profileRouter } from "@vanta/server/routers/profile";
import { searchesRouter } from "@vanta/server/routers/searches";
import { keyringFrom } from "@vanta/server/services/crypto/envelope";
import { type AppServices, createCallerFactory, router } from "@vanta/server/trpc";
import type { Posting } from "@vanta/shared/posting";

// The domain routers mounted as the root router mounts them, called in-process with a
// context per user (what createCaller gives every server test).

export const domainRouter = router({
  postings: postingsRouter,
  applications: applicationsRouter,
  audit: auditRouter,
  profile: profileRouter,
  searches: searchesRouter,
  feed: feedRouter,
  applicant: applicantRouter,
});

const factory = createCallerFactory(domainRouter);
// a random master key per test process: sealed answers round-trip like in the runtime
const testKeys = keyringFrom(crypto.getRandomValues(new Uint8Array(32)));
export type DomainCaller = ReturnType<typeof factory>;

export async function makeUser(db: Database, label = "u") {
  const email = `${label}-${randomUUID()}@example.test`;
  const { user } = await ensureUserByEmail(db, email);
  const files = memoryFileStore();
  const requestId = `req-${randomUUID()}`;
  // The domain procedures use only the file store and the clock of the app services.
  const services = { files, keys: await testKeys, now: () => new Date() } as Partial<AppServices> as AppServices;
  const caller = factory(
    createInnerContext({ db, user: { id: user.id, email: user.email }, requestId, log: memoryLogger(), services }),
  );
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
