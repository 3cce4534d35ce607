"""The monthly report pack as charts: matplotlib figures, an A4 PDF, PNG files and an .xlsx.

Qt-free (matplotlib's Agg and PDF backends only), so the command line can write a report on a
machine with no display; the Reports page shows the same figures in a FigureCanvasQTAgg. This
module imports matplotlib at import time: import it only where a report is made, never at start.

Every chart is drawn into a container (a Figure of its own, or one of the two SubFigures of an
A4 page), so the screen, the PNG files and the printed page show the same drawing. Text comes
from `translate(context, text)`: QCoreApplication.translate in the app, the CLI's translator or a
plain function in tests. The bundled CJK font (resources.FONT_FILE) draws every glyph.

Amounts come as integer minor units per currency (models.core.money). The charts draw the book's
main currency (pack["currency"]) in the round unit a reader of the language counts in (thousands
in English, 万 in Chinese: views.common.compact_units) and, when deals in other currencies exist, say so under the
chart with their totals: two currencies never share a bar. The tables give one column per
currency, in major units.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

import resources
from models import deals
from models.core import clock, money
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.money import Money, Totals
from views.common import compact_units, format_totals

Translate = Callable[[str, str], str]
CTX = "reports"

A4 = (8.27, 11.69)  # inches, portrait
CHART_SIZE = (8.27, 5.6)  # one chart: half an A4 page
PNG_DPI = 150
# One restrained palette for every chart: a deep blue for the main series, then colours that
# stay apart in print and for the colour-blind (after Tableau 10 / ColorBrewer, darkened).
COLORS = ("#1f4e79", "#4f9bd1", "#e08a2e", "#5a9e6f", "#8c6bb1", "#c9a227", "#3fa7a0",
          "#b05a7a", "#7f8c8d", "#a3b8cc")
WON, LOST, MUTED = "#2e7d4f", "#c0504d", "#a6b0bb"
INK, SOFT, GRID = "#1a2b3c", "#5f6b77", "#e3e7ec"  # titles and labels, notes, gridlines

TITLES = {
    "new_customers": T("reports", "New customers by source"),
    "won": T("reports", "Deals won per month"),
    "lost": T("reports", "Deals lost per month and why"),
    "funnel": T("reports", "Sales funnel"),
    "activity": T("reports", "Activity per salesperson"),
    "top_customers": T("reports", "Top customers by amount"),
    "dropping": T("reports", "Customers whose activity dropped"),
    "forecast": T("reports", "Weighted pipeline forecast"),
    "grades": T("reports", "Customer grades"),
}
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_LONG = T("reports", "{abbr} {year}")  # Chinese: {year}年{month}月
MONTH_TICK = T("reports", "{abbr}")  # Chinese: {month}月
PERIOD_RANGE = T("reports", "{first} – {last}")
PERIOD_YEAR = T("reports", "12 months to {last}")
REPORT = T("reports", "Monthly report")
FOR_OWNER = T("reports", "Salesperson: {name}")
EVERYONE = T("reports", "Salesperson: everyone")
MADE_ON = T("reports", "Made on {date}")
PAGE = T("reports", "Page {n} of {total}")
CONTENTS = T("reports", "Contents")
NO_DATA = T("reports", "Nothing to show for this period.")
NO_SOURCE = T("reports", "(no source)")
OTHER_SOURCES = T("reports", "Other sources")
NEW_CUSTOMERS = T("reports", "New customers")
MONTH = T("reports", "Month")
SOURCE = T("reports", "Source")
COUNT = T("reports", "Count")
DEALS_WON = T("reports", "Deals won")
DEALS_LOST = T("reports", "Deals lost")
AMOUNT_K = T("reports", "Amount ({unit} {currency})")  # Chinese: 金额（{unit}{currency}）
AMOUNT = T("reports", "Amount ({currency})")
OTHER_CURRENCIES = T("reports", "Charted in {currency} only; also in other currencies: {others}")
REASON = T("reports", "Reason")
LOST_IN = T("reports", "Why deals were lost in {month}")
NONE_LOST = T("reports", "No deals lost in {month}")
STAGE = T("reports", "Stage")
ENTERED = T("reports", "Deals that entered the stage")
TO_NEXT = T("reports", "To next stage")
DROP = T("reports", "Drop-off")
MEDIAN_DAYS = T("reports", "Median days in stage")
DAYS = T("reports", "{days:.1f} d")
SALESPERSON = T("reports", "Salesperson")
CONTACTS = T("reports", "Contacts logged")
FOLLOW_UP = T("reports", "Reminders and deals")
ACTIVITY = {
    "call": T("reports", "Calls"),
    "visit": T("reports", "Visits"),
    "wechat": T("reports", "WeChat"),
    "note": T("reports", "Notes"),
    "sms": T("reports", "SMS"),
    "email": T("reports", "Emails"),
    "reminders_done": T("reports", "Reminders done"),
    "reminders_overdue": T("reports", "Reminders overdue"),
    "deals_moved": T("reports", "Deals moved"),
    "deals_won": T("reports", "Deals won"),
}
CONTACT_KINDS = ("call", "visit", "wechat", "note", "sms", "email")
FOLLOW_KINDS = ("reminders_done", "reminders_overdue", "deals_moved", "deals_won")
CUSTOMER = T("reports", "Customer")
CUMULATIVE = T("reports", "Cumulative share of the amount (%)")
PARETO = T("reports", "{n} of {customers} customers make 80% of the amount")
BEFORE = T("reports", "Before (average per month, 3 months)")
NOW = T("reports", "This month")
INTERACTIONS = T("reports", "Interactions logged")
NONE_DROPPED = T("reports", "No customer's activity dropped.")
CLOSE_MONTH = T("reports", "Expected close month")
WEIGHTED = T("reports", "Weighted amount ({unit} {currency})")
GRADE = T("reports", "Grade")
NO_GRADE = T("reports", "No grade")
CUSTOMERS = T("reports", "Number of customers")
CHANGES = T("reports", "Grade changes in {month}")
CHANGED = T("reports", "Changed")
UP = T("reports", "Grade up")
FOOTER = T("reports", "{shop} · {month}")
# The round unit of the charts' amounts, by power of ten (Chinese: 千, 万, 百万, 亿).
UNIT_WORDS = {3: T("reports", "thousand"), 4: T("reports", "ten thousand"),
              6: T("reports", "million"), 8: T("reports", "hundred million")}
# A currency in a chart's axis title, after the unit: "thousand yuan", Chinese "万元".
CURRENCY_WORDS = {
    "CNY": T("reports", "yuan"), "USD": T("reports", "US dollars"),
    "EUR": T("reports", "euros"), "HKD": T("reports", "Hong Kong dollars"),
    "JPY": T("reports", "yen"), "GBP": T("reports", "pounds"), "KRW": T("reports", "won"),
    "TWD": T("reports", "New Taiwan dollars"),
}
DOWN = T("reports", "Grade down")

_font_name: str | None = None


def setup_font() -> str:
    """Register the bundled font with matplotlib and make it the default; returns its name."""
    global _font_name
    if _font_name is None:
        font_manager.fontManager.addfont(str(resources.FONT_FILE))
        _font_name = font_manager.FontProperties(fname=str(resources.FONT_FILE)).get_name()
    matplotlib.rcParams["font.family"] = [_font_name]
    matplotlib.rcParams["font.sans-serif"] = [_font_name]
    matplotlib.rcParams["axes.unicode_minus"] = False  # the font has no U+2212
    matplotlib.rcParams["pdf.fonttype"] = 42  # real text in the PDF: it can be searched
    # matplotlib subsets the font for each PDF with fontTools, which logs ~130 INFO lines a save
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    return _font_name


# -- words ----------------------------------------------------------------------------------
def month_label(month: str, tr: Translate) -> str:
    """"Jun 2026" / "2026年6月"."""
    year, mon = int(month[:4]), int(month[5:7])
    return tr(CTX, MONTH_LONG).format(abbr=MONTH_ABBR[mon - 1], year=year, month=mon)


def month_ticks(months: list[str], tr: Translate) -> list[str]:
    """Short month names; the year under the first month and under each January."""
    out = []
    for n, month in enumerate(months):
        year, mon = int(month[:4]), int(month[5:7])
        text = tr(CTX, MONTH_TICK).format(abbr=MONTH_ABBR[mon - 1], year=year, month=mon)
        out.append(f"{text}\n{year}" if n == 0 or mon == 1 else text)
    return out


def _range(months: list[str], tr: Translate) -> str:
    if not months:
        return ""
    return tr(CTX, PERIOD_RANGE).format(first=month_label(months[0], tr),
                                        last=month_label(months[-1], tr))


def period(key: str, pack: dict, tr: Translate) -> str:
    """The period a chart covers, as its title's second line."""
    month = pack["month"]
    if key in report_money.TITLES:
        return report_money.period(key, pack, tr)
    if key == "new_customers":
        return _range(pack["new_customers"]["months"], tr)
    if key in ("won", "lost"):
        return _range(pack["won_lost"]["months"], tr)
    if key in ("funnel", "top_customers"):
        return tr(CTX, PERIOD_YEAR).format(last=month_label(month, tr))
    if key == "forecast":
        return _range(pack["forecast"]["months"], tr)
    return month_label(month, tr)


