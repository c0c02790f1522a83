"""The questions about a library's passphrase: a new library, encrypt, change, remove.

One dialog in four uses (:class:`Purpose`): each asks for what its step needs (the
current passphrase, a new one typed twice, or both), says plainly that a lost
passphrase cannot be recovered, and hands the answers to ``chosen(current, new)``.
A new library may be left unprotected (the box is ticked at first); the others
always take their passphrases. Nothing is checked against the library here: the
step that runs with the answers does that, off the GUI thread.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

LOST_WARNING_STYLE = "color: #8a4b00;"
PROBLEM_STYLE = "color: #b00020;"


class Purpose(Enum):
    NEW_LIBRARY = "new"
    ENCRYPT = "encrypt"
    CHANGE = "change"
    REMOVE = "remove"


class PassphraseDialog(QDialog):
    """Ask for the passphrases one encryption step needs (see the module docstring).

    Signal ``chosen(current, new)``: ``current`` is "" when not asked for, ``new``
    is None when a new library is left unprotected or encryption is removed.
    """

    chosen = Signal(str, object)

    def __init__(self, purpose: Purpose, library_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.purpose = purpose
        self.protect = QCheckBox(self.tr("&Protect with a passphrase"), self)
        self.protect.setChecked(True)
        self.lost = QLabel(
            self.tr(
                "Keep the passphrase somewhere safe: if it is lost, nobody (not even "
                "Quotebook's makers) can open the library or its backups again."
            ),
            self,
        )
        self.lost.setObjectName("lostPassphraseWarning")
        self.lost.setWordWrap(True)
        self.lost.setStyleSheet(LOST_WARNING_STYLE)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.current = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.confirm = self._field(self.tr("New passphrase again"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = QPushButton(self._go_text(), self)
        self.go_button.setDefault(True)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.protect.toggled.connect(self._on_protect_toggled)
        self._lay_out(library_name)
        self.setMinimumWidth(460)
        first = self.current if purpose in (Purpose.CHANGE, Purpose.REMOVE) else self.new
        first.setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.textEdited.connect(self.problem.hide)
        return field

    def _go_text(self) -> str:
        return {
            Purpose.NEW_LIBRARY: self.tr("C&reate"),
            Purpose.ENCRYPT: self.tr("&Encrypt"),
            Purpose.CHANGE: self.tr("C&hange passphrase"),
            Purpose.REMOVE: self.tr("&Remove encryption"),
        }[self.purpose]

    def _title_and_intro(self, name: str) -> tuple[str, str]:
        p = self.purpose
        if p is Purpose.NEW_LIBRARY:
            return self.tr("New library"), self.tr(
                "A library protected with a passphrase cannot be read without it: not from "
                "a lost laptop, a backup disk or a synchronised folder."
            )
        if p is Purpose.ENCRYPT:
            return self.tr("Encrypt library"), self.tr(
                "Encrypt {name} and its backups with a passphrase. Without the passphrase "
                "nobody can read them: not from a lost laptop, a backup disk or a "
                "synchronised folder."
            ).format(name=name)
        if p is Purpose.CHANGE:
            return self.tr("Change passphrase"), self.tr(
                "Encrypt {name} and its backups with a new passphrase."
            ).format(name=name)
        return self.tr("Remove encryption"), self.tr(
            "Store {name} and its backups unencrypted: anyone who can read the files can "
            "then read every source, real name and quote in them."
        ).format(name=name)

    def _lay_out(self, name: str) -> None:
        title, intro = self._title_and_intro(name)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        form.addRow(intro_label)
        p = self.purpose
        asked = {
            self.protect: p is Purpose.NEW_LIBRARY,
            self.current: p in (Purpose.CHANGE, Purpose.REMOVE),
            self.new: p is not Purpose.REMOVE,
            self.confirm: p is not Purpose.REMOVE,
            self.lost: p is not Purpose.REMOVE,
        }
        labels = {
            self.current: self.tr("C&urrent passphrase:"),
            self.new: self.tr("&New passphrase:"),
            self.confirm: self.tr("&Again:"),
        }
        for widget, shown in asked.items():
            if not shown:
                widget.hide()  # a child outside the layout would sit in the corner
            elif widget in labels:
                form.addRow(labels[widget], widget)
            else:
                form.addRow(widget)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def _on_protect_toggled(self, on: bool) -> None:
        for widget in (self.new, self.confirm, self.lost):
            widget.setEnabled(on)
        self.problem.hide()

    def _refusal(self) -> str | None:
        """Why the passphrases typed cannot be used, or None when they can."""
        if self.purpose in (Purpose.CHANGE, Purpose.REMOVE) and not self.current.text():
            return self.tr("Type the current passphrase.")
        if self.purpose is Purpose.REMOVE or not self._protecting():
            return None
        if not self.new.text():
            return self.tr("Type a new passphrase.")
        if self.new.text() != self.confirm.text():
            return self.tr("The two new passphrases differ: type the same one twice.")
        if self.purpose is Purpose.CHANGE and self.new.text() == self.current.text():
            return self.tr("The new passphrase is the current one.")
        return None

    def _protecting(self) -> bool:
        return self.purpose is not Purpose.NEW_LIBRARY or self.protect.isChecked()

    def _on_buttons_accepted(self) -> None:
        refusal = self._refusal()
        if refusal is not None:
            self.problem.setText(refusal)
            self.problem.show()
            self.resize(self.width(), self.sizeHint().height())  # room for the message
            return
        new = self.new.text() if self._protecting() and self.purpose is not Purpose.REMOVE else None
        current = self.current.text()
        for field in (self.current, self.new, self.confirm):
            field.clear()  # the words do not stay in the widgets once handed on
        self.accept()
        self.chosen.emit(current, new)
