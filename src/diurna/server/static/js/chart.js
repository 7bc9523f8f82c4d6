// The dyad chart in SVG: stacked bars of events by quad class, and the mean Goldstein line.

import { s, fmt, QUADS, tip } from "./dom.js";

const W = 960, H = 340, M = { top: 16, right: 46, bottom: 48, left: 44 };

export function timelineChart(periods, interval = "month") {
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Events by quad class and mean Goldstein per period", class: "timeline" });
  const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
  const maxCount = Math.max(1, ...periods.map((p) => p.events));
  const step = iw / Math.max(1, periods.length);
  const bar = Math.max(1, Math.min(40, step * 0.8));
  const y = (n) => M.top + ih - (n / maxCount) * ih;
  const g = (v) => M.top + ih / 2 - (v / 10) * (ih / 2);
  const x = (i) => M.left + i * step + (step - bar) / 2;

  const grid = s("g", { class: "grid" });
  for (const t of ticks(maxCount)) {
    grid.append(s("line", { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t) }));
    grid.append(s("text", { x: M.left - 6, y: y(t) + 4, "text-anchor": "end" }, String(t)));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    grid.append(s("text", { x: W - M.right + 6, y: g(v) + 4 }, (v > 0 ? "+" : "") + v));
  }
  svg.append(grid);
  svg.append(s("line", { class: "zero", x1: M.left, x2: W - M.right, y1: g(0), y2: g(0) }));

  const bars = s("g", { class: "bars" });
  periods.forEach((p, i) => {
    let base = 0;
    for (const quad of QUADS) {
      const n = p[quad.key];
      if (!n) continue;
      const rect = s("rect", { class: `bar q${quad.q}`, x: x(i), width: bar, y: y(base + n), height: y(base) - y(base + n) });
      rect.addEventListener("mousemove", (e) => tip(e, `${p.period}: ${n} ${quad.name.toLowerCase()}; ${p.events} events, Goldstein ${fmt(p.goldstein)}`));
      rect.addEventListener("mouseleave", (e) => tip(e, null));
      bars.append(rect);
      base += n;
    }
  });
  svg.append(bars);

  // The line joins neighbouring periods only: a period with no events breaks it.
  let d = "", joined = false;
  periods.forEach((p, i) => {
    if (p.goldstein === null || p.goldstein === undefined) { joined = false; return; }
    const cx = x(i) + bar / 2;
    d += `${joined ? "L" : "M"}${cx.toFixed(1)},${g(p.goldstein).toFixed(1)}`;
    joined = true;
    svg.append(s("circle", { class: "gold-dot", cx, cy: g(p.goldstein), r: 2.6 }));
  });
  if (d) svg.append(s("path", { class: "gold", d }));

  const axis = s("g", { class: "axis" });
  axis.append(s("line", { x1: M.left, x2: W - M.right, y1: M.top + ih, y2: M.top + ih }));
  const every = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((p, i) => {
    if (i % every) return;
    axis.append(s("text", { x: x(i) + bar / 2, y: M.top + ih + 16, "text-anchor": "middle" }, label(p.period, interval)));
  });
  axis.append(s("text", { x: 12, y: M.top + ih / 2, transform: `rotate(-90 12 ${M.top + ih / 2})`, "text-anchor": "middle" }, "events"));
  axis.append(s("text", { x: W - 8, y: M.top + ih / 2, transform: `rotate(90 ${W - 8} ${M.top + ih / 2})`, "text-anchor": "middle" }, "mean Goldstein"));
  svg.append(axis);
  return svg;
}

function label(period, interval) {
  return interval === "year" ? period.slice(0, 4) : interval === "month" ? period.slice(0, 7) : period;
}

function ticks(max) {
  const step = max <= 5 ? 1 : Math.ceil(max / 5 / 5) * 5;
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

// Every period between the first and the last, so gaps show as gaps.
export function fillPeriods(periods, interval) {
  if (periods.length < 2) return periods;
  const byKey = new Map(periods.map((p) => [p.period, p]));
  const out = [];
  let d = new Date(periods[0].period + "T00:00:00Z");
  const end = new Date(periods[periods.length - 1].period + "T00:00:00Z");
  while (d <= end && out.length < 3000) {
    const key = d.toISOString().slice(0, 10);
    out.push(byKey.get(key) || { period: key, events: 0, verbal_coop: 0, material_coop: 0, verbal_conflict: 0, material_conflict: 0, mentions: 0, goldstein: null });
    d = next(d, interval);
  }
  return out.length >= 3000 ? periods : out;
}

function next(d, interval) {
  const n = new Date(d);
  if (interval === "day") n.setUTCDate(n.getUTCDate() + 1);
  else if (interval === "week") n.setUTCDate(n.getUTCDate() + 7);
  else if (interval === "month") n.setUTCMonth(n.getUTCMonth() + 1);
  else n.setUTCFullYear(n.getUTCFullYear() + 1);
  return n;
}
