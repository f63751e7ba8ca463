"""A small fake Assistant (same attributes and methods as app.service.Assistant) with canned
articles and replies, so the web layer is tested fast and without the core's index or model."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from app.answer import quote
from app.config import Settings
from app.embed.fake import FakeEmbedder
from app.errors import AppError, BadQuestion
from app.records import Article, Block, Hit, Passage, Quote, Reply

XSS = "<img src=x onerror=alert(1)>"


def make_article(doc_id: str, title: str, parts: list[tuple[str, str, int]], **meta) -> Article:
    """parts: (kind, text, level); blocks are separated by blank lines in the article text."""
    text, blocks = "", []
    for kind, part, level in parts:
        if text:
            text += "\n\n"
        blocks.append(Block(kind, len(text), len(text) + len(part), level))
        text += part
    return Article(doc_id=doc_id, title=title, text=text, blocks=tuple(blocks), **meta)


def passages_for(article: Article) -> list[Passage]:
    """One passage per paragraph/item block, under the nearest heading."""
    out, section = [], ""
    for block in article.blocks:
        if block.kind == "heading":
            section = article.block_text(block)
            continue
        anchor = "p-" + hashlib.sha1(f"{article.doc_id}{block.start}".encode()).hexdigest()[:10]
        out.append(
            Passage(
                passage_id=f"{article.doc_id}#{anchor}",
                doc_id=article.doc_id,
                anchor=anchor,
                title=article.title,
                section=section,
                start=block.start,
                end=block.end,
                text=article.block_text(block),
                publisher=article.publisher,
                author=article.author,
                published=article.published,
            )
        )
    return out


DOPAMINE = make_article(
    "dopamine-deficiency",
    "Dopamine Deficiency: Causes, Symptoms, and Treatment",
    [
        ("heading", "Dopamine Deficiency: Causes, Symptoms, and Treatment", 1),
        ("paragraph", "Dopamine is a neurotransmitter that sends messages between nerve cells.", 0),
        ("heading", "Symptoms of Dopamine Deficiency", 2),
        (
            "paragraph",
            "Physical symptoms include muscle cramps, tremors and fatigue. Sleep changes too.",
            0,
        ),
        ("item", "Muscle cramps or spasms", 0),
        ("item", "Tremors", 0),
    ],
    publisher="Hims & Hers",
    author="Our Editorial Team",
    published="2023-03-06",
    url="https://example.org/dopamine",
)
EVIL = make_article(
    "GARD/GARD_0000004",
    f"Evil {XSS} title",
    [
        ("heading", f"Evil {XSS} title", 1),
        ("paragraph", f"A hostile paragraph {XSS} and <script>alert(2)</script> text.", 0),
        ("heading", f"Section {XSS}", 2),
        ("paragraph", "Another paragraph about evil markup & entities.", 0),
    ],
    publisher=f"Pub {XSS}",
    url="javascript:alert(3)",
)


class FakeAssistant:
    """Answers by keyword: 'evil' quotes the hostile article, 'crisis' adds emergency guidance,
    'nothing' abstains, anything else quotes the dopamine symptoms passage."""

    model_name = "fake-model"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.embedder = FakeEmbedder()
        self.articles = {a.doc_id: a for a in (DOPAMINE, EVIL)}
        self.passages = {doc_id: passages_for(a) for doc_id, a in self.articles.items()}
        self.passage_count = sum(len(p) for p in self.passages.values())
        self.batches: list[int] = []  # size of every ask_many call
        self.seen: list[tuple] = []  # every (question, history, top_k) asked

    def ask(self, question: str, history: Sequence[str] = (), top_k: int | None = None) -> Reply:
        result = self.ask_many([(question, history, top_k)])[0]
        if isinstance(result, AppError):
            raise result
        return result

    def ask_many(self, items) -> list[Reply | AppError]:
        self.batches.append(len(items))
        return [self._one(q, tuple(h), k) for q, h, k in items]

    def search_many(self, items) -> list[tuple[list, list]]:
        """The retrieval path only: every passage ranked, the first chosen."""
        ranked = [p for passages in self.passages.values() for p in passages]
        return [(ranked, ranked[:1]) for _ in items]

    def article(self, doc_id: str) -> Article | None:
        return self.articles.get(doc_id)

    def passages_of(self, doc_id: str) -> list[Passage]:
        return list(self.passages.get(doc_id, []))

    def _one(self, question, history, top_k) -> Reply | AppError:
        self.seen.append((question, history, top_k))
        if not isinstance(question, str) or not question.strip():
            return BadQuestion("Please type a question.")
        if len(question) > self.settings.max_question_chars:
            return BadQuestion("Your question is too long.")
        crisis = "crisis" in question.lower()
        if "nothing" in question.lower():
            quotes: tuple[Quote, ...] = ()
        else:
            doc = "GARD/GARD_0000004" if "evil" in question.lower() else "dopamine-deficiency"
            quotes = tuple(self._quote(p, question) for p in self.passages[doc][: top_k or 1])
        return Reply(
            question=question,
            abstained=not quotes,
            crisis=crisis,
            quotes=quotes,
            advice=self.settings.advice,
            markdown="(markdown not used by the web layer)",
            emergency=self.settings.emergency if crisis else "",
            crisis_categories=("medical",) if crisis else (),
            guidance=(self.settings.emergency,) if crisis else (),
        )

    def _quote(self, p: Passage, question: str) -> Quote:
        """The core's own quoting (app.answer.quote); only the highlight is canned (the first 20
        characters), so tests know where it is."""
        real = quote(Hit(p, 0.8), question, idf=lambda term: 1.0)
        return replace(real, highlights=((0, min(len(p.text), 20)),))
