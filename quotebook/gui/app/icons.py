"""The app icon, drawn from the SVG that ships in ``quotebook/resources/icons``."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ... import resources


def app_icon() -> QIcon:
    """Quotebook's icon, rendered from its SVG at each size a desktop asks for.

    The SVG is read as bytes (so it works from a zipped install too); should it
    not render, the PNGs that ship beside it are used instead.
    """
    icon = QIcon()
    renderer = QSvgRenderer(QByteArray(resources.read_bytes(resources.ICON_SVG)))
    for size in resources.ICON_SIZES:
        pixmap = QPixmap(size, size)
        if renderer.isValid():
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
        elif not pixmap.loadFromData(resources.read_bytes(resources.icon_png(size)), "PNG"):
            continue
        icon.addPixmap(pixmap)
    return icon
