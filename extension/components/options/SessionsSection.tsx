import type { SessionView } from "@vanta/shared/auth";
import { useCallback, useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

/** Privacy: the browsers and devices signed in to this account; end one, or all the others. */
export function SessionsSection() {
  const [sessions, setSessions] = useState<SessionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.auth.sessions
      .query()
      .then(setSessions)
      .catch((e) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const act = (fn: () => Promise<unknown>) => () => {
    setError(null);
    fn()
      .then(load)
      .catch((e) => setError(errorMessage(e)));
  };

  return (
    <section className="card" data-testid="sessions">
      <h2>Privacy · Sessions</h2>
      <p className="muted">Browsers and devices signed in to your account.</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="sessions">
        {(sessions ?? []).map((s) => (
          <li key={s.id} data-testid="session">
            <span>
              <strong>{s.kind}</strong> {s.current && <em>(this browser)</em>} ·{" "}
              {s.userAgent?.slice(0, 60) ?? "unknown"} · last used {when(s.lastUsedAt)} · since {when(s.createdAt)}
            </span>
            {!s.current && (
              <button type="button" className="small" onClick={act(() => api.auth.revokeSession.mutate({ id: s.id }))}>
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
      {(sessions?.length ?? 0) > 1 && (
        <button type="button" onClick={act(() => api.auth.revokeAllSessions.mutate({ exceptCurrent: true }))}>
          Sign out everywhere else
        </button>
      )}
    </section>
  );
}
