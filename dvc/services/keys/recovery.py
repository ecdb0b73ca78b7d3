"""The recovery passphrase: printed once on the recovery sheet, it opens the database and every backup anywhere.

The data key is derived from it exactly as SQLCipher derives a key from a
passphrase (with the salt in the file's first bytes), so the sheet alone opens
a file: no key file has to travel with a backup, and any SQLCipher 4 tool
opens it with ``PRAGMA key = '…'`` typed as printed. It is random: 28
characters of 31 (no 0/o, 1/l/i), about 139 bits.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.store import cipher

# No 0/o, 1/l/i: copied by hand from the sheet, nothing is mistaken (as the passphrases of exported files).
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
GROUPS, GROUP_LENGTH = 7, 4
LENGTH = GROUPS * GROUP_LENGTH
# What a person or a scanner may put between groups: spaces, hyphens, the long dashes of a Japanese input mode.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―ー−－_]+")


def generate() -> str:
    return _grouped("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def _grouped(letters: str) -> str:
    return "-".join(letters[i:i + GROUP_LENGTH] for i in range(0, LENGTH, GROUP_LENGTH))


def looks_like_recovery(text: str) -> bool:
    try:
        clean(text)
    except UserError:
        return False
    return True


def clean(text: str) -> str:
    """The passphrase as printed, from however it was typed or scanned (full-width, capitals, no hyphens)."""
    letters = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or "")).lower()
    if len(letters) != LENGTH or any(ch not in ALPHABET for ch in letters):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "That is not a recovery passphrase: it has 7 groups of 4 letters and digits, as printed on the "
                      "recovery sheet."))
    return _grouped(letters)


def key_for_file(passphrase: str, path: Path) -> cipher.DataKey | None:
    """The key the passphrase gives for ``path`` (its salt), or None if the file is not encrypted."""
    salt = cipher.file_salt(path)
    if salt is None:
        return None
    return cipher.derive(clean(passphrase), salt)
