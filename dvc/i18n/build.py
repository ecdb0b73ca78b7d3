"""Maintain the translation files.

    python -m dvc.i18n.build            # update .ts from the sources, then compile .qm
    python -m dvc.i18n.build --check    # exit 1 if a .ts misses strings of the code, has unfinished
                                        # entries, or a .qm is stale

Source strings are English. dvc_ja.ts must translate every one; dvc_en.ts
exists for plural forms and is complete when every entry is marked finished
(the build fills it from the sources, plurals from "(s)"; --check checks both files).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from dvc.i18n import HERE

ROOT = HERE.parent
LANGUAGES = ("ja", "en")


def _tool(name: str) -> str:
    for candidate in (Path(PySide6.__file__).parent / name, Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def ts_path(language: str) -> Path:
    return HERE / f"dvc_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT.parent)) for p in ROOT.rglob("*.py") if "migrations" not in p.parts)


def lupdate(language: str, ts: Path) -> None:
    """Bring ``ts`` up to date with the strings in the sources."""
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
         *sources(), "-ts", str(ts)],
        cwd=ROOT.parent,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def update() -> None:
    for language in LANGUAGES:
        lupdate(language, ts_path(language))
    fill_english()


def message_keys(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def stale_sources(language: str) -> list[str]:
    """Strings in the code that the .ts lacks, or that the .ts keeps though the code dropped them."""
    shipped = ts_path(language)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / shipped.name
        shutil.copyfile(shipped, fresh)
        lupdate(language, fresh)
        wanted = message_keys(fresh)
    have = message_keys(shipped)
    return [f"{context}: {source!r}" for context, source in sorted(wanted ^ have)]


def english_plurals(source: str) -> tuple[str, str]:
    """The one and the many of an English source with a plural: "%n team(s)" → "%n team", "%n teams"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english() -> None:
    """English source text is its own English translation: mark it so.

    Plural entries (numerus) get their two forms from the source's "(s)"; a form already written
    by hand in the .ts is kept.
    """
    path = ts_path("en")
    tree = ET.parse(path)
    changed = False
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            while len(forms) < 2:
                forms.append(ET.SubElement(translation, "numerusform"))
            for form, text in zip(forms, english_plurals(source)):
                if not (form.text or "").strip():
                    form.text = text
        else:
            translation.text = source
        del translation.attrib["type"]
        changed = True
    if changed:
        ET.indent(tree)
        tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_qm(language: str, out: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(out)], check=True)


def unfinished(language: str) -> list[str]:
    tree = ET.parse(ts_path(language))
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(message.findtext("source") or "")
            continue
        if message.get("numerus") == "yes":
            # Every plural form written, in English too (an empty one would print nothing).
            if not all((form.text or "").strip() for form in translation.findall("numerusform")):
                missing.append(message.findtext("source") or "")
        elif language != "en" and not "".join(translation.itertext()).strip():
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    problems = []
    for language in LANGUAGES:
        for source in stale_sources(language):
            problems.append(f"dvc_{language}.ts is stale (run python -m dvc.i18n.build): {source}")
        for source in unfinished(language):
            problems.append(f"dvc_{language}.ts: unfinished: {source!r}")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.qm"
            compile_qm(language, fresh)
            shipped = HERE / f"dvc_{language}.qm"
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                problems.append(f"dvc_{language}.qm is stale: run python -m dvc.i18n.build")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dvc.i18n.build")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    update()
    for language in LANGUAGES:
        # Compiled beside and swapped in: a running dvc (or test) reading the .qm never sees half a file.
        fresh = HERE / f"dvc_{language}.qm.new"
        compile_qm(language, fresh)
        os.replace(fresh, HERE / f"dvc_{language}.qm")
    for language in LANGUAGES:
        left = unfinished(language)
        if left:
            print(f"dvc_{language}.ts: {len(left)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
