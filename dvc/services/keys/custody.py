"""Where this laptop keeps a database's data key, and unlocking it at start-up.

The key file beside the database (``dvc.db.key``) holds the key only sealed:
by the operating system's store for each Windows account or desktop login
that has opened it (nobody types anything), or by a start-up passphrase where
there is no such store. It holds nothing a finder of the laptop can use, and
it never travels: on another laptop the recovery passphrase opens the file
(recovery.py) and the key is then kept there anew. The file itself (its format, reading and
writing it, a copy kept aside by a restore) is key_file.py.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.keys import os_store, recovery
from dvc.services.keys.key_file import KeyFile, key_file_path, read_key_file, write_key_file
from dvc.store import cipher

ENV_PASSPHRASE = "DVC_PASSPHRASE"
PASSPHRASE = "passphrase"
WRAP_ITERATIONS = 210_000  # PBKDF2-HMAC-SHA512, as recommended for it in 2023; about 0.1 s here
_AAD = b"dvc data key v1"
MIN_START_PASSPHRASE = 8

# Asks a person for a passphrase (the CLI's terminal prompt); None: nobody to ask.
ask_passphrase: Callable[[Path], str | None] | None = None
# The start-up passphrase typed in this process (the GUI's prompt): used like DVC_PASSPHRASE until the process ends.
_typed: str | None = None


class KeyNeeded(UserError):
    """The database is encrypted and nothing on this laptop unlocks it without a passphrase."""

    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "{path} is encrypted and this laptop cannot unlock it by itself. Enter the start-up passphrase, "
                      "or the recovery passphrase from the recovery sheet kept in the safe."), path=str(path))
        self.path = path


class StartPassphraseNeeded(UserError):
    """A key must be kept on a laptop without a user store, and no start-up passphrase was given."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This laptop has no safe place for the database key (no Windows account store or keyring): "
                      "choose a start-up passphrase."))


class WrongPassphrase(UserError):
    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "That passphrase does not open {path}. Check it against the recovery sheet (7 groups of 4) "
                      "and type it again."), path=str(path))
        self.path = path


# The wrapping keys a start-up passphrase gave in this process: derived once, not per file or per connection.
_wraps: dict[tuple[str, bytes, int], bytes] = {}


def _wrap_key(passphrase: str, salt: bytes, iterations: int = WRAP_ITERATIONS) -> bytes:
    found = _wraps.get((passphrase, salt, iterations))
    if found is None:
        found = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, iterations, 32)
        _wraps[(passphrase, salt, iterations)] = found
    return found


def _seal_with_passphrase(secret: bytes, passphrase: str) -> dict:
    # A salt already derived for this passphrase here is used again: one derivation per process, not per database.
    salt = next((s for (p, s, n) in _wraps if p == passphrase and n == WRAP_ITERATIONS), None) or secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_wrap_key(passphrase, salt)).encrypt(nonce, secret, _AAD)
    return {"by": PASSPHRASE, "kdf": "pbkdf2-sha512", "iterations": WRAP_ITERATIONS,
            "kdf_salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
            "sealed": base64.b64encode(sealed).decode()}


def _open_with_passphrase(entry: dict, passphrase: str) -> bytes | None:
    try:
        salt, nonce, sealed = (base64.b64decode(entry[k]) for k in ("kdf_salt", "nonce", "sealed"))
        return AESGCM(_wrap_key(passphrase, salt, int(entry["iterations"]))).decrypt(nonce, sealed, _AAD)
    except (InvalidTag, KeyError, ValueError):
        return None


def use_start_passphrase(passphrase: str | None) -> None:
    """Use ``passphrase`` for the rest of this process, as if it were in DVC_PASSPHRASE."""
    global _typed
    _typed = passphrase or None


def current_start_passphrase() -> str | None:
    """The start-up passphrase typed in this process, else DVC_PASSPHRASE."""
    return _typed or os.environ.get(ENV_PASSPHRASE) or None


def check_start_passphrase(passphrase: str) -> str:
    cleaned = (passphrase or "").strip()
    if len(cleaned) < MIN_START_PASSPHRASE:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The start-up passphrase needs at least {n} characters."),
                        n=MIN_START_PASSPHRASE)
    return cleaned


def needs_start_passphrase() -> bool:
    """True where the laptop has no user store for the key (it is then kept under a start-up passphrase)."""
    return os_store.available() is None


