// Small DOM helpers: build elements without innerHTML, so article text is never parsed as HTML.

export const SVG_NS = "http://www.w3.org/2000/svg";

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "text") el.textContent = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function fmt(value, digits = 2) {
  if (value === null || value === undefined) return "–";
  return typeof value === "number" && !Number.isInteger(value) ? value.toFixed(digits) : String(value);
}

export const QUADS = [
  { q: 1, key: "verbal_coop", name: "Verbal cooperation" },
  { q: 2, key: "material_coop", name: "Material cooperation" },
  { q: 3, key: "verbal_conflict", name: "Verbal conflict" },
  { q: 4, key: "material_conflict", name: "Material conflict" },
];

export function legend(extra = []) {
  return h("div", { class: "legend" },
    QUADS.map((d) => h("span", {}, h("span", { class: `sw q${d.q}` }), d.name)), extra);
}

// A floating tooltip shared by the charts.
let tipEl = null;
export function tip(event, text) {
  if (!tipEl) { tipEl = h("div", { class: "tip" }); document.body.append(tipEl); }
  if (text === null) { tipEl.hidden = true; return; }
  tipEl.hidden = false;
  tipEl.textContent = text;
  tipEl.style.left = `${event.clientX + 12}px`;
  tipEl.style.top = `${event.clientY + 12}px`;
}

// Read a form's named inputs as a plain object of non-empty strings (checkboxes as "true").
export function formValues(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === "checkbox") { if (el.checked) out[el.name] = "true"; }
    else if (el.value.trim()) out[el.name] = el.value.trim();
  }
  return out;
}

export function field(label, name, value = "", attrs = {}) {
  return h("label", {}, label, h("input", { name, value, ...attrs }));
}

export function select(label, name, options, value = "") {
  return h("label", {}, label, h("select", { name },
    options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))));
}

export function checkbox(label, name, checked = false) {
  return h("label", { class: "check" }, h("input", { type: "checkbox", name, checked }), label);
}
