"""The evaluation set meets Quotebook's accuracy targets (figures, not timings)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_evaluation() -> ModuleType:
    path = ROOT / "benchmarks" / "evaluate_extraction.py"
    spec = importlib.util.spec_from_file_location("evaluate_extraction", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_set_covers_enough_articles_in_both_languages() -> None:
    evaluation = load_evaluation()
    files = evaluation.article_files()
    russian = [s for s, _ in files if s.name.startswith("ru")]
    assert len(files) - len(russian) >= 25 and len(russian) >= 4
    assert {s.suffix for s, _ in files} == {".txt", ".md", ".html"}


def test_accuracy_targets_are_met() -> None:
    report = load_evaluation().evaluate()
    assert report.annotated >= 80
    assert report.recall >= 0.95
    assert report.precision >= 0.90
    assert report.speaker_accuracy >= 0.90
    for field in ("age", "role", "organization"):
        assert report.field_accuracy(field) >= 0.85, field


def test_the_feature_set_meets_the_targets_in_each_language() -> None:
    evaluation = load_evaluation()
    for lang in ("en", "ru"):
        report = evaluation.evaluate(evaluation.SETS / "features", lang)
        assert report.annotated >= 30, lang
        assert report.recall >= 0.9 and report.precision >= 0.95, lang
        assert report.person_accuracy >= 0.95, lang
        assert report.printed_accuracy("role") >= 0.8, lang
        assert report.calibration >= 0.95, lang


def test_russian_names_count_as_the_same_person_in_any_case_but_file_exactly() -> None:
    evaluation = load_evaluation()
    assert evaluation.same_person("Наталья Самойленко", "Наталью Самойленко")
    assert not evaluation.same_person("Наталья Самойленко", "Елена Кравцова")
    assert evaluation.language("Мы потеряли треть команды") == "ru"


def test_a_wrong_proposal_counts_against_precision_and_recall() -> None:
    evaluation = load_evaluation()
    assert evaluation.overlap("we were never told anything", "we were told nothing") < 0.8
    assert evaluation.overlap("We grew too fast.", "“We grew too fast,” he said") == 1.0


def test_every_set_holds_both_languages_and_annotations_it_can_read() -> None:
    evaluation = load_evaluation()
    for name in evaluation.SET_NAMES:
        files = evaluation.article_files(evaluation.SETS / name)
        languages = {evaluation.language(source.read_text(encoding="utf-8")) for source, _ in files}
        assert languages == {"en", "ru"}, name
        report = evaluation.evaluate(evaluation.SETS / name)
        assert report.annotated >= 15 and report.matched > 0, name


SPLIT = (
    "“We signed up to this in good faith,” said Gareth Lloyd, a grazier. "
    "“Now the bog is on our best grazing and nobody answers the phone.”"
)


def test_a_split_quote_matches_its_two_annotated_pieces_or_one_whole_quote() -> None:
    evaluation = load_evaluation()
    proposals = list(evaluation.extract(SPLIT).proposals)
    assert len(proposals) == 1 and len(proposals[0].pieces) == 2
    first = {"text": "We signed up to this in good faith,"}
    second = {"text": "Now the bog is on our best grazing and nobody answers the phone."}
    whole = {"text": f"{first['text']} {second['text']}"}
    assert sorted(evaluation.pair([first, second], proposals, SPLIT)) == [(0, 0), (1, 0)]
    assert evaluation.pair([whole], proposals, SPLIT) == [(0, 0)]
    assert evaluation.pair([first, second], proposals) == [(1, 0)]  # without the text: whole


def test_a_split_quote_matched_twice_counts_once_against_precision() -> None:
    evaluation = load_evaluation()
    report = evaluation.Report()
    proposals = list(evaluation.extract(SPLIT).proposals)
    pieces = [
        {"text": "We signed up to this in good faith,", "speaker": "Gareth Lloyd"},
        {"text": "Now the bog is on our best grazing and nobody answers the phone."},
    ]
    evaluation._score_article(report, "split.txt", {"quotes": pieces}, proposals, SPLIT)
    assert (report.matched, report.proposals_matched, report.proposed) == (2, 1, 1)
    assert report.precision == 1.0 and report.recall == 1.0
