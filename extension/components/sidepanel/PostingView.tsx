import type { CaptureOutput } from "@vanta/shared/api/postings";
import type { FitResult } from "@vanta/shared/fit";
import type { Posting } from "@vanta/shared/posting";
import { useEffect, useState } from "react";
import { browser } from "wxt/browser";
import { api, errorCode, errorMessage } from "@/lib/api.ts";
import { getFit } from "@/lib/captures.ts";
import type { TrackOutcome } from "@/lib/messages.ts";
import { send } from "@/lib/send.ts";
import { type TrackedInfo, toTrackedInfo, trackedLabel } from "@/lib/tracked.ts";
import { FitScore, WhyFit } from "./FitScore.tsx";
import { formatSalary } from "./format.ts";
import { TailorSection } from "./TailorSection.tsx";

type FitState =
  | { kind: "loading" }
  | { kind: "ready"; fit: FitResult; tracked: TrackedInfo | null; postingId: string; applicationId: string | null }
  | { kind: "offline"; message: string }
  | { kind: "error"; message: string; notPaired: boolean };

/** The posting on the current tab: fields, the server's fit, and the Track / Open actions. */
const toReady = (out: CaptureOutput): FitState => ({
  kind: "ready",
  fit: out.fit,
  tracked: toTrackedInfo(out.application),
  postingId: out.postingId,
  applicationId: out.application?.id ?? null,
});

export function PostingView({ posting, tabId }: { posting: Posting; tabId: number | null }) {
  const [state, setState] = useState<FitState>({ kind: "loading" });
  const [track, setTrack] = useState<{ busy: boolean; outcome: TrackOutcome | null; error: string | null }>({
    busy: false,
    outcome: null,
    error: null,
  });

  useEffect(() => {
    let alive = true;
    let fromCache = false;
    setState({ kind: "loading" });
    setTrack({ busy: false, outcome: null, error: null });
    const show = (out: CaptureOutput) => alive && setState(toReady(out));
    // The background scored the posting when the page was captured: show that at once, then refresh.
    if (tabId !== null)
      void getFit(tabId).then((cached) => {
        if (!cached || cached.url !== posting.url || cached.title !== posting.title) return;
        fromCache = true;
        setState((current) => (current.kind === "loading" ? toReady(cached.result as CaptureOutput) : current));
      });
    api.postings.capture
      .mutate({ posting })
      .then(show)
      .catch((e) => {
        if (!alive) return;
        const code = errorCode(e);
        if (code === "UNREACHABLE") {
          if (!fromCache) setState({ kind: "offline", message: errorMessage(e) });
        } else setState({ kind: "error", message: errorMessage(e), notPaired: code === "UNAUTHORIZED" });
      });
    return () => {
      alive = false;
    };
  }, [posting, tabId]);

  async function onTrack() {
    setTrack({ busy: true, outcome: null, error: null });
    const reply = await send({ type: "track", posting });
    setTrack(
      reply.ok
        ? { busy: false, outcome: reply.data, error: null }
        : { busy: false, outcome: null, error: reply.error.message },
    );
  }

  const tracked =
    track.outcome && track.outcome.status !== "queued"
      ? toTrackedInfo(track.outcome.application)
      : state.kind === "ready"
        ? state.tracked
        : null;
  const statedSalary = formatSalary(posting.salary);
  const estimate = state.kind === "ready" && !statedSalary ? state.fit.salary : null;

  return (
    <div className="stack">
      <section className="card stack" aria-label="Posting">
        <div>
          <h1 data-testid="posting-title">{posting.title}</h1>
          <div className="muted" data-testid="posting-company">
            {posting.company}
          </div>
        </div>
        <dl className="facts">
          <dt>Location</dt>
          <dd>{posting.locations.join(" · ") || "Not stated"}</dd>
          <dt>Work</dt>
          <dd className="cap">{posting.remote === "unknown" ? "Not stated" : posting.remote}</dd>
          {posting.employmentType && (
            <>
              <dt>Type</dt>
              <dd>{posting.employmentType}</dd>
            </>
          )}
          <dt>Salary</dt>
          <dd data-testid="salary">
            {statedSalary ??
              (estimate && formatSalary(estimate) ? (
                <>
                  {formatSalary(estimate)} <span className="badge plain warn">estimate</span>
                  {estimate.sampleSize ? (
                    <span className="hint"> from {estimate.sampleSize} similar postings</span>
                  ) : null}
                </>
              ) : (
                "Not stated"
              ))}
          </dd>
          {posting.postedAt && (
            <>
              <dt>Posted</dt>
              <dd>{posting.postedAt.slice(0, 10)}</dd>
            </>
          )}
          <dt>Source</dt>
          <dd className="cap">{posting.source}</dd>
        </dl>
        {posting.closed && <div className="notice warn">This posting says it no longer accepts applications.</div>}
        <div className="row">
          {tracked ? (
            <span className="badge good" data-testid="panel-tracked">
              {trackedLabel(tracked)}
            </span>
          ) : track.outcome?.status === "queued" ? (
            <span className="badge warn" data-testid="panel-tracked">
              Queued · will sync
            </span>
          ) : (
            <button type="button" className="primary" disabled={track.busy} onClick={() => void onTrack()}>
              {track.busy ? "Tracking…" : "Track"}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              // recorded only for a posting the server knows (analytics: apply_click)
              if (state.kind === "ready")
                void api.events.applyClick.mutate({ postingId: state.postingId, surface: "sidepanel" }).catch(() => {});
              void browser.tabs.create({ url: posting.url });
            }}
          >
            Open in board ↗
          </button>
        </div>
        {track.error && <div className="notice error">{track.error}</div>}
      </section>

      {state.kind === "loading" && <ScoreSkeleton />}
      {state.kind === "ready" && (
        <>
          <FitScore fit={state.fit} />
          <WhyFit fit={state.fit} />
          <TailorSection
            postingId={state.postingId}
            applicationId={
              (track.outcome?.status === "tracked" || track.outcome?.status === "already"
                ? track.outcome.application?.id
                : null) ?? state.applicationId
            }
          />
        </>
      )}
      {state.kind === "offline" && (
        <div className="notice warn" data-testid="offline">
          Server unreachable, so no fit score right now. Track still works: it is queued and synced when the server is
          back.
        </div>
      )}
      {state.kind === "error" && (
        <div className="notice error">
          {state.notPaired ? "Pair the extension in Settings to see your fit score." : state.message}
        </div>
      )}
    </div>
  );
}

function ScoreSkeleton() {
  return (
    <section className="card stack" aria-busy="true" data-testid="score-skeleton">
      <div className="row">
        <div className="skeleton" style={{ width: 56, height: 56, borderRadius: 28 }} />
        <div style={{ flex: 1 }}>
          <div className="skeleton" style={{ height: 14, width: "40%" }} />
          <div className="skeleton" style={{ height: 12, width: "80%", marginTop: 8 }} />
        </div>
      </div>
      {[1, 2, 3, 4].map((i) => (
        <div key={i} className="skeleton" style={{ height: 10 }} />
      ))}
    </section>
  );
}
