"""The folder a packaged dvc runs from (the PyInstaller bundle in packaging/).

From a source checkout none of this applies: every function returns nothing
and dvc finds its files beside its source, as before.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Either of these beside dvc.exe turns on portable mode: the data lives on the
# USB stick with the program, and nothing is left on a borrowed laptop.
PORTABLE_MARKER = "dvc-portable.txt"
PORTABLE_DATA = "data"


def executable_dir() -> Path | None:
    """The folder holding the bundled dvc executable; None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def shipped_dirs() -> list[Path]:
    """Where a bundle keeps shipped files, best first: beside the executable, then its ``_internal`` folder.

    Beside the executable comes first so that whoever prepares the laptops can
    see and replace a shipped file without unpacking anything.
    """
    here = executable_dir()
    if here is None:
        return []
    dirs = [here]
    internal = getattr(sys, "_MEIPASS", None)
    if internal and Path(internal).resolve() != here:
        dirs.append(Path(internal).resolve())
    return dirs


def shipped(relative: str) -> Path | None:
    """The first ``relative`` file or folder that a bundle ships; None from source or when absent."""
    for folder in shipped_dirs():
        candidate = folder / relative
        if candidate.exists():
            return candidate
    return None


def portable_data_dir() -> Path | None:
    """``<bundle>/data`` when the bundle runs in portable mode, else None."""
    here = executable_dir()
    if here is None:
        return None
    if (here / PORTABLE_MARKER).is_file() or (here / PORTABLE_DATA).is_dir():
        return here / PORTABLE_DATA
    return None
