"""What a reader sees, measured in the browser: where an element is inside its own frame's viewport
(without scrolling it into view first), the contrast of every visible text, and axe-core's
accessibility violations. Each helper takes a Playwright Page or Frame and only reads."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
AXE_VERSION = "4.14.1"  # vendor/axe-core/README.md says where it came from and how to update it
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"

RECT_JS = """el => { const r = el.getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width,
          height: r.height, viewWidth: innerWidth, viewHeight: innerHeight}; }"""

# Every element with its own visible text (open shadow roots included, e.g. the widget's panel):
# its colour and its background as painted, composed from the page canvas down (backgrounds, and
# the opacity of any ancestor: Gradio fades chat messages to 0.8), and their WCAG 2 contrast.
CONTRAST_JS = """root => {
  const parse = c => { const m = c.match(/[\\d.]+/g) || [0, 0, 0, 0];
    return {r: +m[0], g: +m[1], b: +m[2], a: m.length > 3 ? +m[3] : 1}; };
  const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1});
  const lum = c => { const f = v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const dark = document.documentElement.matches('.dark, .dark *') ||
    !!document.querySelector('body.dark, .gradio-container.dark, .dark > .gradio-container');
  const canvas = dark ? {r: 0, g: 0, b: 0, a: 1} : {r: 255, g: 255, b: 255, a: 1};
  const paint = (chain, top) => {  // chain: root first; top: the text colour, or null
    let result = canvas; const groups = [];
    for (const e of chain) {
      const s = getComputedStyle(e);
      if (+s.opacity < 1) groups.push([result, +s.opacity]);
      result = over(parse(s.backgroundColor), result);
    }
    if (top) result = over(top, result);
    while (groups.length) {
      const [under, o] = groups.pop();
      result = over({...result, a: o}, under);
    }
    return result; };
  const up = e => e.parentElement ||
    (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
  const all = node => [...node.querySelectorAll('*')].flatMap(
    e => e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]);
  const out = [];
  const start = root || document.body;
  for (const el of [...(start.shadowRoot ? all(start.shadowRoot) : []), ...all(start)]) {
    const own = Array.from(el.childNodes).filter(n => n.nodeType === 3)
      .map(n => n.textContent).join('').trim();
    if (!own) continue;
    const s = getComputedStyle(el), r = el.getBoundingClientRect();
    if (s.visibility !== 'visible' || r.width < 2 || r.height < 2) continue;
    const chain = []; for (let e = el; e; e = up(e)) chain.unshift(e);
    if (chain.some(e => e.matches('.hq-sr, [aria-hidden=true], svg, style, script, textarea')))
      continue;
    if (chain.some(e => +getComputedStyle(e).opacity === 0)) continue;
    const bg = paint(chain, null), fg = paint(chain, parse(s.color));
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const hex = c => '#' + [c.r, c.g, c.b]
      .map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
    out.push({text: own.slice(0, 60), ratio: Math.round((hi + 0.05) / (lo + 0.05) * 100) / 100,
              color: hex(fg), background: hex(bg),
              where: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className)
                .trim().split(/\\s+/)[0] : '')});
  }
  return out; }"""


def rect(locator) -> dict:
    """The element's box in its own frame's viewport, as it is now (nothing scrolled for us)."""
    return locator.evaluate(RECT_JS)


def fully_in_view(box: dict) -> bool:
    return (
        box["top"] >= 0
        and box["left"] >= 0
        and box["bottom"] <= box["viewHeight"] + 0.5
        and box["right"] <= box["viewWidth"] + 0.5
        and box["height"] > 0
    )


SETTLED_JS = """() => Promise.all(document.getAnimations()
  .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
  .map(a => a.finished.catch(() => null)))"""


def settle(frame) -> None:
    """Wait until running (finite) animations end: Gradio fades its progress overlay out over
    the chat, and a reader sees the text after that, not through it."""
    frame.evaluate(SETTLED_JS)


def text_contrast(frame, selector: str = "body") -> list[dict]:
    """Every visible text under `selector`: text, colour, background, contrast ratio."""
    settle(frame)
    return frame.locator(selector).first.evaluate(CONTRAST_JS)


def low_contrast(frame, selector: str = "body", minimum: float = 4.5) -> list[dict]:
    """Visible texts under `selector` whose contrast is below `minimum`."""
    return [t for t in text_contrast(frame, selector) if t["ratio"] < minimum]


@cache
def axe_source() -> str:
    source = AXE.read_bytes()
    assert hashlib.sha256(source).hexdigest() == AXE_SHA256, f"{AXE} is not axe-core {AXE_VERSION}"
    return source.decode("utf-8")


def axe_violations(frame, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
    """axe-core's WCAG 2 A/AA (and best-practice) violations of these impacts in this page or
    frame; the script is evaluated from the local vendored file, never fetched."""
    if not frame.evaluate("() => !!window.axe"):
        frame.evaluate(axe_source())
    settle(frame)
    result = frame.evaluate(
        """async () => { const r = await axe.run(document, {resultTypes: ['violations'],
             runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                              'wcag22aa', 'best-practice']}});
           return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
             nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' +
               (n.failureSummary || '').slice(0, 200))})); }"""
    )
    return [v for v in result if v["impact"] in impacts]
