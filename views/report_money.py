"""The monthly pack's pages after the deal: sales by product and by salesperson, collections
against the forecast, receivables aging by customer, overdue customers, customers due to
repurchase, and tickets (models.reports.after_sale).

Drawn like the other charts of views.report_charts (its palette, axes and unit of amounts);
views.report_charts lists these among its charts. The lists are tables drawn on the page, with
exact amounts (views.common.format_money): the aging table's rows, the row of the other
customers and the total row add up bucket by bucket, one currency per table row.
"""

from __future__ import annotations

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.money import Money, Totals
from models.orders import quantity_text
from views import report_charts
from views.common import format_money, format_totals
from views.report_charts import (
    AMOUNT,
    AMOUNT_K,
    COLORS,
    CTX,
    CUSTOMER,
    GRID,
    INK,
    LOST,
    MONTH,
    MUTED,
    SALESPERSON,
    SOFT,
    WON,
    Translate,
    amount_text,
    bar_labels,
    currency_codes,
    empty_axes,
    inside,
    integer_axis,
    main_currency,
    major_units,
    month_label,
    month_ticks,
    others_note,
    scaled_values,
    short_name,
    style_axes,
    sum_totals,
    unit_title,
)

TITLES = {
    "sales_products": T("reports", "Sales by product"),
    "sales_people": T("reports", "Sales by salesperson"),
    "collections": T("reports", "Collections against the forecast"),
    "receivables": T("reports", "Receivables aging by customer"),
    "overdue": T("reports", "Overdue customers"),
    "repurchase": T("reports", "Customers due to repurchase"),
    "tickets": T("reports", "Service tickets"),
}
ON_DAY = T("reports", "On {date}")
PRODUCT = T("reports", "Product")
QUANTITY = T("reports", "Quantity")
ORDERS = T("reports", "Orders")
ORDER_COUNT = T("reports", "{amount} · {n} orders")
NO_SALES = T("reports", "No orders confirmed in {month}.")
OTHER_PRODUCTS = T("reports", "Other products: {amount}")
EXPECTED = T("reports", "Expected (plan rows due)")
RECEIVED = T("reports", "Received (confirmed)")
PENDING = T("reports", "Recorded, not confirmed")
GAP = T("reports", "{month}: expected {expected}, received {received}, gap {gap}")
TOTAL = T("reports", "Total")
OTHERS = T("reports", "{n} other customers")
OUTSTANDING = T("reports", "Outstanding")
NOBODY_OWES = T("reports", "Nobody owes anything.")
OVERDUE_AMOUNT = T("reports", "Overdue")
SINCE = T("reports", "Oldest unpaid due date")
DAYS_OVERDUE = T("reports", "Days")
NONE_OVERDUE = T("reports", "No customer is overdue.")
LAST_ORDER = T("reports", "Last order")
CYCLE = T("reports", "Orders every")
CYCLE_DAYS = T("reports", "{days} days")
EXPECTED_ON = T("reports", "Expected by")
DAYS_LATE = T("reports", "Days late")
NONE_DUE = T("reports", "No regular customer is late to order again.")
OPENED = T("reports", "Opened")
RESOLVED = T("reports", "Resolved")
OPEN_NOW = T("reports", "Open now")
OVERDUE_NOW = T("reports", "Overdue now")
TICKETS = T("reports", "Tickets")
SATISFACTION = T("reports", "Satisfaction (1-5)")
CALLS = T("reports", "{month}: {calls} satisfaction calls, average {average}, {unhappy} unhappy "
                     "(1-2); median {hours} hours to resolve")
NO_CALLS = T("reports", "{month}: no satisfaction calls")
NOT_DUE = T("reports", "Not yet due")
BUCKET_DAYS = T("reports", "{n} days")
OVER_DAYS = T("reports", "Over {n} days")
AMOUNT_PLAIN = T("reports", "Amount")
CURRENCY = T("reports", "Currency")

CHARTS = tuple(TITLES)
ON_THE_DAY = ("receivables", "overdue", "repurchase")  # counted on the day the pack is made
TABLES = ("receivables", "overdue", "repurchase")  # lists, drawn as tables


def period(key: str, pack: dict, tr: Translate) -> str:
    """The second line of a section's title: the month, or the day for what is owed now."""
    if key in ON_THE_DAY:
        return tr(CTX, ON_DAY).format(date=pack["as_of"])
    if key in ("collections", "tickets"):
        months = pack[key]["months"]
        return f"{month_label(months[0], tr)} – {month_label(months[-1], tr)}"
    return month_label(pack["month"], tr)


