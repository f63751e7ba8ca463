"""Replies per day as an inline SVG (stacked bars: answered, not covered, crisis) and the same
numbers as a table beside it, for readers who cannot see the plot. Pure; no script, no style
attribute (colours are SVG presentation attributes, which a strict CSP allows).

Left out: axes with every tick (the first and last day and the highest total are labelled; the
table has every number)."""

from __future__ import annotations

from collections.abc import Sequence

from app.db.records import DayCounts
from app.web.markup import esc

WIDTH, HEIGHT, PAD, BOTTOM = 600, 260, 40, 30
SERIES = (  # name, field, colour (contrast >= 3:1 on white and on the dark background)
    ("answered", "answered", "#0f766e"),
    ("not covered", "not_covered", "#b45309"),
    ("crisis", "crisis", "#b91c1c"),
)


def plot_svg(days: Sequence[DayCounts]) -> str:
    top = max((d.answered + d.not_covered + d.crisis for d in days), default=0) or 1
    step = (WIDTH - PAD) / max(len(days), 1)
    scale = (HEIGHT - BOTTOM - 10) / top
    bars = [_day_bars(d, PAD + i * step, max(step * 0.8, 1), scale) for i, d in enumerate(days)]
    labels = _labels(days, top, step)
    return (
        f'<svg class="plot" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-labelledby="plot-title plot-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="plot-title">Replies per day</title>'
        '<desc id="plot-desc">Stacked bars per day: answered, not covered and crisis replies. '
        "The table beside the plot gives every number.</desc>"
        f'<line x1="{PAD}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH}" y2="{HEIGHT - BOTTOM}" '
        'stroke="currentColor" stroke-width="1"/>'
        f"{''.join(bars)}{labels}</svg>"
    )


def _day_bars(day: DayCounts, x: float, width: float, scale: float) -> str:
    y = HEIGHT - BOTTOM
    out = []
    for name, field, colour in SERIES:
        n = getattr(day, field)
        if not n:
            continue
        h = n * scale
        y -= h
        out.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}" fill="{colour}">'
            f"<title>{day.day}: {n} {name}</title></rect>"
        )
    return "".join(out)


def _labels(days: Sequence[DayCounts], top: int, step: float) -> str:
    text = 'fill="currentColor"'
    out = [
        f'<text x="{PAD - 6}" y="18" text-anchor="end" {text}>{top}</text>',
        f'<text x="{PAD - 6}" y="{HEIGHT - BOTTOM}" text-anchor="end" {text}>0</text>',
    ]
    if days:
        out.append(f'<text x="{PAD}" y="{HEIGHT - 8}" {text}>{days[0].day}</text>')
    if len(days) > 1:
        x = PAD + (len(days) - 1) * step + step * 0.8
        out.append(
            f'<text x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="end" {text}>{days[-1].day}</text>'
        )
    return "".join(out)


def legend_html() -> str:
    items = "".join(
        f'<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" '
        f'fill="{colour}"/></svg> {esc(name)}</li>'
        for name, _, colour in SERIES
    )
    return f'<ul class="legend">{items}</ul>'


def table_html(days: Sequence[DayCounts]) -> str:
    rows = "".join(
        f'<tr><th scope="row">{d.day}</th><td>{d.answered}</td><td>{d.not_covered}</td>'
        f"<td>{d.crisis}</td></tr>"
        for d in days
    )
    return (
        '<div class="scroll" role="region" aria-label="Replies per day, as a table" tabindex="0">'
        '<table class="days"><caption>Replies per day (UTC)</caption><thead><tr>'
        '<th scope="col">day</th><th scope="col">answered</th><th scope="col">not covered</th>'
        f'<th scope="col">crisis</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )
