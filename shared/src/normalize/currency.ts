// Currency symbols and codes seen in postings → ISO 4217.

/** Prefix symbols, longest first so "CA$" wins over "$". */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["US$", "USD"],
  ["USD$", "USD"],
  ["CA$", "CAD"],
  ["CAD$", "CAD"],
  ["C$", "CAD"],
  ["AU$", "AUD"],
  ["A$", "AUD"],
  ["NZ$", "NZD"],
  ["HK$", "HKD"],
  ["S$", "SGD"],
  ["SG$", "SGD"],
  ["R$", "BRL"],
  ["MX$", "MXN"],
  ["Rs.", "INR"],
  ["Rs", "INR"],
  ["₹", "INR"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₩", "KRW"],
  ["₪", "ILS"],
  ["zł", "PLN"],
  ["kr", "SEK"],
  ["CHF", "CHF"],
  ["$", "USD"],
];

export const CURRENCY_CODES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "INR",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "RON",
  "JPY",
  "CNY",
  "HKD",
  "SGD",
  "KRW",
  "ILS",
  "BRL",
  "MXN",
  "ARS",
  "COP",
  "CLP",
  "ZAR",
  "AED",
  "TRY",
  "UAH",
  "PHP",
  "IDR",
  "MYR",
  "THB",
  "VND",
  "PKR",
  "NGN",
  "EGP",
  "KES",
] as const;

const CODE_SET = new Set<string>(CURRENCY_CODES);

/** "usd", "US$", "€" → ISO code; null when unknown. */
export function toCurrencyCode(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const upper = v.toUpperCase();
  if (CODE_SET.has(upper)) return upper;
  for (const [sym, code] of CURRENCY_SYMBOLS) if (v === sym || upper === sym.toUpperCase()) return code;
  return null;
}
