"""Fuzz: any file text goes through reading, cleaning and splitting with every passage an exact
span of the cleaned article and every block inside it."""

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.corpus import read_article
from app.split import split_article

LINES = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
    st.sampled_from(
        [
            "",
            "# Heading",
            "## What is it?",
            "- item one",
            "• Add to cart",
            "Login",
            "1. First.",
            "---",
            "k: [",
            "title: x",
            "Short Title Line",
            "A full sentence about health.",
            "\t  ",
            "\r",
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINES, max_size=30), suffix=st.sampled_from([".md", ".txt"]))
def test_any_file_reads_into_exact_passages(lines, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_text("\n".join(lines), "utf-8")
        try:
            article = read_article(path, path.name)
        except (ValueError, yaml.YAMLError):
            return  # "no article text left" or bad front matter: skipped with a reason
        for block in article.blocks:
            assert 0 <= block.start <= block.end <= len(article.text)
        for p in split_article(article, 5, 40):
            assert article.text[p.start : p.end] == p.text and p.text.strip()
