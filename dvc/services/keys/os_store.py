"""The operating system's store for this user's secrets: Windows DPAPI, or the desktop keyring on Linux.

With one of them the data key is unlocked at start-up without anyone typing:
DPAPI seals it to the Windows account that is signed in (another account, or
the disk in another computer, cannot open it); a keyring (GNOME Keyring,
KWallet through the Secret Service) keeps it under the desktop login. Where
neither works (a Linux without a desktop keyring, a frozen build whose
keyring finds no backend) the start-up passphrase is used instead.
"""

from __future__ import annotations

import base64
import functools
import getpass
import os
import sys

DPAPI = "dpapi"
KEYRING = "keyring"
KEYRING_SERVICE = "dvc-database-key"
# Mixed into the DPAPI seal: another program of the same user that calls DPAPI without it cannot open the blob.
_ENTROPY = b"dvc data key v1"


def user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def available() -> str | None:
    """Which store this laptop offers the signed-in user: DPAPI, KEYRING or None."""
    if sys.platform == "win32":
        return DPAPI
    return KEYRING if _keyring() is not None else None


def seal(kind: str, secret: bytes, account: str) -> dict:
    """Keep ``secret`` in the store; returns what the key file records to find it again."""
    if kind == DPAPI:
        return {"by": DPAPI, "user": user_name(), "blob": base64.b64encode(_dpapi_protect(secret)).decode("ascii")}
    ring = _keyring()
    if ring is None:
        raise OSError("no keyring")
    ring.set_password(KEYRING_SERVICE, account, base64.b64encode(secret).decode("ascii"))
    return {"by": KEYRING, "user": user_name(), "account": account}


def open_sealed(entry: dict) -> bytes | None:
    """The secret behind a key file entry, or None if this user and laptop cannot open it."""
    try:
        if entry.get("by") == DPAPI and sys.platform == "win32":
            return _dpapi_unprotect(base64.b64decode(entry["blob"]))
        if entry.get("by") == KEYRING:
            ring = _keyring()
            value = ring.get_password(KEYRING_SERVICE, entry["account"]) if ring is not None else None
            return base64.b64decode(value) if value else None
    except (OSError, ValueError, KeyError):
        return None
    except Exception:  # noqa: BLE001 — a keyring backend raises its own errors; any of them means "not here"
        return None
    return None


def remove(entry: dict) -> None:
    if entry.get("by") == KEYRING:
        ring = _keyring()
        try:
            if ring is not None:
                ring.delete_password(KEYRING_SERVICE, entry["account"])
        except Exception:  # noqa: BLE001 — already gone, or the keyring is locked: the entry is dropped anyway
            pass


@functools.cache
def _keyring():  # noqa: ANN202
    """The keyring module if it has a real backend here (not the fail or null one), else None."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # Every Linux keyring (Secret Service, KWallet) is reached over the desktop's D-Bus: without one, none
        # answers, and importing keyring to find that out costs a third of a second at every start.
        return None
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001 — not installed, or broken in a frozen build
        return None
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) < 1:
            return None
        chained = getattr(backend, "backends", None)
        if chained is not None and not chained:
            return None
    except Exception:  # noqa: BLE001
        return None
    return keyring


# Windows DPAPI through ctypes (crypt32.dll is on every Windows; pywin32 would add a dependency for two calls).

def _dpapi_call(name: str, data: bytes) -> bytes:
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    def blob_of(raw: bytes) -> tuple[Blob, object]:
        buffer = ctypes.create_string_buffer(raw, len(raw))
        return Blob(len(raw), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char))), buffer

    crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    data_in, keep_data = blob_of(data)
    entropy, keep_entropy = blob_of(_ENTROPY)
    data_out = Blob()
    ui_forbidden = 0x1  # CRYPTPROTECT_UI_FORBIDDEN: never a Windows prompt at start-up
    if name == "protect":
        ok = crypt32.CryptProtectData(ctypes.byref(data_in), "dvc", ctypes.byref(entropy), None, None, ui_forbidden,
                                      ctypes.byref(data_out))
    else:
        ok = crypt32.CryptUnprotectData(ctypes.byref(data_in), None, ctypes.byref(entropy), None, None, ui_forbidden,
                                        ctypes.byref(data_out))
    del keep_data, keep_entropy
    if not ok:
        raise OSError(ctypes.get_last_error(), f"DPAPI {name} failed")
    try:
        return ctypes.string_at(data_out.pbData, data_out.cbData)
    finally:
        kernel32.LocalFree(ctypes.cast(data_out.pbData, ctypes.c_void_p))


def _dpapi_protect(data: bytes) -> bytes:
    return _dpapi_call("protect", data)


def _dpapi_unprotect(blob: bytes) -> bytes:
    return _dpapi_call("unprotect", blob)
