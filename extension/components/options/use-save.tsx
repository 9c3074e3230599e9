import { type ReactNode, useState } from "react";
import { errorMessage } from "@/lib/api.ts";

/** Busy/error/saved state around one async save, shared by every profile section. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  async function run<T>(fn: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const out = await fn();
      setSaved(true);
      return out;
    } catch (e) {
      setError(errorMessage(e));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, saved, run };
}

export function SaveStatus({ error, saved }: { error: string | null; saved: boolean }) {
  if (error)
    return (
      <div className="notice error" role="alert">
        {error}
      </div>
    );
  return saved ? <span className="hint saved">Saved</span> : null;
}

/** A profile section's form: submit runs `onSubmit`, then the save button and its status. */
export function SaveForm({
  onSubmit,
  busy,
  error,
  saved,
  submitLabel,
  children,
}: {
  onSubmit(): Promise<unknown>;
  busy: boolean;
  error: string | null;
  saved: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
        <SaveStatus error={error} saved={saved} />
      </div>
    </form>
  );
}
