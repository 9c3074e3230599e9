import { registerOfflineSkill } from "../../ports/model/offline/skills.ts";
import type { CoachFacts, CoachOutput } from "./agent.ts";

// What the offline model writes for the coach: a reason assembled from the task's own facts only.

export function offlineReason(f: CoachFacts): string {
  const skills = f.postingSkills.slice(0, 3).join(", ");
  switch (f.rule) {
    case "follow_up":
      return `No reply from ${f.company} in ${f.daysSilent} days since your last activity on the ${f.role} application; a short check-in keeps it moving.`;
    case "prep":
      return `Your ${f.stage} with ${f.company} is on ${f.nextEventDay}${skills ? `; review ${skills}, which the posting asks for` : ""}.`;
    case "decide":
      return `${f.company} made an offer for ${f.role}; compare it with your other applications and answer.`;
    case "apply_or_archive":
      return `${f.role} at ${f.company} has sat in Prospect for ${f.daysSilent} days${skills ? ` (asks for ${skills})` : ""}: apply or archive it.`;
  }
}

registerOfflineSkill("coach", {
  toolCalls: (_ctx, tools) =>
    tools.some((t) => t.name === "suggest_tasks") ? [{ name: "suggest_tasks", arguments: {} }] : [],
  finalOutput(ctx): CoachOutput {
    const result = ctx.toolResults.find((r) => r.name === "suggest_tasks")?.output as { tasks?: CoachFacts[] } | null;
    return { tasks: (result?.tasks ?? []).map((f) => ({ key: f.key, reason: offlineReason(f) })) };
  },
});
