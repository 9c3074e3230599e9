import { type Outcome, outcomes } from "@vanta/shared/stages";

const labels: Record<Outcome, string> = {
  won: "Won (offer accepted)",
  lost: "Lost / rejected",
  withdrawn: "Withdrawn",
};

/** Moving to Outcome needs to know which one. */
export function OutcomePicker({ onPick, onCancel }: { onPick(o: Outcome): void; onCancel(): void }) {
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Choose an outcome">
      <div className="card stack dialog">
        <h2>How did it end?</h2>
        {outcomes.map((o) => (
          <button key={o} type="button" onClick={() => onPick(o)}>
            {labels[o]}
          </button>
        ))}
        <button type="button" className="ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
