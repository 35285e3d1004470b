"""Helpers for storage tests: a workshop with one of everything, hashes and sidecar files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from codesign.model import Hypothesis, Journey, Moment, StatusChange, Vote, VotingRound, Workshop


def build_sample(workshop: Workshop) -> None:
    """One of every entity type, with every kind of reference filled in."""
    workshop.goal = "Make opening an account painless"
    workshop.date = "2026-11-12"
    workshop.location = "Zürich, Raum 3"
    workshop.facilitator = "Dana"
    workshop.notes = "Bring sticky notes"
    amira = workshop.add_participant("Amira Haddad", group="customer")
    felix = workshop.add_participant("Felix Wagner", group="staff")
    journey = Journey.with_blueprint_lanes("Open an account", persona="Student",
                                           description="From first look to first payment")
    workshop.journeys.append(journey)
    compare = Moment(title="Compare", description="Looks around", emotion=0.5, width=480.0)
    apply_ = Moment(title="Apply", description="Fills in the form", emotion=-1.5, width=520.0)
    journey.moments.extend([compare, apply_])
    phone = journey.add_card(kind="touchpoint", channel="digital", title="Compares on the phone", body="Evenings",
                             moment=compare, lane=journey.lanes[0], x=20.0, y=30.0, width=200.0, height=120.0)
    pain = journey.add_card(kind="note", note_type="pain", title="Form asks twice", body="ID number again",
                            moment=apply_, lane=journey.lanes[1], author=amira, x=40.0, y=50.0, locked=True)
    journey.add_card(kind="note", note_type="quote", title="“Why so slow?”", x=900.0, y=900.0, author=felix)
    phone.connect_to(pain, "leads to")
    voting = VotingRound(question="Where does it hurt most?", journey=journey, dots_per_participant=3,
                         per_card_max=2, status="closed", revealed=True)
    voting.groups = ["customer"]
    workshop.voting_rounds.append(voting)
    voting.votes.append(Vote(card=pain, participant=amira, group="customer", dots=2))
    voting.votes.append(Vote(card=phone, participant=None, group="staff", dots=1))  # a paper tally
    hypothesis = Hypothesis(statement="We believe a saved form halves drop-outs", segment="Students",
                            experiment="A/B test", metric="completion", success_criterion="+20 %", owner="Felix",
                            start_date="2026-11-20", deadline="2026-12-20", effort="2 days", criticality=3,
                            status="testing", decision="persevere")
    hypothesis.cards.append(pain)
    hypothesis.moments.append(apply_)
    hypothesis.history.extend([StatusChange(status="idea", note="from the wall", position=0),
                               StatusChange(status="testing", note="started", position=1)])
    workshop.hypotheses.append(hypothesis)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}
