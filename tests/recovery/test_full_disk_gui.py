"""The desk when the disk fills up while it is open: a scan typed into the window is answered with what to do.

A real full disk (a small tmpfs in the test's own mount namespace, see sandbox.py) under the real window,
driven by key events sent to the window as a USB barcode scanner sends them.
"""

from __future__ import annotations

from dvc import i18n
from dvc.services.core import storage_errors
from dvc.services.core.setup import create_database
from tests.recovery.sandbox import needs_namespaces, run_inside
from tests.services.seed import seed


@needs_namespaces
def test_a_scan_on_a_full_disk_says_what_to_do(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    with create_database(source / "center.db", council="koganei", operator_name="山田 花子") as ws:
        code = seed(ws).volunteers["髙橋 美咲"].code
    shot = tmp_path / "full-disk-scan.png"
    result = run_inside(["tests.recovery.full_disk_gui_worker", str(source), str(tmp_path / "disk"), code, str(shot)],
                        tmpfs=tmp_path / "disk", size_kb=8192)
    i18n.install("ja")
    assert result["shown"] == [i18n.translate("errors", storage_errors.MESSAGES[storage_errors.FULL])]
    assert result["after"]["integrity"] == "ok"
    assert result["after"]["attendance"] == 3  # not checked in, and nothing half written
    assert shot.exists()
