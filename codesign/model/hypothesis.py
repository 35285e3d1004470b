"""Hypotheses: testable ideas (Test card), what was learned (Learning card) and their history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from codesign.model import rules
from codesign.model.base import Base, new_id, stamp_modified, utc_now
from codesign.model.enums import Decision, HypothesisStatus

if TYPE_CHECKING:
    from codesign.model.journey import Card, Moment
    from codesign.model.workshop import Workshop

hypothesis_card = Table(
    "hypothesis_card", Base.metadata,
    Column("hypothesis_id", ForeignKey("hypothesis.id", ondelete="CASCADE"), primary_key=True),
    Column("card_id", ForeignKey("card.id", ondelete="CASCADE"), primary_key=True, index=True),
)
hypothesis_moment = Table(
    "hypothesis_moment", Base.metadata,
    Column("hypothesis_id", ForeignKey("hypothesis.id", ondelete="CASCADE"), primary_key=True),
    Column("moment_id", ForeignKey("moment.id", ondelete="CASCADE"), primary_key=True, index=True),
)

TEXT_FIELDS = ("statement", "segment", "experiment", "metric", "success_criterion", "owner",
               "effort", "observation", "learning", "next_steps")


@stamp_modified
class Hypothesis(Base):
    __tablename__ = "hypothesis"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    statement: Mapped[str] = mapped_column(default="")
    segment: Mapped[str] = mapped_column(default="")
    experiment: Mapped[str] = mapped_column(default="")
    metric: Mapped[str] = mapped_column(default="")
    success_criterion: Mapped[str] = mapped_column(default="")
    owner: Mapped[str] = mapped_column(default="")
    start_date: Mapped[str | None] = mapped_column(default=None)
    deadline: Mapped[str | None] = mapped_column(default=None)
    effort: Mapped[str] = mapped_column(default="")
    criticality: Mapped[int | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default=HypothesisStatus.IDEA.value)
    observation: Mapped[str] = mapped_column(default="")
    learning: Mapped[str] = mapped_column(default="")
    decision: Mapped[str | None] = mapped_column(default=None)
    next_steps: Mapped[str] = mapped_column(default="")
    created: Mapped[str] = mapped_column(default=utc_now)
    modified: Mapped[str] = mapped_column(default=utc_now)  # see stamp_modified

    workshop: Mapped[Workshop] = relationship(back_populates="hypotheses")
    cards: Mapped[list[Card]] = relationship(secondary=hypothesis_card, order_by="Card.id")
    moments: Mapped[list[Moment]] = relationship(secondary=hypothesis_moment, order_by="Moment.id")
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="hypothesis", order_by="StatusChange.position",
        cascade="all, delete-orphan", passive_deletes=True,
    )

    @validates(*TEXT_FIELDS)
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)

    @validates("start_date", "deadline")
    def _check_date(self, key: str, value: str | None) -> str | None:
        return rules.optional_date(key, value)

    @validates("criticality")
    def _check_criticality(self, key: str, value: int | None) -> int | None:
        return rules.optional_integer(key, value, 1, 3)

    @validates("status")
    def _check_status(self, key: str, value: str) -> str:
        return rules.choice(key, value, HypothesisStatus)

    @validates("decision")
    def _check_decision(self, key: str, value: str | None) -> str | None:
        return rules.optional_choice(key, value, Decision)


class StatusChange(Base):
    """One step in a hypothesis's life, kept so reports can show its history."""

    __tablename__ = "hypothesis_status_change"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    hypothesis_id: Mapped[str] = mapped_column(ForeignKey("hypothesis.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(default=HypothesisStatus.IDEA.value)
    at: Mapped[str] = mapped_column(default=utc_now)
    note: Mapped[str] = mapped_column(default="")

    hypothesis: Mapped[Hypothesis] = relationship(back_populates="history")

    @validates("status")
    def _check_status(self, key: str, value: str) -> str:
        return rules.choice(key, value, HypothesisStatus)

    @validates("note")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)
