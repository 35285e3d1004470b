"""Fixtures for storage tests: a small file with one of every entity type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codesign.storage import Document

from .helpers import build_sample


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.codesign"
    Document.create(path, title="Account opening", language="de", build=build_sample).close()
    return path


@pytest.fixture
def sample_doc(sample_file: Path) -> Iterator[Document]:
    doc = Document.open(sample_file)
    yield doc
    doc.close()
