// The dyad timeline page: choose two actors and a period; bars by quad class, Goldstein line.

import { api, query, showError } from "./api.js";
import { h, clear, field, select, checkbox, formValues, legend, fmt, QUADS } from "./dom.js";
import { timelineChart, fillPeriods } from "./chart.js";

export async function timelinePage(main, params) {
  let a = params.get("a"), b = params.get("b");
  if (!a || !b) {
    const summary = await api("/v1/summary");
    // The busiest dyad of named actors: '---' codes have no country, so make dull defaults.
    const top = summary.top_dyads.find((d) => !d.source.startsWith("---") && !d.target.startsWith("---")) || summary.top_dyads[0];
    a = a || (top ? country(top.source) : "USA");
    b = b || (top ? country(top.target) : "RUS");
  }
  const state = { a, b, interval: params.get("interval") || "month", both: params.get("both") !== "false",
                  since: params.get("since") || "", until: params.get("until") || "" };
  const form = h("form", { class: "filters card", id: "timeline-form" },
    field("Actor A", "a", state.a, { required: true, size: 8 }),
    field("Actor B", "b", state.b, { required: true, size: 8 }),
    checkbox("both directions", "both", state.both),
    select("Interval", "interval", [["day", "day"], ["week", "week"], ["month", "month"], ["year", "year"]], state.interval),
    field("Since", "since", state.since, { type: "date" }),
    field("Until", "until", state.until, { type: "date" }),
    h("button", { type: "submit" }, "Draw"));
  const out = h("div", { class: "card", id: "timeline" });
  clear(main).append(h("h1", {}, "Dyad timeline"), form, out);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const v = formValues(form);
    location.hash = "#/timeline" + query({ a: v.a, b: v.b, interval: v.interval, both: v.both ? "true" : "false", since: v.since, until: v.until });
  });
  await draw(out, state);
}

async function draw(out, state) {
  const path = `/v1/dyads/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}`;
  const series = await api(path + query({ interval: state.interval, both: state.both ? "true" : "false", since: state.since, until: state.until }));
  showError(null);
  const t = series.totals;
  const arrow = series.both ? "↔" : "→";
  clear(out).append(
    h("h2", {}, `${series.source} ${arrow} ${series.target}, by ${series.interval}`),
    h("div", { class: "totals" },
      h("div", {}, h("b", {}, t.events), "events"),
      QUADS.map((q) => h("div", {}, h("b", {}, t[q.key]), q.name.toLowerCase())),
      h("div", {}, h("b", {}, fmt(t.goldstein)), "mean Goldstein")),
    legend([h("span", {}, h("span", { class: "sw line" }), "mean Goldstein (right axis, −10 to +10)")]));
  if (!series.periods.length) {
    out.append(h("p", { class: "muted", id: "timeline-empty" }, "No events between these actors in this period."));
    return;
  }
  out.append(timelineChart(fillPeriods(series.periods, series.interval), series.interval));
  const link = "#/events" + query({ dyad: series.both ? `${series.source},${series.target}` : undefined,
    source: series.both ? undefined : series.source, target: series.both ? undefined : series.target,
    since: state.since, until: state.until });
  out.append(h("p", {}, h("a", { href: link }, "List these events →")));
}

// A state's code without its sector (UKRGOV -> UKR), so the default dyad takes in every sector.
function country(code) {
  return /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : code;
}
