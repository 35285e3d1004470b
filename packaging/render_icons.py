"""Renders the app icon for the freedesktop hicolor theme from resources/icons/codesign.svg.

Writes packaging/icons/hicolor/NxN/apps/codesign.png and NxN/mimetypes/application-x-codesign.png
for each size, plus the SVG itself under scalable/. Run it again whenever the SVG changes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "codesign.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# The same art for the app and for its files: (context folder, icon name).
NAMES = (("apps", "codesign"), ("mimetypes", "application-x-codesign"))


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> int:
    if QGuiApplication.instance() is None:
        main.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined] - kept alive while drawing
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = render(renderer, size)
        for context, name in NAMES:
            dest = HICOLOR / f"{size}x{size}" / context / f"{name}.png"
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(dest), "PNG"):
                print(f"render_icons: cannot write {dest}", file=sys.stderr)
                return 1
    for context, name in NAMES:
        dest = HICOLOR / "scalable" / context / f"{name}.svg"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE, dest)
    print(f"render_icons: wrote {len(SIZES) * len(NAMES)} PNGs and {len(NAMES)} SVGs under {HICOLOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
