import type { AtsAdapter } from "../../adapter.ts";

// Any other application form: no field map; every question is read by its meaning (label, aria, legend,
// nearby text, placeholder, name/id). The planner picks the <form> (or the body) that reads as an
// application. Verified on: tests/fixtures/autofill/generic/careers.html.
export const generic: AtsAdapter = {
  name: "generic",
  matches: [],
  signature: [],
  form: [],
  ignore: ["[name*='captcha' i]", "[id*='cookie' i]", "[class*='cookie' i] input"],
  verifiedOn: ["tests/fixtures/autofill/generic/careers.html"],
};
