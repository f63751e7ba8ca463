/* HealthQA widget launcher. Add to any page:
 *   <script src="https://YOUR-FAQ-HOST/widget.js" async
 *           data-title="Ask our health articles" data-greeting="Hi! Ask me a question."
 *           data-accent="#0f766e" data-position="right" data-open="false"
 *           data-offset-bottom="20" data-offset-side="20" data-avoid="#cookie-bar"></script>
 * data-offset-*: px from the window's bottom and side (0-400, default 20). data-avoid: a selector
 * of the page's elements (cookie bar...): while one is in the corner, the launcher sits above.
 * Without data-offset-*, it also finds the page's own fixed/sticky elements there (keepClear).
 * It adds one element, <healthqa-widget id="healthqa-widget-host">, holding a shadow root with a
 * launcher button and a chat panel (an iframe of embed/ beside the script: same origin and path).
 * No cookies, no dependencies, nothing else on the page is touched.
 * Page API: window.HealthQA.open(), .close(), .toggle(), .isOpen().
 * It first asks the server (api/embed-allowed, CORS) if this site may embed the chat; if not, no
 * launcher and a console error. A host CSP must allow our origin in script-src, connect-src and
 * frame-src; no inline style or innerHTML is used. */
(function () {
  "use strict";
  if (window.HealthQA && window.HealthQA.version) return; // loaded twice: keep the first

  var script = document.currentScript || findScript();
  if (!script || !script.src) return;
  var origin = new URL(script.src, window.location.href).origin;
  var base = new URL(".", new URL(script.src, window.location.href)).href; // the app, sub-path too
  var data = script.dataset || {};
  var options = {
    title: clip(data.title || "Ask our health articles", 80, "data-title"),
    greeting: clip(data.greeting || "", 300, "data-greeting"),
    accent: colour(data.accent),
    position: oneOf(data.position, ["right", "left"], "data-position"),
    openOnLoad: data.open === "" || oneOf(data.open, ["false", "true"], "data-open") === "true",
    bottom: pixels(data.offsetBottom, "data-offset-bottom"),
    side: pixels(data.offsetSide, "data-offset-side"),
    avoid: selector(data.avoid),
    auto: data.offsetBottom === undefined && data.offsetSide === undefined // the owner placed it
  };
  var ui = null;
  var NEEDS = "script-src, connect-src and frame-src " + origin;
  var UNAVAILABLE = "This chat is not available on this site.";
  // Full screen on a narrow or a short window (a phone sideways: 72 px of chat beside the page)
  var SMALL = "(max-width: 600px), (max-height: 500px)";
  var FULL = window.matchMedia(SMALL);

  function findScript() {
    var all = document.getElementsByTagName("script");
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/widget\.js(?:[?#]|$)/.test(all[i].src)) return all[i];
    }
    return null;
  }

  function clip(value, max, name) { // at most max characters, cut between words, with a warning
    if (value.length <= max) return value;
    console.warn("HealthQA widget: " + name + " is over " + max + " characters; shortened.");
    return (value.slice(0, max).replace(/\s*\S*$/, "") || value.slice(0, max - 1)) + "\u2026";
  }

  function pixels(value, name) { // px from 0 to 400, else 20
    var n = Number(String(value || 20).replace(/px$/, ""));
    if (n >= 0 && n <= 400) return Math.round(n);
    console.warn("HealthQA widget: " + name + " must be 0 to 400 (pixels); using 20.");
    return 20;
  }

  function selector(value) { // a valid CSS selector, or ""
    try { return value && document.querySelectorAll(value) ? value : ""; } catch (e) {
      console.warn("HealthQA widget: data-avoid is not a CSS selector: " + value);
      return "";
    }
  }

  function oneOf(value, allowed, name) { // one of the allowed words, else the first
    if (value === undefined || allowed.indexOf(value) >= 0) return value || allowed[0];
    console.warn("HealthQA widget: " + name + " must be " + allowed.join(" or ") + "; using " + allowed[0] + ".");
    return allowed[0];
  }

  function colour(value) { // any CSS colour, else ours
    if (value === undefined || validColour(value)) return value || "#0f766e";
    console.warn("HealthQA widget: data-accent is not a CSS colour: " + value);
    return "#0f766e";
  }

  function validColour(value) {
    return !!value && value.length < 40 && window.CSS && CSS.supports && CSS.supports("color", value);
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  var CSS_TEXT = [
    ":host { all: initial; }",
    "* { box-sizing: border-box; }",
    ".launcher { position: fixed; bottom: var(--hq-bottom); z-index: 2147483000; width: 60px; height: 60px;",
    "  border: 0; border-radius: 50%; background: var(--hq-accent); color: var(--hq-on-accent); cursor: pointer;",
    "  box-shadow: 0 4px 14px rgba(0,0,0,.25); display: flex; align-items: center; justify-content: center; }",
    ".launcher:hover { filter: brightness(1.08); }",
    ".launcher:focus-visible, .close:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 3px; }",
    ".launcher svg { width: 28px; height: 28px; }",
    ".panel { position: fixed; bottom: calc(var(--hq-bottom) + 72px); z-index: 2147483001; width: 400px;",
    "  height: min(680px, calc(100vh - var(--hq-bottom) - 92px));",
    "  display: flex; flex-direction: column; background: #fff; border-radius: 14px; overflow: hidden;",
    "  box-shadow: 0 12px 40px rgba(0,0,0,.28); font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }",
    ".panel[hidden] { display: none; }",
    ".panel:focus { outline: none; }",
    ".left { left: var(--hq-side); } .right { right: var(--hq-side); }",
    ".head { display: flex; align-items: center; gap: 8px; padding: 6px 6px 6px 16px;",
    "  background: var(--hq-accent); color: var(--hq-on-accent); }",
    ".head h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 600; color: inherit; }",
    ".close { width: 44px; height: 44px; border: 0; border-radius: 8px; background: transparent; color: inherit;",
    "  font-size: 24px; line-height: 1; cursor: pointer; }",
    ".close:hover { background: rgba(255,255,255,.18); }",
    "iframe { flex: 1; width: 100%; border: 0; background: #fff; }",
    ".unavailable { margin: 24px 16px; color: #1f2937; font-size: 16px; }",
    "@media " + SMALL + " {",
    "  .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }",
    "  .head { padding: 0 0 0 16px; } .head h2 { margin: 6px 0; }",
    "  .panel:not([hidden]) ~ .launcher { display: none; }",
    "}"
  ].join("\n");

  function icon() { // a speech bubble, built with DOM calls (no innerHTML: Trusted Types safe)
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
    var attrs = { viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", "stroke-width": "2",
      "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true", focusable: "false" };
    Object.keys(attrs).forEach(function (k) { svg.setAttribute(k, attrs[k]); });
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z");
    svg.appendChild(path);
    return svg;
  }

  function styleSheet(root) { // a constructed sheet is not an inline <style>: no style-src needed
    if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet) {
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS_TEXT);
        root.adoptedStyleSheets = [sheet];
        return;
      } catch (e) { /* an older browser: fall back to a <style> element */ }
    }
    var style = el("style");
    style.textContent = CSS_TEXT;
    root.appendChild(style);
  }

  function build() {
    // A custom element (not a div) so the host page's element rules do not match it; inline
    // !important beats the page's own !important rules for the few properties that could leak in.
    var host = el("healthqa-widget", { id: "healthqa-widget-host" });
    // Its own z-index: a fixed element is a stacking context, and without one the page's z-indexed
    // bars and headers painted over the launcher and the open panel.
    ["all:initial", "position:fixed", "z-index:2147483000", "width:0", "height:0", "border:0",
      "padding:0", "margin:0"]
      .forEach(function (rule) {
        var kv = rule.split(":");
        host.style.setProperty(kv[0], kv[1], "important");
      });
    host.style.setProperty("--hq-accent", options.accent);
    host.style.setProperty("--hq-side", options.side + "px");
    host.style.setProperty("--hq-bottom", options.bottom + "px");
    var root = host.attachShadow({ mode: "open" });
    styleSheet(root);
    var panel = el("div", {
      "class": "panel " + options.position, role: "dialog", "aria-label": options.title, id: "panel",
      tabindex: "-1" // holds focus while the chat loads (see typeAhead)
    });
    panel.hidden = true;
    var head = el("div", { "class": "head" });
    var close = el("button", { "class": "close", type: "button", "aria-label": "Close chat" }, "\u00d7");
    head.appendChild(el("h2", {}, options.title));
    head.appendChild(close);
    var edges = [el("span"), el("span")]; // Tab stops around the chat when full screen (modal)
    panel.appendChild(edges[0]);
    panel.appendChild(head);
    panel.appendChild(edges[1]);
    edges[0].onfocus = function () { focusFrame(); };
    edges[1].onfocus = function () { close.focus(); };
    FULL.addEventListener("change", modal);
    var launcher = el("button", {
      "class": "launcher " + options.position, type: "button", "aria-label": options.title,
      "aria-expanded": "false", "aria-controls": "panel", "aria-haspopup": "dialog", title: options.title
    });
    launcher.appendChild(icon());
    root.appendChild(panel);
    root.appendChild(launcher);
    document.body.appendChild(host);
    host.style.setProperty("--hq-on-accent", textOn(root, options.accent));
    launcher.addEventListener("click", toggle);
    close.addEventListener("click", function () { closePanel(); });
    root.addEventListener("keydown", function (e) {
      if (e.key === "Escape") closePanel();
      else if (ui && !ui.loaded && root.activeElement === panel) typeAhead(e);
    });
    window.addEventListener("message", onMessage);
    var replace = options.auto || options.avoid ? keepClear(host) : function () {};
    return {
      root: root, host: host, panel: panel, launcher: launcher, close: close, frame: null, loaded: false,
      edges: edges, replace: replace, typed: "", send: false
    };
  }

  // Where the launcher goes: above the page's own elements pinned to the window (fixed, or sticky
  // to the bottom) that lie under it or under the open panel's corner just above it: a cookie
  // bar, a "back to top" button, a sticky footer. Found by hit-testing that zone (never our own
  // host), checked on load, resize, scroll and page changes (at most every GAP ms), and never
  // while the reader is in the open panel. Explicit data-offset-* turn the search off.
  var GAP = 150, CORNER = 52, TALLEST = 0.6; // the panel's corner: 12 px gap + its lowest 40 px

  function keepClear(host) {
    var timer = null, watched = [], sizes = window.ResizeObserver ? new ResizeObserver(later) : null;
    function later() {
      if (timer) return; // a check is due: at most one per GAP ms, whatever the page does
      timer = setTimeout(function () {
        window.requestAnimationFrame(function () { timer = null; place(); });
      }, GAP);
    }
    function place() {
      if (ui && !ui.panel.hidden && document.activeElement === host) return; // the reader is in it
      var h = window.innerHeight, bottom = options.bottom;
      for (var round = 0; round < 8; round++) {
        var next = bottom;
        blockers(zone(bottom), h).forEach(function (box) { next = Math.max(next, Math.ceil(h - box.top + 12)); });
        if (next === bottom) break;
        bottom = next;
      }
      bottom = Math.max(0, Math.min(bottom, h - 68)) + "px";
      if (host.style.getPropertyValue("--hq-bottom") !== bottom) host.style.setProperty("--hq-bottom", bottom);
    }
    function zone(bottom) { // the launcher, 8 px around it, and the panel's corner above it
      var x = options.position === "left" ? options.side : window.innerWidth - options.side - 60;
      var top = window.innerHeight - bottom - 60;
      return { left: x - 8, right: x + 68, top: top - CORNER, bottom: top + 68 };
    }
    function blockers(area, h) { // boxes of shown elements in the area: declared, and found
      var nodes = options.avoid ? [].slice.call(document.querySelectorAll(options.avoid)) : [];
      var found = options.auto ? pinnedAt(area, h) : [];
      return nodes.concat(found).map(function (node) {
        if (sizes && watched.indexOf(node) < 0) { watched.push(node); sizes.observe(node); }
        var box = node.getBoundingClientRect(), style = getComputedStyle(node);
        var shown = box.width && box.height && style.visibility !== "hidden" && style.opacity !== "0";
        var overlaps = box.left < area.right && box.right > area.left && box.top < area.bottom &&
          box.bottom > area.top;
        return shown && overlaps ? box : null;
      }).filter(Boolean);
    }
    function pinnedAt(area, h) { // the page's pinned elements under a grid of points in the area
      var out = [], seen = new Map(), step = (area.right - area.left - 8) / 2;
      for (var y = Math.min(area.bottom, h) - 2; y >= Math.max(area.top, 0); y -= 12) {
        for (var x = area.left + 4; x <= area.right - 4; x += step) {
          hits(document, x, y).forEach(function (node) {
            var pinned = pinnedOf(node, seen);
            // taller than TALLEST of the window (a side bar, an overlay): going above cannot help
            if (pinned && out.indexOf(pinned) < 0 &&
                pinned.getBoundingClientRect().top >= h * (1 - TALLEST)) out.push(pinned);
          });
        }
      }
      return out;
    }
    function hits(root, x, y, roots) { // what lies at (x, y), in the page's open shadow roots too
      var out = [];
      roots = roots || [root];
      root.elementsFromPoint(x, y).forEach(function (node) {
        if (node === host) return;
        out.push(node);
        if (node.shadowRoot && roots.indexOf(node.shadowRoot) < 0) {
          roots.push(node.shadowRoot);
          out = out.concat(hits(node.shadowRoot, x, y, roots));
        }
      });
      return out;
    }
    function up(node) { // the parent, or the shadow host above a shadow root's top element
      var root = node.parentNode;
      return root && root.nodeType === 11 ? root.host : node.parentElement;
    }
    function pinnedOf(node, seen) { // the node or its nearest ancestor pinned to the window
      var path = [], found = null;
      for (; node && node !== document.body && node !== document.documentElement; node = up(node)) {
        if (seen.has(node)) { found = seen.get(node); break; }
        path.push(node);
        if (node === host) break; // our own launcher and panel: never something to avoid
        var s = getComputedStyle(node);
        if (s.position === "fixed" || (s.position === "sticky" && s.bottom !== "auto")) { found = node; break; }
      }
      if (path[path.length - 1] === host) found = null;
      path.forEach(function (n) { seen.set(n, found); });
      return found;
    }
    new MutationObserver(function (records) { // a cookie bar shown, hidden or removed
      if (records.some(function (r) { return r.target !== host; })) later();
    }).observe(document.body, { childList: true, subtree: true, attributes: true,
      attributeFilter: ["style", "class", "hidden", "open"] });
    ["transitionend", "animationend"].forEach(function (name) { document.addEventListener(name, later, true); });
    window.addEventListener("resize", later);
    window.addEventListener("scroll", later, { passive: true });
    host.addEventListener("focusout", later); // the reader left the panel: place it now
    place();
    return later;
  }

  function textOn(root, colour) { // white or near-black text, whichever reads better on the accent
    var probe = el("span");
    probe.style.color = colour;
    root.appendChild(probe);
    var rgb = (getComputedStyle(probe).color.match(/[\d.]+/g) || [0, 0, 0]).map(Number);
    root.removeChild(probe);
    var lin = rgb.slice(0, 3).map(function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    return luminance > 0.18 ? "#111827" : "#ffffff";
  }

  function frameSrc() {
    var src = base + "embed/";
    return options.greeting ? src + "?greeting=" + encodeURIComponent(options.greeting) : src;
  }

  function onMessage(event) {
    if (!ui || !ui.frame || event.source !== ui.frame.contentWindow || event.origin !== origin) return;
    var type = event.data && event.data.type;
    if (type === "healthqa:close") closePanel();
    if (type === "healthqa:ready") { // the chat listens now
      ui.loaded = true;
      ui.panel.removeAttribute("aria-busy");
      focusFrame();
    }
  }

  // Keys typed while the chat loads (focus is on the panel, announced as the dialog) are kept and
  // given to the chat's question box once it is ready; Enter asks then. They used to go to the x:
  // lost, and Enter closed the panel.
  function typeAhead(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.key === "Backspace") ui.typed = ui.typed.slice(0, -1);
    else if (e.key === "Enter") ui.send = ui.typed.trim() !== "";
    else if (e.key.length === 1 && ui.typed.length < 2000) ui.typed += e.key;
    else return; // Tab and the rest do what they do
    e.preventDefault();
  }

  function openPanel() {
    if (!ui) return;
    if (!ui.frame && !ui.blocked) {
      ui.frame = el("iframe", { src: frameSrc(), title: options.title, allow: "clipboard-write" });
      ui.panel.insertBefore(ui.frame, ui.edges[1]);
    }
    ui.panel.hidden = false;
    modal();
    ui.launcher.setAttribute("aria-expanded", "true");
    if (ui.loaded) focusFrame();
    else if (ui.blocked) ui.close.focus();
    else { ui.panel.setAttribute("aria-busy", "true"); ui.panel.focus(); } // Esc works here too
  }

  function focusFrame() {
    if (!ui || ui.panel.hidden || !ui.frame) return;
    ui.frame.focus();
    if (ui.root.activeElement !== ui.frame) ui.close.focus(); // keep focus inside the panel
    if (!ui.frame.contentWindow) return;
    ui.frame.contentWindow.postMessage({ type: "healthqa:focus", text: ui.typed, send: ui.send }, origin);
    ui.typed = "";
    ui.send = false;
  }

  function closePanel() {
    if (!ui || ui.panel.hidden) return;
    ui.panel.hidden = true;
    ui.launcher.setAttribute("aria-expanded", "false");
    ui.launcher.focus();
    ui.replace(); // what changed on the page while the reader was in the panel
  }

  function modal() { // full screen, Tab goes round the panel, not into the page it hides
    if (!ui) return;
    ui.panel.setAttribute("aria-modal", String(FULL.matches));
    ui.edges.forEach(function (edge) { edge.tabIndex = FULL.matches ? 0 : -1; });
  }

  function toggle() {
    if (ui && !ui.panel.hidden) closePanel(); else openPanel();
  }

  function unavailable(why) { // the chat cannot be shown here: say so in the panel and the console
    console.error("HealthQA widget: " + why);
    if (!ui || ui.blocked) return;
    ui.blocked = true;
    if (ui.frame) { ui.panel.removeChild(ui.frame); ui.frame = null; }
    ui.panel.insertBefore(el("p", { "class": "unavailable", role: "status" }, UNAVAILABLE), ui.edges[1]);
  }

  function onViolation(event) { // this page's CSP blocked one of our requests
    if (String(event.blockedURI || "").indexOf(origin) !== 0) return;
    var directive = event.effectiveDirective || event.violatedDirective;
    unavailable("this page's Content-Security-Policy blocks " + origin + " (" + directive +
      "). To show the chat, the policy must allow " + NEEDS + ".");
  }

  var checking = false;
  function start() { // ask the chat's server whether this site may embed it, then show the launcher
    if (ui || checking || !document.body) return;
    checking = true;
    document.addEventListener("securitypolicyviolation", onViolation);
    var check = window.location.origin === origin ? Promise.resolve({ ok: true, json: allowed })
      : fetch(base + "api/embed-allowed", { mode: "cors", credentials: "omit" });
    check.then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (body) {
      if (!body || body.allowed !== true) throw new Error("not allowed");
      ui = build();
      if (options.openOnLoad) openPanel();
    }).catch(function () {
      console.error("HealthQA widget: not shown: " + origin + " did not confirm that this site (" +
        window.location.origin + ") may embed the chat. Either the site is not on the chat's " +
        "allow-list (HEALTHQA_EMBED_ORIGINS), the chat's server cannot be reached, or this page's " +
        "Content-Security-Policy blocks it (it must allow " + NEEDS + ").");
    });
  }

  function allowed() { return { allowed: true }; }

  window.HealthQA = {
    version: "1",
    open: function () { if (ui) openPanel(); else options.openOnLoad = true; start(); },
    close: closePanel,
    toggle: function () { if (ui) toggle(); else window.HealthQA.open(); },
    isOpen: function () { return !!ui && !ui.panel.hidden; }
  };
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
