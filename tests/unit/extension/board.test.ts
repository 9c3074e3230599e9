import type { ApplicationCard } from "@vanta/shared/api/applications";
import { describe, expect, test } from "vitest";
import { counts, findCard, moveCard, nextStage, toBoard } from "../../../extension/lib/board.ts";

let n = 0;
function card(stage: ApplicationCard["stage"], position: number, role = `Role ${++n}`): ApplicationCard {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
  return {
    id,
    postingId: null,
    company: "Acme",
    role,
    url: null,
    stage,
    outcome: null,
    position,
    appliedAt: null,
    stageChangedAt: "2026-11-01T00:00:00.000Z",
    createdAt: "2026-11-01T00:00:00.000Z",
    updatedAt: "2026-11-01T00:00:00.000Z",
  };
}

describe("Kanban board state", () => {
  const a = card("prospect", 1, "A");
  const b = card("prospect", 0, "B");
  const c = card("applied", 0, "C");
  const board = toBoard([a, b, c]);

  test("groups by stage and orders by position", () => {
    expect(board.prospect.map((x) => x.role)).toEqual(["B", "A"]);
    expect(board.applied.map((x) => x.role)).toEqual(["C"]);
    expect(counts(board)).toMatchObject({ prospect: 2, applied: 1, screen: 0, outcome: 0 });
  });

  test("moves across columns at a position and renumbers both columns", () => {
    const next = moveCard(board, a.id, "applied", 1);
    expect(next.prospect.map((x) => x.role)).toEqual(["B"]);
    expect(next.applied.map((x) => [x.role, x.position, x.stage])).toEqual([
      ["C", 0, "applied"],
      ["A", 1, "applied"],
    ]);
    expect(next.applied[1]!.stageChangedAt).not.toBe(a.stageChangedAt);
  });

  test("leaves the original board untouched, so a failed save can roll back to it", () => {
    moveCard(board, a.id, "screen");
    expect(findCard(board, a.id)?.stage).toBe("prospect");
    expect(board.screen).toEqual([]);
  });

  test("reorders within a column and clamps positions", () => {
    const next = moveCard(board, b.id, "prospect", 99);
    expect(next.prospect.map((x) => x.role)).toEqual(["A", "B"]);
  });

  test("sets the outcome only in the Outcome column", () => {
    const won = moveCard(board, c.id, "outcome", 0, "won");
    expect(won.outcome[0]).toMatchObject({ stage: "outcome", outcome: "won" });
    const back = moveCard(won, c.id, "offer");
    expect(back.offer[0]?.outcome).toBeNull();
  });

  test("an unknown id changes nothing", () => {
    expect(moveCard(board, "nope", "applied")).toBe(board);
  });

  test("nextStage walks the column order and stops at the ends", () => {
    expect(nextStage("prospect", 1)).toBe("applied");
    expect(nextStage("prospect", -1)).toBeNull();
    expect(nextStage("outcome", 1)).toBeNull();
  });
});
