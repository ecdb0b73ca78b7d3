"""A log file per user, so an unexpected error can be reported and looked at later."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from dvc.folders import paths

LOG_BYTES = 2_000_000
LOG_BACKUPS = 5


def log_path() -> Path:
    return paths.data_dir() / "logs" / "dvc.log"


def configure() -> Path:
    """Send dvc's log records to the rotating log file (once per process)."""
    target = log_path()
    root = logging.getLogger("dvc")
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(target, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target
