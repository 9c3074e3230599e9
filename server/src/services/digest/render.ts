import type { DigestItem } from "@vanta/shared/api/notifications";

// The digest email: a single-column table layout with inline styles only (mail clients drop <style>
// and most CSS), 600px max so it fits phones, and a plain-text part with the same content and links.

export interface DigestView {
  /** "Thursday, Nov 26" in the user's zone */
  dayLabel: string;
  items: (DigestItem & { trackUrl: string })[];
  unsubscribeUrl: string;
  snoozeUrl: string;
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

export function digestSubject(view: DigestView): string {
  const n = view.items.length;
  const top = view.items[0];
  return `${n} new job${n === 1 ? "" : "s"} for you${top ? ` — top: ${top.title} at ${top.company} (${top.score})` : ""}`;
}

function scoreColor(score: number): string {
  if (score >= 75) return "#137333";
  if (score >= 55) return "#8a6d00";
  return "#5f6368";
}

function itemHtml(it: DigestView["items"][number]): string {
  const salary = it.salary
    ? `<div style="font-size:13px;color:${it.salaryEstimated ? "#5f6368" : "#1a1a1a"};padding-top:4px">${esc(it.salary)}</div>`
    : "";
  const why = it.whyFit ? `<div style="font-size:13px;color:#3c4043;padding-top:4px">${esc(it.whyFit)}</div>` : "";
  return `<tr><td style="padding:14px 16px;border-bottom:1px solid #e8eaed">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" style="font-family:Arial,Helvetica,sans-serif">
<a href="${esc(it.url)}" style="font-size:16px;font-weight:bold;color:#1a0dab;text-decoration:none">${esc(it.title)}</a>
<div style="font-size:14px;color:#1a1a1a;padding-top:2px">${esc(it.company)}</div>
<div style="font-size:13px;color:#5f6368;padding-top:2px">${esc(it.location)}</div>${salary}${why}
</td>
<td valign="top" align="right" width="72" style="font-family:Arial,Helvetica,sans-serif;padding-left:8px">
<div style="font-size:20px;font-weight:bold;color:${scoreColor(it.score)}">${it.score}</div>
<div style="font-size:11px;color:#5f6368">score</div>
<a href="${esc(it.trackUrl)}" style="display:inline-block;margin-top:8px;padding:6px 12px;background:#111111;color:#ffffff;font-size:13px;border-radius:4px;text-decoration:none">Track</a>
</td></tr></table>
</td></tr>`;
}

export function renderDigestHtml(view: DigestView): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(digestSubject(view))}</title></head>
<body style="margin:0;padding:0;background:#f6f7f9">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f6f7f9"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border:1px solid #e8eaed;border-radius:6px">
<tr><td style="padding:18px 16px;border-bottom:1px solid #e8eaed;font-family:Arial,Helvetica,sans-serif">
<div style="font-size:20px;font-weight:bold;color:#1a1a1a">Your Vanta digest</div>
<div style="font-size:13px;color:#5f6368;padding-top:2px">${esc(view.dayLabel)} · ${view.items.length} new posting${view.items.length === 1 ? "" : "s"}, best fit first</div>
</td></tr>
${view.items.map(itemHtml).join("\n")}
<tr><td style="padding:14px 16px;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#5f6368">
Salaries marked “est.” are estimates from similar postings.<br>
<a href="${esc(view.snoozeUrl)}" style="color:#5f6368">Snooze for 7 days</a> · <a href="${esc(view.unsubscribeUrl)}" style="color:#5f6368">Unsubscribe from digest emails</a> (you will still see digests in Vanta)
</td></tr>
</table></td></tr></table>
</body></html>`;
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
  lines.push('Salaries marked "est." are estimates from similar postings.');
  lines.push(`Snooze for 7 days: ${view.snoozeUrl}`);
  lines.push(`Unsubscribe from digest emails: ${view.unsubscribeUrl}`);
  return `${lines.join("\n")}\n`;
}
