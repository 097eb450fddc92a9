"""Matching core: embeddings, vector indexes, ranking, reasons and settings preview.

Pure logic: no web framework, no database. The service loads stored vectors into one
`EventMatcher` per event and calls it from worker threads.
"""

from matchmaker.matching.embedder import Embedder, HashingEmbedder, SentenceTransformerEmbedder
from matchmaker.matching.engine import EventMatcher
from matchmaker.matching.entries import EntryTexts, assemble_entry, embed_entries, entry_texts
from matchmaker.matching.needs import split_needs
from matchmaker.matching.preview import ExposureStats, PreviewReport, SampleChange
from matchmaker.matching.profile_text import ProfileTexts, content_hash, profile_texts
from matchmaker.matching.results import MatchEntry, NotIndexed, Reason, SearchMatch, Suggestion
from matchmaker.matching.vector_index import VectorIndex

__all__ = [
    "Embedder",
    "EntryTexts",
    "EventMatcher",
    "ExposureStats",
    "HashingEmbedder",
    "MatchEntry",
    "NotIndexed",
    "PreviewReport",
    "ProfileTexts",
    "Reason",
    "SampleChange",
    "SearchMatch",
    "SentenceTransformerEmbedder",
    "Suggestion",
    "VectorIndex",
    "assemble_entry",
    "content_hash",
    "embed_entries",
    "entry_texts",
    "profile_texts",
    "split_needs",
]