def _money(minor: int | None, code: str, tr: Translate) -> str:
    return format_money(Money(minor or 0, code), translate=tr)


def _bucket(name: str, tr: Translate) -> str:
    """"Not yet due", "1-30 days", "90+ days" (models.orders.bucket_names)."""
    if name == "not_due":
        return tr(CTX, NOT_DUE)
    if name.endswith("+"):
        return tr(CTX, OVER_DAYS).format(n=name[:-1])
    return tr(CTX, BUCKET_DAYS).format(n=name)


def draw_table(ax, headers: list[str], rows: list[list[str]], widths: list[float], *,
               right: set[int] = frozenset(), bold: set[int] = frozenset(),
               size: float = 7.5) -> None:
    """Rows of text in columns of the given widths (shares of the axes), a rule under the
    header, a rule above and a shade behind each row in `bold` (totals); the first column left, those in `right` right-aligned."""
    ax.set_axis_off()
    lines = len(rows) + 1
    step = 1.0 / (max(lines, 12) + 1)  # and a line free at the bottom, for the footer
    starts = [sum(widths[:i]) for i in range(len(widths))]

    def put(y: float, cells: list[str], color: str, shade: bool = False) -> None:
        if shade:  # the bundled font has one weight: a total row is shaded, not bold
            ax.axhspan(y - step / 2, y + step / 2, color=GRID, zorder=0)
        for i, text in enumerate(cells):
            x = starts[i] + (widths[i] - 0.01 if i in right else 0.0)
            inside(ax.text(x, y, text, fontsize=size, ha="right" if i in right else "left",
                           va="center", color=color, transform=ax.transAxes))

    y = 1.0 - step / 2
    ax.set_ylim(0, 1)
    put(y, headers, SOFT)
    ax.plot([0, 1], [y - step / 2] * 2, color=MUTED, linewidth=0.8, transform=ax.transAxes)
    for n, row in enumerate(rows):
        y -= step
        if n in bold:
            ax.plot([0, 1], [y + step / 2] * 2, color=MUTED, linewidth=0.6,
                    transform=ax.transAxes)
        put(y, row, INK, shade=n in bold)


# -- sales ----------------------------------------------------------------------------------
def _sales_rows(box, pack: dict, key: str, tr: Translate):
    """(axes, the month's sales by `key` in the main currency, that currency); the axes say
    there were none, and the rows are empty, when nothing was confirmed in the month."""
    main = main_currency(pack)
    rows = [p for p in pack["sales"][key] if p["currency"] == main]
    ax = box.add_subplot()
    if not rows:
        empty_axes(ax, tr(CTX, NO_SALES).format(month=month_label(pack["month"], tr)))
    return ax, rows, main


def draw_sales_products(box, pack: dict, tr: Translate) -> None:
    data = pack["sales"]
    ax, rows, main = _sales_rows(box, pack, "products", tr)
    if not rows:
        return
    y = list(range(len(rows)))
    amounts = [major_units(p["amount"], main) for p in rows]
    bars = ax.barh(y, scaled_values(amounts, tr), color=COLORS[0], height=0.6)
    bar_labels(ax, bars, labels=[amount_text(a, tr) for a in amounts], size=7.5)
    names = [f"{short_name(p['name'], 14)}  ({_quantity(p)} {p['unit']})".rstrip()
             for p in rows]
    ax.set_yticks(y, names, fontsize=7.5)
    ax.invert_yaxis()
    ax.set_xlabel(unit_title(AMOUNT_K, pack, tr))
    style_axes(ax, grid="x")
    ax.margins(x=0.15, y=0.03)
    rest = Totals({c: v for c, v in data["others"].items() if c == main and v})
    if rest:  # above the bars: the page's bottom corners hold the footer and other currencies
        ax.set_title(tr(CTX, OTHER_PRODUCTS).format(
            amount=format_totals(rest, compact=False, main=main, translate=tr)), fontsize=8,
            color=SOFT, loc="right")
    others_note(box, Totals({c: v for c, v in data["totals"].items() if c != main and v}),
                pack, tr)


def _quantity(product: dict) -> str:
    return quantity_text(product["qty_milli"])