def main_currency(pack: dict) -> str:
    return pack.get("currency") or money.DEFAULT_CURRENCY


def major_units(minor: int | None, code: str) -> float:
    """Minor units as a number of major units (for a bar or a spreadsheet cell)."""
    return float(Money(minor or 0, code).major)


def scale(tr: Translate) -> int:
    """The power of ten the charts' amounts are counted in: the language's smallest compact
    unit (thousands in English, 万 = 10^4 in Chinese)."""
    powers = [power for power, unit_title in compact_units(tr) if power in UNIT_WORDS]
    return min(powers) if powers else 3


def unit_title(text: str, pack: dict, tr: Translate, code: str | None = None) -> str:
    """An axis title with its unit: "Amount (thousand yuan)", "金额（万元）"."""
    code = code or main_currency(pack)
    word = CURRENCY_WORDS.get(code)
    return tr(CTX, text).format(unit=tr(CTX, UNIT_WORDS[scale(tr)]),
                                currency=tr(CTX, word) if word else code)


def scaled_values(values: list[float], tr: Translate) -> list[float]:
    unit = 10 ** scale(tr)
    return [(v or 0) / unit for v in values]


def others_note(box, totals: Totals, pack: dict, tr: Translate) -> None:
    """Under the chart: the amounts in currencies other than the charted one, if any."""
    main = main_currency(pack)
    others = Totals({c: v for c, v in totals.items() if c != main and v})
    if others:
        text = tr(CTX, OTHER_CURRENCIES).format(
            currency=main, others=format_totals(others, compact=False, main=main, translate=tr))
        box.text(0.01, 0.005, text, fontsize=7.5, color=SOFT, ha="left", va="bottom")


