"""Hits -> Reply: verbatim quotes with sources, sentences that answer marked, abstention,
emergency guidance first, and the healthcare advice always last. Writes no claim of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.config import Settings
from app.lexical import terms
from app.present import segments
from app.records import Hit, Quote, Reply, article_link
from app.split import sentence_spans
from app.texts import (
    ABOUT_SHOP,
    GUIDANCE_HEADING,
    NOT_COVERED,
    NOT_ENGLISH,
    NOT_MENTIONED,
    REMARKS,
)

Idf = Callable[[str], float]
# After these, nothing is quoted at all (unless the message is a general question that only names
# the subject: `Detection.informational`); after any crisis, no passage about medicines,
# supplements, doses, poisons or methods.
QUIET = frozenset({"self_harm", "overdose"})
# Kinds after which no passage naming a medicine, a dose or a method is quoted, even to answer an
# ordinary question asked right after the crisis (`safe_hits`).
MEANS_KINDS = frozenset({"suicide", "self_harm", "overdose", "medical"})
MEANS = re.compile(
    r"\b(?:dos(?:e|es|age|ing)|mg|milligrams?|pills?|tablets?|capsules?|medicines?|medications?"
    r"|supplements?|vitamins?"
    r"|drugs?|prescri\w*|antidepressants?|overdos\w*|lethal|toxic|poison\w*|inject\w*"
    r"|razors?|blades?|ligature|noose|firearms?|guns?)\b",
    re.I,
)


def highlights(
    text: str, question: str, idf: Idf, heading: str = "", most: int = 2
) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences that share the most (rarity-weighted) terms with the question.
    Terms the section heading already answers weigh less: the sentence should add the rest."""
    wanted = set(terms(question))
    known = set(terms(heading))
    weight = {t: idf(t) * (0.3 if t in known else 1.0) for t in wanted}
    scored = []
    for start, end in sentence_spans(text):
        score = sum(weight[t] for t in set(terms(text[start:end])) & wanted)
        if score > 0:
            scored.append((score, start, end))
    if not scored:
        return ()
    best = max(s for s, _, _ in scored)
    top = sorted(scored, key=lambda x: -x[0])[:most]
    return tuple(sorted((a, b) for s, a, b in top if s >= 0.6 * best))


def quote(hit: Hit, question: str, idf: Idf) -> Quote:
    p = hit.passage
    if hit.span is not None:  # evidence mode: the answering sentences with their context
        a = hit.span[0]
        return _quote(hit, shown(hit), tuple((x - a, y - a) for x, y in hit.marks))
    return _quote(hit, p.text, highlights(p.text, question, idf, p.section))


def _quote(hit: Hit, text: str, marks: tuple[tuple[int, int], ...]) -> Quote:
    p = hit.passage
    return Quote(
        text=text,
        score=round(hit.score, 4),
        doc_id=p.doc_id,
        title=p.title,
        section=p.section,
        publisher=p.publisher,
        author=p.author,
        published=p.published,
        url=p.url,
        link=article_link(f"{p.doc_id}#{p.anchor}"),
        highlights=marks,
    )


def not_covered(
    missing: Sequence[str] = (),
    default: str = NOT_COVERED,
    authors: str = "",
    shop: bool = False,
    remark: str = "",
) -> str:
    """What a reply says when it quotes nothing: a word of its own for small talk (`remark`, the
    kind: app.remarks.small_talk); who the articles are by, for a question about an author
    (`authors`, app.authors); that the shop is not ours to answer, for a question to it (`shop`);
    the key concepts our articles never mention, by name, when there are some; else the medium's
    `default` wording."""
    if remark in REMARKS:
        return REMARKS[remark]
    if authors:
        return authors
    if shop:
        return ABOUT_SHOP
    if not missing:
        return default
    names = [f"“{m}”" for m in missing]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return NOT_MENTIONED.format(names=listed)


