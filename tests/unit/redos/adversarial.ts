// Inputs that make backtracking regexes blow up: long runs of what a pattern's repeated groups
// accept (whitespace, digits, letters, separators), and repeated near-misses of common tokens.

const UNITS = [
  " ",
  "\t \n",
  "\u00a0",
  "1",
  "1 ",
  "1-",
  "1,",
  "1.",
  "a",
  "a ",
  "a-",
  "ab1 ",
  ".",
  "-",
  ",",
  "$1",
  "$1,000 ",
  "5+ ",
  "5 - ",
  "year ",
  "<b>",
  "&amp;",
  "k ",
  "/",
  "_",
  "(1) ",
  "at least ",
  "a.b",
  "A ",
];

/** One adversarial string per unit, `size` characters long; a digit + whitespace run and a word + run too. */
export function adversarialInputs(size: number): { name: string; text: string }[] {
  const runs = UNITS.map((u) => ({
    name: JSON.stringify(u),
    text: u.repeat(Math.ceil(size / u.length)).slice(0, size),
  }));
  return [
    ...runs,
    { name: "digit then spaces", text: `5${" ".repeat(size - 1)}` },
    { name: "number then spaces then !", text: `10${" ".repeat(size - 3)}!` },
    { name: "word then spaces", text: `experience${" ".repeat(size - 10)}` },
    { name: "salary-ish then spaces", text: `$100,000${" ".repeat(size - 8)}-` },
  ];
}
