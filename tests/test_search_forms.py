"""Word forms and scripts: stems in English and Russian, exact forms, CJK words inside text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quotebook.core import Library
from quotebook.core.sheet.csv_import import import_csv

FIXTURE = Path(__file__).parent / "fixtures" / "library_v1.sqlite3"


def _add(library: Library, *texts: str, **fields: object) -> dict[str, int]:
    source = library.add_source("Sasha").created
    assert source is not None
    ids = {}
    for text in texts:
        created = library.add_quote(text, source, **fields).created  # type: ignore[arg-type]
        assert created is not None
        ids[text] = created
    return ids


def _found(library: Library, query: str) -> list[int]:
    return list(library.search(query).ids)


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("повестка", "Мне пришли повестки в марте"),
        ("повестками", "Мне пришли повестки в марте"),
        ("leave", "We are leaving the country"),
        ("leaves", "We are leaving the country"),
        ("exemptions", "The draft exemption never came"),
    ],
)
def test_a_word_finds_its_other_forms(library: Library, query: str, said: str) -> None:
    ids = _add(library, said, "Nothing to do with it")
    assert _found(library, query) == [ids[said]]


def test_the_form_typed_ranks_above_the_other_forms(library: Library) -> None:
    ids = _add(library, "I will leave tomorrow", "We are leaving today", "They leave, we leave")
    found = _found(library, "leaving")
    assert found[0] == ids["We are leaving today"]
    assert set(found) == set(ids.values())
    assert _found(library, "повестки") == []  # nothing in Russian here


def test_a_phrase_and_an_equals_sign_match_the_exact_form(library: Library) -> None:
    ids = _add(library, "I will leave tomorrow", "We are leaving today", "Повестки пришли")
    assert _found(library, "=leaving") == [ids["We are leaving today"]]
    assert _found(library, '"leave"') == [ids["I will leave tomorrow"]]
    assert _found(library, "=повестка") == []
    assert _found(library, "=Повестки") == [ids["Повестки пришли"]]
    assert set(_found(library, "leav*")) == set(_found(library, "leave"))  # "*" is punctuation


def test_a_quote_in_another_language_is_not_stemmed(library: Library) -> None:
    (french,) = _add(library, "Il leaves", language="fr").values()
    (english,) = _add(library, "She leaves", language="en-GB").values()
    assert _found(library, "leaving") == [english]
    assert set(_found(library, "leaves")) == {french, english}


def test_a_translation_is_stemmed_whatever_the_quote_language(library: Library) -> None:
    (quote,) = _add(library, "Il part", language="fr", translation="He is leaving").values()
    assert _found(library, "leave") == [quote]


def test_edits_and_undo_keep_the_stems_in_step(library: Library) -> None:
    (quote,) = _add(library, "Повестки пришли").values()
    library.update_quote(quote, text="Ничего")
    assert _found(library, "повестка") == []
    library.undo()
    assert _found(library, "повестка") == [quote]
    library.delete_quotes([quote])
    assert _found(library, "повестка") == []


@pytest.mark.parametrize("query", ["北京", "北", "京", "离开了", "三月", "에서", "カタカナ"])
def test_cjk_words_are_found_inside_a_sentence(library: Library, query: str) -> None:
    ids = _add(library, "我们三月离开了北京", "서울에서 왔어요", "これはカタカナです", "Beijing")
    found = _found(library, query)
    assert len(found) == 1 and found[0] in ids.values()


def test_cjk_pairs_across_runs_do_not_match(library: Library) -> None:
    _add(library, "北京 上海", "我们三月离开了北京")
    assert _found(library, "京上") == []
    assert len(_found(library, "北京")) == 2


def test_an_import_indexes_stems_and_bigrams(library: Library, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("quote,source\nПовестки пришли,Sasha\n我们离开了北京,Li\n", "utf-8")
    report = import_csv(library, sheet)
    assert len(list(report.created_ids())) == 2
    assert len(_found(library, "повестка")) == 1
    assert len(_found(library, "北京")) == 1


def test_an_upgraded_library_finds_word_forms(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with Library(path) as library:
        assert library.upgraded_from == 1
        (found,) = _found(library, "отсрочки")
        assert library.get_quote(found).text.startswith("Отсрочка")
        assert _found(library, "exemptions") == [found]  # through its translation
        assert len(_found(library, "feel")) == 1
