"""Who may put a backup back: the center head, signed in against the database it replaces.

When that database cannot be opened at all (damaged, or gone), the staff list of the backup itself is asked,
read-only: the same council's staff, and a file that may not be changed before it is checked. The wrong-PIN
count cannot be kept in a read-only file, so that path asks only once per command.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import Role
from dvc.services.core.workspace import open_workspace
from dvc.services.staff.operators import needs_pin, pin_matches, sign_in_by_name
from dvc.services.staff.permissions import RESTORE, require
from dvc.store import cipher
from dvc.store.tables import AuditEvent


def authorise_restore(db_path: Path, candidate: Path, *, name: str, ask_pin: Callable[[], str],
                      key: cipher.DataKey | None = None) -> str:
    """The signed-in center head's name, or a UserError; ``ask_pin`` is called only when a PIN is needed.

    ``key`` opens an encrypted backup (backup.backup_key: this laptop's key, or the recovery passphrase's).
    """
    try:
        ws = open_workspace(db_path)
    except UserError:
        ws = None
    if ws is not None:
        with ws:
            sign_in_by_name(ws, name=name, pin=ask_pin() if needs_pin(ws, name) else None)
            require(ws, RESTORE)
            return ws.operator
    wanted = " ".join(unicodedata.normalize("NFKC", name).split())
    row, required = _staff_row(candidate, key, wanted)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not on the staff list."), name=wanted)
    if (row[2] or (required and required[0] == "1")) and not (
            row[2] and pin_matches(unicodedata.normalize("NFKC", ask_pin()).strip(), row[2])):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Wrong PIN for {name}."), name=wanted)
    if row[1] != Role.CENTER_HEAD:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Only the center head may do this. Sign in as the center head first."))
    return row[0]


def _staff_row(candidate: Path, key: cipher.DataKey | None, name: str) -> tuple[tuple | None, tuple | None]:
    """The backup's staff row for ``name`` and its PIN rule; None for both if the file cannot be read."""
    try:
        con = cipher.connect(candidate, key, readonly=True)
    except (cipher.WrongKey, *cipher.Error):
        return None, None
    try:
        row = con.execute("SELECT name, role, pin_hash FROM operator WHERE name = ? AND active = 1 AND deleted = 0",
                          (name,)).fetchone()
        required = con.execute("SELECT value FROM setting WHERE key = 'operators.require_pin'").fetchone()
    except cipher.Error:
        return None, None
    finally:
        con.close()
    return row, required


def record_restore(db_path: Path, *, operator: str, source: Path, kept_aside: Path | None) -> None:
    """The restored database's own trail says who put it back, from which file, and where the old one went."""
    with open_workspace(db_path) as ws:
        ws.operator = operator
        with ws.transaction() as s:
            s.add(AuditEvent(action="restore", after={"from": str(source), "kept_aside": str(kept_aside or "")}))
