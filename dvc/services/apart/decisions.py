"""The desks' decisions about conflicts made apart, kept in a row that travels to the council's other laptops.

One row per conflict key, with an id derived from the key (store/ids.py): two laptops that decide the
same conflict write the same row, and the newer decision wins the merge like any edit. Written through
the session, so the decision is stamped, audited and committed with what it changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from dvc.domain.timeutil import utcnow
from dvc.store.ids import decision_id
from dvc.store.tables import ApartDecision


@dataclass(frozen=True)
class Decision:
    key: str
    choice: str
    detail: dict
    decided_by: str


def read(s: Session, key: str) -> Decision | None:
    row = s.get(ApartDecision, decision_id(key))
    if row is None or row.deleted:
        return None
    return Decision(key=row.key, choice=row.choice, detail=dict(row.detail or {}), decided_by=row.decided_by)


def read_many(s: Session, prefix: str) -> dict[str, Decision]:
    """Every decision whose key starts with ``prefix`` (for a pass over a whole table)."""
    rows = s.exec(select(ApartDecision).where(ApartDecision.key.startswith(prefix),
                                              ApartDecision.deleted == False)).all()  # noqa: E712
    return {r.key: Decision(key=r.key, choice=r.choice, detail=dict(r.detail or {}), decided_by=r.decided_by)
            for r in rows}


def record(s: Session, *, key: str, kind: str, choice: str, detail: dict | None = None) -> None:
    """Write (or replace) the decision for ``key``, in the caller's transaction."""
    row = s.get(ApartDecision, decision_id(key))
    if row is None:
        row = ApartDecision(id=decision_id(key), key=key, kind=kind, choice=choice)
    row.kind, row.choice, row.detail, row.deleted = kind, choice, dict(detail or {}), False
    row.decided_by = s.info.get("operator", "") or ""
    row.decided_at = utcnow()
    s.add(row)
    s.flush()


def keys_of(s: Session, ids, prefix: str) -> set[str]:  # noqa: ANN001
    """The keys starting with ``prefix`` among the decision rows ``ids`` (those a merge or a desk just wrote)."""
    found: set[str] = set()
    batch = list(ids)
    for start in range(0, len(batch), 500):
        found.update(k for k in s.exec(select(ApartDecision.key).where(
            ApartDecision.id.in_(batch[start:start + 500]))).all() if k.startswith(prefix))
    return found
