"""A folder that refuses writes (a write-protected USB stick, a CD, a folder of another user): looking works,
writing is a calm message that names the folder and says what to do, and the file is not touched.

The folder is bind-mounted read-only in the test's own mount namespace (see sandbox.py): it refuses root too.
"""

from __future__ import annotations

import hashlib

from dvc import i18n
from dvc.services.core import storage_errors
from dvc.services.core.setup import create_database
from tests.recovery.sandbox import needs_namespaces, run_inside
from tests.services.seed import seed


@needs_namespaces
def test_a_read_only_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")  # check-in signs in, as a script does
    locked, writable = tmp_path / "locked", tmp_path / "writable"
    locked.mkdir()
    writable.mkdir()
    with create_database(locked / "center.db", council="koganei", operator_name="山田 花子") as ws:
        code = seed(ws).volunteers["髙橋 美咲"].code
    create_database(writable / "other.db", council="koganei", operator_name="山田 花子").close()
    before = hashlib.sha256((locked / "center.db").read_bytes()).hexdigest()
    result = run_inside(["tests.recovery.read_only_worker", str(locked), str(writable), code], read_only=locked)
    i18n.install("ja")
    read_only = i18n.translate("errors", storage_errors.MESSAGES[storage_errors.READ_ONLY]).split("{folder}")
    cannot_open = i18n.translate("errors", storage_errors.MESSAGES[storage_errors.CANNOT_OPEN]).split("{folder}")

    def calm(said: str) -> bool:
        return any(said.startswith(head) and said.endswith(tail) and str(locked) in said
                   for head, tail in (read_only, cannot_open))

    assert result["info"]["rc"] == 0, result["info"]  # looking needs no writing
    for command in ("checkin", "init", "report", "backup"):
        assert result[command]["rc"] == 1 and calm(result[command]["stderr"]), (command, result[command])
    assert len(result["gui"]) == 1 and calm(result["gui"][0]), result["gui"]
    assert hashlib.sha256((locked / "center.db").read_bytes()).hexdigest() == before
    # center.db.key: the sealed key of the encrypted database, beside it since it was made (issue 16).
    assert sorted(p.name for p in locked.iterdir()) == ["center.db", "center.db.key", "center.db.lock"]
