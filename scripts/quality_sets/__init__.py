"""Evaluation data sets for scripts/bench_quality.py, each written in its own style.

Every module exposes ``generate(seed: int) -> list[QualitySet]`` (one or several events).
The sets are written independently of the matching engine: none of them reads
``matchmaker.matching``, so none can share its assumptions by construction.
"""
