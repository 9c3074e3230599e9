import type { ApplicationCard } from "@vanta/shared/api/applications";
import type { Outcome, Stage } from "@vanta/shared/stages";
import { stages } from "@vanta/shared/stages";

// Pure Kanban state changes, so optimistic moves and their rollback are unit tested.
export type Board = Record<Stage, ApplicationCard[]>;

export function toBoard(cards: ApplicationCard[]): Board {
  const board = Object.fromEntries(stages.map((s) => [s, [] as ApplicationCard[]])) as Board;
  for (const card of [...cards].sort((a, b) => a.position - b.position)) board[card.stage].push(card);
  return board;
}

export function findCard(board: Board, id: string): { stage: Stage; index: number; card: ApplicationCard } | null {
  for (const stage of stages) {
    const index = board[stage].findIndex((c) => c.id === id);
    if (index >= 0) return { stage, index, card: board[stage][index]! };
  }
  return null;
}

/** Moves a card to `stage` at `position` (clamped; default top). Returns a new board; the input is untouched. */
export function moveCard(board: Board, id: string, stage: Stage, position?: number, outcome?: Outcome | null): Board {
  const from = findCard(board, id);
  if (!from) return board;
  const next = { ...board, [from.stage]: board[from.stage].filter((c) => c.id !== id) } as Board;
  const target = [...next[stage]];
  const at = Math.max(0, Math.min(position ?? 0, target.length));
  const moved: ApplicationCard = {
    ...from.card,
    stage,
    outcome: stage === "outcome" ? (outcome ?? from.card.outcome) : null,
    stageChangedAt: from.stage === stage ? from.card.stageChangedAt : new Date().toISOString(),
  };
  target.splice(at, 0, moved);
  next[stage] = target.map((c, i) => ({ ...c, position: i }));
  return next;
}

export function counts(board: Board): Record<Stage, number> {
  return Object.fromEntries(stages.map((s) => [s, board[s].length])) as Record<Stage, number>;
}

export function nextStage(stage: Stage, delta: 1 | -1): Stage | null {
  const i = stages.indexOf(stage) + delta;
  return i >= 0 && i < stages.length ? stages[i]! : null;
}
