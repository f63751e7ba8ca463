from app.corpus import read_corpus
from app.records import Article, Block
from app.split import sentence_spans, split_article
from tests.conftest import SEED_CORPUS


def _article(text: str, blocks: list[tuple[str, int]]) -> Article:
    """Build an article from (kind, level) per blank-line-separated part of `text`."""
    out, pos = [], 0
    for part, (kind, level) in zip(text.split("\n\n"), blocks, strict=True):
        out.append(Block(kind, pos, pos + len(part), level))
        pos += len(part) + 2
    return Article("d", "T", text, tuple(out))


def test_passages_are_exact_spans_and_never_cross_headings():
    for article in read_corpus(SEED_CORPUS)[0]:
        passages = split_article(article, 40, 160)
        assert passages
        for p in passages:
            assert article.text[p.start : p.end] == p.text
            heading_starts = [b.start for b in article.blocks if b.kind == "heading"]
            assert not any(p.start < h < p.end for h in heading_starts)
        assert len({p.anchor for p in passages}) == len(passages)


def test_list_stays_with_its_introduction():
    article = next(a for a in read_corpus(SEED_CORPUS)[0] if a.doc_id == "dopamine-deficiency")
    passage = next(p for p in split_article(article) if "Muscle stiffness" in p.text)
    assert "Physical symptoms a healthcare provider may look for include:" in passage.text
    assert "• Chronic constipation" in passage.text


def test_long_paragraph_is_cut_at_sentence_ends():
    sentence = "Sleep helps the brain store memories and clear waste. "
    text = "Heading\n\n" + (sentence * 30).strip()
    passages = split_article(_article(text, [("heading", 1), ("paragraph", 0)]), 10, 50)
    assert len(passages) > 1
    for p in passages:
        assert p.text.endswith(".") and len(p.text.split()) <= 50
        assert p.section == "Heading"


def test_small_paragraphs_are_joined():
    text = "One short line here.\n\nAnother short line here.\n\nA third one."
    passages = split_article(_article(text, [("paragraph", 0)] * 3), 10, 60)
    assert [p.text for p in passages] == [text]


def test_anchors_are_stable_across_unrelated_edits():
    text = "First paragraph about sleep.\n\nSecond paragraph about water."
    a = split_article(_article(text, [("paragraph", 0)] * 2), 1, 4)
    b = split_article(_article("New start.\n\n" + text, [("paragraph", 0)] * 3), 1, 4)
    assert a[-1].anchor == b[-1].anchor


def test_sentence_spans():
    text = "Dr. Smith said so. It works! Does it? Yes."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans][-3:] == ["It works!", "Does it?", "Yes."]
    assert sentence_spans("") == []


def test_sentences_end_at_block_boundaries():
    text = "Foods that help are greens.\n\n• Do things that make you happy\n\n• Rest"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Foods that help are greens.",
        "• Do things that make you happy",
        "• Rest",
    ]