def keep(db_path: Path, key: cipher.DataKey, *, start_passphrase: str | None = None,
         sheet_printed_at: str | None = None, replace_all: bool = False) -> KeyFile:
    """Keep ``key`` for ``db_path`` on this laptop: in the user store, or under the start-up passphrase.

    Entries of other accounts are kept unless ``replace_all`` (after a rekey their seal holds the old key).
    Raises UserError if there is neither a store nor a start-up passphrase.
    """
    db_path = Path(db_path)
    old = read_key_file(db_path)
    # Seals of another salt stay (the copy kept aside by a restore opens with them); a rekey drops them all.
    holders = [] if replace_all or old is None else list(old.holders)
    if old is not None and sheet_printed_at is None and not replace_all and old.salt == key.salt:
        sheet_printed_at = old.sheet_printed_at
    entry = _seal_here(key, start_passphrase)
    holders = [h for h in holders if not (h.get("by") == entry["by"] and h.get("user") == entry.get("user")
                                          and h.get("salt") == entry["salt"])]
    key_file = KeyFile(key.salt, holders + [entry], sheet_printed_at)
    write_key_file(db_path, key_file)
    if replace_all:
        drop_old_keyring_entries(old, key_file)
    cipher.remember(key)
    return key_file


def add_key(db_path: Path, key: cipher.DataKey) -> None:
    """Seal a second key beside the ones on file (a rekey keeps both until every copy has changed)."""
    old = read_key_file(db_path)
    holders = list(old.holders) if old is not None else []
    write_key_file(db_path, KeyFile(key.salt, holders + [_seal_here(key, None)], old.sheet_printed_at if old else None))


def _seal_here(key: cipher.DataKey, start_passphrase: str | None) -> dict:
    """The key sealed by this laptop's user store, or else under the start-up passphrase."""
    store = os_store.available()
    entry = None
    if store is not None:
        try:
            entry = os_store.seal(store, key.to_bytes(), key.salt.hex() + "-" + secrets.token_hex(4))
        except Exception:  # noqa: BLE001 — a keyring that is there but does not answer: as if there were none
            entry = None
    if entry is None:
        passphrase = start_passphrase or current_start_passphrase()
        if not passphrase:
            raise StartPassphraseNeeded()
        entry = _seal_with_passphrase(key.to_bytes(), check_start_passphrase(passphrase))
        entry["user"] = os_store.user_name()
    entry["salt"] = key.salt.hex()  # which file's key it is (the salt is in the file's first bytes anyway)
    return entry


def _holders_for(key_file: KeyFile | None, salt: bytes) -> list[dict]:
    if key_file is None:
        return []
    return [h for h in key_file.holders if h.get("salt", key_file.salt.hex()) == salt.hex()]


def _opens(db_path: Path, raw: bytes | None, salt: bytes) -> cipher.DataKey | None:
    if raw is None:
        return None
    try:
        key = cipher.DataKey.from_bytes(raw)
    except ValueError:
        return None
    return key if key.salt == salt and cipher.opens(db_path, key) else None


def unlock(db_path: Path, passphrase: str | None = None) -> cipher.DataKey | None:
    """The key of ``db_path`` (None for a plain file), unlocked and remembered for this process.

    Tries, in order: a key already unlocked here, the user store, the start-up passphrase (given, from
    DVC_PASSPHRASE, or asked), the recovery passphrase. Raises KeyNeeded or WrongPassphrase.
    """
    db_path = Path(db_path)
    salt = cipher.file_salt(db_path)
    known = cipher.unlocked_for(db_path)
    if salt is None or known is not None:
        return known
    key_file = read_key_file(db_path)
    holders = _holders_for(key_file, salt)
    for entry in holders:
        if entry.get("by") != PASSPHRASE:
            key = _opens(db_path, os_store.open_sealed(entry), salt)
            if key is not None:
                cipher.remember(key)
                return key
    damaged = _damaged_key(db_path, salt, key_file, with_passphrase=False)
    if damaged is not None:
        return damaged  # its own key, which did not open it: no passphrase would; opening it says why
    tries = [p for p in (passphrase, current_start_passphrase()) if p]
    if not tries and ask_passphrase is not None:
        asked = ask_passphrase(db_path)
        tries = [asked] if asked else []
    if not tries:
        raise KeyNeeded(db_path)
    for given in tries:
        key = open_with_passphrase(db_path, given, holders)
        if key is not None:
            if recovery.looks_like_recovery(given) and os_store.available() is not None:
                keep(db_path, key)  # opened with the sheet on a laptop with a store: no typing from now on
            return key
    damaged = _damaged_key(db_path, salt, key_file, with_passphrase=True)
    if damaged is not None:
        return damaged
    raise WrongPassphrase(db_path)


