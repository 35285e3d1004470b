"""Participant colours and markers: colour-blind-safe, least used first, markers unique."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from codesign.model import Participant, Workshop, rules
from codesign.model.palette import PARTICIPANT_COLOURS, initials, next_colour

TOL_MUTED = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499")


def test_the_palette_is_tol_muted_in_order() -> None:
    assert PARTICIPANT_COLOURS == TOL_MUTED


def test_next_colour_is_the_least_used_earliest_in_the_palette() -> None:
    assert next_colour([]) == "#CC6677"
    assert next_colour(["#CC6677"]) == "#332288"
    assert next_colour(["#332288"]) == "#CC6677"
    assert next_colour(["#cc6677", "#332288", "#CC6677"]) == "#DDCC77"  # counts ignore case
    assert next_colour(list(TOL_MUTED) + ["#CC6677"]) == "#332288"
    assert next_colour(["#000000"]) == "#CC6677"  # colours outside the palette don't count


def test_add_participant_hands_out_colours_in_palette_order_then_wraps() -> None:
    workshop = Workshop(title="W")
    people = [workshop.add_participant(f"Person {i}") for i in range(11)]
    assert [p.colour for p in people] == [*TOL_MUTED, TOL_MUTED[0], TOL_MUTED[1]]
    assert [p.position for p in people] == list(range(11))


def test_add_participant_fills_the_gap_a_removed_participant_left() -> None:
    workshop = Workshop(title="W")
    people = [workshop.add_participant(name) for name in ("Amira", "Ben", "Carla")]
    workshop.participants.remove(people[1])
    assert workshop.add_participant("Dana").colour == "#332288"


def test_add_participant_keeps_a_chosen_colour_and_marker() -> None:
    workshop = Workshop(title="W")
    person = workshop.add_participant("Amira", group="staff", colour="#abcdef", marker="X")
    assert (person.colour, person.marker, person.group) == ("#ABCDEF", "X", "staff")
    assert workshop.add_participant("Ben").colour == "#CC6677"


def test_two_people_with_the_same_name_get_different_markers() -> None:
    workshop = Workshop(title="W")
    first = workshop.add_participant("Anna Schmidt")
    second = workshop.add_participant("Anna Schmidt")
    third = workshop.add_participant("Anton Schulz")
    assert first.marker == "AS"
    assert second.marker == "AS2"
    assert third.marker == "AS3"
    assert first.colour != second.colour


def test_initials() -> None:
    assert initials("Anna Schmidt") == "AS"
    assert initials("anna maria schmidt") == "AS"
    assert initials("Jean-Luc Picard") == "JP"
    assert initials("Amira") == "Am"
    assert initials("  ") == "?"
    assert initials("🙂") == "🙂"
    assert initials("Amira", taken=["Am"]) == "Am2"
    assert initials("Amira", taken=["Am", *(f"Am{n}" for n in range(2, 10))]) == "A10"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12),
                min_size=1, max_size=25))
def test_any_names_get_valid_unique_markers(names: list[str]) -> None:
    workshop = Workshop(title="W")
    markers = [workshop.add_participant(name).marker for name in names]
    assert len(set(markers)) == len(markers)
    assert all(rules.marker("marker", m) == m for m in markers)


def test_markers_never_grow_past_three_characters() -> None:
    # Some letters grow when upper-cased or title-cased: ß -> SS, ﬃ -> FFI.
    workshop = Workshop(title="W")
    for name in ("ﬃﬃ", "ﬃ ﬃ", "ßa ßb", "ŉ ŉ"):
        marker = workshop.add_participant(name).marker
        assert 1 <= len(marker) <= 3


def test_a_participant_made_directly_still_gets_a_valid_marker() -> None:
    assert Participant(name="Dana Weber").marker == "DW"
    assert Participant().marker == "?"
