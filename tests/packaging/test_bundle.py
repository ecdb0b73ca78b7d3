"""The Linux app folder built by packaging/build.sh really works (slow: builds it when stale).

Run with ``bash scripts/test.sh -m slow tests/packaging``. A dist/dvc/ newer than
every file it is built from is reused; otherwise packaging/build.sh builds it
(a few minutes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle; build.ps1 checks Windows"),
]

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "dvc"
EXE = DIST / "dvc"
INPUTS = ("dvc", "forms", "packaging", "pyproject.toml")
SYSTEM_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")
EMPTY_FONTCONFIG = '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n'


def _newest_input() -> float:
    newest = 0.0
    for name in INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        newest = max([newest, *(p.stat().st_mtime for p in files)])
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not EXE.is_file() or EXE.stat().st_mtime < _newest_input():
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, check=True, timeout=1800)
    assert EXE.is_file()
    return EXE


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no display, no developer overrides, a home of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DVC_", "QT_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "xdg-data"),
               XDG_CONFIG_HOME=str(tmp_path / "xdg-config"), LANG="C.UTF-8")
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done


def _ink(image: QImage) -> tuple[float, int]:
    """Share of dark pixels and number of distinct colours, on a sampling grid."""
    dark, colours, count = 0, set(), 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            count += 1
            if (rgb >> 16) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 110:
                dark += 1
    return dark / count, len(colours)


def test_help_is_japanese_by_default(bundle, tmp_path):
    out = _run([str(bundle), "--help"], _env(tmp_path)).stdout
    assert "使い方: dvc" in out and "オプション" in out


def test_the_bundle_makes_a_drill_and_photographs_every_desk(bundle, tmp_path):
    env = _env(tmp_path)
    db = tmp_path / "x.db"
    _run([str(bundle), "--db", str(db), "drill", "new", "--volunteers", "50", "--needs", "10", "--yes"], env)
    assert db.is_file()
    shots = tmp_path / "shots"
    listed = _run([str(bundle), "--db", str(db), "screenshots", str(shots)], env).stdout.split()
    pngs = sorted(shots.glob("*.png"))
    assert [str(p) for p in pngs] == sorted(listed) and len(pngs) >= 8
    for png in pngs:
        image = QImage(str(png))
        assert not image.isNull() and image.width() >= 300, png
        dark, colours = _ink(image)
        assert 0.001 < dark < 0.9 and colours > 10, f"{png.name} looks blank: {dark:.4f} dark, {colours} colours"
    # What the bundle wrote went where it was told: nothing in the (fake) user folders.
    assert not (tmp_path / "xdg-data").exists()


def _print_blank_sheets(bundle: Path, db: Path, out: Path, env: dict[str, str], prefix: list[str] = ()) -> bytes:
    _run([*prefix, str(bundle), "--db", str(db), "print", "intake", "--blank", "2", "--out", str(out)], env)
    return out.read_bytes()


def test_the_bundle_prints_the_shipped_forms_with_the_japanese_font_inside(bundle, tmp_path):
    import pypdfium2 as pdfium

    env = _env(tmp_path)
    db = tmp_path / "x.db"
    _run([str(bundle), "--db", str(db), "drill", "new", "--volunteers", "5", "--needs", "1", "--yes"], env)
    pdf = _print_blank_sheets(bundle, db, tmp_path / "sheets.pdf", env)
    assert b"IPAexGothic" in pdf and b"/FontFile2" in pdf  # the TrueType font is embedded
    doc = pdfium.PdfDocument(str(tmp_path / "sheets.pdf"))
    assert len(doc) == 2
    text = doc[0].get_textpage().get_text_range()
    assert "受付票" in text or "ボランティア" in text, text[:200]


def _namespace_runner(tmp_path: Path) -> list[str] | None:
    """A way to run a command with folders hidden from it only (a private mount namespace), if allowed here."""
    if not shutil.which("unshare"):
        return None
    probe = tmp_path / "probe"
    probe.mkdir()
    for runner in (["unshare", "-m", "--propagation", "private"], ["unshare", "-r", "-m", "--propagation", "private"]):
        done = subprocess.run([*runner, "sh", "-c", f"mount -t tmpfs tmpfs {probe}"], capture_output=True)
        if done.returncode == 0:
            return runner
    return None


def test_the_bundled_font_draws_japanese_on_a_machine_without_fonts(bundle, tmp_path):
    runner = _namespace_runner(tmp_path)
    if runner is None:
        pytest.skip("cannot hide the system fonts here (no unshare, or mount namespaces are not allowed)")
    assert (DIST / "_internal" / "fonts" / "ipaexg.ttf").is_file()
    config = tmp_path / "empty-fonts.conf"
    config.write_text(EMPTY_FONTCONFIG, encoding="utf-8")
    env = _env(tmp_path, FONTCONFIG_FILE=str(config))
    db = tmp_path / "x.db"
    _run([str(bundle), "--db", str(db), "drill", "new", "--volunteers", "5", "--needs", "1", "--yes"], env)

    def settings_shot(name: str, hidden: list[str]) -> QImage:
        mounts = " && ".join(f"mount -t tmpfs tmpfs {d}" for d in hidden if Path(d).is_dir())
        script = f'{mounts} && exec "$@"'
        _run([*runner, "sh", "-c", script, "sh", str(bundle), "--db", str(db), "screenshots", str(tmp_path / name)], env)
        return QImage(str(tmp_path / name / "07-settings.png"))

    bundled = settings_shot("bundled-font", list(SYSTEM_FONT_DIRS))
    no_font = settings_shot("no-font", [*SYSTEM_FONT_DIRS, str(DIST / "_internal" / "fonts")])
    dark, colours = _ink(bundled)
    assert dark > 0.001 and colours > 10
    # With no font anywhere Qt draws empty boxes; the bundled font draws the words.
    assert bundled != no_font
    # And the printed forms embed it.
    hide = " && ".join(f"mount -t tmpfs tmpfs {d}" for d in SYSTEM_FONT_DIRS if Path(d).is_dir())
    pdf = _print_blank_sheets(bundle, db, tmp_path / "sheets.pdf", env, [*runner, "sh", "-c", f'{hide} && exec "$@"', "sh"])
    assert b"IPAexGothic" in pdf


def test_portable_mode_keeps_the_data_beside_the_program(bundle, tmp_path):
    stick = tmp_path / "stick" / "dvc"
    stick.parent.mkdir()
    # Hard links: a copy of 200 MB in no time (a real copy where links are not possible).
    if subprocess.run(["cp", "-al", str(DIST), str(stick)], capture_output=True).returncode != 0:
        shutil.rmtree(stick, ignore_errors=True)
        shutil.copytree(DIST, stick, symlinks=True)
    (stick / "dvc-portable.txt").write_text("portable\n", encoding="utf-8")
    env = _env(tmp_path)
    _run([str(stick / "dvc"), "drill", "new", "--volunteers", "5", "--needs", "1", "--yes"], env)
    assert (stick / "data" / "drill.db").is_file()
    assert not (tmp_path / "xdg-data").exists()


def test_the_bundle_encrypts_a_council_database_and_opens_it_again(bundle, tmp_path):
    """SQLCipher travels in the folder: a council's database made by the bundle is encrypted and reopens."""
    env = _env(tmp_path, DVC_PASSPHRASE="bundle-start-passphrase")
    db = tmp_path / "council.db"
    _run([str(bundle), "--db", str(db), "init", "--council", "koganei", "--operator", "山田 花子"], env)
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"
    sheet = tmp_path / "sheet.pdf"
    _run([str(bundle), "--db", str(db), "key", "rekey", "--sheet", str(sheet), "--operator", "山田 花子"], env)
    shown = _run([str(bundle), "--db", str(db), "info"], env).stdout
    assert "SQLCipher" in shown and "印刷済み" in shown
    refused = subprocess.run([str(bundle), "--db", str(db), "info"], env={**env, "DVC_PASSPHRASE": ""},
                             capture_output=True, text=True, timeout=300)
    assert refused.returncode == 1 and "暗号化" in refused.stderr and "Traceback" not in refused.stderr
    licences = {p.name for p in (DIST / "_internal" / "licences").glob("*.txt")}
    assert {"SQLCipher-LICENSE.txt", "OpenSSL-LICENSE.txt"} <= licences
