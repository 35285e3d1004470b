"""Field rules: every closed vocabulary, range and format the model refuses to break."""

from __future__ import annotations

import math
from typing import Any

import pytest
from sqlalchemy.orm import Session

from codesign.model import (
    Card, Connector, Hypothesis, InvalidValue, Journey, Lane, ModelError, Moment, Participant,
    StatusChange, Vote, VotingRound, Workshop, rules,
)
from codesign.model.layout import MAX_EXTENT, MIN_CARD_SIZE

# (class, field, a good value, bad values)
ENUM_FIELDS: list[tuple[type, str, str, list[Any]]] = [
    (Workshop, "language", "de", ["fr", "EN", "", None, 1]),
    (Participant, "group", "staff", ["customers", "Staff", "", None]),
    (Card, "kind", "note", ["sticky", "Note", "", None]),
    (Lane, "kind", "backstage", ["back stage", "BACKSTAGE", "", None]),
    (Hypothesis, "status", "testing", ["done", "Testing", "", None]),
    (StatusChange, "status", "adopted", ["done", "", None]),
    (VotingRound, "status", "open", ["running", "OPEN", "", None]),
    (VotingRound, "target", "kinds", ["cards", "", None]),
    (Vote, "group", "observer", ["guest", "", None]),
]


def make(cls: type) -> Any:
    return cls()


@pytest.mark.parametrize(("cls", "field", "good", "bad"), ENUM_FIELDS,
                         ids=[f"{c.__name__}.{f}" for c, f, _g, _b in ENUM_FIELDS])
def test_enum_fields_accept_their_values_and_refuse_others(cls: type, field: str, good: str, bad: list[Any]) -> None:
    obj = make(cls)
    setattr(obj, field, good)
    assert getattr(obj, field) == good
    for value in bad:
        with pytest.raises(InvalidValue) as caught:
            setattr(obj, field, value)
        assert field in caught.value.message
        assert repr(value) in caught.value.message
        assert getattr(obj, field) == good  # a refused value never lands


def test_optional_enum_fields_take_none() -> None:
    hypothesis = Hypothesis(decision="pivot")
    hypothesis.decision = None
    assert hypothesis.decision is None
    with pytest.raises(InvalidValue, match="decision"):
        hypothesis.decision = "abandon"
    card = Card(kind="touchpoint", channel="digital")
    with pytest.raises(InvalidValue, match="channel"):
        card.channel = "email"
    with pytest.raises(InvalidValue, match="note_type"):
        card.note_type = "remark"


def test_enum_members_are_stored_as_plain_strings() -> None:
    from codesign.model import Language, LaneKind

    workshop = Workshop(language=Language.DE)
    lane = Lane(kind=LaneKind.SUPPORT)
    assert type(workshop.language) is str and workshop.language == "de"
    assert type(lane.kind) is str and lane.kind == "support"


# -- card kinds and their types ------------------------------------------------

def test_a_new_card_is_an_idea_note_by_default() -> None:
    card = Card()
    assert (card.kind, card.channel, card.note_type, card.type) == ("note", None, "idea", "idea")


@pytest.mark.parametrize("fields", [
    {"kind": "touchpoint"},
    {"kind": "touchpoint", "note_type": "pain"},
    {"kind": "touchpoint", "channel": "digital", "note_type": "pain"},
    {"kind": "note", "channel": "digital"},
    {"kind": "note", "note_type": "pain", "channel": "tool"},
])
def test_a_card_needs_the_type_that_matches_its_kind(fields: dict[str, str]) -> None:
    with pytest.raises(InvalidValue, match="touchpoint needs a channel|note needs a note type"):
        Card(**fields)


@pytest.mark.parametrize(("fields", "type_"), [
    ({"kind": "touchpoint", "channel": "person"}, "person"),
    ({"kind": "note", "note_type": "quote"}, "quote"),
])
def test_valid_card_types(fields: dict[str, str], type_: str) -> None:
    assert Card(**fields).type == type_


def test_set_type_changes_kind_and_type_together() -> None:
    card = Card(kind="note", note_type="pain")
    card.set_type("touchpoint", "tool")
    assert (card.kind, card.channel, card.note_type) == ("touchpoint", "tool", None)
    card.set_type("note", "opportunity")
    assert (card.kind, card.channel, card.note_type) == ("note", None, "opportunity")


@pytest.mark.parametrize(("kind", "type_"), [("note", "tool"), ("touchpoint", "pain"), ("sticky", "idea"),
                                             ("touchpoint", "email")])
def test_set_type_refuses_a_mismatched_pair_and_leaves_the_card(kind: str, type_: str) -> None:
    card = Card(kind="touchpoint", channel="place")
    with pytest.raises(InvalidValue):
        card.set_type(kind, type_)
    assert (card.kind, card.channel, card.note_type) == ("touchpoint", "place", None)


