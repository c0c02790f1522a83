"""View → Hide protected fields masks real names and contacts until clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from window_helpers import Gui


def test_protected_fields_are_masked_until_clicked(gui: Gui) -> None:
    lepra = gui.library.add_source(
        "Lepra", real_name="Alexei Secretov", contact="+7 900 000-00-01"
    ).created
    assert lepra is not None
    gui.window.acts.show_sources.trigger()
    view = gui.window.sources_view
    view.reload()
    gui.settle()
    view.select(lepra)
    editor = view.source_editor
    real_name, contact = editor.field("real_name"), editor.field("contact")
    assert isinstance(real_name, QLineEdit) and isinstance(contact, QLineEdit)
    assert real_name.displayText() == "Alexei Secretov"
    view_menu = next(m for m in gui.window.menuBar().actions() if m.text() == "&View").menu()
    hide = next(a for a in view_menu.actions() if a.text() == "&Hide protected fields")
    hide.trigger()
    assert hide.isChecked()
    for field in (real_name, contact):
        assert field.echoMode() == QLineEdit.EchoMode.Password
        assert "Secretov" not in field.displayText() and "900" not in field.displayText()
    assert editor.field("name").displayText() == "Lepra"  # the printed name stays
    gui.qtbot.mouseClick(real_name, Qt.MouseButton.LeftButton)
    assert real_name.displayText() == "Alexei Secretov"
    assert contact.echoMode() == QLineEdit.EchoMode.Password
    gui.qtbot.keyClick(real_name, Qt.Key.Key_Tab)  # on to the contact: shown, name hidden
    assert real_name.echoMode() == QLineEdit.EchoMode.Password
    hide.trigger()
    assert real_name.displayText() == "Alexei Secretov" and contact.displayText() == (
        "+7 900 000-00-01"
    )
