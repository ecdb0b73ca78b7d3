"""A real dvc process doing work, to be killed with SIGKILL by the crash tests.

    python -m tests.crash.worker checkin DB CODES_FILE    check in each code, one per line
    python -m tests.crash.worker bundle DB BUNDLE          import an exchange bundle
    python -m tests.crash.worker volunteers DB FILE        import a pre-registration file
    python -m tests.crash.worker desk DB FILE              a morning at reception, then stay open (see below)
    python -m tests.crash.worker convert DB -              open a plain council database (it is encrypted)
    python -m tests.crash.worker migrate DB -              open a database of an older schema (migrating it)
    python -m tests.crash.worker restore DB BACKUP         put a backup in place of the database

It prints READY once the database is open (before opening it for migrate and restore, whose work is the
opening or the replacing), and ``OK <what>`` on its own line
(flushed) only after a service call returned, i.e. after the change was
confirmed: that is what the crash test holds the database to.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dvc.services.core.workspace import open_workspace


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(mode: str, db: str, arg: str) -> int:
    if mode == "convert":
        # The first open of a plain council database encrypts it: the kill lands inside the conversion.
        say("READY")
        open_workspace(db).close()
        say("OK converted")
        return 0
    if mode == "migrate":
        from dvc.store.database import open_database

        say("READY")
        open_database(db).close()
        say("OK migrated")
        return 0
    if mode == "restore":
        from dvc.services.safekeeping.backup import restore

        say("READY")
        restore(Path(arg), Path(db))
        say("OK restored")
        return 0
    ws = open_workspace(db)
    ws.operator = "crash test"
    say("READY")
    if mode == "checkin":
        from dvc.services.reception.checkin import check_in

        for code in Path(arg).read_text(encoding="utf-8").split():
            result = check_in(ws, scanned=code, confirm_over_capacity=True)
            say(f"OK {code} {result.result}")
    elif mode == "bundle":
        from dvc.services.exchange.bundle_import import import_bundle

        import_bundle(ws, path=Path(arg))
        say("OK bundle")
    elif mode == "volunteers":
        from dvc.services.reception.volunteer_import import import_volunteers

        import_volunteers(ws, path=Path(arg))
        say("OK volunteers")
    elif mode == "desk":
        # As the app at a desk: pre-registrations in, each checked in, the automatic backup taken; then it
        # stays open (the -wal file holds the morning) until the test copies the files and kills it.
        from dvc.services.reception.checkin import check_in
        from dvc.services.reception.volunteer_import import import_volunteers
        from dvc.services.safekeeping.backup import AUTO_PREFIX, make_backup
        from dvc.store.tables import Volunteer
        from sqlmodel import select

        import_volunteers(ws, path=Path(arg))
        with ws.session() as s:
            codes = list(s.exec(select(Volunteer.code)))
        for code in codes:
            check_in(ws, scanned=code, confirm_over_capacity=True)
        backup = make_backup(ws, reason=AUTO_PREFIX)
        say(f"OK {backup.path}")
        sys.stdin.read()
    else:
        return 2
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
