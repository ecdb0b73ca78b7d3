"""Issuing human codes (see domain/codes.py) from this laptop's counters."""

from __future__ import annotations

from sqlmodel import Session, select

from dvc.domain.codes import make_code
from dvc.store.tables import CodeCounter


def allocate_codes(session: Session, *, kind: str, council_short: str, device_number: int, count: int = 1) -> list[str]:
    """Reserve ``count`` consecutive codes inside the caller's transaction."""
    prefix = f"{kind}-{council_short}{device_number}"
    counter = session.exec(select(CodeCounter).where(CodeCounter.prefix == prefix)).first()
    if counter is None:
        counter = CodeCounter(prefix=prefix, last=0)
        session.add(counter)
    first = counter.last + 1
    counter.last += count
    session.flush()
    return [make_code(kind, council_short, device_number, seq) for seq in range(first, first + count)]