def sum_totals(items) -> Totals:
    out = Totals()
    for totals in items:
        out = out + totals
    return out


def currency_codes(items, main: str) -> list[str]:
    """The currencies present in a list of Totals, the main one first (always there)."""
    return [main, *sorted({c for t in items for c in t if c != main})]


def amount_text(value: float, tr: Translate) -> str:
    """An amount in the charts' unit (scale), as short as is still exact enough on paper."""
    k = (value or 0) / 10 ** scale(tr)
    if k == 0:
        return "0"
    return f"{k:,.0f}" if abs(k) >= 100 else f"{k:,.1f}"


def short_name(name: str, width: int = 10) -> str:
    """At most `width` Chinese characters wide (a Latin letter is half as wide), else cut with …."""
    name, units, out = name or "", 0, []
    limit = 2 * width
    for ch in name:
        units += 1 if ord(ch) < 0x2E80 else 2
        if units > limit - 1 and len(out) < len(name) - 1:
            return "".join(out) + "…"
        out.append(ch)
    return name


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"


# -- drawing helpers ------------------------------------------------------------------------
def _heading(box, key: str, pack: dict, tr: Translate) -> None:
    box.suptitle(f"{tr(CTX, TITLES[key])}\n{period(key, pack, tr)}", fontsize=12,
                 linespacing=1.4, x=0.02, ha="left", color=INK)


def _footer(box, pack: dict, tr: Translate) -> None:
    """Bottom right of a chart of its own (screen, PNG): whose numbers, which month."""
    text = tr(CTX, FOOTER).format(shop=pack.get("shop") or "",
                                  month=month_label(pack["month"], tr)).strip(" ·")
    box.text(0.99, 0.005, text, fontsize=7.5, color=SOFT, ha="right", va="bottom")


def style_axes(ax, grid: str = "y") -> None:
    """Light value gridlines (along `grid`) behind the bars, no box, quiet axes."""
    ax.spines[["top", "right"]].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(MUTED)
    ax.tick_params(labelsize=8, colors=INK, length=3, color=MUTED)
    ax.yaxis.label.set_size(9)
    ax.xaxis.label.set_size(9)
    ax.yaxis.label.set_color(SOFT)
    ax.xaxis.label.set_color(SOFT)
    ax.grid(axis=grid, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.margins(y=0.15)


def inside(text):
    """A text drawn inside its axes (a bar's value, a table cell): the page's layout need not
    measure it, which is most of the time a page takes to lay out."""
    text.set_in_layout(False)
    return text


def empty_axes(ax, text: str) -> None:
    ax.set_axis_off()
    inside(ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=10, color=SOFT,
                   transform=ax.transAxes))


def bar_labels(ax, bars, labels=None, size: float = 7, rotation: float = 0) -> None:
    """The bars' values at their ends, inside the axes (each chart leaves a margin for them)."""
    for label in ax.bar_label(bars, labels=labels, fontsize=size, padding=2, rotation=rotation):
        inside(label)


