import type { ProfileView } from "@vanta/shared/api/profile";
import { useState } from "react";
import { api } from "@/lib/api.ts";
import { SaveForm, useSave } from "./use-save.tsx";

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

function zones(current: string): string[] {
  const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  return [...new Set([current, browserZone(), "UTC", ...all])];
}

/** When the daily digest arrives, in the user's own time zone. */
export function DigestSection({
  profile,
  submitLabel,
  onSaved,
}: {
  profile: ProfileView;
  submitLabel: string;
  onSaved(p: ProfileView): void;
}) {
  const [time, setTime] = useState(profile.digestTime || "08:00");
  // A profile still on the server default gets the browser's zone proposed.
  const [zone, setZone] = useState(profile.onboardedAt ? profile.timezone : browserZone());
  const { busy, error, saved, run } = useSave();

  const submit = () => run(async () => onSaved(await api.profile.update.mutate({ digestTime: time, timezone: zone })));

  return (
    <SaveForm onSubmit={submit} busy={busy} error={error} saved={saved} submitLabel={submitLabel}>
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
      <div className="hint">
        Every day at this time: the best new postings since the last digest, by email and in the side panel.
      </div>
    </SaveForm>
  );
}
