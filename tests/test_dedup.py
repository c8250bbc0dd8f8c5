"""Tests for the dedup stage: exact, extended, cut and edited copies, and repeated runs."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle._dedup import MIN_UNITS, CollapseRepeats
from cleanarticle._errors import OptionError
from cleanarticle._model import Block, BlockKind, Document, Reason

# Hand-written news paragraphs (Traditional Chinese), each at least 20 characters.
PARAS = [
    "泉州把項目建設作為增長的動力、轉型的依託,全年新增簽約項目三百多個,總投資規模創下歷史新高。",
    "總投資達兩百億元的智慧家居小鎮簽約落戶南安,力促石材、陶瓷、水暖等多個産業跨界融合發展。",
    "抓好大項目難度大、矛盾多,廣大幹部敢擔當、敢作為,在一場場攻堅戰中刷新了項目建設的速度。",
    "市級一年前就建立招商工作機制,瞄準長三角、珠三角兩大區域,首次派出招商組進駐北京和上海。",
    "各地積極落實縣域招商主體責任,形成比學趕超勢頭,晉江市建立央企與地方常態化聯繫機制。",
    "行政服務中心對重點項目實行全流程並聯審批,審批時限由原來的兩個多月縮短到二十個工作日。",
    "對老百姓而言,項目建設應帶來實實在在的利好,拆遷戶在了解改造前景後主動支持政府工作。",
    "面對項目建設中難啃的硬骨頭,各地黨政幹部用心用情,贏得百姓的理解與支持,勠力同心向前。",
    "臺商投資區將企業報建的申請表整合壓縮,申報材料大幅精減,重點項目審批時限明顯提速。",
    "優質項目附加值大、拉動能力強、科技含量高,不僅惠及本地,更有望成為全國産業的一匹黑馬。",
    "新材料産業基地集聚上下游企業,全産業鏈效應逐步凸顯,成為實體經濟新的增長極和動力源。",
    "鄉鎮幹部從鄉里往縣城跑了十幾趟,耗時一個多月,終於組織産權人的代表一一簽字確認。",
    "陵園搬遷涉及上千座墳墓,工作組召開多輪部署會議,發動鄉賢志願者引導群眾理解安置方案。",
    "今年將繼續深化行政審批改革,提高辦事效能,優化營商環境,為項目落地提供貼心保姆式服務。",
    "晉江石墨烯産業園的半導體項目一期開工,産品將廣泛應用於電動汽車和儲能器件等多個領域。",
    "招引一個大項目,帶來一條産業鏈;如今傳統、高新、重化三大板塊結構更優,發展後勁更足。",
    "在高品質趕超征程中,每一個人都是主角,幹部群眾以實際行動書寫了新時代的奮鬥故事。",
    "超時序完成各項目標任務,為邁向高品質發展、落實趕超打下堅實基礎,全年工作圓滿收官。",
]
HEADINGS = ["情係項目", "群策群力比學趕超", "數讀項目", "結構更好", "服務加速跑", "規模更大", "層次更高"]
# Long English paragraphs (20+ words).
EN = [
    "The city council approved a new budget on Tuesday that raises spending on public transport, "
    "schools and housing while keeping property taxes flat for a third year.",
    "Officials said the plan would add dozens of bus routes across the northern districts, where "
    "commuters have long complained about crowded trains and unreliable connections.",
    "Critics argued that the budget relies on optimistic revenue forecasts and warned that a slowing "
    "economy could force painful cuts to social programmes within two years.",
]


def _doc(texts: list[str]) -> Document:
    return Document(source="", blocks=[Block(i, text) for i, text in enumerate(texts)])


def _run(texts: list[str], min_units: int = MIN_UNITS) -> Document:
    return CollapseRepeats(min_units=min_units)(_doc(texts))


def _reading(doc: Document) -> list[str]:
    """Kept texts in reading order: a moved block reads at its position."""
    live = doc.live()
    live.sort(key=lambda b: (b.position if b.position is not None else b.index, b.index))
    return [b.text for b in live]


def _removals(doc: Document) -> dict[int, tuple[Reason, str, int | None]]:
    return {b.index: (b.removal.reason, b.removal.rule, b.removal.twin) for b in doc.blocks if b.removal}


def _seed_like_run() -> list[str]:
    """A 28-block section: long paragraphs with short section headings between them."""
    run: list[str] = [HEADINGS[3]]
    paras = iter(PARAS)
    headings = iter(HEADINGS[:3] + HEADINGS[4:])
    for i in range(27):
        run.append(
            next(headings) if i % 5 == 3 else next(paras, f"第{i}段補充說明:本段內容為項目推進的細節描述。")
        )
    assert 28 == len(run)
    return run


def test_dedup_seed_like_run_printed_twice() -> None:
    """A 28-block run printed twice collapses, headings included; the extended last paragraph reads first."""
    before = ["泉州“項目攻堅2018”:踔厲奮發 泉州趕超", "2019-02-20 11:06:06|來源:泉州網|編輯:陳小林"]
    run = _seed_like_run()
    extended = run[-1].rstrip("。") + "(詳見下面四個圖表)。"
    after = ["(完)", "【福建】【泉州】【移動版】"]
    texts = before + run + run[:-1] + [extended] + after
    doc = _run(texts)
    first, copy = len(before), len(before) + len(run)
    ext_index = copy + len(run) - 1

    assert before + run[:-1] + [extended] + after == _reading(doc)
    assert float(first + len(run) - 1) == doc.blocks[ext_index].position
    removals = _removals(doc)
    assert (Reason.NEAR_DUPLICATE, "extended_copy", ext_index) == removals[first + len(run) - 1]
    for k in range(len(run) - 1):
        reason, rule, twin = removals[copy + k]
        assert (Reason.DUPLICATE, first + k) == (reason, twin)
        assert rule == ("exact_in_run" if run[k] in HEADINGS else "exact")
    assert len(run) == len(removals)


def test_dedup_interleaved_copy_with_extra_block() -> None:
    """A copy that comes later, with other blocks between and an ad inside it, is still one run."""
    section = [HEADINGS[0], PARAS[0], HEADINGS[1], PARAS[1], PARAS[2], HEADINGS[2], PARAS[3]]
    between = [PARAS[4], PARAS[5], "問:"]
    copy = [*section[:3], "廣告:點擊下載客戶端", *section[3:]]
    doc = _run(section + between + copy)

    assert section + between + ["廣告:點擊下載客戶端"] == _reading(doc)
    removals = _removals(doc)
    start = len(section) + len(between)
    expected_twins = [0, 1, 2, None, 3, 4, 5, 6]
    for offset, twin in enumerate(expected_twins):
        if twin is not None:
            assert twin == removals[start + offset][2]


def test_dedup_scattered_single_repeat() -> None:
    """A long paragraph repeated once elsewhere is removed; a short heading repeated alone is kept."""
    texts = [HEADINGS[0], PARAS[0], PARAS[1], PARAS[2], HEADINGS[0], PARAS[3], PARAS[1], PARAS[4]]
    doc = _run(texts)
    assert {6: (Reason.DUPLICATE, "exact", 2)} == _removals(doc)


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        (
            PARAS[0],
            "泉州把项目建设作为增长的动力、转型的依托,全年新增签约项目三百多个,总投资规模创下历史新高。",
        ),
        (
            "2018年全市新增簽約項目451個,總投資超過3000億元,其中百億元以上項目10個。",
            "２０１８年全市新增簽約項目４５１個，總投資超過３０００億元，其中百億元以上項目１０個。",
        ),
        (EN[0], EN[0].upper().replace(" ", "  ").replace(",", " ,")),
    ],
)
def test_dedup_script_and_width_swapped_copies_are_exact(original: str, copy: str) -> None:
    """Copies that differ only in script, width, case or spacing are exact duplicates."""
    doc = _run([original, PARAS[5], copy])
    assert {2: (Reason.DUPLICATE, "exact", 0)} == _removals(doc)
    assert copy == doc.blocks[2].text  # the page's own text is never rewritten


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "2018年全市新增“五個一批”簽約項目451個,總投資超過三千億元,不乏大項目和好項目。",
            "2019年全市新增“五個一批”簽約項目512個,總投資超過三千億元,不乏大項目和好項目。",
        ),
        (
            "第一條 甲方應當在合同簽訂後十個工作日內向乙方支付首期款項,並提供相關票據和證明材料。",
            "第二條 甲方應當在合同簽訂後十個工作日內向乙方支付首期款項,並提供相關票據和證明材料。",
        ),
        (
            "張偉表示,今年將繼續深化行政審批改革,提高辦事效能,優化營商環境,為企業提供更好的服務。",
            "李強表示,今年將繼續深化行政審批改革,提高辦事效能,優化營商環境,為企業提供更好的服務。",
        ),
        (
            "Revenue rose 5 percent in the third quarter, the company said on Monday, beating analyst "
            "forecasts for the fourth time in a row thanks to strong demand in Asia.",
            "Revenue rose 7 percent in the third quarter, the company said on Monday, beating analyst "
            "forecasts for the fourth time in a row thanks to strong demand in Asia.",
        ),
        (
            "John Smith, the chief executive of the company, said on Monday that the firm would open "
            "three new factories in the region over the next five years.",
            "Jane Brown, the chief executive of the company, said on Monday that the firm would open "
            "three new factories in the region over the next five years.",
        ),
        (
            "Ms Lee, the chief executive of the company, said on Monday that the firm would open "
            "three new factories in the region over the next five years.",
            "Ms Li, the chief executive of the company, said on Monday that the firm would open "
            "three new factories in the region over the next five years.",
        ),
        (
            "2018年泉州全市新增簽約重點項目總數為45",
            "2018年泉州全市新增簽約重點項目總數為451個,同比增長兩成。",
        ),
        (
            "The meeting was held on January 12 and the board approved the merger after a long debate "
            "about the valuation of the two companies and their pension obligations.",
            "The meeting was held on February 12 and the board approved the merger after a long debate "
            "about the valuation of the two companies and their pension obligations.",
        ),
    ],
)
def test_dedup_near_miss_twins_are_kept(first: str, second: str) -> None:
    """Near-identical blocks whose numbers, ordinals, names or dates differ are different facts."""
    doc = _run([first, PARAS[6], second])
    assert {} == _removals(doc)


@pytest.mark.parametrize(
    "texts",
    [
        ["問:", PARAS[0], "答:", PARAS[1], "問:", PARAS[2], "答:", PARAS[3], "(完)"],
        ["Q:", EN[0], "A:", EN[1], "Q:", EN[2], "A:", PARAS[4], "Photo:", "Photo:"],
        ["(完)", PARAS[5], "(完)", PARAS[6], "(完)"],
        ["Price: $5", "Price: $7", "Price: $5", "Size: M", "Size: M"],
    ],
)
def test_dedup_recurring_short_labels_are_kept(texts: list[str]) -> None:
    """Short labels that legitimately recur (問:/答:, Q:, (完), Photo:, list items) are kept."""
    doc = _run(texts)
    assert {} == _removals(doc)


def test_dedup_label_before_a_repeated_answer_goes_with_it() -> None:
    """In an interview, the label in front of a repeated answer is part of the copy; later labels stay."""
    texts = ["問:", PARAS[0], "答:", PARAS[1], "問:", PARAS[2], "答:", PARAS[1], "問:", PARAS[3]]
    doc = _run(texts)
    assert {
        6: (Reason.DUPLICATE, "exact_in_run", 2),
        7: (Reason.DUPLICATE, "exact", 3),
    } == _removals(doc)


def test_dedup_ignores_already_removed_blocks() -> None:
    """Blocks removed by an earlier stage are neither matched nor changed."""
    doc = _doc([PARAS[0], PARAS[1], PARAS[0], PARAS[2]])
    doc.blocks[0].remove("boilerplate", Reason.PROMO, "promo_text")
    CollapseRepeats()(doc)
    assert {0: (Reason.PROMO, "promo_text", None)} == _removals(doc)
    assert [PARAS[1], PARAS[0], PARAS[2]] == _reading(doc)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        (PARAS[17], PARAS[17].rstrip("。") + "(詳見下面四個圖表)。"),
        (EN[2], EN[2].rstrip(".") + " (see the chart below)."),
        (PARAS[8], "據泉州網報道," + PARAS[8]),
    ],
)
def test_dedup_isolated_extended_copy(short: str, long: str) -> None:
    """An isolated longer later copy replaces the earlier shorter one but stays where it is."""
    doc = _run([short, PARAS[1], PARAS[2], long])
    assert {0: (Reason.NEAR_DUPLICATE, "extended_copy", 3)} == _removals(doc)
    assert [PARAS[1], PARAS[2], long] == _reading(doc)
    assert doc.blocks[3].position is None


@pytest.mark.parametrize(
    ("full", "shorter"),
    [
        (PARAS[17].rstrip("。") + "(詳見下面四個圖表)。", PARAS[17]),
        (EN[2].rstrip(".") + " (see the chart below).", EN[2]),
    ],
)
def test_dedup_shorter_later_copy_is_removed(full: str, shorter: str) -> None:
    """When the later copy is the shorter one, the later copy goes and the first stays in place."""
    doc = _run([full, PARAS[1], shorter])
    assert {2: (Reason.NEAR_DUPLICATE, "extended_copy", 0)} == _removals(doc)
    assert doc.blocks[0].position is None


LONG_EN = EN[0] + " " + EN[1]


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        (PARAS[0], PARAS[0][:22] + "…"),
        (PARAS[0], PARAS[0][:25] + "……"),
        (LONG_EN, LONG_EN[:150] + "..."),
        (LONG_EN, LONG_EN[:170] + " …"),
    ],
)
def test_dedup_cut_copy_of_earlier_block(full: str, cut: str) -> None:
    """A copy truncated with an ellipsis is removed in favour of the full earlier block."""
    doc = _run([full, PARAS[2], cut])
    assert {2: (Reason.NEAR_DUPLICATE, "cut_copy", 0)} == _removals(doc)


def test_dedup_cut_first_copy_in_run_is_replaced_by_full_one() -> None:
    """In a run printed twice, a first copy cut with … gives way to the full text, read at its place."""
    cut = PARAS[2][:24] + "…"
    section = [HEADINGS[0], PARAS[0], PARAS[1], cut]
    copy = [HEADINGS[0], PARAS[0], PARAS[1], PARAS[2]]
    doc = _run([*section, PARAS[9], *copy])
    assert [HEADINGS[0], PARAS[0], PARAS[1], PARAS[2], PARAS[9]] == _reading(doc)
    assert (Reason.NEAR_DUPLICATE, "cut_copy", 8) == _removals(doc)[3]
    assert 3.0 == doc.blocks[8].position


@pytest.mark.parametrize(
    ("original", "edited"),
    [
        (
            PARAS[0] + PARAS[1],
            PARAS[0] + PARAS[1].replace("力促", "大力促進"),
        ),
        (EN[0] + " " + EN[1], EN[0].replace("a new budget", "the new budget") + " " + EN[1]),
        (EN[0] + " " + EN[1], EN[0].replace("on Tuesday", "late on Tuesday") + " " + EN[1]),
    ],
)
def test_dedup_small_edit_of_long_block(original: str, edited: str) -> None:
    """A long block repeated with a small edit (a typo fixed, a word added) is an edited copy."""
    doc = _run([original, PARAS[3], edited])
    assert {2: (Reason.NEAR_DUPLICATE, "edited_copy", 0)} == _removals(doc)


def test_dedup_substituted_word_is_not_an_edit() -> None:
    """Swapping a whole word in a long block (rose -> fell) makes it a different statement."""
    original = EN[0] + " " + EN[1]
    doc = _run([original, PARAS[3], original.replace("raises spending", "cuts spending")])
    assert {} == _removals(doc)


def test_dedup_images_and_code_are_not_matched() -> None:
    """Images with the same alt text and repeated code lines are left alone."""
    doc = Document(
        source="",
        blocks=[
            Block(
                0, "A view of the harbour at sunset with fishing boats returning home", kind=BlockKind.IMAGE
            ),
            Block(
                1, "A view of the harbour at sunset with fishing boats returning home", kind=BlockKind.IMAGE
            ),
            Block(
                2,
                "SELECT status_code, count(*) FROM requests GROUP BY status_code ORDER BY 2 DESC;",
                kind=BlockKind.CODE,
            ),
            Block(
                3,
                "SELECT status_code, count(*) FROM requests GROUP BY status_code ORDER BY 2 DESC;",
                kind=BlockKind.CODE,
            ),
        ],
    )
    CollapseRepeats(min_units=5)(doc)
    assert {} == _removals(doc)


@pytest.mark.parametrize(("min_units", "removed"), [(20, set()), (5, {2})])
def test_dedup_min_units_sets_what_is_short(min_units: int, removed: set[int]) -> None:
    """A scattered repeat below min_units (and below the short-exact floor) is kept; lowering
    min_units collapses it."""
    sentence = "項目攻堅,三分部署。"  # 8 letters: under SHORT_EXACT_MIN_CHARS
    doc = _run([sentence, PARAS[0], sentence], min_units=min_units)
    assert removed == set(_removals(doc))


def _distinct_paragraphs(n: int) -> list[str]:
    rng = random.Random(7)
    han = "".join(sorted(set("".join(PARAS)) - set(",、;:“”。()")))
    return [f"第{i}段:" + "".join(rng.choice(han) for _ in range(rng.randint(30, 90))) for i in range(n)]


def test_dedup_large_page_with_few_repeats() -> None:
    """On 10,000 distinct paragraphs, exactly the planted repeats are found, each with its twin."""
    texts = _distinct_paragraphs(10_000)
    texts += [
        texts[123],  # 10000: exact repeat
        texts[4_567].rstrip("。") + "(詳見下圖)。",  # 10001: extended copy, replaces 4567
        texts[9_876][:25] + "…",  # 10002: cut copy
        texts[5_000].replace("段:", "段: "),  # 10003: same key
    ]
    doc = _run(texts)
    assert {
        10_000: (Reason.DUPLICATE, "exact", 123),
        4_567: (Reason.NEAR_DUPLICATE, "extended_copy", 10_001),
        10_002: (Reason.NEAR_DUPLICATE, "cut_copy", 9_876),
        10_003: (Reason.DUPLICATE, "exact", 5_000),
    } == _removals(doc)


def test_dedup_is_deterministic() -> None:
    """The same input gives the same removals and positions on every run."""
    run = _seed_like_run()
    texts = [*run, PARAS[0][:22] + "…", *run]
    first, second = _run(list(texts)), _run(list(texts))
    assert _removals(first) == _removals(second)
    assert [b.position for b in first.blocks] == [b.position for b in second.blocks]


def test_dedup_never_deletes_or_edits_blocks() -> None:
    """Every input block is still there with its own text; only removal marks change."""
    run = _seed_like_run()
    texts = run + run
    doc = _doc(texts)
    blocks = list(doc.blocks)
    out = CollapseRepeats()(doc)
    assert out is doc
    assert blocks == out.blocks
    assert texts == [b.text for b in out.blocks]
    assert all(b.removal.stage == "dedup" for b in out.blocks if b.removal)


@pytest.mark.parametrize("options", [{"min_units": 0}, {"near_ratio": 0.0}, {"near_ratio": 101.0}])
def test_dedup_rejects_unusable_options(options: dict[str, float]) -> None:
    """Options that cannot work raise OptionError naming the value."""
    with pytest.raises(OptionError, match=str(next(iter(options.values())))):
        CollapseRepeats(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        (PARAS[0], PARAS[0][:14] + "…"),
        (EN[0], " ".join(EN[0].split()[:9]) + "..."),
    ],
)
def test_dedup_short_cut_copy_of_long_block(full: str, cut: str) -> None:
    """A teaser cut to under min_units is still a cut copy of the long block (dedup_eval cut_copy)."""
    doc = _run([full, PARAS[2], cut])
    assert {2: (Reason.NEAR_DUPLICATE, "cut_copy", 0)} == _removals(doc)


def test_dedup_short_cut_teaser_before_full_block() -> None:
    """A short cut teaser that comes first gives way to the full paragraph printed later."""
    doc = _run([PARAS[0][:14] + "…", PARAS[2], PARAS[0]])
    assert {0: (Reason.NEAR_DUPLICATE, "cut_copy", 2)} == _removals(doc)


@pytest.mark.parametrize(
    "line",
    ["Image copyright Getty Images", "Good Morning America", "地 点：经济学院第二教学楼201"],
)
def test_dedup_short_exact_repeat_removed(line: str) -> None:
    """A short line repeated word for word, scattered (a photo credit, a show name), is a repeat."""
    doc = _run([line, PARAS[0], line, PARAS[2], line])
    assert {2: (Reason.DUPLICATE, "exact_short", 0), 4: (Reason.DUPLICATE, "exact_short", 0)} == _removals(
        doc
    )


@pytest.mark.parametrize("label", ["問:", "答:", "(完)", "Q:", "Photo:"])
def test_dedup_short_labels_below_floor_kept(label: str) -> None:
    """Labels shorter than the short-exact floor recur freely."""
    doc = _run([label, PARAS[0], label, PARAS[2], label])
    assert {} == _removals(doc)


def test_dedup_short_cut_line_alone_is_kept() -> None:
    """A short line ending with … that is no prefix of a long block stays; only its exact repeat goes."""
    doc = _run([PARAS[0], "更多精彩內容請看下期節目…", PARAS[2], "更多精彩內容請看下期節目…"])
    assert {3: (Reason.DUPLICATE, "exact_short", 1)} == _removals(doc)


def test_dedup_run_of_short_blocks_collapsed() -> None:
    """A list of short titles printed twice in a row is a copy, though every line is short."""
    titles = ["一、總則", "二、招商", "三、審批", "四、附則"]
    doc = _run([PARAS[0], *titles, PARAS[1], *titles])
    assert {6: 1, 7: 2, 8: 3, 9: 4} == {i: twin for i, (_, _, twin) in _removals(doc).items()}


def test_dedup_alternating_labels_not_a_run() -> None:
    """An interview's 問:/答: labels between different answers never form a run of copies."""
    doc = _run(["問:", PARAS[0], "答:", PARAS[1], "問:", PARAS[2], "答:", PARAS[3]])
    assert {} == _removals(doc)


