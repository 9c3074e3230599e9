import type { ApplicationDetail, Note } from "@vanta/shared/api/applications";
import { stageLabels } from "@vanta/shared/stages";
import { useCallback, useEffect, useState } from "react";
import { browser } from "wxt/browser";
import { OutreachSection } from "@/components/follow/OutreachSection.tsx";
import { useOpenSidePanel } from "@/components/use-open-panel.ts";
import { api, errorMessage } from "@/lib/api.ts";
import { fileToBase64 } from "@/lib/lists.ts";
import { relativeTime } from "@/lib/relative-time.ts";
import { stageLabel } from "@/lib/tracked.ts";

/** One application: company, role, link, timeline, notes (add/edit), attachments. */
export function CardDetail({ id, onBack }: { id: string; onBack(): void }) {
  const [detail, setDetail] = useState<ApplicationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState("");

  const load = useCallback(async () => {
    try {
      setDetail(await api.applications.get.query({ id }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => void load(), [load]);

  async function attach(file: File) {
    try {
      await api.applications.addAttachment.mutate({
        applicationId: id,
        filename: file.name,
        mimeType: file.type || "application/octet-stream",
        contentBase64: await fileToBase64(file),
      });
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function addNote() {
    try {
      await api.applications.addNote.mutate({ applicationId: id, body: draft });
      setDraft("");
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const openSidePanel = useOpenSidePanel(setError);
  function openPanel() {
    openSidePanel();
    const url = detail?.card.url ?? detail?.posting?.url;
    if (url) void browser.tabs.create({ url });
  }

  if (!detail)
    return (
      <div className="stack">
        <button type="button" className="ghost" onClick={onBack}>
          ← Board
        </button>
        {error ? <div className="notice error">{error}</div> : <div className="skeleton" style={{ height: 120 }} />}
      </div>
    );

  const { card, events, notes, attachments, posting } = detail;
  const url = card.url ?? posting?.url ?? null;
  return (
    <div className="detail stack" data-testid="card-detail">
      <div className="spread">
        <button type="button" className="ghost" onClick={onBack}>
          ← Board
        </button>
        <button type="button" onClick={openPanel}>
          Open side panel
        </button>
      </div>
      <section className="card stack">
        <div>
          <h1>{card.role}</h1>
          <div className="muted">{card.company}</div>
        </div>
        <div className="row">
          <span className="badge">{stageLabel(card.stage, card.outcome)}</span>
          <span className="hint">since {relativeTime(card.stageChangedAt)}</span>
          {url && (
            <a
              href={url}
              target="_blank"
              rel="noreferrer"
              onClick={(e) => {
                // the user's own click opens the apply link: recorded as apply_click (never a page event)
                if (e.isTrusted && posting)
                  void api.events.applyClick.mutate({ postingId: posting.id, surface: "card" }).catch(() => {});
              }}
            >
              Open posting ↗
            </a>
          )}
        </div>
        {posting && (
          <div className="hint">
            {posting.locations.join(" · ")} {posting.closed && "· closed"}
          </div>
        )}
      </section>
      {error && <div className="notice error">{error}</div>}
      <div className="detail-grid">
        <section className="card stack">
          <h2>Timeline</h2>
          <ol className="timeline">
            {events.map((e) => (
              <li key={e.id}>
                <span>
                  {e.fromStage && e.toStage
                    ? `${stageLabels[e.fromStage]} → ${stageLabels[e.toStage]}`
                    : e.toStage
                      ? `Added to ${stageLabels[e.toStage]}`
                      : e.type.replaceAll("_", " ")}
                </span>
                <span className="hint">{relativeTime(e.occurredAt)}</span>
              </li>
            ))}
            {events.length === 0 && <li className="hint">No events yet.</li>}
          </ol>
        </section>
        <section className="card stack">
          <h2>Notes</h2>
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} onSaved={load} onError={setError} />
          ))}
          <textarea
            aria-label="New note"
            rows={3}
            placeholder="Add a note: who you talked to, what's next…"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="button" className="primary" disabled={!draft.trim()} onClick={() => void addNote()}>
            Add note
          </button>
          <div className="spread">
            <h2>Attachments</h2>
            <label className="button small">
              Attach file
              <input
                type="file"
                hidden
                aria-label="Attach file"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void attach(file);
                  e.target.value = "";
                }}
              />
            </label>
          </div>
          {attachments.length === 0 ? (
            <div className="hint">No attachments.</div>
          ) : (
            <ul className="attachments">
              {attachments.map((a) => (
                <li key={a.id}>
                  {a.filename} <span className="hint">{Math.ceil(a.sizeBytes / 1024)} kB</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <OutreachSection applicationId={id} />
    </div>
  );
}

function NoteItem({ note, onSaved, onError }: { note: Note; onSaved(): Promise<void>; onError(m: string): void }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  async function save() {
    try {
      await api.applications.updateNote.mutate({ noteId: note.id, body });
      setEditing(false);
      await onSaved();
    } catch (e) {
      onError(errorMessage(e));
    }
  }
  return editing ? (
    <div className="stack">
      <textarea aria-label="Edit note" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      <div className="row">
        <button type="button" className="primary small" onClick={() => void save()}>
          Save
        </button>
        <button type="button" className="small ghost" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </div>
  ) : (
    <div className="note">
      <p>{note.body}</p>
      <div className="spread hint">
        <span>{relativeTime(note.updatedAt)}</span>
        <button type="button" className="small ghost" onClick={() => setEditing(true)}>
          Edit
        </button>
      </div>
    </div>
  );
}
