"""The settings of a voting round, for a new round or to change one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLineEdit,
    QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from codesign.app.settings import DEFAULT_DOTS
from codesign.app.vocabulary import GROUPS, card_type_name, word
from codesign.model import VotingRound
from codesign.model.enums import CARD_TYPES, VotingTarget
from codesign.model.voting import MAX_DOTS


class RoundDialog(QDialog):
    def __init__(self, voting_round: VotingRound | None, selected_ids: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("round_dialog")
        self.setWindowTitle(self.tr("Voting round") if voting_round else self.tr("New voting round"))
        self._selected = list(selected_ids)
        started = voting_round is not None and bool(voting_round.votes)

        self.question = QLineEdit(voting_round.question if voting_round else self.tr("Where does it hurt most?"))
        self.question.setAccessibleName(self.tr("Question"))
        self.dots = self._spin(voting_round.dots_per_participant if voting_round else DEFAULT_DOTS.read(), 1, MAX_DOTS)
        self.dots.setAccessibleName(self.tr("Dots per person"))
        self.per_card = self._spin(voting_round.per_card_max if voting_round else 1, 1, MAX_DOTS)
        self.per_card.setAccessibleName(self.tr("Most dots one person may put on one card"))
        minutes = (voting_round.time_limit_seconds or 0) // 60 if voting_round else 5
        self.minutes = self._spin(minutes, 0, 240)
        self.minutes.setSpecialValueText(self.tr("no limit"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time limit in minutes"))

        target = voting_round.target if voting_round else VotingTarget.JOURNEY.value
        self.all_cards = QRadioButton(self.tr("All cards of this journey"))
        count = len(voting_round.target_cards) if voting_round and target == VotingTarget.SELECTION else len(
            self._selected)
        self.selection = QRadioButton(self.tr("The %n card(s) selected on the board", "", count))
        self.selection.setEnabled(count > 0)
        self.kinds = QRadioButton(self.tr("Only cards of these kinds:"))
        choice = QButtonGroup(self)
        for button in (self.all_cards, self.selection, self.kinds):
            choice.addButton(button)
        {VotingTarget.SELECTION.value: self.selection, VotingTarget.KINDS.value: self.kinds}.get(
            target, self.all_cards).setChecked(True)
        if target == VotingTarget.SELECTION and voting_round is not None and not self._selected:
            self._selected = voting_round.target_cards
        chosen = set(voting_round.target_kinds) if voting_round else {"pain"}
        kind_grid = QGridLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        for i, kind in enumerate(CARD_TYPES):
            box = QCheckBox(card_type_name(kind))
            box.setChecked(kind in chosen)
            kind_grid.addWidget(box, i // 4, i % 4)
            self.kind_boxes[kind] = box
            box.toggled.connect(lambda on: on and self.kinds.setChecked(True))

        groups = set(voting_round.groups) if voting_round else {"customer", "staff"}
        group_row = QHBoxLayout()
        self.group_boxes: dict[str, QCheckBox] = {}
        for value in GROUPS:
            box = QCheckBox(word(GROUPS, value))
            box.setChecked(value in groups)
            group_row.addWidget(box)
            self.group_boxes[value] = box
        group_row.addStretch(1)

        self.own_cards = QCheckBox(self.tr("People may vote on cards they wrote"))
        self.own_cards.setChecked(bool(voting_round and voting_round.allow_own_cards))
        self.anonymous = QCheckBox(self.tr("Anonymous: who voted for what is never shown or exported"))
        self.anonymous.setChecked(bool(voting_round and voting_round.anonymous))
        self.anonymous.setEnabled(not started)  # switching it after the first dots would expose them
        self.hidden = QCheckBox(self.tr("Hide the counts until I reveal them"))
        self.hidden.setChecked(bool(voting_round.hidden_until_reveal) if voting_round else True)

        form = QFormLayout()
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Dots per person:"), self.dots)
        form.addRow(self.tr("Most dots on one card:"), self.per_card)
        form.addRow(self.tr("Time limit:"), self.minutes)
        targets = QVBoxLayout()
        for widget in (self.all_cards, self.selection, self.kinds):
            targets.addWidget(widget)
        targets.addLayout(kind_grid)
        form.addRow(self.tr("Cards:"), targets)
        form.addRow(self.tr("Who votes:"), group_row)
        for box in (self.own_cards, self.anonymous, self.hidden):
            form.addRow("", box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for box in self.group_boxes.values():
            box.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._check()

    @staticmethod
    def _spin(value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _check(self) -> None:
        self.ok_button.setEnabled(any(b.isChecked() for b in self.group_boxes.values()))

    def settings(self) -> dict[str, Any]:
        if self.selection.isChecked():
            target = VotingTarget.SELECTION.value
        elif self.kinds.isChecked():
            target = VotingTarget.KINDS.value
        else:
            target = VotingTarget.JOURNEY.value
        return {
            "question": " ".join(self.question.text().split()),
            "dots_per_participant": self.dots.value(),
            "per_card_max": self.per_card.value(),
            "time_limit_seconds": self.minutes.value() * 60 or None,
            "target": target,
            "target_cards": self._selected if target == VotingTarget.SELECTION else [],
            "target_kinds": [k for k, b in self.kind_boxes.items() if b.isChecked()] if target == VotingTarget.KINDS
            else [],
            "groups": [g for g, b in self.group_boxes.items() if b.isChecked()],
            "allow_own_cards": self.own_cards.isChecked(),
            "anonymous": self.anonymous.isChecked(),
            "hidden_until_reveal": self.hidden.isChecked(),
        }
