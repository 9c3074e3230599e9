import { Agent, tool } from "@openai/agents";
import { z } from "zod";

// The Coach (seed §3.5, tool `suggest_tasks`): the rules decide WHICH tasks exist and WHEN they are due;
// the agent only writes a short, specific reason for each, from the facts the tool returns. It may not
// add tasks, dates or people; coach/reasons.ts drops any reason that names a date or person not in the facts.

export const CoachFacts = z.object({
  key: z.string().describe("The task's key; copy it unchanged"),
  title: z.string(),
  rule: z.enum(["follow_up", "prep", "decide", "apply_or_archive"]),
  company: z.string(),
  role: z.string(),
  stage: z.string(),
  /** facts from the application's history, oldest first, e.g. "applied on 2026-11-12" */
  history: z.array(z.string()),
  /** the posting's title and its top requirement terms, when the application has a posting */
  postingSkills: z.array(z.string()),
  daysSilent: z.number().int(),
  nextEventDay: z.string().nullable(),
});
export type CoachFacts = z.infer<typeof CoachFacts>;

export const CoachOutput = z.object({
  tasks: z
    .array(
      z.object({
        key: z.string().describe("The key of a task returned by suggest_tasks, unchanged"),
        reason: z
          .string()
          .max(240)
          .describe("One short, specific sentence: why this task now, using only the facts given for it"),
      }),
    )
    .describe("One entry per task returned by suggest_tasks"),
});
export type CoachOutput = z.infer<typeof CoachOutput>;

export const COACH_INSTRUCTIONS =
  "You are a job-search coach. Call suggest_tasks to get today's tasks with the facts about each application. " +
  "For every task write one short, specific reason (max 25 words) using only those facts: the company, role, " +
  "stage, days of silence, dates and skills given. Never invent dates, people, names or events.";

/** Agents are data: the tool closes over the facts the rules computed for this user and day. */
export function coachAgent(facts: CoachFacts[]) {
  const suggestTasks = tool({
    name: "suggest_tasks",
    description: "Today's coach tasks for the user, each with the facts from its application and posting.",
    parameters: z.object({}),
    execute: async () => ({ tasks: facts }),
  });
  return new Agent({ name: "coach", instructions: COACH_INSTRUCTIONS, tools: [suggestTasks], outputType: CoachOutput });
}
