"""What a new, empty library shows instead of an empty table: two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A welcome with "Add your first quote" and "Open the demo library"."""

    add_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your quotebook is empty"), self)
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(
            self.tr(
                "Keep the people you interview, what they said, the topics it touches and "
                "the articles it ran in, in one place. Start with a quote you are "
                "transcribing, or look around a demo library first."
            ),
            self,
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setFixedWidth(520)
        body.setMinimumHeight(body.heightForWidth(520))  # wrapped lines are not cut
        self.add_button = QPushButton(self.tr("Add your first quote"), self)
        self.add_button.setObjectName("addFirstQuote")
        self.add_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo library"), self)
        self.demo_button.setObjectName("openDemo")
        for button in (self.add_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(200)
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)
