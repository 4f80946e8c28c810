// Keeps the status page fresh in place: fetches the same data as JSON, builds the same markup the
// server writes (StatusPageRenderer), and patches only the nodes that differ, so nothing flickers and
// a tooltip being read stays open. Text goes in as text nodes, never as HTML.
(() => {
  "use strict";
  const main = document.getElementById("workers");
  const status = document.getElementById("refresh");
  const takenAt = document.getElementById("taken-at");
  const refreshMs = Number(main.dataset.refreshMs) || 0;
  const NONE = "\u2014";
  const STRIP_HEIGHT = 24;
  const GAP = 2;
  const WIDTH_STEPS = [100, 1000, 10000, 60000, 600000, 3600000];
  const SVG = "http://www.w3.org/2000/svg";
  let refreshed = 0;
  let timer = 0;
  let missed = false;

  // Times arrive as UTC ISO strings ("2026-01-02T03:04:05.123+00:00"); shown to the second, as the server does.
  const time = (iso) => iso.slice(0, 10) + " " + iso.slice(11, 19) + "Z";
  const machineTime = (iso) => iso.slice(0, 19) + "Z";

  function duration(ms) {
    const whole = ms > 0 ? Math.floor(ms) : 0;
    if (whole < 1000) return whole + " ms";
    if (whole < 60000) {
      const tenths = Math.floor(whole / 100);
      return Math.floor(tenths / 10) + "." + (tenths % 10) + " s";
    }
    const seconds = Math.floor(whole / 1000);
    if (seconds < 3600) return Math.floor(seconds / 60) + " min " + (seconds % 60) + " s";
    if (seconds < 86400) return Math.floor(seconds / 3600) + " h " + Math.floor((seconds % 3600) / 60) + " min";
    return Math.floor(seconds / 86400) + " d " + Math.floor((seconds % 86400) / 3600) + " h";
  }

  const between = (from, to) => duration(Date.parse(to) - Date.parse(from));

  function build(node, attributes, children) {
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== "") node.append(child);
    }
    return node;
  }

  const el = (tag, attributes, ...children) => build(document.createElement(tag), attributes, children);
  const svg = (tag, attributes, ...children) => build(document.createElementNS(SVG, tag), attributes, children);
  const timeElement = (iso) => el("time", { datetime: machineTime(iso) }, time(iso));
  const fact = (wrapperClass, term, className, content) =>
    el("div", wrapperClass ? { class: wrapperClass } : null, el("dt", null, term), el("dd", { class: className }, content));

  const blockWidth = (ms) => WIDTH_STEPS.reduce((width, step) => (ms >= step ? width + 3 : width), 6);
  const blockHeight = (outcome) => (outcome === "Failed" ? STRIP_HEIGHT : outcome === "Completed" ? 16 : 10);
  const outcomeClass = (outcome) => (outcome === "Failed" ? "failed" : outcome === "Completed" ? "completed" : "stopped");
  const describe = (run) =>
    run.outcome + " after " + duration(run.durationMs) + ", started " + time(run.startedAt) +
    (run.failureType !== null && run.failureType !== undefined ? ": " + run.failureType : "");

  function caption(runs) {
    if (runs.length === 0) return "No finished runs yet";
    const parts = ["Completed", "Failed", "Stopped"]
      .map((outcome) => [outcome, runs.filter((run) => run.outcome === outcome).length])
      .filter(([, count]) => count > 0)
      .map(([outcome, count]) => count + " " + outcome.toLowerCase());
    return "Last " + (runs.length === 1 ? "run" : runs.length + " runs") + ": " + parts.join(", ");
  }

  function runStrip(runs) {
    const text = caption(runs);
    const figure = el("figure", { class: "runs" }, el("figcaption", null, text));
    if (runs.length > 0) {
      const width = runs.reduce((sum, run) => sum + blockWidth(run.durationMs), 0) + (runs.length - 1) * GAP;
      const strip = svg("svg", {
        class: "strip", viewBox: "0 0 " + width + " " + STRIP_HEIGHT, width, height: STRIP_HEIGHT,
        preserveAspectRatio: "none", role: "img", "aria-label": text,
      });
      let x = 0;
      for (const run of runs) {
        const w = blockWidth(run.durationMs);
        const h = blockHeight(run.outcome);
        strip.append(svg("rect", { class: "run " + outcomeClass(run.outcome), x, y: STRIP_HEIGHT - h, width: w, height: h },
          svg("title", null, describe(run))));
        x += w + GAP;
      }
      figure.append(strip);
    }
    return figure;
  }

  function worker(w, takenAtIso) {
    const failure = w.lastFailure;
    const article = el("article", { class: "worker", "data-name": w.name, "data-state": w.state },
      el("header", null, el("h2", { class: "name" }, w.name), el("span", { class: "state" }, w.state), el("span", { class: "type" }, w.workerType)),
      el("dl", { class: "facts" },
        fact(null, "Since", "since", w.stateSince ? [timeElement(w.stateSince), ", for " + between(w.stateSince, takenAtIso)] : NONE),
        fact(null, "Uptime", "uptime", w.uptimeMs > 0 || w.state === "Running" ? duration(w.uptimeMs) : NONE),
        fact(null, "Restarts", "restarts", String(w.restartCount)),
        fact(null, "Failures in a row", "failures", String(w.consecutiveFailures)),
        fact(null, "Next restart", "next-restart",
          w.nextRestartAt ? ["in " + between(takenAtIso, w.nextRestartAt) + ", at ", timeElement(w.nextRestartAt)] : NONE),
        fact("wide", "Last failure", "last-failure", failure
          ? [el("span", { class: "failure-message" }, failure.message), " ",
            el("span", { class: "failure-detail" }, el("code", { class: "failure-type" }, failure.type), ", ", timeElement(failure.at))]
          : "none"),
        fact("wide", "Policy", "policy", w.policy)),
      runStrip(w.recentRuns));
    if (w.children.length > 0) {
      article.append(el("section", { class: "children" }, el("h3", null, "Children of " + w.name), w.children.map((child) => worker(child, takenAtIso))));
    }
    return article;
  }

  // Makes `have` look like `want`, touching only what differs.
  function patch(have, want) {
    if (have.nodeType !== want.nodeType || have.nodeName !== want.nodeName || have.namespaceURI !== want.namespaceURI) {
      have.replaceWith(want);
      return;
    }
    if (have.nodeType !== Node.ELEMENT_NODE) {
      if (have.nodeValue !== want.nodeValue) have.nodeValue = want.nodeValue;
      return;
    }
    for (const { name } of Array.from(have.attributes)) if (!want.hasAttribute(name)) have.removeAttribute(name);
    for (const { name, value } of Array.from(want.attributes)) if (have.getAttribute(name) !== value) have.setAttribute(name, value);
    patchChildren(have, want);
  }

  function patchChildren(have, want) {
    const current = Array.from(have.childNodes);
    const wanted = Array.from(want.childNodes);
    wanted.forEach((node, i) => (i < current.length ? patch(current[i], node) : have.append(node)));
    for (let i = wanted.length; i < current.length; i++) current[i].remove();
  }

  function show(doc) {
    takenAt.setAttribute("datetime", machineTime(doc.takenAt));
    takenAt.textContent = time(doc.takenAt);
    const fresh = el("main", null, doc.workers.length > 0
      ? doc.workers.map((w) => worker(w, doc.takenAt))
      : el("p", { class: "empty" }, "No supervised workers."));
    patchChildren(main, fresh);
    main.dataset.refreshed = String(++refreshed);
  }

  async function refresh() {
    try {
      const response = await fetch(location.pathname + location.search, {
        headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin",
      });
      if (!response.ok) throw new Error("HTTP " + response.status);
      show(await response.json());
      status.textContent = "Live: updates every " + duration(refreshMs);
      status.removeAttribute("data-failed");
    } catch (error) {
      status.textContent = "Not updated (" + error.message + "): showing the data as of " + takenAt.textContent;
      status.setAttribute("data-failed", "true");
    } finally {
      schedule();
    }
  }

  // A hidden tab does not poll; it catches up when shown again.
  function tick() {
    if (document.hidden) missed = true;
    else refresh();
  }

  function schedule() {
    clearTimeout(timer);
    if (refreshMs > 0) timer = setTimeout(tick, refreshMs);
  }

  document.addEventListener("visibilitychange", () => {
    if (!document.hidden && missed) {
      missed = false;
      refresh();
    }
  });

  if (refreshMs > 0) {
    status.textContent = "Live: updates every " + duration(refreshMs);
    schedule();
  }
})();
