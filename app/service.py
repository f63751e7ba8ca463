"""The assistant: loads the index once (building it first when missing or stale) and answers.

Three ways in: `Assistant.open` (build when missing or stale, then load), `Assistant.load` (load
only; refuses a stale index), `Assistant.prepare` (build when needed, check it loads, no answering).

`ask` answers one question; `ask_many` answers several with one embedding call, for callers that
batch (the JSONL command, the web layer's micro-batches).
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from app import coverage, retrieve, store
from app.answer import build_reply
from app.build import BuildReport, ensure_index, is_stale
from app.concepts import Vocabulary
from app.config import Settings
from app.embed import Embedder, make_embedder
from app.errors import AppError, BadQuestion, IndexMismatch
from app.records import Article, Hit, Passage, Reply
from app.safety import is_crisis
from app.store import Index
from app.unanswered import UnansweredLog

log = logging.getLogger(__name__)


class Found(NamedTuple):
    """What retrieval found for one question."""

    hits: list[Hit]  # every ranked hit
    chosen: list[Hit]  # the hits to quote; none: the articles do not cover the question
    missing: tuple[str, ...] = ()  # when none: key concepts our articles never mention


Item = tuple[str, Sequence[str], int | None]


class Assistant:
    def __init__(self, index: Index, embedder: Embedder, settings: Settings):
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.build_report: BuildReport | None = None
        self.unanswered = (
            UnansweredLog(Path(settings.unanswered_log), settings.unanswered_retention_days)
            if settings.unanswered_log
            else None
        )
        self.vocab = Vocabulary(index.lexical.vocab.keys(), (p.text for p in index.passages))
        self._by_doc: dict[str, list[Passage]] = {}
        for p in index.passages:
            self._by_doc.setdefault(p.doc_id, []).append(p)

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> Assistant:
        embedder = embedder or make_embedder(settings.backend, settings.embed_batch)
        index, report = ensure_index(settings, embedder)
        assistant = cls(index, embedder, settings)
        assistant.build_report = report
        return assistant

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> Assistant:
        """Load the index as it is, never building; IndexMismatch when it is stale."""
        if is_stale(settings):
            raise IndexMismatch(
                f"{settings.index_dir} does not match the corpus or settings any more: "
                "rebuild it with `python -m app build`"
            )
        embedder = embedder or make_embedder(settings.backend, settings.embed_batch)
        return cls(store.load(settings.index_dir), embedder, settings)

    @staticmethod
    def prepare(settings: Settings) -> int:
        """Build the index when missing or stale and check that it loads; its passage count. The
        model is loaded only if passages must be embedded."""
        index, _ = ensure_index(settings, make_embedder(settings.backend, settings.embed_batch))
        return len(index.passages)

    @property
    def passage_count(self) -> int:
        return len(self.index.passages)

    @property
    def model_name(self) -> str:
        return self.index.manifest.get("model", "")

    def warm(self) -> None:
        """Load the embedding model now rather than on the first reader's question."""
        self.embedder.embed(["warm-up"])

    def article(self, doc_id: str) -> Article | None:
        return self.index.articles.get(doc_id)

    def passages_of(self, doc_id: str) -> list[Passage]:
        return list(self._by_doc.get(doc_id, []))

    def ask(self, question: str, history: Sequence[str] = (), top_k: int | None = None) -> Reply:
        reply = self.ask_many([(question, history, top_k)])[0]
        if isinstance(reply, AppError):
            raise reply
        return reply

    def ask_many(self, items: Sequence[Item]) -> list[Reply | AppError]:
        """Answer many questions with one embedding call; bad items get their error in place."""
        started = time.perf_counter()
        results: list[Reply | AppError | None] = [None] * len(items)
        valid: list[tuple[int, tuple[str, list[str], int]]] = []
        for i, (question, history, top_k) in enumerate(items):
            try:
                q, hist, k = self._check(question, history, top_k)
            except BadQuestion as err:
                results[i] = err
                continue
            valid.append((i, (q, hist, k)))
        found = self.search_many([item for _, item in valid])
        for (i, (q, _, _)), got in zip(valid, found, strict=True):
            idf = self.index.lexical.idf
            reply = build_reply(q, got.chosen, is_crisis(q), self.settings, idf, got.missing)
            results[i] = reply
            if reply.abstained and self.unanswered is not None:
                self.unanswered.add(q)
        self._log(results, time.perf_counter() - started)
        return results  # type: ignore[return-value]

    def search_many(self, items: Sequence[tuple[str, Sequence[str], int]]) -> list[Found]:
        """The retrieval path of `ask_many`, for checked (question, history, top_k) items: for each,
        every ranked hit, the hits chosen to quote (none: abstain) and, when none, the key
        concepts our articles never mention. One embedding call."""
        queries = [retrieve.contextualize(q, history) for q, history, _ in items]
        hit_lists = retrieve.search_many(self.index, self.embedder, queries, self.settings)
        return [
            self._choose(q, query, hits, k)
            for (q, _, k), query, hits in zip(items, queries, hit_lists, strict=True)
        ]

    def _choose(self, question: str, query: retrieve.Query, hits: list[Hit], k: int) -> Found:
        if self.settings.mode != "evidence":
            return Found(hits, retrieve.select(hits, self.settings, k, question))
        judged = coverage.judge(hits, question, bool(query.context), self.vocab, self.settings)
        if not judged.covered:
            return Found(hits, [], judged.missing)
        return Found(hits, retrieve.select(hits, self.settings, k, question))

    @staticmethod
    def _log(results, seconds: float) -> None:
        """Counts, flags and latency only: question text is never logged."""
        replies = [r for r in results if isinstance(r, Reply)]
        log.info(
            "answered=%d errors=%d abstained=%d crisis=%d ms=%.1f",
            len(replies),
            len(results) - len(replies),
            sum(r.abstained for r in replies),
            sum(r.crisis for r in replies),
            seconds * 1000,
        )

    def _check(self, question, history, top_k) -> tuple[str, list[str], int]:
        question = clean_question(question, self.settings.max_question_chars)
        if isinstance(history, str) or not all(isinstance(h, str) for h in history or ()):
            raise BadQuestion("history must be a list of earlier questions (strings)")
        limit = self.settings.max_question_chars
        visible = [h for h in history or () if "".join(map(_visible, h)).strip()]  # skip blanks
        hist = [clean_question(h, limit, "an earlier question") for h in visible]
        k = self.settings.top_k if top_k is None else top_k
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 10:
            raise BadQuestion("top_k must be a whole number from 1 to 10")
        return question, hist, k


JOINERS = "\u200c\u200d"  # zero-width (non-)joiners: part of Persian, Indic and emoji text


def _visible(c: str) -> str:
    category = unicodedata.category(c)
    if category == "Cc":
        return " "  # control characters, including line breaks, become spaces
    if category[0] == "C" and c not in JOINERS:
        return ""  # other format, private-use, surrogate and unassigned characters go
    return c


def clean_question(text, limit: int, what: str = "the question") -> str:
    """Strip control characters and outer space; refuse empty, too long or non-text input."""
    if not isinstance(text, str):
        raise BadQuestion(f"{what} must be text")
    text = " ".join("".join(map(_visible, text)).split())
    if not text:
        raise BadQuestion(f"{what} is empty: please type a question")
    if len(text) > limit:
        raise BadQuestion(f"{what} is {len(text)} characters long; the limit is {limit}")
    return text
