// The paste box: code an article on the server (nothing is stored) and show what was found.

import { api, showError } from "./api.js";
import { h, clear } from "./dom.js";
import { codedView } from "./article.js";

let lastText = "";

export function codePage(main) {
  const area = h("textarea", { id: "paste", name: "text", placeholder: "Paste a news article in English…" });
  area.value = lastText;
  const date = h("input", { id: "paste-date", name: "date", type: "date" });
  const button = h("button", { type: "submit", id: "code-button" }, "Code it");
  const out = h("div", { id: "coded" });
  const form = h("form", { class: "card", id: "code-form" }, area,
    h("div", { class: "filters" }, h("label", {}, "Article date (optional)", date), button,
      h("span", { class: "muted" }, "Coded on the server; nothing is stored.")));
  clear(main).append(h("h1", {}, "Code an article"), form, out);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    lastText = area.value;
    button.disabled = true;
    out.dataset.state = "coding";
    clear(out).append(h("p", { class: "muted" }, "Coding…"));
    try {
      const coded = await api("/v1/code", { method: "POST", json: { text: area.value, date: date.value || null } });
      showError(null);
      clear(out).append(codedView(coded));
      out.dataset.state = "done";
    } catch (error) {
      clear(out);
      showError(error);
      out.dataset.state = "error";
    } finally {
      button.disabled = false;
    }
  });
}
