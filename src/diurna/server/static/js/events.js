// The events page: filters, a table whose rows open the article an event came from, paging.

import { api, query, showError } from "./api.js";
import { h, clear, field, select, formValues, fmt } from "./dom.js";

const FILTERS = ["actor", "source", "target", "dyad", "country", "root", "code", "plover", "quad", "since", "until", "place", "text"];
const PAGE = 50;

export async function eventsPage(main, params) {
  const v = (k) => params.get(k) || "";
  const form = h("form", { class: "filters card", id: "events-form" },
    field("Actor", "actor", v("actor"), { size: 8, placeholder: "SRB" }),
    field("Source", "source", v("source"), { size: 8 }),
    field("Target", "target", v("target"), { size: 8 }),
    field("Dyad", "dyad", v("dyad"), { size: 9, placeholder: "A,B" }),
    field("Country", "country", v("country"), { size: 5, placeholder: "ISO3" }),
    field("CAMEO root", "root", v("root"), { size: 4, placeholder: "19" }),
    field("CAMEO code", "code", v("code"), { size: 5 }),
    field("PLOVER", "plover", v("plover"), { size: 9 }),
    select("Quad class", "quad", [["", "any"], ["1", "1 verbal coop."], ["2", "2 material coop."], ["3", "3 verbal conflict"], ["4", "4 material conflict"], ["3,4", "3-4 conflict"], ["1,2", "1-2 cooperation"]], v("quad")),
    field("Since", "since", v("since"), { type: "date" }),
    field("Until", "until", v("until"), { type: "date" }),
    field("Place", "place", v("place"), { size: 10 }),
    field("Text", "text", v("text"), { size: 14, placeholder: "words in the sentence" }),
    h("button", { type: "submit" }, "Filter"),
    h("button", { type: "button", class: "secondary", onclick: () => { location.hash = "#/events"; } }, "Clear"));
  const out = h("div", { id: "events" });
  clear(main).append(h("h1", {}, "Events"), form, out);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = "#/events" + query(formValues(form));
  });
  const filters = {};
  for (const k of FILTERS) if (params.get(k)) filters[k] = params.get(k);
  const offset = Number(params.get("offset") || 0);
  const page = await api("/v1/events" + query({ ...filters, limit: PAGE, offset }));
  showError(null);
  clear(out).append(pager(page, filters), table(page.events), page.events.length > 20 ? pager(page, filters) : null);
}

function table(events) {
  if (!events.length) return h("p", { class: "muted card" }, "No events match these filters.");
  const rows = events.map((e) => h("tr", {
    class: `q${e.quad_class}`, "data-article": e.article_id, tabindex: 0,
    onclick: () => open(e), onkeydown: (k) => { if (k.key === "Enter") open(e); },
  },
    h("td", { class: "code" }, e.date || "–"),
    h("td", { class: "code", title: e.source_name || "" }, e.source_code || "–"),
    h("td", {}, h("span", { class: `dot q${e.quad_class}` }), h("span", { class: "code" }, e.cameo_code), " ", e.cameo_name || ""),
    h("td", { class: "code", title: e.target_name || "" }, e.target_code || "–"),
    h("td", {}, e.place_name || "–"),
    h("td", { class: "code" }, fmt(e.goldstein, 1)),
    h("td", {}, String(e.num_mentions)),
    h("td", { class: "evidence" }, clip(e.sentence || "", 220))));
  return h("table", { class: "grid", id: "events-table" },
    h("thead", {}, h("tr", {}, ["date", "source", "event", "target", "place", "Goldstein", "mentions", "evidence"].map((c) => h("th", {}, c)))),
    h("tbody", {}, rows));
}

function open(event) {
  location.hash = `#/article/${encodeURIComponent(event.article_id)}` + query({ event: event.id });
}

function pager(page, filters) {
  const last = page.offset + page.events.length;
  const go = (offset) => { location.hash = "#/events" + query({ ...filters, offset: offset || undefined }); };
  return h("div", { class: "pager" },
    h("span", { class: "muted" }, page.total ? `${page.offset + 1}–${last} of ${page.total} events` : "0 events"),
    h("button", { type: "button", class: "secondary", disabled: page.offset <= 0, onclick: () => go(Math.max(0, page.offset - PAGE)) }, "← Newer"),
    h("button", { type: "button", class: "secondary", disabled: last >= page.total, onclick: () => go(page.offset + PAGE) }, "Older →"));
}

function clip(text, n) {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= n ? t : t.slice(0, n - 1) + "…";
}
