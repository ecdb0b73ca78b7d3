"""The copy taken for an import holds the database as it was before the bundle, and a repeat takes none."""

from __future__ import annotations

from tests.rawdb import raw_connect

from dvc.services.safekeeping.backup import backup_dir
from dvc.services.exchange.bundle_import import import_bundle
from tests.exchange.helpers import send
from tests.services.seed import seed


def _volunteers(path) -> int:  # noqa: ANN001
    con = raw_connect(path, readonly=True)
    try:
        return con.execute("SELECT count(*) FROM volunteer").fetchone()[0]
    finally:
        con.close()


def test_the_backup_before_an_import_holds_the_state_before_it(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    had = _volunteers(koganei2.path)
    result = send(koganei, koganei2, tmp_path, name="first.dvcx")
    assert result.tables["volunteer"].new == 5
    copies = sorted(backup_dir(koganei2.path).glob(f"{koganei2.path.stem}-before-import-*.db"))
    assert len(copies) == 1
    assert _volunteers(copies[0]) == had  # taken while the import's transaction was open, without its rows
    assert _volunteers(koganei2.path) == had + 5


def test_a_repeat_that_changes_nothing_takes_no_copy(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    send(koganei, koganei2, tmp_path, name="first.dvcx")
    again = import_bundle(koganei2, path=tmp_path / "first.dvcx")
    assert again.already_imported and again.totals().new == again.totals().updated == 0
    assert len(list(backup_dir(koganei2.path).glob(f"{koganei2.path.stem}-before-import-*.db"))) == 1
