"""An open demo workshop with a sixth staff member, so 6 customers and 6 staff can vote."""

from __future__ import annotations

import pytest

from codesign.app.open_workshop import OpenWorkshop


@pytest.fixture
def room(opened: OpenWorkshop) -> OpenWorkshop:
    with opened.document.edit():
        opened.workshop.add_participant("Nora Berg", "staff")
    return opened
