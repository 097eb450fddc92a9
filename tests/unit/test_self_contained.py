"""The repository is self-contained: a clone in an empty folder has everything its tests,
scripts and documentation refer to, so no source file may reach outside the checkout."""

from __future__ import annotations

import re
from pathlib import Path

from matchmaker.settings import REPO_ROOT

# Where a reference outside the checkout would break a fresh clone.
CHECKED = ("matchmaker", "scripts", "tests", "migrations", ".ci", "README.md", "pyproject.toml")

# `parents[k]` / `.parent` chains hanging off `Path(__file__)`.
PARENTS_INDEX = re.compile(r"__file__\)(?:\.resolve\(\))?\.parents\[(\d+)\]")
PARENT_CHAIN = re.compile(r"__file__\)(?:\.resolve\(\))?((?:\.parent\b)+)")
# Textual escapes: a relative path climbing out, the root's parent, a neighbour folder.
TEXTUAL = (
    re.compile(r"\.\./"),
    re.compile(r"ROOT\.parent\b"),
    re.compile(r"[\"'/]shared[\"'/]"),
    re.compile(r"/work/"),
)


def source_files() -> list[Path]:
    """Every file a clone carries in the checked places (the B2B instances are data)."""
    files: list[Path] = []
    for name in CHECKED:
        top = REPO_ROOT / name
        candidates = [top] if top.is_file() else sorted(top.rglob("*"))
        files.extend(
            path
            for path in candidates
            if path.is_file()
            and "__pycache__" not in path.parts
            and not path.is_relative_to(REPO_ROOT / "tests" / "data")
        )
    return files


def escapes(relative: Path, text: str) -> list[str]:
    """Every reference in one file's text that points outside the repository."""
    found: list[str] = []
    depth = len(relative.parts)  # parents[depth] of a file is the repository's parent
    for match in PARENTS_INDEX.finditer(text):
        if int(match.group(1)) >= depth:
            found.append(match.group(0))
    for match in PARENT_CHAIN.finditer(text):
        if match.group(1).count(".parent") > depth:
            found.append(match.group(0))
    this_file = Path(__file__).resolve().relative_to(REPO_ROOT)
    if relative != this_file:  # this file spells the patterns out
        for pattern in TEXTUAL:
            found.extend(m.group(0) for m in pattern.finditer(text))
    return found


def test_the_detector_catches_each_way_out() -> None:
    script = Path("scripts") / "bench.py"
    assert escapes(script, 'Path(__file__).resolve().parents[2] / "x"')
    assert not escapes(script, 'Path(__file__).resolve().parents[1] / "tests"')
    assert escapes(script, "Path(__file__).parent.parent.parent")
    assert not escapes(script, "Path(__file__).parent.parent")
    assert escapes(script, 'REPO_ROOT.parent / "data"')
    # Built from parts, so this file itself names no way out of the checkout.
    sibling = "shared"
    assert escapes(script, "see ../" + sibling + "/docs/api.md")
    assert escapes(script, f'BENCH = ROOT / "{sibling}" / "benchmarks"')


def test_no_file_reaches_outside_the_checkout() -> None:
    offenders: dict[str, list[str]] = {}
    for path in source_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary: no paths to follow
        relative = path.relative_to(REPO_ROOT)
        if found := escapes(relative, text):
            offenders[str(relative)] = found
    assert offenders == {}