def integer_axis(ax, axis: str = "y") -> None:
    """Whole numbers from 0 up, and 0 to 1 when every count is 0 (not -0.06 to 0.06)."""
    from matplotlib.ticker import MaxNLocator

    (ax.yaxis if axis == "y" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))
    low, high = ax.get_ylim() if axis == "y" else ax.get_xlim()
    limits = (0, max(high, 1)) if high < 1 else (0, high) if low < 0 else None
    if limits:
        (ax.set_ylim if axis == "y" else ax.set_xlim)(*limits)


# -- the charts -----------------------------------------------------------------------------
def _sources(data: dict, tr: Translate, keep: int = 8) -> list[tuple[str, list[int]]]:
    """The sources by size, the smallest merged into "Other sources" beyond `keep`."""
    series = sorted(data["counts"].items(), key=lambda kv: -sum(kv[1]))
    named = [(tr(CTX, NO_SOURCE) if not s else s, list(c)) for s, c in series]
    if len(named) > keep:
        rest = [sum(col) for col in zip(*(c for _, c in named[keep - 1:]), strict=True)]
        named = [*named[: keep - 1], (tr(CTX, OTHER_SOURCES), rest)]
    return [(s, c) for s, c in named if sum(c)]


def draw_new_customers(box, pack: dict, tr: Translate) -> None:
    data = pack["new_customers"]
    ax = box.add_subplot()
    months = data["months"]
    series = _sources(data, tr)
    if not series:
        empty_axes(ax, tr(CTX, NO_DATA))
        return
    x = list(range(len(months)))
    bottom = [0] * len(months)
    bars = None
    for n, (name, counts) in enumerate(series):
        bars = ax.bar(x, counts, bottom=bottom, label=name, color=COLORS[n % len(COLORS)],
                      width=0.7)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    bar_labels(ax, bars, labels=[str(t) for t in bottom])
    ax.set_xticks(x, month_ticks(months, tr))
    ax.set_ylabel(tr(CTX, NEW_CUSTOMERS))
    integer_axis(ax)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False,
              title=tr(CTX, SOURCE), title_fontsize=8)
    style_axes(ax)


def draw_won(box, pack: dict, tr: Translate) -> None:
    data = pack["won_lost"]
    months = data["months"]
    x = list(range(len(months)))
    top, bottom = box.subplots(2, 1, sharex=True)
    bars = top.bar(x, data["won_count"], color=WON, width=0.7)
    bar_labels(top, bars)
    top.set_ylabel(tr(CTX, DEALS_WON))
    integer_axis(top)
    main = main_currency(pack)
    amounts = [major_units(t.get(main), main) for t in data["won_amount"]]
    bars = bottom.bar(x, scaled_values(amounts, tr), color=COLORS[0], width=0.7)
    bar_labels(bottom, bars, labels=[amount_text(a, tr) for a in amounts])
    bottom.set_ylabel(unit_title(AMOUNT_K, pack, tr))
    others_note(box, sum_totals(data["won_amount"]), pack, tr)
    bottom.set_xticks(x, month_ticks(months, tr))
    for ax in (top, bottom):
        style_axes(ax)
    top.tick_params(labelbottom=False)


def draw_lost(box, pack: dict, tr: Translate) -> None:
    data = pack["won_lost"]
    months = data["months"]
    x = list(range(len(months)))
    left, right = box.subplots(1, 2, width_ratios=(3, 2))
    bars = left.bar(x, data["lost_count"], color=LOST, width=0.7)
    bar_labels(left, bars)
    left.set_xticks(x, month_ticks(months, tr))
    left.set_ylabel(tr(CTX, DEALS_LOST))
    integer_axis(left)
    style_axes(left)
    month = month_label(pack["month"], tr)
    reasons = sorted(((deals.reason_label(k, tr), v) for k, v in data["lost_reasons"].items()
                      if v), key=lambda kv: -kv[1])
    if not reasons:
        empty_axes(right, tr(CTX, NONE_LOST).format(month=month))
        return
    names = [short_name(name, 12) for name, _ in reasons]
    bars = right.barh(range(len(reasons)), [v for _, v in reasons], color=LOST, height=0.6)
    right.set_yticks(range(len(reasons)), names)
    right.invert_yaxis()
    bar_labels(right, bars)
    right.set_title(tr(CTX, LOST_IN).format(month=month), fontsize=9)
    right.set_xlabel(tr(CTX, DEALS_LOST))
    integer_axis(right, "x")
    style_axes(right, grid="x")
    right.margins(x=0.2, y=0.05)