def test_dedup_short_line_after_single_repeat_taken_unless_label() -> None:
    """After one repeated paragraph, the short line that followed it both times goes; a label stays."""
    doc = _run([PARAS[0], "四、報名日期與地點", PARAS[1], PARAS[0], "四、報名日期與地點", "問:"])
    assert {3: 0, 4: 1} == {i: twin for i, (_, _, twin) in _removals(doc).items()}


def test_dedup_repeat_of_removed_short_block() -> None:
    """A short line repeating one an earlier stage removed (a date line read as metadata) goes too."""
    doc = _doc(["2022-02-13 20:04:17", PARAS[0], PARAS[1], "2022-02-13 20:04:17", PARAS[2]])
    doc.blocks[0].remove("metadata", Reason.METADATA, "date_line")
    CollapseRepeats()(doc)
    assert (Reason.DUPLICATE, "exact_of_removed", 0) == _removals(doc)[3]


def test_dedup_long_repeat_of_removed_block_kept() -> None:
    """A long paragraph whose twin was removed outside the main content (a standfirst) stays."""
    doc = _doc([PARAS[0], PARAS[1], PARAS[0]])
    doc.blocks[0].remove("content", Reason.OUTSIDE_MAIN, "outside:div")
    CollapseRepeats()(doc)
    assert [0] == list(_removals(doc))


