"""Corpus files (.md, .txt, .html with optional YAML front matter) -> cleaned Articles.

The only reader of the corpus folder. Hidden files and folders are ignored, except the optional
`.junk-phrases` list of site-specific junk. A file that cannot be read is skipped with a reason,
the front matter fields no part of the program reads are kept by file (`fields_not_read`);
two files with the same document id are an error naming both. A `FileCache` (path + SHA-256 of
the file's bytes -> its Article or why it was skipped) lets a rebuild parse and clean only the
files that changed; the caller keeps it valid (same cleaning rules and junk phrases).
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from app import clean
from app.errors import CorpusError
from app.records import Article, Block

SUFFIXES = {".md": "md", ".markdown": "md", ".txt": "txt", ".html": "html", ".htm": "html"}
PHRASES_FILE = ".junk-phrases"
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
OPENED = re.compile(r"\A---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:")  # a field follows the ---
FIELDS = ("id", "title", "publisher", "author", "published", "date", "url")
DATES = ("published", "date")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z ]*)?")


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


Key = tuple[str, str]  # (path under the corpus folder, SHA-256 of the file's bytes)


@dataclass
class FileCache:
    """What earlier reads made of each file (`known`), and what this read made (`seen`)."""

    known: dict[Key, Article | Skipped] = field(default_factory=dict)
    seen: dict[Key, Article | Skipped] = field(default_factory=dict)
    hits: int = 0
    # front matter fields no part of the program reads, by file (the earlier reads' and this one's)
    ignored: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    # (path, SHA-256 or why unreadable) of every file read, the junk-phrase list last: `fingerprint`
    digests: list[tuple[str, bytes]] = field(default_factory=list)


def corpus_files(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus_dir}")
    files = [
        p
        for p in corpus_dir.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(corpus_dir).as_posix())


def fingerprint(corpus_dir: Path, read: FileCache | None = None) -> str:
    """A hash of every corpus file's path and bytes, and of the junk-phrase list. With `read`, the
    cache a `read_corpus` filled: of the files that read listed, as it read them (not again)."""
    if read is None:
        files = [(_rel(p, corpus_dir), _digest(p)) for p in corpus_files(corpus_dir)]
        phrases = corpus_dir / PHRASES_FILE
        read = FileCache(
            digests=files + ([(PHRASES_FILE, _digest(phrases))] if _present(phrases) else [])
        )
    digest = hashlib.sha256()
    for rel, file_digest in read.digests:
        digest.update(rel.encode() + b"\0")
        digest.update(file_digest)
    return digest.hexdigest()


def _digest(path: Path) -> bytes:
    """The SHA-256 of a file's bytes, or why they could not be read."""
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except OSError as err:
        return _unreadable(err)


def _unreadable(err: OSError) -> bytes:
    return f"unreadable:{err.errno}".encode()


def _rel(path: Path, corpus_dir: Path) -> str:
    return path.relative_to(corpus_dir).as_posix()


