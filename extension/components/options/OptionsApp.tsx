import { Brand } from "@/components/Brand.tsx";
import { ConnectForm } from "@/components/ConnectForm.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { useConnectionStatus } from "@/components/use-status.ts";
import { call } from "@/lib/send.ts";

export function OptionsApp() {
  const { status, setStatus } = useConnectionStatus();
  return (
    <main className="options">
      <header>
        <Brand />
        <StatusBadge status={status} />
      </header>
      <section className="card stack">
        <h2>Connect to your Vanta server</h2>
        {status?.state === "connected" ? (
          <div className="spread">
            <span>
              Signed in as <strong>{status.user?.email}</strong> on {status.serverUrl}
            </span>
            <button type="button" onClick={async () => setStatus(await call({ type: "signOut" }))}>
              Disconnect
            </button>
          </div>
        ) : (
          <ConnectForm onConnected={setStatus} />
        )}
      </section>
    </main>
  );
}
