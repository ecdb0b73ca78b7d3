"""A lost laptop exposes no one: the files copied out of a running dvc hold no name, phone or address in the clear,
and the recovery sheet opens them on a new laptop.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from dvc.services.keys import recovery
from dvc.store import cipher
from tests.reception.pdf_tools import qr_texts
from tests.conftest import TEST_START_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = [
    ("小金井 花子", "こがねい はなこ", "1980-04-01", "090-1234-5678", "小金井市本町6-6-3"),
    ("貫井 太郎", "ぬくい たろう", "1975-11-23", "080-2345-6789", "小金井市貫井北町3-2-1"),
    ("緑町 さくら", "みどりちょう さくら", "1999-02-14", "070-3456-7890", "小金井市緑町5-13-24"),
] + [(f"試験 次郎{n}", "しけん じろう", "1960-01-01", f"090-7{n:03d}-{n:04d}", f"小金井市前原町{n}-1-1")
     for n in range(1, 60)]


def dvc(*args: str, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "dvc", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    if check and done.returncode != 0:
        raise AssertionError(f"dvc {' '.join(args)} failed: {done.stderr}")
    return done


def environment(data: Path, **extra: str) -> dict:
    env = {**os.environ, "DVC_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "DVC_LANG": "ja", **extra}
    env.pop("DVC_DB", None)
    return env


def secrets_of(people) -> list[bytes]:  # noqa: ANN001
    found = []
    for name, kana, _birth, phone, address in people:
        found += [name.encode(), kana.encode(), phone.encode(), address.encode()]
    return found


def exposed(blob: bytes, people) -> list[bytes]:  # noqa: ANN001
    return [secret for secret in set(secrets_of(people)) if secret in blob]


def test_files_copied_from_a_running_dvc_expose_no_one_and_the_sheet_opens_them_on_a_new_laptop(tmp_path):
    laptop, thief, new_laptop = tmp_path / "laptop", tmp_path / "copied", tmp_path / "new-laptop"
    thief.mkdir()
    env = environment(laptop, DVC_PASSPHRASE=TEST_START_PASSPHRASE)
    dvc("init", "--council", "koganei", "--operator", "山田 花子", env=env)
    sheet = tmp_path / "sheet.pdf"
    dvc("key", "rekey", "--sheet", str(sheet), "--operator", "山田 花子", env=env)
    passphrase = qr_texts(sheet)[0][0]
    assert re.fullmatch(r"([a-z2-9]{4}-){6}[a-z2-9]{4}", passphrase)
    csv = tmp_path / "pre.csv"
    csv.write_text("氏名,ふりがな,生年月日,電話番号,住所\n" + "\n".join(",".join(p) for p in PEOPLE), encoding="utf-8")
    assert len(exposed(csv.read_bytes(), PEOPLE)) == len(set(secrets_of(PEOPLE)))  # in the clear in the file

    db = laptop / "dvc.db"
    desk = subprocess.Popen([sys.executable, "-m", "tests.crash.worker", "desk", str(db), str(csv)], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert desk.stdout.readline().strip() == "READY"
        done = desk.stdout.readline().strip()
        assert done.startswith("OK "), desk.stderr.read() if desk.poll() is not None else done
        backup = Path(done[3:])
        # What someone who takes the laptop, or a stick, can copy while dvc is open.
        wal = Path(str(db) + "-wal")
        assert wal.stat().st_size > 0, "the morning's check-ins are still in the -wal file"
        for source in (db, wal, backup, laptop / "dvc.db.key"):
            shutil.copy(source, thief / source.name)
    finally:
        desk.kill()
        desk.wait(30)
    for copy in thief.iterdir():
        assert exposed(copy.read_bytes(), PEOPLE) == [], copy.name

    # A new laptop: a fresh user data folder, the backup and the sheet.
    restored = environment(new_laptop, DVC_PASSPHRASE="new-laptop-start", DVC_RECOVERY_PASSPHRASE=passphrase.upper())
    dvc("restore", str(thief / backup.name), "--yes", "--operator", "山田 花子", env=restored)
    info = json.loads(dvc("info", "--json", env=environment(new_laptop, DVC_PASSPHRASE="new-laptop-start")).stdout)
    assert info["counts"]["volunteers"] == len(PEOPLE) and info["counts"]["attendance"] == len(PEOPLE)
    assert info["encryption"]["encrypted"]

    # The database and its -wal copied as they were: the sheet alone opens them too, with every check-in.
    other = tmp_path / "other-laptop"
    other.mkdir()
    shutil.copy(thief / "dvc.db", other / "dvc.db")
    shutil.copy(thief / "dvc.db-wal", other / "dvc.db-wal")
    no_key = dvc("info", env=environment(other, DVC_PASSPHRASE=""), check=False)
    assert no_key.returncode == 1 and "暗号化" in no_key.stderr and "Traceback" not in no_key.stderr
    opened = json.loads(dvc("info", "--json", env=environment(other, DVC_PASSPHRASE=passphrase)).stdout)
    assert opened["counts"]["attendance"] == len(PEOPLE)

    # The same bytes written out plain: the search above would have found everyone.
    plain = tmp_path / "plain.db"
    con = cipher.connect(thief / backup.name, recovery.key_for_file(passphrase, thief / backup.name))
    con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    con.execute("SELECT sqlcipher_export('plain')")
    con.close()
    assert len(exposed(plain.read_bytes(), PEOPLE)) > len(PEOPLE)


def test_a_drill_database_stays_plain_and_says_so(tmp_path):
    env = environment(tmp_path / "data", DVC_PASSPHRASE="")
    dvc("drill", "new", "--volunteers", "20", "--needs", "3", "--seed", "3", env=env)
    drill = tmp_path / "data" / "drill.db"
    assert drill.read_bytes()[:16] == b"SQLite format 3\x00"
    shown = dvc("--drill", "info", env=env).stdout
    assert "暗号化：なし" in shown