def unlock_copy(copy_path: Path, db_path: Path) -> cipher.DataKey | None:
    """The key of a copy of ``db_path`` (a backup) from what this laptop keeps for ``db_path``, without asking.

    For a database that cannot be opened itself (damaged): its key file still holds the seals of its salt,
    which its backups share. None when the copy is plain or nothing kept here opens it.
    """
    copy_path = Path(copy_path)
    salt = cipher.file_salt(copy_path)
    if salt is None:
        return None
    known = cipher.unlocked_for(copy_path)
    if known is not None:
        return known
    start = current_start_passphrase()
    for entry in _holders_for(read_key_file(Path(db_path)), salt):
        if entry.get("by") == PASSPHRASE:
            raw = _open_with_passphrase(entry, start.strip()) if start else None
        else:
            raw = os_store.open_sealed(entry)
        key = _opens(copy_path, raw, salt)
        if key is not None:
            cipher.remember(key)
            return key
    return None


def _damaged_key(db_path: Path, salt: bytes, key_file: KeyFile | None, *,
                 with_passphrase: bool) -> cipher.DataKey | None:
    """The key of ``db_path`` when the file is damaged; asked only once no key opened it (cipher.damaged_under).

    Every key kept here for the file is tried, of its salt or not: a damaged first page may have lost the salt.
    Those sealed under the start-up passphrase only ``with_passphrase`` (after the passphrase was tried).
    """
    candidates = [cipher.unlocked(salt)]
    if key_file is not None:
        candidates.append(cipher.unlocked(key_file.salt))
    start = current_start_passphrase() if with_passphrase else None
    for entry in key_file.holders if key_file is not None else []:
        if entry.get("by") == PASSPHRASE:
            candidates.append(_as_key(_open_with_passphrase(entry, start.strip()) if start else None))
        else:
            candidates.append(_as_key(os_store.open_sealed(entry)))
    for key in candidates:
        if key is not None and cipher.damaged_under(db_path, key):
            cipher.remember(key)  # the file's key all the same: what opens it next tells what is wrong with it
            return key
    return None


def _as_key(raw: bytes | None) -> cipher.DataKey | None:
    try:
        return cipher.DataKey.from_bytes(raw) if raw is not None else None
    except ValueError:
        return None


def connect(db_path: Path, *, readonly: bool = False, timeout: float = 5.0):  # noqa: ANN201
    """A DB-API connection to the database file itself (beside the app, or a replica), keyed as it needs."""
    return cipher.connect(Path(db_path), unlock(db_path), readonly=readonly, timeout=timeout)


def open_with_passphrase(db_path: Path, given: str, holders: list[dict] | None = None) -> cipher.DataKey | None:
    """The key a start-up or recovery passphrase gives for ``db_path``, remembered; None if it gives none."""
    salt = cipher.file_salt(db_path)
    if salt is None:
        return None
    if holders is None:
        holders = _holders_for(read_key_file(db_path), salt)
    for entry in holders:
        if entry.get("by") == PASSPHRASE:
            key = _opens(db_path, _open_with_passphrase(entry, given.strip()), salt)
            if key is not None:
                cipher.remember(key)
                return key
    if recovery.looks_like_recovery(given):
        key = recovery.key_for_file(given, db_path)
        if cipher.opens(db_path, key):
            cipher.remember(key)
            return key
    return None


def describe(db_path: Path) -> dict:
    """How this laptop holds the key of ``db_path``: for `dvc info`, `dvc key status` and the settings."""
    db_path = Path(db_path)
    salt = cipher.file_salt(db_path)
    if salt is None:
        return {"encrypted": False, "held_by": [], "recovery_sheet_printed_at": None}
    key_file = read_key_file(db_path)
    holders = _holders_for(key_file, salt)
    return {"encrypted": True, "held_by": sorted({h.get("by", "") for h in holders}),
            "recovery_sheet_printed_at": key_file.sheet_printed_at if key_file is not None and key_file.salt == salt else None}


def forget_laptop(db_path: Path) -> None:
    """Remove this laptop's seals of the key (after the database moved away or was deleted)."""
    key_file = read_key_file(db_path)
    if key_file is None:
        return
    for entry in key_file.holders:
        os_store.remove(entry)
    key_file_path(db_path).unlink(missing_ok=True)


def drop_old_keyring_entries(old: KeyFile | None, kept: KeyFile) -> None:
    """Keyring entries the new key file no longer names (after a rekey) are removed from the keyring."""
    if old is None:
        return
    names = {h.get("account") for h in kept.holders}
    for entry in old.holders:
        if entry.get("account") not in names:
            os_store.remove(entry)