def build_reply(
    question: str,
    hits: Sequence[Hit],
    crisis: bool,
    settings: Settings,
    idf: Idf,
    categories: Sequence[str] = (),
    guidance: Sequence[str] = (),
    language: str = "en",
    missing: Sequence[str] = (),
    informational: bool = False,
    about_authors: str = "",
    shop: bool = False,
    heading: str = GUIDANCE_HEADING,
    carried: bool = False,
    remark: str = "",
) -> Reply:
    """`guidance`: the crisis lines to show first (default: the general emergency line), under
    `heading` (the deployment's own, when it has one);
    `language`: the question's language when it is not English (words a reply that quotes
    nothing); `informational`: a crisis message that is a general question (may quote);
    `about_authors`: what to say instead of quoting, for a question about an author; `shop`: the
    question is to the site's shop (nothing is quoted); `carried`: the crisis was read from the
    conversation, the question itself is ordinary; `remark`: the message is small talk of that
    kind (app.remarks.small_talk; nothing is quoted)."""
    guidance = tuple(guidance or (settings.emergency,)) if crisis else ()
    safe = (
        []
        if shop or remark
        else safe_hits(hits, crisis, categories, informational, carried, question)
    )
    quotes = tuple(quote(h, question, idf) for h in safe)
    return Reply(
        question=question,
        abstained=not quotes,
        crisis=crisis,
        quotes=quotes,
        advice=settings.advice,
        markdown=render_markdown(
            quotes,
            guidance,
            settings.advice,
            language,
            not_covered(missing, NOT_COVERED, about_authors, shop, remark),
            heading,
        ),
        emergency="\n\n".join(guidance),
        crisis_categories=tuple(categories) if crisis else (),
        guidance=guidance,
        heading=heading if guidance else "",
        language=language,
        missing=tuple(missing) if not quotes else (),
        about_authors=about_authors if not quotes else "",
        shop=shop,
        remark=remark,
    )


def safe_hits(
    hits: Sequence[Hit],
    crisis: bool,
    categories: Sequence[str],
    informational: bool = False,
    carried: bool = False,
    question: str = "",
) -> list[Hit]:
    """What may follow crisis guidance: nothing after self-harm or overdose (unless the message
    is a general question that only names the subject); after any crisis, no passage that
    mentions medicines, supplements, doses, poisons or methods. An ordinary question asked right
    after a disclosure of violence or sexual assault (`carried`: the crisis was read from the
    conversation) is answered as asked, under the guidance: "what foods help with low dopamine"
    after "my boyfriend hits me" used to get the guidance and nothing else, its passages all
    naming supplements. Such a question that names no medicine or method itself is judged by the
    text the reader is shown (the quote, in evidence mode): "what foods help dopamine" after "my
    dad's face is drooping" got the guidance alone, the list of foods sharing its passage with a
    sentence on supplements. A question asked beside the crisis in the same message, or one that
    names a means ("whats the best sleep supplement"), is judged by the whole passage: nothing near
    a means follows a crisis told in the same breath."""
    if not crisis:
        return list(hits)
    if QUIET & set(categories) and not informational:
        return []
    if carried and not MEANS_KINDS & set(categories):
        return list(hits)
    judged = shown if carried and not MEANS.search(question) else _whole
    return [h for h in hits if not MEANS.search(judged(h))]


def _whole(hit: Hit) -> str:
    return hit.passage.text


def shown(hit: Hit) -> str:
    """The text of the hit that its quote shows."""
    p = hit.passage
    if hit.span is None:
        return p.text
    a, b = hit.span
    return p.text[a - p.start : b - p.start]


MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~-])")
LIST_NUMBER = re.compile(r"^(\d+)\.", re.M)


def escape_md(text: str) -> str:
    """Make article text inert in Markdown and HTML: it renders as the same characters."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return LIST_NUMBER.sub(r"\1\\.", MD_SPECIAL.sub(r"\\\1", text))


def _marked(q: Quote) -> str:
    return "".join(
        f"**{escape_md(text)}**" if strong else escape_md(text)
        for text, strong in segments(q.text, q.highlights)
    )


def source_line(q: Quote) -> str:
    parts = [f"*{escape_md(q.title)}*"]
    if q.section and q.section != q.title:
        parts.append(f"section “{escape_md(q.section)}”")
    for value in (q.publisher, q.author, q.published):
        if value:
            parts.append(escape_md(value))
    parts.append(f"[read it in the article]({q.link.replace(')', '%29').replace(' ', '%20')})")
    if q.url:
        parts.append(f"[original page](<{q.url.replace('>', '%3E')}>)")
    return "— " + " · ".join(parts)


def render_markdown(
    quotes: Sequence[Quote],
    guidance: Sequence[str] | str,
    advice: str,
    language: str = "en",
    abstain: str = NOT_COVERED,
    heading: str = GUIDANCE_HEADING,
) -> str:
    """Guidance first (no "not covered" under it: to a person in distress it reads as "we
    cannot help"), then the quotes, then the advice."""
    guidance = [guidance] if isinstance(guidance, str) and guidance else list(guidance or ())
    blocks = []
    if guidance:
        first, *rest = guidance
        blocks.append(f"**⚠️ {escape_md(heading)}** {escape_md(first)}")
        blocks.extend(escape_md(line) for line in rest)
    if quotes:
        blocks.append("From our articles:")
        for q in quotes:
            body = "\n>\n".join("> " + line for line in _marked(q).split("\n\n"))
            blocks.append(f"{body}\n\n{source_line(q)}")
    elif not guidance:
        blocks.append(escape_md(abstain) if language == "en" else NOT_ENGLISH)
    blocks.append(f"---\n\n*{escape_md(advice)}*")
    return "\n\n".join(blocks)