def _with_removed(texts: list[str], removed: dict[int, tuple[Reason, str]]) -> Document:
    """Run the stage on ``texts`` after marking some blocks removed by an earlier stage."""
    doc = _doc(texts)
    for i, (reason, rule) in removed.items():
        doc.blocks[i].remove("earlier", reason, rule)
    return CollapseRepeats()(doc)


def test_dedup_run_aligned_past_lines_recurring_elsewhere() -> None:
    """A copied run is aligned with the occurrence matching longest, not its first line's first one."""
    texts = [PARAS[0], "1、英語", "2、美術史", "3、戲曲理論", "01 張三", "1、英語", "2、美術史"]
    texts += [
        "3、美術理論批評史",
        "02近現代美術 郎紹君",
        PARAS[1],
        "2、美術史",
        "3、美術理論批評史",
        "02近現代美術 郎紹君",
    ]
    doc = _run(texts)
    assert {10: 6, 11: 7, 12: 8} == {i: twin for i, (_, _, twin) in _removals(doc).items()}


def test_dedup_recurring_structure_is_not_a_copied_run() -> None:
    """Lines that recur under every heading of a programme are its structure: a repeat of them stays."""
    texts = [PARAS[0], "1、英語", "2、美術史", "3、美術理論", "4、山水畫", "01 張三"]
    texts += ["1、英語", "2、戲曲史", "3、戲曲理論", "4、戲曲美學", "02 李四"]
    texts += ["1、英語", "2、美術史", "3、美術理論", "4、現代美術", "03 王五"]
    texts += ["1、英語", "2、美術史", "3、美術理論", "4、現代美術"]
    removals = _removals(_run(texts))
    assert set() == set(removals) & {16, 17, 18, 19}


