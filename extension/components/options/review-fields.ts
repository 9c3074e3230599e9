// What the resume review screen shows for each JSON Resume section, as data: adding a field is one line.

export type FieldKind = "text" | "date" | "long" | "bullets" | "list";
export interface FieldSpec {
  key: string;
  label: string;
  kind?: FieldKind;
  placeholder?: string;
}
export interface SectionSpec {
  key:
    | "work"
    | "education"
    | "skills"
    | "projects"
    | "certificates"
    | "languages"
    | "awards"
    | "volunteer"
    | "publications";
  title: string;
  /** singular, for "Add job" / "Remove job 2" */
  item: string;
  fields: FieldSpec[];
}

const start: FieldSpec = { key: "startDate", label: "Start", kind: "date", placeholder: "YYYY-MM" };
const end: FieldSpec = { key: "endDate", label: "End", kind: "date", placeholder: "Present" };
const bullets: FieldSpec = { key: "highlights", label: "Bullets", kind: "bullets" };

export const SECTIONS: SectionSpec[] = [
  {
    key: "work",
    title: "Experience",
    item: "job",
    fields: [
      { key: "position", label: "Title" },
      { key: "name", label: "Employer" },
      { key: "location", label: "Location" },
      start,
      end,
      { key: "summary", label: "Summary", kind: "long" },
      bullets,
    ],
  },
  {
    key: "education",
    title: "Education",
    item: "school",
    fields: [
      { key: "institution", label: "School" },
      { key: "studyType", label: "Degree" },
      { key: "area", label: "Field of study" },
      start,
      end,
      { key: "score", label: "Grade" },
    ],
  },
  {
    key: "skills",
    title: "Skills",
    item: "skill group",
    fields: [
      { key: "name", label: "Skill" },
      { key: "level", label: "Level" },
      { key: "keywords", label: "Keywords", kind: "list" },
    ],
  },
  {
    key: "projects",
    title: "Projects",
    item: "project",
    fields: [
      { key: "name", label: "Project" },
      { key: "description", label: "Description", kind: "long" },
      { key: "url", label: "Link" },
      start,
      end,
      bullets,
      { key: "keywords", label: "Keywords", kind: "list" },
    ],
  },
  {
    key: "certificates",
    title: "Certificates",
    item: "certificate",
    fields: [
      { key: "name", label: "Certificate" },
      { key: "issuer", label: "Issuer" },
      { key: "date", label: "Date", kind: "date", placeholder: "YYYY-MM" },
      { key: "url", label: "Link" },
    ],
  },
  {
    key: "languages",
    title: "Languages",
    item: "language",
    fields: [
      { key: "language", label: "Language" },
      { key: "fluency", label: "Fluency" },
    ],
  },
  {
    key: "awards",
    title: "Awards",
    item: "award",
    fields: [
      { key: "title", label: "Award" },
      { key: "awarder", label: "Awarded by" },
      { key: "date", label: "Date", kind: "date", placeholder: "YYYY-MM" },
      { key: "summary", label: "Summary", kind: "long" },
    ],
  },
  {
    key: "volunteer",
    title: "Volunteering",
    item: "role",
    fields: [
      { key: "position", label: "Role" },
      { key: "organization", label: "Organization" },
      start,
      end,
      { key: "summary", label: "Summary", kind: "long" },
      bullets,
    ],
  },
  {
    key: "publications",
    title: "Publications",
    item: "publication",
    fields: [
      { key: "name", label: "Title" },
      { key: "publisher", label: "Publisher" },
      { key: "releaseDate", label: "Date", kind: "date", placeholder: "YYYY-MM" },
      { key: "url", label: "Link" },
      { key: "summary", label: "Summary", kind: "long" },
    ],
  },
];

/** Below this the parser was unsure: the section is highlighted for a closer look. */
export const LOW_CONFIDENCE = 0.7;

/** The JSON Resume date pattern (YYYY, YYYY-MM, YYYY-MM-DD), for the inputs' `pattern`. */
export const DATE_PATTERN = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
