import { type Stage, stageLabels } from "@vanta/shared/stages";
import { relativeTime } from "./relative-time.ts";

// The bits of an application the Track button and side panel show. statusForUrl and track
// answer with an application row; read it defensively so a missing field never breaks a page.
export interface TrackedInfo {
  id: string;
  stage: string;
  outcome: string | null;
  when: string | null;
}

export function toTrackedInfo(value: unknown): TrackedInfo | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if ("application" in v) return toTrackedInfo(v.application);
  // statusForUrl answers { applicationId, … }; track and capture answer { id, … }.
  const id = typeof v.id === "string" ? v.id : typeof v.applicationId === "string" ? v.applicationId : null;
  if (!id || typeof v.stage !== "string") return null;
  const when = [v.stageChangedAt, v.updatedAt, v.createdAt].find((x) => typeof x === "string") as string | undefined;
  return { id, stage: v.stage, outcome: typeof v.outcome === "string" ? v.outcome : null, when: when ?? null };
}

export function stageLabel(stage: string, outcome?: string | null): string {
  const label = stageLabels[stage as Stage] ?? stage;
  return stage === "outcome" && outcome ? `${label}: ${outcome}` : label;
}

/** "Tracked · Applied · 3 days ago" */
export function trackedLabel(info: TrackedInfo, now: Date = new Date()): string {
  return ["Tracked", stageLabel(info.stage, info.outcome), relativeTime(info.when, now)].filter(Boolean).join(" · ");
}
