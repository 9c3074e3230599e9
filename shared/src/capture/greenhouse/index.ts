import type { Adapter } from "../adapter.ts";
import { buildPosting, idFrom } from "../board.ts";
import { pick, pickText, richText, scriptJson, textOf } from "../dom.ts";
import { type Draft, isoDate } from "../draft.ts";
import { cleanLine, htmlToText } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { remixMarker, selectors as S } from "./selectors.ts";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function remixJobPost(doc: Document): Json | null {
  const ctx = scriptJson(doc, remixMarker);
  const loader = isObj(ctx) && isObj(ctx.state) && isObj(ctx.state.loaderData) ? ctx.state.loaderData : null;
  if (!loader) return null;
  for (const v of Object.values(loader)) if (isObj(v) && isObj(v.jobPost)) return v.jobPost;
  return null;
}

function fromRemix(doc: Document): Draft | null {
  const jp = remixJobPost(doc);
  if (!jp) return null;
  const s = (k: string) => (typeof jp[k] === "string" ? (jp[k] as string) : "");
  const loc = s("job_post_location");
  const pay = Array.isArray(jp.pay_ranges) ? (jp.pay_ranges[0] as Json | undefined) : undefined;
  const salary = pay
    ? parseSalaryText(`${pay.min ?? ""} - ${pay.max ?? ""} ${pay.currency_type ?? ""} ${pay.title ?? ""}`)
    : null;
  return {
    title: s("title"),
    company: s("company_name"),
    locations: splitLocations(loc),
    remote: detectRemote(loc),
    employmentType: s("employment") === "hidden" ? null : normalizeEmploymentType(s("employment")),
    salary,
    description: [s("introduction"), s("content"), s("conclusion")].map(htmlToText).filter(Boolean).join("\n\n"),
    postedAt: isoDate(s("published_at")),
    url: s("public_url") || null,
  };
}

function fromDom(doc: Document): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  const legacy = pickText(doc, S.legacyCompany).replace(/^at\s+/i, "");
  const logo = (pick(doc, S.logo)?.getAttribute("alt") ?? "").replace(/\s+logo$/i, "");
  const fromTitle = /\bat\s+(.+)$/.exec(cleanLine(doc.querySelector("title")?.textContent))?.[1] ?? "";
  const loc = pickText(doc, S.location);
  const pay = pick(doc, S.payRange);
  return {
    title,
    company: legacy || fromTitle || logo,
    locations: splitLocations(loc),
    remote: detectRemote(loc),
    salary: pay ? parseSalaryText(textOf(pick(pay, S.payAmount)) || textOf(pay)) : null,
    description: richText(pick(doc, S.description)),
  };
}

export const greenhouse: Adapter = {
  name: "greenhouse",
  matches: ["*://boards.greenhouse.io/*", "*://job-boards.greenhouse.io/*", "*://*.greenhouse.io/*"],
  spa: false,
  detect: (doc) => !!pick(doc, S.signature) || !!remixJobPost(doc),
  postingKey: (url) => idFrom(url, /\/jobs\/(\d+)/, "gh_jid", "token"),
  extract(doc, url) {
    const key = this.postingKey(url);
    const draft = { sourceId: key };
    return buildPosting(
      this.name,
      doc,
      url,
      [draft, fromRemix(doc), fromDom(doc), "structured"],
      [pick(doc, S.closedNotice), pick(doc, S.title)?.parentElement?.parentElement],
    );
  },
};
