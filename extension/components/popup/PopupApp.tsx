import { useState } from "react";
import { browser } from "wxt/browser";
import { Brand } from "@/components/Brand.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { useConnectionStatus } from "@/components/use-status.ts";
import { CardDetail } from "./CardDetail.tsx";
import { KanbanBoard } from "./KanbanBoard.tsx";

export function PopupApp() {
  const { status } = useConnectionStatus();
  const [openId, setOpenId] = useState<string | null>(null);

  function openPanel() {
    // Straight from the click: Chrome only opens the panel inside a user gesture.
    browser.windows
      .getCurrent()
      .then((w) => (w.id !== undefined ? browser.sidePanel?.open({ windowId: w.id }) : undefined))
      .catch(() => {});
    const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    void firefox?.open();
  }

  return (
    <div className="popup">
      <header>
        <Brand />
        <div className="row">
          {status && status.queued > 0 && <span className="badge warn">{status.queued} queued</span>}
          <StatusBadge status={status} />
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
            {status &&
              (openId ? <CardDetail id={openId} onBack={() => setOpenId(null)} /> : <KanbanBoard onOpen={setOpenId} />)}
          </>
        )}
      </main>
    </div>
  );
}
