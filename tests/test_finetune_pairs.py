"""bench/finetune.py's training pairs: one per MedQuAD section, and nothing the evaluation uses
(held-out articles, MEDIQA answers by URL, focus or shared text) ever leaks into them. No
training here: pair building only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT))
from bench.finetune import (  # noqa: E402
    MAX_DF,
    build_pairs,
    mediqa_marks,
    norm_title,
    norm_url,
    read_md,
    sections,
    shingles,
)

SHARED_TEXT = "the flu is a contagious respiratory illness caused by influenza viruses that infect"
BOILER = "the human phenotype ontology provides the following list of signs and symptoms for"


def article(doc_id: str, title: str, url: str, body: list[tuple[str, str]]) -> str:
    head = "\n".join(
        f"{k}: {json.dumps(v)}"
        for k, v in [("id", doc_id), ("title", title), ("url", url), ("publisher", "GARD")]
    )
    parts = "".join(f"## {q}\n\n{a}\n\n" for q, a in body)
    return f"---\n{head}\n---\n\n# {title}\n\n{parts}"  # fmt: skip


def medquad() -> list[tuple[dict, str]]:
    docs = [
        article("A", "Alpha syndrome", "https://x.gov/alpha", [
            ("What is (are) Alpha syndrome ?", "Alpha syndrome is rare. " + BOILER + " alpha."),
            ("What is (are) Alpha syndrome ? (part 2)", "It affects the hands and the feet."),
            ("How to diagnose Alpha syndrome ?", "It affects the hands and the feet."),
        ]),
        article("HELD", "Held syndrome", "https://x.gov/held", [("What is Held ?", "Held.")]),
        article("URL", "Url disease", "http://www.MedlinePlus.gov/flu/", [("What is U ?", "U.")]),
        article("FOCUS", "Flu", "https://y.gov/f", [("What is flu ?", "A virus.")]),
        article("TEXT", "Grippe", "https://y.gov/g", [
            ("What is grippe ?", f"In short, {SHARED_TEXT} the nose."),
            ("Who gets grippe ?", "Anyone can get it at any age."),
        ]),
    ]  # fmt: skip
    docs += [
        article(f"B{n}", f"Beta {n}", f"https://x.gov/b{n}", [(f"Signs of Beta {n} ?", BOILER)])
        for n in range(12)
    ]
    return [read_md(d) for d in docs]


def mediqa() -> list[tuple[dict, str]]:
    docs = [
        '---\nid: "m1"\ntitle: "Flu (Symptoms)"\nurl: "https://medlineplus.gov/flu"\n---\n\n'
        f"# Flu (Symptoms)\n\nFlu (Symptoms): {SHARED_TEXT} the nose. {BOILER} flu.\n",
        '---\nid: "m2"\ntitle: "Cold"\nurl: "#"\n---\n\n# Cold\n\nA cold is a virus.\n',
    ]
    return [read_md(d) for d in docs]


def test_front_matter_and_sections_are_read_as_written():
    meta, body = read_md(article("GARD_1", 'A "quoted" name', "https://x.gov/a", [("Q1 ?", "A1.")]))
    assert meta == {"id": "GARD_1", "title": 'A "quoted" name', "url": "https://x.gov/a",
                    "publisher": "GARD"}  # fmt: skip
    assert sections(body) == [("Q1 ?", "A1.")]
    assert sections("# T\n\n## Q ? (part 3)\n\nline one\n\n- item\n") == [
        ("Q ?", "line one\n\n- item")
    ]
    assert sections("# T\n\nno questions here\n") == []


def test_links_are_normalized():
    assert norm_url("http://www.MedlinePlus.gov/flu/") == norm_url("https://medlineplus.gov/flu")
    assert norm_url("https://a.gov/x?y=1#z") == "a.gov/x"
    assert norm_title("Flu (Symptoms)") == "flu" and norm_title("Flu") == "flu"
    assert norm_title("Sickle cell (SCD) disease") == "sickle cell (scd) disease"


def test_no_excluded_article_or_text_leaks_into_the_pairs():
    docs, marks = medquad(), mediqa_marks(mediqa())
    assert "" not in marks.urls and "#" not in marks.urls
    pairs, why = build_pairs(docs, {"HELD"}, marks)
    docs_in = {p.doc_id for p in pairs}
    assert not docs_in & {"HELD", "URL", "FOCUS"}
    assert all(SHARED_TEXT not in p.answer for p in pairs)
    spread = Counter(r for _, body in docs for _, a in sections(body) for r in shingles(a))
    for p in pairs:  # a run of text shared with MEDIQA only when it is boilerplate
        assert all(spread[r] > MAX_DF for r in shingles(p.answer) & marks.shingles)
    assert why["article held out for MedQuAD evaluation"] == 1
    assert why["article URL is a MEDIQA answer's"] == 1
    assert why["article focus is a MEDIQA answer's"] == 1
    assert why["shares text with a MEDIQA answer"] == 1


def test_the_rest_is_kept_once_with_its_question():
    pairs, why = build_pairs(medquad(), {"HELD"}, mediqa_marks(mediqa()))
    got = {(p.doc_id, p.question) for p in pairs}
    assert ("TEXT", "Who gets grippe ?") in got  # the article's other section stays
    assert ("A", "What is (are) Alpha syndrome ?") in got  # boilerplate shared: kept
    assert not any("(part" in q for _, q in got)
    assert sum(p.answer == "It affects the hands and the feet." for p in pairs) == 1
    assert why["duplicate answer"] == 1 + 11  # a repeated answer; Beta 1..11 repeat Beta 0
    assert len(pairs) == 4


def test_a_shared_run_below_the_boilerplate_limit_excludes():
    """With the limit above the boilerplate's spread, that run counts: Alpha's section goes."""
    pairs, _ = build_pairs(medquad(), {"HELD"}, mediqa_marks(mediqa()), max_df=100)
    assert pairs and not any(BOILER in p.answer for p in pairs)


LEAKS = """
import json
from bench.finetune import all_pairs, heldout_docs
pairs, _ = all_pairs()
print(json.dumps({"heldout": sorted(heldout_docs()), "pairs": [p.doc_id for p in pairs]}))
"""


@pytest.mark.skipif(not (SHARED / "datasets/medquad").is_dir(), reason="../shared not present")
def test_the_real_pairs_leave_out_every_evaluation_article(tmp_path):
    """On the real datasets (unpacked under tmp_path): no pair comes from a dev question's
    article (doc_id or also_correct) nor from the gate's MedQuAD subset."""
    env = {**os.environ, "HEALTHQA_DATA": str(tmp_path), "HEALTHQA_SHARED": str(SHARED)}
    out = subprocess.run(
        [sys.executable, "-c", LEAKS], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    got = json.loads(out.stdout)
    heldout, docs = set(got["heldout"]), set(got["pairs"])
    dev = [json.loads(x) for x in (SHARED / "datasets/medquad/dev-questions.jsonl").open()]
    cited = {d["doc_id"] for d in dev} | {t["doc_id"] for d in dev for t in d["also_correct"]}
    assert cited <= heldout and len(heldout) > len(cited)  # the distractors too
    assert len(got["pairs"]) > 10_000
    assert not docs & heldout
