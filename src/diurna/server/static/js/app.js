// The dashboard: a hash router over six pages, all drawn from the API of the same server.

import { api, setupToken, showError } from "./api.js";
import { h, clear } from "./dom.js";
import { timelinePage } from "./timeline.js";
import { mapPage } from "./map.js";
import { eventsPage } from "./events.js";
import { articlePage } from "./article.js";
import { codePage } from "./code.js";
import { apiPage } from "./apidoc.js";

async function route() {
  const main = document.getElementById("page");
  const [path, search] = (location.hash.slice(1) || "/timeline").split("?");
  const params = new URLSearchParams(search || "");
  const [, page, id] = path.split("/");
  for (const link of document.querySelectorAll("#nav a")) link.classList.toggle("active", link.dataset.page === page);
  document.body.dataset.page = page;
  document.body.dataset.ready = "false";
  try {
    if (page === "map") await mapPage(main, params);
    else if (page === "events") await eventsPage(main, params);
    else if (page === "article") await articlePage(main, id ? decodeURIComponent(id) : "", params);
    else if (page === "code") codePage(main);
    else if (page === "api") await apiPage(main);
    else await timelinePage(main, params);
  } catch (error) {
    showError(error);
    if (!main.firstChild) main.append(h("p", { class: "muted" }, "Nothing to show."));
  }
  document.body.dataset.ready = "true";
}

async function stats() {
  try {
    const s = await api("/v1/summary");
    document.getElementById("stats").textContent =
      `${s.articles} articles · ${s.events} events · ${s.first_date || "–"} to ${s.last_date || "–"}`;
  } catch (error) {
    document.getElementById("stats").textContent = "";
  }
}

window.addEventListener("hashchange", route);
setupToken(() => { stats(); route(); });
stats();
route();
