import { useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import { base64ToBytes, downloadFile } from "@/lib/resume-edit.ts";

/** Privacy: take all of your data out (one zip), or delete the account and everything in it. */
export function PrivacySection({ email, onDeleted }: { email: string | null; onDeleted(): void }) {
  const [busy, setBusy] = useState<"export" | "delete" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [confirm, setConfirm] = useState("");

  const exportAll = async () => {
    setBusy("export");
    setError(null);
    try {
      const out = await api.account.export.mutate();
      downloadFile(out.filename, "application/zip", base64ToBytes(out.contentBase64));
      const rows = Object.values(out.tables).reduce((s, n) => s + n, 0);
      setExported(`${out.filename}: ${rows} rows, ${out.files} files`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const deleteAll = async () => {
    setBusy("delete");
    setError(null);
    try {
      await api.account.delete.mutate({ confirmEmail: confirm });
      onDeleted();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card" data-testid="privacy">
      <h2>Privacy · Your data</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p className="muted">
        Everything Vanta keeps about you — profile, resumes and their files, applicant answers, searches, applications
        with their history, notes and attachments, tasks, outreach, notifications, model runs — as one zip.
      </p>
      <button type="button" onClick={exportAll} disabled={busy !== null}>
        {busy === "export" ? "Preparing…" : "Export my data"}
      </button>
      {exported && <p data-testid="export-done">Downloaded {exported}</p>}
      <h3>Delete my account</h3>
      <p className="muted">
        Deletes every row and file of yours and signs out every browser. This cannot be undone. Type{" "}
        <strong>{email ?? "your account email"}</strong> to confirm.
      </p>
      <label>
        Account email
        <input type="email" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" />
      </label>
      <button
        type="button"
        className="danger"
        onClick={deleteAll}
        disabled={busy !== null || !email || confirm.trim().toLowerCase() !== email.toLowerCase()}
      >
        {busy === "delete" ? "Deleting…" : "Delete my account"}
      </button>
    </section>
  );
}
