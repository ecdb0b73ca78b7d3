"""A desk in center mode has two writers (its screens and its sync thread): a unit of work must hold the write
lock from its first read, or what it read can change under it."""

from __future__ import annotations

import pytest
from sqlmodel import select

from dvc.store import cipher
from dvc.store.tables import Attendance
from tests.rawdb import raw_connect


def test_a_transaction_holds_the_write_lock_from_its_first_read(workspace):
    with workspace.transaction() as s:
        s.exec(select(Attendance)).all()
        other = raw_connect(workspace.path, timeout=0.2)
        try:
            with pytest.raises(cipher.Error, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_reading_sessions_take_no_lock(workspace):
    with workspace.session() as s:
        s.exec(select(Attendance)).all()
        other = raw_connect(workspace.path, timeout=0.2)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
        finally:
            other.close()
