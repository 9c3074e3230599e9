import type { OfflineContext } from "./request-context.ts";

/**
 * Domain logic the offline model runs for one agent (keyed by agent name), e.g. the fit rationale
 * built from scoring factors. Without a skill the model falls back to the schema-driven filler.
 */
export interface OfflineSkill {
  /** Tool calls for this turn; return [] to answer directly. Default: one call per fillable tool, once. */
  toolCalls?(
    ctx: OfflineContext,
    tools: { name: string; parameters: unknown }[],
  ): { name: string; arguments: unknown }[];
  /** The final output: a value valid for the agent's output schema, or text for text agents. */
  finalOutput(ctx: OfflineContext): unknown;
}

const skills = new Map<string, OfflineSkill>();

export function registerOfflineSkill(agentName: string, skill: OfflineSkill | OfflineSkill["finalOutput"]): void {
  skills.set(agentName, typeof skill === "function" ? { finalOutput: skill } : skill);
}

export function unregisterOfflineSkill(agentName: string): void {
  skills.delete(agentName);
}

export function offlineSkill(agentName: string | undefined): OfflineSkill | undefined {
  return agentName === undefined ? undefined : skills.get(agentName);
}
