"""The source form: beside the sources table, and as the "New source…" dialog.

The real name and the contact are protected: they sit in a tinted frame with a
lock, because the editor export never writes them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core import Changes, GroundRule, Library, Source
from ..window.mask import ProtectedMask
from .namesakes import NamesakesPanel
from .record_form import NewRecordDialog, RecordForm

PROTECTED_STYLE = (
    "QFrame#protected { background: #fff6e0; border: 1px solid #e0b050; border-radius: 4px; }"
)
RULE_LABELS = {
    GroundRule.ON_RECORD: QT_TRANSLATE_NOOP("GroundRule", "On the record"),
    GroundRule.BACKGROUND: QT_TRANSLATE_NOOP("GroundRule", "Background"),
    GroundRule.DEEP_BACKGROUND: QT_TRANSLATE_NOOP("GroundRule", "Deep background"),
    GroundRule.OFF_RECORD: QT_TRANSLATE_NOOP("GroundRule", "Off the record"),
}


def lock_pixmap(size: int = 16) -> QPixmap:
    """A small padlock, drawn here so that it shows whatever icon theme is installed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor("#8a5a00")
    painter.setPen(QPen(color, size / 8))
    painter.drawArc(QRectF(size * 0.28, size * 0.06, size * 0.44, size * 0.6), 0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(size * 0.16, size * 0.42, size * 0.68, size * 0.52), 2, 2)
    painter.end()
    return pixmap


def rule_text(rule: GroundRule) -> str:
    """A ground rule as a reporter says it."""
    return QCoreApplication.translate("GroundRule", str(RULE_LABELS[rule]))


class SourceEditor(RecordForm):
    """The fields of one source.

    ``SourceEditor(library, autosave=True)`` edits the source given to
    :meth:`load`, writing each field as it is finished (``saved(Changes)`` follows);
    ``autosave=False`` makes a draft for :class:`NewSourceDialog`.
    """

    def __init__(
        self, library: Library, *, autosave: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(autosave=autosave, parent=parent)
        self.library = library
        self.add_line("name", self.tr("Name:"), placeholder=self.tr("as printed, e.g. Sasha"))
        self.add_check("is_pseudonym", "", self.tr("Pseudonym (name changed)"))
        self.add_line("age", self.tr("Age:"), placeholder=self.tr("years"))
        self.add_line("role", self.tr("Role:"), placeholder=self.tr("machine learning engineer"))
        self.add_line("organization", self.tr("Organisation:"))
        self.add_line("location", self.tr("Location:"))
        self.add_line(
            "described_as",
            self.tr("Described as:"),
            placeholder=self.tr("how to refer to them unnamed"),
        )
        rules = [(rule.value, rule_text(rule)) for rule in GroundRule]
        self.add_choice("default_ground_rule", self.tr("Ground rule:"), rules)
        self.protected_frame = self._protected_frame()
        self.form.addRow(self.protected_frame)
        self.add_text("notes", self.tr("Notes:"))
        self.load(None)

    def _protected_frame(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("protected")
        frame.setStyleSheet(PROTECTED_STYLE)
        tip = self.tr(
            "Protected: the real name and the contact stay in this library. "
            "They never leave it in an editor export."
        )
        frame.setToolTip(tip)
        lock = QLabel()
        lock.setPixmap(lock_pixmap())
        lock.setStyleSheet("background: transparent; border: none;")
        heading = QLabel(self.tr("Protected: never leaves the library in an export"))
        heading.setObjectName("protected_heading")
        heading.setStyleSheet("font-weight: bold; background: transparent; border: none;")
        heading.setToolTip(tip)
        row = QHBoxLayout()
        row.addWidget(lock)
        row.addWidget(heading, 1)
        layout = QVBoxLayout(frame)
        layout.addLayout(row)
        form = self._form_layout()
        layout.addLayout(form)
        self.add_line("real_name", self.tr("Real name:"), form=form)
        self.add_line(
            "contact", self.tr("Contact:"), placeholder=self.tr("phone, handle"), form=form
        )
        for name in ("real_name", "contact"):
            self.field(name).setToolTip(tip)
        fields = [self.field(name) for name in ("real_name", "contact")]
        self.protected_mask = ProtectedMask([f for f in fields if isinstance(f, QLineEdit)], self)
        return frame

    def fetch(self, record_id: int) -> Source:
        return self.library.get_source(record_id)

    def stored_values(self, record: Source) -> dict[str, Any]:
        return {
            "name": record.name,
            "is_pseudonym": record.is_pseudonym,
            "age": "" if record.age is None else str(record.age),
            "role": record.role,
            "organization": record.organization,
            "location": record.location,
            "described_as": record.described_as,
            "default_ground_rule": record.default_ground_rule.value,
            "real_name": record.real_name,
            "contact": record.contact,
            "notes": record.notes,
        }

    def write(self, record_id: int, field: str, value: Any) -> Changes:
        return self.library.update_source(record_id, **{field: value})

    def create_record(self, values: dict[str, Any]) -> Changes:
        fields = dict(values)
        return self.library.add_source(fields.pop("name"), **fields)


class NewSourceDialog(NewRecordDialog):
    """ "New source…": a blank source form; ``created(int)`` gives the new source's id.

    ``NewSourceDialog(library, parent)``, then ``open()``; ``changed(Changes)`` also
    carries what was written, for the window to pass on to its views.
    """

    kind = "source"

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        editor = SourceEditor(library, autosave=False)
        super().__init__(editor, editor.tr("New source"), parent)
        self.editor = editor
        name = editor.field("name")
        assert isinstance(name, QLineEdit)
        self.namesakes = NamesakesPanel(library, name, self)
        self.namesakes.chosen.connect(self._on_namesakes_chosen)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.namesakes)

    def _on_namesakes_chosen(self, source_id: int) -> None:
        """An existing source is used instead: nothing is added."""
        self.created.emit(source_id)
        self.accept()
