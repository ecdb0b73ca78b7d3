"""What the dvc bundle leaves out, for dvc.spec: Qt parts dvc does not use, and test-only Python packages.

dvc's GUI is Qt Widgets with QtPrintSupport and QtCharts (dvc/ui); it uses
no QML/Quick, WebEngine, 3D, Multimedia, Network or Qt PDF (the print preview
draws PDFs with pypdfium2). PyInstaller's Qt hooks still collect every plugin of the
modules that are used, and some plugins pull in whole Qt modules (the
virtual keyboard brings Qt Quick and QML, the PDF image format brings Qt PDF
and Qt Network, the GTK theme brings GTK's libraries). The plugins go by name
below; the libraries only they needed are then found and dropped by
``prune_orphans``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from pathlib import PurePath

# Python packages PyInstaller finds through optional imports (numpy from
# pypdfium2 and openpyxl, hypothesis from pydantic) or that only the tests and
# the developer tools use: none is a runtime dependency of dvc. Pillow is one
# (reportlab imports it at start), but not its AVIF and WebP codecs (optional
# inside Pillow; dvc reads no images) nor its Tk bridge.
EXCLUDED_MODULES = [
    "numpy", "hypothesis", "pytest", "_pytest", "pytestqt", "zxingcpp", "importlinter", "grimp",
    "rich", "pygments", "IPython", "tkinter", "_tkinter", "pydoc_data", "lib2to3", "unittest", "doctest",
    "PIL._avif", "PIL._webp", "PIL._imagingtk", "PIL.ImageTk",
    # The heavy Qt modules, in case a library imports one (PyInstaller collects
    # only the Qt modules something imports; a test checks dvc imports none of these),
    # and QtNetwork, which PyInstaller's PySide6 hook adds by itself: dvc works offline.
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
]

# Plugin folders with nothing for a desk app: input from raw devices and
# TUIO, embedded displays, network reachability and TLS (dvc never goes
# online), and the plugins of Qt modules that are not collected at all.
DROPPED_PLUGIN_DIRS = {
    "egldeviceintegrations", "generic", "networkinformation", "tls", "qmltooling", "multimedia",
    "position", "sqldrivers", "webview", "texttospeech", "canbus", "sensors", "designer", "geoservices",
    "assetimporters", "renderers", "renderplugins", "sceneparsers", "geometryloaders", "scxmldatamodel",
    "vectorimageformats",
}

# Single plugins, by their name without "lib" and extension. Kept on purpose:
# platforms xcb, wayland, windows (screens), offscreen and minimal (the
# screenshots without a screen); ibus and compose (Japanese input on Linux);
# the xdg-desktop-portal theme; svg, jpeg, gif, ico images; CUPS printing.
DROPPED_PLUGINS = {
    "qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qdirect2d",  # platforms
    "qtvirtualkeyboardplugin",  # an on-screen keyboard in QML: pulls Qt Quick
    "qgtk3",  # GTK's look and file dialogs: pulls GTK, cairo and pango; Qt's own dialogs work
    "qpdf", "qtiff", "qwebp", "qtga", "qwbmp", "qicns",  # image formats dvc never reads
}

TRANSLATION_LANGUAGES = ("_ja.qm",)  # Qt's own strings; English needs none


def _parts(dest: str) -> list[str]:
    return PurePath(dest.replace("\\", "/")).parts


def _stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_binary(dest: str) -> bool:
    parts = _parts(dest)
    if "plugins" in parts:
        below = parts[parts.index("plugins") + 1:]
        if below and below[0] in DROPPED_PLUGIN_DIRS:
            return False
        if _stem(parts[-1]) in DROPPED_PLUGINS:
            return False
    return True


def keep_data(dest: str) -> bool:
    parts = _parts(dest)
    if "translations" in parts and parts[-1].endswith(".qm") and parts[0] == "PySide6":
        return parts[-1].endswith(TRANSLATION_LANGUAGES)
    return True


def _is_dependency_only(dest: str, typecode: str) -> bool:
    """A shared library that is there only because something else links to it."""
    if typecode == "EXTENSION":
        return False
    parts = _parts(dest)
    name = parts[-1].lower()
    if name.startswith(("libpython", "python3")):
        return False  # loaded by the bootloader itself
    folder = "/".join(parts[:-1])
    return (
        folder in ("", "PySide6/Qt/lib", "shiboken6")
        or (folder == "PySide6" and not name.endswith(".pyd"))
        or folder.endswith(".libs")
    )


def prune_orphans(binaries: Iterable[tuple], imports_of: Callable[[str], Iterable[str]]) -> list[tuple]:
    """Keep the programs' roots (extension modules, Qt plugins, ctypes libraries) and what they link to.

    ``imports_of(path)`` names the libraries a binary links against (PyInstaller's
    ``bindepend.get_imports``). A library nothing kept links to any more is dropped.
    """
    all_entries = list(binaries)
    entries = [entry for entry in all_entries if entry[2] in ("BINARY", "EXTENSION")]
    by_name = {_parts(dest)[-1].lower(): (dest, src, kind) for dest, src, kind in entries}
    reached: set[str] = {entry[0] for entry in all_entries if entry not in entries}
    todo = [dest for dest, _src, kind in entries if not _is_dependency_only(dest, kind)]
    sources = {dest: src for dest, src, _kind in entries}
    while todo:
        dest = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in imports_of(sources[dest]):
            found = by_name.get(PurePath(name).name.lower())
            if found and found[0] not in reached:
                todo.append(found[0])
    return [entry for entry in all_entries if entry[0] in reached]


def drop_dangling_links(entries: Iterable[tuple], present: set[str]) -> list[tuple]:
    """Leave out the symbolic links PyInstaller planned to files that were left out."""
    kept = []
    for dest, src, kind in entries:
        if kind == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), src.replace("\\", "/")))
            if target not in present:
                continue
        kept.append((dest, src, kind))
    return kept
