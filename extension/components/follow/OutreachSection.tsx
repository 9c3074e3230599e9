import type { Contact, OutreachMessage, OutreachTone } from "@vanta/shared/api/outreach";
import { useCallback, useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import "./follow.css";

/**
 * Contacts of one application and the messages to them. A draft is editable; only an approved message
 * can be sent (the server refuses anything else); an edit after approval takes it back to draft.
 */
export function OutreachSection({ applicationId }: { applicationId: string }) {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [messages, setMessages] = useState<OutreachMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ name: "", role: "", email: "", linkedinUrl: "" });
  const [tone, setTone] = useState<OutreachTone>("warm");

  const load = useCallback(async () => {
    try {
      const [c, m] = await Promise.all([
        api.contacts.list.query({ applicationId }),
        api.outreach.list.query({ applicationId }),
      ]);
      setContacts(c);
      setMessages(m);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [applicationId]);
  useEffect(() => void load(), [load]);

  async function act(fn: () => Promise<unknown>, done?: string) {
    try {
      setError(null);
      setInfo(null);
      await fn();
      if (done) setInfo(done);
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const addContact = () =>
    act(async () => {
      await api.contacts.add.mutate({
        applicationId,
        name: form.name,
        ...(form.role.trim() && { role: form.role.trim() }),
        ...(form.email.trim() && { email: form.email.trim() }),
        ...(form.linkedinUrl.trim() && { linkedinUrl: form.linkedinUrl.trim() }),
      });
      setForm({ name: "", role: "", email: "", linkedinUrl: "" });
      setAdding(false);
    });

  return (
    <section className="card stack" data-testid="outreach-section">
      <div className="spread">
        <h2>Contacts and outreach</h2>
        <button type="button" className="small" onClick={() => setAdding(!adding)}>
          Add contact
        </button>
      </div>
      {error && <div className="notice error">{error}</div>}
      {info && <div className="notice ok">{info}</div>}
      {adding && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void addContact();
          }}
        >
          <input
            aria-label="Contact name"
            placeholder="Name"
            required
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
          <input
            aria-label="Contact role"
            placeholder="Role (Hiring manager, Recruiter…)"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value })}
          />
          <input
            aria-label="Contact email"
            type="email"
            placeholder="Email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
          <input
            aria-label="Contact LinkedIn URL"
            placeholder="https://www.linkedin.com/in/…"
            value={form.linkedinUrl}
            onChange={(e) => setForm({ ...form, linkedinUrl: e.target.value })}
          />
          <button type="submit" className="primary small">
            Save contact
          </button>
        </form>
      )}
      {contacts.length === 0 && !adding && (
        <div className="hint">No contacts yet. Add the recruiter or hiring manager.</div>
      )}
      {contacts.map((c) => (
        <div key={c.id} className="note" data-testid="contact">
          <div className="spread">
            <span>
              <strong>{c.name}</strong> {c.role && <span className="hint">· {c.role}</span>}
            </span>
            <span className="row">
              <select
                aria-label={`Tone for ${c.name}`}
                value={tone}
                onChange={(e) => setTone(e.target.value as OutreachTone)}
              >
                <option value="warm">warm</option>
                <option value="formal">formal</option>
                <option value="brief">brief</option>
              </select>
              <button
                type="button"
                className="small"
                onClick={() =>
                  void act(
                    () => api.outreach.draft.mutate({ contactId: c.id, tone }),
                    "Draft ready: read and edit it, then approve.",
                  )
                }
              >
                Draft outreach
              </button>
            </span>
          </div>
          <div className="hint">{[c.email, c.linkedinUrl].filter(Boolean).join(" · ")}</div>
          {messages
            .filter((m) => m.contactId === c.id)
            .map((m) => (
              <MessageEditor key={`${m.id}:${m.status}:${m.body.length}`} message={m} act={act} />
            ))}
        </div>
      ))}
    </section>
  );
}

function MessageEditor({
  message: m,
  act,
}: {
  message: OutreachMessage;
  act(fn: () => Promise<unknown>, done?: string): Promise<void>;
}) {
  const [subject, setSubject] = useState(m.subject ?? "");
  const [body, setBody] = useState(m.body);
  const edited = body !== m.body || subject !== (m.subject ?? "");
  const sent = m.status === "sent" || m.status === "replied";

  const copyForLinkedIn = () =>
    act(async () => {
      await navigator.clipboard.writeText(m.body);
      await api.outreach.send.mutate({ id: m.id, channel: "linkedin" });
    }, "Copied. Paste it in LinkedIn; it is recorded as sent.");

  return (
    <div className="stack" data-testid="outreach-message" data-status={m.status}>
      <div className="row hint">
        <span className="badge">{m.status}</span>
        {m.tone && <span>{m.tone}</span>}
        {m.sentAt && (
          <span>
            sent {new Date(m.sentAt).toLocaleString()} ({m.channel})
          </span>
        )}
      </div>
      {sent ? (
        <p className="muted">{m.body}</p>
      ) : (
        <>
          {subject !== "" || m.subject !== null ? (
            <input aria-label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
          ) : null}
          <textarea
            aria-label="Message"
            className="outreach-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="row">
            {edited && (
              <button
                type="button"
                className="small"
                onClick={() =>
                  void act(
                    () =>
                      api.outreach.update.mutate({
                        id: m.id,
                        body,
                        ...(subject.trim() && { subject: subject.trim() }),
                      }),
                    "Saved as a draft: approve it again before sending.",
                  )
                }
              >
                Save edit
              </button>
            )}
            {m.status === "draft" && !edited && (
              <button
                type="button"
                className="small primary"
                onClick={() => void act(() => api.outreach.approve.mutate({ id: m.id }), "Approved.")}
              >
                Approve
              </button>
            )}
            {m.status === "approved" && !edited && (
              <>
                <button
                  type="button"
                  className="small primary"
                  disabled={!m.recipientEmail}
                  title={m.recipientEmail ? undefined : "this contact has no email"}
                  onClick={() =>
                    void act(() => api.outreach.send.mutate({ id: m.id, channel: "email" }), "Sent by email.")
                  }
                >
                  Send by email
                </button>
                <button type="button" className="small" onClick={() => void copyForLinkedIn()}>
                  Copy for LinkedIn
                </button>
              </>
            )}
          </div>
        </>
      )}
    </div>
  );
}
