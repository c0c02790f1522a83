"""The dialog that shows an unexpected error's traceback; the app keeps running."""

from __future__ import annotations

import traceback

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """An unexpected error: what happened, the details, "Copy details" and Close.

    ``CrashDialog(details, parent)`` takes the text to show and copy (a traceback,
    with whatever versions a bug report needs); :meth:`for_exception` builds it
    from an exception. Open it with ``open()`` or ``show()``; Close only closes it.
    """

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quotebook hit a bug"))
        intro = QLabel(
            self.tr(
                "Something went wrong that Quotebook did not expect. Your library is safe: "
                "every change is saved when it is made, and you can keep working. Please "
                "send the details below with a note of what you were doing."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button: QPushButton = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copied_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        self.resize(680, 420)

    @classmethod
    def for_exception(cls, error: BaseException, parent: QWidget | None = None) -> CrashDialog:
        """The dialog for an exception, its traceback as the details."""
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        return cls(trace, parent)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copied_label.setText(self.tr("The details are on the clipboard."))
