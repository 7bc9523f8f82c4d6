// The map page: a Natural Earth outline that ships with diurna, and events as points by quad class.

import { api, query, showError } from "./api.js";
import { h, s, clear, field, checkbox, formValues, legend, tip, fmt, QUADS } from "./dom.js";

const W = 960, H = 480;
const px = (lon) => ((lon + 180) / 360) * W;
const py = (lat) => ((90 - lat) / 180) * H;
// Points of one place, one per quad class, set apart a little so a mix stays visible.
const OFFSET = { 1: [-1, -1], 2: [1, -1], 3: [-1, 1], 4: [1, 1] };
let world = null;

export async function mapPage(main, params) {
  const form = h("form", { class: "filters card", id: "map-form" },
    field("Actor", "actor", params.get("actor") || "", { size: 8 }),
    field("Since", "since", params.get("since") || "", { type: "date" }),
    field("Until", "until", params.get("until") || "", { type: "date" }),
    QUADS.map((q) => checkbox(q.name, `q${q.q}`, params.get(`q${q.q}`) !== "false")),
    h("button", { type: "submit" }, "Show"));
  const out = h("div", { class: "card", id: "map" });
  clear(main).append(h("h1", {}, "Map of events"), form, out);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const v = formValues(form);
    const p = { actor: v.actor, since: v.since, until: v.until };
    for (const q of QUADS) if (!v[`q${q.q}`]) p[`q${q.q}`] = "false";
    location.hash = "#/map" + query(p);
  });
  const quads = QUADS.filter((q) => params.get(`q${q.q}`) !== "false").map((q) => q.q);
  world = world || await fetch("/static/world.json").then((r) => r.json());
  const data = await api("/v1/places" + query({ actor: params.get("actor"), since: params.get("since"),
    until: params.get("until"), quad: quads.join(","), limit: 1000 }));
  showError(null);
  const total = data.places.reduce((n, p) => n + p.events, 0);
  clear(out).append(
    h("p", { class: "muted" }, `${data.places.length} places, ${total} events with a place; ${data.unplaced} events without one are not drawn.`),
    legend(), drawMap(world, data.places, quads));
}

function drawMap(world, places, quads) {
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "World map of events", class: "worldmap" });
  svg.append(s("rect", { class: "sea", x: 0, y: 0, width: W, height: H }));
  const grat = [];
  for (let lon = -180; lon <= 180; lon += 30) grat.push(`M${px(lon)},0V${H}`);
  for (let lat = -60; lat <= 60; lat += 30) grat.push(`M0,${py(lat)}H${W}`);
  svg.append(s("path", { class: "graticule", d: grat.join("") }));
  const hit = new Set(places.map((p) => p.country));
  const land = s("g", { class: "countries" });
  for (const country of world.countries) {
    const d = country.rings.map(ring).join("");
    const path = s("path", { class: hit.has(country.iso3) ? "land hit" : "land", d });
    path.append(s("title", {}, country.name));
    land.append(path);
  }
  svg.append(land);
  const max = Math.max(1, ...places.map((p) => p.events));
  const points = s("g", { class: "points" });
  for (const place of places) {
    for (const q of quads) {
      const n = place[`q${q}`];
      if (!n) continue;
      const r = 2.5 + 9 * Math.sqrt(n / max);
      const [dx, dy] = OFFSET[q];
      const c = s("circle", { class: `pt q${q}`, cx: (px(place.lon) + dx * 2).toFixed(1), cy: (py(place.lat) + dy * 2).toFixed(1), r: r.toFixed(1) });
      c.addEventListener("mousemove", (e) => tip(e, `${place.name || "?"} (${place.country || "?"}): ${place.events} events — ` +
        QUADS.map((x) => `${place[`q${x.q}`]} ${x.name.toLowerCase()}`).join(", ") + `; Goldstein ${fmt(place.goldstein)}`));
      c.addEventListener("mouseleave", (e) => tip(e, null));
      c.addEventListener("click", () => { location.hash = "#/events" + query({ place: place.name, quad: String(q) }); });
      points.append(c);
    }
  }
  svg.append(points);
  return svg;
}

function ring(flat) {
  let d = "";
  for (let i = 0; i < flat.length; i += 2) d += `${i ? "L" : "M"}${px(flat[i]).toFixed(1)},${py(flat[i + 1]).toFixed(1)}`;
  return d + "Z";
}
