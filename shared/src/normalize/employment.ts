// Employment types from every feed's spelling ("FullTime", "full_time", "Full Time", "Permanent").

const MAP: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(full|fulltime|permanent|regular|festanstellung|vollzeit|cdi)/, "full_time"],
  [/^(part|parttime|teilzeit)/, "part_time"],
  [/^(intern|internship|praktikum|trainee|werkstudent|working student)/, "internship"],
  [/^(contract|contractor|contracttohire|freelanc|consult)/, "contract"],
  [/^(temp|temporary|seasonal|fixedterm|befristet|term)/, "temporary"],
  [/^(volunteer)/, "volunteer"],
  [/^(apprentice|ausbildung)/, "apprenticeship"],
];

/** Normalized employment type or the lowercased original when unknown; null when empty. */
export function normalizeEmploymentType(value: string | ReadonlyArray<string> | null | undefined): string | null {
  const first = Array.isArray(value) ? value.find((v) => v?.trim()) : (value as string | null | undefined);
  if (!first?.trim()) return null;
  const k = first
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .replace(/\s+/g, "");
  if (k === "freelance") return "contract";
  for (const [re, type] of MAP) if (re.test(k)) return type;
  return first.trim().toLowerCase().slice(0, 50);
}