def read_corpus(
    corpus_dir: Path,
    cache: FileCache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Every corpus file as an Article (or Skipped); a file `cache` knows by path and bytes is
    not parsed again. `progress(files done, files)` after each file."""
    cache = FileCache() if cache is None else cache
    phrases_data = _phrases_bytes(corpus_dir / PHRASES_FILE)
    phrases = clean.load_phrases(phrases_data.decode("utf-8")) if phrases_data is not None else []
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    files = corpus_files(corpus_dir)
    for n, path in enumerate(files, 1):
        rel = _rel(path, corpus_dir)
        result = _read_cached(path, rel, phrases, cache)
        if progress:
            progress(n, len(files))
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        if result.doc_id in seen:
            raise CorpusError(
                f"duplicate document id {result.doc_id!r} in {seen[result.doc_id]} and {rel}"
            )
        seen[result.doc_id] = rel
        articles.append(result)
    if phrases_data is not None:
        cache.digests.append((PHRASES_FILE, hashlib.sha256(phrases_data).digest()))
    return articles, skipped


def _present(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _phrases_bytes(path: Path) -> bytes | None:
    """The junk-phrase file's bytes (None when there is none); one that cannot be used - a
    folder, unreadable, not UTF-8 - is an error naming it, never a build without its phrases."""
    if not _present(path):
        return None
    try:
        data = path.read_bytes()
        data.decode("utf-8")
    except OSError as err:
        raise CorpusError(f"cannot read {path}: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise CorpusError(f"cannot read {path}: not UTF-8 text") from None
    return data


def _read_cached(path: Path, rel: str, phrases: list[str], cache: FileCache) -> Article | Skipped:
    try:
        data = path.read_bytes()
    except OSError as err:
        cache.digests.append((rel, _unreadable(err)))
        return Skipped(rel, _reason(err))
    digest = hashlib.sha256(data)
    cache.digests.append((rel, digest.digest()))
    key = (rel, digest.hexdigest())
    result = cache.known.get(key)
    if result is None:
        try:
            result, ignored = _read_article(path, rel, phrases, data)
            cache.ignored[key] = ignored
        except (UnicodeDecodeError, ValueError, yaml.YAMLError) as err:
            result = Skipped(rel, _reason(err))
    else:
        cache.hits += 1
    cache.seen[key] = result
    return result


def _reason(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not valid UTF-8 text"
    if isinstance(err, yaml.YAMLError):
        return "front matter is not valid YAML"
    if isinstance(err, OSError):
        return f"cannot read file ({err.strerror or err})"
    return str(err)


def read_article(
    path: Path, rel: str, phrases: list[str] = (), data: bytes | None = None
) -> Article:
    """One file as an Article; `data`: its bytes, when already read."""
    return _read_article(path, rel, phrases, data)[0]


def _read_article(
    path: Path, rel: str, phrases: list[str], data: bytes | None
) -> tuple[Article, tuple[str, ...]]:
    """One file as an Article, and its front matter's fields that are not read."""
    raw = (path.read_bytes() if data is None else data).decode("utf-8").lstrip("\ufeff")
    fmt = SUFFIXES[path.suffix.lower()]
    meta, ignored, body = split_front_matter(raw)
    if fmt == "html":
        from app.scrape import html_to_markdown  # trafilatura is imported only for HTML files

        body, page_meta = html_to_markdown(body)
        meta = {**page_meta, **{k: v for k, v in meta.items() if v}}
    author = _one_line(meta.get("author"))
    units = _md_units(body, fmt != "md", author, phrases) if fmt != "txt" else None
    if units is None:
        units = _txt_units(body, author, phrases, str(meta.get("title") or ""))
    if not any(kind != "heading" for kind, _, _ in units):
        raise ValueError("no article text left after cleaning")
    text, blocks = _assemble(units)
    doc_id = str(meta.get("id") or Path(rel).with_suffix("").as_posix())
    if any(part in ("", ".", "..") for part in doc_id.split("/")):
        raise ValueError(f"id {doc_id!r} cannot be a link: a part between '/' is empty, . or ..")
    title = _one_line(meta.get("title")) or _first_heading(text, blocks) or Path(rel).stem
    article = Article(
        doc_id=doc_id,
        title=title,
        text=text,
        blocks=blocks,
        publisher=_one_line(meta.get("publisher")),
        author=author,
        published=_s(meta.get("published") or meta.get("date")),
        url=_web_address(_s(meta.get("url"))),
        path=rel,
    )
    return article, ignored


def _web_address(url: str) -> str:
    """The `url` when it is a web address (http or https, a host, no space, control character,
    `<`, `>` or `"`); else empty, so that no reply or page ever carries a "javascript:" or "data:"
    link from an article's front matter - not even one after a line break in the `url`, which
    ended the reply's Markdown link and began another."""
    if not re.match(r"(?i)^https?://[^/?#]", url):
        return ""
    return "" if any(c.isspace() or not c.isprintable() or c in '<>"' for c in url) else url


def _s(value) -> str:
    return "" if value is None else str(value).strip()


def _one_line(value) -> str:
    """A field shown in a source line: its white space (line breaks too) as single spaces."""
    return " ".join(_s(value).split())


def split_front_matter(raw: str) -> tuple[dict[str, str], tuple[str, ...], str]:
    """(the front matter's fields as text, the names of those not read, the body). ValueError
    naming the field for front matter that cannot be meant as written: see `front_fields`."""
    match = FRONT.match(raw)
    if not match:
        if OPENED.match(raw):
            raise ValueError("front matter opened with '---' is never closed by a '---' line")
        return {}, (), raw
    meta = yaml.load(match.group(1), Loader=_TextLoader) or {}  # noqa: S506 - safe, text only
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping of fields")
    ignored = tuple(str(key) for key in meta if str(key) not in FIELDS)
    return front_fields(meta), ignored, raw[match.end() :]


class _TextLoader(yaml.SafeLoader):
    """Safe YAML whose plain scalars stay the text written (`title: yes` is "yes", not True;
    `id: 012` is "012", not 10; `published: 2024-13-45` a text, not a failed date), but null."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_fields(meta: dict) -> dict[str, str]:
    """The known fields as text (null: empty). ValueError naming the field for a list or a
    mapping where text is meant, a date that is not one, or an unknown field that is a slip for
    a known one (`titel`, `Title`, `authors`); other fields (`tags`, `description`) are not read
    (`split_front_matter` names them, and the build says so: `not_read`)."""
    fields: dict[str, str] = {}
    for key, value in meta.items():
        name = str(key)
        if name not in FIELDS:
            near = difflib.get_close_matches(name.lower(), FIELDS, n=1, cutoff=0.8)
            if near and (len(name) > 3 or name.lower() in FIELDS):
                raise ValueError(
                    f"front matter field {name!r} is unknown: did you mean {near[0]!r}?"
                )
            continue
        if isinstance(value, (list, dict)):
            kind = "a list" if isinstance(value, list) else "a mapping"
            raise ValueError(f"front matter field {name!r} is {kind}, not text")
        text = "" if value is None else str(value).strip()
        if name in DATES and text and not _is_date(text):
            raise ValueError(f"front matter field {name!r} is not a date (YYYY-MM-DD): {text!r}")
        fields[name] = text
    return fields


def fields_not_read(cache: FileCache) -> dict[str, tuple[str, ...]]:
    """The fields not read of each article of this read (a file `cache` knew: as first read)."""
    return {
        key[0]: cache.ignored[key]
        for key, result in cache.seen.items()
        if isinstance(result, Article) and cache.ignored.get(key)
    }


def not_read(ignored: dict[str, tuple[str, ...]], shown: int = 3) -> list[str]:
    """One warning per front matter field no part of the program reads, naming the files that
    have it (`ignored`: file -> its fields not read); the first `shown` files, then a count."""
    by_field: dict[str, list[str]] = {}
    for path, names in sorted(ignored.items()):
        for name in names:
            by_field.setdefault(name, []).append(path)
    lines = []
    for name, paths in sorted(by_field.items()):
        files = ", ".join(paths[:shown]) + (
            f" and {len(paths) - shown:,} more" if len(paths) > shown else ""
        )
        lines.append(
            f"front matter field {name!r} is not read (only {', '.join(FIELDS)} are): in {files}"
        )
    return lines


def _is_date(text: str) -> bool:
    """A day as YYYY-MM-DD, with a time after it or not."""
    if not DAY.fullmatch(text):
        return False
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


Unit = tuple[str, int, str]  # (kind, heading level, text)


def _txt_units(body: str, author: str, phrases: list[str], title: str) -> list[Unit]:
    lines = body.splitlines()
    keep = clean.clean_lines(lines, strict=True, author=author, phrases=phrases)
    units: list[Unit] = []
    para: list[str] = []
    for line, kept in zip(lines + [""], keep + [True], strict=True):
        text = line.strip()
        if not kept:
            continue
        if not text or clean.is_item(text):
            _flush_paragraph(para, units, title)
            if text:
                units.append(("item", 0, text))
            continue
        para.append(text)
    return units


def _flush_paragraph(para: list[str], units: list[Unit], title: str) -> None:
    if not para:
        return
    if len(para) == 1 and clean.is_title_like(para[0]):
        is_title = title and para[0].casefold() == title.casefold()
        level = 1 if is_title and not units else 2
        units.append(("heading", level, para[0]))
    else:
        units.append(("paragraph", 0, "\n".join(para)))
    para.clear()


def _md_units(body: str, strict: bool, author: str, phrases: list[str]) -> list[Unit]:
    lines = body.splitlines()
    keep = clean.clean_lines(lines, strict=strict, author=author, phrases=phrases)
    units: list[Unit] = []
    para: list[str] = []
    for line, kept in zip(lines + [""], keep + [True], strict=True):
        text = line.strip()
        heading = HEADING.match(text)
        if not kept or not text or heading or clean.is_item(text):
            if para:
                units.append(("paragraph", 0, "\n".join(para)))
                para = []
            if kept and heading and heading.group(2):
                units.append(("heading", len(heading.group(1)), heading.group(2)))
            elif kept and text and not heading:
                units.append(("item", 0, text))
            continue
        para.append(text)
    return units


def _assemble(units: list[Unit]) -> tuple[str, tuple[Block, ...]]:
    """Join units with blank lines into the cleaned text; record each block's span."""
    units = _drop_empty_headings(units)
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for kind, level, text in units:
        if parts:
            pos += 2
        blocks.append(Block(kind, pos, pos + len(text), level))
        parts.append(text)
        pos += len(text)
    return "\n\n".join(parts), tuple(blocks)


def _drop_empty_headings(units: list[Unit]) -> list[Unit]:
    """A heading with no text before the next heading of the same or a higher level is chrome."""
    out: list[Unit] = []
    for i, (kind, level, text) in enumerate(units):
        if kind == "heading" and level > 1:
            rest = units[i + 1 :]
            nxt = next((u for u in rest if u[0] != "heading" or u[1] <= level), None)
            if nxt is None or nxt[0] == "heading":
                continue
        out.append((kind, level, text))
    return out


def _first_heading(text: str, blocks: tuple[Block, ...]) -> str:
    return next((text[b.start : b.end] for b in blocks if b.kind == "heading"), "")
