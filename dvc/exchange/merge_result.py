"""What a merge found and what it needs to know: counts, conflicts and refusals, the import's context.

Kept apart from merge.py so the per-table mergers (table_merge.py, audit_merge.py) and merge.py all use them
without importing each other in a circle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from dvc.domain.hlc import HybridClock
from dvc.store.audit_chain import Entry

IMPORT_ACTION = "import"
Progress = Callable[[int, int], None]


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged, "conflicts": self.conflicts,
                "refused": self.refused}


@dataclass
class Conflict:
    table: str
    record_id: uuid.UUID
    label: str  # the record's code when it has one
    winner: str  # "incoming" or "local"
    winner_stamp: str
    loser_stamp: str
    winner_data: dict
    loser_data: dict
    reason: str = ""  # set when the incoming version was refused (ownership.py), not outvoted
    detail: str = ""  # the field it is about, when there is one

    def differences(self) -> list[tuple[str, object, object]]:
        """(field, local value, incoming value) for each field that differs."""
        local, incoming = ((self.loser_data, self.winner_data) if self.winner == "incoming"
                           else (self.winner_data, self.loser_data))
        return [(k, local.get(k), incoming.get(k)) for k in incoming
                if k not in ("updated_at",) and local.get(k) != incoming.get(k)]


@dataclass
class MergeResult:
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    max_stamp: str = ""
    seen: dict[str, str] = field(default_factory=dict)  # newest stamp per device among the rows
    # Records refused before they were here: rows of the same bundle that refer to them are refused too.
    absent: dict[str, set[str]] = field(default_factory=dict)
    audit: list[Entry] = field(default_factory=list)  # this import's changes, for this laptop's trail

    @property
    def changed(self) -> int:
        return sum(c.new + c.updated for c in self.tables.values())

    @property
    def refusals(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.reason]


@dataclass(frozen=True)
class MergeContext:
    self_council: str
    scope: str
    bundle_id: uuid.UUID
    source_council: str
    source_device_number: int
    sender_seen: dict[str, str]
    imported_at: datetime
    stamp: str  # this laptop's stamp for the record-source rows written now
    clock: HybridClock | None = None  # this laptop's: stamps for rows it re-writes and for its audit entries
    source_short: str = ""  # the sender council's two letters, from its trusted identity
    source_device_id: str = ""
    device_number: int | None = None  # this laptop's
    operator_name: str = ""  # who imports: on the audit entries
    operator_id: uuid.UUID | None = None
    trusted_keys: dict[str, str] = field(default_factory=dict)  # device id -> signing key, for audit seals
    # What each laptop that wrote a row had seen (node -> its seen), when the sender relays others' rows (the
    # center hub): a change is news to its writer, not to the relay. Without it the sender's own seen is used.
    writer_seen: dict[str, dict[str, str]] = field(default_factory=dict)
    # False for the center's replication between laptops of one council: every laptop's own entries travel
    # (sealed), so an entry per received change would only echo round the center and back.
    write_trail: bool = True

    def new_stamp(self, after: str) -> str:
        """A stamp of this laptop newer than ``after`` (for a row it writes itself from what came in)."""
        assert self.clock is not None
        self.clock.observe(after)
        return str(self.clock.now())


def node(stamp: str) -> str:
    return stamp.split("-", 2)[2]