def draw_funnel(box, pack: dict, tr: Translate) -> None:
    stages = pack["funnel"]["stages"]
    bars_ax, table = box.subplots(1, 2, width_ratios=(3, 2), sharey=True)
    if not stages:
        empty_axes(bars_ax, tr(CTX, NO_DATA))
        table.set_axis_off()
        return
    y = list(range(len(stages)))
    names = [short_name(deals.stage_label(s, tr), 12) for s in stages]
    shades = [COLORS[0]] * len(stages)
    bars = bars_ax.barh(y, [s["entered"] for s in stages], color=shades, height=0.6)
    bars_ax.set_yticks(y, names)
    bars_ax.invert_yaxis()
    bar_labels(bars_ax, bars, size=8)
    bars_ax.set_xlabel(tr(CTX, ENTERED))
    integer_axis(bars_ax, "x")
    style_axes(bars_ax, grid="x")
    bars_ax.margins(x=0.15, y=0.05)
    table.set_axis_off()
    columns = ((0.0, tr(CTX, TO_NEXT)), (0.36, tr(CTX, DROP)), (0.68, tr(CTX, MEDIAN_DAYS)))
    for x, head in columns:
        table.text(x, -0.75, head, fontsize=8, va="center", color="#333333", wrap=True)
    for row, stage in zip(y, stages, strict=True):
        days = stage["median_days"]
        cells = (percent_text(stage["to_next_pct"]), percent_text(stage["drop_pct"]),
                 "–" if days is None else tr(CTX, DAYS).format(days=days))
        for (x, _), text in zip(columns, cells, strict=True):
            inside(table.text(x, row, text, fontsize=9, va="center"))
    table.set_xlim(0, 1)


def draw_activity(box, pack: dict, tr: Translate) -> None:
    people = pack["activity"]["people"]
    top, bottom = box.subplots(2, 1)
    if not people:
        empty_axes(top, tr(CTX, NO_DATA))
        bottom.set_axis_off()
        return
    names = [short_name(p["name"], 8) for p in people]
    for ax, kinds, head in ((top, CONTACT_KINDS, CONTACTS), (bottom, FOLLOW_KINDS, FOLLOW_UP)):
        shown = [k for k in kinds if k not in ("sms", "email") or any(p.get(k) for p in people)]
        width = 0.8 / len(shown)
        small = len(people) * len(shown) > 40
        for n, kind in enumerate(shown):
            x = [i + (n - (len(shown) - 1) / 2) * width for i in range(len(people))]
            bars = ax.bar(x, [p.get(kind) or 0 for p in people], width=width,
                          label=tr(CTX, ACTIVITY[kind]), color=COLORS[n % len(COLORS)])
            bar_labels(ax, bars, size=6 if small else 7, rotation=90 if small else 0)
        ax.set_xticks(range(len(people)), names)
        ax.set_title(tr(CTX, head), fontsize=9)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
        integer_axis(ax)
        style_axes(ax)
        ax.margins(y=0.25 if small else 0.15)


def draw_top_customers(box, pack: dict, tr: Translate) -> None:
    data = pack["top_customers"]
    rows = data["rows"]
    ax = box.add_subplot()
    if not rows:
        empty_axes(ax, tr(CTX, NO_DATA))
        return
    x = list(range(len(rows)))
    code = data.get("currency") or main_currency(pack)
    amounts = [major_units(r["amount"], code) for r in rows]
    bars = ax.bar(x, scaled_values(amounts, tr), color=COLORS[0], width=0.7)
    many = len(rows) > 10
    bar_labels(ax, bars, labels=[amount_text(a, tr) for a in amounts], size=6.5 if many else 7.5,
            rotation=90 if many else 0)
    ax.set_xticks(x, [short_name(r["name"], 8) for r in rows], rotation=45 if many else 0,
                  ha="right" if many else "center", rotation_mode="anchor", fontsize=7)
    ax.set_ylabel(unit_title(AMOUNT_K, pack, tr, code))
    others_note(box, data.get("others") or Totals(), pack, tr)
    ax.margins(y=0.2)
    style_axes(ax)
    ax.margins(y=0.22)
    total = data["total"] or 1
    running, shares = 0.0, []
    for r in rows:
        running += r["amount"]
        shares.append(100 * running / total)
    line = ax.twinx()
    line.plot(x, shares, color=COLORS[2], marker="o", markersize=3, linewidth=1.5)
    line.axhline(100 * data["pareto_share"], color=MUTED, linestyle="--", linewidth=1)
    line.set_ylim(0, 105)
    line.set_ylabel(tr(CTX, CUMULATIVE), fontsize=9, color=SOFT)
    line.tick_params(labelsize=8, colors=INK, length=3, color=MUTED)
    line.spines[["top", "left", "bottom"]].set_visible(False)
    line.spines["right"].set_color(MUTED)
    ax.set_title(tr(CTX, PARETO).format(n=data["pareto_n"], customers=data["customers"]),
                 fontsize=9)


