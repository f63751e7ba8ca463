"""The live generation of an index folder and its manifest: which `gen-*` folder `CURRENT` names,
the SHA-256 of every file in it, and `verify`, which checks them all on load. Writing a
generation is `app.store`'s; this module only reads.

The manifest lists the SHA-256 of *every* file of its generation (found by walking the folder, so
a file added by a later version is covered without naming it here); `verify` checks them all and
names every damaged file. Format 3: format 2 had no word vectors (`words.txt`, `words.npy`); a
rebuild still reuses a format-2 generation's vectors (`app.reuse`). Format 2: format 1 did not cover
`bm25/`.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from app.errors import IndexCorrupt, IndexMissing, IndexProblem

FORMAT_VERSION = 3
POINTER = "CURRENT"
MANIFEST = "manifest.json"
REQUIRED = (
    "vectors.faiss",
    "passages.jsonl",
    "hashes.txt",
    "articles.jsonl",
    "sentences.jsonl",
    "sentences.npy",
    "bm25/",
    "words.txt",
    "words.npy",
)
SINCE = {"words.txt": 3, "words.npy": 3}  # required from this format version on
REBUILD = "rebuild it with `python -m app build`"


def current_folder(index_dir: Path) -> Path | None:
    pointer = index_dir / POINTER
    if not pointer.is_file():
        return None
    try:
        name = pointer.read_bytes().decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        name = ""
    if not re.fullmatch(r"gen-[A-Za-z0-9_.-]+", name) or ".." in name:
        raise IndexCorrupt(f"{pointer} does not name an index generation: {REBUILD}")
    return index_dir / name


def read_manifest(index_dir: Path) -> dict | None:
    folder = current_folder(index_dir)
    if folder is None:
        return None
    return _read_manifest(folder)


def verify(index_dir: Path, formats: tuple[int, ...] = (FORMAT_VERSION,)) -> tuple[Path, dict]:
    """The live generation and its manifest, every file checked against the manifest's
    checksums; `formats`: the format versions accepted. IndexMissing when there is none;
    IndexCorrupt naming every damaged file."""
    if index_dir.exists() and not index_dir.is_dir():  # a build could not write there either
        raise IndexProblem(f"cannot use {index_dir} as the index folder: it is not a folder")
    folder = current_folder(index_dir)
    if folder is None or not folder.is_dir():
        raise IndexMissing(f"no index in {index_dir}: run `python -m app build`")
    manifest = _read_manifest(folder)
    version = manifest.get("format_version")
    if version not in formats:
        raise IndexCorrupt(
            f"{folder / MANIFEST}: index format {manifest.get('format_version')!r} is not "
            f"{FORMAT_VERSION}: {REBUILD}"
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items()
    ):
        raise IndexCorrupt(f"{folder / MANIFEST} has no valid list of checksums: {REBUILD}")
    damaged = _damaged(folder, files, version)
    if damaged:
        raise IndexCorrupt(f"damaged index files in {folder}: {'; '.join(damaged)}: {REBUILD}")
    return folder, manifest


def _damaged(folder: Path, files: dict[str, str], version: int) -> list[str]:
    """'name (why)' for each required file not listed, listed file missing or changed, and file
    present but not listed."""
    found = []
    for required in (r for r in REQUIRED if SINCE.get(r, 0) <= version):
        if not any(name == required or name.startswith(required) for name in files):
            found.append(f"{required} (not in the manifest)")
    for name, digest in sorted(files.items()):
        path = folder / name
        if not _inside(folder, path):
            found.append(f"{name} (not a file of the generation)")
        elif not path.is_file():
            found.append(f"{name} (missing)")
        elif _sha256(path) != digest:
            found.append(f"{name} (checksum mismatch)")
    found += [
        f"{name} (not in the manifest)"
        for name in sorted(set(checksums(folder, False)) - set(files))
    ]
    return found


def checksums(folder: Path, digest: bool = True) -> dict[str, str]:
    """{relative path: SHA-256} of every file under `folder` but the manifest."""
    names = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).as_posix() != MANIFEST
    )
    return {name: _sha256(folder / name) if digest else "" for name in names}


def _inside(folder: Path, path: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve()) and ".." not in Path(path).parts


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as err:
        raise IndexCorrupt(f"{path} is missing: {REBUILD}") from err
    except (ValueError, UnicodeDecodeError) as err:
        raise IndexCorrupt(f"{path} is corrupted ({err}): {REBUILD}") from err
    if not isinstance(manifest, dict):
        raise IndexCorrupt(f"{path} is corrupted (not a JSON object): {REBUILD}")
    return manifest
