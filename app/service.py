"""The assistant: loads the index once (building it first when missing or stale) and answers.

Three ways in: `Assistant.open` (build when missing or stale, then load), `Assistant.load` (load
only; refuses a stale index), `Assistant.prepare` (build when needed, check it loads, no answering).

`ask` answers one question; `ask_many` answers several with one embedding call, for callers that
batch (the JSONL command, the web layer's micro-batches); a question with a rare word the articles
lack may also need that word's vector (`app.synonyms`: the articles' words come with the index).
Nothing is stored here: the web layer counts each reply's outcome and keeps unanswered questions
in the site owner's store (app/db).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from app import authors, beside, choose, retrieve, store
from app.answer import build_reply
from app.build import BuildReport, Progress, ensure_index, is_stale
from app.concepts import Vocabulary
from app.config import MAX_TOP_K, Settings
from app.coverage import asked
from app.embed import Embedder
from app.errors import AppError, BadQuestion, IndexMismatch, log_failure
from app.inputs import clean_question, visible
from app.opening import query_embedder, stale_message
from app.records import Article, Hit, Passage, Reply
from app.related import related_topics
from app.remarks import searched, small_talk
from app.safety import Detection, Detector, turns
from app.safety import language as languages
from app.safety.bank import read_examples
from app.safety.guidance import Guidance
from app.safety.mention import mentions
from app.shop import about_the_shop
from app.store import Index
from app.synonyms import NearWords

log = logging.getLogger(__name__)
Item = tuple[str, Sequence[str], int | None]


def bank_extra(settings: Settings) -> list[Path]:
    """The deployment's extra crisis bank files (`crisis_bank_extra`, separated by ":")."""
    return [Path(p) for p in settings.crisis_bank_extra.split(":") if p]


class Found(NamedTuple):
    """What retrieval and the crisis detector found for one question."""

    hits: list[Hit]  # every ranked hit
    chosen: list[Hit]  # the hits to quote; none: the articles do not cover the question
    crisis: Detection
    missing: tuple[str, ...] = ()  # when none: key concepts our articles never mention
    about_authors: str = ""  # a question about an author: who the articles are by (app.authors)
    shop: bool = False  # a question to the site's shop (app.shop.to_the_shop): nothing to quote
    remark: str = ""  # the message is small talk of this kind (app.remarks.small_talk)


