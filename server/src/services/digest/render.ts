import type { DigestItem } from "@vanta/shared/api/notifications";

// The digest email's subject and plain-text part (the HTML part is the React Email template in email.tsx),
// with the same content and links.

export interface DigestView {
  /** "Thursday, Nov 26" in the user's zone */
  dayLabel: string;
  items: (DigestItem & { trackUrl: string })[];
  unsubscribeUrl: string;
  snoozeUrl: string;
  /** the user's open tasks due by the end of the day */
  tasks: { id: string; title: string; detail: string | null }[];
}

export function digestSubject(view: DigestView): string {
  const n = view.items.length;
  const top = view.items[0];
  return `${n} new job${n === 1 ? "" : "s"} for you${top ? ` — top: ${top.title} at ${top.company} (${top.score})` : ""}`;
}

export function renderDigestText(view: DigestView): string {
  const lines = [`Your Vanta digest — ${view.dayLabel}`, `${view.items.length} new, best fit first`, ""];
  view.items.forEach((it, i) => {
    lines.push(`${i + 1}. ${it.title} — ${it.company} (score ${it.score})`);
    lines.push(`   ${it.location}`);
    if (it.salary) lines.push(`   ${it.salary}`);
    if (it.whyFit) lines.push(`   ${it.whyFit}`);
    lines.push(`   View: ${it.url}`);
    lines.push(`   Track: ${it.trackUrl}`);
    lines.push("");
  });
  if (view.tasks.length > 0) {
    lines.push("Due today:");
    for (const t of view.tasks) lines.push(`- ${t.title}${t.detail ? ` — ${t.detail}` : ""}`);
    lines.push("");
  }
  lines.push('Salaries marked "est." are estimates from similar postings.');
  lines.push(`Snooze for 7 days: ${view.snoozeUrl}`);
  lines.push(`Unsubscribe from digest emails: ${view.unsubscribeUrl}`);
  return `${lines.join("\n")}\n`;
}
