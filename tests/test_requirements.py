"""`requirements.txt` names every distribution the code imports: reading a corpus of .md, .txt and
.html files in a fresh interpreter loads only distributions that are pinned there or that a pinned
one requires unconditionally, or optional ones (under an extra nobody asks for). An extra that a
dependency asks for, like justext's `lxml[html_clean]`, must be pinned itself: pips differ in
installing it, and lxml's HTML cleaner moved to `lxml_html_clean`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import metadata

from packaging.requirements import Requirement

from tests.conftest import ROOT, TINY, write_corpus
from tests.test_corpus import HTML

LOADED = """
import json, sys
from importlib import metadata
from pathlib import Path
from app.corpus import read_corpus
articles, skipped = read_corpus(Path(sys.argv[1]))
assert len(articles) == 3 and not skipped, (len(articles), skipped)
names = {m.split(".")[0] for m in sys.modules} - set(sys.stdlib_module_names)
owners = metadata.packages_distributions()
print(json.dumps(sorted({d for m in names for d in owners.get(m, [])})))
"""


def _name(dist: str) -> str:
    return re.sub(r"[-_.]+", "-", dist).lower()


def pinned() -> set[str]:
    lines = (ROOT / "requirements.txt").read_text("utf-8").splitlines()
    return {_name(Requirement(line).name) for line in lines if line and not line.startswith("#")}


def required_by(names: set[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """`names` and everything they require without an extra (markers evaluated here); and the
    extras some of them ask of another (`lxml[html_clean]`: ("lxml", "html-clean"))."""
    seen, asked, todo = set(), set(), list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for spec in metadata.requires(name) or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(_name(req.name))
                asked |= {(_name(req.name), _name(extra)) for extra in req.extras}
    return seen, asked


def optional(names: set[str], asked: set[tuple[str, str]]) -> set[str]:
    """What `names` list under an extra nobody asks for: imported only if present (e.g.
    trafilatura's `py3langid`). An extra that is asked for is a requirement like any other."""
    found = set()
    for name in names:
        extras = metadata.metadata(name).get_all("Provides-Extra") or []
        for spec in metadata.requires(name) or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                continue
            under = {_name(e) for e in extras if req.marker.evaluate({"extra": e})}
            if not any((name, extra) in asked for extra in under):
                found.add(_name(req.name))
    return found


def test_reading_html_loads_only_pinned_distributions(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {**TINY, "heart.html": HTML})
    result = subprocess.run(
        [sys.executable, "-c", LOADED, str(corpus)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = {_name(d) for d in json.loads(result.stdout)} - {"healthqa"}
    needed, asked = required_by(pinned())
    assert loaded - needed - optional(needed, asked) == set()
    assert "lxml-html-clean" in loaded  # the check sees the HTML cleaner trafilatura uses
