"""Made-up but believable people and places for drill databases.

Everything here is plain data plus small helpers that take the caller's
``random.Random``, so one seed always gives the same scenario. Phone numbers
are random and may belong to real people: drill staff must never dial them.
E-mail addresses use example.com, which is reserved and never delivers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

# (氏, ふりがな), most common first: the weights below follow that order.
SURNAMES = (
    ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"),
    ("渡辺", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"),
    ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"), ("山口", "やまぐち"), ("松本", "まつもと"),
    ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"), ("斎藤", "さいとう"), ("清水", "しみず"),
    ("山崎", "やまざき"), ("森", "もり"), ("池田", "いけだ"), ("橋本", "はしもと"), ("阿部", "あべ"),
    ("石川", "いしかわ"), ("山下", "やました"), ("中島", "なかじま"), ("石井", "いしい"), ("小川", "おがわ"),
    ("前田", "まえだ"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("藤田", "ふじた"), ("後藤", "ごとう"),
    ("近藤", "こんどう"), ("村上", "むらかみ"), ("遠藤", "えんどう"), ("青木", "あおき"), ("坂本", "さかもと"),
    ("斉藤", "さいとう"), ("福田", "ふくだ"), ("太田", "おおた"), ("西村", "にしむら"), ("藤井", "ふじい"),
    ("金子", "かねこ"), ("岡本", "おかもと"), ("藤原", "ふじわら"), ("中野", "なかの"), ("三浦", "みうら"),
    ("原田", "はらだ"), ("中川", "なかがわ"), ("松田", "まつだ"), ("竹内", "たけうち"), ("小野", "おの"),
    ("田村", "たむら"), ("中山", "なかやま"), ("和田", "わだ"), ("石田", "いしだ"), ("森田", "もりた"),
    ("上田", "うえだ"), ("原", "はら"), ("内田", "うちだ"), ("柴田", "しばた"), ("酒井", "さかい"),
    ("宮崎", "みやざき"), ("横山", "よこやま"), ("高木", "たかぎ"), ("安藤", "あんどう"), ("宮本", "みやもと"),
    ("大野", "おおの"), ("小島", "こじま"), ("谷口", "たにぐち"), ("今井", "いまい"), ("工藤", "くどう"),
    ("高田", "たかだ"), ("増田", "ますだ"), ("丸山", "まるやま"), ("杉山", "すぎやま"), ("村田", "むらた"),
    ("大塚", "おおつか"), ("新井", "あらい"), ("小山", "こやま"), ("平野", "ひらの"), ("桜井", "さくらい"),
    ("千葉", "ちば"), ("松井", "まつい"), ("菅原", "すがわら"), ("岩崎", "いわさき"), ("野口", "のぐち"),
)
_SURNAME_CUM = tuple(accumulate(1.0 / (rank + 8) for rank in range(len(SURNAMES))))

# Given names by the generation they are typical of, so a 70-year-old is a 博
# and a high-school student a 陽翔: 'old' born before ~1968, 'young' after ~1997.
MALE_NAMES = {
    "old": (("博", "ひろし"), ("茂", "しげる"), ("勇", "いさむ"), ("清", "きよし"), ("昭", "あきら"),
            ("武", "たけし"), ("修", "おさむ"), ("隆", "たかし"), ("光男", "みつお"), ("正和", "まさかず"),
            ("一郎", "いちろう"), ("健二", "けんじ"), ("勝", "まさる"), ("進", "すすむ"), ("実", "みのる")),
    "mid": (("大輔", "だいすけ"), ("健太", "けんた"), ("拓也", "たくや"), ("直樹", "なおき"), ("和也", "かずや"),
            ("達也", "たつや"), ("誠", "まこと"), ("健一", "けんいち"), ("雄一", "ゆういち"), ("哲也", "てつや"),
            ("剛", "つよし"), ("聡", "さとし"), ("康介", "こうすけ"), ("慎吾", "しんご"), ("秀樹", "ひでき"),
            ("洋平", "ようへい"), ("俊介", "しゅんすけ"), ("学", "まなぶ"), ("亮", "りょう"), ("智也", "ともや"),
            ("翔太", "しょうた")),
    "young": (("蓮", "れん"), ("陽翔", "はると"), ("湊", "みなと"), ("大翔", "ひろと"), ("悠真", "ゆうま"),
              ("颯太", "そうた"), ("樹", "いつき"), ("優斗", "ゆうと"), ("海斗", "かいと"), ("陸", "りく"),
              ("蒼", "あおい"), ("大和", "やまと"), ("陽太", "ようた"), ("翼", "つばさ"), ("悠人", "ゆうと")),
}
FEMALE_NAMES = {
    "old": (("和子", "かずこ"), ("洋子", "ようこ"), ("幸子", "さちこ"), ("節子", "せつこ"), ("恵子", "けいこ"),
            ("京子", "きょうこ"), ("順子", "じゅんこ"), ("美智子", "みちこ"), ("久美子", "くみこ"), ("明美", "あけみ"),
            ("由美子", "ゆみこ"), ("悦子", "えつこ"), ("弘子", "ひろこ"), ("智子", "ともこ"), ("文子", "ふみこ")),
    "mid": (("裕子", "ゆうこ"), ("直美", "なおみ"), ("真由美", "まゆみ"), ("陽子", "ようこ"), ("香織", "かおり"),
            ("恵", "めぐみ"), ("愛", "あい"), ("彩", "あや"), ("美穂", "みほ"), ("麻衣", "まい"),
            ("由紀", "ゆき"), ("奈緒子", "なおこ"), ("千尋", "ちひろ"), ("沙織", "さおり"), ("舞", "まい"),
            ("友美", "ともみ"), ("理恵", "りえ"), ("亜希子", "あきこ"), ("綾", "あや"), ("瞳", "ひとみ")),
    "young": (("陽菜", "ひな"), ("結衣", "ゆい"), ("美咲", "みさき"), ("さくら", "さくら"), ("葵", "あおい"),
              ("凛", "りん"), ("結菜", "ゆいな"), ("芽依", "めい"), ("莉子", "りこ"), ("美羽", "みう"),
              ("花音", "かのん"), ("紗希", "さき"), ("七海", "ななみ"), ("彩花", "あやか"), ("杏", "あん")),
}


def generation(age: int) -> str:
    return "old" if age >= 58 else "mid" if age >= 28 else "young"


def surname(rng: random.Random) -> tuple[str, str]:
    return rng.choices(SURNAMES, cum_weights=_SURNAME_CUM)[0]


def given_name(rng: random.Random, *, female: bool, age: int) -> tuple[str, str]:
    names = (FEMALE_NAMES if female else MALE_NAMES)[generation(age)]
    return names[rng.randrange(len(names))]


def full_name(family: tuple[str, str], given: tuple[str, str]) -> tuple[str, str]:
    """(氏名, ふりがな) with one ASCII space between family and given name."""
    return f"{family[0]} {given[0]}", f"{family[1]} {given[1]}"


def birth_date_for(rng: random.Random, age: int, day: date) -> date:
    """A birthday that makes the person exactly ``age`` on ``day``."""
    try:
        latest = day.replace(year=day.year - age)
    except ValueError:  # 29 February
        latest = day.replace(year=day.year - age, day=28)
    return latest - timedelta(days=rng.randrange(365))


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# One format for every number: digits in three dash-separated blocks.
def mobile_phone(rng: random.Random) -> str:
    r = rng.random()
    prefix = "090" if r < 0.5 else "080" if r < 0.85 else "070"
    # The middle block never starts with 0: 080-0xxx would read as the 0800 free-dial range.
    return f"{prefix}-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"


def koganei_landline(rng: random.Random) -> str:
    return f"042-38{rng.randrange(10)}-{rng.randrange(10000):04d}"


@dataclass(frozen=True)
class Town:
    name: str
    kana: str
    postal: str
    chome: int  # highest 丁目
    lat: float
    lon: float
    flood_weight: int  # the drill's flood follows the 野川 through the south of the city


KOGANEI_CITY = "東京都小金井市"
TOWNS = (
    Town("関野町", "せきのちょう", "184-0001", 2, 35.7125, 139.5185, 4),
    Town("梶野町", "かじのちょう", "184-0002", 5, 35.7065, 139.5275, 4),
    Town("緑町", "みどりちょう", "184-0003", 5, 35.7130, 139.5050, 5),
    Town("本町", "ほんちょう", "184-0004", 6, 35.7020, 139.5080, 8),
    Town("桜町", "さくらちょう", "184-0005", 3, 35.7065, 139.4975, 6),
    Town("東町", "ひがしちょう", "184-0011", 5, 35.6955, 139.5290, 14),
    Town("中町", "なかちょう", "184-0012", 4, 35.6935, 139.5150, 18),
    Town("前原町", "まえはらちょう", "184-0013", 5, 35.6925, 139.4980, 16),
    Town("貫井南町", "ぬくいみなみまち", "184-0014", 5, 35.6940, 139.4860, 20),
    Town("貫井北町", "ぬくいきたまち", "184-0015", 5, 35.7130, 139.4870, 5),
)
TOWN_BY_NAME = {t.name: t for t in TOWNS}
_FLOOD_CUM = tuple(accumulate(t.flood_weight for t in TOWNS))

# Where volunteers come from besides Koganei: (prefix, town, postal code).
NEIGHBOUR_TOWNS = (
    ("東京都三鷹市", "下連雀", "181-0013"), ("東京都三鷹市", "上連雀", "181-0012"),
    ("東京都武蔵野市", "吉祥寺本町", "180-0004"), ("東京都武蔵野市", "境", "180-0022"),
    ("東京都国分寺市", "本町", "185-0012"), ("東京都国分寺市", "南町", "185-0021"),
    ("東京都府中市", "宮町", "183-0023"), ("東京都府中市", "府中町", "183-0055"),
    ("東京都調布市", "小島町", "182-0026"), ("東京都調布市", "布田", "182-0024"),
    ("東京都小平市", "花小金井", "187-0002"), ("東京都西東京市", "田無町", "188-0011"),
    ("東京都狛江市", "和泉本町", "201-0003"), ("東京都立川市", "曙町", "190-0012"),
)
_BUILDINGS = ("コーポ", "ハイツ", "メゾン", "レジデンス", "グリーンハイム")


def flood_town(rng: random.Random) -> Town:
    return rng.choices(TOWNS, cum_weights=_FLOOD_CUM)[0]


def koganei_address(rng: random.Random, town: Town) -> str:
    """A 丁目-番-号 address, now and then in a named apartment block."""
    text = f"{KOGANEI_CITY}{town.name}{rng.randint(1, town.chome)}丁目{rng.randint(1, 30)}番{rng.randint(1, 25)}号"
    if rng.random() < 0.15:
        text += f" {town.name[0]}{_BUILDINGS[rng.randrange(len(_BUILDINGS))]}{rng.randint(1, 3)}0{rng.randint(1, 6)}"
    return text


def home_address(rng: random.Random) -> tuple[str, str]:
    """(postal code, address) of a volunteer: a third local, most from the block around it."""
    if rng.random() < 0.35:
        town = TOWNS[rng.randrange(len(TOWNS))]
        return town.postal, koganei_address(rng, town)
    prefix, town, postal = NEIGHBOUR_TOWNS[rng.randrange(len(NEIGHBOUR_TOWNS))]
    return postal, f"{prefix}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"


def site_position(rng: random.Random, town: Town) -> tuple[float, float]:
    return round(town.lat + rng.uniform(-0.003, 0.003), 6), round(town.lon + rng.uniform(-0.004, 0.004), 6)


# Group names: (name, kana) parts combined per kind of group.
_COMPANY_STEMS = (("東和", "とうわ"), ("多摩", "たま"), ("武蔵野", "むさしの"), ("中央", "ちゅうおう"),
                  ("野川", "のがわ"), ("日東", "にっとう"), ("北斗", "ほくと"), ("大栄", "だいえい"),
                  ("協和", "きょうわ"), ("東邦", "とうほう"), ("丸星", "まるぼし"), ("関東", "かんとう"))
_COMPANY_TRADES = (("建設", "けんせつ"), ("電機", "でんき"), ("物産", "ぶっさん"), ("運輸", "うんゆ"),
                   ("商事", "しょうじ"), ("工業", "こうぎょう"), ("食品", "しょくひん"), ("不動産", "ふどうさん"),
                   ("印刷", "いんさつ"), ("設備", "せつび"), ("ソフトウェア", "そふとうぇあ"), ("ガス", "がす"))
_COMPANY_TAILS = (("", ""), (" 社員有志", " しゃいんゆうし"), (" ボランティア部", " ぼらんてぃあぶ"))
_UNIVERSITIES = (("武蔵野中央大学", "むさしのちゅうおうだいがく"), ("多摩学園大学", "たまがくえんだいがく"),
                 ("東京北西大学", "とうきょうほくせいだいがく"), ("小金井工科大学", "こがねいこうかだいがく"),
                 ("野川看護大学", "のがわかんごだいがく"))
_CIRCLES = (("災害支援サークル", "さいがいしえんさーくる"), ("ボランティア部", "ぼらんてぃあぶ"),
            ("ラグビー部", "らぐびーぶ"), ("ワンダーフォーゲル部", "わんだーふぉーげるぶ"),
            ("国際協力サークル", "こくさいきょうりょくさーくる"), ("軽音楽部", "けいおんがくぶ"))
_HIGH_SCHOOLS = (("都立小金井南高校", "とりつこがねいみなみこうこう"), ("都立武蔵野台高校", "とりつむさしのだいこうこう"),
                 ("多摩学園高校", "たまがくえんこうこう"))
_JUNIOR_HIGHS = (("小金井みどり中学校", "こがねいみどりちゅうがっこう"), ("前原東中学校", "まえはらひがしちゅうがっこう"))
_SCHOOL_CLUBS = (("ボランティア部", "ぼらんてぃあぶ"), ("野球部", "やきゅうぶ"), ("サッカー部", "さっかーぶ"),
                 ("生徒会", "せいとかい"), ("陸上部", "りくじょうぶ"))
_NPOS = (("NPO法人 多摩災害支援ネット", "えぬぴーおーほうじん たまさいがいしえんねっと"),
         ("NPO法人 むさしの助け合いの会", "えぬぴーおーほうじん むさしのたすけあいのかい"),
         ("一般社団法人 野川流域防災ネットワーク", "いっぱんしゃだんほうじん のがわりゅういきぼうさいねっとわーく"),
         ("小金井災害ボランティアの会", "こがねいさいがいぼらんてぃあのかい"))
_UNIONS = (("多摩地区建設労働組合", "たまちくけんせつろうどうくみあい"), ("東京西部電力労働組合", "とうきょうせいぶでんりょくろうどうくみあい"),
           ("武蔵野市職員労働組合", "むさしのししょくいんろうどうくみあい"))
_CHOME_KANA = ("いっちょうめ", "にちょうめ", "さんちょうめ", "よんちょうめ", "ごちょうめ", "ろくちょうめ")
_KANJI_DIGITS = "一二三四五六"


def _pick(rng: random.Random, items: tuple) -> tuple[str, str]:
    return items[rng.randrange(len(items))]


def group_name(rng: random.Random, kind: str, family: tuple[str, str]) -> tuple[str, str]:
    """(name, kana) for a group of ``kind``; families are named after ``family``."""
    if kind == "company":
        (s, sk), (t, tk) = _pick(rng, _COMPANY_STEMS), _pick(rng, _COMPANY_TRADES)
        tail, tailk = _pick(rng, _COMPANY_TAILS)
        if rng.random() < 0.5:
            return f"株式会社{s}{t}{tail}", f"かぶしきがいしゃ{sk}{tk}{tailk}"
        return f"{s}{t}株式会社{tail}", f"{sk}{tk}かぶしきがいしゃ{tailk}"
    if kind in ("university", "high_school", "junior_high"):
        schools, clubs = {"university": (_UNIVERSITIES, _CIRCLES), "high_school": (_HIGH_SCHOOLS, _SCHOOL_CLUBS),
                          "junior_high": (_JUNIOR_HIGHS, _SCHOOL_CLUBS)}[kind]
        (s, sk), (c, ck) = _pick(rng, schools), _pick(rng, clubs)
        return f"{s} {c}", f"{sk} {ck}"
    if kind == "chokai":
        town = TOWNS[rng.randrange(len(TOWNS))]
        n = rng.randint(1, town.chome)
        return f"{town.name}{_KANJI_DIGITS[n - 1]}丁目町会", f"{town.kana}{_CHOME_KANA[n - 1]}ちょうかい"
    if kind == "npo":
        return _pick(rng, _NPOS)
    if kind == "union":
        return _pick(rng, _UNIONS)
    return f"{family[0]}家", f"{family[1]}け"


# --- Text for volunteers' cards -------------------------------------------------------------

SKILLS = (("看護師", 3), ("介護福祉士", 3), ("大工", 2), ("重機", 2), ("電気工事士", 2), ("保育士", 2),
          ("救急救命士", 1), ("手話", 1), ("建築士", 1))
PAST_DISASTERS = ("平成30年7月豪雨（倉敷市）", "令和元年東日本台風（長野市）", "令和2年7月豪雨（人吉市）",
                  "令和3年伊豆山土石流（熱海市）", "令和6年能登半島地震（七尾市）", "令和元年房総半島台風（館山市）")
LANGUAGES = (("英語",), ("英語",), ("中国語",), ("韓国語",), ("ベトナム語",), ("英語", "スペイン語"))
HEALTH_NOTES = ("腰痛持ち", "高血圧（服薬中）", "花粉症", "軽いぜんそく", "膝に不安あり", "重い物は持てない")
AVAILABLE = ("土日のみ", "平日のみ", "今週いっぱい", "毎日可", "午前のみ", "今日だけ")
VOLUNTEER_NOTES = ("昼食・飲み物持参", "長靴持参", "友人と参加", "初めてで不安とのこと", "以前も当センターで活動",
                   "車で来所（駐車場案内済み）")
INSURANCE_PLANS = ("基本タイプ", "基本タイプ", "基本タイプ", "天災タイプ")
INSURED_AT = ("居住地の社会福祉協議会", "居住地の社会福祉協議会", "小金井市社会福祉協議会", "オンライン加入")

# --- Text for requests (ニーズ) --------------------------------------------------------------

# (damage, typical work, skill a survey may ask for)
DAMAGE = (
    ("床上浸水（約{cm}cm）", ("泥出し", "家財搬出", "家屋内の片付け"), "大工"),
    ("床下浸水", ("泥出し", "片付け・清掃"), "大工"),
    ("庭・駐車場に土砂が流入", ("泥出し", "運搬", "土のう"), "重機"),
    ("倉庫・物置が浸水", ("家財搬出", "片付け・清掃", "運搬"), ""),
    ("ブロック塀が一部倒壊", ("片付け・清掃", "運搬"), ""),
    ("浸水した畳・家具の搬出が必要", ("家財搬出", "運搬"), ""),
    ("側溝が泥で詰まり再浸水のおそれ", ("泥出し", "土のう"), ""),
    ("一人暮らしで片付けが進まない", ("家屋内の片付け", "話し相手"), ""),
    ("床下の泥と濡れた断熱材の撤去", ("泥出し", "家屋内の片付け"), "大工"),
    ("浸水で分電盤まわりが泥をかぶった", ("片付け・清掃",), "電気工事士"),
)
WORK_TOOLS = {"泥出し": "スコップ、一輪車、土のう袋", "家財搬出": "ゴム手袋、ブルーシート", "片付け・清掃": "デッキブラシ、バケツ",
              "土のう": "土のう袋、スコップ", "運搬": "一輪車", "家屋内の片付け": "バール、防塵マスク"}
PARKING = ("敷地内に1台可", "敷地内に2台可", "近くにコインパーキングあり", "駐車不可（自転車で）", "前の道は駐車不可")
TOILET = ("借用可", "不可（近くの公園を利用）", "不可（コンビニを利用）")
PREFERRED = ("早めに", "平日午前", "土日希望", "いつでも可", "午後のみ")
NEED_NOTES = ("犬を飼っている", "駐車場が狭い", "2階に上がれない高齢者宅", "集合住宅の1階", "隣家と共用の通路あり",
              "民生委員からの紹介", "写真あり（受付票に添付）", "家族が遠方に住んでいる")
HOLD_REASONS = ("住人と連絡がつかない", "応急危険度判定の結果待ち", "家族と相談中")
CANCEL_REASONS = ("業者に依頼したため", "家族で対応できた", "重複受付")
CONTINUE_REASONS = ("泥出しが終わらず翌日継続", "家財搬出の続きがある", "床下の泥が残っている")
SAFETY = ("釘・ガラス片に注意", "床が抜けかけている箇所あり", "カビが多く防塵マスク必須", "前の道が狭く車両注意")
NEED_STAFF = ("中村 裕子", "高橋 健一", "小林 誠", "渡辺 直美", "伊藤 聡")

# (name, unit, quantity for a center of ~300 volunteers a day, minimum stock, consumable)
EQUIPMENT = (
    ("スコップ（角）", "本", 60, 20, False), ("スコップ（剣）", "本", 60, 20, False), ("一輪車", "台", 20, 6, False),
    ("土のう袋", "枚", 2000, 500, True), ("デッキブラシ", "本", 40, 10, False), ("バケツ", "個", 50, 15, False),
    ("高圧洗浄機", "台", 4, 1, False), ("ゴム手袋", "双", 600, 200, True), ("防塵マスク", "枚", 1000, 300, True),
    ("バール", "本", 15, 4, False), ("ブルーシート", "枚", 80, 20, True),
)
