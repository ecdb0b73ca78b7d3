"""Creating a council's database (dvc init) and checking what a file is."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

from dvc.domain.councils import CouncilError, council_profile
from dvc.domain.codes import CodeError, MAX_DEVICE_NO
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import Role
from dvc.services.core.workspace import (
    KEY_COUNCIL,
    KEY_DEVICE,
    KEY_DRILL,
    Workspace,
    open_db_or_explain,
    open_workspace,
)
from dvc.services.keys import custody
from dvc.store import cipher
from dvc.store.database import lock_path
from dvc.store.tables import Council, Device, Operator, Setting

SIDE_FILES = ("-wal", "-shm")


def is_drill_file(path: Path) -> bool | None:
    """True/False for a dvc database, None if the file is not one (or unreadable).

    An encrypted file is a council's database: the drill is never encrypted.
    """
    if cipher.is_encrypted(path):
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (KEY_DRILL,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return bool(row and row[0] == "1")


def remove_database_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        target = Path(str(path) + suffix)
        if target.exists():
            target.unlink()


def _resolve_council(council: str, short: str | None, name: str | None):  # noqa: ANN202
    try:
        return council_profile(council, short=short, name=name)
    except CouncilError as exc:
        messages = {
            "bad-council-code": QT_TRANSLATE_NOOP(
                "errors", "'{text}' is not a council code: use lower-case letters, digits and '_' (e.g. koganei)."
            ),
            "fixed-short": QT_TRANSLATE_NOOP("errors", "The short code of '{text}' is fixed and cannot be changed."),
            "short-taken": QT_TRANSLATE_NOOP(
                "errors", "The short code '{text}' belongs to another council of the block; choose another with --short."
            ),
        }
        raise UserError(messages[exc.reason], text=exc.text) from None
    except CodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "'{text}' is not a short code: use two letters A-Z (e.g. KG)."), text=exc.text
        ) from None


def create_database(
    path: os.PathLike | str,
    *,
    council: str,
    short: str | None = None,
    name: str | None = None,
    device_number: int = 1,
    operator_name: str = "",
    operator_pin_hash: str | None = None,
    drill: bool = False,
    replace_drill: bool = False,
    start_passphrase: str | None = None,
) -> Workspace:
    """Create and open a new council database.

    An existing file is only replaced when it is a drill database and
    ``replace_drill`` is set: a real center's data is never overwritten.
    A council's database is encrypted; its key is kept by this laptop's user
    store, or under ``start_passphrase`` (else DVC_PASSPHRASE) where there is none.
    """
    path = Path(path).expanduser().resolve()
    profile = _resolve_council(council, short, name)
    if not 1 <= device_number <= MAX_DEVICE_NO:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The device number must be between 1 and {max}."), max=MAX_DEVICE_NO
        )
    if path.exists():
        kind = is_drill_file(path)
        if kind is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{path} exists and is not a dvc database; it was left alone."), path=str(path))
        if not kind:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{path} holds a real (not drill) database; dvc never overwrites one."),
                path=str(path),
            )
        if not replace_drill:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "The drill database {path} already exists. Add --yes to replace it."),
                path=str(path),
            )
        if lock_path(path).exists():
            # Fails with a clear message if another dvc has it open.
            open_db_or_explain(path).close()
        remove_database_files(path)

    key = None
    if not drill:
        # A council's database is encrypted from its first byte; the drill's made-up people stay plain.
        key = cipher.new_key()
        custody.keep(path, key, start_passphrase=start_passphrase, replace_all=True)
    db = open_db_or_explain(path, create=True, key=key)
    device_id = uuid.uuid4()
    db.bind_identity(device_id=device_id.hex, origin=profile.code)
    try:
        with db.transaction(operator=operator_name.strip() or "dvc init") as s:
            s.add(Council(code=profile.code, short=profile.short, name=profile.name_ja, is_self=True))
            s.add(Device(id=device_id, council_code=profile.code, number=device_number, is_self=True))
            s.add(Setting(key=KEY_COUNCIL, value=profile.code))
            s.add(Setting(key=KEY_DEVICE, value=device_id.hex))
            s.add(Setting(key=KEY_DRILL, value="1" if drill else "0"))
            if operator_name.strip():
                s.add(Operator(name=operator_name.strip(), role=Role.CENTER_HEAD, pin_hash=operator_pin_hash))
    finally:
        db.close()
    return open_workspace(path)
