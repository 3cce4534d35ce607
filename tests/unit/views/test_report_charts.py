"""The report pack as charts, PDF, PNG and .xlsx: what the owner reads on paper and in Excel.

The pack is built by hand in the contract's shape, so every number on a chart is known. The
PDF's text is read back (pdftotext when installed, else pypdf): its page count and its Chinese
titles. Warnings are errors, so a glyph the bundled font lacks ("Glyph missing") fails a test.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from matplotlib.text import Text

import resources
from models.core.money import Totals
from views import report_charts as rc

MONTHS = [f"2025-{m:02d}" for m in range(6, 13)] + [f"2026-{m:02d}" for m in range(1, 7)]

ZH = {
    "New customers by source": "按来源统计的新客户",
    "Deals won per month": "每月赢单",
    "Deals lost per month and why": "每月丢单及原因",
    "Sales funnel": "销售漏斗",
    "Activity per salesperson": "销售人员活动",
    "Top customers by amount": "按金额排名的重点客户",
    "Customers whose activity dropped": "活跃度下降的客户",
    "Weighted pipeline forecast": "加权销售预测",
    "Customer grades": "客户等级",
    "{abbr} {year}": "{year}年{month}月",
    "{abbr}": "{month}月",
    "Page {n} of {total}": "第 {n} 页，共 {total} 页",
    "Monthly report": "月度报告",
    "Salesperson: {name}": "销售人员：{name}",
    "{n} of {customers} customers make 80% of the amount": "{customers} 位客户中的 {n} 位贡献了 80% 的金额",
    "Proposal/quote": "方案报价",
    "Contract signing": "合同签署",
    "Price": "价格",
    "K=3 M=6 B=9": "万=4 亿=8",
    "Amount ({unit} {currency})": "金额（{unit}{currency}）",
    "Weighted amount ({unit} {currency})": "加权金额（{unit}{currency}）",
    "ten thousand": "万",
    "yuan": "元",
}


def chinese(context: str, text: str) -> str:
    return ZH.get(text, text)


def english(context: str, text: str) -> str:
    return text


def make_pack(**changes) -> dict:
    pack = {
        "month": "2026-06", "owner_id": "u2", "owner_name": "李娜", "shop": "鑫达建材商行",
        "new_customers": {"months": MONTHS, "sources": ["展会", "老客户介绍", ""],
                          "counts": {"展会": [1] * 13, "老客户介绍": [2] * 12 + [5],
                                     "": [0] * 12 + [1]}},
        "won_lost": {"months": MONTHS, "won_count": [0] * 12 + [3],
                     "won_amount": [Totals() for _ in range(12)] + [Totals({"CNY": 4560000})],
                     "lost_count": [1] * 12 + [2],
                     "lost_reasons": {"price": 1, "我们自己的原因": 1}},
        "funnel": {"stages": [
            {"id": "s1", "key": "proposal", "name": "", "entered": 3, "to_next_pct": 33.3,
             "drop_pct": 66.7, "median_days": 4.5},
            {"id": "s2", "key": "contract", "name": "", "entered": 1, "to_next_pct": None,
             "drop_pct": None, "median_days": None},
        ]},
        "activity": {"people": [
            {"user_id": "u1", "name": "老板", "call": 4, "visit": 1, "wechat": 7, "note": 2,
             "sms": 0, "email": 0, "reminders_done": 3, "reminders_overdue": 1,
             "deals_moved": 2, "deals_won": 1},
            {"user_id": "u2", "name": "李娜", "call": 9, "visit": 3, "wechat": 12, "note": 0,
             "sms": 1, "email": 0, "reminders_done": 5, "reminders_overdue": 0,
             "deals_moved": 4, "deals_won": 2},
        ]},
        "top_customers": {"rows": [{"id": "c1", "name": "杭州鑫达建材有限公司", "amount": 3000000},
                                   {"id": "c2", "name": "宁波五金", "amount": 1200000},
                                   {"id": "c3", "name": "温州灯具", "amount": 360000}],
                          "pareto_n": 2, "pareto_share": 0.8, "total": 4560000, "customers": 3,
                          "currency": "CNY", "others": Totals()},
        "dropping": [{"id": "c2", "name": "宁波五金", "before": 4.0, "now": 1}],
        "forecast": {"months": ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
                                "2026-11"],
                     "weighted": [Totals({"CNY": v}) if v else Totals()
                                  for v in (100000, 250000, 0, 0, 0, 80000)]},
        "currency": "CNY",
        "grades": {"counts": {"A": 2, "B": 5, "C": 9, "": 4}, "changed": 3, "up": 1, "down": 2},
        # after the deal (models.reports.after_sale)
        "as_of": "2026-07-03",
        "sales": {"products": [
            {"name": "螺纹钢 HRB400 Φ16", "unit": "吨", "qty_milli": 20000, "amount": 7760000,
             "currency": "CNY"},
            {"name": "黄沙 中砂", "unit": "吨", "qty_milli": 150500, "amount": 1956500,
             "currency": "CNY"},
            {"name": "Steel", "unit": "t", "qty_milli": 1000, "amount": 50000,
             "currency": "USD"}],
            "others": Totals({"CNY": 12300}), "orders": 3,
            "people": [{"user_id": "u2", "name": "李娜", "orders": 2, "amount": 9000000,
                        "currency": "CNY"},
                       {"user_id": "u1", "name": "老板", "orders": 1, "amount": 728800,
                        "currency": "CNY"}],
            "totals": Totals({"CNY": 9728800, "USD": 50000})},
        "collections": {"months": MONTHS[-6:],
                        "forecast": [Totals({"CNY": 500000})] * 5 + [Totals({"CNY": 47000000})],
                        "collected": [Totals({"CNY": 400000})] * 5 + [Totals({"CNY": 0})],
                        "pending": [Totals()] * 5 + [Totals({"CNY": 12000000})],
                        "gap": [Totals({"CNY": 100000})] * 5 + [Totals({"CNY": 47000000})]},
        "receivables": {
            "day": "2026-07-03", "buckets": ["not_due", "1-30", "31-60", "61-90", "90+"],
            "currency": "CNY",
            "rows": [{"customer_id": "c1", "name": "杭州鑫达建材有限公司", "owner_name": "李娜",
                      "total": 500000, "buckets": [100000, 0, 0, 0, 400000]},
                     {"customer_id": "c2", "name": "宁波五金", "owner_name": "老板",
                      "total": 30050, "buckets": [0, 30050, 0, 0, 0]}],
            "rest": {"customers": 1, "total": 7000, "buckets": [0, 0, 7000, 0, 0]},
            "totals": {"CNY": {"total": 537050, "buckets": [100000, 30050, 7000, 0, 400000]},
                       "USD": {"total": 900, "buckets": [0, 0, 0, 900, 0]}},
            "customers": 3},
        "overdue": [{"customer_id": "c1", "name": "杭州鑫达建材有限公司", "owner_name": "李娜",
                     "currency": "CNY", "amount": 400000, "since": "2026-02-01", "days": 152}],
        "repurchase": [{"customer_id": "c3", "name": "温州灯具", "owner_name": "李娜",
                        "last_order": "2026-04-01", "cycle_days": 30,
                        "next_order": "2026-05-01", "days": 63}],
        "tickets": {"month": {"opened": 4, "resolved": 3, "median_hours": 20.5, "calls": 2,
                              "satisfaction": 3.5, "unhappy": 1, "open": 2, "overdue": 1},
                    "months": MONTHS[-6:], "opened": [1, 0, 2, 3, 1, 4],
                    "resolved": [1, 0, 2, 2, 2, 3],
                    "satisfaction": [5.0, None, 4.5, 4.0, 5.0, 3.5]},
    }
    pack.update(changes)
    return pack


def pdf_text(path: Path) -> list[str]:
    """The text of each page."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                             text=True, check=True, timeout=60).stdout
        return out.split("\f")[:-1]
    pypdf = pytest.importorskip("pypdf")
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def font_characters() -> set[str]:
    from fontTools.ttLib import TTFont

    with TTFont(resources.FONT_FILE) as font:
        return {chr(c) for c in font.getBestCmap()}