def draw_dropping(box, pack: dict, tr: Translate) -> None:
    rows = pack["dropping"][:15]
    ax = box.add_subplot()
    if not rows:
        empty_axes(ax, tr(CTX, NONE_DROPPED))
        return
    y = list(range(len(rows)))
    before = ax.barh([i - 0.2 for i in y], [r["before"] for r in rows], height=0.4,
                     color=MUTED, label=tr(CTX, BEFORE))
    now = ax.barh([i + 0.2 for i in y], [r["now"] for r in rows], height=0.4, color=LOST,
                  label=tr(CTX, NOW))
    bar_labels(ax, before, labels=[f"{r['before']:.1f}" for r in rows], size=6.5)
    bar_labels(ax, now, size=6.5)
    ax.set_yticks(y, [short_name(r["name"], 12) for r in rows], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel(tr(CTX, INTERACTIONS))
    # above the bars, not over the lowest ones and their numbers
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, fontsize=7,
              frameon=False, borderaxespad=0.2)
    style_axes(ax, grid="x")
    ax.margins(x=0.12, y=0.02)


def draw_forecast(box, pack: dict, tr: Translate) -> None:
    data = pack["forecast"]
    ax = box.add_subplot()
    x = list(range(len(data["months"])))
    main = main_currency(pack)
    weighted = [major_units(t.get(main), main) for t in data["weighted"]]
    bars = ax.bar(x, scaled_values(weighted, tr), color=COLORS[0], width=0.6)
    bar_labels(ax, bars, labels=[amount_text(w, tr) for w in weighted], size=8)
    ax.set_xticks(x, [month_label(m, tr) for m in data["months"]])
    ax.set_xlabel(tr(CTX, CLOSE_MONTH))
    ax.set_ylabel(unit_title(WEIGHTED, pack, tr))
    others_note(box, sum_totals(data["weighted"]), pack, tr)
    style_axes(ax)


def draw_grades(box, pack: dict, tr: Translate) -> None:
    data = pack["grades"]
    left, right = box.subplots(1, 2, width_ratios=(3, 2))
    counts = data["counts"]
    keys = ("A", "B", "C", "")
    names = [k or tr(CTX, NO_GRADE) for k in keys]
    bars = left.bar(names, [counts.get(k, 0) for k in keys],
                    color=(WON, COLORS[0], COLORS[1], MUTED), width=0.6)
    bar_labels(left, bars, size=8)
    left.set_xlabel(tr(CTX, GRADE))
    left.set_ylabel(tr(CTX, CUSTOMERS))
    integer_axis(left)
    style_axes(left)
    changes = [tr(CTX, CHANGED), tr(CTX, UP), tr(CTX, DOWN)]
    bars = right.bar(changes, [data["changed"], data["up"], data["down"]],
                     color=(COLORS[0], WON, LOST), width=0.6)
    bar_labels(right, bars, size=8)
    right.set_title(tr(CTX, CHANGES).format(month=month_label(pack["month"], tr)), fontsize=9)
    right.set_ylabel(tr(CTX, CUSTOMERS))
    integer_axis(right)
    style_axes(right)


DRAW = {
    "new_customers": draw_new_customers,
    "won": draw_won,
    "lost": draw_lost,
    "funnel": draw_funnel,
    "activity": draw_activity,
    "top_customers": draw_top_customers,
    "dropping": draw_dropping,
    "forecast": draw_forecast,
    "grades": draw_grades,
}
CHARTS = tuple(DRAW)


def draw(box, key: str, pack: dict, translate: Translate) -> None:
    """Draw chart `key` of the pack, with its title and period, into a Figure or SubFigure."""
    _heading(box, key, pack, translate)
    DRAW[key](box, pack, translate)


def figures(pack: dict, translate: Translate) -> list[tuple[str, str, Figure]]:
    """One (key, translated title, Figure) per chart, each half an A4 page in size."""
    setup_font()
    out = []
    for key in CHARTS:
        fig = Figure(figsize=CHART_SIZE, layout="constrained")
        draw(fig, key, pack, translate)
        _footer(fig, pack, translate)
        out.append((key, translate(CTX, TITLES[key]), fig))
    return out


def write_png(fig: Figure, path) -> Path:
    path = Path(path)
    fig.savefig(path, format="png", dpi=PNG_DPI, facecolor="white")
    return path


