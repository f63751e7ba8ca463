"""Small typed records passed between the stages. Data only: no I/O, no logic beyond conversion."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, unquote


@dataclass(frozen=True, slots=True)  # slots: MedQuAD's articles hold 98,147 blocks
class Block:
    """One heading, paragraph or list item of an article's cleaned text, with its character span."""

    kind: str  # "heading" | "paragraph" | "item"
    start: int
    end: int
    level: int = 0  # heading level (1 = title); 0 for other blocks


@dataclass(frozen=True)
class Article:
    """An article after reading and cleaning. `text` is the cleaned text every quote is cut from."""

    doc_id: str
    title: str
    text: str
    blocks: tuple[Block, ...]
    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    path: str = ""  # file path relative to the corpus folder

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


@dataclass(frozen=True)
class Passage:
    """A span of an article's cleaned text: row i of the vector index is passage i."""

    passage_id: str  # "<doc_id>#<anchor>"
    doc_id: str
    anchor: str  # "p-<hash>", unique within the article
    title: str
    section: str  # heading text exactly as written, "" before the first heading
    start: int
    end: int
    text: str
    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)  # every field is a str or int: asdict's deep copy is not needed


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a passage: a span of the cleaned article. Row i of the sentence vectors is
    sentence i; `kind` is "text" (quotable) or why it is never quoted ("promotion", "bio",
    "disclaimer", "sourcing", "reference")."""

    passage: int  # row of its passage
    start: int
    end: int
    kind: str = "text"


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its scores (dense cosine, BM25, fused rank score)."""

    passage: Passage
    score: float  # dense cosine (hybrid, dense, bm25 modes) or the evidence score (evidence mode)
    fused: float = 0.0
    bm25: float = 0.0
    # Evidence mode only: the quote and its answering sentences (article coordinates), and the
    # cosine of the best answering sentence to the question as judged / to its own words.
    span: tuple[int, int] | None = None
    marks: tuple[tuple[int, int], ...] = ()
    support: float = 0.0
    own: float = 0.0
    continues: bool = False  # scored as a follow-up that continues the conversation's topic


@dataclass(frozen=True)
class Quote:
    text: str
    score: float
    doc_id: str
    title: str
    section: str
    publisher: str
    author: str
    published: str
    url: str
    link: str
    highlights: tuple[
        tuple[int, int], ...
    ] = ()  # spans within `text` that best answer the question


@dataclass(frozen=True)
class Reply:
    question: str
    abstained: bool
    crisis: bool
    quotes: tuple[Quote, ...]
    advice: str
    markdown: str
    emergency: str = field(default="", compare=False)  # emergency guidance shown first, "" if none
    crisis_categories: tuple[str, ...] = ()  # e.g. ("overdose",), best first; () if no crisis
    guidance: tuple[str, ...] = ()  # the guidance lines `emergency` is made of, in order
    heading: str = field(default="", compare=False)  # the guidance's heading, "" if none
    language: str = "en"  # "en", or the code of the language of a question quoted from nothing
    related: tuple[str, ...] = ()  # section headings to ask about next (app.related)
    # When nothing is quoted: the key concepts our articles never mention, as typed ("ADHD").
    missing: tuple[str, ...] = field(default=(), compare=False)
    # When nothing is quoted for a question about an author: who the articles are by (app.authors).
    about_authors: str = field(default="", compare=False)
    # Nothing is quoted because the question is to the site's shop (app.shop.to_the_shop).
    shop: bool = field(default=False, compare=False)
    # Nothing is quoted because the message is small talk of this kind (app.remarks.small_talk:
    # "greeting", "thanks", "bye", "ack", "rephrase", "about", "complaint", "link"); "" otherwise.
    remark: str = field(default="", compare=False)

    def to_dict(self) -> dict:
        """The public JSON object (CLI `--json`, `/api/ask`)."""
        return {
            "question": self.question,
            "abstained": self.abstained,
            "crisis": self.crisis,
            "quotes": [
                # the fields in order (a Quote holds strs, a float and spans: no deep copy needed)
                {**q.__dict__, "highlights": [list(span) for span in q.highlights]}
                for q in self.quotes
            ],
            "advice": self.advice,
            "markdown": self.markdown,
            "crisis_categories": list(self.crisis_categories),
            "guidance": list(self.guidance),
            "related": list(self.related),
            "missing": list(self.missing),
            "about_authors": self.about_authors,
            "shop": self.shop,
            "remark": self.remark,
        }


def article_link(passage_id: str) -> str:
    """The link to a passage ("<doc_id>#<anchor>") on our article page: the id percent-encoded
    ("what-is-adhd?" -> "what-is-adhd%3F"; "/" kept, ids may be paths), so that a "?", "#" or "%"
    in an id never breaks the link."""
    doc_id, _, anchor = passage_id.rpartition("#") if "#" in passage_id else (passage_id, "", "")
    return f"/articles/{quote(doc_id, safe='/')}" + (f"#{anchor}" if anchor else "")


def passage_of(link: str) -> str:
    """The passage id ("<doc_id>#<anchor>") of a link made by `article_link`."""
    return unquote(link.removeprefix("/articles/"))
