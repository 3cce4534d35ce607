"""Every field of a customer, a contact person and a deal, in one registry.

An entry says what a field is (key, type, how its value is cleaned) and where it shows: its
caption in the form and the history, its column in the table, its column in the export, the
header words the importer recognises it by. The form (views/customer_form.py), the table
(views/customer_table.py), the importer's mapping (importers/mapping.py), the export
(models/customers/export.py), the operations' cleaners (models/customers/operations.py), the search index
(models/core/search.py) and the history (models/customers/history.py) all read it: a new field is one entry
here (and its column in models/core/schema.py).

Labels are English source texts, translated by the views through Qt with the entry's context
(the contexts the texts always had): LABEL_CONTEXT for the form and the history,
HEADER_CONTEXT for the table's header, TARGET_CONTEXT for the import wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.core import values
from models.core.errors import QT_TRANSLATE_NOOP as T

LABEL_CONTEXT = "CustomerFields"
HEADER_CONTEXT = "CustomerTableModel"
TARGET_CONTEXT = "ImportTargets"

# name: a person's or company's name (searched by pinyin too); longtext: kept as written
TYPES = ("id", "name", "text", "longtext", "phone", "mobile", "email", "date", "datetime",
         "choice", "user", "tags", "amount", "health")

_NORMALISERS: dict[str, Callable[[object, str], str]] = {
    "name": lambda v, key: values.fold(v),
    "text": lambda v, key: values.fold(v),
    "longtext": lambda v, key: v.strip(),
    "mobile": lambda v, key: values.clean_mobiles(v, key),
    "phone": lambda v, key: values.clean_phones(v, key),
    "email": lambda v, key: values.clean_email(v, key),
    "date": lambda v, key: values.clean_date(v, key),
    "tags": lambda v, key: values.clean_tags(v),
}


@dataclass(frozen=True, slots=True)
class Field:
    key: str                    # the column in the book ("owner_id")
    label: str                  # caption in the form and the history (LABEL_CONTEXT)
    type: str
    # the name it goes by in the table, the export and the import ("owner": the user's name,
    # not the id); defaults to key
    alias: str = ""
    editable: bool = True       # written by the form and the operations
    form: str = ""              # where the form shows it: "left", "right", "bottom" or ""
    searchable: bool = False    # in the search index
    exported: bool = False      # a column of the export
    header: str = ""            # the table's column header (HEADER_CONTEXT); "" = no column
    column: int = 0             # place in the table's default order (smaller first)
    shown: bool = False         # shown in the table by default (else the user shows it)
    inline: bool = False        # edited in the table's cell
    target: str = ""            # the import wizard's name for it (TARGET_CONTEXT); "" = no import
    words: str = ""             # header words that name this column in a sheet (any case)
    parts: tuple[str, ...] = ()  # header texts containing one of these are read as this field
    multi: bool = False         # several import columns are joined into it
    choices: tuple[str, ...] = ()
    suggest: bool = False       # the form offers the values already in the book
    normaliser: Callable[[object, str], str] | None = None

    @property
    def name(self) -> str:
        return self.alias or self.key

    @property
    def importable(self) -> bool:
        return bool(self.target)

    def clean(self, value) -> str:
        """The value as stored: normalised and checked (ValidationError names the field)."""
        value = "" if value is None else value
        if self.normaliser is not None:
            return self.normaliser(value, self.key)
        norm = _NORMALISERS.get(self.type)
        return norm(value, self.key) if norm else value


def _f(key: str, label: str, type: str, **kw) -> Field:  # noqa: A002 - reads as the entry
    if type not in TYPES:
        raise ValueError(f"unknown field type {type!r} for {key}")
    return Field(key, label, type, **kw)


CUSTOMER: tuple[Field, ...] = (
    _f("id", T("CustomerFields", "Kehu ID"), "id", editable=False, exported=True,
       target=T("ImportTargets", "Kehu ID"), words="id"),
    _f("name", T("CustomerFields", "Name"), "name", form="left", searchable=True, exported=True,
       header=T("CustomerTableModel", "Customer"), column=10, shown=True, inline=True,
       target=T("ImportTargets", "Customer name")),
    _f("contact", T("CustomerFields", "Contact"), "name", form="left", searchable=True,
       exported=True, header=T("CustomerTableModel", "Contact"), column=20, shown=True, inline=True,
       target=T("ImportTargets", "Contact")),
    _f("mobile", T("CustomerFields", "Mobile"), "mobile", form="left", searchable=True,
       exported=True, header=T("CustomerTableModel", "Mobile"), column=30, shown=True, inline=True,
       target=T("ImportTargets", "Mobile"), multi=True, parts=("手机", "移动电话", "移动号码"),
       words="""手机 手机号 手机号码 移动电话 联系手机 手机电话 mobile mobilephone mobilenumber cell
       cellphone cellular"""),
    _f("phone", T("CustomerFields", "Phone"), "phone", form="left", searchable=True, exported=True,
       header=T("CustomerTableModel", "Phone"), column=40, inline=True,
       target=T("ImportTargets", "Phone"), multi=True, parts=("电话", "座机", "phone"),
       words="""联系电话 电话 电话号码 座机 座机号码 办公电话 固话 固定电话 公司电话 联系方式 phone
       phonenumber telephone tel workphone officephone businessphone homephone"""),
    _f("email", T("CustomerFields", "Email"), "email", form="left", searchable=True, exported=True,
       header=T("CustomerTableModel", "E-mail"), column=130, inline=True,
       target=T("ImportTargets", "Email"), parts=("邮箱", "email", "电子邮件", "邮件地址", "信箱"),
       words="邮箱 电子邮件 电子邮箱 邮件 邮箱地址 email emailaddress mail"),
    _f("wechat", T("CustomerFields", "WeChat"), "text", form="left", searchable=True,
       exported=True, header=T("CustomerTableModel", "WeChat"), column=140, inline=True,
       target=T("ImportTargets", "WeChat"), parts=("微信",),
       words="微信 微信号 微信名 wechat wechatid weixin"),
    _f("address", T("CustomerFields", "Address"), "text", form="left", searchable=True,
       exported=True, header=T("CustomerTableModel", "Address"), column=150, inline=True,
       target=T("ImportTargets", "Address"), parts=("地址", "address"),
       words="""地址 详细地址 联系地址 公司地址 通讯地址 收货地址 门店地址 address street
       streetaddress address1 addressline1"""),
    _f("city", T("CustomerFields", "City"), "text", form="right", searchable=True, exported=True,
       header=T("CustomerTableModel", "City"), column=50, shown=True, inline=True, suggest=True,
       target=T("ImportTargets", "City"),
       words="省市区 城市 所在地区 所在城市 地区 区域 省市 所在地 市 市县 所在市 city region area town"),
    _f("industry", T("CustomerFields", "Industry"), "text", form="right", searchable=True,
       exported=True, header=T("CustomerTableModel", "Industry"), column=60, shown=True,
       inline=True, suggest=True, target=T("ImportTargets", "Industry"), parts=("行业",),
       words="行业 所属行业 行业类别 industry sector"),
    _f("source", T("CustomerFields", "Source"), "text", form="right", searchable=True,
       exported=True, header=T("CustomerTableModel", "Source"), column=120, inline=True,
       suggest=True, target=T("ImportTargets", "Source"), parts=("来源",),
       words="来源 客户来源 来源渠道 渠道 source leadsource channel"),
    _f("grade", T("CustomerFields", "Grade"), "choice", form="right", exported=True,
       header=T("CustomerTableModel", "Grade"), column=70, shown=True, inline=True,
       choices=values.GRADES, normaliser=lambda v, key: values.clean_grade(v), target=T("ImportTargets", "Grade"), parts=("等级", "级别"),
       words="等级 客户等级 级别 客户级别 客户分级 grade rating level"),
    _f("owner_id", T("CustomerFields", "Owner"), "user", alias="owner", form="right",
       exported=True, header=T("CustomerTableModel", "Owner"), column=90, shown=True,
       target=T("ImportTargets", "Owner"), parts=("负责人",),
       words="""负责人 业务员 销售 销售员 跟进人 归属人 所属销售 客户经理 owner salesperson salesrep
       accountowner assignedto"""),
    _f("tags", T("CustomerFields", "Tags"), "tags", form="right", searchable=True, exported=True,
       header=T("CustomerTableModel", "Tags"), column=100, shown=True, inline=True,
       target=T("ImportTargets", "Tags"), parts=("标签",),
       words="标签 客户标签 分组 群组 tags tag labels groups groupmembership"),
    _f("notes", T("CustomerFields", "Notes"), "longtext", form="bottom", searchable=True,
       exported=True, header=T("CustomerTableModel", "Notes"), column=160,
       target=T("ImportTargets", "Notes"), multi=True, parts=("备注",),
       words="备注 说明 描述 备注信息 notes note comments comment description remark remarks memo"),
    _f("next_follow_up", T("CustomerFields", "Next follow-up"), "date", form="right",
       exported=True, header=T("CustomerTableModel", "Next follow-up"), column=110, shown=True,
       inline=True, target=T("ImportTargets", "Next follow-up"), parts=("下次跟进",),
       words="""下次跟进 下次跟进时间 下次跟进日期 下次联系 下次联系时间 nextfollowup
       nextfollowupdate followupdate"""),
    _f("health", T("CustomerFields", "Health"), "health", editable=False,
       header=T("CustomerTableModel", "Health"), column=80, shown=True),
    _f("created_at", T("CustomerFields", "Created"), "datetime", editable=False, exported=True,
       header=T("CustomerTableModel", "Created"), column=180, target=T("ImportTargets", "Created"),
       words="createdat 创建时间 创建日期 created"),
    _f("updated_at", T("CustomerFields", "Updated"), "datetime", editable=False, exported=True,
       header=T("CustomerTableModel", "Updated"), column=170, shown=True,
       target=T("ImportTargets", "Updated"), words="updatedat 更新时间 修改时间 updated modified"),
    _f("deleted_at", T("CustomerFields", "Deleted"), "datetime", editable=False,
       header=T("CustomerTableModel", "Deleted"), column=190),
)

CONTACT: tuple[Field, ...] = (
    _f("name", T("CustomerFields", "Name"), "name", searchable=True),
    _f("title", T("CustomerFields", "Title"), "text", searchable=True,
       target=T("ImportTargets", "Title"), parts=("职务", "职位"),
       words="职务 职位 岗位 头衔 title jobtitle organizationtitle position role"),
    _f("mobile", T("CustomerFields", "Mobile"), "mobile", searchable=True),
    _f("phone", T("CustomerFields", "Phone"), "phone", searchable=True),
    _f("email", T("CustomerFields", "Email"), "email", searchable=True),
    _f("wechat", T("CustomerFields", "WeChat"), "text", searchable=True),
    _f("notes", T("CustomerFields", "Notes"), "longtext", searchable=True),
)

# Deals: models/deals.py cleans and checks them (stages, probabilities, money); the registry
# names them and their types for the history and the parts that list fields.
DEAL: tuple[Field, ...] = (
    _f("title", T("DealFields", "Title"), "text", searchable=True, exported=True),
    _f("customer_id", T("DealFields", "Customer"), "id", exported=True),
    _f("amount_minor", T("DealFields", "Amount"), "amount", alias="amount", exported=True),
    _f("currency", T("DealFields", "Currency"), "choice", exported=True),
    _f("stage_id", T("DealFields", "Stage"), "id", alias="stage", exported=True),
    _f("probability", T("DealFields", "Probability"), "text", exported=True),
    _f("owner_id", T("DealFields", "Owner"), "user", alias="owner", exported=True),
    _f("expected_close", T("DealFields", "Expected close"), "date", exported=True),
    _f("status", T("DealFields", "Status"), "choice", exported=True),
    _f("lost_reason", T("DealFields", "Lost reason"), "text", exported=True),
    _f("notes", T("DealFields", "Notes"), "longtext", searchable=True),
)

TABLES = {"customers": CUSTOMER, "contacts": CONTACT, "deals": DEAL}


# -- questions the other parts ask -----------------------------------------------------------
def of(table: str) -> dict[str, Field]:
    """The fields of a table by key (none for a table the registry does not describe)."""
    return {f.key: f for f in TABLES.get(table, ())}


def field(table: str, key: str) -> Field | None:
    return of(table).get(key)


def customer_fields() -> tuple[str, ...]:
    """The keys a customer is written with (the form's and the operations' fields)."""
    return tuple(f.key for f in CUSTOMER if f.editable)


def contact_fields() -> tuple[str, ...]:
    return tuple(f.key for f in CONTACT if f.editable)


def form_fields(place: str) -> list[Field]:
    """The customer form's fields in one of its places ("left", "right", "bottom")."""
    return [f for f in CUSTOMER if f.form == place]


def table_columns() -> list[Field]:
    """The customer table's built-in columns, in their default order."""
    return sorted((f for f in CUSTOMER if f.header), key=lambda f: f.column)


def exported_customer_columns() -> tuple[str, ...]:
    return tuple(f.name for f in CUSTOMER if f.exported)


def import_targets() -> list[Field]:
    """The fields a sheet's column can be imported into: the customer's, the contact
    person's after the contact, Kehu's own stamps (id, created, updated) last."""
    customer = [f for f in CUSTOMER if f.importable and f.editable]
    after = next(i for i, f in enumerate(customer) if f.key == "contact") + 1
    contact = [f for f in CONTACT if f.importable]
    stamps = [f for f in CUSTOMER if f.importable and not f.editable]
    return [*customer[:after], *contact, *customer[after:], *stamps]


def searchable_texts(table: str) -> tuple[str, ...]:
    """Searched fields other than names and numbers, which the search index treats itself."""
    return tuple(f.key for f in TABLES[table]
                 if f.searchable and f.type not in ("name", "mobile", "phone"))