def test_dedup_punctuation_lines_inside_a_copied_run() -> None:
    """Code lines with no letters ("});") line up inside a copied run, so the lines after them go too."""
    code = ["res.json().then(function(data) {", "console.log(data.entries);", "});", "} else {"]
    texts = [EN[0], *code, "console.log(error);", EN[1], *code[1:], EN[2]]
    doc = _run(texts)
    assert {7: 2, 8: 3, 9: 4} == {i: twin for i, (_, _, twin) in _removals(doc).items()}


@pytest.mark.parametrize(
    "lines",
    [
        ["list: [", "]", "list: [", "]", "list: [", "]", "list: [", "]", "list: [", "]"],
        ["Photo", "Photo", "Photo", "Photo", "Photo", "Photo", "Photo"],
        ["Yes", "No", "Yes", "No", "Yes", "No", "Yes", "No"],
    ],
)
def test_dedup_repeating_pattern_is_not_a_copied_run(lines: list[str]) -> None:
    """Lines that repeat a pattern with a period shorter than the stretch (JSON, a gallery) stay."""
    doc = _run([EN[0], *lines, EN[1]])
    assert {} == _removals(doc)


def test_dedup_run_aligned_over_a_removed_line() -> None:
    """A copy is aligned over a line an earlier stage removed in the original (a date line)."""
    texts = [PARAS[0], "2022-02-13 20:04:17", "春潮聲聲、踔厲奮發。", PARAS[1], PARAS[2]]
    texts += [PARAS[0], "2022-02-13 20:04:17", "春潮声声、踔厉奋发。"]
    doc = _with_removed(texts, {1: (Reason.METADATA, "date_line")})
    removals = _removals(doc)
    assert (Reason.DUPLICATE, "exact_in_run", 2) == removals[7]
    assert (Reason.DUPLICATE, "exact_of_removed", 1) == removals[6]


