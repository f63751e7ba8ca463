"""What the web layer needs from the core's `Assistant` (app/service.py), as a Protocol, so that the
web layer can be tested with a small fake and never reaches into the core's internals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from app.config import Settings
from app.embed import Embedder
from app.errors import AppError
from app.records import Article, Hit, Passage, Reply

AskItem = tuple[str, Sequence[str], int | None]  # (question, earlier questions, top_k or None)


class AssistantLike(Protocol):
    passage_count: int
    model_name: str
    settings: Settings
    embedder: Embedder  # the index's own embedder (the /admin report groups questions with it)

    def ask(
        self, question: str, history: Sequence[str] = (), top_k: int | None = None
    ) -> Reply: ...

    def ask_many(self, items: Sequence[AskItem]) -> list[Reply | AppError]: ...

    def search_many(
        self, items: Sequence[tuple[str, Sequence[str], int]]
    ) -> list[tuple[list[Hit], list[Hit]]]: ...

    def article(self, doc_id: str) -> Article | None: ...

    def passages_of(self, doc_id: str) -> list[Passage]: ...
