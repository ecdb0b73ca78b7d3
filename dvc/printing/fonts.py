"""Finding a Japanese TrueType font on this computer, for the screens and the printed forms.

ReportLab can only embed TrueType outlines (.ttf, or a .ttc with a subfont
index), and so can every Qt platform; CFF fonts such as Noto Sans CJK .otf
are left out on purpose (see PLATFORM.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dvc.folders import app_folder

ENV_FONT = "DVC_FONT"
BUNDLED_FONTS = "fonts"


@dataclass(frozen=True)
class FontFile:
    path: Path
    subfont_index: int = 0  # which face of a .ttc collection


def _windows_dirs() -> list[Path]:
    windir = Path(os.environ.get("WINDIR", "C:/Windows"))
    dirs = [windir / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")  # fonts installed for one user
    return dirs


def candidates() -> list[FontFile]:
    """Best first: IPAexGothic (free, known to render and embed everywhere), then what each OS ships."""
    found = [
        FontFile(Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")),
        FontFile(Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf")),
        FontFile(Path("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf")),
        FontFile(Path("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf")),
        FontFile(Path("/usr/share/fonts/truetype/ipafont-gothic/ipagp.ttf")),
    ]
    for folder in _windows_dirs():
        # BIZ UD Gothic is designed for legibility and ships with Windows 10 1809 and later.
        found += [
            FontFile(folder / "BIZ-UDGothicR.ttc"),
            FontFile(folder / "YuGothM.ttc"),
            FontFile(folder / "meiryo.ttc"),
            FontFile(folder / "msgothic.ttc"),
        ]
    found += [
        FontFile(Path("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc")),
        FontFile(Path("/System/Library/Fonts/Hiragino Sans GB.ttc")),
        FontFile(Path("/Library/Fonts/ipaexg.ttf")),
    ]
    return found


def bundled_fonts() -> list[FontFile]:
    """Font files a packaged dvc ships in its ``fonts`` folder (none when running from source)."""
    folder = app_folder.shipped(BUNDLED_FONTS)
    if folder is None or not folder.is_dir():
        return []
    return [FontFile(p) for p in sorted(folder.iterdir()) if p.suffix.lower() in (".ttf", ".ttc")]


def find_japanese_font() -> FontFile | None:
    """The first Japanese font file that exists: ``DVC_FONT``, then the bundle's own, then the system's."""
    override = os.environ.get(ENV_FONT)
    if override and Path(override).is_file():
        return FontFile(Path(override))
    # The bundle's font first: the same look and the same PDFs on every laptop,
    # whatever fonts the laptop happens to have.
    for font in bundled_fonts() + candidates():
        if font.path.is_file():
            return font
    return None


PDF_FONT_NAME = "DvcJapanese"
_registered: str | None = None


class NoJapaneseFont(RuntimeError):
    """No Japanese TrueType font on this computer: forms cannot be printed legibly."""


def pdf_font() -> str:
    """Register the Japanese font with ReportLab (embedded as a subset in every PDF); returns its name."""
    global _registered
    if _registered is None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = find_japanese_font()
        if font is None:
            raise NoJapaneseFont()
        pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(font.path), subfontIndex=font.subfont_index))
        _registered = PDF_FONT_NAME
    return _registered
