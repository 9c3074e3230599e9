import { type TrackedInfo, trackedLabel } from "../tracked.ts";

export type ButtonState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "tracked"; info: TrackedInfo | null }
  | { kind: "queued" }
  | { kind: "error"; message: string };

export interface TrackButton {
  set(state: ButtonState): void;
  /** the side panel could not be opened from the page: point to the keyboard shortcut */
  hintShortcut(): void;
}

/** Builds the Track + Fit buttons inside the shadow root container (plain DOM: no React on every page). */
export function buildTrackButton(
  container: HTMLElement,
  opts: { floating: boolean; onTrack(): void; onOpenPanel(): void },
): TrackButton {
  const wrap = document.createElement("div");
  wrap.className = opts.floating ? "vanta floating" : "vanta";
  const track = document.createElement("button");
  track.type = "button";
  track.setAttribute("data-testid", "vanta-track");
  const panel = document.createElement("button");
  panel.type = "button";
  panel.className = "secondary";
  panel.textContent = "Fit";
  panel.title = "Open the Vanta side panel";
  panel.setAttribute("data-testid", "vanta-open-panel");
  wrap.append(track, panel);
  container.append(wrap);

  let current: ButtonState = { kind: "idle" };
  // Page script can dispatch clicks on anything it can reach; only the user's own clicks count.
  track.addEventListener("click", (event) => {
    if (event.isTrusted && (current.kind === "idle" || current.kind === "error")) opts.onTrack();
  });
  panel.addEventListener("click", (event) => {
    if (event.isTrusted) opts.onOpenPanel();
  });

  function set(state: ButtonState) {
    current = state;
    track.setAttribute("data-state", state.kind);
    track.title = state.kind === "error" ? state.message : "";
    const text =
      state.kind === "idle"
        ? "Track with Vanta"
        : state.kind === "busy"
          ? "Tracking…"
          : state.kind === "tracked"
            ? state.info
              ? trackedLabel(state.info)
              : "Tracked"
            : state.kind === "queued"
              ? "Queued · will sync"
              : `Retry · ${state.message}`;
    const mark = document.createElement("span");
    mark.className = "mark";
    mark.textContent = "V";
    track.replaceChildren(mark, document.createTextNode(text));
  }
  set(current);
  return {
    set,
    hintShortcut() {
      panel.textContent = "Alt+Shift+V";
      panel.title = "Open the Vanta side panel with Alt+Shift+V";
    },
  };
}
