import { useEffect, useRef, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";

// "Tailor for this job": starts the server's prepare-application job (tailor → score → cover letter),
// shows each step as it runs, then the changes line by line. Nothing is applied until the user accepts
// it; "Save tailored version" stores exactly the accepted changes as a new resume version.

interface Step {
  name: string;
  status: string;
}
interface Change {
  id: string;
  kind: "reword" | "remove" | "add" | "reorder";
  path: string;
  before: string | null;
  after: string | null;
}
interface JobResult {
  changes: Change[];
  ats: { score: number; summary: string };
  tailored: { flags: { path: string; reason: string }[] };
}

const STEP_LABEL: Record<string, string> = {
  tailor: "Tailor resume",
  score: "ATS score",
  cover_letter: "Cover letter",
};
const KIND_LABEL: Record<Change["kind"], string> = {
  reword: "Reworded",
  remove: "Left out",
  add: "Added",
  reorder: "Reordered",
};

type State =
  | { kind: "idle" }
  | { kind: "running"; jobId: string; steps: Step[] }
  | { kind: "review"; jobId: string; result: JobResult }
  | { kind: "saved"; versionId: string; accepted: number }
  | { kind: "error"; message: string };

export function TailorSection({ postingId, applicationId }: { postingId: string; applicationId: string | null }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const [decisions, setDecisions] = useState<Record<string, boolean>>({});
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  async function start() {
    try {
      const versions = await api.resumes.list.query();
      const resume = versions.find((v) => v.isDefault && v.kind === "base") ?? versions.find((v) => v.kind === "base");
      if (!resume) {
        setState({ kind: "error", message: "Add your resume in Settings first." });
        return;
      }
      const { jobId } = await api.tailor.start.mutate({
        resumeVersionId: resume.id,
        postingId,
        ...(applicationId ? { applicationId } : {}),
      });
      setState({ kind: "running", jobId, steps: [] });
      setDecisions({});
      // the job runs on the server (scheduler); poll its row until it ends
      for (;;) {
        const job = await api.tailor.job.query({ jobId });
        if (!alive.current) return;
        if (job.status === "done") {
          setState({ kind: "review", jobId, result: job.result as unknown as JobResult });
          return;
        }
        if (job.status === "failed") {
          setState({ kind: "error", message: job.error ?? "Tailoring failed" });
          return;
        }
        setState({ kind: "running", jobId, steps: job.steps as unknown as Step[] });
        await new Promise((r) => setTimeout(r, 400));
      }
    } catch (e) {
      if (alive.current) setState({ kind: "error", message: errorMessage(e) });
    }
  }

  async function save(jobId: string) {
    const accepted = Object.entries(decisions)
      .filter(([, yes]) => yes)
      .map(([id]) => id);
    try {
      const out = await api.tailor.accept.mutate({ jobId, changeIds: accepted });
      setState({ kind: "saved", versionId: out.resumeVersionId, accepted: accepted.length });
    } catch (e) {
      setState({ kind: "error", message: errorMessage(e) });
    }
  }

  const decide = (id: string, yes: boolean) => setDecisions((d) => ({ ...d, [id]: yes }));

  return (
    <section className="card stack" aria-label="Tailor" data-testid="tailor">
      <div className="row">
        <h2>Tailor for this job</h2>
        {(state.kind === "idle" || state.kind === "error" || state.kind === "saved") && (
          <button type="button" className="primary" onClick={() => void start()} data-testid="tailor-start">
            {state.kind === "idle" ? "Tailor for this job" : "Tailor again"}
          </button>
        )}
      </div>
      {state.kind === "running" && (
        <ol className="tailor-steps" aria-live="polite" data-testid="tailor-progress">
          {(state.steps.length ? state.steps : [{ name: "tailor", status: "queued" }]).map((s) => (
            <li key={s.name} data-status={s.status}>
              {STEP_LABEL[s.name] ?? s.name}: {s.status}
            </li>
          ))}
        </ol>
      )}
      {state.kind === "review" && (
        <>
          <div className="hint" data-testid="tailor-ats">
            ATS score {state.result.ats.score}/100. {state.result.ats.summary}
          </div>
          {state.result.tailored.flags.length > 0 && (
            <div className="notice warn">
              {state.result.tailored.flags.length} invented detail(s) were removed by the fact checker.
            </div>
          )}
          {state.result.changes.length === 0 && <div className="hint">No changes: the resume already fits.</div>}
          <ul className="tailor-changes">
            {state.result.changes.map((c) => (
              <li
                key={c.id}
                data-testid="tailor-change"
                data-change-id={c.id}
                data-decision={String(decisions[c.id] ?? "")}
              >
                <div className="muted">
                  {KIND_LABEL[c.kind]} · {c.path}
                </div>
                {c.before !== null && <del>{c.before}</del>}
                {c.after !== null && <ins>{c.after}</ins>}
                <div className="row">
                  <button
                    type="button"
                    aria-pressed={decisions[c.id] === true}
                    onClick={() => decide(c.id, true)}
                    data-testid="tailor-accept"
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    aria-pressed={decisions[c.id] === false}
                    onClick={() => decide(c.id, false)}
                    data-testid="tailor-reject"
                  >
                    Reject
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={() => void save(state.jobId)} data-testid="tailor-save">
            Save tailored version
          </button>
        </>
      )}
      {state.kind === "saved" && (
        <div className="notice good" data-testid="tailor-saved">
          Saved a tailored version with {state.accepted} accepted change(s).
        </div>
      )}
      {state.kind === "error" && <div className="notice error">{state.message}</div>}
    </section>
  );
}
