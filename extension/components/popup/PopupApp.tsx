import { useState } from "react";
import { browser } from "wxt/browser";
import { Brand } from "@/components/Brand.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { useOpenSidePanel } from "@/components/use-open-panel.ts";
import { useConnectionStatus } from "@/components/use-status.ts";
import { CardDetail } from "./CardDetail.tsx";
import { KanbanBoard } from "./KanbanBoard.tsx";

export function PopupApp() {
  const { status } = useConnectionStatus();
  const [openId, setOpenId] = useState<string | null>(null);

  const openPanel = useOpenSidePanel();

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
