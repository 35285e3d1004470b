"""Board geometry in canvas units, shared by the canvas and the PDF.

A card's x is relative to its moment column when it has a moment, y relative to
its lane row when it has a lane; otherwise that axis is absolute. So cards follow
their moment and lane when those are reordered or resized.
"""

from __future__ import annotations

HEADER_HEIGHT = 120.0  # moment headers above the first lane
LANE_LABEL_WIDTH = 240.0  # lane titles left of the first moment
# Compact on purpose: a six-moment journey fits a laptop screen with its card titles readable.
MOMENT_WIDTH = 340.0  # two cards side by side
LANE_HEIGHT = 200.0  # two rows of cards
EMOTION_LANE_HEIGHT = 150.0
CARD_WIDTH = 150.0
CARD_HEIGHT = 80.0
CARD_GAP = 12.0
MIN_CARD_SIZE = 40.0
MAX_EXTENT = 1_000_000.0  # keeps coordinates sane for the canvas and the PDF