def draw_sales_people(box, pack: dict, tr: Translate) -> None:
    data = pack["sales"]
    ax, people, main = _sales_rows(box, pack, "people", tr)
    if not people:
        return
    x = list(range(len(people)))
    amounts = [major_units(p["amount"], main) for p in people]
    bars = ax.bar(x, scaled_values(amounts, tr), color=COLORS[0], width=0.6)
    bar_labels(ax, bars, size=8, labels=[tr(CTX, ORDER_COUNT).format(
        amount=amount_text(a, tr), n=p["orders"]) for a, p in zip(amounts, people, strict=True)])
    ax.set_xticks(x, [short_name(p["name"], 8) for p in people], fontsize=8)
    ax.set_xlabel(tr(CTX, SALESPERSON))
    ax.set_ylabel(unit_title(AMOUNT_K, pack, tr))
    style_axes(ax)
    ax.margins(y=0.2)
    others_note(box, data["totals"], pack, tr)


# -- collections ----------------------------------------------------------------------------
def draw_collections(box, pack: dict, tr: Translate) -> None:
    data = pack["collections"]
    main = main_currency(pack)
    months = data["months"]
    x = list(range(len(months)))
    ax = box.add_subplot()
    expected = [major_units(t.get(main), main) for t in data["forecast"]]
    received = [major_units(t.get(main), main) for t in data["collected"]]
    pending = [major_units(t.get(main), main) for t in data["pending"]]
    width = 0.38
    bars = ax.bar([i - width / 2 for i in x], scaled_values(expected, tr), width=width,
                  color=MUTED, label=tr(CTX, EXPECTED))
    bar_labels(ax, bars, labels=[amount_text(a, tr) for a in expected], size=7)
    bars = ax.bar([i + width / 2 for i in x], scaled_values(received, tr), width=width,
                  color=WON, label=tr(CTX, RECEIVED))
    if any(pending):
        bars = ax.bar([i + width / 2 for i in x], scaled_values(pending, tr), width=width,
                      bottom=scaled_values(received, tr), color=COLORS[5],
                      label=tr(CTX, PENDING))
    bar_labels(ax, bars, labels=[amount_text(r + p, tr) for r, p in zip(received, pending,
                                                                        strict=True)], size=7)
    ax.set_xticks(x, month_ticks(months, tr))
    ax.set_ylabel(unit_title(AMOUNT_K, pack, tr))
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7.5, frameon=False)
    style_axes(ax)
    ax.margins(y=0.2)
    gap = data["gap"][-1].get(main, 0)
    ax.set_title(tr(CTX, GAP).format(
        month=month_label(months[-1], tr),
        expected=_money(data["forecast"][-1].get(main), main, tr),
        received=_money(data["collected"][-1].get(main), main, tr),
        gap=_money(gap, main, tr)), fontsize=9, color=LOST if gap > 0 else INK)
    others_note(box, sum_totals([*data["forecast"], *data["collected"]]), pack, tr)


# -- receivables, overdue, repurchase -------------------------------------------------------
def receivables_rows(pack: dict, tr: Translate) -> tuple[list[str], list[list[str]], set[int]]:
    """The aging table: headers, rows (the top customers, the others, then a total row per
    currency) and the indexes of the bold rows."""
    data = pack["receivables"]
    code = data["currency"]
    headers = [tr(CTX, CUSTOMER), tr(CTX, SALESPERSON),
               *[_bucket(b, tr) for b in data["buckets"]], tr(CTX, OUTSTANDING)]
    rows = [[short_name(r["name"], 12), short_name(r["owner_name"], 5),
             *[_money(v, code, tr) for v in r["buckets"]], _money(r["total"], code, tr)]
            for r in data["rows"]]
    rest = data["rest"]
    if rest["customers"]:
        rows.append([tr(CTX, OTHERS).format(n=rest["customers"]), "",
                     *[_money(v, code, tr) for v in rest["buckets"]],
                     _money(rest["total"], code, tr)])
    bold = set()
    for c in [code, *sorted(k for k in data["totals"] if k != code)]:
        totals = data["totals"].get(c)
        if not totals:
            continue
        bold.add(len(rows))
        rows.append([f"{tr(CTX, TOTAL)} ({c})", "", *[_money(v, c, tr) for v in totals["buckets"]],
                     _money(totals["total"], c, tr)])
    return headers, rows, bold


def draw_receivables(box, pack: dict, tr: Translate) -> None:
    ax = box.add_subplot()
    headers, rows, bold = receivables_rows(pack, tr)
    if not rows:
        empty_axes(ax, tr(CTX, NOBODY_OWES))
        return
    n = len(headers)
    widths = [0.2, 0.08, *[0.72 / (n - 2)] * (n - 2)]
    draw_table(ax, headers, rows, widths, right=set(range(2, n)), bold=bold, size=7)