def drawn_text(fig) -> str:
    return "".join(t.get_text() for t in fig.findobj(Text))


def test_one_figure_per_chart_with_title_and_period():
    made = rc.figures(make_pack(), chinese)
    assert [key for key, _, _ in made] == list(rc.CHARTS)
    titles = {key: title for key, title, _ in made}
    assert titles["funnel"] == "销售漏斗"
    for key, title, fig in made:
        heading = fig.get_suptitle()
        assert heading.startswith(title), key
        # what is owed is counted on the day the pack is made; the rest covers the month
        day = "2026-07-03" if key in rc.report_money.ON_THE_DAY else "2026年6月"
        assert day in heading, (key, heading)
        fig.canvas.draw()  # renders every glyph: a missing one warns, and warns are errors
    funnel = drawn_text(made[rc.CHARTS.index("funnel")][2])
    assert "方案报价" in funnel and "33.3%" in funnel and "66.7%" in funnel and "4.5" in funnel


def test_values_are_written_on_the_bars():
    made = dict((k, f) for k, _, f in rc.figures(make_pack(), english))
    assert "45.6" in drawn_text(made["won"])  # 45,600 as thousands
    totals = [t.get_text() for t in made["new_customers"].findobj(Text)]
    assert totals.count("3") >= 12 and "7" in totals  # each month's total above its stack
    top = drawn_text(made["top_customers"])
    assert "2 of 3 customers make 80% of the amount" in top
    assert "30.0" in top
    grades = [t.get_text() for t in made["grades"].findobj(Text)]
    assert {"2", "5", "9", "4", "3", "1"} <= set(grades)
    assert "Price" in drawn_text(made["lost"]) and "我们自己的原因" in drawn_text(made["lost"])


