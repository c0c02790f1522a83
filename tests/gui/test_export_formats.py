"""The export dialog's format choice: the file it suggests, the file it writes."""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import messages
from quotebook.gui.dialogs.export_dialog import ExportDialog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from office import xlsx_cells

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def filled(library: Library) -> Library:
    sasha = library.add_source("Sasha", age=23, role="engineer").created
    lepra = library.add_source("Lepra", described_as="a developer in Yerevan").created
    assert sasha and lepra
    library.add_quote("=We left in a week.", sasha, said_on="2022-03-14")
    library.add_quote("Nobody knew.", lepra, ground_rule="background")
    return library


@pytest.fixture
def suggested(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The file chooser takes the suggested name, in tmp_path; the names suggested."""
    names: list[Path] = []

    def choose(_parent: QWidget, suggestion: Path, on_chosen: Callable[[Path], None]) -> None:
        names.append(suggestion)
        on_chosen(tmp_path / suggestion.name)

    monkeypatch.setattr(messages, "choose_export_to_save", choose)
    monkeypatch.setattr(messages, "inform", lambda *_a, **_k: None)
    return names


def _format_combo(dialog: ExportDialog) -> QComboBox:
    found = [c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Format"]
    assert len(found) == 1
    return found[0]


def test_choosing_excel_writes_a_workbook_without_apostrophes(
    qtbot: QtBot, filled: Library, worker: Worker, suggested: list[Path], tmp_path: Path
) -> None:
    dialog = ExportDialog(filled, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    worker.wait_idle()
    assert dialog.preview_model.index(0, 1).data() == "'=We left in a week."
    combo = _format_combo(dialog)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Excel workbook (.xlsx)"
    assert not dialog.delimiter_combo.isEnabled() and not dialog.bom_check.isEnabled()
    worker.wait_idle()
    assert dialog.preview_model.index(0, 1).data() == "=We left in a week."
    dialog.export_button.click()
    worker.wait_idle()
    assert [p.name for p in suggested] == ["quotes.xlsx"]
    rows = xlsx_cells(tmp_path / "quotes.xlsx")
    assert rows[1][1][:2] == ("inlineStr", "=We left in a week.")
    assert rows[2][2][1] == "a developer in Yerevan" and 3 not in rows[2]


def test_the_archive_choice_writes_every_field_and_has_no_redaction_choices(
    qtbot: QtBot, filled: Library, worker: Worker, suggested: list[Path], tmp_path: Path
) -> None:
    dialog = ExportDialog(filled, worker, selected_ids=[1])
    qtbot.addWidget(dialog)
    dialog.open()
    worker.wait_idle()
    combo = _format_combo(dialog)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentText().startswith("Archive sheet")
    assert dialog.archive_note.isVisibleTo(dialog)
    assert not dialog.columns_list.isEnabled() and not dialog.unredacted_check.isEnabled()
    assert not dialog.selected_radio.isEnabled()
    worker.wait_idle()
    header = [dialog.preview_model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert header == ["quote_id", "quote", "ground_rule"]
    assert dialog.preview_model.rowCount() == 2
    dialog.export_button.click()
    worker.wait_idle()
    assert [p.name for p in suggested] == ["quotes.csv"]
    text = (tmp_path / "quotes.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("quote_id,quote,ground_rule,said_on,status,language,")
    assert "a developer in Yerevan" in text and "Lepra" in text


def test_the_word_choice_writes_a_quote_sheet_grouped_as_asked(
    qtbot: QtBot, filled: Library, worker: Worker, suggested: list[Path], tmp_path: Path
) -> None:
    dialog = ExportDialog(filled, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    worker.wait_idle()
    combo = _format_combo(dialog)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Word quote sheet (.docx)"
    assert not dialog.columns_list.isEnabled() and dialog.unredacted_check.isEnabled()
    (group,) = [
        c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Group quotes by"
    ]
    assert group.isEnabled()
    group.setFocus()
    QTest.keyClick(group, Qt.Key.Key_Down)
    assert group.currentText() == "Source"
    worker.wait_idle()
    dialog.export_button.click()
    worker.wait_idle()
    assert [p.name for p in suggested] == ["quotes.docx"]
    document = docx.Document(str(tmp_path / "quotes.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["About this sheet", "Sasha", "a developer in Yerevan"]
    assert document.tables[0].rows[1].cells[1].text == "=We left in a week."


def test_the_refi_qda_choice_writes_a_project(
    qtbot: QtBot, filled: Library, worker: Worker, suggested: list[Path], tmp_path: Path
) -> None:
    dialog = ExportDialog(filled, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    worker.wait_idle()
    combo = _format_combo(dialog)
    combo.setFocus()
    for _ in range(3):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "REFI-QDA project, for QDA tools (.qdpx)"
    assert not dialog.columns_list.isEnabled() and not dialog.unredacted_check.isEnabled()
    assert not dialog.notes_check.isEnabled() and dialog.off_record_check.isEnabled()
    worker.wait_idle()
    dialog.export_button.click()
    worker.wait_idle()
    assert [p.name for p in suggested] == ["quotes.qdpx"]
    with zipfile.ZipFile(tmp_path / "quotes.qdpx") as archive:
        project = archive.read("project.qde").decode("utf-8")
        texts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("Sources/")]
    assert 'name="Sasha"' in project and project.count("<PlainTextSelection ") == 2
    assert sorted(texts) == ["=We left in a week.", "Nobody knew."]