def test_a_mismatched_pair_set_field_by_field_is_refused_when_saved(session: Session) -> None:
    workshop = Workshop(title="W")
    journey = Journey(title="J")
    workshop.journeys.append(journey)
    card = journey.add_card(kind="note", note_type="pain")
    session.add(workshop)
    session.commit()
    card.kind = "touchpoint"  # each field is valid alone; the pair is not
    with pytest.raises(InvalidValue, match="touchpoint needs a channel"):
        session.flush()
    session.rollback()
    assert session.get(Card, card.id).kind == "note"


# -- ranges ------------------------------------------------------------------

@pytest.mark.parametrize("value", [-2, -2.0, -1.5, 0, 0.25, 2, 2.0])
def test_emotion_between_minus_two_and_plus_two(value: float) -> None:
    moment = Moment(emotion=value)
    assert moment.emotion == value
    assert isinstance(moment.emotion, float)


@pytest.mark.parametrize("value", [-2.01, 2.01, -3, 3, math.nan, math.inf, -math.inf, "1", None, True])
def test_emotion_out_of_range_or_not_a_number_is_refused(value: object) -> None:
    with pytest.raises(InvalidValue, match="emotion"):
        Moment(emotion=value)


@pytest.mark.parametrize("value", [1, 2, 3, None])
def test_criticality_one_to_three_or_none(value: int | None) -> None:
    assert Hypothesis(criticality=value).criticality == value


@pytest.mark.parametrize("value", [0, 4, -1, 1.5, 2.0, "2", True])
def test_criticality_refuses_anything_else(value: object) -> None:
    with pytest.raises(InvalidValue, match="criticality"):
        Hypothesis(criticality=value)


@pytest.mark.parametrize("field", ["dots_per_participant", "per_card_max"])
def test_dots_between_one_and_ninety_nine(field: str) -> None:
    voting_round = VotingRound()
    for good in (1, 50, 99):
        setattr(voting_round, field, good)
        assert getattr(voting_round, field) == good
    for bad in (0, 100, -3, 2.5, "3", True, None):
        with pytest.raises(InvalidValue, match=field):
            setattr(voting_round, field, bad)
    assert getattr(voting_round, field) == 99


def test_vote_dots_and_time_limit_ranges() -> None:
    assert Vote(dots=9900).dots == 9900
    for bad in (0, 9901, 1.0):
        with pytest.raises(InvalidValue, match="dots"):
            Vote(dots=bad)
    assert VotingRound(time_limit_seconds=None).time_limit_seconds is None
    assert VotingRound(time_limit_seconds=86400).time_limit_seconds == 86400
    for bad in (0, 86401):
        with pytest.raises(InvalidValue, match="time_limit_seconds"):
            VotingRound(time_limit_seconds=bad)


def test_voting_round_lists_are_checked() -> None:
    voting_round = VotingRound()
    assert voting_round.groups == ["customer", "staff"]
    voting_round.target_kinds = ["pain", "digital"]
    voting_round.groups = ["staff"]
    voting_round.target_cards = ["c-1"]
    assert (voting_round.target_kinds, voting_round.groups, voting_round.target_cards) == (
        ["pain", "digital"], ["staff"], ["c-1"])
    with pytest.raises(InvalidValue, match="target_kinds"):
        voting_round.target_kinds = ["note"]
    with pytest.raises(InvalidValue, match="groups"):
        voting_round.groups = ["guests"]
    with pytest.raises(InvalidValue, match="target_cards"):
        voting_round.target_cards = "c-1"  # type: ignore[assignment]
    assert voting_round.target_kinds == ["pain", "digital"]


@pytest.mark.parametrize(("cls", "field"), [(Card, "width"), (Card, "height"), (Moment, "width"), (Lane, "height")])
def test_sizes_have_a_minimum(cls: type, field: str) -> None:
    obj = make(cls)
    setattr(obj, field, MIN_CARD_SIZE)
    assert getattr(obj, field) == MIN_CARD_SIZE
    for bad in (MIN_CARD_SIZE - 0.5, 0, -10, MAX_EXTENT + 1, math.nan, "200"):
        with pytest.raises(InvalidValue, match=field):
            setattr(obj, field, bad)
    assert getattr(obj, field) == MIN_CARD_SIZE


@pytest.mark.parametrize("field", ["x", "y"])
def test_card_coordinates_stay_on_a_sane_canvas(field: str) -> None:
    card = Card()
    for good in (-MAX_EXTENT, -12.5, 0, MAX_EXTENT):
        setattr(card, field, good)
        assert getattr(card, field) == good
    for bad in (MAX_EXTENT + 1, -MAX_EXTENT - 1, math.inf, math.nan, None):
        with pytest.raises(InvalidValue, match=field):
            setattr(card, field, bad)


