"""The bundle recipe's trimming: which Qt parts go, and that nothing still needed goes with them."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRIM = ROOT / "packaging" / "trim.py"


@pytest.fixture(scope="module")
def trim():
    spec = importlib.util.spec_from_file_location("dvc_packaging_trim", TRIM)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("pypdfium2_raw/libpdfium.so", True),
])
def test_plugins_by_name(trim, dest, kept):
    assert trim.keep_binary(dest) is kept


def test_only_japanese_qt_translations_stay(trim):
    assert trim.keep_data("PySide6/Qt/translations/qtbase_ja.qm")
    assert trim.keep_data("PySide6\\translations\\qt_ja.qm")
    assert not trim.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert trim.keep_data("dvc/i18n/dvc_en.qm")  # dvc's own English stays


def test_libraries_nothing_kept_needs_are_pruned(trim):
    links = {
        "/x/QtWidgets.so": ["libQt6Widgets.so.6", "libc.so.6"],
        "/x/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/x/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/x/libQt6Core.so.6": ["libicuuc.so.73"],
        "/x/libicuuc.so.73": [],
        "/x/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/x/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/x/libxcb-cursor.so.0": [],
        "/x/libpdfium.so": [],
        "/x/libQt6Quick.so.6": ["libQt6Qml.so.6"],
        "/x/libQt6Qml.so.6": [],
        "/x/libgtk-3.so.0": ["libcairo.so.2"],
        "/x/libcairo.so.2": [],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/x/QtWidgets.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/x/libicuuc.so.73", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/x/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/x/libxcb-cursor.so.0", "BINARY"),
        ("pypdfium2_raw/libpdfium.so", "/x/libpdfium.so", "BINARY"),  # loaded by ctypes: a root
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/x/libQt6Qml.so.6", "BINARY"),
        ("libgtk-3.so.0", "/x/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/x/libcairo.so.2", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept = {dest for dest, _src, _kind in trim.prune_orphans(binaries, lambda src: links[src])}
    assert kept == {
        "PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libicuuc.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "libxcb-cursor.so.0",
        "pypdfium2_raw/libpdfium.so", "libQt6Core.so.6",
    }


def test_links_to_left_out_files_go_too(trim):
    entries = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
    ]
    kept = trim.drop_dangling_links(entries, {"PySide6/Qt/lib/libQt6Core.so.6"})
    assert [dest for dest, _src, _kind in kept] == ["libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"]


def test_nothing_dvc_imports_is_left_out(trim):
    imported = set()
    for source in (ROOT / "dvc").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        imported |= set(re.findall(r"^\s*(?:from|import) ([A-Za-z_][\w.]*)", text, flags=re.MULTILINE))
    left_out = {name for name in imported for excluded in trim.EXCLUDED_MODULES
                if name == excluded or name.startswith(excluded + ".")}
    assert not left_out
