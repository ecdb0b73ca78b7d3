"""The manual and the quick cards quote the app's Japanese words as the app shows them today.

Slow-marked (run with `bash scripts/test.sh -m slow tests/manual`): the wording of the
translations is still being reviewed, and a changed message should prompt a manual update,
not block everyone's commits. 「…」 and ○ in a quote stand for what the app fills in.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
QUOTE = re.compile(r"「([^「」]*(?:「[^「」]*」[^「」]*)*)」")
# Quotes that name a section of the manual or something outside dvc (Windows, the drill's staff name).
NOT_THE_APP = {"初めての方へ", "訓練 管理者", "配布用フォルダー", "すべて展開", "Windows によって PC が保護されました",
               "詳細情報", "初めての相手と", "ニーズの流れ", "困ったとき", "訓練モード", "初めての人を登録する"}


def app_texts() -> list[str]:
    tree = ET.parse(ROOT / "dvc" / "i18n" / "dvc_ja.ts")
    texts = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or ["".join(translation.itertext())]
        texts += [re.sub(r"\(&\w\)|&", "", t).replace("\n", "").strip() for t in forms]
    return texts


def quoted_in_app(quote: str, texts: list[str]) -> bool:
    wanted = ".*?".join(re.escape(part) for part in re.split(r"…|○+", quote))
    for text in texts:
        if re.search(wanted, re.sub(r"\{\w+\}", "…", text)):
            return True
        words = re.sub(r"\{\w+\}|\W", "", text)
        if "{" in text and len(words) >= 4 and re.fullmatch(re.sub(r"\\\{\w+\\\}", ".*", re.escape(text)), quote):
            return True
    return False


def quotes(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    found = [q.replace("**", "") for q in QUOTE.findall(text)]
    return [q for q in found if "](" not in q and q not in NOT_THE_APP]


@pytest.mark.slow
@pytest.mark.parametrize("page", sorted((ROOT / "manual" / "ja").glob("*.md")) + sorted((ROOT / "forms").glob("quick_card_*.toml")),
                         ids=lambda p: p.name)
def test_every_quoted_screen_word_is_the_apps(page):
    texts = app_texts()
    stale = [q for q in quotes(page) if not quoted_in_app(q, texts)]
    assert not stale, f"{page.name} quotes words the app no longer shows: {stale}"