def test_dedup_run_aligned_over_a_removed_separator_line() -> None:
    """A copied text table is aligned over its rule line ("───┼───"), which the parse stage removed
    as empty in both the original and the copy, so the copy's short header line goes too."""
    table = ["n │ zscore", "───┼──────", "2 │ -0.757", "3 │ -0.432", "5 │ 0.216"]
    texts = [EN[0], *table, EN[1], *table, EN[2]]
    doc = _with_removed(texts, {2: (Reason.EMPTY, "no_text"), 8: (Reason.EMPTY, "no_text")})
    assert {7: 1, 9: 3, 10: 4, 11: 5} == {
        i: twin for i, (_, _, twin) in _removals(doc).items() if i not in (2, 8)
    }


def test_dedup_removed_rows_do_not_make_a_run() -> None:
    """Removed link rows repeated in a table do not turn two repeated short cells into a run."""
    texts = [PARAS[0], "MBC MUSIC", "Pink Festa", "共2集", PARAS[1], "MBC MUSIC", "Pink Festa", "共2集"]
    doc = _with_removed(texts, {1: (Reason.NAVIGATION, "link_dense"), 5: (Reason.NAVIGATION, "link_dense")})
    assert {1, 5} == set(_removals(doc))


@pytest.mark.parametrize(
    ("label", "copy", "removed"),
    [
        ("騙局之5", "骗局之5", True),  # a heading seen once before, other script
        ("[ CNET ]", "［　ＣＮＥＴ　］", True),  # a source tag seen before only in another width
        ("[ CNET ]", "[ CNET ]", False),  # the same tag printed the same way again: a label
        ("問:", "問:", False),
    ],
)
def test_dedup_short_twin_after_single_repeat(label: str, copy: str, removed: bool) -> None:
    """After one repeated paragraph, a short twin goes unless it is a label the page prints verbatim again."""
    texts = [label, EN[0], label, EN[1], EN[2], EN[0], copy]
    doc = _run(texts)
    assert removed == (6 in _removals(doc))
    assert (Reason.DUPLICATE, "exact", 1) == _removals(doc)[5]


