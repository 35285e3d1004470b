"""Dot-voting rounds and their votes. The voting rules come with the voting feature."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from codesign.model import rules
from codesign.model.base import Base, new_id, utc_now
from codesign.model.enums import CARD_TYPES, ParticipantGroup, RoundStatus, VotingTarget
from codesign.model.errors import QT_TRANSLATE_NOOP, InvalidValue

if TYPE_CHECKING:
    from codesign.model.journey import Card, Journey
    from codesign.model.workshop import Participant, Workshop

MAX_DOTS = 99
DEFAULT_GROUPS = (ParticipantGroup.CUSTOMER.value, ParticipantGroup.STAFF.value)


def _json_list(field: str, values: object, allowed: tuple[str, ...] | None = None) -> str:
    if not isinstance(values, (list, tuple)) or not all(isinstance(v, str) for v in values):
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "{field} must be a list of names."), field=field)
    if allowed is not None:
        for value in values:
            if value not in allowed:
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("ModelError", "{field} must be one of {allowed}, not {value!r}."),
                    field=field, allowed=", ".join(allowed), value=value,
                )
    return json.dumps(list(values), ensure_ascii=False)


class VotingRound(Base):
    __tablename__ = "voting_round"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    journey_id: Mapped[str | None] = mapped_column(ForeignKey("journey.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    question: Mapped[str] = mapped_column(default="")
    dots_per_participant: Mapped[int] = mapped_column(default=3)
    per_card_max: Mapped[int] = mapped_column(default=1)
    target: Mapped[str] = mapped_column(default=VotingTarget.JOURNEY.value)
    # JSON lists in text columns: small, always read whole, never queried into.
    target_kinds_json: Mapped[str] = mapped_column("target_kinds", default="[]")
    target_cards_json: Mapped[str] = mapped_column("target_cards", default="[]")
    groups_json: Mapped[str] = mapped_column("groups", default='["customer", "staff"]')
    allow_own_cards: Mapped[bool] = mapped_column(default=False)
    anonymous: Mapped[bool] = mapped_column(default=False)
    hidden_until_reveal: Mapped[bool] = mapped_column(default=False)
    time_limit_seconds: Mapped[int | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default=RoundStatus.DRAFT.value)
    revealed: Mapped[bool] = mapped_column(default=False)
    opened_at: Mapped[str | None] = mapped_column(default=None)
    closed_at: Mapped[str | None] = mapped_column(default=None)
    created: Mapped[str] = mapped_column(default=utc_now)

    workshop: Mapped[Workshop] = relationship(back_populates="voting_rounds")
    journey: Mapped[Journey | None] = relationship()
    votes: Mapped[list[Vote]] = relationship(
        back_populates="round", order_by="Vote.position", cascade="all, delete-orphan", passive_deletes=True,
    )

    def __init__(self, **fields: object) -> None:
        # The JSON columns are read through properties, so a new round needs them before its flush.
        for name, default in (("target_kinds", []), ("target_cards", []), ("groups", list(DEFAULT_GROUPS))):
            if name not in fields and f"{name}_json" not in fields:
                fields[name] = default
        super().__init__(**fields)

    @property
    def target_kinds(self) -> list[str]:
        return json.loads(self.target_kinds_json)

    @target_kinds.setter
    def target_kinds(self, values: list[str]) -> None:
        self.target_kinds_json = _json_list("target_kinds", values, CARD_TYPES)

    @property
    def target_cards(self) -> list[str]:
        return json.loads(self.target_cards_json)

    @target_cards.setter
    def target_cards(self, values: list[str]) -> None:
        self.target_cards_json = _json_list("target_cards", values)

    @property
    def groups(self) -> list[str]:
        return json.loads(self.groups_json)

    @groups.setter
    def groups(self, values: list[str]) -> None:
        self.groups_json = _json_list("groups", values, tuple(g.value for g in ParticipantGroup))

    @validates("dots_per_participant")
    def _check_dots(self, key: str, value: int) -> int:
        return rules.integer(key, value, 1, MAX_DOTS)

    @validates("per_card_max")
    def _check_per_card(self, key: str, value: int) -> int:
        return rules.integer(key, value, 1, MAX_DOTS)

    @validates("target")
    def _check_target(self, key: str, value: str) -> str:
        return rules.choice(key, value, VotingTarget)

    @validates("status")
    def _check_status(self, key: str, value: str) -> str:
        return rules.choice(key, value, RoundStatus)

    @validates("time_limit_seconds")
    def _check_time_limit(self, key: str, value: int | None) -> int | None:
        return rules.optional_integer(key, value, 1, 24 * 3600)

    @validates("question")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)


class Vote(Base):
    """Dots on one card. A paper tally has no participant, only a group."""

    __tablename__ = "vote"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    round_id: Mapped[str] = mapped_column(ForeignKey("voting_round.id", ondelete="CASCADE"), index=True)
    card_id: Mapped[str] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    group: Mapped[str] = mapped_column(default=ParticipantGroup.CUSTOMER.value)
    dots: Mapped[int] = mapped_column(default=1)
    created: Mapped[str] = mapped_column(default=utc_now)

    round: Mapped[VotingRound] = relationship(back_populates="votes")
    card: Mapped[Card] = relationship()
    participant: Mapped[Participant | None] = relationship()

    @validates("group")
    def _check_group(self, key: str, value: str) -> str:
        return rules.choice(key, value, ParticipantGroup)

    @validates("dots")
    def _check_dots(self, key: str, value: int) -> int:
        return rules.integer(key, value, 1, MAX_DOTS * 100)
