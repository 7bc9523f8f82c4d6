// Talking to the API: one fetch wrapper that adds the token and shows error envelopes.

import { h, clear } from "./dom.js";

const TOKEN_KEY = "diurna-token";

export class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || { code: "?", title: `HTTP ${status}`, cause: "", fix: "" };
    super(`[${error.code}] ${error.title}`);
    this.status = status;
    this.envelope = error;
  }
}

export function query(params) {
  const parts = Object.entries(params || {}).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return parts.length ? "?" + new URLSearchParams(parts).toString() : "";
}

export async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.json !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method: options.method || "GET",
    headers,
    body: options.json !== undefined ? JSON.stringify(options.json) : undefined,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) askForToken();
    throw new ApiError(response.status, body);
  }
  return body;
}

export function showError(error) {
  const box = document.getElementById("notice");
  clear(box);
  if (!error) { box.hidden = true; return; }
  const e = error.envelope || { code: "", title: String(error.message || error), cause: "", fix: "" };
  box.append(h("b", {}, e.code), " ", e.title, ": ", e.cause, " ", h("span", { class: "muted" }, e.fix));
  box.hidden = false;
}

function askForToken() {
  const form = document.getElementById("token-form");
  form.hidden = false;
}

export function setupToken(onChange) {
  const form = document.getElementById("token-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = document.getElementById("token").value.trim();
    if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
    form.hidden = true;
    showError(null);
    onChange();
  });
}
