"""Is a message written in English? Used only to word a reply that quotes nothing: a question in
another language gets "our articles are in English" instead of "not covered". Crisis detection
never depends on this.

A message written mostly in a script other than the Latin alphabet (Chinese, Arabic, Cyrillic,
Devanagari, ...) is not English, however short (a Chinese question is one "word"). Otherwise a
message with a common English function word ("what", "how", "my", "the") is English; so is one
of fewer than three words (a hyphenated word is one), and so is one with fewer than three words
that are not the articles' own and no function word of another language (`FOREIGN`). Otherwise
py3langid (its model ships inside the package, loaded on
first use, about 1 s; only the chosen languages' part of its feature table is kept), restricted to
widely used languages, decides, and a message counts as non-English only when English is very
unlikely.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


WORDS = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")  # "l-tyrosine", "don't": one word
ENGLISH = set(
    _words(
        "the is are what whats what's how why when where which who whom i i'm im i've ive you "
        "your my me do does did can could should would will it it's this that these those with "
        "for of and to have has had get got be been being am not dont don't can't cant isn't any "
        "some about from after before they them their there he she his her we our us if or at on "
        "by just"
    )
)
# Function words of other widely used languages that are not English words: a message with one
# is left to the identifier even when most of its words are the articles' own ("was ist serotonin").
FOREIGN = set(
    _words(
        "ist und der das ein eine einen mit ich mein meine meinen nicht gegen für fur wie wird "
        "sehr viel viele "
        "que qué para por con los las del una el la lo es está esta pero muy cómo como mucho "
        "mucha muchos muchas tengo tiene "
        "est le les des une pour avec dans du au aux sont c'est qu'est-ce mieux très tres "
        "il di che della per non sono gli una "
        "het een van voor niet ook zijn wat "
        "não nao com uma os do da em "
        "kya hai hain nahi mera meri ka ki ke"
    )
)
LANGUAGES = _words(  # widely used languages the identifier may choose from
    "en es fr de pt it nl pl ru uk tr ar zh ja ko hi bn ur fa he el vi id ms th tl sv da no fi cs "
    "sk ro hu bg hr sr sw ta"
)
MIN_WORDS = 3
MAX_ENGLISH = 0.01  # "not English" only when English is this unlikely
_lock = threading.Lock()
_identifier = None


def _classifier():
    global _identifier
    with _lock:
        if _identifier is None:
            _identifier = _load(LANGUAGES)
    return _identifier


def _load(languages: list[str]):
    """py3langid's identifier with only `languages`' columns of its feature table: what
    `set_languages(languages)` gives, without keeping the full table (142 languages, 28 MB of
    float16) for a later reset we never make."""
    from py3langid import langid
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(Path(langid.MODEL_DIR) / langid.MODEL_FILE)
    keep = [i for i, code in enumerate(classes) if code in set(languages)]
    kept = [classes[i] for i in keep]
    return langid.LanguageIdentifier(ptc[:, keep], pc[keep], kept, nextmove, output, tk_row=row)


def warm() -> None:
    _classifier()


def other_script(message: str) -> bool:
    """Written mostly in a script other than the Latin alphabet (Chinese, Arabic, Cyrillic, ...)."""
    letters = [c for c in message if c.isalpha()]
    return bool(letters) and sum(not _latin(c) for c in letters) * 2 > len(letters)


def language(message: str, known: Callable[[str], bool] | None = None) -> str:
    """An ISO 639-1 code when the message is confidently not English, else "en". `known`: is a
    (lowercased) word one of the articles' own? A message that is English but for fewer than
    three words of its own and no function word of another language is English ("serotonin
    syndrome symptoms", "ginkgo biloba memory": the identifier took such keyword queries for
    Finnish or Croatian; "was ist serotonin" is still read by the identifier)."""
    if other_script(message):
        code = _classifier().classify(message)[0]
        return code if code != "en" else "und"  # another script: never English
    words = [w.lower() for w in WORDS.findall(message.replace("’", "'"))]
    if len(words) < MIN_WORDS or ENGLISH & set(words):
        return "en"
    if known is not None and _keywords(words) and sum(not known(w) for w in words) < MIN_WORDS:
        return "en"
    ranked = _classifier().rank(message)
    code, top = ranked[0]
    total = sum(math.exp(score - top) for _, score in ranked)
    english = next((math.exp(score - top) for c, score in ranked if c == "en"), 0.0) / total
    return code if code != "en" and english < MAX_ENGLISH else "en"


def _keywords(words: list[str]) -> bool:
    """Could these be English keywords around the articles' words: no function word of another
    language, no accented letter, no elided article ("l'insomnie", "dell'umore")?"""
    return not FOREIGN & set(words) and all(w.isascii() and "'" not in w[1:4] for w in words)


def _latin(char: str) -> bool:
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"  # Latin letters, with accents
