import type { Meaning } from "./meaning.ts";

/** What an ATS says about one question in the data it embeds in the page (Greenhouse / Ashby JSON). */
export interface EmbeddedQuestion {
  label: string;
  required: boolean;
  options: string[];
  multiple?: boolean;
}

/**
 * One ATS application form: where it runs, where its form is, and what its field names mean.
 * Everything here is data verified on the fixture pages listed in `verifiedOn`; the reading and
 * classifying code is shared (controls.ts, plan.ts).
 */
export interface AtsAdapter {
  name: string;
  /** WebExtension match patterns of the ATS's own hosts (tested with `urlMatches`); a page elsewhere is
   * recognized only by its markup `signature`. */
  matches: readonly string[];
  /** markup signature for pages served elsewhere (custom domains, tests) */
  signature: readonly string[];
  /** the element holding the application form, tried in order */
  form: readonly string[];
  /** controls that are not questions (captcha, helper inputs, cookie banners) */
  ignore?: readonly string[];
  /** name / id / data-automation-id patterns → meaning, checked before the question text */
  fieldMap?: readonly (readonly [RegExp, Meaning])[];
  /** a question's container and its label inside it, for forms whose labels are not <label for> */
  questionBlock?: { container: string; label: string };
  /** composite date widgets read as one `date` control (Workday month/year sections) */
  dateGroups?: readonly string[];
  /** question data embedded in the page, keyed by the control's name or id */
  embedded?(doc: Document): Map<string, EmbeddedQuestion>;
  /** for multi-step wizards: the current step's name and position */
  step?(doc: Document): { name: string; index: number; total: number } | null;
  /** fixture pages (tests/fixtures/autofill/…) and corpus pages this data was checked on */
  verifiedOn: readonly string[];
}
