"""Pick and trim the clauses a reason quotes: the part of their offer that meets my need.

Lexical, not semantic: the matcher holds one vector per text, not per clause, and embedding
at suggestion time would blow the latency budget. Folded word stems and character trigrams
find the right clause in practice; with no overlap at all the first clause is quoted.
"""

from __future__ import annotations

import functools
import re

from matchmaker.matching.members import fold

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_CLAUSE = re.compile(r",\s+|\s+[-–—]\s+|\s*:\s+")
_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "for",
        "from",
        "have",
        "how",
        "i",
        "in",
        "into",
        "is",
        "it",
        "looking",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "share",
        "seek",
        "seeking",
        "offer",
        "offering",
        "other",
        "others",
        "that",
        "the",
        "their",
        "them",
        "this",
        "to",
        "us",
        "we",
        "want",
        "wants",
        "with",
        "would",
        "you",
        "your",
        "like",
        "help",
        "need",
        "needs",
        "learn",
        "about",
        "experience",
        "experiences",
        "de",
        "la",
        "le",
        "les",
        "des",
        "et",
        "en",
        "du",
        "un",
        "une",
        "pour",
        "avec",
        "het",
        "een",
        "van",
        "voor",
        "met",
        "der",
        "die",
        "das",
        "und",
        "fur",
    }
)
QUOTE_LENGTH = 70
CACHED_TEXTS = 8192
# Folded word stems and character trigrams of a clause.
Features = tuple[frozenset[str], frozenset[str]]


@functools.lru_cache(maxsize=CACHED_TEXTS)
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(clauses(text))


def clauses(text: str) -> list[str]:
    """Sentences of `text`, long ones cut further at commas, dashes and colons."""
    result: list[str] = []
    for sentence in _SENTENCE.split(text.strip()):
        sentence = sentence.strip()
        if not sentence:
            continue
        if len(sentence) <= QUOTE_LENGTH:
            result.append(sentence)
            continue
        result.extend(part.strip() for part in _CLAUSE.split(sentence) if part.strip())
    return result or ([text.strip()] if text.strip() else [])


# Reasons quote the same few texts again and again (a popular offer is in many lists):
# splitting and folding them once keeps reasons out of the suggestion latency budget.
@functools.lru_cache(maxsize=CACHED_TEXTS)
def _features(text: str) -> Features:
    words = [w for w in fold(text).split() if w not in _STOPWORDS and len(w) > 1]
    stems = frozenset(w[:5] for w in words)
    joined = " ".join(words)
    grams = frozenset(joined[i : i + 3] for i in range(max(0, len(joined) - 2)))
    return stems, grams


def _similarity(
    left: tuple[frozenset[str], frozenset[str]], right: tuple[frozenset[str], frozenset[str]]
) -> float:
    stems_a, grams_a = left
    stems_b, grams_b = right
    score = 0.0
    if stems_a and stems_b:
        score += len(stems_a & stems_b) / (len(stems_a) * len(stems_b)) ** 0.5
    if grams_a and grams_b:
        score += 0.5 * len(grams_a & grams_b) / len(grams_a | grams_b)
    return score


def best_clause_pair(first: str, second: str) -> tuple[str, str]:
    """The clause of `first` and the clause of `second` that overlap most."""
    first_clauses = _clauses(first)
    second_clauses = _clauses(second)
    if not first_clauses or not second_clauses:
        return (first_clauses[:1] or ("",))[0], (second_clauses[:1] or ("",))[0]
    second_features = [_features(c) for c in second_clauses]
    best = (first_clauses[0], second_clauses[0])
    best_score = 0.0
    for clause in first_clauses:
        features = _features(clause)
        for other, other_features in zip(second_clauses, second_features, strict=True):
            score = _similarity(features, other_features)
            if score > best_score:
                best, best_score = (clause, other), score
    return best


def trim(text: str, limit: int = QUOTE_LENGTH) -> str:
    """Shorten at a word boundary with an ellipsis, dropping trailing punctuation."""
    text = " ".join(text.split()).rstrip(" .;:,")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" .;:,")
    return cut + "…"


def lower_first(text: str) -> str:
    """'Nightlife mediation' -> 'nightlife mediation', leaving acronyms ('CCTV') alone."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
