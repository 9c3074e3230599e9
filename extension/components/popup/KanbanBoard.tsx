import {
  closestCorners,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { type Outcome, type Stage, stageLabels, stages } from "@vanta/shared/stages";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import { type Board, findCard, moveCard, toBoard } from "@/lib/board.ts";
import { KanbanColumn } from "./KanbanColumn.tsx";
import { OutcomePicker } from "./OutcomePicker.tsx";

/** The application board: search, six columns, drag/keyboard moves saved optimistically. */
export function KanbanBoard({ onOpen }: { onOpen(id: string): void }) {
  const [board, setBoard] = useState<Board | null>(null);
  const [search, setSearch] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pendingOutcome, setPendingOutcome] = useState<{ id: string; position?: number } | null>(null);
  const boardRef = useRef<Board | null>(null);
  boardRef.current = board;

  const load = useCallback(async (text: string) => {
    try {
      const out = await api.applications.list.query({ search: text });
      setBoard(toBoard(out.cards));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
      setBoard((b) => b ?? toBoard([]));
    }
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void load(search), search ? 200 : 0);
    return () => clearTimeout(timer);
  }, [search, load]);

  async function move(id: string, stage: Stage, position?: number, outcome?: Outcome) {
    const before = boardRef.current;
    if (!before) return;
    if (stage === "outcome" && !outcome) return setPendingOutcome({ id, position });
    const from = findCard(before, id);
    if (!from || (from.stage === stage && (position ?? 0) === from.index)) return;
    setBoard(moveCard(before, id, stage, position, outcome));
    setError(null);
    try {
      await api.applications.move.mutate({
        id,
        stage,
        ...(outcome ? { outcome } : {}),
        ...(position !== undefined ? { position } : {}),
      });
    } catch (e) {
      // Roll back to what the server still has, and say why.
      setBoard(before);
      setError(`Could not move “${from.card.role}” to ${stageLabels[stage]}: ${errorMessage(e)}`);
    }
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const current = boardRef.current;
    if (!over || !current) return;
    const id = String(active.id);
    const overId = String(over.id);
    if (overId.startsWith("col:")) {
      const stage = overId.slice(4) as Stage;
      return void move(id, stage, current[stage].filter((c) => c.id !== id).length);
    }
    const target = findCard(current, overId);
    if (target) void move(id, target.stage, target.index);
  }

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  return (
    <div className="stack">
      <div className="spread">
        <input
          type="search"
          className="search"
          placeholder="Search company or role"
          aria-label="Search applications"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="hint">Drag cards, or focus one and press Space, then arrows.</span>
      </div>
      {error && (
        <div className="notice error" role="alert" data-testid="board-error">
          {error}
        </div>
      )}
      {board === null ? (
        <div className="kboard">
          {stages.map((s) => (
            <div key={s} className="kcol">
              <div className="skeleton" style={{ height: 60 }} />
            </div>
          ))}
        </div>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd}>
          <div className="kboard">
            {stages.map((stage) => (
              <KanbanColumn
                key={stage}
                stage={stage}
                cards={board[stage]}
                onOpen={onOpen}
                onMove={(id, s) => void move(id, s)}
              />
            ))}
          </div>
        </DndContext>
      )}
      {pendingOutcome && (
        <OutcomePicker
          onPick={(outcome) => {
            const p = pendingOutcome;
            setPendingOutcome(null);
            void move(p.id, "outcome", p.position, outcome);
          }}
          onCancel={() => setPendingOutcome(null)}
        />
      )}
    </div>
  );
}
