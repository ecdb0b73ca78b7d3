"""Per-user preferences kept outside any database (the display language)."""

from __future__ import annotations

import json
import locale
import os
from pathlib import Path

from platformdirs import user_config_path

from dvc.folders import app_folder

LANGUAGES = ("ja", "en")
ENV_LANG = "DVC_LANG"


def prefs_path() -> Path:
    override = os.environ.get("DVC_CONFIG_DIR")
    # Portable mode keeps the preferences on the stick too: a borrowed laptop keeps nothing.
    base = Path(override) if override else app_folder.portable_data_dir() or user_config_path("dvc", appauthor=False)
    return base / "preferences.json"


def load() -> dict:
    try:
        data = json.loads(prefs_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(**changes: object) -> None:
    data = load()
    data.update(changes)
    path = prefs_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def _locale_language() -> str | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value.split("_")[0].split(".")[0].lower()
    try:
        code = locale.getlocale()[0]
    except ValueError:
        code = None
    return code.split("_")[0].lower() if code else None


def resolve_language(explicit: str | None = None, *, use_saved: bool = True) -> str:
    """Japanese unless someone asked for English: the flag, DVC_LANG, the saved choice, an English locale."""
    for candidate in (explicit, os.environ.get(ENV_LANG), load().get("language") if use_saved else None):
        if candidate in LANGUAGES:
            return candidate
    return "en" if _locale_language() == "en" else "ja"
