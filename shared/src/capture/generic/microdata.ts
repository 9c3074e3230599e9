import { richText } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { isoDate } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { normalizeEmploymentType, normalizeLocation, splitLocations, uniq } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";

// schema.org JobPosting as microdata (itemscope itemtype=".../JobPosting" + itemprop).

function propValue(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === "meta") return cleanLine(el.getAttribute("content"));
  if (tag === "time") return cleanLine(el.getAttribute("datetime") ?? el.textContent);
  if (tag === "a" || tag === "link") return cleanLine(el.getAttribute("href"));
  return cleanLine(el.getAttribute("content") ?? el.textContent);
}

function prop(scope: Element, name: string): Element | null {
  return scope.querySelector(`[itemprop~="${name}"]`);
}

function propText(scope: Element, name: string): string {
  const el = prop(scope, name);
  return el ? propValue(el) : "";
}

function placeText(place: Element): string {
  const parts = ["addressLocality", "addressRegion", "addressCountry"].map((n) => propText(place, n)).filter(Boolean);
  if (parts.length) return normalizeLocation(parts.join(", "));
  const name = propText(place, "name");
  return normalizeLocation(name || cleanLine(place.textContent));
}

export function readMicrodata(doc: Document): Draft | null {
  const scope = doc.querySelector('[itemtype*="schema.org/JobPosting" i]');
  if (!scope) return null;
  const org = prop(scope, "hiringOrganization");
  const company = org ? (org.hasAttribute("itemscope") ? propText(org, "name") : propValue(org)) : "";
  const places = [...scope.querySelectorAll('[itemprop~="jobLocation"]')];
  const locations = uniq(
    places
      .flatMap((p) => (p.hasAttribute("itemscope") ? [placeText(p)] : splitLocations(propValue(p))))
      .filter(Boolean),
  );
  const salaryEl = prop(scope, "baseSalary");
  let salary = null;
  if (salaryEl) {
    const cur = propText(salaryEl, "currency");
    const min = propText(salaryEl, "minValue");
    const max = propText(salaryEl, "maxValue");
    const unit = propText(salaryEl, "unitText");
    salary =
      min || max
        ? parseSalaryText(`${cur} ${min}${max ? ` - ${max}` : ""} ${unit ? `per ${unit}` : ""}`)
        : parseSalaryText(cleanLine(salaryEl.textContent), { defaultCurrency: cur || undefined });
  }
  const descEl = prop(scope, "description");
  return {
    title: propText(scope, "title") || propText(scope, "name"),
    company,
    locations,
    employmentType: normalizeEmploymentType(propText(scope, "employmentType")),
    salary,
    description: descEl ? (descEl.tagName === "META" ? propValue(descEl) : richText(descEl)) : "",
    postedAt: isoDate(propText(scope, "datePosted")),
    sourceId: propText(scope, "identifier") || null,
  };
}
