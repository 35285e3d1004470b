"""The card palette: its icons, what its entries carry when dragged, and adding cards from the keyboard."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QDrag, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from codesign.app.card_style import CARD_COLOURS
from codesign.app.icons import card_type_icon, card_type_svg_path
from codesign.app.vocabulary import CHANNELS, NOTE_TYPES, card_type_name
from codesign.canvas.mime import CARD_TYPE_MIME, parse_card_type_payload
from codesign.canvas.palette import CardPalette
from codesign.paths import resource

ALL_TYPES = [*CHANNELS, *NOTE_TYPES]


@pytest.fixture
def palette(qtbot) -> CardPalette:  # noqa: ANN001 - pytest-qt's qtbot
    dock = CardPalette()
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitExposed(dock)
    dock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
    return dock


def dark_pixels(renderer: QSvgRenderer, size: int) -> int:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return sum(image.pixelColor(x, y).lightness() < 128 for x in range(size) for y in range(size))


def test_the_card_icons_are_exactly_the_card_types() -> None:
    shipped = {path.stem for path in resource("icons", "cards").glob("*.svg")}
    assert shipped == set(ALL_TYPES) == set(CARD_COLOURS)


@pytest.mark.parametrize("card_type", ALL_TYPES)
def test_each_card_icon_is_a_valid_24px_svg_that_draws_something(qapp, card_type: str) -> None:  # noqa: ANN001
    path = card_type_svg_path(card_type)
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 24, 24)
    # Not blank, and not a filled square either: a pictogram covers some of its box.
    assert 40 < dark_pixels(renderer, 24) < 24 * 24 * 0.6
    text = path.read_text(encoding="utf-8")
    assert "href" not in text and "currentColor" not in text
    colours = {value for el in ET.fromstring(text).iter() for key in ("fill", "stroke")
               if (value := el.get(key)) not in (None, "none")}
    assert colours == {"#1B1B1B"}
    assert not card_type_icon(card_type).pixmap(24, 24).isNull()


def test_the_dock_lists_every_type_by_its_translated_name(palette: CardPalette) -> None:
    assert palette.objectName() == "card_palette"
    assert palette.windowTitle() == "Cards"
    assert palette.card_types() == ALL_TYPES
    for kind, table in (("touchpoint", CHANNELS), ("note", NOTE_TYPES)):
        entries = palette.lists[kind]
        assert entries.accessibleName() == ("Touchpoints" if kind == "touchpoint" else "Notes")
        view = QAccessible.queryAccessibleInterface(entries)
        names = {view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount())}
        assert names == {card_type_name(t) for t in table}
        for row, card_type in enumerate(table):
            item = entries.item(row)
            assert item.text() == card_type_name(card_type)
            assert "press Enter" in item.toolTip()
            assert not item.icon().isNull()


def test_entries_are_readable_and_easy_to_hit(palette: CardPalette) -> None:
    for entries in palette.lists.values():
        assert entries.font().pointSizeF() >= 10
        assert entries.focusPolicy() & Qt.FocusPolicy.TabFocus
        for row in range(entries.count()):
            rect = entries.visualItemRect(entries.item(row))
            assert rect.height() >= 36
            assert entries.viewport().rect().contains(rect)  # every entry shows, none is scrolled away


@pytest.mark.parametrize(("card_type", "payload"), [("person", b"touchpoint:person"), ("pain", b"note:pain")])
def test_mime_data_names_the_kind_and_type(palette: CardPalette, card_type: str, payload: bytes) -> None:
    mime = palette.mime_data_for(card_type)
    assert bytes(mime.data(CARD_TYPE_MIME).data()) == payload
    assert parse_card_type_payload(bytes(mime.data(CARD_TYPE_MIME).data())) == tuple(payload.decode().split(":"))
    assert mime.text() == card_type_name(card_type)


def test_mime_data_for_an_unknown_type_is_refused(palette: CardPalette) -> None:
    with pytest.raises(ValueError):
        palette.mime_data_for("banana")


@pytest.mark.parametrize(("card_type", "key"), [("question", Qt.Key.Key_Return), ("tool", Qt.Key.Key_Space),
                                                ("digital", Qt.Key.Key_Enter)])
def test_a_key_on_the_focused_entry_requests_that_card(qtbot, palette: CardPalette,  # noqa: ANN001
                                                       card_type: str, key: Qt.Key) -> None:
    entries, item = palette.entry(card_type)
    entries.setFocus()
    entries.setCurrentItem(item)
    qtbot.waitUntil(entries.hasFocus)
    with qtbot.waitSignal(palette.card_requested, timeout=1000) as blocker:
        qtbot.keyClick(entries, key)
    assert blocker.args == [entries.kind, card_type]


def test_arrow_keys_run_on_from_touchpoints_into_notes(qtbot, palette: CardPalette) -> None:  # noqa: ANN001
    touchpoints, notes = palette.lists["touchpoint"], palette.lists["note"]
    touchpoints.setFocus()
    qtbot.waitUntil(touchpoints.hasFocus)
    touchpoints.setCurrentRow(0)
    qtbot.keyClick(touchpoints, Qt.Key.Key_Down)
    assert touchpoints.currentItem().text() == card_type_name("place")
    touchpoints.setCurrentRow(touchpoints.count() - 1)
    qtbot.keyClick(touchpoints, Qt.Key.Key_Down)
    qtbot.waitUntil(notes.hasFocus)
    assert notes.currentRow() == 0
    assert not touchpoints.selectedItems()  # only the focused group shows a highlight
    with qtbot.waitSignal(palette.card_requested, timeout=1000) as blocker:
        qtbot.keyClick(notes, Qt.Key.Key_Return)
    assert blocker.args == ["note", "pain"]
    qtbot.keyClick(notes, Qt.Key.Key_Up)
    qtbot.waitUntil(touchpoints.hasFocus)
    assert touchpoints.currentItem().text() == card_type_name("digital")


def test_double_click_requests_that_card(qtbot, palette: CardPalette) -> None:  # noqa: ANN001
    entries, item = palette.entry("idea")
    centre = entries.visualItemRect(item).center()
    with qtbot.waitSignal(palette.card_requested, timeout=1000) as blocker:
        # A real double-click is press, release, double-click, release; QTest's mouseDClick sends only
        # the third, so click first as a hand would.
        qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["note", "idea"]


@pytest.mark.parametrize(("card_type", "payload"), [("artifact", b"touchpoint:artifact"),
                                                    ("opportunity", b"note:opportunity")])
def test_press_and_move_starts_a_real_drag(qtbot, monkeypatch, palette: CardPalette,  # noqa: ANN001
                                           card_type: str, payload: bytes) -> None:
    started: list[dict] = []

    def exec_(drag: QDrag, *args: object) -> Qt.DropAction:
        # QDrag.exec would spin a nested loop waiting for a drop; record the drag instead.
        mime = drag.mimeData()
        started.append({"payload": bytes(mime.data(CARD_TYPE_MIME).data()), "text": mime.text(),
                        "pixmap": drag.pixmap().deviceIndependentSize(), "args": args})
        return Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", exec_)
    entries, item = palette.entry(card_type)
    start = entries.visualItemRect(item).center()
    qtbot.mousePress(entries.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(entries.viewport(), start + QPoint(2, 0))
    qtbot.mouseMove(entries.viewport(), start + QPoint(QApplication.startDragDistance() + 10, 5))
    qtbot.mouseRelease(entries.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert len(started) == 1
    drag = started[0]
    assert drag["payload"] == payload
    assert drag["text"] == card_type_name(card_type)
    assert drag["pixmap"].width() >= 100 and drag["pixmap"].height() >= 30  # a small card, not a dot
    assert Qt.DropAction.CopyAction in drag["args"]


def test_a_click_without_moving_starts_no_drag(qtbot, monkeypatch, palette: CardPalette) -> None:  # noqa: ANN001
    started: list[QDrag] = []
    monkeypatch.setattr(QDrag, "exec", lambda drag, *args: started.append(drag) or Qt.DropAction.IgnoreAction)
    entries, item = palette.entry("place")
    qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=entries.visualItemRect(item).center())
    assert started == []
    assert entries.currentItem() is item
