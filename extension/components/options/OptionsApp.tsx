import type { ProfileView } from "@vanta/shared/api/profile";
import { useEffect, useState } from "react";
import { Brand } from "@/components/Brand.tsx";
import { OptionsPages } from "@/components/follow/OptionsPages.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { useConnectionStatus } from "@/components/use-status.ts";
import { api, errorMessage } from "@/lib/api.ts";
import { call } from "@/lib/send.ts";
import { ConfirmServer } from "./ConfirmServer.tsx";
import { OnboardingWizard } from "./OnboardingWizard.tsx";
import { PrivacySection } from "./PrivacySection.tsx";
import { SessionsSection } from "./SessionsSection.tsx";

export function OptionsApp() {
  const { status, setStatus } = useConnectionStatus();
  const [profile, setProfile] = useState<ProfileView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [justFinished, setJustFinished] = useState(false);
  const connected = status?.state === "connected";

  useEffect(() => {
    if (!connected) return;
    api.profile.get
      .query()
      .then(setProfile)
      .catch((e) => setError(errorMessage(e)));
  }, [connected]);

  const onboarded = connected && profile?.onboardedAt;

  return (
    <main className="options">
      <header>
        <Brand />
        <div className="row">
          <StatusBadge status={status} />
          {connected && (
            <button
              type="button"
              className="small"
              onClick={async () => {
                setProfile(null);
                setStatus(await call({ type: "signOut" }));
              }}
            >
              Disconnect
            </button>
          )}
        </div>
      </header>
      <ConfirmServer onConnected={setStatus} />
      {connected && status.user && (
        <p className="muted connected-as">
          Signed in as <strong>{status.user.email}</strong> on {status.serverUrl}
        </p>
      )}
      {status?.state === "unreachable" && (
        <div className="notice error">
          Server unreachable at {status.serverUrl}. Start it with <code>npm start</code>.
        </div>
      )}
      {error && <div className="notice error">{error}</div>}
      {justFinished && (
        <div className="notice ok" data-testid="onboarding-done">
          You're set. Open any job posting: the Track button appears next to its title, and the side panel (Alt+Shift+V)
          shows your fit.
        </div>
      )}
      {status === null ? null : onboarded && profile ? (
        <>
          <OptionsPages profile={profile} onSaved={setProfile} />
          <SessionsSection />
          <PrivacySection
            email={status.state === "connected" ? (status.user?.email ?? null) : null}
            onDeleted={async () => setStatus(await call({ type: "signOut" }))}
          />
        </>
      ) : status.state !== "unreachable" ? (
        <OnboardingWizard
          status={status}
          profile={profile}
          onConnected={setStatus}
          onProfile={setProfile}
          onDone={(p) => {
            setProfile(p);
            setJustFinished(true);
          }}
        />
      ) : null}
    </main>
  );
}
