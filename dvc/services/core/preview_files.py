"""Where the PDFs made only to be previewed and printed live while they are shown, and how they go.

Intake sheets, certificates, dispatch sheets, need sheets, reports, labels and the recovery sheet name people
or carry the passphrase: printing is not an export, so none of them may wait in the shared temp folder. They
are written in a private folder beside the database (``dvc.db.previews``, mode 0700 on POSIX), each in its own
folder that goes with the file when the preview closes. What a crashed or killed window left there is removed
the next time the app opens that database (``clear_leftovers``, called with the database's writer lock held, so
no other dvc is showing one of them).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIX = ".previews"
PRIVATE = 0o700


def folder_for(db_path: os.PathLike | str) -> Path:
    """The private folder of ``db_path``'s previews: ``dvc.db.previews`` beside ``dvc.db``."""
    path = Path(db_path)
    return path.with_name(path.name + SUFFIX)


def private_folder(db_path: os.PathLike | str) -> Path:
    """The folder, made if missing and closed to other users (0700) even if it was made otherwise."""
    folder = folder_for(db_path)
    folder.mkdir(mode=PRIVATE, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, PRIVATE)
    return folder


@contextmanager
def preview_file(db_path: os.PathLike | str, name: str) -> Iterator[Path]:
    """A path ``name`` in a new folder of its own inside the private folder; both are removed afterwards."""
    own = Path(tempfile.mkdtemp(prefix="preview-", dir=private_folder(db_path)))
    try:
        yield own / name
    finally:
        shutil.rmtree(own, ignore_errors=True)


def clear_leftovers(db_path: os.PathLike | str) -> int:
    """Remove what an earlier run left in the private folder; how many entries went. Only with the lock held."""
    folder = folder_for(db_path)
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed += 1
    return removed
