"""Canvas figures on a 5,000-card journey in a 1920×1080 view. The baseline is plain
QGraphicsRectItems at the same places, in the same process and the same run."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView  # noqa: E402

from timing import median_ms, paired_medians  # noqa: E402

from codesign.app.open_workshop import OpenWorkshop  # noqa: E402
from codesign.canvas.editor import BoardEditor  # noqa: E402
from codesign.canvas.scene import JourneyScene  # noqa: E402
from codesign.canvas.style import accent  # noqa: E402
from codesign.canvas.view import JourneyView  # noqa: E402
from codesign.storage import Document  # noqa: E402

SIZE = (1920, 1080)


def _frame(view: QGraphicsView) -> Callable[[], None]:
    def paint() -> None:
        view.viewport().repaint()  # paints synchronously into the backing store
    return paint


def _show(view: QGraphicsView) -> None:
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()


def measure(source: Path) -> list[dict[str, object]]:
    app = QApplication.instance() or QApplication([])
    document = Document.open(source)
    workshop = OpenWorkshop(document)
    journey_id = workshop.workshop.journeys[0].id
    lines: list[dict[str, object]] = []
    try:
        # open into the scene
        scenes: list[JourneyScene] = []

        def build() -> None:
            scenes.append(JourneyScene(BoardEditor(workshop, journey_id)))

        open_ms = median_ms(build, 5)
        journey = workshop.workshop.journeys[0]
        rects = [(QRectF(*journey.card_scene_pos(c), c.width, c.height), c.type) for c in journey.cards]

        def build_baseline() -> QGraphicsScene:
            scene = QGraphicsScene()
            for rect, card_type in rects:
                item = QGraphicsRectItem(rect)
                item.setBrush(accent(card_type))
                scene.addItem(item)
            return scene

        baseline_open = median_ms(build_baseline, 5)
        lines.append({"name": "canvas_open_5000_card_journey", "median_ms": round(open_ms, 3),
                      "baseline_ms": round(baseline_open, 3), "ratio": round(open_ms / baseline_open, 2),
                      "limit_ms": 1000.0})

        view = JourneyView(BoardEditor(workshop, journey_id))
        _show(view)
        baseline_scene = build_baseline()
        baseline = QGraphicsView(baseline_scene)
        baseline.setRenderHints(view.renderHints())
        _show(baseline)

        # a frame at 100%, over the top-left of the board
        view.set_zoom(1.0)
        view.centerOn(QPointF(900, 500))
        baseline.resetTransform()
        baseline.centerOn(QPointF(900, 500))
        frame_100, base_100 = paired_medians(_frame(view), _frame(baseline), 40)
        lines.append({"name": "canvas_frame_100_percent", "median_ms": round(frame_100, 3),
                      "baseline_ms": round(base_100, 3), "ratio": round(frame_100 / base_100, 2), "limit_ms": 8.0})

        # a frame with all 5,000 cards visible
        view.fit_to_content()
        baseline.fitInView(view.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        frame_fit, base_fit = paired_medians(_frame(view), _frame(baseline), 40)
        lines.append({"name": "canvas_frame_fit_to_content", "median_ms": round(frame_fit, 3),
                      "baseline_ms": round(base_fit, 3), "ratio": round(frame_fit / base_fit, 2),
                      "limit_ms": 30.0, "zoom": round(view.zoom, 3), "cards": len(view.board.cards)})

        # pick up one card at 100% and drag it: a move event, and the repaint it causes
        view.set_zoom(1.0)
        item = next(iter(view.board.cards.values()))
        view.centerOn(item.scene_rect().center())
        QApplication.processEvents()
        start = view.mapFromScene(item.scene_rect().center())
        viewport = view.viewport()

        def mouse(kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
            event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons,
                                Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(viewport, event)

        left = Qt.MouseButton.LeftButton
        mouse(QEvent.Type.MouseButtonPress, start, left, left)
        step = iter(range(10**6))

        def move() -> None:
            i = next(step)
            mouse(QEvent.Type.MouseMove, start + QPoint(5 + i % 200, i % 50), Qt.MouseButton.NoButton, left)
            viewport.repaint()

        drag_ms = median_ms(move, 100)
        mouse(QEvent.Type.MouseButtonRelease, start + QPoint(40, 0), left, Qt.MouseButton.NoButton)
        lines.append({"name": "canvas_drag_one_card_per_move", "median_ms": round(drag_ms, 3), "limit_ms": 8.0})
        view.close()
        baseline.close()
        scenes.clear()
    finally:
        workshop.close()
        app.processEvents()
    return lines
