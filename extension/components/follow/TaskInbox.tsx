import type { Task } from "@vanta/shared/api/tasks";
import { useCallback, useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import "./follow.css";
import { relativeTime } from "@/lib/relative-time.ts";

const PRIORITY = ["", "High", "Normal", "Low"] as const;

const tomorrowMorning = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  return d;
};

const dayInput = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** Open tasks (the coach's and the user's): due date, priority, snooze, complete, open the application. */
export function TaskInbox({
  compact = false,
  onOpenApplication,
  onCount,
}: {
  compact?: boolean;
  onOpenApplication(applicationId: string): void;
  onCount?(dueCount: number): void;
}) {
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [dueCount, setDueCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [snoozing, setSnoozing] = useState<string | null>(null);
  const [snoozeDay, setSnoozeDay] = useState(dayInput(tomorrowMorning()));

  const load = useCallback(async () => {
    try {
      const out = await api.tasks.list.query({});
      setTasks(out.items.filter((t) => t.status === "open"));
      setDueCount(out.dueCount);
      onCount?.(out.dueCount);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [onCount]);
  useEffect(() => void load(), [load]);

  async function act(fn: () => Promise<unknown>) {
    try {
      setError(null);
      await fn();
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const snooze = (t: Task) =>
    act(async () => {
      const [y, m, d] = snoozeDay.split("-").map(Number);
      const until = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, 9, 0, 0, 0);
      await api.tasks.snooze.mutate({ id: t.id, until: until.toISOString() });
      setSnoozing(null);
    });

  const now = Date.now();
  return (
    <div className="stack" data-testid="task-inbox">
      <div className="spread">
        <h2>
          Tasks{" "}
          <span className="badge" data-testid="task-due-count">
            {dueCount} due
          </span>
        </h2>
        <button type="button" className="small" onClick={() => void act(() => api.tasks.runCoach.mutate())}>
          Run coach now
        </button>
      </div>
      {error && <div className="notice error">{error}</div>}
      {tasks === null ? (
        <div className="skeleton" style={{ height: 80 }} />
      ) : tasks.length === 0 ? (
        <div className="hint" data-testid="tasks-empty">
          No open tasks. The coach adds follow-ups, interview prep and decisions from your board every day.
        </div>
      ) : (
        <ul className="task-list">
          {tasks.map((t) => {
            const due = t.dueAt !== null && Date.parse(t.dueAt) <= now + 86_400_000;
            return (
              <li key={t.id} data-testid="task" data-due={due}>
                <div className="spread">
                  <strong>{t.title}</strong>
                  <span className="prio">{PRIORITY[t.priority] ?? `P${t.priority}`}</span>
                </div>
                {t.detail && !compact && <div className="muted">{t.detail}</div>}
                <div className="row hint">
                  {t.dueAt && (
                    <span className="task-due" title={new Date(t.dueAt).toLocaleString()}>
                      due {relativeTime(t.dueAt)} ({new Date(t.dueAt).toLocaleDateString()})
                    </span>
                  )}
                  <span>{t.source === "coach" ? "from the coach" : "yours"}</span>
                </div>
                <div className="row">
                  <button
                    type="button"
                    className="small primary"
                    onClick={() => void act(() => api.tasks.complete.mutate({ id: t.id }))}
                  >
                    Complete
                  </button>
                  {snoozing === t.id ? (
                    <>
                      <input
                        type="date"
                        aria-label="Snooze until"
                        value={snoozeDay}
                        min={dayInput(tomorrowMorning())}
                        onChange={(e) => setSnoozeDay(e.target.value)}
                      />
                      <button type="button" className="small" onClick={() => void snooze(t)}>
                        Snooze
                      </button>
                    </>
                  ) : (
                    <button type="button" className="small" onClick={() => setSnoozing(t.id)}>
                      Snooze…
                    </button>
                  )}
                  {t.applicationId && (
                    <button
                      type="button"
                      className="small ghost"
                      onClick={() => t.applicationId && onOpenApplication(t.applicationId)}
                    >
                      Open application
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