def test_amounts_are_in_wan_yuan_in_chinese_and_thousands_in_english():
    """A Chinese reader counts money in 万: ¥45,600 is 4.6 万元, not 45.6 千."""
    zh = dict((k, f) for k, _, f in rc.figures(make_pack(), chinese))
    won = [t.get_text() for t in zh["won"].findobj(Text)]
    assert "金额（万元）" in won and "4.6" in won and "45.6" not in won
    assert "加权金额（万元）" in drawn_text(zh["forecast"])
    assert "千" not in "".join(drawn_text(f) for f in zh.values())
    en = dict((k, f) for k, _, f in rc.figures(make_pack(), english))
    won = [t.get_text() for t in en["won"].findobj(Text)]
    assert "Amount (thousand yuan)" in won and "45.6" in won
    assert "Weighted amount (thousand yuan)" in drawn_text(en["forecast"])


def test_each_chart_says_whose_and_which_month_with_gridlines():
    for key, _title, fig in rc.figures(make_pack(), chinese):
        assert "鑫达建材商行 · 2026年6月" in drawn_text(fig), key
        if key in rc.report_money.TABLES:  # lists, drawn as tables
            continue
        axes = [ax for ax in fig.axes if ax.axison and ax.patches]
        assert any(line.get_visible() for ax in axes
                   for line in ax.get_xgridlines() + ax.get_ygridlines()), key
    for n, page in enumerate(rc.pages(make_pack(), chinese)[1:], start=2):
        assert "鑫达建材商行 · 2026年6月" in drawn_text(page), n


def test_the_font_has_every_character_drawn():
    have = font_characters() | {"\n", " "}
    for translate in (chinese, english):
        for key, _, fig in rc.figures(make_pack(), translate):
            missing = set(drawn_text(fig)) - have
            assert not missing, (key, missing)
    pages = rc.pages(make_pack(), chinese)
    assert not set("".join(drawn_text(p) for p in pages)) - have


def test_an_empty_month_draws_without_errors(tmp_path):
    empty = make_pack(
        new_customers={"months": MONTHS, "sources": [], "counts": {}},
        won_lost={"months": MONTHS, "won_count": [0] * 13,
                  "won_amount": [Totals() for _ in range(13)],
                  "lost_count": [0] * 13, "lost_reasons": {}},
        funnel={"stages": []},
        activity={"people": [{"user_id": "u1", "name": "老板", **dict.fromkeys(
            (*rc.CONTACT_KINDS, *rc.FOLLOW_KINDS), 0)}]},
        top_customers={"rows": [], "pareto_n": 0, "pareto_share": 0.8, "total": 0.0,
                       "customers": 0},
        dropping=[], grades={"counts": {"A": 0, "B": 0, "C": 0, "": 0}, "changed": 0, "up": 0,
                             "down": 0},
        sales={"products": [], "others": Totals(), "people": [], "totals": Totals(),
               "orders": 0},
        collections={"months": MONTHS[-6:], **{k: [Totals()] * 6 for k in
                                              ("forecast", "collected", "pending", "gap")}},
        receivables={"day": "2026-07-03", "buckets": ["not_due", "1-30", "31-60", "61-90", "90+"],
                     "currency": "CNY", "rows": [], "totals": {}, "customers": 0,
                     "rest": {"customers": 0, "total": 0, "buckets": [0] * 5}},
        overdue=[], repurchase=[],
        tickets={"month": {"opened": 0, "resolved": 0, "median_hours": None, "calls": 0,
                           "satisfaction": None, "unhappy": 0, "open": 0, "overdue": 0},
                 "months": MONTHS[-6:], "opened": [0] * 6, "resolved": [0] * 6,
                 "satisfaction": [None] * 6},
    )
    assert rc.write_pdf(empty, tmp_path / "empty.pdf", english, "en") == rc.pages_needed()
    text = "\n".join(pdf_text(tmp_path / "empty.pdf"))
    assert "No deals lost in Jun 2026" in text
    for words in ("No orders confirmed in Jun 2026.", "Nobody owes anything.",
                  "No customer is overdue.", "No regular customer is late to order again.",
                  "Jun 2026: no satisfaction calls"):
        assert words in text, words
    grades = dict((k, f) for k, _, f in rc.figures(empty, english))["grades"]
    assert all(ax.get_ylim()[0] == 0 for ax in grades.axes)


