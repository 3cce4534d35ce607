"""After the deal: products, orders, payment plans, payments and receivables.

Qt-free, like the other aggregates: reads return plain dicts with money.Money / money.Totals
(never one sum across currencies); every write is a named, keyword-only operation through
Book.operation, so it is in the change log, undoable and synced; permissions are asked of
models.core.permissions (products.manage, orders.edit, orders.replan, orders.void,
payments.record, payments.confirm). Texts are English source strings marked with T(context,
text).

The facts and where each is kept:
- products: the catalogue (price in minor units with its currency).
- orders: number (models.orders.numbers), customer, deal, salesperson (owner_id), date,
  currency, total, status draft -> confirmed -> void (void_reason, replaces_id of the
  replacement), delivery, notes. order_lines: product or text, qty_milli (thousandths), unit,
  price, discount and amount in minor units.
- payment_plans: what is expected (期数, due date, amount), adding up to the order's total
  (models.orders.terms splits by template, the last row taking the remainder).
- payments: what was received (the real day, method, who recorded it), counting only once an
  owner confirmed it.
- Derived when read, never stored: what each plan row has been paid and its state on a day
  (models.orders.ledger), a customer's credit, aging, forecasts, repurchase cycles. (What
  each plan row still owes is also kept by the book, local to each PC, never synced, in
  receivable_rows and its sums, by triggers; the receivables read those.)
"""

from models.orders import ledger, numbers, terms  # noqa: F401
from models.orders.buying import (  # noqa: F401
    also_bought,
    cycle,
    history,
    median_days,
    products_bought,
    punctuality,
    repurchase,
    repurchase_cycles,
)
from models.orders.checks import parse_quantity, quantity_text  # noqa: F401
from models.orders.labels import (  # noqa: F401
    DELIVERY,
    DELIVERY_LABELS,
    METHOD_LABELS,
    METHODS,
    ORDER_STATUSES,
    PAYMENT_STATUS_LABELS,
    PLAN_STATE_LABELS,
    PLAN_STATES,
    STATUS_LABELS,
    TEMPLATE_LABELS,
    TEMPLATES,
    label,
)
from models.orders.operations import (  # noqa: F401
    add_order,
    confirm_order,
    delete_order,
    set_delivery,
    set_payment_plan,
    update_order,
    void_order,
)
from models.orders.payments import (  # noqa: F401
    confirm_payment,
    delete_payment,
    record_payment,
    reject_payment,
    update_payment,
)
from models.orders.products import (  # noqa: F401
    add_product,
    categories,
    delete_product,
    product,
    products,
    update_product,
)
from models.orders.reads import (  # noqa: F401
    balance,
    order,
    orders_of_customer,
    payments_of_customer,
    pending_payments,
)
from models.orders.receivables import (  # noqa: F401
    aging,
    aging_days,
    bucket_names,
    cash_forecast,
    month_collection,
    outstanding,
    set_aging_days,
)