# -- colours, dates, markers, text -----------------------------------------------

@pytest.mark.parametrize(("given", "stored"), [("#aabbcc", "#AABBCC"), ("#AaBb0c", "#AABB0C"), ("#117733", "#117733")])
def test_colours_are_stored_upper_case(given: str, stored: str) -> None:
    assert Participant(colour=given).colour == stored


@pytest.mark.parametrize("value", ["aabbcc", "#abc", "#GGGGGG", "#aabbccdd", " #aabbcc", "#aabbcc ", "#ａａｂｂｃｃ",
                                   "", None, 0xAABBCC])
def test_malformed_colours_are_refused(value: object) -> None:
    with pytest.raises(InvalidValue, match="colour"):
        Participant(colour=value)


@pytest.mark.parametrize(("cls", "field"), [(Workshop, "date"), (Hypothesis, "start_date"), (Hypothesis, "deadline")])
def test_dates(cls: type, field: str) -> None:
    obj = make(cls)
    for good in ("2026-11-23", "2024-02-29", None):
        setattr(obj, field, good)
        assert getattr(obj, field) == good
    for bad in ("2026-02-29", "2026-13-01", "23.11.2026", "2026-1-5", "2026-11-23T10:00", "", "٢٠٢٦-١١-٢٣", 20261123):
        with pytest.raises(InvalidValue, match=field):
            setattr(obj, field, bad)


@pytest.mark.parametrize("value", ["2026-11-23T09:30:00Z", "2026-11-23T09:30:00.5Z", "2026-11-23T09:30:00.123456Z"])
def test_timestamps(value: str) -> None:
    assert rules.timestamp("created", value) == value


@pytest.mark.parametrize("value", ["2026-11-23T09:30:00", "2026-11-23T09:30:00+00:00", "2026-11-23 09:30:00Z",
                                   "2026-13-23T09:30:00Z", "2026-11-23T25:30:00Z", "٢٠٢٦-١١-٢٣T09:30:00Z",
                                   "2026-11-23T09:30:00.1234567Z", None])
def test_malformed_timestamps_are_refused(value: object) -> None:
    with pytest.raises(InvalidValue, match="created"):
        rules.timestamp("created", value)


@pytest.mark.parametrize("value", ["A", "AB", "ABC", "😀", "Zö"])
def test_markers_of_one_to_three_characters(value: str) -> None:
    assert Participant(marker=value).marker == value


@pytest.mark.parametrize("value", ["", "ABCD", "Anna", None, 7])
def test_markers_of_other_lengths_are_refused(value: object) -> None:
    with pytest.raises(InvalidValue, match="marker"):
        Participant(marker=value)


TEXT_FIELDS = [
    *((Workshop, f) for f in ("title", "goal", "location", "facilitator", "notes")),
    (Participant, "name"), *((Journey, f) for f in ("title", "persona", "description")),
    (Moment, "title"), (Moment, "description"), (Lane, "title"), (Card, "title"), (Card, "body"),
    (Connector, "label"), (VotingRound, "question"), (StatusChange, "note"),
    *((Hypothesis, f) for f in ("statement", "segment", "experiment", "metric", "success_criterion", "owner",
                                "effort", "observation", "learning", "next_steps")),
]


@pytest.mark.parametrize(("cls", "field"), TEXT_FIELDS, ids=[f"{c.__name__}.{f}" for c, f in TEXT_FIELDS])
def test_text_fields_take_any_unicode_but_refuse_nul(cls: type, field: str) -> None:
    obj = make(cls)
    text = "مرحبا 👋🏽 Zoe\u0308 שלום\n\ttab"
    setattr(obj, field, text)
    assert getattr(obj, field) == text
    with pytest.raises(InvalidValue) as caught:
        setattr(obj, field, "before\x00after")
    assert caught.value.message == f"{field} contains a NUL character."
    with pytest.raises(InvalidValue, match="must be text"):
        setattr(obj, field, None)
    assert getattr(obj, field) == text


def test_model_errors_carry_a_translatable_template_and_its_params() -> None:
    with pytest.raises(ModelError) as caught:
        Moment(emotion=5)
    error = caught.value
    assert error.context == "ModelError"
    assert error.template == "{field} must be between {low} and {high}, not {value}."
    assert error.params == {"field": "emotion", "low": -2.0, "high": 2.0, "value": 5}
    assert str(error) == error.message == "emotion must be between -2.0 and 2.0, not 5."
    assert isinstance(error, ValueError)
