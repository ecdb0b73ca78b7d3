"""Kill trials leave nothing behind when they pass: each copies a database (up to tens of MB with its -wal and
backups) into its own folder, and 200 trials of each kind would fill the disk. A failed trial keeps its files,
and its report says where they are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

KEPT = "trial's files, kept for inspection"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # noqa: ANN001, ANN201
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"crash_report_{report.when}", report)
    folder = getattr(item, "crash_trial_folder", None)
    if report.failed and folder is not None:
        report.sections.append((KEPT, str(folder)))


@pytest.fixture(autouse=True)
def empty_a_passed_trial(request, tmp_path: Path):  # noqa: ANN001, ANN201
    """After the trial: its folder emptied if setup and the test passed, else kept (and named in the failure)."""
    request.node.crash_trial_folder = tmp_path
    yield tmp_path
    reports = [getattr(request.node, f"crash_report_{when}", None) for when in ("setup", "call")]
    if all(r is not None and r.passed for r in reports):
        for entry in tmp_path.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
