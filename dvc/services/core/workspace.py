"""An open dvc database with its identity: the handle every use case takes."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.keys import conversion, custody
from dvc.store import cipher, migrate, swap
from dvc.store.codes import allocate_codes
from dvc.store.copies import CopyFailed
from dvc.store.database import (
    Database,
    DatabaseDamaged,
    DatabaseLocked,
    NotADatabase,
    NotUpToDate,
    engine_key,
    is_damage,
    open_database,
    open_for_reading,
)
from dvc.store.tables import SYNCED_TABLES, Council, Device, Setting

KEY_COUNCIL = "self.council"
KEY_DEVICE = "self.device"
KEY_DRILL = "drill"
KEY_DRILL_SEED = "drill.seed"
KEY_DRILL_DAY = "drill.day"


@dataclass(frozen=True)
class Identity:
    council_code: str
    council_short: str
    council_name: str
    device_id: str
    device_number: int
    drill: bool


class Workspace:
    def __init__(self, db: Database, identity: Identity) -> None:
        self.db = db
        self.identity = identity
        self.operator = ""  # the signed-in staff member's name, written on every change
        self.operator_role = ""
        self.operator_id: uuid.UUID | None = None  # set by signing in (services/staff/operators.py)

    @property
    def path(self) -> Path:
        return self.db.path

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.db.transaction(operator=self.operator, operator_id=self.operator_id,
                                 device_number=self.identity.device_number) as s:
            yield s

    def session(self) -> Session:
        """A session for reading; nothing is committed unless the caller does."""
        return self.db.session(operator=self.operator, operator_id=self.operator_id,
                               device_number=self.identity.device_number)

    def new_codes(self, session: Session, kind: str, count: int = 1) -> list[str]:
        return allocate_codes(
            session,
            kind=kind,
            council_short=self.identity.council_short,
            device_number=self.identity.device_number,
            count=count,
        )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def locked_error(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is already open in another dvc window or command. "
            "Close it there first; only one program may write to a database at a time.",
        ),
        path=str(path),
    )


class DamagedDatabase(UserError):
    """The database file cannot be read; the GUI offers to put back the latest good backup."""

    def __init__(self, source: str, /, *, path: str) -> None:
        super().__init__(source, path=path)
        self.path = Path(path)


def damaged_error(path: Path, *, header: bool = False) -> DamagedDatabase:
    if header:
        return DamagedDatabase(QT_TRANSLATE_NOOP(
            "errors", "{path} cannot be read as a dvc database: it is damaged, or it is another kind of file. "
                      "Put back the latest good backup (dvc restore with a file from backups/), or choose the "
                      "right file."), path=str(path))
    return DamagedDatabase(QT_TRANSLATE_NOOP(
        "errors", "The database {path} is damaged and cannot be opened. Put back the latest good backup "
                  "(dvc restore with a file from backups/); the damaged file is then kept in backups/, not deleted."),
        path=str(path))


def open_db_or_explain(path: Path, *, create: bool = False, key: cipher.DataKey | None = None,
                       read_only: bool = False) -> Database:
    """Open the file, turning every expected failure into a message for a person.

    A council's plain database is encrypted first (conversion.py); an encrypted one is unlocked by what this
    laptop keeps (custody.py) or raises custody.KeyNeeded, a UserError the GUI answers with a passphrase prompt.
    ``read_only``: beside a running dvc, without its lock, for commands that only look; never writes (a plain
    council file is then read as it is, and encrypted by the next program that opens it to write).
    """
    path = Path(path)
    try:
        if read_only:
            return open_for_reading(path, key=key, unlock=custody.unlock)
        if not create and conversion.needed(path):
            conversion.convert(path)
        db = open_database(path, create=create, key=key, unlock=custody.unlock)
    except DatabaseLocked:
        raise locked_error(path) from None
    except NotADatabase:
        raise damaged_error(path, header=True) from None
    except DatabaseDamaged:
        raise damaged_error(path) from None
    except NotUpToDate:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path} was made by an earlier version of dvc and must be updated first: open it once in "
                      "the dvc app (or with a command that changes something), then try again."),
            path=str(path)) from None
    except swap.SwapPending:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Putting a backup in place of {path} was interrupted. Open the dvc app once (it finishes "
                      "the restore), then try again."), path=str(path)) from None
    except migrate.MigrationError:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path} could not be updated to this version of dvc; it was left as it was. Put back the "
                      "copy made before the update (dvc restore with the newest 'before-migration' file in "
                      "backups/), or ask whoever looks after dvc."), path=str(path)) from None
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no database at {path}. Create one with 'dvc init' or open the drill with 'dvc --drill'."
            ),
            path=str(path),
        ) from None
    except migrate.NewerSchemaError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} was written by a newer version of dvc. Update dvc on this laptop to open it."
            ),
            path=str(path),
        ) from None
    except (conversion.ConversionFailed, CopyFailed) as exc:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path} could not be encrypted ({error}). Nothing was changed; the database is as it was. "
                      "Free some disk space and start dvc again."), path=str(path), error=str(exc)) from None
    if engine_key(db.engine) is not None:
        conversion.seal_leftovers(db.path)
    return db


def read_identity(session: Session) -> Identity | None:
    settings = {s.key: s.value for s in session.exec(select(Setting)).all()}
    council_code = settings.get(KEY_COUNCIL)
    device_id = settings.get(KEY_DEVICE)
    if not council_code or not device_id:
        return None
    council = session.exec(select(Council).where(Council.code == council_code)).one()
    device = session.exec(select(Device).where(Device.id == uuid.UUID(device_id))).one()
    return Identity(
        council_code=council.code,
        council_short=council.short,
        council_name=council.name,
        device_id=device_id,
        device_number=device.number,
        drill=settings.get(KEY_DRILL) == "1",
    )


def newest_stamp(session: Session) -> str | None:
    stamps = [session.exec(select(func.max(t.updated_at))).one() for t in SYNCED_TABLES]
    stamps = [s for s in stamps if s]
    return max(stamps) if stamps else None


def open_workspace(path: os.PathLike | str, *, read_only: bool = False) -> Workspace:
    """Open a council's database; ``read_only`` to look beside a running dvc (no lock, never writes)."""
    db = open_db_or_explain(Path(path), read_only=read_only)
    try:
        try:
            with db.session() as s:
                identity = read_identity(s)
                newest = newest_stamp(s)
        except Exception as exc:
            if is_damage(exc):
                raise damaged_error(db.path) from None
            raise
        if identity is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{path} has no council set up yet. Create it with 'dvc init'."),
                path=str(db.path),
            )
        db.bind_identity(device_id=identity.device_id, origin=identity.council_code)
        if newest:
            # After a restart, or if this laptop's clock was set back, keep
            # stamping after everything already in the file.
            db.clock.observe(newest)
    except BaseException:
        db.close()
        raise
    return Workspace(db, identity)
