"""Headless exports of a workshop file. Later formats (pdf, csv, png, svg) join here."""

from __future__ import annotations

from pathlib import Path

from codesign.storage.interchange import dumps, export_dict
from codesign.storage.readonly import read_connection


def export_json(path: Path) -> str:
    with read_connection(path) as (connection, _info):
        return dumps(export_dict(connection))
