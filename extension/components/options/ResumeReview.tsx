import type { JsonResume } from "@vanta/shared/resume/schema";
import { type ReactNode, useEffect, useState } from "react";
import { parseList } from "@/lib/lists.ts";
import { setIn } from "@/lib/resume-edit.ts";
import { DATE_PATTERN, type FieldSpec, LOW_CONFIDENCE, SECTIONS, type SectionSpec } from "./review-fields.ts";

type Item = Record<string, unknown>;
type Path = (string | number)[];

/**
 * The parsed resume, every field editable: contact, each section's entries (add/remove jobs, bullets,
 * schools, skills), and the lines the parser could not place. Sections the parser was unsure of are marked.
 */
export function ResumeReview({
  value,
  confidence,
  onChange,
}: {
  value: JsonResume;
  confidence: Record<string, number>;
  onChange(next: JsonResume): void;
}) {
  const set = (path: Path, v: unknown) => onChange(setIn(value, path, v));
  const shown = SECTIONS.filter(
    (s) => ["work", "education", "skills"].includes(s.key) || (value[s.key]?.length ?? 0) > 0,
  );
  const hidden = SECTIONS.filter((s) => !shown.includes(s));
  return (
    <div className="review stack" data-testid="resume-review">
      <ReviewSection title="Contact" sectionKey="basics" confidence={confidence.basics}>
        <Basics value={value.basics ?? {}} set={(path, v) => set(["basics", ...path], v)} />
      </ReviewSection>
      {shown.map((spec) => (
        <ReviewSection key={spec.key} title={spec.title} sectionKey={spec.key} confidence={confidence[spec.key]}>
          <Entries spec={spec} items={(value[spec.key] ?? []) as Item[]} setItems={(items) => set([spec.key], items)} />
        </ReviewSection>
      ))}
      {hidden.length > 0 && (
        <div className="row wrap">
          {hidden.map((s) => (
            <button key={s.key} type="button" className="ghost small" onClick={() => set([s.key], [{}])}>
              + {s.title}
            </button>
          ))}
        </div>
      )}
      {(value.meta?.unplaced?.length ?? 0) > 0 && (
        <ReviewSection title="Lines Vanta could not place" sectionKey="unplaced" low>
          <p className="hint">Copy what matters into the fields above, then remove the line.</p>
          <Lines
            label="Unplaced line"
            values={value.meta?.unplaced ?? []}
            onChange={(lines) => set(["meta", "unplaced"], lines)}
          />
        </ReviewSection>
      )}
    </div>
  );
}

function ReviewSection({
  title,
  sectionKey,
  confidence,
  low,
  children,
}: {
  title: string;
  sectionKey: string;
  confidence?: number;
  low?: boolean;
  children: ReactNode;
}) {
  const isLow = low || (confidence !== undefined && confidence < LOW_CONFIDENCE);
  return (
    <fieldset
      className={`review-section stack${isLow ? " low-confidence" : ""}`}
      data-section={sectionKey}
      data-low-confidence={isLow ? "true" : undefined}
    >
      <legend className="spread">
        <span>{title}</span>
        {confidence !== undefined && (
          <span className={`badge ${isLow ? "warn" : "good"}`} title="How sure the parser was about this section">
            {isLow ? "Check this" : "Looks right"} · {Math.round(confidence * 100)}%
          </span>
        )}
      </legend>
      {children}
    </fieldset>
  );
}

const basicsFields: { path: Path; label: string }[] = [
  { path: ["name"], label: "Full name" },
  { path: ["label"], label: "Headline" },
  { path: ["email"], label: "Email" },
  { path: ["phone"], label: "Phone" },
  { path: ["url"], label: "Website" },
  { path: ["location", "city"], label: "City" },
  { path: ["location", "region"], label: "Region" },
  { path: ["location", "countryCode"], label: "Country code" },
];

function get(obj: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], obj);
}

