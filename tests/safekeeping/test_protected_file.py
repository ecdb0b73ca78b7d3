"""The encrypted export: AES-256 zip, opened with the passphrase and only with it."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from dvc.domain.messages import UserError
from dvc.services.safekeeping.protected_file import (
    clean_passphrase, generate_passphrase, protected_path, read_protected, write_protected,
)

CONTENT = "氏名,電話番号\n山田 太郎,090-1234-5678\n".encode("utf-8-sig")


def test_round_trip_and_a_wrong_passphrase_fails_cleanly(tmp_path):
    written = write_protected(tmp_path / "list.csv", {"list.csv": CONTENT}, passphrase="tama-minami-2026")
    assert written == tmp_path / "list.csv.zip" and list(tmp_path.iterdir()) == [written]
    assert b"090-1234-5678" not in written.read_bytes() and "山田".encode() not in written.read_bytes()
    assert read_protected(written, passphrase="tama-minami-2026") == {"list.csv": CONTENT}
    with pytest.raises(UserError, match="Wrong passphrase for list.csv.zip"):
        read_protected(written, passphrase="tama-minami-2025")


def test_a_damaged_file_is_a_clear_refusal(tmp_path):
    written = write_protected(tmp_path / "list.csv", {"list.csv": CONTENT}, passphrase="tama-minami-2026")
    written.write_bytes(written.read_bytes()[:60])
    with pytest.raises(UserError, match="damaged"):
        read_protected(written, passphrase="tama-minami-2026")


@pytest.mark.parametrize("bad", ["short", "", "　　　　　　　　　　", "ひみつのあいことばです"])
def test_passphrases_too_short_or_not_ascii_are_refused(bad):
    with pytest.raises(UserError):
        clean_passphrase(bad)


def test_full_width_input_becomes_ascii():
    assert clean_passphrase("ｔａｍａ－１２３４５６") == "tama-123456"


def test_generated_passphrases_are_long_readable_and_differ():
    made = {generate_passphrase() for _ in range(50)}
    assert len(made) == 50
    for p in made:
        assert re.fullmatch(r"[a-z2-9]{4}(-[a-z2-9]{4}){3}", p) and not set(p) & set("01ilo")
        assert clean_passphrase(p) == p


def test_the_zip_name_is_added_once():
    assert protected_path("a/b.xlsx").name == "b.xlsx.zip" and protected_path("a/b.zip").name == "b.zip"


@pytest.mark.skipif(shutil.which("7zz") is None and shutil.which("7z") is None, reason="7-Zip not installed")
def test_7zip_opens_it_as_aes_256(tmp_path):
    tool = shutil.which("7zz") or shutil.which("7z")
    written = write_protected(tmp_path / "list.csv", {"list.csv": CONTENT}, passphrase="tama-minami-2026")
    listing = subprocess.run([tool, "l", "-slt", "-ptama-minami-2026", str(written)], capture_output=True, text=True)
    assert "Method = AES-256" in listing.stdout
    done = subprocess.run([tool, "x", "-y", "-ptama-minami-2026", f"-o{tmp_path / 'out'}", str(written)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and (tmp_path / "out" / "list.csv").read_bytes() == CONTENT
    wrong = subprocess.run([tool, "x", "-y", "-pwrong-one-here", f"-o{tmp_path / 'bad'}", str(written)],
                           capture_output=True, text=True)
    assert wrong.returncode != 0
