// What a posting says about visa sponsorship. "unknown" when it says nothing.

const NO_SPONSOR =
  /(not|unable to|cannot|can't|won't|will not|do not|does not|don't|no)\s+(?:\w+\s+){0,3}(sponsor|sponsorship)|without (?:the )?(?:need for )?(?:current or future )?(?:visa )?sponsorship|sponsorship (?:is )?not (?:available|offered|provided)|must (?:be )?(?:legally )?authori[sz]ed to work .{0,60}without|not eligible for (?:visa )?sponsorship|us citizens? only|u\.s\. citizenship (?:is )?required|green card holders? only/i;
const SPONSORS =
  /(visa sponsorship (?:is )?(?:available|offered|provided)|(?:we|will|can|happy to|able to) (?:\w+\s+){0,2}sponsor|sponsorship (?:is )?available|relocation and visa|visa support)/i;

export type Sponsorship = "sponsors" | "no_sponsorship" | "unknown";

export function sponsorshipStance(text: string): Sponsorship {
  if (NO_SPONSOR.test(text)) return "no_sponsorship";
  if (SPONSORS.test(text)) return "sponsors";
  return "unknown";
}

const CLEARANCE =
  /\b(security clearance|ts\/sci|top secret|secret clearance|active clearance|clearance required|dod clearance|public trust clearance)\b/i;

export function requiresClearance(text: string): boolean {
  return CLEARANCE.test(text);
}