# -- the PDF --------------------------------------------------------------------------------
# The language the pages' text is set in, as the font's OpenType tables know it: in a Chinese
# report a digit, a dash or "…" takes its Chinese form wherever it stands. Without it a digit
# after a Latin letter ("HRB400", "C1 20kg") took the font's Latin form, other glyphs than the
# same digits elsewhere, and the PDF embedded (and subset) the font a second time for them.
TEXT_LANGUAGES = {"zh_CN": "zh-Hans"}


def typeset_in(language: str):
    """A context in which new text is set in `language` ("zh_CN", "en")."""
    return matplotlib.rc_context({"text.language": TEXT_LANGUAGES.get(language)})


def pages(pack: dict, translate: Translate, per_page: int = 2,
          language: str = "en") -> list[Figure]:
    """The A4 pages: a title page, then `per_page` charts a page, each with its page number."""
    setup_font()
    with typeset_in(language):
        return _pages(pack, translate, per_page)


def _pages(pack: dict, translate: Translate, per_page: int) -> list[Figure]:
    groups = [CHARTS[i:i + per_page] for i in range(0, len(CHARTS), per_page)]
    total = 1 + len(groups)
    out = [_title_page(pack, translate, groups)]
    for keys in groups:
        page = Figure(figsize=A4, layout="constrained")
        page.get_layout_engine().set(rect=(0.04, 0.04, 0.92, 0.93))
        boxes = page.subfigures(per_page, 1, hspace=0.04)
        for box, key in zip(boxes, keys, strict=False):
            draw(box, key, pack, translate)
        out.append(page)
    for n, page in enumerate(out, start=1):
        page.text(0.5, 0.02, translate(CTX, PAGE).format(n=n, total=total), ha="center",
                  fontsize=8, color=SOFT)
        if n > 1:
            header = translate(CTX, FOOTER).format(
                shop=pack.get("shop") or "", month=month_label(pack["month"], translate))
            page.text(0.04, 0.985, header.strip(" ·"), ha="left", va="top", fontsize=8,
                      color=SOFT)
    return out


def _title_page(pack: dict, tr: Translate, groups) -> Figure:
    page = Figure(figsize=A4)
    page.text(0.5, 0.72, pack.get("shop") or "", ha="center", fontsize=26)
    page.text(0.5, 0.655, tr(CTX, REPORT), ha="center", fontsize=18)
    page.text(0.5, 0.6, month_label(pack["month"], tr), ha="center", fontsize=16)
    owner = pack.get("owner_name")
    page.text(0.5, 0.55, tr(CTX, FOR_OWNER).format(name=owner) if pack.get("owner_id")
              else tr(CTX, EVERYONE), ha="center", fontsize=12)
    page.text(0.5, 0.515, tr(CTX, MADE_ON).format(date=clock.today().isoformat()),
              ha="center", fontsize=10, color=SOFT)
    page.text(0.2, 0.44, tr(CTX, CONTENTS), fontsize=12)
    y = 0.41
    step = min(0.025, 0.33 / max(1, sum(len(keys) for keys in groups)))
    for n, keys in enumerate(groups, start=2):
        for key in keys:
            page.text(0.2, y, tr(CTX, TITLES[key]), fontsize=10)
            page.text(0.8, y, str(n), fontsize=10, ha="right")
            y -= step
    return page


def write_pdf(pack: dict, path, translate: Translate, language: str = "en") -> int:
    """The whole pack as an A4 PDF; returns the number of pages."""
    made = pages(pack, translate, language=language)
    title = f"{pack.get('shop') or ''} — {translate(CTX, REPORT)} {pack['month']}"
    # ps.fonttype too: matplotlib's PDF writer sizes its font subsets by it (256 glyphs for
    # Type 3, PostScript's default), so a report with more than 256 different characters would
    # embed, and subset, the font twice or more. Tick labels are made as the pages are drawn:
    # in the pages' language too.
    with typeset_in(language), matplotlib.rc_context({"pdf.fonttype": 42, "ps.fonttype": 42}), \
            PdfPages(Path(path), metadata={"Title": title, "Creator": "Kehu",
                                           "Subject": language}) as pdf:
        for page in made:
            pdf.savefig(page)
    return len(made)


