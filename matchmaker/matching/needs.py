"""Seeking and offering texts split into needs, so each need is matched on its own.

People list several needs in one text ("drug checking at festivals, night mayors and safe
transport home"); one vector for the whole text averages them into something nobody asked
for. The split is lexical and conservative:

- lines, bullets and numbered items, sentences (`.`, `!`, `?`, `;`) and spaced slashes
  ("A / B") separate needs; nothing inside brackets does ("testing (Marquis, Mecke)");
- a short lead-in ending in a colon ("Looking for: …") introduces the list after it;
- inside a sentence, commas separate items only when they form an enumeration: two or more
  commas, or a comma and a final conjunction ("A, B and C", "A, B et C", "A, B en C",
  "A, B und C"). A lone "and" is not split: "mediation between bars and residents" is one
  need, and telling it from "drug checking and night mayors" needs more than words;
- a sentence with fewer than two content words ("Happy to share.") joins the piece before
  it; a list item needs only one ("ethnography").

A text the split leaves whole is one need, stored under the same hash as the whole-text
vector of earlier versions, so those vectors are reused. A list is matched by its items
only: the whole list's vector is the blur of all its needs, and a match found through it
could not be quoted honestly.
"""

from __future__ import annotations

import functools
import re

from matchmaker.matching.members import fold

MAX_NEEDS = 12  # needs per text: past this it is an essay, not a list
CACHED_TEXTS = 8192

_ABBREVIATIONS = re.compile(
    r"\b(e\.g|i\.e|etc|vs|cf|approx|z\.b|bzw|u\.a|p\.ex|ex|dr|st|mr|mrs|ms|no|nr|art)\.",
    re.IGNORECASE,
)
_PROTECTED_DOT = "\u2024"  # one-dot leader: stands in for an abbreviation's dot meanwhile
# Inside brackets nothing separates needs: "reagent testing (Marquis, Mecke)" is one need.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SEPARATOR_STAND_INS = {",": "\u201a", ";": "\u204f", "/": "\u2044", ".": _PROTECTED_DOT}
_LINE = re.compile(r"\n+")
_BULLET = re.compile(r"^\s*(?:[-*•·–—]+|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))\s*", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\s*;\s*|\s+/\s+")
# "1) A 2) B" or "1. A 2. B" written on one line: each number starts an item.
_INLINE_NUMBER = re.compile(r"\s+(?=\(?\d{1,2}[.)]\s)")
_LEAD_IN = re.compile(r"^([^:]{1,60}):\s+(.+)$", re.DOTALL)
_COMMA = re.compile(r"\s*,\s*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Conjunctions closing an enumeration, by language. Dutch "en"/"of", Italian/Portuguese
# "e" and Spanish "y" mean something else in other languages (French "en" = "in", English
# "of"), so they count only in a text that reads as that language.
_CLOSERS_ANY = ("and", "or", "as well as", "plus", "et", "ou", "ainsi que", "und", "oder", "sowie")
_MARKERS = {
    "nl": _words("het een van voor met wij onze op naar bij te ook zijn ervaring"),
    "fr": _words("le la les des du une pour dans avec sur est nous notre aux au"),
    "en": _words("the with for our we to of"),
    "it": _words("il gli della delle per con sono nostra nostro"),
    "pt": _words("os das dos para com uma nossa nosso"),
    "es": _words("el los las del para con una nuestra nuestro"),
}
# Two words in one item that make it a clause ("In our city, we mediate …"), not a list item.
_CLAUSE_WORDS = _words("we i our nous je notre wir ich unsere wij ik onze")
_INTRODUCERS = _words(
    "in at for since as during after when if dans depuis pour lorsque bei seit als wenn "
    "sinds bij toen"
)
# Words that open a clause carrying on the sentence, not a new item of a list.
_SUBORDINATORS = _words(
    "but which who whom whose that because so while although where mais qui que dont car "
    "donc alors aber die der das dass weil wobei maar die dat omdat waarbij"
)
_STOPWORDS = _words(
    "a an and are as at be by can for from have how i in into is it me my of on or our that "
    "the their them this to us we with you your also any all some very more other happy "
    "glad share sharing keen looking seek seeking offer offering want would like learn "
    "about experience experiences help need needs interested interest de la le les des et "
    "en du un une pour avec nous notre nos sur dans het een van voor met wij onze der die "
    "das und fur mit wir unsere"
)


def content_words(text: str) -> list[str]:
    """Folded words that carry meaning (no stopwords, no one-letter words)."""
    return [w for w in fold(text).split() if len(w) > 1 and w not in _STOPWORDS]


def _closers(text: str) -> re.Pattern[str]:
    words = fold(text).split()
    hits = {lang: sum(w in markers for w in words) for lang, markers in _MARKERS.items()}
    closers = list(_CLOSERS_ANY)
    if hits["nl"] >= 1 and hits["fr"] == 0:
        closers.append("en")
    if hits["nl"] >= 2 and hits["en"] == 0:
        closers.append("of")
    for lang, words_of in (("it", ("e", "o")), ("pt", ("e", "ou")), ("es", ("y", "o"))):
        if hits[lang] >= 2:
            closers.extend(words_of)
    alternatives = "|".join(re.escape(c) for c in sorted(set(closers), key=len, reverse=True))
    return re.compile(rf"\s+(?:{alternatives})\s+", re.IGNORECASE)


def _is_clause(item: str) -> bool:
    words = fold(item).split()
    return bool(words) and (words[0] in _INTRODUCERS or any(w in _CLAUSE_WORDS for w in words))


def _continues(item: str) -> bool:
    """Whether an item carries on the sentence before it ("…, but the partner goes home")."""
    words = fold(item).split()
    return bool(words) and words[0] in _SUBORDINATORS


def _last_split(item: str, closers: re.Pattern[str]) -> list[str]:
    """`item` cut at its last conjunction: "victims and offenders and maps" -> two."""
    found = list(closers.finditer(item))
    if not found:
        return [item]
    last = found[-1]
    return [item[: last.start()], item[last.end() :]]


def _enumeration(sentence: str, closers: re.Pattern[str], *, listed: bool) -> list[str]:
    """The items of "A, B and C" (or "A, B, C"); the sentence itself when not a list.
    `listed`: the sentence follows a lead-in ("Know: A, B"), so one comma is a list."""
    items = [item for item in _COMMA.split(sentence) if item]
    if len(items) < 2:
        return [sentence]
    last = _last_split(items[-1], closers)
    later = [*items[1:-1], *last]
    if any(_continues(item) or _is_clause(item) for item in later):
        return [sentence]  # prose: "We have shelters, but the partner goes home, …"
    if len(items) == 2 and not listed and (len(last) < 2 or _is_clause(items[0])):
        return [sentence]  # one comma: a list only as "A, B and C" without a clause in it
    return [*items[:-1], *last]


def _pieces(text: str) -> list[tuple[str, bool]]:
    """Pieces of the text, each marked True when it is an item of an enumeration."""
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0)[:-1] + _PROTECTED_DOT, text)
    protected = _BRACKETED.sub(_shield, protected)
    closers = _closers(text)
    pieces: list[tuple[str, bool]] = []
    lines = [part for line in _LINE.split(protected) for part in _INLINE_NUMBER.split(line)]
    for line in lines:
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        for sentence in _SENTENCE.split(line):
            sentence = sentence.strip().rstrip(".!?")
            if not sentence:
                continue
            lead_in = _LEAD_IN.match(sentence)
            listed = bool(lead_in and len(lead_in.group(1).split()) <= 6)
            if lead_in and listed:
                sentence = lead_in.group(2)
            items = _enumeration(sentence, closers, listed=listed)
            pieces.extend((item, len(items) > 1) for item in items)
    return [(_unshield(p).strip(" ,;:-–—"), item) for p, item in pieces]