def test_dedup_label_between_paragraph_and_its_copy_is_kept() -> None:
    """In "label, paragraph, label, cut copy" the middle label may be the original's: it stays."""
    texts = ["隱身登錄", PARAS[0], "隱身登錄", PARAS[0][:20] + "…"]
    assert {3: (Reason.NEAR_DUPLICATE, "cut_copy", 1)} == _removals(_run(texts))


def test_dedup_label_after_tandem_copy_goes() -> None:
    """In "label, paragraph, label, paragraph, label" one label goes with the copy: the last one."""
    texts = ["保存一年", "隱身登錄", PARAS[0], "隱身登錄", PARAS[0], "隱身登錄"]
    assert {4: 2, 5: 3} == {i: twin for i, (_, _, twin) in _removals(_run(texts)).items()}


@pytest.mark.parametrize(
    ("reason", "rule", "removed"),
    [
        (Reason.METADATA, "date_line", True),
        (Reason.METADATA, "headline", False),
        (Reason.OUTSIDE_MAIN, "outside:div", False),
    ],
)
def test_dedup_long_copy_of_removed_meta_line(reason: Reason, rule: str, removed: bool) -> None:
    """A long extended copy of a removed date line goes too; of a headline or standfirst it stays."""
    line = "TNW中文站2016年10月14日07:17"
    doc = _with_removed([line, PARAS[0], PARAS[1], line + "(詳見下圖)"], {0: (reason, rule)})
    expected = {3: (Reason.NEAR_DUPLICATE, "copy_of_removed", 0)} if removed else {}
    assert expected == {i: r for i, r in _removals(doc).items() if i != 0}


