import type { Database } from "@vanta/db";
import { listUnfinishedAgentJobs } from "@vanta/db/queries/tailoring";
import type { Logger } from "../../log.ts";
import type { SchedulerPort } from "../../ports/scheduler/types.ts";
import { PREPARE_APPLICATION_PATH } from "./start.ts";

/** At start: jobs a stopped server left queued or running are delivered again (their state is in the db). */
export async function resumeUnfinishedJobs(db: Database, scheduler: SchedulerPort, log: Logger): Promise<number> {
  const jobs = await listUnfinishedAgentJobs(db);
  for (const j of jobs)
    await scheduler.publish({ destinationPath: PREPARE_APPLICATION_PATH, body: { jobId: j.id, userId: j.userId } });
  if (jobs.length > 0) log.info("tailor jobs resumed", { count: jobs.length });
  return jobs.length;
}
