import type { ApplicantContact, ResolvedContact } from "../api/applicant.ts";
import type { ApplicantProfile, ApplicationDetails, EeoAnswers } from "./applicant.ts";
import type { JsonResume } from "./schema.ts";

// The applicant profile's JSON form from its stored parts (default resume + typed contact + application),
// and back. Pure, so the server, the CLI and the tests build the same file.

type Basics = NonNullable<JsonResume["basics"]>;
type Link = NonNullable<Basics["profiles"]>[number];

const isNetwork = (p: Link, name: "linkedin" | "github") =>
  (p.network ?? "").toLowerCase().includes(name) || (p.url ?? "").toLowerCase().includes(`${name}.com`);
const linkUrl = (p: Link | undefined) => p?.url ?? "";

/** Splits "Mary Ann Smith" → first "Mary", last "Ann Smith" (joined back it is the same string). */
export function splitName(name: string | undefined): { firstName: string; lastName: string } {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  return { firstName: parts[0] ?? "", lastName: parts.slice(1).join(" ") };
}

/** The contact the user sees: each typed field over the resume's `basics`. */
export function resolveContact(basics: Basics | undefined, typed: ApplicantContact): ResolvedContact {
  const b = basics ?? {};
  const links = b.profiles ?? [];
  const name = splitName(b.name);
  return {
    firstName: typed.firstName ?? name.firstName,
    lastName: typed.lastName ?? name.lastName,
    email: typed.email ?? b.email ?? "",
    phone: typed.phone ?? b.phone ?? "",
    location: typed.location ?? b.location ?? {},
    linkedin: typed.linkedin ?? linkUrl(links.find((p) => isNetwork(p, "linkedin"))),
    github: typed.github ?? linkUrl(links.find((p) => isNetwork(p, "github"))),
    portfolio: typed.portfolio ?? b.url ?? "",
    otherLinks:
      typed.otherLinks ??
      links.filter((p) => !isNetwork(p, "linkedin") && !isNetwork(p, "github") && p.url).map((p) => p.url ?? ""),
  };
}

const orUndefined = (s: string) => (s.trim() ? s : undefined);

/** `basics` with the typed contact fields applied (untyped ones stay exactly as the resume has them). */
export function applyContact(basics: Basics | undefined, typed: ApplicantContact): Basics | undefined {
  if (Object.keys(typed).length === 0) return basics;
  const out: Basics = { ...(basics ?? {}) };
  const resolved = resolveContact(basics, typed);
  const set = <K extends keyof Basics>(key: K, value: Basics[K] | undefined) => {
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  if (typed.firstName !== undefined || typed.lastName !== undefined)
    set("name", orUndefined([resolved.firstName, resolved.lastName].filter(Boolean).join(" ")));
  if (typed.email !== undefined) set("email", orUndefined(typed.email));
  if (typed.phone !== undefined) set("phone", orUndefined(typed.phone));
  if (typed.location !== undefined) set("location", typed.location);
  if (typed.portfolio !== undefined) set("url", orUndefined(typed.portfolio));
  if (typed.linkedin !== undefined || typed.github !== undefined || typed.otherLinks !== undefined) {
    const links = out.profiles ?? [];
    const keep = (p: Link) =>
      isNetwork(p, "linkedin")
        ? typed.linkedin === undefined
        : isNetwork(p, "github")
          ? typed.github === undefined
          : typed.otherLinks === undefined;
    const next: Link[] = links.filter(keep);
    if (typed.linkedin) next.push({ network: "LinkedIn", url: typed.linkedin });
    if (typed.github) next.push({ network: "GitHub", url: typed.github });
    for (const url of typed.otherLinks ?? []) next.push({ url });
    set("profiles", next.length ? next : undefined);
  }
  return Object.keys(out).length ? out : undefined;
}

/** JSON Resume + `application`: the file autofill and tailoring read. */
export function buildApplicantProfile(parts: {
  resume: JsonResume | null;
  contact: ApplicantContact;
  application: Omit<ApplicationDetails, "eeo">;
  eeo: EeoAnswers | null;
}): ApplicantProfile {
  const { meta, ...resume } = parts.resume ?? {};
  const basics = applyContact(resume.basics, parts.contact);
  const application: ApplicationDetails = { ...parts.application, ...(parts.eeo ? { eeo: parts.eeo } : {}) };
  // confidence describes a parse, not a confirmed resume; unplaced lines were the user's to keep
  const keptMeta = meta ? (({ confidence: _c, ...m }) => m)(meta) : undefined;
  const out: ApplicantProfile = { ...resume, application };
  if (basics) out.basics = basics;
  else delete out.basics;
  if (keptMeta && Object.keys(keptMeta).length) out.meta = keptMeta;
  return out;
}

/**
 * The applicant profile with every sensitive answer removed: self-identification, sponsorship and salary.
 * Anything that goes to a model (tailoring, answer drafting) takes this, never the full profile.
 */
export function modelSafeApplicant(profile: ApplicantProfile): ApplicantProfile {
  const { application, ...resume } = profile;
  if (!application) return resume;
  const { eeo: _eeo, salaryExpectation: _salary, workAuthorization, ...rest } = application;
  return {
    ...resume,
    application: {
      ...rest,
      ...(workAuthorization ? { workAuthorization: { countries: workAuthorization.countries } } : {}),
    },
  };
}
