"""The voting countdown, on a clock the test moves, and once on the real clock: the end of a
timed round is seen, heard and closes the round."""

from __future__ import annotations

import io
import wave

from codesign.app.open_workshop import OpenWorkshop
from codesign.voting import cue
from codesign.voting.console import VotingConsole
from codesign.voting.presenter import PresenterWindow
from codesign.voting.session import VotingSession
from codesign.voting.timer import RoundTimer, clock_text


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_start_pause_and_add_time(qapp) -> None:  # noqa: ANN001
    clock = Clock()
    timer = RoundTimer(clock=clock)
    shown: list[int] = []
    timer.ticked.connect(shown.append)
    timer.set_duration(90)
    timer.start()
    clock.now += 30_000
    timer.tick()
    assert timer.seconds_left() == 60 and shown[-1] == 60
    timer.pause()
    clock.now += 100_000  # a paused timer does not run down
    timer.tick()
    assert timer.seconds_left() == 60 and not timer.running
    timer.add(60)
    timer.add(300)
    assert timer.seconds_left() == 420
    timer.start()
    clock.now += 419_500
    timer.tick()
    assert timer.seconds_left() == 1 and clock_text(timer.seconds_left()) == "0:01"  # rounded up until the end


def test_the_end_is_announced_once(qapp, qtbot) -> None:  # noqa: ANN001
    clock = Clock()
    timer = RoundTimer(clock=clock)
    timer.set_duration(10)
    timer.start()
    clock.now += 10_000
    with qtbot.waitSignal(timer.finished):
        timer.tick()
    ends: list[bool] = []
    timer.finished.connect(lambda: ends.append(True))
    timer.tick()
    assert ends == [] and not timer.running and timer.seconds_left() == 0
    timer.start()  # nothing left to run
    assert not timer.running
    timer.add(60)  # more time after the end
    timer.start()
    assert timer.running and timer.seconds_left() == 60


def test_a_timed_round_closes_itself_with_a_cue_on_both_screens(room: OpenWorkshop, qtbot) -> None:  # noqa: ANN001
    session = VotingSession(room, sound=False)
    console = VotingConsole(session, lambda: (None, []))
    qtbot.addWidget(console)
    presenter = PresenterWindow(session)
    qtbot.addWidget(presenter)
    round_id = session.editor.new_round(room.workshop.journeys[0].id, "Quick one", time_limit_seconds=1)
    session.choose_round(round_id)
    with qtbot.waitSignal(session.time_up, timeout=5000):
        session.open_round()
        assert session.timer.running
        assert console.start_button.text() == "Pause"
    voting_round = next(r for r in room.workshop.voting_rounds if r.id == round_id)
    assert voting_round.status == "closed"  # the time limit closed it
    assert presenter.time_is_up_shown and presenter.timer_label.text() == "Time is up"
    assert console.clock.text() == "Time is up"
    assert console.open_button.text() == "Reopen voting"


def test_console_buttons_drive_the_timer(room: OpenWorkshop, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    session = VotingSession(room, sound=False)
    console = VotingConsole(session, lambda: (None, []))
    qtbot.addWidget(console)
    session.timer.set_duration(120)
    qtbot.mouseClick(console.plus_one, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.plus_five, Qt.MouseButton.LeftButton)
    assert console.clock.text() == "8:00"
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    assert session.timer.running and console.start_button.text() == "Pause"
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    assert not session.timer.running and console.start_button.text() == "Start"


def test_the_chime_is_a_short_playable_sound() -> None:
    with wave.open(io.BytesIO(cue.chime_wav())) as wav:
        seconds = wav.getnframes() / wav.getframerate()
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert 0.5 < seconds < 1.5
    assert cue.chime_file().read_bytes() == cue.chime_wav()
