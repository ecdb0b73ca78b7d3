"""The recovery sheet and changing the key (rekey): one act, done by the center head.

Making a sheet draws a new recovery passphrase and changes the database's key
to the one it gives, so the sheet in the safe always opens the database and
its backups, and an earlier sheet (of a staff member who left, one that went
missing) no longer does. The backups in backups/ and on the second location,
if plugged in, are changed to the new key too. The passphrase exists only in
this process and on the sheet: it is never written to disk.

A power cut in the middle loses nothing: the key file holds the old key and
the new one until every file has been changed, and each file changes in one
SQLite transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from sqlmodel import select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import to_local, utcnow
from dvc.domain.vocab import Role
from dvc.printing.render import render_pdf
from dvc.services.core.workspace import Workspace
from dvc.services.keys import conversion, custody, recovery
from dvc.services.staff.operators import require_role
from dvc.store import cipher
from dvc.store.database import engine_key
from dvc.store.tables import Setting

FORM = "recovery_sheet"


@dataclass(frozen=True)
class NewKey:
    passphrase: str
    made_at: datetime
    backups_changed: int
    backups_left: list[str]  # copies under an older key (an older sheet opens them)


def _second_location(ws: Workspace) -> dict[str, str]:
    with ws.session() as s:
        row = s.exec(select(Setting).where(Setting.key == conversion.KEY_SECOND_LOCATION)).first()
    return {conversion.KEY_SECOND_LOCATION: row.value} if row else {}


def _rekey_file(path: Path, old: cipher.DataKey, new: cipher.DataKey) -> bool:
    """Change one copy from ``old`` to ``new``; False if ``old`` does not open it (an older generation)."""
    try:
        con = cipher.connect(path, old)
    except (cipher.WrongKey, *cipher.Error):
        return False
    try:
        con.execute(f"PRAGMA rekey = {new.pragma_value()}")
    finally:
        con.close()
    return cipher.opens(path, new)


def _rekey_live(ws: Workspace, new: cipher.DataKey) -> None:
    holder = engine_key(ws.db.engine)
    engine = ws.db.engine
    # No other connection may keep the old key: the pool is emptied before and after.
    engine.dispose()
    raw = engine.raw_connection()
    try:
        con = raw.driver_connection
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute(f"PRAGMA rekey = {new.pragma_value()}")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    holder.key = new
    engine.dispose()


def new_recovery_key(ws: Workspace) -> NewKey:
    """Draw a new recovery passphrase and change every file of this database to its key. Center head only."""
    require_role(ws, Role.CENTER_HEAD)
    holder = engine_key(ws.db.engine)
    if holder is None or holder.key is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This database is not encrypted (a drill database): it has no "
                                                    "recovery sheet."))
    if custody.needs_start_passphrase() and not custody.current_start_passphrase():
        raise custody.StartPassphraseNeeded()
    old = holder.key
    passphrase = recovery.generate()
    new = cipher.derive(passphrase, old.salt)
    # Both keys on file until every copy is changed: whichever state a power cut leaves, one of them opens it.
    custody.add_key(ws.path, new)
    cipher.remember(new)
    _rekey_live(ws, new)
    changed, left = 0, []
    for copy in _copies(ws):
        if _rekey_file(copy, old, new):
            changed += 1
        elif not cipher.opens(copy, new):
            left.append(str(copy))
    made_at = utcnow()
    custody.keep(ws.path, new, replace_all=True, sheet_printed_at=made_at.isoformat())
    return NewKey(passphrase, made_at, changed, left)


def _copies(ws: Workspace) -> list[Path]:
    found = []
    for folder in conversion.copy_folders(ws.path, _second_location(ws)):
        if folder.is_dir():
            found += [p for p in sorted(folder.glob(f"{ws.path.stem}-*.db")) if cipher.is_encrypted(p)]
    return found


def sheet_page(ws: Workspace, made: NewKey) -> dict:
    ident = ws.identity
    return {
        "council": ident.council_name,
        "device": ident.device_number,
        "database": ws.path.name,
        "made_at": to_local(made.made_at).strftime("%Y年%m月%d日 %H:%M"),
        "operator": ws.operator,
        "passphrase": made.passphrase,
        "payload": made.passphrase,
    }


def print_sheet(ws: Workspace, made: NewKey, out: Path | str | BinaryIO) -> int:
    """The recovery sheet as a PDF (one A4 page): the passphrase in print and as a QR code."""
    return render_pdf(FORM, [sheet_page(ws, made)], out, drill=ws.identity.drill)


def key_status(ws: Workspace) -> dict:
    data = custody.describe(ws.path)
    data["made_at"] = data.pop("recovery_sheet_printed_at")
    return data


def made_at_text(value: str | None) -> str:
    if not value:
        return ""
    return to_local(datetime.fromisoformat(value).astimezone(timezone.utc)).strftime("%Y/%m/%d %H:%M")
