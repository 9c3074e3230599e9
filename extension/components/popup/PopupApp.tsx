import { useCallback, useEffect, useState } from "react";
import { browser } from "wxt/browser";
import { Brand } from "@/components/Brand.tsx";
import { NotificationBell } from "@/components/follow/NotificationBell.tsx";
import { TaskInbox } from "@/components/follow/TaskInbox.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { useOpenSidePanel } from "@/components/use-open-panel.ts";
import { useConnectionStatus } from "@/components/use-status.ts";
import { api } from "@/lib/api.ts";
import { CardDetail } from "./CardDetail.tsx";
import { KanbanBoard } from "./KanbanBoard.tsx";

export function PopupApp() {
  const { status } = useConnectionStatus();
  // popup.html#app=<id> (opened as a tab from the options page's task inbox) shows that application
  const [openId, setOpenId] = useState<string | null>(() => /^#app=([0-9a-f-]{36})$/.exec(location.hash)?.[1] ?? null);
  const [tab, setTab] = useState<"board" | "tasks">("board");
  const [dueCount, setDueCount] = useState<number | null>(null);
  const connected = status?.state === "connected";
  useEffect(() => {
    if (connected)
      api.tasks.list
        .query({})
        .then((t) => setDueCount(t.dueCount))
        .catch(() => setDueCount(null));
  }, [connected]);
  const openApplication = useCallback((id: string) => {
    setTab("board");
    setOpenId(id);
  }, []);

  const openPanel = useOpenSidePanel();

  return (
    <div className="popup">
      <header>
        <Brand />
        <div className="row">
          {status && status.queued > 0 && <span className="badge warn">{status.queued} queued</span>}
          <StatusBadge status={status} />
          <NotificationBell enabled={connected} />
          <button type="button" onClick={openPanel}>
            Side panel
          </button>
          <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </div>
      </header>
      <main>
        {status?.state === "not_paired" ? (
          <div className="notice info">Open Settings and pair the extension with your Vanta server.</div>
        ) : (
          <>
            {status?.state === "unreachable" && (
              <div className="notice error">
                Server unreachable at {status.serverUrl}.{" "}
                {status.queued > 0 && `${status.queued} tracked job(s) will sync when it is back.`}
              </div>
            )}
            {status && !openId && (
              <div className="tabs" role="tablist">
                <button type="button" role="tab" aria-selected={tab === "board"} onClick={() => setTab("board")}>
                  Board
                </button>
                <button type="button" role="tab" aria-selected={tab === "tasks"} onClick={() => setTab("tasks")}>
                  Tasks{dueCount ? <span className="badge">{dueCount}</span> : null}
                </button>
              </div>
            )}
            {status &&
              (openId ? (
                <CardDetail id={openId} onBack={() => setOpenId(null)} />
              ) : tab === "tasks" ? (
                <TaskInbox compact onOpenApplication={openApplication} onCount={setDueCount} />
              ) : (
                <KanbanBoard onOpen={setOpenId} />
              ))}
          </>
        )}
      </main>
    </div>
  );
}
