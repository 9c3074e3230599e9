import type { DigestSettingsView } from "@vanta/shared/api/digest-settings";
import type { ProfileView } from "@vanta/shared/api/profile";
import { useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import "./follow.css";

function zones(current: string): string[] {
  const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return [...new Set([current, browserZone, "UTC", ...all])];
}

const inZone = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: "full", timeStyle: "short" }).format(new Date(iso));

/** Digest settings: time + zone (the next three runs shown), email on/off (resubscribe), snooze until a day. */
export function DigestSettingsCard({ onProfile }: { onProfile(p: ProfileView): void }) {
  const [s, setS] = useState<DigestSettingsView | null>(null);
  const [time, setTime] = useState("08:00");
  const [zone, setZone] = useState("UTC");
  const [day, setDay] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  function show(v: DigestSettingsView) {
    setS(v);
    setTime(v.digestTime);
    setZone(v.timezone);
  }
  useEffect(() => {
    api.digestSettings.get
      .query()
      .then(show)
      .catch((e) => setError(errorMessage(e)));
  }, []);

  async function update(input: Parameters<typeof api.digestSettings.update.mutate>[0], what: string) {
    try {
      setError(null);
      show(await api.digestSettings.update.mutate(input));
      setSaved(what);
      if (input.digestTime || input.timezone) onProfile(await api.profile.get.query());
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  if (!s)
    return error ? <div className="notice error">{error}</div> : <div className="skeleton" style={{ height: 80 }} />;
  return (
    <div className="stack" data-testid="digest-settings">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void update({ digestTime: time, timezone: zone }, "Schedule saved");
        }}
      >
        <div className="grid2">
          <div className="field">
            <label htmlFor="digest-time">Digest time</label>
            <input id="digest-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="digest-zone">Time zone</label>
            <select id="digest-zone" value={zone} onChange={(e) => setZone(e.target.value)}>
              {zones(zone).map((z) => (
                <option key={z}>{z}</option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button type="submit" className="primary">
            Save schedule
          </button>
        </div>
      </form>
      <div>
        <div className="hint">Next digests:</div>
        <ol data-testid="next-runs">
          {s.nextRuns.map((r) => (
            <li key={r}>{inZone(r, s.timezone)}</li>
          ))}
        </ol>
      </div>
      <div className="row">
        {s.emailOn ? (
          <>
            <span data-testid="digest-email-state">Digest emails are on.</span>
            <button type="button" className="small" onClick={() => void update({ emailOn: false }, "Emails off")}>
              Stop emails
            </button>
          </>
        ) : (
          <>
            <span data-testid="digest-email-state">You unsubscribed from digest emails (still shown in-app).</span>
            <button
              type="button"
              className="small primary"
              onClick={() => void update({ emailOn: true }, "Resubscribed")}
            >
              Resubscribe
            </button>
          </>
        )}
      </div>
      <div className="row">
        {s.snoozedUntil ? (
          <>
            <span data-testid="digest-snooze-state">Snoozed until {inZone(s.snoozedUntil, s.timezone)}.</span>
            <button type="button" className="small" onClick={() => void update({ snoozeUntil: null }, "Snooze ended")}>
              End snooze
            </button>
          </>
        ) : (
          <>
            <label htmlFor="digest-snooze">Snooze until</label>
            <input id="digest-snooze" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            <button
              type="button"
              className="small"
              disabled={!day}
              onClick={() => void update({ snoozeUntil: day }, "Snoozed")}
            >
              Snooze
            </button>
          </>
        )}
      </div>
      {error && <div className="notice error">{error}</div>}
      {saved && !error && <div className="hint">{saved}.</div>}
    </div>
  );
}
