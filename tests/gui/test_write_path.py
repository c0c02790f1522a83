"""Every write the app makes runs on the database worker, never on the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotebook.core import Library
from quotebook.gui.app.session import Session

GUI_CODE = Path(__file__).resolve().parents[2] / "quotebook" / "gui"


def test_a_write_made_by_gui_code_on_the_gui_thread_fails(library: Library) -> None:
    widget_code = compile("library.add_tag('visa')", str(GUI_CODE / "imagined.py"), "exec")
    with pytest.raises(AssertionError, match="a write on the GUI thread"):
        exec(widget_code, {"library": library})
    assert library.list_tags() == []


def test_an_operation_writes_on_the_worker_and_announces_its_changes(
    library: Library, qtbot: object
) -> None:
    session = Session(library)
    announced: list[object] = []
    session.changed.connect(announced.append)
    done: list[object] = []
    session.apply(lambda: library.add_tag("visa"), done.append)
    assert done == []  # nothing was written while the GUI thread waited
    assert session.wait_idle()
    assert [tag.name for tag in library.list_tags()] == ["visa"]
    assert announced == done and len(done) == 1
    session.close()
