"""The sources view: its model, the rows and counts it shows, edits that reach the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quotebook.core import GroundRule, Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.records.record_model import RecordFilterProxy, Role
from quotebook.gui.records.source_editor import NewSourceDialog, SourceEditor
from quotebook.gui.records.sources_view import SourceColumn, SourcesView, SourceTableModel

# The offscreen platform says so when a top-level dialog is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def filled(library: Library) -> Library:
    sasha = library.add_source(
        "Sasha", age=23, role="machine learning engineer", organization="Yandex"
    ).created
    lepra = library.add_source("Lepra", is_pseudonym=True, real_name="Alexei", age=31).created
    library.add_source("Zoë", default_ground_rule="background")
    assert sasha is not None and lepra is not None
    library.add_quote("The draft is coming.", sasha)
    library.add_quote("We left in a week.", sasha)
    library.add_quote("I sold my car.", lepra)
    return library


@pytest.fixture
def view(qtbot: QtBot, filled: Library, worker: Worker) -> SourcesView:
    widget = SourcesView(filled, worker)
    qtbot.addWidget(widget)
    widget.reload()
    worker.wait_idle()
    return widget


def cells(view: SourcesView, column: SourceColumn) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, filled: Library) -> None:
    model = SourceTableModel()
    model.sync(filled.list_sources())
    qtmodeltester.check(model)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_words("sasha")
    qtmodeltester.check(proxy)


def test_model_changes_rows_in_place(qtmodeltester: ModelTester, filled: Library) -> None:
    model = SourceTableModel()
    qtmodeltester.check(model)
    model.sync(filled.list_sources())
    sasha = next(s for s in filled.list_sources() if s.name == "Sasha")
    filled.delete_source(sasha.id)
    model.sync(filled.list_sources())
    assert [model.index(r, SourceColumn.NAME).data() for r in range(model.rowCount())] == [
        "Lepra",
        "Zoë",
    ]
    assert model.row_of(sasha.id) is None


def test_view_shows_sources_with_their_counts(view: SourcesView) -> None:
    assert cells(view, SourceColumn.NAME) == ["Lepra", "Sasha", "Zoë"]
    assert cells(view, SourceColumn.QUOTES) == ["1", "2", "0"]
    assert cells(view, SourceColumn.PSEUDONYM) == ["yes", "", ""]
    assert cells(view, SourceColumn.GROUND_RULE)[2] == "Background"
    assert view.count_label.text() == "3 sources"


def test_sorting_by_quote_count_is_numeric(view: SourcesView) -> None:
    view.table.sortByColumn(SourceColumn.QUOTES, Qt.SortOrder.DescendingOrder)
    assert cells(view, SourceColumn.NAME) == ["Sasha", "Lepra", "Zoë"]


def test_filter_ignores_case_and_accents(view: SourcesView) -> None:
    view.filter_box.setText("ZOE")
    assert cells(view, SourceColumn.NAME) == ["Zoë"]
    assert view.count_label.text() == "1 of 3 sources"
    view.filter_box.setText("yandex")
    assert cells(view, SourceColumn.NAME) == ["Sasha"]


def test_editing_a_field_saves_it_and_refreshes_the_row(
    qtbot: QtBot, view: SourcesView, filled: Library
) -> None:
    sasha = filled.find_sources("Sasha")[0]
    view.select(sasha.id)
    assert view.editor.record_id == sasha.id
    assert view.editor.field("role").text() == "machine learning engineer"
    view.editor.field("organization").setText("Vektor Search")
    with qtbot.waitSignal(view.changed) as saved:
        view.editor.commit()
    assert saved.args[0].sources == {sasha.id}
    assert filled.get_source(sasha.id).organization == "Vektor Search"
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(sasha.id) or 0, 0)).row()
    assert view.proxy.index(row, SourceColumn.ORGANIZATION).data() == "Vektor Search"
    filled.undo()
    assert filled.get_source(sasha.id).organization == "Yandex"


def test_ground_rule_and_pseudonym_save_when_changed(view: SourcesView, filled: Library) -> None:
    zoe = filled.find_sources("Zoe")[0]
    view.select(zoe.id)
    combo = view.editor.field("default_ground_rule")
    combo.setCurrentIndex(combo.findData(GroundRule.OFF_RECORD.value))
    view.editor.field("is_pseudonym").setChecked(True)
    view.worker.wait_idle()
    source = filled.get_source(zoe.id)
    assert source.default_ground_rule is GroundRule.OFF_RECORD
    assert source.is_pseudonym


def test_a_refused_value_is_shown_under_its_field_and_not_saved(
    view: SourcesView, filled: Library
) -> None:
    sasha = filled.find_sources("Sasha")[0]
    view.select(sasha.id)
    view.editor.field("age").setText("twenty")
    view.editor.commit()
    view.worker.wait_idle()
    assert view.editor.error_text("age") == "Age: 'twenty' is not a whole number of years."
    assert filled.get_source(sasha.id).age == 23
    view.editor.field("age").setText("24")
    view.editor.commit()
    view.worker.wait_idle()
    assert view.editor.error_text("age") == ""
    assert filled.get_source(sasha.id).age == 24


def test_protected_fields_are_marked(view: SourcesView, filled: Library) -> None:
    lepra = filled.find_sources("Lepra")[0]
    view.select(lepra.id)
    editor = view.editor
    assert editor.field("real_name").text() == "Alexei"
    assert editor.field("real_name").parentWidget().parentWidget() is editor.protected_frame
    assert "never leave it in an editor export" in editor.field("contact").toolTip()


def test_show_quotes_asks_for_the_source_search(
    qtbot: QtBot, view: SourcesView, filled: Library
) -> None:
    view.select(filled.find_sources("Sasha")[0].id)
    with qtbot.waitSignal(view.quotes_requested) as asked:
        view.show_quotes_button.click()
    assert asked.args == ["source:Sasha"]


def test_changes_made_elsewhere_refresh_counts(
    view: SourcesView, filled: Library, worker: Worker
) -> None:
    zoe = filled.find_sources("Zoë")[0]
    view.apply_changes(filled.add_quote("Hello.", zoe.id))
    worker.wait_idle()
    assert cells(view, SourceColumn.QUOTES) == ["1", "2", "1"]
    view.apply_changes(filled.update_source(zoe.id, name="Zoe H."))
    assert cells(view, SourceColumn.NAME) == ["Lepra", "Sasha", "Zoe H."]


def test_new_source_dialog_creates_and_reports_the_id(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    dialog = NewSourceDialog(library)
    dialog.form.worker = worker
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.create_button.click()
    worker.wait_idle()
    assert dialog.editor.error_text("name") == "Name: must not be empty."
    assert dialog.isVisible()
    dialog.editor.field("name").setText("Nika")
    dialog.editor.field("age").setText("24")
    dialog.editor.field("contact").setText("@nika")
    with qtbot.waitSignal(dialog.created) as created:
        dialog.create_button.click()
    source = library.get_source(created.args[0])
    assert (source.name, source.age, source.contact) == ("Nika", 24, "@nika")
    assert not dialog.isVisible()


def test_view_selects_a_source_created_through_its_dialog(
    qtbot: QtBot, view: SourcesView, filled: Library
) -> None:
    view.new_button.click()
    dialog = view.findChild(NewSourceDialog)
    assert dialog is not None
    dialog.editor.field("name").setText("Oleg")
    dialog.create_button.click()
    view.worker.wait_idle()
    oleg = filled.find_sources("Oleg")[0]
    assert view.selected_id() == oleg.id
    assert (
        view.model.data(view.model.index(view.model.row_of(oleg.id) or 0, 0), Role.RECORD_ID)
        == oleg.id
    )


def test_editor_without_a_source_is_disabled(qtbot: QtBot, library: Library) -> None:
    editor = SourceEditor(library)
    qtbot.addWidget(editor)
    assert not editor.isEnabled()
    assert editor.field("name").text() == ""