def draw_overdue(box, pack: dict, tr: Translate) -> None:
    ax = box.add_subplot()
    rows = pack["overdue"]
    if not rows:
        empty_axes(ax, tr(CTX, NONE_OVERDUE))
        return
    headers = [tr(CTX, CUSTOMER), tr(CTX, SALESPERSON), tr(CTX, OVERDUE_AMOUNT), tr(CTX, SINCE),
               tr(CTX, DAYS_OVERDUE)]
    cells = [[short_name(r["name"], 16), short_name(r["owner_name"], 6),
              _money(r["amount"], r["currency"], tr), r["since"], str(r["days"])]
             for r in rows]
    draw_table(ax, headers, cells, [0.34, 0.12, 0.2, 0.22, 0.12], right={2, 4})


def draw_repurchase(box, pack: dict, tr: Translate) -> None:
    ax = box.add_subplot()
    rows = pack["repurchase"]
    if not rows:
        empty_axes(ax, tr(CTX, NONE_DUE))
        return
    headers = [tr(CTX, CUSTOMER), tr(CTX, SALESPERSON), tr(CTX, LAST_ORDER), tr(CTX, CYCLE),
               tr(CTX, EXPECTED_ON), tr(CTX, DAYS_LATE)]
    cells = [[short_name(r["name"], 16), short_name(r["owner_name"], 6), r["last_order"],
              tr(CTX, CYCLE_DAYS).format(days=r["cycle_days"]), r["next_order"], str(r["days"])]
             for r in rows]
    draw_table(ax, headers, cells, [0.32, 0.12, 0.15, 0.14, 0.15, 0.12], right={5})


# -- tickets --------------------------------------------------------------------------------
def draw_tickets(box, pack: dict, tr: Translate) -> None:
    data = pack["tickets"]
    stats = data["month"]
    left, right = box.subplots(1, 2, width_ratios=(2, 3))
    names = [tr(CTX, OPENED), tr(CTX, RESOLVED), tr(CTX, OPEN_NOW), tr(CTX, OVERDUE_NOW)]
    bars = left.bar(range(4), [stats["opened"], stats["resolved"], stats["open"],
                               stats["overdue"]], color=(COLORS[0], WON, COLORS[1], LOST),
                    width=0.6)
    bar_labels(left, bars, size=8)
    left.set_xticks(range(4), [name.replace(" ", "\n", 1) if len(name) > 8 else name
                               for name in names], fontsize=7.5)
    left.set_ylabel(tr(CTX, TICKETS))
    left.set_title(month_label(pack["month"], tr), fontsize=9)
    integer_axis(left)
    style_axes(left)
    months = data["months"]
    x = list(range(len(months)))
    width = 0.38
    bars = right.bar([i - width / 2 for i in x], data["opened"], width=width, color=COLORS[0],
                     label=tr(CTX, OPENED))
    bar_labels(right, bars, size=7)
    bars = right.bar([i + width / 2 for i in x], data["resolved"], width=width, color=WON,
                     label=tr(CTX, RESOLVED))
    bar_labels(right, bars, size=7)
    right.set_xticks(x, month_ticks(months, tr))
    right.set_ylabel(tr(CTX, TICKETS))
    integer_axis(right)
    style_axes(right)
    line = right.twinx()
    scores = [s if s is not None else float("nan") for s in data["satisfaction"]]
    line.plot(x, scores, color=COLORS[2], marker="o", markersize=3, linewidth=1.5,
              label=tr(CTX, SATISFACTION))
    line.set_ylim(0, 5.5)
    line.set_ylabel(tr(CTX, SATISFACTION), fontsize=9, color=SOFT)
    line.tick_params(labelsize=8, colors=INK, length=3, color=MUTED)
    line.spines[["top", "left", "bottom"]].set_visible(False)
    line.spines["right"].set_color(MUTED)
    handles = right.get_legend_handles_labels()
    more = line.get_legend_handles_labels()
    right.legend(handles[0] + more[0], handles[1] + more[1], loc="upper left", fontsize=7,
                 frameon=False, ncols=3)
    right.margins(y=0.3)
    month = month_label(pack["month"], tr)
    if stats["calls"]:
        hours = "–" if stats["median_hours"] is None else f"{stats['median_hours']:g}"
        text = tr(CTX, CALLS).format(month=month, calls=stats["calls"],
                                     average=f"{stats['satisfaction']:g}",
                                     unhappy=stats["unhappy"], hours=hours)
    else:
        text = tr(CTX, NO_CALLS).format(month=month)
    right.set_title(text, fontsize=8, color=SOFT, wrap=True)


