"""What opening an index for answering needs beyond loading it: the embedder of the index's own
backend (and, for ONNX, its own model file), and the message that says why an index is stale."""

from __future__ import annotations

from app import store
from app.config import Settings
from app.embed import Embedder, make_embedder
from app.errors import IndexMismatch
from app.store import Index

# Texts whose int8 vectors an answering process keeps (a question asked again, a reader's word in
# two questions, the parts of a message sent twice): 2,048 x 384 float32, ~3 MB.
KEEP = 2048


def query_embedder(index: Index, settings: Settings) -> Embedder:
    """The embedder of the index's own backend and, for ONNX, its own model file: a question's
    vector is made the way its passages' vectors were. It keeps the last `KEEP` texts' vectors
    (int8 only: `app.embed.kept`)."""
    backend = index.manifest.get("backend")
    if backend != settings.backend:
        raise IndexMismatch(stale_message(settings))
    folder = index.folder if index.model_files else None
    return make_embedder(backend, settings.embed_batch, folder, keep=KEEP)


def stale_message(settings: Settings) -> str:
    manifest = store.read_manifest(settings.index_dir) or {}
    built = manifest.get("backend")
    if built and built != settings.backend:
        return (
            f"{settings.index_dir} was built with the {built!r} embedding backend, and the "
            f"settings ask for {settings.backend!r}: rebuild it with `python -m app build` "
            f"(or set HEALTHQA_BACKEND={built})"
        )
    return (
        f"{settings.index_dir} does not match the corpus or settings any more: "
        "rebuild it with `python -m app build`"
    )
