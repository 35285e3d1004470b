"""What a new workshop starts with: one journey with the blueprint lanes and a few empty moments."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from codesign.model import Journey, Moment, Workshop
from codesign.model.journey import BLUEPRINT_LANES

STARTER_MOMENTS = (
    QT_TRANSLATE_NOOP("StarterContent", "Discover"),
    QT_TRANSLATE_NOOP("StarterContent", "Decide"),
    QT_TRANSLATE_NOOP("StarterContent", "Start"),
    QT_TRANSLATE_NOOP("StarterContent", "Use"),
    QT_TRANSLATE_NOOP("StarterContent", "Get help"),
)


def add_starter_journey(workshop: Workshop) -> Journey:
    tr = QCoreApplication.translate
    journey = Journey.with_blueprint_lanes(
        tr("StarterContent", "Customer journey"),
        lane_titles={kind: tr("Lane", title) for kind, title in BLUEPRINT_LANES},
    )
    for title in STARTER_MOMENTS:
        journey.moments.append(Moment(title=tr("StarterContent", title)))
    workshop.journeys.append(journey)
    return journey
