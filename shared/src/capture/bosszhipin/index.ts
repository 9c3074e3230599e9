import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { parseZhipinSalary } from "./salary.ts";
import { selectors as S } from "./selectors.ts";

function zhipinId(url: URL): string | null {
  return /\/job_detail\/([^/.]+)\.html/.exec(url.pathname)?.[1] ?? null;
}

function fromDom(doc: Document): Draft | null {
  // Everything from the posting's own top box and description; the sidebar lists similar jobs.
  const top = pick(doc, S.top) ?? doc;
  const title = pickText(top, S.title);
  if (!title) return null;
  const status = pickText(top, S.closed);
  return {
    title,
    company: pick(doc, S.company)?.getAttribute("title")?.trim() || pickText(doc, S.company),
    locations: [pickText(top, S.city)].filter(Boolean),
    salary: parseZhipinSalary(textOf(pick(top, S.salary))),
    description: richText(pick(doc, S.description)),
    // "招聘中" = hiring; "已关闭"/"停止招聘" = closed.
    closed: /关闭|停止|下线/.test(status),
  };
}

export const bosszhipin: Adapter = {
  name: "bosszhipin",
  matches: ["*://*.zhipin.com/*job_detail/*"],
  spa: false,
  detect: (doc) => !!pick(doc, S.signature) && /zhipin|BOSS直聘/i.test(doc.title),
  postingKey: zhipinId,
  extract(doc, url) {
    return buildPosting(this.name, doc, url, [{ sourceId: zhipinId(url) }, fromDom(doc)]);
  },
};
