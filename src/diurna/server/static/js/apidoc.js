// The API page: the routes of the OpenAPI document, read at run time (no CDN documentation viewer).

import { h, clear } from "./dom.js";

export async function apiPage(main) {
  const doc = await fetch("/openapi.json").then((r) => r.json());
  const rows = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const params = (op.parameters || []).map((p) => p.name).join(", ");
      rows.push(h("tr", {}, h("td", {}, method.toUpperCase()), h("td", {}, path), h("td", {}, op.description || op.summary || ""), h("td", { class: "muted" }, params)));
    }
  }
  clear(main).append(h("h1", {}, `${doc.info.title} API ${doc.info.version}`),
    h("p", { class: "card" }, doc.info.description, " The whole document: ", h("a", { href: "/openapi.json" }, "/openapi.json"), "."),
    h("table", { class: "grid routes" }, h("thead", {}, h("tr", {}, ["method", "path", "what", "parameters"].map((c) => h("th", {}, c)))), h("tbody", {}, rows)));
}
