"""A file the user names for a command to write is never one of that command's inputs.

`eval --json-out` and the store's SQLite file (`HEALTHQA_FEEDBACK_DB`, written by `serve`) are
checked against the question file, the corpus folder, the index folder and the store's files before
anything is read or written: overwriting one of them would lose the user's data (a question file
replaced by its own summary, an index file that fails its checksum, an article turned into a
database). Symlinks and `..` are resolved; a second name of the same file (a hard link) is found
too. What can be written at all (a folder, a missing folder, permissions) is the caller's check."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from app.errors import BadSetting


def refuse_inputs(
    path: Path,
    name: str,
    files: Iterable[tuple[str, Path]] = (),
    folders: Iterable[tuple[str, Path]] = (),
) -> None:
    """BadSetting (exit 2) naming `name` and `path` when `path` is one of `files` or inside one of
    `folders`; each given as (what it is, its path), e.g. ("the question file", Path(...))."""
    target = path.resolve()
    for what, file in files:
        if _same(path, file):
            raise BadSetting(f"{name} {path}: it is {what}; name another file")
    for what, folder in folders:
        if target.is_relative_to(folder.resolve()):
            raise BadSetting(f"{name} {path}: it is inside {what} {folder}; name a file outside it")


def _same(path: Path, other: Path) -> bool:
    if path.resolve() == other.resolve():
        return True
    try:
        return os.path.samefile(path, other)
    except OSError:  # one of them is not there: not the same file
        return False


def store_files(sqlite_path: Path) -> list[tuple[str, Path]]:
    """The site owner's SQLite store and the journal files SQLite keeps beside it."""
    return [
        ("the store's database file", sqlite_path),
        ("the store's journal file", Path(f"{sqlite_path}-wal")),
        ("the store's journal file", Path(f"{sqlite_path}-shm")),
    ]
