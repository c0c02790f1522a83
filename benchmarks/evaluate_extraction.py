"""Measure quote extraction against the annotated articles in tests/extract/articles.

    python benchmarks/evaluate_extraction.py [--set articles|heldout] [--verbose] [--words 10000]

``articles`` is the evaluation set the rules were developed on; ``heldout`` holds
articles written and annotated afterwards and never tuned against, the honest
estimate of accuracy on copy the extractor has not seen.

Prints quote recall and precision (a proposal matches an annotated quote when at
least 80% of the quote's words are in it; each is matched at most once), speaker
accuracy on matched quotes, the accuracy of each description field (age, role,
organization) and of the page metadata, and how long a long article takes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotebook.core.extract import Proposal, extract
from quotebook.core.validate import fold

SETS = Path(__file__).resolve().parent.parent / "tests" / "extract"
ARTICLES = SETS / "articles"
INPUTS = (".txt", ".md", ".html")
FIELDS = ("age", "role", "organization")
OVERLAP = 0.8


@dataclass
class Report:
    """Counts over the whole set, and a line for each miss."""

    annotated: int = 0
    proposed: int = 0
    matched: int = 0
    speakers_right: int = 0
    fields_right: Counter[str] = field(default_factory=Counter)
    meta_checked: int = 0
    meta_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.proposed if self.proposed else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 1.0

    def field_accuracy(self, name: str) -> float:
        return self.fields_right[name] / self.matched if self.matched else 1.0


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", fold(text)))


def overlap(annotated: str, proposed: str) -> float:
    """The share of the annotated quote's words found in the proposal."""
    wanted = words(annotated)
    total = sum(wanted.values())
    return sum((wanted & words(proposed)).values()) / total if total else 0.0


def normal(value: Any) -> str:
    """A field as compared: folded, without a leading article or surrounding punctuation."""
    if value is None:
        return ""
    text = re.sub(r"^(?:the|a|an)\s+", "", fold(str(value)).strip(" .,"))
    return " ".join(text.split())


def pair(
    annotated: Sequence[dict[str, Any]], proposals: Sequence[Proposal]
) -> list[tuple[int, int]]:
    """One-to-one matches (annotation index, proposal index), best overlaps first."""
    scored = [
        (overlap(quote["text"], proposal.text), a, p)
        for a, quote in enumerate(annotated)
        for p, proposal in enumerate(proposals)
    ]
    used_a: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for score, a, p in sorted(scored, reverse=True):
        if score >= OVERLAP and a not in used_a and p not in used_p:
            pairs.append((a, p))
            used_a.add(a)
            used_p.add(p)
    return pairs


def article_files(folder: Path = ARTICLES) -> list[tuple[Path, Path]]:
    """(input, annotation) pairs of the evaluation set."""
    found = []
    for annotation in sorted(folder.glob("*.json")):
        for suffix in INPUTS:
            source = annotation.with_suffix(suffix)
            if source.exists():
                found.append((source, annotation))
    return found


def evaluate(folder: Path = ARTICLES) -> Report:
    report = Report()
    for source, annotation_file in article_files(folder):
        annotation = json.loads(annotation_file.read_text(encoding="utf-8"))
        extraction = extract(source.read_text(encoding="utf-8"))
        _score_article(report, source.name, annotation, list(extraction.proposals))
        _score_meta(report, source.name, annotation.get("meta", {}), extraction.meta)
    return report


def _score_article(
    report: Report, name: str, annotation: dict[str, Any], proposals: list[Proposal]
) -> None:
    quotes = annotation["quotes"]
    report.annotated += len(quotes)
    report.proposed += len(proposals)
    pairs = pair(quotes, proposals)
    report.matched += len(pairs)
    matched_a = {a for a, _ in pairs}
    matched_p = {p for _, p in pairs}
    for a, quote in enumerate(quotes):
        if a not in matched_a:
            report.misses.append(f"{name}: missed {quote['text'][:70]!r}")
    for p, proposal in enumerate(proposals):
        if p not in matched_p:
            report.misses.append(f"{name}: extra {proposal.text[:70]!r}")
    for a, p in pairs:
        quote, proposal = quotes[a], proposals[p]
        if normal(quote.get("speaker")) == normal(proposal.speaker_name):
            report.speakers_right += 1
        else:
            report.misses.append(
                f"{name}: speaker {proposal.speaker_name!r} ({proposal.speaker!r}), "
                f"expected {quote.get('speaker')!r} for {quote['text'][:40]!r}"
            )
        for key in FIELDS:
            if normal(quote.get(key)) == normal(getattr(proposal, key)):
                report.fields_right[key] += 1
            else:
                report.misses.append(
                    f"{name}: {key} {getattr(proposal, key)!r}, expected {quote.get(key)!r} "
                    f"({quote.get('speaker')})"
                )


def _score_meta(report: Report, name: str, expected: dict[str, Any], meta: Any) -> None:
    for key, value in expected.items():
        report.meta_checked += 1
        found = getattr(meta, key)
        if normal(found) == normal(value):
            report.meta_right += 1
        else:
            report.misses.append(f"{name}: meta {key} {found!r}, expected {value!r}")


def long_article(words_wanted: int, folder: Path = ARTICLES) -> str:
    """The English articles of the set, repeated until the text has ``words_wanted`` words."""
    texts = [s.read_text(encoding="utf-8") for s, _ in article_files(folder) if s.suffix == ".txt"]
    parts: list[str] = []
    count = 0
    while count < words_wanted:
        for text in texts:
            parts.append(text)
            count += len(text.split())
            if count >= words_wanted:
                break
    return "\n\n".join(parts)


def timing(words_wanted: int) -> tuple[int, float, int]:
    """(words, seconds, proposals) for one extraction of a long article."""
    text = long_article(words_wanted)
    started = time.perf_counter()
    extraction = extract(text)
    return len(text.split()), time.perf_counter() - started, len(extraction.proposals)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="articles", choices=("articles", "heldout"))
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--words", type=int, default=10_000, help="size of the timed article")
    args = parser.parse_args(argv)
    folder = SETS / args.set
    report = evaluate(folder)
    files = article_files(folder)
    print(
        f"articles: {len(files)}  annotated quotes: {report.annotated}  proposed: {report.proposed}"
    )
    print(f"recall:    {report.recall:.3f}")
    print(f"precision: {report.precision:.3f}")
    print(f"speaker:   {report.speaker_accuracy:.3f}")
    for key in FIELDS:
        print(f"{key + ':':<11}{report.field_accuracy(key):.3f}")
    if report.meta_checked:
        share = report.meta_right / report.meta_checked
        print(f"metadata:  {share:.3f} ({report.meta_checked} fields)")
    count, seconds, proposals = timing(args.words)
    print(f"timing:    {count} words in {seconds:.3f} s ({proposals} quotes)")
    if args.verbose:
        print("\n".join(report.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