def _shield(match: re.Match[str]) -> str:
    text = match.group(0)
    for separator, stand_in in _SEPARATOR_STAND_INS.items():
        text = text.replace(separator, stand_in)
    return text


def _unshield(text: str) -> str:
    for separator, stand_in in _SEPARATOR_STAND_INS.items():
        text = text.replace(stand_in, separator)
    return text


@functools.lru_cache(maxsize=CACHED_TEXTS)
def _split(text: str) -> tuple[str, ...]:
    whole = " ".join(text.split())
    if not whole:
        return ()
    merged: list[str] = []
    for piece, is_item in _pieces(text):
        if not piece:
            continue
        # One word is a need in a list ("ethnography"), not in prose ("Thanks!").
        if merged and len(content_words(piece)) < (1 if is_item else 2):
            merged[-1] = f"{merged[-1]}, {piece}"
        elif merged or content_words(piece):
            merged.append(piece)
    parts = [" ".join(p.split()) for p in merged]
    # Some lists repeat themselves; a need counted twice would count twice in coverage.
    unique = list(dict.fromkeys(p for p in parts if p))
    if len(unique) < 2:
        return (whole,)
    return tuple(unique[:MAX_NEEDS])


def split_needs(text: str) -> tuple[str, ...]:
    """The needs of one seeking or offering text, verbatim and in order: `()` for an empty
    text, `(text,)` (whitespace tidied) when it is one need."""
    return _split(text)
