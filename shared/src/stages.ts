import { z } from "zod";

// Kanban columns (PRODUCT.md): Prospect → Applied → Screen → Interview → Offer → Outcome.
export const stages = ["prospect", "applied", "screen", "interview", "offer", "outcome"] as const;
export const Stage = z.enum(stages);
export type Stage = z.infer<typeof Stage>;

export const outcomes = ["won", "lost", "withdrawn"] as const;
export const Outcome = z.enum(outcomes);
export type Outcome = z.infer<typeof Outcome>;

export const stageLabels: Record<Stage, string> = {
  prospect: "Prospect",
  applied: "Applied",
  screen: "Screen",
  interview: "Interview",
  offer: "Offer",
  outcome: "Outcome",
};