# Keys built from a small alphabet so that n-grams recur: copies, shifted copies, shared openings.
_KEY_ALPHABET = "abcd"


@given(st.lists(st.text(alphabet=_KEY_ALPHABET, min_size=8, max_size=60), min_size=1, max_size=30))
def test_dedup_index_heads_filter_finds_the_same_candidates(keys: list[str]) -> None:
    """Indexing only strided n-grams that are some key's head gives what indexing all of them gives."""
    from cleanarticle._dedup import ANCHOR_CHARS, EXTEND_MIN_COVER, _dense_offsets, _Index

    heads = frozenset(k[o : o + ANCHOR_CHARS] for k in keys for o in _dense_offsets(k))
    every = frozenset(k[o : o + ANCHOR_CHARS] for k in keys for o in range(len(k) - ANCHOR_CHARS + 1))
    filtered, full = _Index(EXTEND_MIN_COVER, heads), _Index(EXTEND_MIN_COVER, every)
    for slot, key in enumerate(keys):
        grams, all_grams = filtered.grams(key), full.grams(key)
        assert full.candidates(all_grams) == filtered.candidates(grams)
        filtered.add(slot, grams)
        full.add(slot, all_grams)


def test_dedup_index_counts_a_repeated_anchor_each_time() -> None:
    """A key whose strided n-grams repeat one earlier head shares that anchor once per repeat."""
    from cleanarticle._dedup import EXTEND_MIN_COVER, _Index

    first, later = "abcdefgh" + "x" * 12, "abcdefghabcdefgh" + "y" * 24
    index = _Index(EXTEND_MIN_COVER, frozenset({"abcdefgh", "bcdefgha", "cdefghab", "defghabc"}))
    index.add(0, index.grams(first))
    # Dense "abcdefgh" of ``first`` is read at strided offsets 0 and 8 of ``later``; the strided
    # table gives one more hit for ``later``'s dense n-gram at offset 0.
    assert {0: 3} == index.candidates(index.grams(later))
