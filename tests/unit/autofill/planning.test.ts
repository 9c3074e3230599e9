import { matchAnswerBank } from "@vanta/shared/autofill/bank";
import { classifyText } from "@vanta/shared/autofill/meaning";
import { chooseOption } from "@vanta/shared/autofill/options";
import { describe, expect, it } from "vitest";

describe("question meaning", () => {
  it.each([
    ["Will you now or in the future require employment visa sponsorship?", "sponsorship"],
    ["Are you legally authorized to work in the United States?", "workAuthorization"],
    ["Have you ever been employed with Wipro or its subsidiaries?", "workedHereBefore"],
    ["Are you Hispanic/Latino?", "hispanicLatino"],
    ["Country/Region", "country"],
    ["State / Province", "state"],
    ["What is the address from which you plan on working?", "address"],
    ["Address 2", "addressLine2"],
    ["Please tell us how you learned about us", "referralSource"],
    ["Have you ever been convicted of a felony?", "criminalHistory"],
    ["Why Anthropic?", "unknown"],
  ])("%s → %s", (q, m) => expect(classifyText(q)).toBe(m));
});

describe("answer bank", () => {
  const bank = [
    { question: "Do you need a visa sponsor to work here?", answer: "No" },
    { question: "Are you willing to relocate?", answer: "Yes" },
    { question: "What is your favourite programming language?", answer: "Go" },
  ];
  it("matches by meaning, not exact text", () => {
    expect(matchAnswerBank("Will you require sponsorship now or in the future?", "sponsorship", bank)?.index).toBe(0);
    expect(matchAnswerBank("Which programming language do you like most?", "unknown", bank)?.answer).toBe("Go");
  });
  it("never answers across meanings", () => {
    expect(matchAnswerBank("Are you willing to relocate for sponsorship?", "sponsorship", bank)?.index).not.toBe(1);
    expect(matchAnswerBank("Are you willing to travel?", "relocation", bank)?.index).toBe(1);
    expect(matchAnswerBank("Are you willing to travel 50%?", "unknown", bank)).toBeNull();
  });
});

describe("choosing the form's own option", () => {
  it("maps the user's words to the form's wording", () => {
    expect(chooseOption(["Male", "Female", "Decline To Self Identify"], "Woman")).toBe("Female");
    expect(chooseOption(["Yes", "No", "I don't wish to answer"], "decline")).toBe("I don't wish to answer");
    expect(
      chooseOption(
        ["I am not a protected veteran", "I identify as a protected veteran", "I don't wish to answer"],
        "No",
      ),
    ).toBe("I am not a protected veteran");
    expect(chooseOption(["Alabama", "California"], "CA")).toBe("California");
    expect(chooseOption(["No", "H-1B", "TN"], "Yes")).toBeNull();
  });
});
