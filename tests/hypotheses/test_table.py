"""The hypotheses table: filters by status, owner, moment (directly or through a linked card),
criticality and text; sorting by clicking headers; opening a row. The demo's own hypotheses
are removed first, so every row below is one made here."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt

from codesign.app.open_workshop import OpenWorkshop
from codesign.hypotheses.editor import HypothesisEditor
from codesign.hypotheses.table_model import CRITICALITY, DEADLINE, MOMENTS, STATUS, HypothesisFilter
from codesign.hypotheses.table_view import HypothesisTable


@dataclass
class Made:
    """Ids of the hypotheses made, and the moment `m` they are (or are not) linked to."""

    direct: str  # linked to moment m itself; Lena Brandt, !!! High, testing
    via_card: str  # linked to a card placed in m; "lena brandt", ! Low, idea
    unlinked: str  # linked to a card in another moment; Felix Wagner, no criticality, planned
    adopted: str  # no links; no owner; !! Medium
    moment: str
    moment_title: str


@pytest.fixture
def made(opened: OpenWorkshop) -> Made:
    with opened.document.edit():
        opened.workshop.hypotheses.clear()
    editor = HypothesisEditor(opened)
    journey = opened.workshop.journeys[0]
    moment, other = journey.moments[2], journey.moments[4]
    in_moment = next(c for c in journey.cards if c.moment is moment)
    elsewhere = next(c for c in journey.cards if c.moment is other)
    direct = editor.add("Walk-in ID checks at the branch", [], [moment.id], owner="Lena Brandt", criticality=3,
                        deadline="2026-10-01")
    for status in ("planned", "testing"):
        assert editor.set_status(direct, status)
    via_card = editor.add("A guide before the video call", [in_moment.id], [], owner="lena brandt ", criticality=1,
                          deadline="2026-02-01")
    unlinked = editor.add("A wallet card on day one", [elsewhere.id], [], owner="Felix Wagner",
                          deadline="2025-12-31")
    assert editor.set_status(unlinked, "planned")
    adopted = editor.add("A parcel-style status tracker", criticality=2)
    for status in ("planned", "testing", "validated", "adopted"):
        assert editor.set_status(adopted, status)
    return Made(direct, via_card, unlinked, adopted, moment.id, moment.title)


@pytest.fixture
def table(opened: OpenWorkshop, made: Made, qtbot) -> HypothesisTable:  # noqa: ANN001
    widget = HypothesisTable(opened)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(table: HypothesisTable) -> list[str]:
    return [table.id_at(row) for row in range(table.proxy.rowCount())]


def choose(combo, data: object) -> None:  # noqa: ANN001 - QComboBox
    at = combo.findData(data)
    assert at >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(at)


def test_filter_by_status(table: HypothesisTable, made: Made) -> None:
    assert table.status.itemText(0) == "All statuses"
    choose(table.status, "planned")
    assert shown(table) == [made.unlinked]
    choose(table.status, "adopted")
    assert shown(table) == [made.adopted]
    assert table.shown.text().startswith("1 of 4 hypothesis")
    table.clear.click()
    assert sorted(shown(table)) == sorted([made.direct, made.via_card, made.unlinked, made.adopted])


def test_filter_by_owner_ignores_case_and_stray_spaces(opened: OpenWorkshop, table: HypothesisTable,
                                                       made: Made) -> None:
    owners = [table.owner.itemText(i) for i in range(table.owner.count())]
    assert owners == ["All owners", "Felix Wagner", "Lena Brandt", "No owner yet"]  # one Lena, however typed
    choose(table.owner, "Lena Brandt")
    assert sorted(shown(table)) == sorted([made.direct, made.via_card])
    choose(table.owner, "")
    assert shown(table) == [made.adopted]
    # Exact names, not parts of them: "Lena" alone is nobody's name here.
    proxy = HypothesisFilter()
    proxy.setSourceModel(table.model)
    proxy.set_owner("LENA")
    assert proxy.rowCount() == 0
    proxy.set_owner("  LENA BRANDT")
    assert proxy.rowCount() == 2


def test_filter_by_moment_finds_links_through_cards(opened: OpenWorkshop, table: HypothesisTable,
                                                   made: Made) -> None:
    assert table.moment.count() == 1 + len(opened.workshop.journeys[0].moments)
    choose(table.moment, made.moment)
    assert table.moment.currentText() == made.moment_title
    assert sorted(shown(table)) == sorted([made.direct, made.via_card])
    row = shown(table).index(made.via_card)
    assert table.proxy.index(row, MOMENTS).data() == made.moment_title  # the card's moment, listed


def test_filter_by_criticality_and_text_together(table: HypothesisTable, made: Made, qtbot) -> None:  # noqa: ANN001
    choose(table.criticality, 2)
    assert table.criticality.currentText() == "!! Medium or higher"
    assert sorted(shown(table)) == sorted([made.direct, made.adopted])
    choose(table.criticality, 3)
    assert shown(table) == [made.direct]
    choose(table.criticality, None)
    qtbot.keyClicks(table.search, "CARD")
    assert shown(table) == [made.unlinked]
    table.search.clear()
    qtbot.keyClicks(table.search, "  the ")
    assert sorted(shown(table)) == sorted([made.direct, made.via_card])
    choose(table.criticality, 2)
    assert shown(table) == [made.direct]


def header_click(table: HypothesisTable, qtbot, column: int) -> None:  # noqa: ANN001
    header = table.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sorting_by_criticality_deadline_and_status(table: HypothesisTable, made: Made, qtbot) -> None:  # noqa: ANN001
    header_click(table, qtbot, CRITICALITY)
    assert shown(table) == [made.unlinked, made.via_card, made.adopted, made.direct]  # none, !, !!, !!!
    header_click(table, qtbot, CRITICALITY)
    assert shown(table) == [made.direct, made.adopted, made.via_card, made.unlinked]
    # By date, not by the text shown ("1 Feb 2026" would come before "31 Dec 2025"); none last.
    header_click(table, qtbot, DEADLINE)
    assert shown(table) == [made.unlinked, made.via_card, made.direct, made.adopted]
    # Along the life cycle, not alphabetically (Adopted would come first).
    header_click(table, qtbot, STATUS)
    assert [table.proxy.index(r, STATUS).data() for r in range(4)] == ["Idea", "Planned", "Testing", "Adopted"]


def test_the_table_follows_edits_and_opens_rows(opened: OpenWorkshop, table: HypothesisTable, made: Made,
                                               qtbot) -> None:  # noqa: ANN001
    choose(table.owner, "Felix Wagner")
    HypothesisEditor(opened).add("A second idea from Felix", owner="Felix Wagner", criticality=2)
    assert len(shown(table)) == 2 and table.owner.currentText() == "Felix Wagner"  # the filter holds
    HypothesisEditor(opened).set_fields(made.unlinked, owner="Aylin Demir")
    assert table.owner.findText("Aylin Demir") > 0
    assert len(shown(table)) == 1

    table.clear_filters()
    view = table.table
    row = shown(table).index(made.adopted)
    centre = view.visualRect(table.proxy.index(row, 0)).center()
    with qtbot.waitSignal(table.open_requested) as by_mouse:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert by_mouse.args == [made.adopted]
    view.setCurrentIndex(table.proxy.index(shown(table).index(made.direct), 0))
    with qtbot.waitSignal(table.open_requested) as by_key:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert by_key.args == [made.direct]
