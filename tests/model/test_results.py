"""Voting results on a small workshop written to a real file, checked against hand-counted totals.

Round 1 (every card of the journey)          Round 2 (only Queue and Kiosk)
  customer Cara:  Queue 2, Forms 1             customer Cara: Kiosk 3
  customer Cem:   Queue 2, App 2               staff Sam:     Queue 1
  staff Sam:      Forms 2, Kiosk 1
  staff paper:    App 1
  facilitator Fay: Kiosk 1
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codesign.model import Journey, Moment, Participant, Vote, VotingRound, Workshop
from codesign.model.results import RoundResults, combined_results, round_results
from codesign.storage import Document

TITLES = {"a": "Queue", "b": "Forms", "c": "App", "d": "Kiosk", "e": "Slow"}


def build(workshop: Workshop) -> None:
    journey = Journey(id="j", title="Open an account")
    workshop.journeys.append(journey)
    arrive, wait, leave = (Moment(id=f"m-{t.lower()}", title=t) for t in ("Arrive", "Wait", "Leave"))
    journey.moments.extend([arrive, wait, leave])
    cards = {
        "a": journey.add_card(id="a", kind="note", note_type="pain", title="Queue", moment=wait),
        "b": journey.add_card(id="b", kind="note", note_type="pain", title="Forms", moment=arrive),
        "c": journey.add_card(id="c", kind="touchpoint", channel="digital", title="App", moment=arrive),
        "d": journey.add_card(id="d", kind="note", note_type="idea", title="Kiosk", moment=leave),
        "e": journey.add_card(id="e", kind="note", note_type="quote", title="Slow", moment=leave),
    }
    people = {name: Participant(id=name.lower(), name=name, group=group) for name, group in
              (("Cara", "customer"), ("Cem", "customer"), ("Sam", "staff"), ("Fay", "facilitator"))}
    workshop.participants.extend(people.values())

    def votes(*rows: tuple[str | None, str, str, int]) -> list[Vote]:
        return [Vote(card=cards[card], participant=people[who] if who else None, group=group, dots=dots,
                     position=i) for i, (who, card, group, dots) in enumerate(rows)]

    workshop.voting_rounds.append(VotingRound(
        id="r1", journey=journey, question="Where does it hurt?", status="closed", position=0,
        votes=votes(("Cara", "a", "customer", 2), ("Cara", "b", "customer", 1), ("Cem", "a", "customer", 2),
                    ("Cem", "c", "customer", 2), ("Sam", "b", "staff", 2), ("Sam", "d", "staff", 1),
                    (None, "c", "staff", 1), ("Fay", "d", "facilitator", 1))))
    workshop.voting_rounds.append(VotingRound(
        id="r2", journey=journey, question="Which to fix first?", status="closed", position=1,
        target="selection", target_cards=["a", "d"],
        votes=votes(("Cara", "d", "customer", 3), ("Sam", "a", "staff", 1))))


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[Document]:
    Document.create(tmp_path / "small.codesign", title="Results", build=build).close()
    with Document.open(tmp_path / "small.codesign") as opened:
        yield opened


def rounds(doc: Document) -> dict[str, VotingRound]:
    return {r.id: r for r in doc.workshop.voting_rounds}


def ranking(results: RoundResults) -> list[tuple[str, int, int]]:
    return [(c.title, c.total, c.rank) for c in results.cards]


def test_ties_share_a_rank_and_the_next_rank_skips(doc: Document) -> None:
    results = round_results(rounds(doc)["r1"])
    assert results.round_id == "r1" and results.question == "Where does it hurt?"
    assert ranking(results) == [("Queue", 4, 1), ("App", 3, 2), ("Forms", 3, 2), ("Kiosk", 2, 4), ("Slow", 0, 5)]


def test_group_counts_match_the_hand_counted_votes(doc: Document) -> None:
    results = round_results(rounds(doc)["r1"])
    expected = {  # customer, staff, facilitator, observer
        "a": (4, 0, 0, 0), "b": (1, 2, 0, 0), "c": (2, 1, 0, 0), "d": (0, 1, 1, 0), "e": (0, 0, 0, 0)}
    got = {c.card_id: tuple(c.by_group[g] for g in ("customer", "staff", "facilitator", "observer"))
           for c in results.cards}
    assert got == expected
    assert all(c.total == sum(c.by_group.values()) for c in results.cards)
    assert sum(c.total for c in results.cards) == 12


def test_disagreements_put_the_biggest_gap_first(doc: Document) -> None:
    results = round_results(rounds(doc)["r1"])
    # customers placed 7 dots, staff 4; Slow got none from either and is no disagreement
    assert [d[0] for d in results.disagreements] == ["a", "b", "d", "c"]
    card_id, customer_share, staff_share, gap = results.disagreements[1]
    assert (customer_share, staff_share) == pytest.approx((1 / 7, 2 / 4))
    assert gap == pytest.approx(2 / 4 - 1 / 7)
    assert results.disagreements[0][3] == pytest.approx(4 / 7)
    assert results.disagreements[-1][3] == pytest.approx(abs(2 / 7 - 1 / 4))


def test_moments_roll_up_all_dots_and_pain_dots_in_journey_order(doc: Document) -> None:
    results = round_results(rounds(doc)["r1"])
    assert results.moments == [("m-arrive", "Arrive", 6, 3), ("m-wait", "Wait", 4, 4), ("m-leave", "Leave", 2, 0)]


def test_zero_dot_cards_appear_only_when_the_round_targets_them(doc: Document) -> None:
    second = round_results(rounds(doc)["r2"])
    assert ranking(second) == [("Kiosk", 3, 1), ("Queue", 1, 2)]
    first = round_results(rounds(doc)["r1"])
    assert first.cards[-1].card_id == "e" and first.cards[-1].rank == len(first.cards)


def test_combined_results_add_up_both_rounds(doc: Document) -> None:
    combined = combined_results(list(rounds(doc).values()))
    assert combined.round_id is None
    assert ranking(combined) == [("Kiosk", 5, 1), ("Queue", 5, 1), ("App", 3, 3), ("Forms", 3, 3), ("Slow", 0, 5)]
    kiosk = combined.card("d")
    assert kiosk is not None and kiosk.by_group["customer"] == 3 and kiosk.by_group["staff"] == 1
    assert combined.moments == [("m-arrive", "Arrive", 6, 3), ("m-wait", "Wait", 5, 5), ("m-leave", "Leave", 5, 0)]


def test_no_disagreements_when_one_group_placed_no_dots(doc: Document) -> None:
    with doc.edit():
        r2 = rounds(doc)["r2"]
        r2.votes[:] = [v for v in r2.votes if v.group == "customer"]
    results = round_results(rounds(doc)["r2"])
    assert results.disagreements == []
    assert ranking(results) == [("Kiosk", 3, 1), ("Queue", 0, 2)]
