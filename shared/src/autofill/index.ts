// Autofill planning: pure functions over a Document (content script, linkedom tests, `vanta autofill-plan`).
export type { AtsAdapter, EmbeddedQuestion } from "./adapter.ts";
export { atsAdapters, genericAdapter } from "./ats/index.ts";
export { matchAnswerBank } from "./bank.ts";
export { type Control, readControls } from "./controls.ts";
export { classifyText, type Meaning, SENSITIVE } from "./meaning.ts";
export { chooseOption, DECLINE_OPTION } from "./options.ts";
export { classifyControl, detectAts, findFormRoot, type PlanOptions, planAutofill } from "./plan.ts";
export { AutofillPlan, FieldAction, FieldKind, PlanEntry } from "./types.ts";
