import type { Salary } from "../../posting.ts";

// BOSS直聘 pay: "25-50K·14薪" = 25,000–50,000 CNY a month, paid 14 months a year; "8千-1.2万"
// (thousand / ten-thousand units); "150-200元/天" a day; "100-120元/时" an hour. The months count
// is not part of the Posting contract (a monthly range is); it stays in the page.
const UNIT: Record<string, number> = { K: 1000, k: 1000, 千: 1000, 万: 10000, W: 10000, w: 10000, 元: 1 };

export function parseZhipinSalary(text: string): Salary | null {
  const t = text.replace(/\s+/g, "");
  const m = /^(\d+(?:\.\d+)?)(K|k|千|万|W|w|元)?[-~至](\d+(?:\.\d+)?)(K|k|千|万|W|w|元)?(?:\/(天|时|小时|月|年))?/.exec(
    t,
  );
  if (!m) return null;
  const unitMax = UNIT[m[4] ?? "元"] ?? 1;
  const unitMin = m[2] ? (UNIT[m[2]] ?? 1) : unitMax;
  const min = Number(m[1]) * unitMin;
  const max = Number(m[3]) * unitMax;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return null;
  const per = m[5];
  const period = per === "天" ? "day" : per === "时" || per === "小时" ? "hour" : per === "年" ? "year" : "month";
  return { min, max, currency: "CNY", period };
}
