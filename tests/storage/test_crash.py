"""A codesign killed with SIGKILL in the middle of editing loses nothing it reported as saved."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from codesign.storage import Document
from codesign.storage.check import check_file
from codesign.storage.lock import lock_path

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

EDITOR = """
import sys
from codesign.storage import Document

doc = Document.open(sys.argv[1])
journey = doc.workshop.journeys[0]
mover = journey.cards[0]
step = 0
while True:
    step += 1
    with doc.edit():
        if step % 2:
            mover.x = float(step)  # a card move
        else:
            journey.add_card(title=f"step {step}", body="x" * 200, x=float(step % 400), y=20.0)
    print(step, flush=True)
"""
STEPS = 300


def test_sigkill_while_editing_loses_no_committed_edit(demo_file: Path, python: str) -> None:
    with Document.open(demo_file) as doc:
        mover_id = doc.workshop.journeys[0].cards[0].id
        cards_before = len(doc.workshop.journeys[0].cards)
    with subprocess.Popen([python, "-c", EDITOR, str(demo_file)], stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        reported = 0
        started = time.monotonic()
        while reported < STEPS:
            line = child.stdout.readline()
            assert line, f"the editor stopped after step {reported}"
            reported = int(line)
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert killed_at - started < 60

    # The dead process's lock file and write-ahead log are still there...
    assert lock_path(demo_file).exists()
    assert Path(f"{demo_file}-wal").exists()
    # ...and the file is sound, read as any other program would.
    con = sqlite3.connect(demo_file.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
    assert check_file(demo_file).ok

    # The stale lock died with its process, so the file opens, with every reported step in it.
    with Document.open(demo_file) as doc:
        cards = doc.workshop.journeys[0].cards
        titles = {c.title for c in cards}
        added = [s for s in range(2, reported + 1, 2)]
        missing = [s for s in added if f"step {s}" not in titles]
        assert missing == []
        assert len(cards) - cards_before in (len(added), len(added) + 1)  # at most one edit past the report
        mover = next(c for c in cards if c.id == mover_id)
        last_move = reported if reported % 2 else reported - 1
        assert mover.x in (float(last_move), float(last_move + 2))
        with doc.edit():
            mover.title = "edited after the crash"
    assert not lock_path(demo_file).exists()
    assert not Path(f"{demo_file}-wal").exists()


VOTER = """
import sys
from codesign.model import VotingRound, vote_rules
from codesign.storage import Document

doc = Document.open(sys.argv[1])
w = doc.workshop
with doc.edit():
    r = VotingRound(journey=w.journeys[0], question="Crash", dots_per_participant=99, per_card_max=99,
                    allow_own_cards=True)
    w.voting_rounds.append(r)
    vote_rules.open_round(w, r)
print(0, r.id, flush=True)
cards = w.journeys[0].cards
people = [p for p in w.participants if p.group in ("customer", "staff")]
step = 0
while True:
    step += 1
    with doc.edit():
        if step % 5:
            vote_rules.vote(r, people[step % len(people)], cards[step % len(cards)])  # a dot on screen
        else:
            vote_rules.set_tally(r, cards[step % len(cards)], "staff", step)  # a paper tally
    print(step, r.id, flush=True)
"""


def test_sigkill_in_the_middle_of_a_round_keeps_every_reported_dot(demo_file: Path, python: str) -> None:
    with subprocess.Popen([python, "-c", VOTER, str(demo_file)], stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        reported = 0
        while reported < 200:
            line = child.stdout.readline()
            assert line, f"the voter stopped after step {reported}"
            reported, round_id = int(line.split()[0]), line.split()[1]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert check_file(demo_file).ok
    with Document.open(demo_file) as doc:
        voting_round = next(r for r in doc.workshop.voting_rounds if r.id == round_id)
        assert voting_round.status == "open"  # still open: the round goes on after a restart
        named = sum(v.dots for v in voting_round.votes if v.participant_id is not None)
        dots_steps = [s for s in range(1, reported + 1) if s % 5]
        assert named in (len(dots_steps), len(dots_steps) + 1)  # at most one edit past the report
        tallies = {v.card_id: v.dots for v in voting_round.votes if v.participant_id is None}
        cards = doc.workshop.journeys[0].cards
        last_tally = max(s for s in range(5, reported + 1, 5))
        assert tallies[cards[last_tally % len(cards)].id] in (last_tally, last_tally + 5)
