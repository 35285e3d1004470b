"""An open workshop file: round trips, autosave per edit, change notices, rollback, copies, closing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from codesign.model import Card, InvalidValue, Moment, Vote
from codesign.storage import (
    APPLICATION_ID, Changes, Document, FileExists, FileLocked, StorageError, WriteFailed,
)
from codesign.storage.lock import lock_path

from .helpers import folder_listing


def read_rows(path: Path, sql: str, *args: object) -> list[tuple]:
    """What another process would read from the file right now."""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def card_titled(doc: Document, title: str) -> Card:
    return next(c for j in doc.workshop.journeys for c in j.cards if c.title == title)


# -- round trip ----------------------------------------------------------------

def test_every_entity_survives_create_close_open(sample_file: Path) -> None:
    with Document.open(sample_file) as doc:
        w = doc.workshop
        assert (w.title, w.goal, w.date, w.location, w.language, w.facilitator, w.notes) == (
            "Account opening", "Make opening an account painless", "2026-11-12", "Zürich, Raum 3", "de", "Dana",
            "Bring sticky notes")
        assert w.created and w.modified
        amira, felix = w.participants
        assert (amira.name, amira.group, amira.colour, amira.marker, amira.position) == (
            "Amira Haddad", "customer", "#CC6677", "AH", 0)
        assert (felix.name, felix.group, felix.colour, felix.marker) == ("Felix Wagner", "staff", "#332288", "FW")
        (journey,) = w.journeys
        assert (journey.title, journey.persona, journey.description) == (
            "Open an account", "Student", "From first look to first payment")
        assert [lane.kind for lane in journey.lanes] == ["customer_actions", "frontstage", "backstage", "support"]
        compare, apply_ = journey.moments
        assert (compare.title, compare.description, compare.emotion, compare.width) == (
            "Compare", "Looks around", 0.5, 480.0)
        assert (apply_.title, apply_.emotion, apply_.width, apply_.position) == ("Apply", -1.5, 520.0, 1)
        phone, pain, quote = journey.cards
        assert (phone.kind, phone.channel, phone.note_type, phone.title, phone.body) == (
            "touchpoint", "digital", None, "Compares on the phone", "Evenings")
        assert (phone.moment, phone.lane, phone.author, phone.x, phone.y, phone.width, phone.height) == (
            compare, journey.lanes[0], None, 20.0, 30.0, 200.0, 120.0)
        assert (pain.kind, pain.note_type, pain.moment, pain.lane, pain.author, pain.locked) == (
            "note", "pain", apply_, journey.lanes[1], amira, True)
        assert (quote.title, quote.moment, quote.lane, quote.author) == ("“Why so slow?”", None, None, felix)
        assert [c.z for c in journey.cards] == [0, 1, 2]
        (arrow,) = journey.connectors
        assert (arrow.source, arrow.target, arrow.label) == (phone, pain, "leads to")
        assert phone.outgoing == [arrow] and pain.incoming == [arrow]
        (voting,) = w.voting_rounds
        assert (voting.question, voting.journey, voting.dots_per_participant, voting.per_card_max, voting.status,
                voting.revealed, voting.groups) == ("Where does it hurt most?", journey, 3, 2, "closed", True,
                                                     ["customer"])
        assert [(v.card, v.participant, v.group, v.dots) for v in voting.votes] == [
            (pain, amira, "customer", 2), (phone, None, "staff", 1)]
        (hypothesis,) = w.hypotheses
        assert (hypothesis.statement, hypothesis.segment, hypothesis.criticality, hypothesis.status,
                hypothesis.decision, hypothesis.start_date, hypothesis.deadline) == (
            "We believe a saved form halves drop-outs", "Students", 3, "testing", "persevere", "2026-11-20",
            "2026-12-20")
        assert hypothesis.cards == [pain] and hypothesis.moments == [apply_]
        assert [(s.status, s.note) for s in hypothesis.history] == [("idea", "from the wall"), ("testing", "started")]


def test_create_refuses_to_overwrite(sample_file: Path) -> None:
    before = sample_file.read_bytes()
    with pytest.raises(FileExists) as caught:
        Document.create(sample_file, title="Other")
    assert "sample.codesign" in caught.value.message
    assert sample_file.read_bytes() == before


def test_a_created_file_is_open_and_editable(tmp_path: Path) -> None:
    with Document.create(tmp_path / "new.codesign", title="Fresh", language="en") as doc:
        assert doc.is_open and doc.workshop.title == "Fresh"
        with doc.edit():
            doc.workshop.add_participant("Amira")
    assert read_rows(tmp_path / "new.codesign", "SELECT name, marker FROM participant") == [("Amira", "Am")]


# -- autosave --------------------------------------------------------------------

def test_an_edit_is_in_the_file_when_edit_returns(sample_doc: Document) -> None:
    card = card_titled(sample_doc, "Form asks twice")
    with sample_doc.edit():
        card.x, card.title = 321.0, "Form asks three times"
    rows = read_rows(sample_doc.path, "SELECT x, title FROM card WHERE id = ?", card.id)
    assert rows == [(321.0, "Form asks three times")]
    assert sample_doc.is_open


def test_nested_edits_commit_once_at_the_end(sample_doc: Document) -> None:
    heard: list[Changes] = []
    sample_doc.subscribe(heard.append)
    card = card_titled(sample_doc, "Form asks twice")
    with sample_doc.edit():
        card.x = 111.0
        with sample_doc.edit():
            card.y = 222.0
        assert read_rows(sample_doc.path, "SELECT x, y FROM card WHERE id = ?", card.id) == [(40.0, 50.0)]
        assert heard == []
    assert read_rows(sample_doc.path, "SELECT x, y FROM card WHERE id = ?", card.id) == [(111.0, 222.0)]
    assert len(heard) == 1
    assert {"x", "y"} <= heard[0].updated[card]


# -- change notices ----------------------------------------------------------------

def test_listeners_hear_added_updated_and_removed(sample_doc: Document) -> None:
    heard: list[Changes] = []
    sample_doc.subscribe(heard.append)
    journey = sample_doc.workshop.journeys[0]

    with sample_doc.edit():
        card = journey.add_card(title="New", x=1.0, y=2.0)
    assert heard[-1].added == [card]
    assert "cards" in heard[-1].updated[journey]

    with sample_doc.edit():
        card.x, card.y = 10.0, 20.0
    assert heard[-1].updated[card] == {"x", "y", "modified"}  # the edit stamps its time
    assert heard[-1].added == [] and heard[-1].removed == []

    with sample_doc.edit():
        journey.cards.remove(card)
    assert heard[-1].removed == [card]
    assert len(heard) == 3
    assert not any(h.reset for h in heard)

    sample_doc.unsubscribe(heard.append)
    with sample_doc.edit():
        journey.title = "Quiet"
    assert len(heard) == 3


def test_an_edit_that_changes_nothing_is_not_announced(sample_doc: Document) -> None:
    heard: list[Changes] = []
    sample_doc.subscribe(heard.append)
    with sample_doc.edit():
        pass
    assert heard == []


def test_relationship_only_changes_are_reported(sample_doc: Document) -> None:
    heard: list[Changes] = []
    sample_doc.subscribe(heard.append)
    hypothesis = sample_doc.workshop.hypotheses[0]
    phone = card_titled(sample_doc, "Compares on the phone")
    with sample_doc.edit():
        hypothesis.cards.append(phone)
    assert "cards" in heard[-1].updated[hypothesis]
    moment = sample_doc.workshop.journeys[0].moments[1]
    with sample_doc.edit():
        phone.moment = moment
    assert {"moment", "moment_id"} <= heard[-1].updated[phone]
    assert Changes(updated={phone: {"x"}}).of_type(Card) == ([], {phone: {"x"}}, [])


# -- removing things the file's ON DELETE rules also touch --------------------------

def test_removing_a_card_takes_its_arrows_votes_and_links_along(sample_doc: Document) -> None:
    heard: list[Changes] = []
    sample_doc.subscribe(heard.append)
    w = sample_doc.workshop
    journey = w.journeys[0]
    pain = card_titled(sample_doc, "Form asks twice")
    arrow = journey.connectors[0]
    vote = w.voting_rounds[0].votes[0]
    with sample_doc.edit():
        journey.cards.remove(pain)
    assert journey.connectors == []
    assert card_titled(sample_doc, "Compares on the phone").outgoing == []
    assert [v.card.title for v in w.voting_rounds[0].votes] == ["Compares on the phone"]
    assert w.hypotheses[0].cards == []
    assert pain not in journey.moments[1].cards and pain not in journey.lanes[1].cards
    assert set(heard[-1].removed) == {pain, arrow, vote}
    data = sample_doc.to_interchange()
    assert data["connectors"] == [] and data["hypotheses"][0]["cards"] == []
    assert len(data["voting_rounds"][0]["votes"]) == 1
    # the model and the file agree, so later edits of the survivors work
    with sample_doc.edit():
        w.voting_rounds[0].votes[0].dots = 3
        w.hypotheses[0].cards.append(journey.cards[0])
    assert read_rows(sample_doc.path, "SELECT dots FROM vote") == [(3,)]


def test_removing_a_moment_lane_or_participant_clears_references(sample_doc: Document) -> None:
    w = sample_doc.workshop
    journey = w.journeys[0]
    pain = card_titled(sample_doc, "Form asks twice")
    amira = w.participants[0]
    with sample_doc.edit():
        journey.moments.remove(pain.moment)
        journey.lanes.remove(pain.lane)
    assert (pain.moment, pain.moment_id, pain.lane, pain.lane_id) == (None, None, None, None)
    assert w.hypotheses[0].moments == []
    assert [m.position for m in journey.moments] == [0]
    assert journey.card_scene_pos(pain) == (pain.x, pain.y)
    with sample_doc.edit():
        w.participants.remove(amira)
    assert pain.author is None and pain.author_id is None
    assert [v.participant for v in w.voting_rounds[0].votes] == [None]
    with sample_doc.edit():
        pain.title = "still editable"
    rows = read_rows(sample_doc.path, "SELECT moment_id, lane_id, author_id, title FROM card WHERE id = ?", pain.id)
    assert rows == [(None, None, None, "still editable")]
    assert read_rows(sample_doc.path, "SELECT count(*) FROM hypothesis_moment") == [(0,)]


def test_removing_a_journey_clears_the_voting_rounds_reference(sample_doc: Document) -> None:
    w = sample_doc.workshop
    with sample_doc.edit():
        w.journeys.remove(w.journeys[0])
    voting = w.voting_rounds[0]
    assert voting.journey is None and voting.votes == [] and w.hypotheses[0].cards == []
    with sample_doc.edit():
        voting.question = "Next round"
    assert read_rows(sample_doc.path, "SELECT journey_id, question FROM voting_round") == [(None, "Next round")]
    assert read_rows(sample_doc.path, "SELECT count(*) FROM card") == [(0,)]


def test_session_delete_also_leaves_the_model_consistent(sample_doc: Document) -> None:
    journey = sample_doc.workshop.journeys[0]
    phone = card_titled(sample_doc, "Compares on the phone")
    with sample_doc.edit() as session:
        session.delete(phone)
    assert phone not in journey.cards and journey.connectors == []
    assert read_rows(sample_doc.path, "SELECT count(*) FROM connector") == [(0,)]


# -- failing edits ---------------------------------------------------------------

def snapshot(doc: Document) -> dict:
    return doc.to_interchange()


def test_a_rule_refusal_before_any_change_keeps_the_loaded_objects(sample_doc: Document) -> None:
    heard: list = []
    sample_doc.subscribe(heard.append)
    workshop, before = sample_doc.workshop, snapshot(sample_doc)
    with pytest.raises(InvalidValue), sample_doc.edit():
        raise InvalidValue("refused")
    assert sample_doc.workshop is workshop and heard == []  # no reload, no reset for the views
    assert snapshot(sample_doc) == before
    with sample_doc.edit():
        workshop.title = "Still editable"
    assert snapshot(sample_doc)["workshop"]["title"] == "Still editable"


@pytest.mark.parametrize("failure", ["exception", "invalid value", "database"])
def test_a_failing_edit_rolls_back_everything(sample_doc: Document, failure: str) -> None:
    before = snapshot(sample_doc)
    heard: list[Changes] = []
    sample_doc.subscribe(heard.append)
    journey = sample_doc.workshop.journeys[0]
    card = journey.cards[0]
    expected = {"exception": KeyError, "invalid value": InvalidValue, "database": WriteFailed}[failure]
    with pytest.raises(expected):
        with sample_doc.edit() as session:
            card.title = "changed"
            journey.add_card(title="added")
            journey.moments[0].emotion = 2.0
            if failure == "exception":
                raise KeyError("boom")
            if failure == "invalid value":
                journey.moments[1].emotion = 7
            session.add(Vote(round=sample_doc.workshop.voting_rounds[0], card_id="no-such-card", dots=1))
    assert snapshot(sample_doc) == before
    assert [h.reset for h in heard] == [True]
    # the model was reloaded from the file: old objects are gone, new ones hold the committed state
    assert sample_doc.workshop.journeys[0] is not journey
    assert [c.title for c in sample_doc.workshop.journeys[0].cards] == [
        "Compares on the phone", "Form asks twice", "“Why so slow?”"]
    assert sample_doc.workshop.journeys[0].moments[0].emotion == 0.5
    # and the document keeps working
    with sample_doc.edit():
        sample_doc.workshop.title = "After the failure"
    assert read_rows(sample_doc.path, "SELECT title FROM workshop") == [("After the failure",)]


def test_a_database_failure_names_the_file(sample_doc: Document) -> None:
    with pytest.raises(WriteFailed) as caught:
        with sample_doc.edit() as session:
            session.add(Moment(journey_id="no-such-journey", title="orphan"))
    assert "sample.codesign" in caught.value.message
    assert "FOREIGN KEY" in caught.value.message


def test_changing_a_model_object_outside_edit_is_refused_on_flush(sample_doc: Document) -> None:
    card = sample_doc.workshop.journeys[0].cards[0]
    card.title = "sneaky"
    with pytest.raises(RuntimeError, match="outside Document.edit"):
        sample_doc.session.flush()
    assert read_rows(sample_doc.path, "SELECT count(*) FROM card WHERE title = 'sneaky'") == [(0,)]


# -- copies, closing, locking -------------------------------------------------------

def test_save_copy_while_open_gives_an_equal_file(sample_doc: Document, tmp_path: Path) -> None:
    with sample_doc.edit():
        sample_doc.workshop.journeys[0].cards[0].title = "edited before the copy"
    dest = sample_doc.save_copy(tmp_path / "copy.codesign")
    assert dest == tmp_path / "copy.codesign"
    assert sample_doc.is_open
    with Document.open(dest) as copy:
        assert copy.to_interchange() == sample_doc.to_interchange()
        assert copy.workshop.journeys[0].cards[0].title == "edited before the copy"
    assert not Path(f"{dest}-wal").exists()
    assert sorted(n for n in folder_listing(tmp_path) if "copy" in n) == ["copy.codesign"]


def test_save_copy_refuses_the_open_file_and_existing_files(sample_doc: Document, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="the file that is open"):
        sample_doc.save_copy(sample_doc.path)
    other = tmp_path / "taken.codesign"
    other.write_bytes(b"keep me")
    with pytest.raises(FileExists):
        sample_doc.save_copy(other)
    assert other.read_bytes() == b"keep me"
    sample_doc.save_copy(other, overwrite=True)
    with Document.open(other) as copy:
        assert copy.workshop.title == "Account opening"


def test_close_removes_the_write_ahead_log_and_the_lock(sample_file: Path) -> None:
    doc = Document.open(sample_file)
    with doc.edit():
        doc.workshop.title = "Edited"
    assert Path(f"{sample_file}-wal").exists()
    assert lock_path(sample_file).exists()
    doc.close()
    assert not doc.is_open
    assert folder_listing(sample_file.parent) == {"sample.codesign"}
    doc.close()  # closing twice is harmless
    assert read_rows(sample_file, "SELECT title FROM workshop") == [("Edited",)]


def test_a_second_open_in_the_same_process_is_refused(sample_doc: Document) -> None:
    with pytest.raises(FileLocked) as caught:
        Document.open(sample_doc.path)
    assert "already open" in caught.value.message
    assert sample_doc.is_open
    with sample_doc.edit():
        sample_doc.workshop.title = "Still mine"


def test_the_open_file_has_the_right_pragmas(sample_doc: Document) -> None:
    con = sample_doc.raw_connection()
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_new_file_is_a_wal_database_with_our_application_id(sample_file: Path) -> None:
    header = sample_file.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert header[18:20] == b"\x02\x02"  # WAL read and write versions

