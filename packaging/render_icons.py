#!/usr/bin/env python3
"""Render the app icon's PNG sizes from its SVG master with Qt's own SVG renderer.

Run after changing ``quotebook/resources/icons/quotebook.svg``:

    python packaging/render_icons.py

The PNGs are committed, so neither a build nor a desktop needs an SVG renderer.
Qt is used because every Quotebook development environment already has it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from quotebook.resources import ICON_SIZES, ICON_SVG, icon_png  # noqa: E402

ICONS = ROOT / "quotebook" / "resources"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn on a transparent ``size`` × ``size`` image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / ICON_SVG))
    if not renderer.isValid():
        print(f"render_icons: cannot read {ICONS / ICON_SVG}", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        target = ICONS / icon_png(size)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"render_icons: cannot write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
