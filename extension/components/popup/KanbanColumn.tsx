import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { ApplicationCard } from "@vanta/shared/api/applications";
import { type Stage, stageLabels } from "@vanta/shared/stages";
import { KanbanCard } from "./KanbanCard.tsx";

export const columnId = (stage: Stage) => `col:${stage}`;

export function KanbanColumn({
  stage,
  cards,
  onOpen,
  onMove,
}: {
  stage: Stage;
  cards: ApplicationCard[];
  onOpen(id: string): void;
  onMove(id: string, stage: Stage): void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(stage) });
  return (
    <section className={`kcol${isOver ? " over" : ""}`} data-testid={`column-${stage}`} aria-label={stageLabels[stage]}>
      <h3 className="spread">
        <span>{stageLabels[stage]}</span>
        <span className="count" data-testid={`count-${stage}`}>
          {cards.length}
        </span>
      </h3>
      <SortableContext id={columnId(stage)} items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="kcards">
          {cards.map((card) => (
            <KanbanCard key={card.id} card={card} onOpen={onOpen} onMove={onMove} />
          ))}
          {cards.length === 0 && <li className="kempty">Drop here</li>}
        </ul>
      </SortableContext>
    </section>
  );
}