def test_pdf_pages_and_chinese_titles(tmp_path):
    path = tmp_path / "报告.pdf"
    pages = rc.write_pdf(make_pack(), path, chinese, "zh_CN")
    assert pages == 1 + 8 == rc.pages_needed()  # the title page, then two charts a page
    text = pdf_text(path)
    assert len(text) == pages
    assert "鑫达建材商行" in text[0] and "月度报告" in text[0] and "2026年6月" in text[0]
    assert "销售人员：李娜" in text[0]
    for n, page in enumerate(text, start=1):
        assert f"第 {n} 页，共 9 页" in page
    body = "\n".join(text[1:])
    for title in ("按来源统计的新客户", "每月赢单", "每月丢单及原因", "销售漏斗", "销售人员活动",
                  "按金额排名的重点客户", "活跃度下降的客户", "加权销售预测", "客户等级"):
        assert title in body, title
    assert "销售漏斗" in text[2] and "每月丢单及原因" in text[2]


def embedded_fonts(path: Path) -> list[tuple[str, str, bytes]]:
    """(font name, the PDF's declared subtype of its glyphs, the embedded font file) per font."""
    pypdf = pytest.importorskip("pypdf")
    out = []
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descendant = descendant.get_object()
                descriptor = descendant["/FontDescriptor"].get_object()
                stream = next(descriptor[k] for k in ("/FontFile2", "/FontFile3", "/FontFile")
                              if k in descriptor)
                out.append((str(descendant["/BaseFont"]), str(descendant["/Subtype"]),
                            stream.get_object().get_data()))
    return out


def test_pdf_fonts_are_declared_as_what_they_are(tmp_path):
    """Type 42 (CIDFontType2) declares TrueType outlines: the embedded file must hold a glyf
    table, never CFF data (MuPDF then draws no text at all, poppler warns)."""
    from io import BytesIO

    from fontTools.ttLib import TTFont

    path = tmp_path / "report.pdf"
    rc.write_pdf(make_pack(), path, chinese, "zh_CN")
    fonts = embedded_fonts(path)
    assert fonts
    for name, subtype, data in fonts:
        assert "KehuSans" in name
        assert subtype == "/CIDFontType2", name
        with TTFont(BytesIO(data)) as font:
            assert "glyf" in font and "CFF " not in font, name


def test_a_chinese_pdf_embeds_the_font_once(tmp_path):
    """A product named "螺纹钢 HRB400 Φ16" is on a page: set as Chinese text its digits are the
    font's usual ones, not the Latin forms that would need a second subset of the font."""
    from desktop.cli import _translator

    path = tmp_path / "report.pdf"
    pack = make_pack()
    assert any("HRB400" in p["name"] for p in pack["sales"]["products"])
    rc.write_pdf(pack, path, _translator("zh_CN"), "zh_CN")
    assert len({name for name, _, _ in embedded_fonts(path)}) == 1


def test_pdf_text_reads_back_without_warnings_in_pypdf(tmp_path, caplog):
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "report.pdf"
    rc.write_pdf(make_pack(), path, chinese, "zh_CN")
    with caplog.at_level("WARNING"):  # pypdf reports a broken font through logging
        text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    for words in ("鑫达建材商行", "月度报告", "每月赢单", "销售漏斗", "第 2 页，共 9 页"):
        assert words in text, words


