"""The workshop domain, free of Qt: typed SQLAlchemy models and their rules."""

from codesign.model.base import Base, new_id, utc_now
from codesign.model.enums import (
    CardKind, Channel, Decision, HypothesisStatus, LaneKind, Language, NoteType,
    ParticipantGroup, RoundStatus, VotingTarget,
)
from codesign.model.errors import InvalidValue, ModelError
from codesign.model.hypothesis import Hypothesis, StatusChange, hypothesis_card, hypothesis_moment
from codesign.model.journey import Card, Connector, Journey, Lane, Moment
from codesign.model.voting import Vote, VotingRound
from codesign.model.workshop import Participant, Workshop

__all__ = [
    "Base", "Card", "CardKind", "Channel", "Connector", "Decision", "Hypothesis", "HypothesisStatus",
    "InvalidValue", "Journey", "Lane", "LaneKind", "Language", "ModelError", "Moment", "NoteType",
    "Participant", "ParticipantGroup", "RoundStatus", "StatusChange", "Vote", "VotingRound",
    "VotingTarget", "Workshop", "hypothesis_card", "hypothesis_moment", "new_id", "utc_now",
]
