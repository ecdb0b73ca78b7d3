"""On Linux the database key is kept in the desktop keyring where one answers: nothing to type at start-up.

A real GNOME Keyring (Secret Service) in a D-Bus session of the test's own, unlocked as a desktop login does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring (scripts/setup.sh installs them)")


def in_desktop_session(tmp_path: Path, commands: list[list[str]], env: dict) -> list[subprocess.CompletedProcess]:
    """Run dvc commands one after another in one desktop session (a D-Bus session bus and an unlocked keyring)."""
    for folder in ("HOME", "XDG_DATA_HOME"):
        Path(env[folder]).mkdir(parents=True, exist_ok=True)
    script = tmp_path / "session.py"
    script.write_text(
        "import json, subprocess, sys\n"
        "unlock = subprocess.run(['gnome-keyring-daemon', '--unlock', '--components=secrets'], input=b'login',"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "results = []\n"
        f"for args in {commands!r}:\n"
        "    done = subprocess.run([sys.executable, '-m', 'dvc', *args], capture_output=True, text=True)\n"
        "    results.append([done.returncode, done.stdout, done.stderr])\n"
        "print(json.dumps(results))\n", encoding="utf-8")
    done = subprocess.run(["dbus-run-session", "--", sys.executable, str(script)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return [subprocess.CompletedProcess([], rc, out, err) for rc, out, err in json.loads(done.stdout.splitlines()[-1])]


def test_the_key_lives_in_the_keyring_and_nobody_types_anything(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "DVC_DATA_DIR": str(data), "DVC_PASSPHRASE": "", "QT_QPA_PLATFORM": "offscreen",
           "DVC_LANG": "ja", "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    made, shown = in_desktop_session(tmp_path, [["init", "--council", "koganei", "--operator", "山田 花子"],
                                                ["info", "--json"]], env)
    assert made.returncode == 0, made.stderr
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["encryption"]["held_by"] == ["keyring"]
    key_file = json.loads((data / "dvc.db.key").read_text(encoding="utf-8"))
    assert [h["by"] for h in key_file["holders"]] == ["keyring"] and "sealed" not in str(key_file)
    # Another desktop session has another keyring (another login): the file alone does not open.
    (other,) = in_desktop_session(tmp_path, [["info"]], {**env, "HOME": str(tmp_path / "other-home"),
                                                         "XDG_DATA_HOME": str(tmp_path / "other-xdg")})
    assert other.returncode == 1 and "回復シート" in other.stderr and "Traceback" not in other.stderr
