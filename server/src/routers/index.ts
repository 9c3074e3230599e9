import { router } from "../trpc.ts";
import { accountRouter } from "./account.ts";
import { analyticsRouter } from "./analytics.ts";
import { applicantRouter } from "./applicant.ts";
import { applicationsRouter, auditRouter } from "./applications.ts";
import { authRouter } from "./auth.ts";
import { digestSettingsRouter, eventsRouter } from "./digest-settings.ts";
import { feedRouter } from "./feed.ts";
import { notificationsRouter } from "./notifications.ts";
import { contactsRouter, outreachRouter } from "./outreach.ts";
import { postingsRouter } from "./postings.ts";
import { profileRouter } from "./profile.ts";
import { resumesRouter } from "./resumes.ts";
import { searchesRouter } from "./searches.ts";
import { tailorRouter } from "./tailor.ts";
import { tasksRouter } from "./tasks.ts";

// The root router: one line per domain. Every procedure added here also gets a row in
// tests/integration/security/procedures.ts (the security + bad-input table; a test enforces it).
export const appRouter = router({
  auth: authRouter,
  postings: postingsRouter,
  applications: applicationsRouter,
  audit: auditRouter,
  profile: profileRouter,
  resumes: resumesRouter,
  applicant: applicantRouter,
  searches: searchesRouter,
  feed: feedRouter,
  notifications: notificationsRouter,
  tasks: tasksRouter,
  contacts: contactsRouter,
  outreach: outreachRouter,
  analytics: analyticsRouter,
  account: accountRouter,
  tailor: tailorRouter,
  digestSettings: digestSettingsRouter,
  events: eventsRouter,
});

export type AppRouter = typeof appRouter;
