"""A packaged dvc finds its shipped files and, in portable mode, keeps its data beside itself."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dvc.printing import fonts, forms
from dvc.folders import app_folder
from dvc.folders import paths
from dvc.services.core import preferences

REPO_FORMS = Path(__file__).resolve().parents[2] / "forms"


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake PyInstaller --onedir folder: dvc/dvc plus dvc/_internal, as if frozen."""
    root = tmp_path / "stick" / "dvc"
    (root / "_internal").mkdir(parents=True)
    exe = root / "dvc"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(root / "_internal"), raising=False)
    monkeypatch.delenv(paths.ENV_DATA, raising=False)
    monkeypatch.delenv("DVC_CONFIG_DIR", raising=False)
    return root


def test_from_source_nothing_is_bundled_and_forms_come_from_the_repo():
    assert app_folder.executable_dir() is None
    assert app_folder.shipped_dirs() == []
    assert app_folder.portable_data_dir() is None
    assert forms.shipped_forms_dir() == REPO_FORMS
    assert fonts.bundled_fonts() == []


def test_without_a_marker_data_stays_in_the_user_folder(bundle: Path):
    assert app_folder.portable_data_dir() is None
    assert paths.data_dir() != bundle / "data"
    assert bundle not in paths.data_dir().parents


@pytest.mark.parametrize("marker", ["file", "folder"])
def test_portable_mode_keeps_data_and_preferences_beside_the_executable(bundle: Path, marker: str):
    if marker == "file":
        (bundle / app_folder.PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    else:
        (bundle / app_folder.PORTABLE_DATA).mkdir()
    assert paths.data_dir() == bundle / "data"
    assert paths.default_db_path() == bundle / "data" / "dvc.db"
    assert paths.drill_db_path() == bundle / "data" / "drill.db"
    assert preferences.prefs_path() == bundle / "data" / "preferences.json"


def test_data_dir_variable_still_wins_over_portable_mode(bundle: Path, tmp_path: Path, monkeypatch):
    (bundle / app_folder.PORTABLE_DATA).mkdir()
    monkeypatch.setenv(paths.ENV_DATA, str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"


def test_a_marker_from_source_does_not_switch_portable_mode(tmp_path: Path, monkeypatch):
    # Running from a checkout, sys.executable is the venv's python: a stray data/ there means nothing.
    fake_python = tmp_path / "bin" / "python"
    (tmp_path / "bin" / "data").mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(fake_python))
    assert app_folder.portable_data_dir() is None


def test_forms_are_found_in_the_bundle_then_beside_the_executable(bundle: Path):
    assert forms.shipped_forms_dir() == REPO_FORMS  # the bundle has none yet
    (bundle / "_internal" / "forms").mkdir()
    assert forms.shipped_forms_dir() == bundle / "_internal" / "forms"
    (bundle / "forms").mkdir()
    assert forms.shipped_forms_dir() == bundle / "forms"


def test_a_bundled_form_loads(bundle: Path, monkeypatch):
    shipped = bundle / "_internal" / "forms"
    shipped.mkdir()
    (shipped / "bundled_card.toml").write_text(
        '[form]\ntitle = "受付票"\n\n[[item]]\ntype = "text"\nx = 10\ny = 10\ntext = "氏名"\n', encoding="utf-8")
    monkeypatch.setattr(forms, "SHIPPED", forms.shipped_forms_dir())
    spec = forms.load_form("bundled_card")
    assert spec.title == "受付票" and spec.source == shipped / "bundled_card.toml"


def test_the_bundled_font_comes_before_the_system_fonts(bundle: Path, monkeypatch):
    monkeypatch.delenv(fonts.ENV_FONT, raising=False)
    font_dir = bundle / "_internal" / "fonts"
    font_dir.mkdir()
    (font_dir / "LICENSE.txt").write_text("license", encoding="utf-8")
    (font_dir / "ipaexg.ttf").write_bytes(b"")
    assert fonts.find_japanese_font().path == font_dir / "ipaexg.ttf"
    # An explicit choice still wins.
    chosen = bundle / "mine.ttf"
    chosen.write_bytes(b"")
    monkeypatch.setenv(fonts.ENV_FONT, str(chosen))
    assert fonts.find_japanese_font().path == chosen


def test_a_bundle_without_a_font_uses_the_system_font(bundle: Path, monkeypatch):
    monkeypatch.delenv(fonts.ENV_FONT, raising=False)
    (bundle / "_internal" / "fonts").mkdir()
    found = fonts.find_japanese_font()
    assert found is None or bundle not in found.path.parents