class Assistant:
    def __init__(self, index: Index, embedder: Embedder, settings: Settings):
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.build_report: BuildReport | None = None
        self.detector = Detector.open(
            embedder,
            settings.crisis_detector,
            bank_extra(settings),
            settings.index_dir,  # the bank's vectors are cached beside the index generations
        )
        self.guidance = Guidance.load(settings.crisis_guidance)
        self.vocab = Vocabulary(index.lexical.vocab.keys(), (p.text for p in index.passages))
        self.near = NearWords(embedder, settings.synonym_cosine, index.words)
        self._by_doc: dict[str, list[Passage]] = {}
        for p in index.passages:
            self._by_doc.setdefault(p.doc_id, []).append(p)
        self.authors = authors.author_names(ps[0] for ps in self._by_doc.values())

    @classmethod
    def open(
        cls, settings: Settings, embedder: Embedder | None = None, progress: Progress | None = None
    ) -> Assistant:
        """Build the index when missing or stale (reporting to `progress`), then load it."""
        index, report = ensure_index(settings, embedder, progress=progress)
        assistant = cls(index, embedder or query_embedder(index, settings), settings)
        assistant.build_report = report
        return assistant

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> Assistant:
        """Load the index as it is, never building; IndexMismatch when it is stale."""
        if is_stale(settings):
            raise IndexMismatch(stale_message(settings))
        index = store.load(settings.index_dir)
        return cls(index, embedder or query_embedder(index, settings), settings)

    @staticmethod
    def prepare(settings: Settings) -> int:
        """Check the deployment's own files (the crisis guidance, extra crisis bank lines: a
        BadSetting once here rather than in each worker), build the index when missing or stale
        and check that it loads; its passage count. The model is loaded only if passages must be
        embedded."""
        Guidance.load(settings.crisis_guidance)
        if settings.crisis_detector == "meaning":
            for path in bank_extra(settings):
                read_examples(path)
        index, _ = ensure_index(settings)
        return len(index.passages)

    @property
    def passage_count(self) -> int:
        return len(self.index.passages)

    @property
    def model_name(self) -> str:
        return self.index.manifest.get("model", "")

    def warm(self) -> None:
        """Load the embedding model, the crisis bank's vectors and the language identifier now
        rather than on the first reader's question."""
        self.embedder.embed(["warm-up"])
        self.detector.warm()
        languages.warm()

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
        found = self.find_many([item for _, item in valid])
        for (i, (q, _, _)), got in zip(valid, found, strict=True):
            results[i] = self._reply(q, got)
        self._log(results, time.perf_counter() - started)
        return results  # type: ignore[return-value]

    def search_many(self, items: Sequence[tuple[str, Sequence[str], int]]) -> list[Found]:
        """The retrieval path of `ask_many`, for checked (question, history, top_k) items: for each,
        every ranked hit, the hits chosen to quote (none: abstain) and, when none, the key
        concepts our articles never mention. One embedding call."""
        return self.find_many(items)

    def find_many(self, items: Sequence[tuple[str, Sequence[str], int]]) -> list[Found]:
        """`search_many` plus the crisis detector, which reads each question's own vector from
        the same embedding call and, for a follow-up, the vector of it read with the
        conversation (`app.safety.turns.read_turn`; the turn right after a crisis keeps its
        guidance)."""
        # ... the question without the manner of saying asked in it (`app.remarks.searched`)
        queries = [retrieve.contextualize(searched(q), history) for q, history, _ in items]
        vectors = retrieve.embed_queries(self.embedder, queries, self.index)
        hit_lists = retrieve.search_embedded(self.index, queries, vectors, self.settings)
        rows = retrieve.own_rows(queries)
        found = []
        for (q, history, k), query, hits, row in zip(items, queries, hit_lists, rows, strict=True):
            context = vectors[row + 1] if query.context else None
            crisis = turns.read_turn(self.detector, q, history, query, vectors[row], context)
            if authors.about_author(q, history, self.authors):
                found.append(Found(hits, [], crisis, (), self._bylines(q, history, hits)))
            elif about_the_shop(asked(q)):  # in every mode, before any word is judged missing
                found.append(Found(hits, [], crisis, shop=True))
            elif talk := small_talk(q):  # "hey", "ok got it", "thanks bye": nothing to answer
                found.append(Found(hits, [], crisis, remark=talk))
            else:
                found.append(self._beside_crisis(q, k, self._choose(q, query, hits, k, crisis)))
        return found

    def _beside_crisis(self, question: str, k: int, found: Found) -> Found:
        """After a crisis told in the message itself (not a general question, not carried from
        the conversation), the quotes answer an ordinary question asked beside it, read alone
        (`app.beside`), or there are none: the articles are never quoted for the crisis's own
        words. After a crisis read from the conversation, they answer the message only when it
        asks a question of its own ("what foods help dopamine"), never a message that is the
        crisis told across turns ("ok thats enough then. thanks for everything", "worst ive ever
        had, came on like a bang" after "suddenly got a headache"). A general question that names
        suicide, self-harm or sexual assault is answered only by passages that name it too."""
        crisis = found.crisis
        if not crisis.crisis or not found.chosen:
            return found
        if crisis.carried:  # the crisis told the turn before: quotes only for a question of its own
            return found if beside.asks_its_own(question) else found._replace(chosen=[])
        if crisis.informational:  # a general question: answered by passages that name its subject
            return found._replace(chosen=[h for h in found.chosen if mentions(h.passage.text)])
        for part in beside.questions(question):
            alone = self.find_many([(part, (), k)])[0]
            if not alone.crisis.crisis:
                return found._replace(chosen=alone.chosen, missing=())
        return found._replace(chosen=[], missing=())

    def _bylines(self, question: str, history: Sequence[str], hits: list[Hit]) -> str:
        """Who the articles a question about an author means are by: those whose author it (or
        the question before it) names, else the best hit's."""
        docs = authors.named(" ".join([*history[-1:], question]), self.authors)
        docs = docs or {h.passage.doc_id for h in hits[:1]}
        firsts = {d: self._by_doc[d][0] for d in docs if self._by_doc.get(d)}
        return authors.reply(authors.bylines(docs, firsts))

    def _choose(
        self, question: str, query: retrieve.Query, hits: list[Hit], k: int, crisis: Detection
    ) -> Found:
        """The hits to quote; a failure in judging them never costs the reply, nor a crisis
        its guidance: the question is then answered as not covered (and the failure logged)."""
        try:
            return self._judge(question, query, hits, k, crisis)
        except Exception as err:  # noqa: BLE001 - the guidance and advice must still go out
            log_failure(log, "judging the quotes", err)
            return Found(hits, [], crisis)

    def _judge(
        self, question: str, query: retrieve.Query, hits: list[Hit], k: int, crisis: Detection
    ) -> Found:
        if self.settings.mode != "evidence":
            return Found(hits, retrieve.select(hits, self.settings, k, question), crisis)
        shown, missing = choose.quotes(
            hits, question, query, k, self.settings, self.vocab, self.near
        )
        return Found(hits, shown, crisis, missing)

    def _reply(self, question: str, found: Found) -> Reply:
        """The reply to a checked question; should building it fail, the reply without quotes
        (the guidance and the advice still first and last)."""
        try:
            return self._build(question, found)
        except Exception as err:  # noqa: BLE001
            if not (found.chosen or found.about_authors):
                raise
            log_failure(log, "building the reply", err)
            return self._build(question, Found(found.hits, [], found.crisis))

    def _build(self, question: str, found: Found) -> Reply:
        """The reply to a checked question, with related topics from the ranking (none in a
        crisis: nothing should compete with the guidance)."""
        hits, chosen, crisis = found.hits, found.chosen, found.crisis
        lines = self.guidance.for_categories(crisis.categories, self.settings.emergency)
        english = chosen or crisis.crisis or found.about_authors or found.shop or found.remark
        lang = "en" if english else languages.language(question, self.index.words.row.__contains__)
        reply = build_reply(
            question,
            chosen,
            crisis.crisis,
            self.settings,
            self.index.lexical.idf,
            crisis.categories,
            lines,
            lang,
            found.missing,
            crisis.informational,
            found.about_authors,
            found.shop,
            self.guidance.heading,
            crisis.carried,
            found.remark,
        )
        return reply if reply.crisis else replace(reply, related=related_topics(hits, chosen))

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
        shown = [h for h in history or () if "".join(map(visible, h)).strip()]  # skip blanks
        hist = [clean_question(h, limit, "an earlier question") for h in shown]
        k = self.settings.top_k if top_k is None else top_k
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_TOP_K:
            raise BadQuestion(f"top_k must be a whole number from 1 to {MAX_TOP_K}")
        return question, hist, k
