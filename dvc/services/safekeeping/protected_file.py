"""Exported files that hold personal data, written as an AES-256 encrypted zip.

A borrowed laptop, a USB stick or an e-mail attachment outlives the center:
a list of names and phones must not be readable by whoever finds it. The zip
is the WinZip AES format (AE-2, 256-bit keys), which 7-Zip, CubeICE and most
archivers open with the passphrase. Windows Explorer's own "extract" does not:
it only knows the old zip password scheme, which is easy to break, so dvc
does not write that.

The file is built in memory: the plain content never lands on disk.
"""

from __future__ import annotations

import io
import os
import secrets
import unicodedata
import zlib
from pathlib import Path

import pyzipper

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError

MIN_LENGTH = 10
# No 0/o, 1/l/i: read aloud or copied from a screen onto paper, nothing is mistaken.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
GROUPS, GROUP_LENGTH = 4, 4  # 16 random characters of 31: about 79 bits
SUFFIX = ".zip"


def generate_passphrase() -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))


def clean_passphrase(passphrase: str) -> str:
    """The passphrase as it goes into the zip; refuses one that is too short or not plain ASCII.

    Full-width letters typed with the Japanese input mode on become their ASCII
    selves; other characters are refused, because archivers disagree on how
    they turn them into bytes and the file could not be opened elsewhere.
    """
    cleaned = unicodedata.normalize("NFKC", passphrase or "").strip()
    if len(cleaned) < MIN_LENGTH:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The passphrase needs at least {n} characters."), n=MIN_LENGTH)
    if not cleaned.isascii() or not cleaned.isprintable():
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Use only letters, digits and symbols in the passphrase (no Japanese characters): "
                      "other archivers would not open the file."))
    return cleaned


def protected_path(out: Path | str) -> Path:
    """Where the encrypted file goes: the name asked for, ending in .zip."""
    path = Path(out)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def write_protected(out: Path | str, members: dict[str, bytes], *, passphrase: str) -> Path:
    """Write ``members`` (name inside the zip -> content) encrypted; returns the .zip path written."""
    secret = clean_passphrase(passphrase).encode("ascii")
    target = protected_path(out)
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(secret)
        zf.setencryption(pyzipper.WZ_AES, nbits=256)
        for name, data in members.items():
            zf.writestr(name, data)
    _write_atomically(target, buffer.getvalue())
    return target


def write_plain(out: Path | str, data: bytes) -> Path:
    target = Path(out)
    _write_atomically(target, data)
    return target


def pdf_name(out: Path | str) -> Path:
    """The PDF's own name for a file asked for as ``out`` (sheets, sheets.pdf or sheets.pdf.zip → sheets.pdf)."""
    path = Path(out)
    if path.suffix.lower() == SUFFIX:
        path = path.with_suffix("")
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_pdf(out: Path | str, data: bytes, *, passphrase: str | None) -> Path:
    """A PDF dvc made, kept as a file: ``<name>.pdf.zip`` encrypted with ``passphrase``, or plain ``<name>.pdf``
    when it is None (a PDF naming no one, or a drill's). Returns the path written."""
    inner = pdf_name(out)
    if passphrase is None:
        return write_plain(inner, data)
    return write_protected(inner, {inner.name: data}, passphrase=passphrase)


def check_folder(out: Path | str) -> None:
    """Refuse before the work starts when ``out``'s folder does not exist (not after a dispatch is saved)."""
    folder = Path(out).parent
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(folder))


def read_protected(path: Path | str, *, passphrase: str) -> dict[str, bytes]:
    """The members of an encrypted export; a wrong passphrase or a damaged file is a UserError."""
    secret = unicodedata.normalize("NFKC", passphrase or "").strip().encode("utf-8")
    try:
        with pyzipper.AESZipFile(path) as zf:
            zf.setpassword(secret)
            return {info.filename: zf.read(info.filename) for info in zf.infolist()}
    except RuntimeError:  # pyzipper's "Bad password for file"
        raise UserError(QT_TRANSLATE_NOOP("errors", "Wrong passphrase for {name}."), name=Path(path).name) from None
    except (pyzipper.BadZipFile, zlib.error, OSError, EOFError):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not an encrypted dvc export or is damaged."),
                        name=Path(path).name) from None


def _write_atomically(target: Path, data: bytes) -> None:
    check_folder(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} cannot be written (is it open in another program?)."),
                        path=str(target)) from None
