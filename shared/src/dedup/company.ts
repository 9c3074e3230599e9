// Company name normalization for identity: "Superhuman, Inc." = "superhuman",
// "Zoox Inc (Amazon)" = "zoox". Legal suffixes and bracketed notes carry no identity.

const LEGAL =
  /\b(incorporated|inc|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|sa|s\.a|sas|sarl|bv|b\.v|nv|oy|ab|as|aps|pty|pvt|private|srl|spa|kk|k\.k|llp|lp|pllc|holdings?|group)\b\.?/g;

export function normalizeCompany(name: string): string {
  const t = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9.\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const stripped = t
    .replace(LEGAL, " ")
    .replace(/[.]/g, "")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
  return stripped || t.replace(/[.]/g, "");
}
