"""Random board edits on a real workshop file, then undo and redo: the file must come back exactly.

A hypothesis state machine opens a copy of the demo workshop, edits its journey through the
BoardEditor (valid edits and some that the model refuses), and after every step checks that
the loaded model agrees with the file, row for row and in order. It remembers what the file
held at every position of the undo stack; undoing and redoing must land on exactly that.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import inspect, select

from codesign.app.open_workshop import OpenWorkshop
from codesign.canvas.editor import BoardEditor
from codesign.model import (
    Base, Card, CardKind, Channel, Connector, Hypothesis, Journey, Lane, LaneKind, Moment, NoteType, Participant,
    StatusChange, Vote, VotingRound, Workshop, hypothesis_card, hypothesis_moment, layout,
)
from codesign.model.enums import CARD_TYPES
from codesign.storage import Document, interchange

pytestmark = pytest.mark.slow

# -- what the loaded model says, in the shapes the file is read in -----------------------------

MODEL_CLASSES: tuple[type, ...] = (Workshop, Participant, Journey, Moment, Lane, Card, Connector, VotingRound, Vote,
                                   Hypothesis, StatusChange)


def _loaded_objects(workshop: Workshop) -> dict[type, list[Any]]:
    found: dict[type, list[Any]] = {cls: [] for cls in MODEL_CLASSES}
    found[Workshop].append(workshop)
    found[Participant].extend(workshop.participants)
    found[Journey].extend(workshop.journeys)
    for journey in workshop.journeys:
        found[Moment].extend(journey.moments)
        found[Lane].extend(journey.lanes)
        found[Card].extend(journey.cards)
        found[Connector].extend(journey.connectors)
    found[VotingRound].extend(workshop.voting_rounds)
    for voting_round in workshop.voting_rounds:
        found[Vote].extend(voting_round.votes)
    found[Hypothesis].extend(workshop.hypotheses)
    for hypothesis in workshop.hypotheses:
        found[StatusChange].extend(hypothesis.history)
    return found


def model_rows(workshop: Workshop) -> dict[str, Any]:
    """Every column of every loaded object by table and id, and the link tables as sets."""
    rows: dict[str, Any] = {}
    for cls, objects in _loaded_objects(workshop).items():
        mapper = inspect(cls)
        table: dict[str, dict[str, Any]] = {}
        for obj in objects:
            assert obj.id not in table, f"{cls.__name__} {obj.id} is loaded twice"
            # getattr: a column left unset at insert (a None author, say) is read back once, as the app would
            table[obj.id] = {a.columns[0].name: getattr(obj, a.key) for a in mapper.column_attrs}
        rows[mapper.local_table.name] = table
    rows["hypothesis_card"] = {(h.id, c.id) for h in workshop.hypotheses for c in h.cards}
    rows["hypothesis_moment"] = {(h.id, m.id) for h in workshop.hypotheses for m in h.moments}
    return rows


def file_rows(document: Document) -> dict[str, Any]:
    """The same, read from the file with Core."""
    rows: dict[str, Any] = {}
    try:
        connection = document.session.connection()
        for cls in MODEL_CLASSES:
            table = Base.metadata.tables[inspect(cls).local_table.name]
            rows[table.name] = {r.id: dict(r._mapping) for r in connection.execute(select(table))}
        for link in (hypothesis_card, hypothesis_moment):
            rows[link.name] = {tuple(r) for r in connection.execute(select(link))}
    finally:
        document.session.commit()  # ends the read transaction; nothing is pending
    return rows


def _out(obj: Any, spec: dict[str, tuple[str, Any]]) -> dict[str, Any]:
    # The JSON columns of a voting round are properties of the same name that decode them.
    return {key: getattr(obj, column) for key, (column, _check) in spec.items()}


def model_interchange(workshop: Workshop) -> dict[str, Any]:
    """The loaded model in the interchange format, every list in the order the model holds it."""
    def journey_out(journey: Journey) -> dict[str, Any]:
        out = _out(journey, interchange.JOURNEY)
        out["moments"] = [_out(m, interchange.MOMENT) for m in journey.moments]
        out["lanes"] = [_out(lane, interchange.LANE) for lane in journey.lanes]
        return out

    def round_out(voting_round: VotingRound) -> dict[str, Any]:
        out = _out(voting_round, interchange.ROUND)
        out["votes"] = [_out(v, interchange.VOTE) for v in voting_round.votes]
        return out

    def hypothesis_out(hypothesis: Hypothesis) -> dict[str, Any]:
        out = _out(hypothesis, interchange.HYPOTHESIS)
        out["cards"] = [c.id for c in hypothesis.cards]
        out["moments"] = [m.id for m in hypothesis.moments]
        out["history"] = [_out(s, interchange.HISTORY) for s in hypothesis.history]
        return out

    return {
        "format": interchange.FORMAT,
        "version": interchange.VERSION,
        "workshop": _out(workshop, interchange.WORKSHOP),
        "participants": [_out(p, interchange.PARTICIPANT) for p in workshop.participants],
        "journeys": [journey_out(j) for j in workshop.journeys],
        "cards": [_out(c, interchange.CARD) for j in workshop.journeys for c in j.cards],
        "connectors": [_out(c, interchange.CONNECTOR) for j in workshop.journeys for c in j.connectors],
        "voting_rounds": [round_out(r) for r in workshop.voting_rounds],
        "hypotheses": [hypothesis_out(h) for h in workshop.hypotheses],
    }


Picture = tuple[dict[str, Any], dict[str, Any]]


def picture(document: Document) -> Picture:
    """Asserts the loaded workshop is what the file holds, and returns what the file holds:
    its JSON export and every stored column (z and positions too). Undo must bring it back exactly."""
    session = document.session
    assert not (session.new or session.dirty or session.deleted), "changes left pending after an edit"
    workshop = document.workshop
    stored = file_rows(document)
    assert model_rows(workshop) == stored
    exported = document.to_interchange()
    assert model_interchange(workshop) == exported
    for journey in workshop.journeys:
        for column in (*journey.moments, *journey.lanes):
            assert column.cards == [c for c in journey.cards if column in (c.moment, c.lane)]
            assert column.journey is journey
        assert [m.position for m in journey.moments] == list(range(len(journey.moments)))
        assert [lane.position for lane in journey.lanes] == list(range(len(journey.lanes)))
        for card in journey.cards:
            assert card.moment is None or card.moment in journey.moments
            assert card.lane is None or card.lane in journey.lanes
        for connector in journey.connectors:
            assert connector.source in journey.cards and connector.target in journey.cards
    return exported, stored


# -- the machine -------------------------------------------------------------------------------

FAR = layout.MAX_EXTENT * 3
coordinates = st.one_of(
    st.floats(-600, 4000, allow_nan=False),  # mostly on or near the grid of the demo
    st.sampled_from([-FAR, FAR, 0.0, layout.LANE_LABEL_WIDTH, layout.HEADER_HEIGHT]),
)
texts = st.one_of(
    st.text(max_size=40),  # any Unicode, NUL included (refused)
    st.sampled_from(["", "🧾 Formular 👩🏽‍💻", "فتح حساب جديد", "עברית ‏RTL‏ mixed", "e\u0301\u200d",
                     "a\x00b", "lone \ud800 surrogate"]),  # emoji, right-to-left, combining; two refused
)
card_types = st.one_of(st.sampled_from(CARD_TYPES), st.just("sticker"))
card_kinds = st.sampled_from([CardKind.TOUCHPOINT.value, CardKind.NOTE.value, "photo"])
indexes = st.integers(-2, 9)


def _valid_type(kind: str, card_type: str) -> bool:
    return (kind == CardKind.TOUCHPOINT and card_type in {c.value for c in Channel}) or (
        kind == CardKind.NOTE and card_type in {n.value for n in NoteType})


def _valid_text(text: str) -> bool:
    return "\x00" not in text and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


class UndoMachine(RuleBasedStateMachine):
    def __init__(self, template: Path, tally: dict[str, int]) -> None:
        super().__init__()
        self.tally = tally
        tally["started"] += 1
        self.folder = tempfile.TemporaryDirectory(prefix="codesign-undo-")
        path = Path(self.folder.name) / "workshop.codesign"
        shutil.copyfile(template, path)
        self.open_workshop = OpenWorkshop(Document.open(path))
        # Messages only, and no reference to the machine: the connection holds its slot in a way
        # Python's gc cannot see, and an exception's traceback leads back to the workshop.
        failures: list[str] = []
        self.failures = failures
        self.open_workshop.edit_failed.connect(lambda exc: failures.append(str(exc)))
        self.editor = BoardEditor(self.open_workshop, self.open_workshop.workshop.journeys[0].id)
        self.stack = self.open_workshop.undo_stack
        self.initial_export = interchange.dumps(self.open_workshop.document.to_interchange())
        self.pictures = [picture(self.open_workshop.document)]  # what the file holds at each index of the undo stack
        self.consistent = True  # False once a step failed half-way: the record is then not to be trusted

    # -- helpers ---------------------------------------------------------------------------

    @property
    def journey(self) -> Journey:
        return self.editor.journey

    def card_ids(self) -> list[str]:
        return [c.id for c in self.journey.cards]

    def some(self, data: st.DataObject, ids: list[str], *, min_size: int = 0) -> list[str]:
        """Some of these ids, now and then with one that does not exist."""
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=min_size, max_size=4, unique=True)) if ids else []
        if data.draw(st.integers(0, 9)) == 0:
            chosen.append("no-such-id")
        return chosen

    def edit(self, action: Any, *, valid: bool | None = None, nudge: bool = False) -> Any:
        """Runs one editor call and keeps the record of the undo stack's pictures up to date.

        `valid` says whether the model must accept (True) or refuse (False) the edit.
        """
        index, count, failures = self.stack.index(), self.stack.count(), len(self.failures)
        self.consistent = False
        result = action()
        now = picture(self.open_workshop.document)
        refused = len(self.failures) > failures
        assert len(self.failures) <= failures + 1
        if valid is not None:
            assert refused == (not valid), self.failures[failures:]
        new_index = self.stack.index()
        if self.stack.count() != new_index:  # nothing was pushed, so the steps to redo are still there
            assert (new_index, self.stack.count()) == (index, count) and not refused
            assert now == self.pictures[index], "the file changed without an undo step"
            self.consistent = True
            return result
        if refused:
            assert new_index == index, "a refused edit must not add an undo step"
            assert now == self.pictures[index], "a refused edit must leave the file as it was"
        if new_index == index + 1:
            assert now != self.pictures[index], "an undo step that changes nothing"
            del self.pictures[index + 1:]
            self.pictures.append(now)
        elif new_index == index:
            del self.pictures[index + 1:]
            if nudge and now != self.pictures[index]:  # merged into the previous nudge
                assert index > 0
                self.pictures[index] = now
            else:
                assert now == self.pictures[index], "the file changed without an undo step"
        else:  # a nudge that undid the previous nudge: the merged step is gone
            assert nudge and new_index == index - 1
            assert now == self.pictures[new_index]
            del self.pictures[new_index + 1:]
        self.consistent = True
        return result

    def go_to(self, index: int) -> None:
        """Undoes or redoes one step at a time to `index`, checking each step's picture."""
        failures = len(self.failures)
        self.consistent = False
        while self.stack.index() > index:
            self.stack.undo()
            assert picture(self.open_workshop.document) == self.pictures[self.stack.index()]
        while self.stack.index() < index:
            self.stack.redo()
            assert picture(self.open_workshop.document) == self.pictures[self.stack.index()]
        assert len(self.failures) == failures, self.failures[failures:]
        self.consistent = True

    # -- cards -----------------------------------------------------------------------------

    @rule(kind=card_kinds, card_type=card_types, x=coordinates, y=coordinates, title=texts)
    def add_card(self, kind: str, card_type: str, x: float, y: float, title: str) -> None:
        valid = _valid_type(kind, card_type) and _valid_text(title)
        card_id = self.edit(lambda: self.editor.add_card(kind, card_type, (x, y), title), valid=valid)
        assert (card_id is not None) == valid
        if card_id is not None:
            card = next(c for c in self.journey.cards if c.id == card_id)
            assert card.z == max(c.z for c in self.journey.cards)
            assert (card.kind, card.type, card.title) == (kind, card_type, title)
            in_grid = card.moment is not None and card.lane is not None
            left, top = self.journey.card_scene_pos(card)
            if in_grid:
                assert 0 <= card.x <= max(0.0, card.moment.width - card.width)
                assert 0 <= card.y <= max(0.0, card.lane.height - card.height)
            elif abs(x) < layout.MAX_EXTENT / 2 and abs(y) < layout.MAX_EXTENT / 2:
                assert (card.moment is None and math.isclose(left, x - card.width / 2, abs_tol=0.01)) or (
                    card.lane is None and math.isclose(top, y - card.height / 2, abs_tol=0.01))

    @rule(data=st.data())
    def move_cards(self, data: st.DataObject) -> None:
        ids = self.some(data, self.card_ids())
        positions = {i: (data.draw(coordinates), data.draw(coordinates)) for i in ids}
        self.edit(lambda: self.editor.move_cards(positions), valid=True)

    @rule(data=st.data(), steps=st.lists(st.sampled_from([(-10, 0), (10, 0), (0, -10), (0, 10), (0, 0)]),
                                         min_size=1, max_size=5))
    def nudge(self, data: st.DataObject, steps: list[tuple[int, int]]) -> None:
        ids = self.some(data, self.card_ids(), min_size=1)
        for dx, dy in steps:
            positions = {}
            for card in self.journey.cards:
                if card.id in ids:
                    left, top = self.journey.card_scene_pos(card)
                    positions[card.id] = (left + dx, top + dy)
            if "no-such-id" in ids:
                positions["no-such-id"] = (0.0, 0.0)
            self.edit(lambda p=positions: self.editor.move_cards(p, nudge=True), valid=True, nudge=True)

    @rule(data=st.data(), width=st.floats(0, 900), height=st.floats(0, 900))
    def resize(self, data: st.DataObject, width: float, height: float) -> None:
        ids = self.card_ids()
        if not ids:
            return
        card_id = data.draw(st.sampled_from(ids))
        valid = min(round(width, 2), round(height, 2)) >= layout.MIN_CARD_SIZE
        self.edit(lambda: self.editor.resize_card(card_id, width, height), valid=valid)

    @rule(data=st.data(), title=texts, body=texts)
    def set_text(self, data: st.DataObject, title: str, body: str) -> None:
        ids = self.card_ids()
        if not ids:
            return
        card_id = data.draw(st.sampled_from(ids))
        valid = _valid_text(title) and _valid_text(body)
        self.edit(lambda: self.editor.set_card_text(card_id, title, body), valid=valid)

    @rule(data=st.data(), kind=card_kinds, card_type=card_types)
    def set_type(self, data: st.DataObject, kind: str, card_type: str) -> None:
        ids = self.some(data, self.card_ids())
        real = [i for i in ids if i in self.card_ids()]
        self.edit(lambda: self.editor.set_card_type(ids, kind, card_type),
                  valid=_valid_type(kind, card_type) or not real)

    @rule(data=st.data())
    def remove_cards(self, data: st.DataObject) -> None:
        ids = self.some(data, self.card_ids())
        self.edit(lambda: self.editor.remove_cards(ids), valid=True)
        assert not set(ids) & set(self.card_ids())

    @rule(data=st.data(), locked=st.booleans())
    def lock_cards(self, data: st.DataObject, locked: bool) -> None:
        # Only cards that exist: a missing id raises LookupError inside QUndoStack.push (see the report).
        ids = data.draw(st.lists(st.sampled_from(self.card_ids()), max_size=4, unique=True)) if self.card_ids() else []
        self.edit(lambda: self.editor.set_locked("card", ids, locked), valid=True)
        assert all(c.locked == locked for c in self.journey.cards if c.id in ids)

    @rule(data=st.data())
    def bring_to_front(self, data: st.DataObject) -> None:
        ids = self.some(data, self.card_ids())
        self.edit(lambda: self.editor.bring_to_front(ids), valid=True)
        raised = [c for c in self.journey.cards if c.id in ids]
        assert self.journey.cards[len(self.journey.cards) - len(raised):] == raised

    # -- arrows ----------------------------------------------------------------------------

    def _arrow_exists(self, source_id: str, target_id: str) -> bool:
        return any(c.source.id == source_id and c.target.id == target_id for c in self.journey.connectors)

    @rule(data=st.data(), label=texts)
    def connect_twice(self, data: st.DataObject, label: str) -> None:
        ids = self.card_ids()
        if not ids:
            return
        source_id, target_id = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
        existed = self._arrow_exists(source_id, target_id)
        valid = source_id != target_id and not existed and _valid_text(label)
        self.edit(lambda: self.editor.connect(source_id, target_id, label), valid=valid)
        assert self._arrow_exists(source_id, target_id) == (valid or existed)
        if valid or existed:  # the same pair again: refused, and no undo step
            self.edit(lambda: self.editor.connect(source_id, target_id, ""), valid=False)

    @rule(data=st.data(), label=texts)
    def label_arrow(self, data: st.DataObject, label: str) -> None:
        ids = [c.id for c in self.journey.connectors]
        if ids:
            connector_id = data.draw(st.sampled_from(ids))
            self.edit(lambda: self.editor.set_connector_label(connector_id, label), valid=_valid_text(label))

    @rule(data=st.data())
    def remove_arrows(self, data: st.DataObject) -> None:
        ids = self.some(data, [c.id for c in self.journey.connectors])
        self.edit(lambda: self.editor.remove_connectors(ids), valid=True)
        assert not set(ids) & {c.id for c in self.journey.connectors}

    # -- moments and lanes -----------------------------------------------------------------

    def _columns(self, kind: str) -> list[Moment] | list[Lane]:
        return self.journey.moments if kind == "moment" else self.journey.lanes

    @rule(index=indexes, title=texts)
    def add_moment(self, index: int, title: str) -> None:
        count = len(self.journey.moments)
        self.edit(lambda: self.editor.add_moment(index, title), valid=_valid_text(title))
        assert len(self.journey.moments) == count + _valid_text(title)

    @rule(index=indexes, title=texts, kind=st.sampled_from([*(k.value for k in LaneKind), "swimlane"]))
    def add_lane(self, index: int, title: str, kind: str) -> None:
        valid = _valid_text(title) and kind != "swimlane"
        self.edit(lambda: self.editor.add_lane(index, title, kind), valid=valid)

    @rule(data=st.data(), kind=st.sampled_from(["moment", "lane"]), index=indexes)
    def reorder(self, data: st.DataObject, kind: str, index: int) -> None:
        columns = self._columns(kind)
        if not columns:
            return
        item_id = data.draw(st.sampled_from([c.id for c in columns]))
        self.edit(lambda: self.editor.reorder(kind, item_id, index), valid=True)
        ids = [c.id for c in self._columns(kind)]
        assert ids.index(item_id) == max(0, min(index, len(ids) - 1))

    @rule(data=st.data(), kind=st.sampled_from(["moment", "lane"]))
    def remove_column(self, data: st.DataObject, kind: str) -> None:
        columns = self._columns(kind)
        if not columns:
            return
        item_id = data.draw(st.sampled_from([c.id for c in columns]))
        self.edit(lambda: self.editor.remove_column(kind, item_id), valid=True)
        assert item_id not in [c.id for c in self._columns(kind)]

    @rule(data=st.data(), kind=st.sampled_from(["moment", "lane"]), locked=st.booleans())
    def lock_column(self, data: st.DataObject, kind: str, locked: bool) -> None:
        columns = self._columns(kind)
        if columns:
            item_id = data.draw(st.sampled_from([c.id for c in columns]))
            self.edit(lambda: self.editor.set_locked(kind, [item_id], locked), valid=True)

    @rule(data=st.data(), emotion=st.one_of(st.integers(-2, 2), st.floats(-3, 3)))
    def set_emotion(self, data: st.DataObject, emotion: float) -> None:
        moments = self.journey.moments
        if moments:
            moment_id = data.draw(st.sampled_from([m.id for m in moments]))
            self.edit(lambda: self.editor.set_field("moment", moment_id, "emotion", emotion, "Emotion"),
                      valid=-2 <= emotion <= 2)

    @rule(data=st.data(), kind=st.sampled_from(["moment", "lane", "journey"]), title=texts)
    def rename(self, data: st.DataObject, kind: str, title: str) -> None:
        items = [self.journey] if kind == "journey" else self._columns(kind)
        if items:
            item_id = data.draw(st.sampled_from([i.id for i in items]))
            self.edit(lambda: self.editor.set_field(kind, item_id, "title", title, "Rename"),
                      valid=_valid_text(title))

    # -- undo and redo ---------------------------------------------------------------------

    @rule(back=st.integers(1, 6), forward=st.integers(0, 6))
    def undo_and_redo(self, back: int, forward: int) -> None:
        low = max(0, self.stack.index() - back)
        self.go_to(low)
        self.go_to(min(self.stack.count(), low + forward))

    @invariant()
    def stack_matches_record(self) -> None:
        assert len(self.pictures) == self.stack.count() + 1

    def teardown(self) -> None:
        try:
            if not self.consistent:
                return
            self.go_to(0)  # checks every stored column on the way
            assert interchange.dumps(self.open_workshop.document.to_interchange()) == self.initial_export
            self.go_to(self.stack.count())
            assert picture(self.open_workshop.document) == self.pictures[-1]
            self.tally["undone and redone"] += 1
        finally:
            self.open_workshop.close()
            self.folder.cleanup()


def test_undo_and_redo_bring_back_the_file_exactly(qapp: object, demo_file: Path) -> None:
    tally = {"started": 0, "undone and redone": 0}
    run_state_machine_as_test(
        lambda: UndoMachine(demo_file, tally),
        settings=settings(max_examples=25, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]),
    )
    assert tally["started"] >= 1
    assert tally["undone and redone"] == tally["started"]  # no run skipped its final check
