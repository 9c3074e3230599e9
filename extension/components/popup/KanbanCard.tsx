import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ApplicationCard } from "@vanta/shared/api/applications";
import { type Stage, stageLabels } from "@vanta/shared/stages";
import { nextStage } from "@/lib/board.ts";
import { relativeTime } from "@/lib/relative-time.ts";

export function KanbanCard({
  card,
  onOpen,
  onMove,
}: {
  card: ApplicationCard;
  onOpen(id: string): void;
  onMove(id: string, stage: Stage): void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: card.id });
  const prev = nextStage(card.stage, -1);
  const next = nextStage(card.stage, 1);
  return (
    <li
      ref={setNodeRef}
      className={`kcard${isDragging ? " dragging" : ""}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="kanban-card"
      data-id={card.id}
      data-stage={card.stage}
      {...attributes}
      {...listeners}
      aria-label={`${card.role} at ${card.company}, ${stageLabels[card.stage]}. Space to pick up, arrows to move.`}
    >
      <button
        type="button"
        className="link role"
        onKeyDown={(e) => e.stopPropagation()}
        onClick={() => onOpen(card.id)}
      >
        {card.role}
      </button>
      <div className="company">{card.company}</div>
      <div className="spread meta">
        <span className="hint">
          {card.outcome ? <span className={`chip outcome ${card.outcome}`}>{card.outcome}</span> : null}{" "}
          {relativeTime(card.stageChangedAt)}
        </span>
        <span className="moves">
          {prev && (
            <button
              type="button"
              className="small ghost"
              onPointerDown={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
              aria-label={`Move to ${stageLabels[prev]}`}
              onClick={() => onMove(card.id, prev)}
            >
              ‹
            </button>
          )}
          {next && (
            <button
              type="button"
              className="small ghost"
              onPointerDown={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
              aria-label={`Move to ${stageLabels[next]}`}
              onClick={() => onMove(card.id, next)}
            >
              ›
            </button>
          )}
        </span>
      </div>
    </li>
  );
}
