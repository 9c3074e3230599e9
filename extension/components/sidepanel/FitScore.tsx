import type { FitResult } from "@vanta/shared/fit";
import { WEIGHTS } from "@vanta/shared/match/factors";

// What the score is made of: each factor with its weight; the score is their weighted sum,
// rescaled so that 70+ is a role people judged worth applying to (shared/src/match/factors.ts).
const factorLabels: Record<keyof FitResult["factors"], string> = {
  semantic: "Resume text match",
  skills: "Skills",
  title: "Title",
  seniority: "Seniority",
  salary: "Salary",
  freshness: "Freshness",
};

export function scoreTone(score: number): "good" | "warn" | "bad" {
  return score >= 70 ? "good" : score >= 45 ? "warn" : "bad";
}

/** The 0–100 score, its factor bars, and the hard-filter warnings. */
export function FitScore({ fit }: { fit: FitResult }) {
  const failed = fit.filters.filter((f) => !f.passed);
  return (
    <section className="card stack" aria-label="Fit score">
      <div className="score-row">
        <div className={`score ${scoreTone(fit.score)}`} data-testid="fit-score">
          {fit.score}
        </div>
        <div>
          <h2>Fit score</h2>
          <p className="muted rationale">{fit.rationale}</p>
        </div>
      </div>
      {failed.length > 0 && (
        <ul className="warnings" aria-label="Hard-filter warnings">
          {failed.map((f) => (
            <li key={f.name} className="notice warn" data-testid="filter-warning">
              <strong>{f.name}</strong>: {f.reason}
            </li>
          ))}
        </ul>
      )}
      <p className="muted" data-testid="fit-score-method">
        Score = weighted sum of the factors below, rescaled so 70+ means a role worth applying to.
      </p>
      <ul className="factors">
        {(Object.keys(factorLabels) as (keyof FitResult["factors"])[]).map((k) => (
          <li key={k}>
            <span>
              {factorLabels[k]} <span className="muted">×{Math.round(WEIGHTS[k] * 100)}%</span>
            </span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${Math.round(fit.factors[k] * 100)}%` }} />
            </span>
            <span className="pct">{Math.round(fit.factors[k] * 100)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const statusLabel = { met: "Met", partial: "Partial", missing: "Missing" } as const;

/** "Why fit": each requirement with the resume/profile line that proves it. */
export function WhyFit({ fit }: { fit: FitResult }) {
  if (fit.requirements.length === 0) return null;
  return (
    <section className="card stack" aria-label="Why fit">
      <h2>Why fit</h2>
      <ul className="requirements">
        {fit.requirements.map((r, i) => (
          <li key={`${r.requirement}-${i}`} className={`req ${r.status}`}>
            <div className="spread">
              <span>{r.requirement}</span>
              <span className={`badge plain ${r.status === "met" ? "good" : r.status === "partial" ? "warn" : "bad"}`}>
                {statusLabel[r.status]}
              </span>
            </div>
            {r.evidence && <blockquote className="evidence">{r.evidence}</blockquote>}
            {r.kind === "preferred" && <span className="hint">preferred</span>}
          </li>
        ))}
      </ul>
      {fit.improvements.length > 0 && (
        <div>
          <h3>What would raise it</h3>
          <ul className="improvements">
            {fit.improvements.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
