"""`requirements.txt` names every distribution the code imports: reading a corpus of .md, .txt and
.html files in a fresh interpreter loads only distributions that are pinned there or that a pinned
one requires unconditionally. (An optional extra such as `lxml[html_clean]` does not count: pips
differ in installing it, and lxml's HTML cleaner moved to `lxml_html_clean`.)"""

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


def required_by(names: set[str]) -> set[str]:
    """`names` and everything they require without an extra (markers evaluated here)."""
    seen, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for spec in metadata.requires(name) or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(_name(req.name))
    return seen


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
    assert loaded - required_by(pinned()) == set()
    assert "lxml-html-clean" in loaded  # the check sees the HTML cleaner trafilatura uses
