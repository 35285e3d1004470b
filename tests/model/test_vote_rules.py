"""The dot-voting rules, on real workshop files: each rule and each way a vote is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codesign.model import Card, Journey, Participant, VotingRound, Workshop
from codesign.model import vote_rules as vr
from codesign.storage import Document


@pytest.fixture
def doc(demo_file: Path) -> Iterator[Document]:
    with Document.open(demo_file) as document:
        yield document


def new_round(doc: Document, **fields: object) -> VotingRound:
    workshop = doc.workshop
    with doc.edit():
        voting_round = VotingRound(journey=workshop.journeys[0], question="What hurts most?", **fields)
        workshop.voting_rounds.append(voting_round)
        for other in workshop.voting_rounds:
            vr.close_round(other)
        vr.open_round(workshop, voting_round)
    return voting_round


def person(workshop: Workshop, name: str) -> Participant:
    return next(p for p in workshop.participants if p.name == name)


def card_not_by(workshop: Workshop, who: Participant, index: int = 0) -> Card:
    return [c for c in workshop.journeys[0].cards if c.author_id != who.id][index]


def stored_votes(doc: Document, round_id: str) -> list[dict]:
    return next(r for r in doc.to_interchange()["voting_rounds"] if r["id"] == round_id)["votes"]


def test_a_vote_is_written_with_the_voters_group(doc: Document) -> None:
    voting_round = new_round(doc)
    amira = person(doc.workshop, "Amira")
    card = card_not_by(doc.workshop, amira)
    with doc.edit():
        vr.vote(voting_round, amira, card)
    [stored] = stored_votes(doc, voting_round.id)
    assert (stored["card"], stored["participant"], stored["group"], stored["dots"]) == (card.id, amira.id, "customer", 1)
    assert vr.dots_left(voting_round, amira) == voting_round.dots_per_participant - 1


def test_the_dot_limit_refuses_one_more_and_writes_nothing(doc: Document) -> None:
    voting_round = new_round(doc, dots_per_participant=2)
    jonas = person(doc.workshop, "Jonas")
    with doc.edit():
        vr.vote(voting_round, jonas, card_not_by(doc.workshop, jonas, 0))
        vr.vote(voting_round, jonas, card_not_by(doc.workshop, jonas, 1))
    before = stored_votes(doc, voting_round.id)
    with pytest.raises(vr.VoteLimitExceeded, match="Jonas has no dots left"), doc.edit():
        vr.vote(voting_round, jonas, card_not_by(doc.workshop, jonas, 2))
    assert stored_votes(doc, voting_round.id) == before


def test_the_per_card_limit(doc: Document) -> None:
    voting_round = new_round(doc, dots_per_participant=5, per_card_max=2)
    grace = person(doc.workshop, "Grace")
    card = card_not_by(doc.workshop, grace)
    with doc.edit():
        vr.vote(voting_round, grace, card)
        vr.vote(voting_round, grace, card)
    with pytest.raises(vr.PerCardLimitExceeded), doc.edit():
        vr.vote(voting_round, grace, card)
    assert [v["dots"] for v in stored_votes(doc, voting_round.id)] == [2]


def test_a_round_that_is_not_open_takes_no_votes(doc: Document) -> None:
    voting_round = new_round(doc)
    amira = person(doc.workshop, "Amira")
    with doc.edit():
        vr.close_round(voting_round)
    with pytest.raises(vr.RoundNotOpen), doc.edit():
        vr.vote(voting_round, amira, card_not_by(doc.workshop, amira))
    with pytest.raises(vr.RoundNotOpen), doc.edit():
        vr.take_back(voting_round, amira, card_not_by(doc.workshop, amira))


def test_groups_and_targets_decide_who_votes_on_what(doc: Document) -> None:
    workshop = doc.workshop
    first, second = workshop.journeys[0].cards[:2]
    voting_round = new_round(doc, groups=["customer"], target="selection", target_cards=[first.id])
    lena, amira = person(workshop, "Lena Brandt"), person(workshop, "Amira")
    with pytest.raises(vr.NotEligible, match="not in a group"), doc.edit():
        vr.vote(voting_round, lena, first)
    target = first if first.author_id != amira.id else second
    if target is second:
        pytest.skip("the demo's first card is Amira's")
    with pytest.raises(vr.NotEligible, match="not part of this round"), doc.edit():
        vr.vote(voting_round, amira, second)
    with doc.edit():
        vr.vote(voting_round, amira, first)
    assert vr.totals(voting_round) == {first.id: {"all": 1, "customer": 1}}


def test_kinds_target_only_the_chosen_card_types(doc: Document) -> None:
    voting_round = new_round(doc, target="kinds", target_kinds=["pain"])
    ids = vr.target_card_ids(voting_round)
    cards = doc.workshop.journeys[0].cards
    assert ids and ids == {c.id for c in cards if c.note_type == "pain"}


def test_own_cards_are_refused_unless_allowed(doc: Document) -> None:
    workshop = doc.workshop
    own = next(c for c in workshop.journeys[0].cards if c.author_id is not None)
    author = next(p for p in workshop.participants if p.id == own.author_id)
    voting_round = new_round(doc, groups=[author.group])
    with pytest.raises(vr.OwnCardNotAllowed), doc.edit():
        vr.vote(voting_round, author, own)
    with doc.edit():
        voting_round.allow_own_cards = True
        vr.vote(voting_round, author, own)
    assert vr.dots_on(voting_round, author, own) == 1


def test_only_one_round_is_open_and_a_closed_round_can_be_reopened_or_copied(doc: Document) -> None:
    workshop = doc.workshop
    first = new_round(doc)
    with doc.edit():
        second = VotingRound(journey=workshop.journeys[0], question="Which idea first?")
        workshop.voting_rounds.append(second)
    with pytest.raises(vr.AnotherRoundOpen, match="What hurts most"), doc.edit():
        vr.open_round(workshop, second)
    with doc.edit():
        vr.close_round(first)
        vr.open_round(workshop, second)
        vr.close_round(second)
        vr.open_round(workshop, first)  # reopened, votes kept
        copy = vr.copy_round(workshop, first)
    assert first.status == "open" and first.closed_at is None and second.status == "closed"
    assert copy.status == "draft" and copy.question == first.question and copy.votes == []


def test_limits_cannot_go_below_dots_already_spent(doc: Document) -> None:
    voting_round = new_round(doc, dots_per_participant=5, per_card_max=3)
    mei = person(doc.workshop, "Mei")
    card = card_not_by(doc.workshop, mei)
    with doc.edit():
        for _ in range(3):
            vr.vote(voting_round, mei, card)
    with pytest.raises(vr.LimitBelowSpent), doc.edit():
        vr.set_limits(voting_round, dots_per_participant=2)
    with pytest.raises(vr.LimitBelowSpent), doc.edit():
        vr.set_limits(voting_round, per_card_max=2)
    with doc.edit():
        vr.set_limits(voting_round, dots_per_participant=3, per_card_max=3)
    assert (voting_round.dots_per_participant, voting_round.per_card_max) == (3, 3)


def test_taking_back_a_dot(doc: Document) -> None:
    voting_round = new_round(doc, dots_per_participant=3, per_card_max=2)
    tomasz = person(doc.workshop, "Tomasz")
    card = card_not_by(doc.workshop, tomasz)
    with doc.edit():
        vr.vote(voting_round, tomasz, card)
        vr.vote(voting_round, tomasz, card)
        vr.take_back(voting_round, tomasz, card)
    assert [v["dots"] for v in stored_votes(doc, voting_round.id)] == [1]
    with doc.edit():
        vr.take_back(voting_round, tomasz, card)
    assert stored_votes(doc, voting_round.id) == []
    with pytest.raises(vr.NoDotToTakeBack), doc.edit():
        vr.take_back(voting_round, tomasz, card)


def test_a_paper_tally_counts_as_unnamed_votes_of_a_group(doc: Document) -> None:
    voting_round = new_round(doc)
    card = doc.workshop.journeys[0].cards[3]
    with doc.edit():
        vr.set_tally(voting_round, card, "staff", 7)
        vr.set_tally(voting_round, card, "customer", 4)
        vr.set_tally(voting_round, card, "staff", 5)
    votes = stored_votes(doc, voting_round.id)
    assert sorted((v["group"], v["dots"], v["participant"]) for v in votes) == [("customer", 4, None), ("staff", 5, None)]
    assert vr.totals(voting_round)[card.id] == {"all": 9, "staff": 5, "customer": 4}
    with doc.edit():
        vr.set_tally(voting_round, card, "staff", 0)
    assert [v["group"] for v in stored_votes(doc, voting_round.id)] == ["customer"]
    with pytest.raises(vr.NotEligible), doc.edit():
        vr.set_tally(voting_round, card, "managers", 1)


def test_configuring_a_round_keeps_limits_above_dots_spent(doc: Document) -> None:
    voting_round = new_round(doc, dots_per_participant=4)
    mei = person(doc.workshop, "Mei")
    with doc.edit():
        vr.vote(voting_round, mei, card_not_by(doc.workshop, mei, 0))
        vr.vote(voting_round, mei, card_not_by(doc.workshop, mei, 1))
    with pytest.raises(vr.LimitBelowSpent), doc.edit():
        vr.configure_round(voting_round, question="Changed", dots_per_participant=1)
    assert (voting_round.question, voting_round.dots_per_participant) == ("What hurts most?", 4)  # nothing half-done
    with doc.edit():
        vr.configure_round(voting_round, question="Where does it hurt?", dots_per_participant=2, anonymous=True,
                           groups=["staff"], time_limit_seconds=120)
    stored = next(r for r in doc.to_interchange()["voting_rounds"] if r["id"] == voting_round.id)
    assert (stored["question"], stored["dots_per_participant"], stored["anonymous"], stored["groups"],
            stored["time_limit_seconds"]) == ("Where does it hurt?", 2, True, ["staff"], 120)
    with pytest.raises(vr.ModelError, match="no setting"), doc.edit():
        vr.configure_round(voting_round, status="closed")


def test_hidden_counts_show_only_after_the_reveal(doc: Document) -> None:
    voting_round = new_round(doc, hidden_until_reveal=True)
    assert not vr.counts_visible(voting_round)
    with doc.edit():
        vr.reveal(voting_round)
    assert vr.counts_visible(voting_round)
    with doc.edit():
        vr.reveal(voting_round, False)
    assert not vr.counts_visible(voting_round)
    with doc.edit():
        vr.close_round(voting_round)
    assert vr.counts_visible(voting_round)  # hidden only while people vote
    with doc.edit():
        vr.open_round(doc.workshop, voting_round)
        vr.configure_round(voting_round, hidden_until_reveal=False)
    assert vr.counts_visible(voting_round)


@pytest.mark.parametrize("target", [{}, {"target": "selection", "target_cards": ["c-03", "c-16", "c-40"]},
                                    {"target": "kinds", "target_kinds": ["pain", "idea"]}])
def test_the_quick_target_check_agrees_with_the_round_s_card_list(doc: Document, target: dict) -> None:
    voting_round = new_round(doc, **target)
    with doc.edit():  # a second journey: its cards are never part of a round on the first
        other = doc.workshop.journeys[0]
        second = Journey(title="Another")
        doc.workshop.journeys.append(second)
        second.cards.append(Card(kind="note", note_type="pain", title="Elsewhere", x=0, y=0))
    cards = [c for j in doc.workshop.journeys for c in j.cards]
    chosen = vr.target_card_ids(voting_round)
    assert chosen and len(chosen) < len(cards)
    assert {c.id for c in cards if vr.is_target(voting_round, c)} == chosen
    assert all(c.journey is other for c in cards if c.id in chosen)


ACTIONS = st.lists(st.tuples(st.sampled_from(["vote", "take_back", "limit", "close", "open"]),
                             st.integers(0, 11), st.integers(0, 9), st.integers(1, 6)), max_size=60)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_random_sequences_never_break_a_limit_and_totals_add_up(demo_file: Path, tmp_path_factory, actions) -> None:  # noqa: ANN001
    path = tmp_path_factory.mktemp("votes") / "w.codesign"
    path.write_bytes(demo_file.read_bytes())
    with Document.open(path) as doc:
        voting_round = new_round(doc, dots_per_participant=4, per_card_max=2)
        people = doc.workshop.participants
        cards = doc.workshop.journeys[0].cards
        for action, who, which, amount in actions:
            participant, card = people[who], cards[which]
            try:
                with doc.edit():
                    if action == "vote":
                        vr.vote(voting_round, participant, card)
                    elif action == "take_back":
                        vr.take_back(voting_round, participant, card)
                    elif action == "limit":
                        vr.set_limits(voting_round, dots_per_participant=amount, per_card_max=min(amount, 3))
                    elif action == "close":
                        vr.close_round(voting_round)
                    else:
                        vr.open_round(doc.workshop, voting_round)
            except vr.VoteError:
                pass
            stored = stored_votes(doc, voting_round.id)
            for p in people:
                mine = [v for v in stored if v["participant"] == p.id]
                assert sum(v["dots"] for v in mine) <= voting_round.dots_per_participant
                assert all(v["dots"] <= voting_round.per_card_max for v in mine)
            assert sum(row["all"] for row in vr.totals(voting_round).values()) == sum(v["dots"] for v in stored)
