// The article view: text with actors, verbs and places marked, and the events it produced.

import { api, showError } from "./api.js";
import { h, clear, QUADS } from "./dom.js";

export async function articlePage(main, id, params) {
  if (!id) {
    clear(main).append(h("h1", {}, "Article"),
      h("p", { class: "card muted" }, "Choose an event in the ", h("a", { href: "#/events" }, "events table"), " to read the article it came from."));
    return;
  }
  const article = await api(`/v1/articles/${encodeURIComponent(id)}`);
  showError(null);
  const web = article.url && /^https?:\/\//i.test(article.url);  // never a javascript: link from stored data
  const meta = [article.date, article.source, web ? h("a", { href: article.url, rel: "noopener noreferrer" }, "original") : null]
    .filter(Boolean).flatMap((x, i) => (i ? [" · ", x] : [x]));
  clear(main).append(h("h1", {}, article.title || `Article ${article.id}`),
    h("p", { class: "muted" }, meta, " · id ", h("span", { class: "code" }, article.id)),
    codedView(article, params.get("event")));
}

// Shared with the paste box: the coded text and its events side by side.
export function codedView(coded, selectedEventId = null) {
  const text = markedText(coded.text || "", coded.marks || []);
  const list = h("ol", { class: "events-list", id: "event-list" });
  (coded.events || []).forEach((event, index) => {
    const item = eventItem(event, index);
    item.addEventListener("mouseenter", () => highlight(text, event));
    item.addEventListener("mouseleave", () => highlight(text, null));
    if (selectedEventId && event.event_id === selectedEventId) {
      item.classList.add("selected");
      setTimeout(() => { highlight(text, event); item.scrollIntoView({ block: "nearest" }); }, 0);
    }
    list.append(item);
  });
  const counted = (coded.events || []).filter((e) => e.counts).length;
  return h("div", { class: "split" },
    h("div", { class: "card" },
      h("div", { class: "legend" },
        h("span", { class: "m-actor" }, "actor"), h("span", { class: "m-verb" }, "event verb"), h("span", { class: "m-place" }, "place")),
      text),
    h("div", {},
      h("h2", {}, `${(coded.events || []).length} events`, counted !== (coded.events || []).length ? ` (${counted} counted)` : ""),
      (coded.events || []).length ? list : h("p", { class: "muted" }, "No events were coded in this text."),
      h("h2", {}, "Actors"), h("p", {}, uniq((coded.actors || []).map((a) => a.code)).map((c) => h("span", { class: "tag code" }, c))),
      h("h2", {}, "Places"), h("p", {}, uniq((coded.places || []).map((p) => p.name || p.text)).map((n) => h("span", { class: "tag" }, n)))));
}

function eventItem(event, index) {
  const quad = event.cameo.quad_class;
  const who = `${event.source ? event.source.code : "–"} → ${event.target ? event.target.code : "–"}`;
  const flags = [];
  if (event.negated) flags.push(h("span", { class: "tag warn" }, "negated"));
  if (event.modality && event.modality !== "asserted") flags.push(h("span", { class: "tag" }, event.modality));
  return h("li", { class: `q${quad}`, "data-index": index },
    h("div", {}, h("span", { class: "who code" }, who), " ", h("span", { class: "code" }, event.cameo.code), " ", event.cameo.name,
      h("span", { class: "tag" }, QUADS[quad - 1] ? QUADS[quad - 1].name : `quad ${quad}`), flags),
    h("div", { class: "muted" }, `“${event.verb}” · PLOVER ${event.plover.type || "–"}${event.plover.mode ? " / " + event.plover.mode : ""} · Goldstein ${event.cameo.goldstein}`,
      event.date ? ` · ${event.date}` : "", event.place && event.place.name ? ` · ${event.place.name}` : ""),
    h("div", { class: "rule" }, "rule ", event.rule));
}

// Split the text at every mark boundary; each piece carries the classes of the marks over it.
export function markedText(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(clamp(m.start, text)); cuts.add(clamp(m.end, text)); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = h("div", { class: "text", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const over = marks.filter((m) => m.start <= start && m.end >= end && m.end > m.start);
    const piece = text.slice(start, end);
    if (!over.length) { box.append(piece); continue; }
    const span = h("span", { class: [...new Set(over.map((m) => `m-${m.kind}`))].join(" "), "data-start": start, "data-end": end,
      title: over.map((m) => `${m.kind}: ${m.title || ""}${m.label ? " (" + m.label + ")" : ""}`).join("\n") }, piece);
    box.append(span);
  }
  return box;
}

function highlight(box, event) {
  const spans = event ? Object.values(event.spans || {}).filter(Boolean) : [];
  for (const el of box.querySelectorAll("span[data-start]")) {
    const a = Number(el.dataset.start), b = Number(el.dataset.end);
    el.classList.toggle("hl", spans.some((sp) => sp.start < b && sp.end > a));
  }
}

const clamp = (n, text) => Math.max(0, Math.min(text.length, n));
const uniq = (xs) => [...new Set(xs.filter(Boolean))];
