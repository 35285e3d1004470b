"""Voting results as CSV: one row per card per round, with the dots of each group and the rank.

Read-only, like the JSON export. The rows carry card titles and counts, never a participant, so an
anonymous round gives nothing away about who voted for what.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from sqlalchemy.exc import NoResultFound, SQLAlchemyError
from sqlalchemy.orm import Session

from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.model.results import GROUPS, round_results
from codesign.storage.errors import DamagedFile
from codesign.storage.loader import load_workshop
from codesign.storage.readonly import read_connection

COLUMNS = ("round_id", "round_question", "card_id", "card_title", "card_type", "moment", "total",
           *GROUPS, "rank")  # GROUPS: customer, staff, facilitator, observer


def export_csv(path: Path) -> str:
    with read_connection(path) as (connection, info):
        with Session(connection) as session:
            try:
                workshop = load_workshop(session)
            except NoResultFound:
                raise DamagedFile(info.path, QT_TRANSLATE_NOOP("StorageError", "it holds no workshop")) from None
            except (SQLAlchemyError, sqlite3.Error, KeyError) as exc:
                raise DamagedFile(info.path, str(getattr(exc, "orig", exc))) from None
            moment_titles = {m.id: m.title for j in workshop.journeys for m in j.moments}
            out = io.StringIO(newline="")
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for voting_round in workshop.voting_rounds:
                results = round_results(voting_round)
                for card in results.cards:
                    writer.writerow([
                        voting_round.id, voting_round.question, card.card_id, card.title, card.card_type,
                        moment_titles.get(card.moment_id or "", ""), card.total,
                        *(card.by_group.get(g, 0) for g in GROUPS), card.rank,
                    ])
            return out.getvalue()