function Basics({ value, set }: { value: NonNullable<JsonResume["basics"]>; set(path: Path, v: unknown): void }) {
  const profiles = value.profiles ?? [];
  return (
    <>
      <div className="grid2">
        {basicsFields.map((f) => (
          <TextField
            key={f.path.join(".")}
            id={`rv-basics-${f.path.join("-")}`}
            label={f.label}
            value={String(get(value, f.path) ?? "")}
            onChange={(v) => set(f.path, v)}
          />
        ))}
      </div>
      <div className="field">
        <label htmlFor="rv-basics-summary">Summary</label>
        <textarea
          id="rv-basics-summary"
          rows={3}
          value={value.summary ?? ""}
          onChange={(e) => set(["summary"], e.target.value)}
        />
      </div>
      {profiles.map((p, i) => (
        <div className="grid3 entry-row" key={i}>
          <TextField
            id={`rv-profile-${i}-network`}
            label="Network"
            value={p.network ?? ""}
            onChange={(v) => set(["profiles", i, "network"], v)}
          />
          <TextField
            id={`rv-profile-${i}-url`}
            label="Profile link"
            value={p.url ?? ""}
            onChange={(v) => set(["profiles", i, "url"], v)}
          />
          <button
            type="button"
            className="ghost small"
            onClick={() =>
              set(
                ["profiles"],
                profiles.filter((_, j) => j !== i),
              )
            }
          >
            Remove link {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="ghost small" onClick={() => set(["profiles"], [...profiles, {}])}>
        + Link
      </button>
    </>
  );
}

function Entries({ spec, items, setItems }: { spec: SectionSpec; items: Item[]; setItems(items: Item[]): void }) {
  return (
    <>
      {items.map((item, i) => (
        <div className="entry stack" key={i} data-testid={`review-${spec.key}-${i}`}>
          <div className="grid2">
            {spec.fields
              .filter((f) => f.kind !== "bullets" && f.kind !== "long")
              .map((f) => (
                <Field
                  key={f.key}
                  id={`rv-${spec.key}-${i}-${f.key}`}
                  spec={f}
                  value={item[f.key]}
                  onChange={(v) => setItems(items.map((x, j) => (j === i ? { ...x, [f.key]: v } : x)))}
                />
              ))}
          </div>
          {spec.fields
            .filter((f) => f.kind === "bullets" || f.kind === "long")
            .map((f) => (
              <Field
                key={f.key}
                id={`rv-${spec.key}-${i}-${f.key}`}
                spec={f}
                value={item[f.key]}
                onChange={(v) => setItems(items.map((x, j) => (j === i ? { ...x, [f.key]: v } : x)))}
              />
            ))}
          <button type="button" className="ghost small" onClick={() => setItems(items.filter((_, j) => j !== i))}>
            Remove {spec.item} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="small" onClick={() => setItems([...items, {}])}>
        Add {spec.item}
      </button>
    </>
  );
}

function Field({
  id,
  spec,
  value,
  onChange,
}: {
  id: string;
  spec: FieldSpec;
  value: unknown;
  onChange(v: unknown): void;
}) {
  if (spec.kind === "bullets")
    return (
      <div className="field">
        <span className="label">{spec.label}</span>
        <Lines label="Bullet" values={(value as string[] | undefined) ?? []} onChange={onChange} idPrefix={id} />
      </div>
    );
  if (spec.kind === "list")
    return <ListField id={id} label={spec.label} value={(value as string[] | undefined) ?? []} onChange={onChange} />;
  if (spec.kind === "long")
    return (
      <div className="field">
        <label htmlFor={id}>{spec.label}</label>
        <textarea id={id} rows={2} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} />
      </div>
    );
  return (
    <TextField
      id={id}
      label={spec.label}
      value={String(value ?? "")}
      placeholder={spec.placeholder}
      pattern={spec.kind === "date" ? DATE_PATTERN : undefined}
      onChange={onChange}
    />
  );
}

function TextField({
  id,
  label,
  value,
  placeholder,
  pattern,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  pattern?: string;
  onChange(v: string): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        pattern={pattern}
        title={pattern ? "A date as YYYY, YYYY-MM or YYYY-MM-DD; leave End empty for Present" : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A comma-separated list; the raw text is kept while typing so "Go, " is not trimmed under the cursor. */
function ListField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string[];
  onChange(v: string[]): void;
}) {
  const [text, setText] = useState(value.join(", "));
  // an entry above was removed (or the list changed elsewhere): show the list this field now holds
  const joined = value.join("\n");
  useEffect(() => {
    setText((t) => (parseList(t).join("\n") === joined ? t : joined.split("\n").filter(Boolean).join(", ")));
  }, [joined]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseList(e.target.value));
        }}
      />
    </div>
  );
}

function Lines({
  label,
  values,
  onChange,
  idPrefix = label.toLowerCase(),
}: {
  label: string;
  values: string[];
  onChange(v: string[]): void;
  idPrefix?: string;
}) {
  return (
    <div className="stack lines">
      {values.map((line, i) => (
        <div className="row" key={i}>
          <input
            id={`${idPrefix}-${i}`}
            aria-label={`${label} ${i + 1}`}
            value={line}
            onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))}
          />
          <button
            type="button"
            className="ghost small"
            aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
            onClick={() => onChange(values.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="ghost small" onClick={() => onChange([...values, ""])}>
        + {label}
      </button>
    </div>
  );
}