@pytest.mark.skipif(not shutil.which("pdffonts") or not shutil.which("pdftotext"),
                    reason="poppler-utils (pdffonts, pdftotext) is not installed")
def test_poppler_reads_the_pdf_without_warnings(tmp_path):
    path = tmp_path / "report.pdf"
    rc.write_pdf(make_pack(), path, chinese, "zh_CN")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                           timeout=60)
    assert fonts.stderr == ""
    rows = fonts.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "CID TrueType" in row and "Identity-H" in row, row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, unicode
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60)
    assert text.stderr == ""
    assert "每月赢单" in text.stdout and "鑫达建材商行" in text.stdout


def test_saving_a_pdf_logs_nothing_from_font_subsetting(tmp_path, caplog):
    with caplog.at_level("DEBUG"):
        rc.write_pdf(make_pack(), tmp_path / "report.pdf", chinese, "zh_CN")
    assert not [r for r in caplog.records if r.name.startswith("fontTools")]


def test_png(tmp_path):
    _key, _title, fig = rc.figures(make_pack(), chinese)[0]
    path = rc.write_png(fig, tmp_path / "chart.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    with Image.open(path) as image:
        assert image.size == (round(rc.CHART_SIZE[0] * rc.PNG_DPI),
                              round(rc.CHART_SIZE[1] * rc.PNG_DPI))


def test_xlsx_one_sheet_per_chart_with_the_numbers(tmp_path):
    path = tmp_path / "numbers.xlsx"
    names = rc.write_xlsx(make_pack(), path, chinese)
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        assert wb.sheetnames == names and len(names) == len(rc.CHARTS)
        assert names[3] == "销售漏斗"
        sheets = {n: list(wb[n].iter_rows(values_only=True)) for n in names}
    finally:
        wb.close()
    funnel = sheets["销售漏斗"]
    assert funnel[0][0].startswith("销售漏斗")
    assert funnel[2][:5] == ("方案报价", 3, 33.3, 66.7, 4.5)
    assert funnel[3][:2] == ("合同签署", 1)
    won = sheets["每月赢单"]
    assert won[-1] == ("2026-06", 3, 45600)
    new = sheets["按来源统计的新客户"]
    assert new[1][-1] == "New customers" and new[-1][1:] == (1, 5, 1, 7)
    top = sheets["按金额排名的重点客户"]
    assert top[2] == ("杭州鑫达建材有限公司", 30000, 65.8)
    assert "3 位客户中的 2 位贡献了 80% 的金额" in [r[0] for r in top if r]
    lost = sheets["每月丢单及原因"]
    assert ("2026-06", None, "价格", 1) in lost
    grades = sheets["客户等级"]
    assert grades[2:6] == [("A", 2), ("B", 5), ("C", 9), ("No grade", 4)]


def several_currencies() -> dict:
    pack = make_pack()
    pack["won_lost"]["won_amount"][-1] = Totals({"CNY": 4560000, "USD": 450000, "JPY": 300000})
    pack["top_customers"]["others"] = Totals({"USD": 450000, "JPY": 300000})
    pack["forecast"]["weighted"][1] = Totals({"CNY": 250000, "USD": 99})
    return pack


def test_several_currencies_are_never_added(tmp_path):
    made = dict((k, f) for k, _, f in rc.figures(several_currencies(), english))
    won = drawn_text(made["won"])
    assert "45.6" in won  # the yuan only: not 45,600 + 4,500 + 300,000
    assert "Amount (thousand yuan)" in won
    assert "Charted in CNY only; also in other currencies: JP¥300,000 · $4,500" in won
    forecast = drawn_text(made["forecast"])
    assert "2.5" in forecast and "$0.99" in forecast
    assert "other currencies" in drawn_text(made["top_customers"])
    assert "other currencies" not in drawn_text(rc.figures(make_pack(), english)[1][2])
    path = tmp_path / "numbers.xlsx"
    rc.write_xlsx(several_currencies(), path, english)
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        sheets = {n: list(wb[n].iter_rows(values_only=True)) for n in wb.sheetnames}
    finally:
        wb.close()
    won = sheets["Deals won per month"]
    assert won[1] == ("Month", "Deals won", "Amount (CNY)", "Amount (JPY)", "Amount (USD)")
    assert won[-1] == ("2026-06", 3, 45600, 300000, 4500)
    forecast = sheets["Weighted pipeline forecast"]
    assert forecast[1] == ("Expected close month", "Amount (CNY)", "Amount (USD)")
    assert forecast[3] == ("2026-07", 2500, 0.99)
    top = sheets["Top customers by amount"]
    assert ("Amount (USD)", 4500, None) in top and ("Amount (JPY)", 300000, None) in top


def test_sheet_names_fit_excel():
    taken: set[str] = set()
    assert rc.sheet_name("a/b:c" + "x" * 40, taken) == "a_b_c" + "x" * 26
    assert rc.sheet_name("a/b:c" + "x" * 40, taken).endswith(" (2)")


def test_real_pack_of_a_demo_book(tmp_path):
    from models.core.book import Book
    from models.demo import write_demo
    from models.reports import monthly

    path = write_demo(tmp_path / "demo.sqlite", customers=80, seed=3)
    with Book.open(path, create=False) as book:
        pack = monthly.pack(book, "2026-01")
    assert rc.write_pdf(pack, tmp_path / "demo.pdf", english, "en") == rc.pages_needed()
    text = "\n".join(pdf_text(tmp_path / "demo.pdf"))
    assert "Sales funnel" in text and "Jan 2026" in text
    assert "Receivables aging by customer" in text and "Total (CNY)" in text
    assert "Service tickets" in text and "Sales by product" in text
    assert len(rc.write_xlsx(pack, tmp_path / "demo.xlsx", english)) == len(rc.CHARTS)


def test_the_pages_after_the_deal_show_who_owes_what_since_when():
    made = dict((k, f) for k, _, f in rc.figures(make_pack(), english))
    aging = [t.get_text() for t in made["receivables"].findobj(Text)]
    # each customer's buckets, the other customers, and a total row per currency
    for cell in ("杭州鑫达建材有限公司", "¥1,000", "¥4,000", "¥5,000", "宁波五金", "¥300.50",
                 "1 other customers", "¥70", "Total (CNY)", "¥5,370.50", "Total (USD)", "$9",
                 "Not yet due", "1-30 days", "Over 90 days"):
        assert cell in aging, cell
    assert "On 2026-07-03" in made["receivables"].get_suptitle()
    collections = drawn_text(made["collections"])
    assert "Jun 2026: expected ¥470,000, received ¥0, gap ¥470,000" in collections
    assert "Recorded, not confirmed" in collections  # pending money is not received
    products = drawn_text(made["sales_products"])
    assert "螺纹钢 HRB400 Φ16  (20 吨)" in products and "77.6" in products
    assert "Steel" not in products and "Other products: ¥123" in products
    people = drawn_text(made["sales_people"])
    assert "李娜" in people and "90.0 · 2 orders" in people
    assert "also in other currencies: $500" in people  # never added to the yuan
    overdue = [t.get_text() for t in made["overdue"].findobj(Text)]
    assert {"杭州鑫达建材有限公司", "¥4,000", "2026-02-01", "152"} <= set(overdue)
    repurchase = [t.get_text() for t in made["repurchase"].findobj(Text)]
    assert {"温州灯具", "2026-04-01", "30 days", "2026-05-01", "63"} <= set(repurchase)
    tickets = drawn_text(made["tickets"])
    assert ("Jun 2026: 2 satisfaction calls, average 3.5, 1 unhappy (1-2); median 20.5 hours "
            "to resolve") in tickets
    tables = {key: rows for key, _, rows in rc.tables(make_pack(), english)}
    assert tables["receivables"][-2:] == [["Total (CNY)", "", 1000, 300.5, 70, 0, 4000, 5370.5],
                                          ["Total (USD)", "", 0, 0, 0, 9, 0, 9]]
    assert tables["collections"][-1] == ["2026-06", 470000, 0, 120000]


def test_the_pages_after_the_deal_in_the_pdf_in_chinese(tmp_path):
    from desktop.cli import _translator

    path = tmp_path / "zh.pdf"
    rc.write_pdf(make_pack(), path, _translator("zh_CN"), "zh_CN")
    text = "\n".join(pdf_text(path))
    for words in ("按产品统计的销售额", "按销售人员统计的销售额", "回款：实收与应收", "按客户的应收账龄",
                  "逾期客户", "该回购的客户", "售后工单", "合计 (CNY)", "90 天以上", "截至 2026-07-03",
                  "差额 ¥470,000"):
        assert words in text, words
