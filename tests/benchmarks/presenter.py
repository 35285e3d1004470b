"""From a click on the shared screen to the dot drawn: 500 cards, 30 participants, a round
already half voted. Each run is one real mouse click on the presenter's viewport, the vote
written to the file (one transaction, one undo step), the facilitator console's progress
updated, and the events that follow processed until the changed region has been painted
(the clock stops when the first paint of the clicked card's spot has ended)."""

from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path

from workload import STAMP, big_workshop

CARDS, PEOPLE, MOMENTS, RUNS = 500, 30, 10, 61


def presenter_workshop(seed: int = 5) -> dict:
    data = big_workshop(CARDS, MOMENTS)
    rng = random.Random(seed)
    data["participants"] = [{"id": f"p{i}", "name": f"Person {i}", "group": "customer" if i % 2 else "staff",
                             "colour": "#CC6677", "marker": f"P{i}"} for i in range(PEOPLE)]
    for card in data["cards"]:
        card["author"] = None
    data["connectors"] = [c for c in data["connectors"] if int(c["to"][1:]) < CARDS]
    data["hypotheses"] = []
    votes = [{"id": f"v{p}-{n}", "card": f"c{card}", "participant": f"p{p}",
              "group": "customer" if p % 2 else "staff", "dots": 1, "created": STAMP}
             for p in range(PEOPLE) for n, card in enumerate(rng.sample(range(CARDS), 5))]
    (voting_round,) = data["voting_rounds"]
    voting_round.update(dots_per_participant=30, per_card_max=30, status="open", votes=votes)
    return data


def measure(folder: Path) -> list[dict]:
    from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from codesign.app.open_workshop import OpenWorkshop
    from codesign.storage import Document
    from codesign.storage.interchange import import_file
    from codesign.voting.console import VotingConsole
    from codesign.voting.presenter import PresenterWindow
    from codesign.voting.session import VotingSession

    class PaintClock(QObject):
        """Paints the viewport itself, to note when the first paint after the click has ended."""

        def __init__(self) -> None:
            super().__init__()
            self.painted: list[tuple[QRect, float]] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                rect = QRect(event.rect())
                watched.event(event)  # the view's own painting, straight away (filters are not run again)
                self.painted.append((rect, time.perf_counter()))
                return True
            return False

    app = QApplication.instance() or QApplication([])
    source = folder / "presenter.json"
    source.write_text(json.dumps(presenter_workshop()), encoding="utf-8")
    path = folder / "presenter.codesign"
    import_file(source, path)
    workshop = OpenWorkshop(Document.open(path))
    session = VotingSession(workshop, sound=False)
    console = VotingConsole(session, lambda: (None, []))
    console.resize(360, 800)
    console.show()
    window = PresenterWindow(session)
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    assert len(window.scene.cards) == CARDS
    viewport = window.view.viewport()
    visible = [item for item in window.scene.cards.values()
               if window.view.mapToScene(viewport.rect()).boundingRect().contains(item.sceneBoundingRect())]
    points = [window.view.mapFromScene(item.sceneBoundingRect().center()) for item in visible]
    clock = PaintClock()
    viewport.installEventFilter(clock)
    times: list[float] = []
    for i in range(RUNS):
        if i % 20 == 0:
            session.choose_number(1 + (i // 20) % PEOPLE)  # a new voter steps up now and then, untimed
            app.processEvents()
        point = points[i % len(points)]
        clock.painted.clear()
        start = time.perf_counter()
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(point.x(), point.y()))
        app.processEvents()  # what the event loop does next: the repaint of what changed, and the rest
        drawn = [at for rect, at in clock.painted if rect.contains(point)]
        assert drawn, "the click drew no dot on the card"
        times.append((drawn[0] - start) * 1000)
    placed = sum(v.dots for v in session.voting_round().votes) - PEOPLE * 5
    assert placed == RUNS, placed  # every click was a dot
    window.close()
    console.close()
    workshop.close()
    return [{"name": "vote_click_to_dot_drawn_500_cards_30_people", "median_ms": round(statistics.median(times), 3),
             "limit_ms": 16.0, "runs": RUNS}]