DRAW = {
    "sales_products": draw_sales_products,
    "sales_people": draw_sales_people,
    "collections": draw_collections,
    "receivables": draw_receivables,
    "overdue": draw_overdue,
    "repurchase": draw_repurchase,
    "tickets": draw_tickets,
}


# -- the numbers ----------------------------------------------------------------------------
def tables(pack: dict, tr: Translate) -> list[tuple[str, list[str], list[list]]]:
    """(key, headers, rows) of each section, for the .xlsx: amounts in major units."""
    def t(text: str) -> str:
        return tr(CTX, text)

    def amount_header(code: str) -> str:
        return t(AMOUNT).format(currency=code)

    out = []
    sales = pack["sales"]
    out.append(("sales_products", [t(PRODUCT), t(QUANTITY), t(AMOUNT_PLAIN), t(CURRENCY)],
                [[p["name"], f"{_quantity(p)} {p['unit']}".strip(),
                  major_units(p["amount"], p["currency"]), p["currency"]]
                 for p in sales["products"]]))
    out.append(("sales_people", [t(SALESPERSON), t(ORDERS), t(CURRENCY), t(AMOUNT_PLAIN)],
                [[p["name"], p["orders"], p["currency"], major_units(p["amount"], p["currency"])]
                 for p in sales["people"]]))
    col = pack["collections"]
    main = main_currency(pack)
    codes = currency_codes([*col["forecast"], *col["collected"], *col["pending"]], main)
    heads = [f"{t(name)} ({c})" for c in codes for name in (EXPECTED, RECEIVED, PENDING)]
    out.append(("collections", [t(MONTH), *heads],
                [[m, *(major_units(col[k][i].get(c), c) for c in codes
                       for k in ("forecast", "collected", "pending"))]
                 for i, m in enumerate(col["months"])]))
    rec = pack["receivables"]
    code = rec["currency"]
    rows = [[r["name"], r["owner_name"], *[major_units(v, code) for v in r["buckets"]],
             major_units(r["total"], code)] for r in rec["rows"]]
    if rec["rest"]["customers"]:
        rows.append([t(OTHERS).format(n=rec["rest"]["customers"]), "",
                     *[major_units(v, code) for v in rec["rest"]["buckets"]],
                     major_units(rec["rest"]["total"], code)])
    for c, totals in sorted(rec["totals"].items(), key=lambda kv: kv[0] != code):
        rows.append([f"{t(TOTAL)} ({c})", "", *[major_units(v, c) for v in totals["buckets"]],
                     major_units(totals["total"], c)])
    out.append(("receivables", [t(CUSTOMER), t(SALESPERSON),
                                *[_bucket(b, tr) for b in rec["buckets"]],
                                amount_header(code) + " " + t(OUTSTANDING)], rows))
    out.append(("overdue", [t(CUSTOMER), t(SALESPERSON), t(OVERDUE_AMOUNT), t(CURRENCY), t(SINCE),
                            t(DAYS_OVERDUE)],
                [[r["name"], r["owner_name"], major_units(r["amount"], r["currency"]),
                  r["currency"], r["since"], r["days"]] for r in pack["overdue"]]))
    out.append(("repurchase", [t(CUSTOMER), t(SALESPERSON), t(LAST_ORDER), t(CYCLE),
                               t(EXPECTED_ON), t(DAYS_LATE)],
                [[r["name"], r["owner_name"], r["last_order"], r["cycle_days"], r["next_order"],
                  r["days"]] for r in pack["repurchase"]]))
    tk = pack["tickets"]
    out.append(("tickets", [t(MONTH), t(OPENED), t(RESOLVED), t(SATISFACTION)],
                [[m, tk["opened"][i], tk["resolved"][i], tk["satisfaction"][i]]
                 for i, m in enumerate(tk["months"])]
                + [[], [t(OPEN_NOW), tk["month"]["open"]], [t(OVERDUE_NOW), tk["month"]["overdue"]]]))
    return out




# listed among the charts of views.report_charts, after its own
report_charts.TITLES.update(TITLES)
report_charts.DRAW.update(DRAW)
report_charts.CHARTS = tuple(report_charts.DRAW)
