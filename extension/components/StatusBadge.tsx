import type { ConnectionStatus } from "@/lib/messages.ts";

const labels = { connected: "Connected", not_paired: "Not paired", unreachable: "Server unreachable" } as const;
const tones = { connected: "good", not_paired: "warn", unreachable: "bad" } as const;

export function StatusBadge({ status }: { status: ConnectionStatus | null }) {
  if (!status) return <span className="badge plain muted">Checking…</span>;
  return (
    <span className={`badge ${tones[status.state]}`} data-testid="connection-status" data-state={status.state}>
      {labels[status.state]}
    </span>
  );
}
