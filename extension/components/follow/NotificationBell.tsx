import type { DigestItem, Notification } from "@vanta/shared/api/notifications";
import { useCallback, useEffect, useState } from "react";
import { browser } from "wxt/browser";
import { api, errorMessage } from "@/lib/api.ts";
import "./follow.css";
import type { DeadTrack } from "@/lib/queue.ts";
import { relativeTime } from "@/lib/relative-time.ts";
import { call } from "@/lib/send.ts";
import { useUnreadCount } from "./use-unread.ts";

/** The bell: unread count, and on click the notification center (mark read, mark all read). */
export function NotificationBell({ enabled }: { enabled: boolean }) {
  const { unread, refresh } = useUnreadCount(enabled);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Notification[] | null>(null);
  // tracks that couldn't sync: refused for good by the server, or set aside from a full queue
  const [problems, setProblems] = useState<DeadTrack[]>([]);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setItems((await api.notifications.list.query({ limit: 30 })).items);
      setProblems((await call({ type: "queue.problems" })).dead);
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [refresh]);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);

  async function markRead(n: Notification) {
    if (n.read) return;
    await api.notifications.markRead.mutate({ id: n.id });
    await load();
  }

  async function activate(n: Notification) {
    try {
      await markRead(n);
      if (n.kind === "digest") setExpanded(expanded === n.id ? null : n.id);
      else if (n.kind === "task") await browser.tabs.create({ url: browser.runtime.getURL("/options.html#tasks") });
      else if (n.kind === "outreach" && typeof n.data.applicationId === "string")
        await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#app=${n.data.applicationId}`) });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function dismiss() {
    try {
      setProblems((await call({ type: "queue.dismiss" })).dead);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function markAll() {
    try {
      await api.notifications.markAllRead.mutate();
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  if (!enabled) return null;
  return (
    <div className="bell-wrap">
      <button
        type="button"
        className="bell"
        data-testid="notification-bell"
        aria-label={`Notifications${unread ? `, ${unread} unread` : ""}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <svg
          width="14"
          height="14"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread ? (
          <span className="count" data-testid="unread-count">
            {unread}
          </span>
        ) : null}
      </button>
      {open && (
        <div className="notif-panel stack" data-testid="notification-center" role="dialog" aria-label="Notifications">
          <div className="spread">
            <h2>Notifications</h2>
            <button type="button" className="small" disabled={!unread} onClick={() => void markAll()}>
              Mark all read
            </button>
          </div>
          {error && <div className="notice error">{error}</div>}
          {problems.length > 0 && (
            <div className="notice error" data-testid="sync-problems">
              <div className="spread">
                <span>Couldn't sync {problems.length} tracked job(s):</span>
                <button type="button" className="small ghost" onClick={() => void dismiss()}>
                  Dismiss
                </button>
              </div>
              <ul>
                {problems.map((p) => (
                  <li key={p.clientRequestId} data-testid="sync-problem" data-code={p.code}>
                    {p.posting.title} at {p.posting.company}: {p.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {items === null ? (
            <div className="skeleton" style={{ height: 60 }} />
          ) : items.length === 0 ? (
            <div className="hint">Nothing yet. The daily digest, due tasks and sent messages show up here.</div>
          ) : (
            <ul className="notif-list">
              {items.map((n) => (
                <li key={n.id} data-read={n.read} data-kind={n.kind} data-testid="notification">
                  <button type="button" className="ghost" onClick={() => void activate(n)}>
                    <strong>{n.title}</strong>
                  </button>
                  {n.body && <div className="hint">{n.body}</div>}
                  <div className="spread hint">
                    <span>
                      {n.kind} · {relativeTime(n.createdAt)}
                    </span>
                    {!n.read && (
                      <button type="button" className="small ghost" onClick={() => void markRead(n)}>
                        Mark read
                      </button>
                    )}
                  </div>
                  {expanded === n.id && <DigestPostings items={digestItems(n)} />}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function digestItems(n: Notification): DigestItem[] {
  const raw = n.data.items;
  return Array.isArray(raw) ? (raw as DigestItem[]) : [];
}

/** The postings a digest listed, each opening its page. */
function DigestPostings({ items }: { items: DigestItem[] }) {
  if (items.length === 0) return <div className="hint">This digest lists no postings.</div>;
  return (
    <ol className="digest-items" data-testid="digest-postings">
      {items.map((p) => (
        <li key={p.postingId}>
          <a
            href={p.url}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              if (e.isTrusted)
                void api.events.applyClick.mutate({ postingId: p.postingId, surface: "digest" }).catch(() => {});
            }}
          >
            {p.title}
          </a>{" "}
          <span className="hint">
            {p.company} · {p.score}
          </span>
        </li>
      ))}
    </ol>
  );
}
