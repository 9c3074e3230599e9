import type { EeoAnswers } from "@vanta/shared/resume/applicant";

// The voluntary self-identification questions US application forms ask (EEO-1 categories, VEVRAA, Section 503),
// with the usual answer options. "decline" is an answer; no choice means "ask me each time".

export const EEO_QUESTIONS: { key: keyof EeoAnswers; label: string; options: string[] }[] = [
  { key: "gender", label: "Gender", options: ["Woman", "Man", "Non-binary"] },
  {
    key: "race",
    label: "Race",
    options: [
      "American Indian or Alaska Native",
      "Asian",
      "Black or African American",
      "Native Hawaiian or Other Pacific Islander",
      "White",
      "Two or more races",
    ],
  },
  { key: "hispanicLatino", label: "Hispanic or Latino", options: ["Yes", "No"] },
  {
    key: "veteran",
    label: "Veteran status",
    options: ["I am a protected veteran", "I am not a protected veteran"],
  },
  {
    key: "disability",
    label: "Disability",
    options: ["Yes, I have a disability (or previously had one)", "No, I do not have a disability"],
  },
];
