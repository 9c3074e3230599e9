import { browser } from "wxt/browser";
import { Brand } from "@/components/Brand.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { useConnectionStatus } from "@/components/use-status.ts";

export function PopupApp() {
  const { status } = useConnectionStatus();
  return (
    <div className="popup">
      <header>
        <Brand />
        <div className="row">
          <StatusBadge status={status} />
          <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </div>
      </header>
      <main>
        {status?.state === "not_paired" && (
          <div className="notice info">Open Settings and pair the extension with your Vanta server.</div>
        )}
        {status?.state === "unreachable" && (
          <div className="notice error">
            Server unreachable at {status.serverUrl}. {status.queued > 0 && `${status.queued} tracked job(s) queued.`}
          </div>
        )}
      </main>
    </div>
  );
}
