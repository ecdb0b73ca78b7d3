"""Where databases live by default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from dvc.folders import app_folder

APP_NAME = "dvc"
ENV_DB = "DVC_DB"
ENV_DATA = "DVC_DATA_DIR"


def data_dir() -> Path:
    """``DVC_DATA_DIR``, else the bundle's own ``data`` folder in portable mode, else the user data folder."""
    override = os.environ.get(ENV_DATA)
    if override:
        return Path(override).expanduser()
    portable = app_folder.portable_data_dir()
    if portable is not None:
        return portable
    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The real database: ``--db``/``DVC_DB`` win over this."""
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override).expanduser()
    return data_dir() / "dvc.db"


def drill_db_path() -> Path:
    return data_dir() / "drill.db"
