"""The shared-screen voting window: the question, the cards, who is voting and their dots left.

Readable from the back of the room: large type, strong contrast, and no control that needs
training. A participant clicks their chip (or presses their number), clicks cards to place
dots, right-clicks or presses Backspace to take one back, and presses "Done / next".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QApplication, QFrame, QGraphicsView, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from codesign.model import Card, Journey, Moment, Participant
from codesign.model import vote_rules as rules
from codesign.model.enums import RoundStatus
from codesign.storage import Changes
from codesign.voting import presenter_style as look
from codesign.voting.presenter_scene import PAPER, Dot, PresenterCard, PresenterScene
from codesign.voting.session import VotingSession
from codesign.voting.timer import clock_text

MAX_CHIP_ROWS = 3
NUMBER_WINDOW_MS = 900  # a second digit within this time makes a two-digit number
REFUSAL_MS = 4000
MAX_BULLETS = 10


class PresenterView(QGraphicsView):
    """Never scales: it scrolls, so card titles keep their size on the projector."""

    card_clicked = Signal(str)
    card_right_clicked = Signal(str)
    resized = Signal()

    def __init__(self, scene: PresenterScene) -> None:
        super().__init__(scene)
        self.setObjectName("presenter_board")
        self.setAccessibleName(self.tr("Cards to vote on"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the window
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.scene().card_at(self.mapToScene(event.position().toPoint()))
        if item is None:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.card_clicked.emit(item.card_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self.card_right_clicked.emit(item.card_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.mousePressEvent(event)  # two quick clicks are two dots, as they look

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.resized.emit()


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, session: VotingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Voting — codesign"))
        self.setAccessibleName(self.tr("Shared voting screen"))
        self.setStyleSheet(look.STYLE_SHEET)
        self.session = session
        self.focus_id: str | None = None
        self._digits = ""
        self._digit_clock = QElapsedTimer()
        self._built_for: tuple[str | None, int] = (None, -1)
        self._shown: dict[str, tuple[tuple[Dot, ...], int | None]] = {}
        self._shown_visible: bool | None = None
        self._focused: PresenterCard | None = None

        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.setAccessibleName(self.tr("Time left"))
        top = QFrame()
        top.setObjectName("top_bar")
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(28, 16, 28, 16)
        top_row.addWidget(self.question, 1)
        top_row.addWidget(self.timer_label)
        self.top_bar = top

        self.voter_badge = QLabel()
        self.voter_badge.setObjectName("voter_badge")
        self.voter_name = QLabel()
        self.voter_name.setObjectName("voter_name")
        self.voter_name.setWordWrap(True)  # "Who is voting? …" is long, longer still in German
        self.dots_label = QLabel()
        self.dots_label.setObjectName("dots_left")
        self.message = QLabel()
        self.message.setObjectName("refusal")
        self.message.setWordWrap(True)
        self.message.hide()
        self.done_button = QPushButton(self.tr("Done / next  ⏎"))
        self.done_button.setObjectName("done_button")
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.session.done_and_next)
        voter = QFrame()
        voter.setObjectName("voter_bar")
        voter_row = QHBoxLayout(voter)
        voter_row.setContentsMargins(28, 10, 28, 10)
        voter_row.setSpacing(16)
        voter_row.addWidget(self.voter_badge)
        voter_row.addWidget(self.voter_name, 3)  # wraps only when the row is full, not at Qt's guess
        voter_row.addWidget(self.dots_label)
        voter_row.addWidget(self.message, 2)
        voter_row.addWidget(self.done_button)

        self.scene = PresenterScene(self)
        self.view = PresenterView(self.scene)
        self.view.card_clicked.connect(self._clicked)
        self.view.card_right_clicked.connect(self._right_clicked)
        self.view.resized.connect(self._view_resized)

        self.chips_frame = QFrame()
        self.chips_frame.setObjectName("chips")
        self.chips = QGridLayout(self.chips_frame)
        self.chips.setContentsMargins(28, 10, 28, 6)
        self.chips.setSpacing(10)
        self._chip_buttons: dict[str, QPushButton] = {}
        self._chips_for: list[tuple[str, str, str, str]] = []
        self._keys = self.tr("Click a card to add a dot  ·  right-click or Backspace takes one back  ·  "
                                   "arrows and Space work too  ·  Enter: done / next  ·  Esc: leave")
        self.hint = QLabel(self._keys)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)  # a longer language must wrap, never widen the window past the screen
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (top, voter):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.chips_frame)
        layout.addWidget(self.hint)

        self._refusal_timer = QTimer(self)
        self._refusal_timer.setSingleShot(True)
        self._refusal_timer.timeout.connect(self._clear_refusal)
        session.round_changed.connect(lambda _id: self.rebuild())
        session.voter_changed.connect(self._new_voter)
        session.progress_changed.connect(self.refresh)
        session.refused.connect(self.show_refusal)
        session.timer.ticked.connect(self._show_time)
        session.time_up.connect(self._time_up)
        session.open_workshop.changed.connect(self._follow)
        self.rebuild()
        self._show_time(session.timer.seconds_left())

    # -- placing the window ----------------------------------------------------------------------

    @staticmethod
    def shared_screen(laptop: QScreen | None) -> QScreen | None:
        """Another screen than the facilitator's, if there is one."""
        screens = QGuiApplication.screens()
        others = [s for s in screens if s is not laptop]
        return others[0] if others and len(screens) > 1 else laptop or QGuiApplication.primaryScreen()

    def present(self, laptop: QScreen | None) -> None:
        screen = self.shared_screen(laptop)
        if screen is not None and not self.isVisible():
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())  # full screen fills the screen the window is on
        self.showFullScreen()
        self.activateWindow()
        if screen is not None:
            QTimer.singleShot(0, lambda: self._fill(screen))

    def _fill(self, screen: QScreen) -> None:
        """Without a window manager (a kiosk set-up) nobody makes the window full screen: do it here."""
        if self.isVisible() and self.isFullScreen() and self.geometry() != screen.geometry():
            self.setGeometry(screen.geometry())

    # -- following the round ----------------------------------------------------------------------

    def rebuild(self) -> None:
        voting_round = self.session.voting_round()
        # Leave room for the scroll bar, so its showing up does not push the columns sideways.
        width = self.view.width() - self.view.verticalScrollBar().sizeHint().width() - 2
        self.scene.build(voting_round, max(600, width), self.tr("Other cards"))
        self._built_for = (self.session.round_id, self.view.width())
        self._shown, self._shown_visible, self._focused = {}, None, None
        if self.focus_id not in self.scene.cards:
            self.focus_id = None
        self._show_chips()
        self.refresh()

    def _follow(self, changes: Changes) -> None:
        touched = (*changes.added, *changes.updated, *changes.removed)
        if changes.reset or any(isinstance(o, (Card, Moment, Journey)) for o in touched):
            self.rebuild()
        elif any(isinstance(o, Participant) for o in touched):
            self._show_chips()  # votes and rounds arrive through the session's progress_changed

    def _new_voter(self, _person_id: object) -> None:
        self.focus_id = None  # the next person starts from the first card, not from where the last one left
        self.refresh()

    def _show_chips(self) -> None:
        people = self.session.voters()
        wanted = [(p.id, p.name, p.colour, p.marker) for p in people]
        if wanted == self._chips_for:
            return
        self._chips_for = wanted
        for chip in self._chip_buttons.values():
            chip.setParent(None)  # at once: a chip left until deleteLater would still take clicks
            chip.deleteLater()
        self._chip_buttons.clear()
        per_row = max(6, math.ceil(len(people) / MAX_CHIP_ROWS))
        for number, person in enumerate(people, start=1):
            chip = QPushButton()
            chip.setObjectName("chip")
            chip.setProperty("compact", per_row > 6)
            chip.setProperty("label", f"{number}   {person.name}")
            chip.setIcon(look.marker_icon(person.colour, person.marker))
            chip.setIconSize(look.CHIP_ICON)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            chip.setMinimumWidth(60)  # a small projector narrows the chips; it must not push the window wider
            chip.setAccessibleName(self.tr("Vote as {name}").format(name=person.name))
            chip.clicked.connect(lambda _=False, pid=person.id: self.session.choose_voter(pid))
            self.chips.addWidget(chip, (number - 1) // per_row, (number - 1) % per_row)
            self._chip_buttons[person.id] = chip

    def refresh(self) -> None:
        """The question, the voter, and every card's dots as this voter may see them."""
        session = self.session
        voting_round, person = session.voting_round(), session.voter()
        if voting_round is None:
            self.question.setText(self.tr("No voting round yet. The facilitator starts one in the Voting panel."))
        else:
            status = "" if voting_round.status == RoundStatus.OPEN else (
                self.tr("  (not open yet)") if voting_round.status == RoundStatus.DRAFT else self.tr("  (closed)"))
            self.question.setText(voting_round.question.strip() + status if voting_round.question.strip()
                                  else self.tr("Which cards matter most?") + status)
        self._show_voter(person)
        hidden = voting_round is not None and not rules.counts_visible(voting_round)
        self.hint.setText((self.tr("Everyone's dots stay hidden until the reveal  ·  ") if hidden else "") + self._keys)
        self._show_card_dots()
        for pid, chip in self._chip_buttons.items():
            state = "current" if pid == session.voter_id else "done" if pid in session.done else ""
            if chip.property("state") != state:  # restyling every chip after every dot costs a frame
                chip.setProperty("state", state)
                chip.style().unpolish(chip)
                chip.style().polish(chip)
                label = chip.property("label")
                chip.setText(label + "  ✓" if pid in session.done else label)

    def _show_voter(self, person: object) -> None:
        if person is None:
            self.voter_badge.clear()
            self.voter_name.setText(self.tr("Who is voting? Click your name below or press your number."))
            self.dots_label.clear()
            self.done_button.setEnabled(False)
            return
        left = self.session.dots_left()
        self.voter_badge.setPixmap(look.marker_icon(person.colour, person.marker, look.BADGE).pixmap(look.BADGE))
        self.voter_name.setText(person.name)
        bullets = "● " * min(left, MAX_BULLETS)  # a picture of the dots left, up to a glanceable number
        self.dots_label.setText((bullets + " " + self.tr("%n dot(s) left", "", left)).strip())
        self.done_button.setEnabled(True)

    def _show_card_dots(self) -> None:
        voting_round = self.session.voting_round()
        if voting_round is None:
            return
        people = {p.id: p for p in self.session.open_workshop.workshop.participants}
        me = self.session.voter_id
        visible = rules.counts_visible(voting_round)
        anonymous = voting_round.anonymous
        dots: dict[str, list[Dot]] = {}
        totals: dict[str, int] = {}
        for vote in voting_round.votes:
            own = vote.participant_id is not None and vote.participant_id == me
            totals[vote.card_id] = totals.get(vote.card_id, 0) + vote.dots
            if not (visible or own):
                continue
            person = people.get(vote.participant_id) if vote.participant_id else None
            if own or (person is not None and not anonymous):
                dot = Dot(person.colour, person.marker, vote.dots, own)
            else:
                dot = Dot(PAPER, "", vote.dots)
            dots.setdefault(vote.card_id, []).append(dot)
        shown: dict[str, tuple[tuple[Dot, ...], int | None]] = {}
        for card_id in dots.keys() | (totals.keys() if visible else set()):
            mine = tuple(sorted(dots.get(card_id, ()), key=lambda d: not d.own))  # the voter's own dots first
            shown[card_id] = (mine, totals.get(card_id, 0) if visible else None)
        blank = ((), 0 if visible else None)
        # Only the cards whose dots differ from last time: a vote touches one or two of hundreds.
        for card_id in shown.keys() | self._shown.keys() if visible == self._shown_visible else self.scene.cards:
            item = self.scene.cards.get(card_id)
            if item is not None:
                item.show_dots(*shown.get(card_id, blank))
        self._shown, self._shown_visible = shown, visible
        self._show_focus()

    def _show_focus(self) -> None:
        if self._focused is not None and self._focused.card_id != self.focus_id:
            self._focused.set_focused(False)
        self._focused = self.scene.cards.get(self.focus_id or "")
        if self._focused is not None:
            self._focused.set_focused(True)

    def _show_time(self, seconds: int) -> None:
        self.timer_label.setText(clock_text(seconds))

    def _time_up(self) -> None:
        self.timer_label.setText(self.tr("Time is up"))
        self.top_bar.setProperty("state", "time_up")
        self.top_bar.style().unpolish(self.top_bar)
        self.top_bar.style().polish(self.top_bar)
        QTimer.singleShot(look.TIME_UP_MS, self._calm)
        QApplication.alert(self)

    def _calm(self) -> None:
        self.top_bar.setProperty("state", "")
        self.top_bar.style().unpolish(self.top_bar)
        self.top_bar.style().polish(self.top_bar)

    @property
    def time_is_up_shown(self) -> bool:
        return self.top_bar.property("state") == "time_up"

    def show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._refusal_timer.start(REFUSAL_MS)

    def _clear_refusal(self) -> None:
        # Hidden when empty, so the prompt beside it may use the whole row.
        self.message.clear()
        self.message.hide()

    # -- input --------------------------------------------------------------------------------------

    def _clicked(self, card_id: str) -> None:
        self._digits = ""
        self.focus_id = card_id
        if self.session.vote(card_id):
            self._clear_refusal()
        self._show_focus()

    def _right_clicked(self, card_id: str) -> None:
        self._digits = ""
        self.focus_id = card_id
        self.session.take_back(card_id)
        self._show_focus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._digit(text)
            return
        self._digits = ""  # only digits typed one right after another make one number
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_focus(key)
        elif key == Qt.Key.Key_Space or text == "+":
            if self.focus_id is None:
                self.move_focus(key)
            else:
                self._clicked(self.focus_id)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) or text == "-":
            mine = self.focus_id is not None and any(
                d.own for d in self.scene.cards[self.focus_id].dots) if self.focus_id in self.scene.cards else False
            self.session.take_back(self.focus_id if mine else None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.session.done_and_next()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def _digit(self, digit: str) -> None:
        """1 picks voter 1; 1 then 2 quickly picks voter 12, when there is one."""
        quick = self._digit_clock.isValid() and self._digit_clock.elapsed() < NUMBER_WINDOW_MS
        candidate = self._digits + digit if quick and self._digits else digit
        if not self.session.choose_number(int(candidate)):
            candidate = digit
            self.session.choose_number(int(digit))
        self._digits = candidate
        self._digit_clock.restart()

    def move_focus(self, key: int) -> None:
        self.focus_id = self.scene.neighbour(self.focus_id, key)
        item = self.scene.cards.get(self.focus_id or "")
        if item is not None:
            self.view.ensureVisible(item, 0, 40)
        self._show_focus()

    def _view_resized(self) -> None:
        if self._built_for != (self.session.round_id, self.view.width()):
            self.rebuild()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closed.emit()
        super().closeEvent(event)
