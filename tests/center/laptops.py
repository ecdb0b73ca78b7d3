"""Real laptops of one center for the tests and benchmarks: database copies with their own laptop numbers, the
hub started with `dvc hub start`, desk processes (desk_worker.py) driven over a pipe, and a checksum of
everything that travels."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from tests.rawdb import raw_connect

ROOT = Path(__file__).resolve().parents[2]
HEAD = "訓練 管理者"  # the drill's center head (dvc/services/drill/scenario.py)


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e.setdefault("DVC_DISCOVERY", "off")
    e.setdefault("DVC_HUB_LISTEN", "127.0.0.1:0")
    e["DVC_LANG"] = "en"
    return e


def dvc(*args: str, check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "dvc", *args], capture_output=True, text=True, env=env(),
                          cwd=ROOT, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"dvc {' '.join(args)} -> {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def copy_as_laptop(source: Path, target: Path, number: int) -> None:
    """``source`` copied to ``target`` as another laptop of the same council (its own id, number and keys): how
    the benchmark makes laptops that start with the same data."""
    from dvc.store.copies import copy_database

    copy_database(source, target)
    from dvc.services.keys import custody
    from dvc.store import cipher

    key = cipher.unlocked_for(target)
    if key is not None:
        custody.keep(target, key)  # the copy is opened by other processes too
    con = raw_connect(target)
    new = uuid.uuid4().hex
    with con:
        old = con.execute("SELECT value FROM setting WHERE key = 'self.device'").fetchone()[0]
        con.execute("UPDATE device SET id = ?, number = ? WHERE id = ?", (new, number, old))
        con.execute("UPDATE setting SET value = ? WHERE key = 'self.device'", (new,))
        con.execute("DELETE FROM setting WHERE key LIKE 'exchange.%' OR key LIKE 'center.%'")
        con.execute("DELETE FROM exchange_peer")
        con.execute("DELETE FROM sync_link")
    con.close()


def travelling_rows(path: Path) -> dict[str, dict[str, str]]:
    """Every row of every table that travels between the council's laptops, by table and id, as checksum() reads them.

    Rows are taken in the exchange's JSON form (made by SQLite, as a round carries them): a JSON column's null
    is stored as SQL NULL by a merge and as the text 'null' by the ORM, the same value either way.
    """
    from dvc.exchange import policy

    con = raw_connect(path, readonly=True)
    tables: dict[str, dict[str, str]] = {}
    try:
        for table in sorted(policy.TABLE_ORDER):
            rule = policy.rule(policy.SCOPE_COUNCIL, table)  # the audit of local settings stays local
            columns = policy.codec(table).json_sql(policy.fields_for(policy.SCOPE_COUNCIL, table), rule.expressions)
            rows = con.execute(f'SELECT id, {columns} FROM "{table}" WHERE {rule.where} ORDER BY id').fetchall()
            tables[table] = {row[0]: repr(row[1:]) for row in rows}
    finally:
        con.close()
    return tables


def checksum(path: Path) -> tuple[str, dict[str, int]]:
    """SHA-256 over every row of every table that travels between the council's laptops, and the row counts."""
    digest = hashlib.sha256()
    counts = {}
    for table, rows in travelling_rows(path).items():
        counts[table] = len(rows)
        digest.update(table.encode())
        for row in rows.values():
            digest.update(row.encode("utf-8"))
    return digest.hexdigest(), counts


def differences(paths: list[Path], most: int = 5) -> dict[str, dict]:
    """Where the laptops' travelling rows differ, table by table: ids missing somewhere, and rows that differ."""
    seen = [travelling_rows(p) for p in paths]
    found: dict[str, dict] = {}
    for table in seen[0]:
        ids = set().union(*(s[table] for s in seen))
        differing = sorted(i for i in ids if len({s[table].get(i) for s in seen}) > 1)
        if differing:
            found[table] = {i: {p.name: s[table].get(i) for p, s in zip(paths, seen)} for i in differing[:most]}
            found[table]["(rows that differ)"] = len(differing)
    return found


def scan_payloads(path: Path, count: int, *, offset: int = 0) -> list[str]:
    """QR payloads of ``count`` volunteers not checked in today."""
    from dvc.domain.qr import make_payload
    from dvc.domain.timeutil import local_day

    con = raw_connect(path, readonly=True)
    try:
        short = con.execute("SELECT short FROM council WHERE is_self = 1").fetchone()[0]
        rows = con.execute("SELECT id FROM volunteer WHERE id NOT IN (SELECT volunteer_id FROM attendance WHERE "
                           "day = ?) ORDER BY id LIMIT ? OFFSET ?", (local_day().isoformat(), count, offset)).fetchall()
    finally:
        con.close()
    return [make_payload(short, "V", uuid.UUID(hex=r[0])) for r in rows]


def start_hub(desk: Path) -> dict:
    done = dvc("--db", str(desk), "hub", "start", "--operator", HEAD, "--json")
    return json.loads(done.stdout)


class Desk:
    """A desk process: the real services and replicator, told what to do one line at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.process = subprocess.Popen([sys.executable, "-m", "tests.center.desk_worker", str(path)], cwd=ROOT,
                                        env=env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        bufsize=1)
        assert self.ask("ping")["ok"]

    def ask(self, *words: object) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(" ".join(str(w) for w in words) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"desk {self.path.name} ended (exit {self.process.poll()})")
        return json.loads(line)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask("quit")
            except (AssertionError, BrokenPipeError, OSError):
                pass
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
