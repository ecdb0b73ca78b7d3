"""A counter that moves whenever rows of some tables may have changed, so derived data can be kept between reads.

Temporary triggers (per connection, nothing stored in the file) call back into
Python on every row written to a watched table, also by code that writes through
the raw sqlite3 connection (exchange import, the drill). The counter moves again
when such a transaction commits or rolls back: a reader on another connection
may have read the old rows while the write was not yet committed. Other
processes cannot write: the database's file lock keeps them out.

A writer that commits on the driver connection itself (a center round merged by
the sync thread, dvc/services/center/rounds.py) passes no commit through
SQLAlchemy: for it the counter moves when the connection goes back to the pool.
"""

from __future__ import annotations

import itertools
import sqlite3

from sqlalchemy import event
from sqlalchemy.engine import Engine

_ACTIONS = ("INSERT", "UPDATE", "DELETE")
_names = itertools.count()


class ChangeWatch:
    def __init__(self, engine: Engine, tables: tuple[str, ...]) -> None:
        self.tables = tables
        self.generation = 0
        self._function = f"dvc_changed_{next(_names)}"
        self._touched: set[int] = set()  # ids of connections with watched writes in their open transaction
        event.listen(engine, "checkout", self._arm)
        event.listen(engine, "commit", self._settle)
        event.listen(engine, "rollback", self._settle)
        event.listen(engine, "checkin", self._settle_returned)

    def _arm(self, dbapi_conn: sqlite3.Connection, record, _proxy) -> None:  # noqa: ANN001
        # Checked on every checkout, not on connect: connections opened while migrating may predate the tables.
        if record.info.get(self._function):
            return
        key = id(dbapi_conn)

        def changed() -> None:
            self.generation += 1
            self._touched.add(key)

        dbapi_conn.create_function(self._function, 0, changed)
        cur = dbapi_conn.cursor()
        try:
            for table in self.tables:
                for action in _ACTIONS:
                    cur.execute(f'CREATE TEMP TRIGGER IF NOT EXISTS "{self._function}_{table}_{action}" '
                                f'AFTER {action} ON main."{table}" BEGIN SELECT {self._function}(); END')
        finally:
            cur.close()
        record.info[self._function] = True

    def _settle(self, conn) -> None:  # noqa: ANN001
        self._settle_key(id(conn.connection.driver_connection))

    def _settle_returned(self, dbapi_conn: sqlite3.Connection, _record) -> None:  # noqa: ANN001
        self._settle_key(id(dbapi_conn))

    def _settle_key(self, key: int) -> None:
        if key in self._touched:
            self._touched.discard(key)
            self.generation += 1