# -- the numbers ----------------------------------------------------------------------------
def tables(pack: dict, translate: Translate) -> list[tuple[str, list[str], list[list]]]:
    """(key, column headers, rows) per chart: the numbers behind it."""
    tr = translate

    def t(text: str) -> str:
        return tr(CTX, text)

    nc = pack["new_customers"]
    sources = list(nc["sources"]) or list(nc["counts"])
    out = [("new_customers", [t(MONTH), *[s or t(NO_SOURCE) for s in sources], t(NEW_CUSTOMERS)],
            [[m, *[nc["counts"][s][i] for s in sources],
              sum(nc["counts"][s][i] for s in sources)] for i, m in enumerate(nc["months"])])]
    def amount_header(code: str) -> str:
        return t(AMOUNT).format(currency=code)

    main = main_currency(pack)
    wl = pack["won_lost"]
    codes = currency_codes(wl["won_amount"], main)
    out.append(("won", [t(MONTH), t(DEALS_WON), *map(amount_header, codes)],
                [[m, wl["won_count"][i], *(major_units(wl["won_amount"][i].get(c), c) for c in codes)]
                 for i, m in enumerate(wl["months"])]))
    lost_rows = [[m, wl["lost_count"][i], None, None] for i, m in enumerate(wl["months"])]
    lost_rows += [[pack["month"], None, deals.reason_label(k, tr), v]
                  for k, v in wl["lost_reasons"].items()]
    out.append(("lost", [t(MONTH), t(DEALS_LOST), t(REASON), t(COUNT)], lost_rows))
    out.append(("funnel", [t(STAGE), t(ENTERED), t(TO_NEXT) + " %", t(DROP) + " %",
                           t(MEDIAN_DAYS)],
                [[deals.stage_label(s, tr), s["entered"], s["to_next_pct"], s["drop_pct"],
                  s["median_days"]] for s in pack["funnel"]["stages"]]))
    kinds = (*CONTACT_KINDS, *FOLLOW_KINDS)
    out.append(("activity", [t(SALESPERSON), *[t(ACTIVITY[k]) for k in kinds]],
                [[p["name"], *[p.get(k) or 0 for k in kinds]]
                 for p in pack["activity"]["people"]]))
    top = pack["top_customers"]
    code = top.get("currency") or main
    running, rows = 0, []
    for r in top["rows"]:
        running += r["amount"]
        rows.append([r["name"], major_units(r["amount"], code),
                     round(100 * running / (top["total"] or 1), 1)])
    rows.append([])
    rows.append([t(PARETO).format(n=top["pareto_n"], customers=top["customers"])])
    for other in (top.get("others") or Totals()).moneys(main):
        rows.append([amount_header(other.currency), major_units(other.minor, other.currency)])
    out.append(("top_customers", [t(CUSTOMER), amount_header(code), t(CUMULATIVE)], rows))
    out.append(("dropping", [t(CUSTOMER), t(BEFORE), t(NOW)],
                [[r["name"], r["before"], r["now"]] for r in pack["dropping"]]))
    fc = pack["forecast"]
    codes = currency_codes(fc["weighted"], main)
    out.append(("forecast", [t(CLOSE_MONTH), *map(amount_header, codes)],
                [[m, *(major_units(w.get(c), c) for c in codes)]
                 for m, w in zip(fc["months"], fc["weighted"], strict=True)]))
    g = pack["grades"]
    out.append(("grades", [t(GRADE), t(CUSTOMERS)],
                [[k or t(NO_GRADE), g["counts"].get(k, 0)] for k in ("A", "B", "C", "")]
                + [[], [t(CHANGED), g["changed"]], [t(UP), g["up"]], [t(DOWN), g["down"]]]))
    return out + report_money.tables(pack, translate)


def sheet_name(title: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    name = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "sheet"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def write_xlsx(pack: dict, path, translate: Translate) -> list[str]:
    """One sheet per chart: its title and period, the headers, the numbers. Returns the names."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from models.core import sheets

    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    for key, headers, rows in tables(pack, translate):
        ws = wb.create_sheet(sheet_name(translate(CTX, TITLES[key]), taken))
        # every cell through the one writer (models.core.sheets): a customer's or a
        # salesperson's name is text, never a formula
        ws.append(sheets.xlsx_row(
            ws, [f"{translate(CTX, TITLES[key])} — {period(key, pack, translate)}"],
            font=Font(bold=True)))
        ws.append(sheets.xlsx_row(ws, headers, font=Font(bold=True)))
        for row in rows:
            ws.append(sheets.xlsx_row(ws, row))
        ws.column_dimensions["A"].width = min(48, max([14, *(len(str(r[0])) * 1.8
                                                             for r in rows if r)]))
        for n in range(2, len(headers) + 1):
            ws.column_dimensions[ws.cell(2, n).column_letter].width = 14
    wb.save(Path(path))
    return wb.sheetnames


def pages_needed(per_page: int = 2) -> int:
    return 1 + math.ceil(len(CHARTS) / per_page)


# The sections after the deal: sales, collections, receivables, overdue and repurchasing
# customers, tickets. views.report_money draws them with the helpers above and adds them to
# TITLES, DRAW and CHARTS (after these) when it is imported, here or before this module.
from views import report_money  # noqa: E402
