"""The header row is found and each column gets the field it holds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importers import mapping
from importers.mapping import find_header, guess_mapping, header_names, signature

DATA = [
    ["杭州建材有限公司", "张三", 13800138000.0, "0571-88886666", "zhang@example.com"],
    ["宁波五金店", "李四", "13900139000", "0574-87654321", "li@example.com"],
    ["温州配件", "王五", 13700137000, "", ""],
]
HEADER = ["客户名称", "联系人", "手机", "电话", "邮箱"]


# -- find_header ----------------------------------------------------------------------------
def test_the_header_is_the_first_row_of_a_plain_sheet():
    assert find_header([HEADER, *DATA]) == 0


def test_title_instruction_and_blank_rows_above_the_header_are_passed_over():
    rows = [
        ["2023年客户名单", None, None, None, None],  # merged A1:E1: only A1 holds the text
        [None] * 5,
        ["请勿修改表头，带 * 的列为必填，手机号请填写 11 位数字", None, None, None, None],
        ["导出时间：2024-01-05", None, None, None, None],
        ["客户名称*", "联系人", "手机号码：", "电话", "E-Mail"],
        *DATA,
    ]
    assert find_header(rows) == 4


def test_a_header_typed_on_two_lines_in_its_cells():
    header = ["序号", "客户\n名称", "联系人\n姓名", "手机\n号码", "联系\n电话", "Office\nPhone"]
    rows = [header, [1, "甲公司", "张三", "13812345678\n13912345678", "0571-88886666", ""],
            [2, "乙公司", "李四", "13712345678", "", ""]]
    assert find_header(rows) == 0
    names = header_names(rows, 0)
    assert names == ["序号", "客户名称", "联系人姓名", "手机号码", "联系电话", "Office Phone"]
    assert guess_mapping(names, rows[1:]) == [
        "custom:序号", "name", "contact", "mobile", "phone", "phone"]


def test_a_header_with_months_or_years_over_its_figures():
    rows = [["2024年销售", None, None, None], ["客户名称", "手机", dt.date(2024, 1, 1), 2024.0],
            ["甲公司", "13812345678", 100.0, 200.0], ["乙公司", "13912345678", 50.0, 60.0]]
    assert find_header(rows) == 1
    # a row of data whose texts only contain header words is still data
    assert find_header([["杭州明远有限公司", "温州分公司", 100.0],
                        ["宁波海昌有限公司", "台州分公司", 50.0]]) is None


def test_a_header_of_unknown_words_is_found_from_the_values_below():
    rows = [["店铺", "老板", "号码"], ["一号店", "赵六", "13800138000"], ["二号店", "钱七", "13900139000"]]
    assert find_header(rows) == 0


@pytest.mark.parametrize(
    "rows",
    [
        DATA,
        [["杭州建材", "张三", dt.date(2024, 1, 5)], ["宁波五金", "李四", dt.date(2024, 2, 1)]],
        [["杭州建材", "这是一段很长的备注，说明这位客户的情况，以及上次拜访时谈到的事情和下次要带的样品"]] * 3,
        [["杭州建材", "张三", "宁波"], ["宁波五金", "李四", "杭州"]],
        [],
        [[None, None]],
    ],
)
def test_a_sheet_without_a_header(rows):
    assert find_header(rows) is None


def test_the_header_is_found_among_the_first_thirty_rows_only():
    rows = [["说明", None]] * 35 + [["客户名称", "手机"], ["杭州建材", "13800138000"]]
    assert find_header(rows) is None
    rows = [["说明", None]] * 25 + [["客户名称", "手机"], ["杭州建材", "13800138000"]]
    assert find_header(rows) == 25


# -- header_names ---------------------------------------------------------------------------
def test_header_names_are_unique_and_never_empty():
    rows = [["电话", None, "电话", " 客户\n名称 ", "电话"], [1, 2, 3, 4, 5]]
    assert header_names(rows, 0) == ["电话", "Column B", "电话 (2)", "客户名称", "电话 (3)"]


def test_columns_of_a_sheet_without_header_are_named_by_their_letter():
    rows = [[1] * 28]
    names = header_names(rows, None)
    assert names[:3] == ["Column A", "Column B", "Column C"]
    assert names[25:] == ["Column Z", "Column AA", "Column AB"]


def test_column_names_are_translated():
    chinese = {mapping.COLUMN: "第 {letter} 列"}
    names = header_names([[None, "手机"]], 0, translate=lambda context, text: chinese[text])
    assert names == ["第 A 列", "手机"]
    assert guess_mapping(names, [["x", "13800138000"]])[1] == "mobile"


def test_a_duplicate_named_like_an_existing_name_is_still_unique():
    assert header_names([["电话 (2)", "电话", "电话"]], 0) == ["电话 (2)", "电话", "电话 (3)"]


# -- guess_mapping: header words ------------------------------------------------------------
CHINESE = {
    "客户名称": "name", "单位名称": "name", "公司名称": "name", "公司": "name", "店名": "name",
    "门店": "name", "名称": "name", "客户": "name", "手机": "mobile", "手机号": "mobile",
    "手机号码": "mobile", "移动电话": "mobile", "联系电话": "phone", "电话": "phone",
    "座机": "phone", "办公电话": "phone", "固话": "phone", "微信": "wechat", "微信号": "wechat",
    "邮箱": "email", "电子邮件": "email", "地址": "address", "详细地址": "address",
    "省市区": "city", "城市": "city", "所在地区": "city", "行业": "industry", "来源": "source",
    "客户来源": "source", "等级": "grade", "客户等级": "grade", "负责人": "owner",
    "业务员": "owner", "销售": "owner", "跟进人": "owner", "备注": "notes", "说明": "notes",
    "标签": "tags", "职务": "title", "职位": "title", "下次跟进": "next_follow_up",
    "客户名": "name", "店铺名": "name", "门店名": "name", "商家": "name", "往来单位": "name",
    "企业全称": "name", "电子信箱": "email", "电子邮件地址": "email",
}
ENGLISH = {
    "Company": "name", "Company Name": "name", "Account Name": "name", "Customer": "name",
    "Mobile": "mobile", "Mobile Phone": "mobile", "Cell": "mobile", "Phone": "phone",
    "Phone Number": "phone", "Telephone": "phone", "Tel": "phone", "Email": "email",
    "E-mail": "email", "E-mail Address": "email", "Address": "address", "Street": "address",
    "City": "city", "Industry": "industry", "Source": "source", "Lead Source": "source",
    "Grade": "grade", "Rating": "grade", "Owner": "owner", "Salesperson": "owner",
    "Notes": "notes", "Note": "notes", "Comments": "notes", "Description": "notes",
    "Tags": "tags", "Title": "title", "Job Title": "title", "WeChat": "wechat",
    "First Name": "first_name", "Given Name": "first_name", "Last Name": "last_name",
    "Family Name": "last_name",
}


@pytest.mark.parametrize(("header", "target"), [*CHINESE.items(), *ENGLISH.items()])
def test_each_header_word(header, target):
    assert guess_mapping([header], [["x"]]) == [target]


@pytest.mark.parametrize(
    ("header", "target"),
    [("手机号码：", "mobile"), ("E-Mail", "email"), ("EMAIL", "email"), (" 客户名称* ", "name"),
     ("客户名称（必填）", "name"), ("ＷｅＣｈａｔ", "wechat"), ("job_title", "title"),
     ("下次跟进时间", "next_follow_up"), ("公司联系电话", "phone")],
)
def test_header_words_ignore_case_spaces_and_punctuation(header, target):
    assert guess_mapping([header], [["x"]]) == [target]


@pytest.mark.parametrize("person", ["姓名", "联系人", "Name", "Full Name", "Contact", "Contact Name"])
def test_a_person_column_beside_a_company_is_the_contact(person):
    assert guess_mapping(["公司名称", person], [["杭州建材", "张三"]]) == ["name", "contact"]
    assert guess_mapping([person, "公司名称"], [["张三", "杭州建材"]]) == ["contact", "name"]


@pytest.mark.parametrize("company", ["客户名", "店铺名", "往来单位", "企业全称"])
def test_a_company_column_beside_a_person_is_the_customer(company):
    assert guess_mapping([company, "联系人", "手机"], [["甲", "张三", "13800138000"]]) == [
        "name", "contact", "mobile"]


@pytest.mark.parametrize("person", ["姓名", "联系人", "Name", "Full Name"])
def test_a_person_column_alone_is_the_customer(person):
    assert guess_mapping([person, "手机"], [["张三", "13800138000"]]) == ["name", "mobile"]


def test_the_first_of_several_name_columns_is_the_name():
    got = guess_mapping(["客户名称", "公司名称", "联系人"], [["杭州建材", "杭州建材有限公司", "张三"]])
    assert got == ["name", "custom:公司名称", "contact"]


def test_kehus_own_export_maps_back():
    from models.customers.export import FIELDS

    row = ["b8a4", "杭州建材", "张三", "13800138000", "0571-88886666", "a@b.cn", "zs", "文一路",
           "杭州", "建材", "展会", "A", "王五", "老客户", "备注", "2024-01-05",
           "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"]
    assert find_header([list(FIELDS), row]) == 0
    assert guess_mapping(list(FIELDS), [row]) == [
        "id", "name", "contact", "mobile", "phone", "email", "wechat", "address", "city",
        "industry", "source", "grade", "owner", "tags", "notes", "next_follow_up", "created_at",
        "updated_at",
    ]


def test_no_two_columns_share_a_single_valued_field():
    names = ["客户名称", "地址", "详细地址", "手机", "手机 (2)", "电话", "固话", "备注", "说明",
             "等级", "客户等级"]
    row = ["杭州建材", "杭州", "文一路 1 号", "13800138000", "13900139000", "0571-88886666",
           "0571-88887777", "a", "b", "A", "B"]
    assert guess_mapping(names, [row]) == [
        "name", "address", "custom:详细地址", "mobile", "mobile", "phone", "phone", "notes",
        "notes", "grade", "custom:客户等级",
    ]


def test_a_single_valued_field_goes_to_the_column_that_holds_it():
    # Outlook: Title (Mr.) and Home Address are empty, Job Title and Business Street are not
    names = ["First Name", "Last Name", "Title", "Home Address", "Company", "Job Title",
             "Business Street", "Business City", "Business Postal Code"]
    row = ["伟", "张", "", "", "杭州明远", "经理", "文三路100号", "杭州", "310012"]
    assert guess_mapping(names, [row]) == [
        "first_name", "last_name", "", "", "name", "title", "address", "city",
        "custom:Business Postal Code"]
    # a CRM's accounts: the billing address is empty, the shipping one is not
    names = ["Account Name", "Primary Contact", "Main Phone", "Billing Address",
             "Shipping Address"]
    assert guess_mapping(names, [["Acme", "John", "+1 202 555 0100", "", "1 Main St"]]) == [
        "name", "contact", "phone", "", "address"]


def test_fax_and_qq_numbers_are_not_phones(book):
    names = ["单位名称", "联系人", "传真", "QQ", "Business Fax", "识别号"]
    row = ["杭州明远", "张伟", "0571-88886667", "13812345", "0571-88886668", "330106198001011234"]
    assert guess_mapping(names, [row]) == [
        "name", "contact", "custom:传真", "custom:QQ", "custom:Business Fax", "custom:识别号"]
    # and the custom fields they make hold text: a QQ number or a code is not a quantity
    from importers.plan import new_field_kinds

    kinds = new_field_kinds(book, {}, [{"custom": {"QQ": "123456789", "金额": "1200.5"}}])
    assert kinds == {"金额": {"kind": "number", "choices": []}}


def test_headers_in_traditional_characters():
    names = ["客戶名稱", "聯絡人", "手機", "電話", "電子郵件", "地址", "備註", "統一編號"]
    row = ["台北明遠貿易", "張偉", "0912-345-678", "02-2345-6789", "zw@x.tw", "台北市", "", "12345678"]
    assert guess_mapping(names, [row]) == [
        "name", "contact", "mobile", "phone", "email", "address", "notes", "custom:統一編號"]


def test_a_shops_own_levels_are_a_field_of_their_own():
    names = ["会员名称", "手机号", "会员等级", "客户等级", "备注名", "纳税人登记号"]
    rows = [["张伟", "13812345678", "黄金会员", "A级", "老张", "330106123456789"],
            ["李娜", "13912345678", "普通会员", "b", "", ""]]
    assert guess_mapping(names, rows) == [
        "name", "mobile", "custom:会员等级", "grade", "contact", "custom:纳税人登记号"]


def test_another_programs_stamps_and_ids_are_fields_of_their_own():
    # a CRM's export: its 创建时间 and ID are its own (Kehu's stamps come from Kehu's export)
    names = ["ID", "客户名称", "创建时间", "更新时间", "最后跟进时间", "下次跟进时间"]
    rows = [["1001", "甲公司", "2023-05-06 10:11:12", "2024-01-02", "2024-02-01", "2024-09-01"]]
    assert guess_mapping(names, rows) == [
        "custom:ID", "name", "custom:创建时间", "custom:更新时间", "custom:最后跟进时间",
        "next_follow_up"]
    kehu = "0b5f3c1e-8f4e-4c2a-9d7e-1234567890ab"
    assert guess_mapping(["ID", "客户名称"], [[kehu, "甲公司"]]) == ["id", "name"]


GOOGLE_CONTACTS = [  # the old export's header (a long one among them) and the new one's
    "Name", "Given Name", "Family Name", "Notes", "E-mail 1 - Type", "E-mail 1 - Value",
    "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title",
    "Organization 1 - Job Description", "Address 1 - Label", "Address 1 - City",
]


def test_a_google_contacts_export_is_read_field_by_field():
    row = ["张伟", "伟", "张", "", "* Work", "zw@x.com", "Mobile",
           "13812345678 ::: 13912345678", "明远贸易", "经理", "", "Work", "杭州"]
    assert find_header([GOOGLE_CONTACTS, row]) == 0
    assert guess_mapping(GOOGLE_CONTACTS, [row]) == [
        "contact", "first_name", "last_name", "notes", "", "email", "", "mobile", "name", "title",
        "", "", "city"]
    assert mapping.normalize.phones(row[7])[:2] == (["13812345678", "13912345678"], [])
    assert mapping.normalize.email("a@x.com ::: b@y.com")[0] == "a@x.com"
    new = ["First Name", "Last Name", "Organization Name", "Organization Title",
           "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value"]
    assert guess_mapping(new, [["伟", "张", "明远", "经理", "Work", "zw@x.com", "Mobile",
                                "13812345678"]]) == [
        "first_name", "last_name", "name", "title", "", "email", "", "mobile"]


def test_chinese_contact_exports_name_their_columns_in_their_own_words():
    # Outlook and QQ mail in Chinese: 电子邮件地址 is an e-mail, not an address; the part after
    # the space says which part of an address a column is
    names = ["名", "姓", "单位", "商务地址 街道", "商务地址 市/县", "商务地址 邮政编码",
             "电子邮件地址", "移动电话"]
    row = ["伟", "张", "杭州明远", "文三路100号", "杭州", "310012", "zw@x.com", "13812345678"]
    assert guess_mapping(names, [row]) == [
        "first_name", "last_name", "name", "address", "city", "custom:商务地址 邮政编码",
        "email", "mobile"]
    # an online shop's orders: the consignee is the customer, not the goods
    names = ["订单号", "商品", "收货人", "手机", "省", "市", "详细地址"]
    row = ["240101-123", "手机壳", "张伟", "13812345678", "浙江省", "杭州市", "文三路100号"]
    assert guess_mapping(names, [row]) == [
        "custom:订单号", "custom:商品", "name", "mobile", "custom:省", "city", "address"]


# -- guess_mapping: values ------------------------------------------------------------------
def test_columns_without_header_words_are_mapped_from_their_values():
    names = ["店铺", "号码", "座机号", "mail", "随便", "下次跟进日"]
    sample = [
        ["一号店", 13800138000, "0571-88886666", "a@b.cn", "x", dt.date(2024, 1, 5)],
        ["二号店", "13900139000", "(0571)88887777", "c@d.cn", "y", 45300],
        ["三号店", "", "", "", "", None],
    ]
    assert guess_mapping(names, sample) == [
        "name", "mobile", "phone", "email", "custom:随便", "next_follow_up",
    ]


def test_a_phone_column_full_of_mobiles_is_the_mobile():
    sample = [["杭州建材", "13800138000"], ["宁波五金", "13900139000/0574-88886666"]]
    assert guess_mapping(["客户名称", "联系方式"], sample) == ["name", "mobile"]


def test_dates_are_the_next_follow_up_only_when_the_header_says_so():
    sample = [["杭州建材", dt.date(2024, 1, 5)], ["宁波五金", "2024-02-01"]]
    assert guess_mapping(["客户名称", "生日"], sample) == ["name", "custom:生日"]
    assert guess_mapping(["客户名称", "跟进日期"], sample) == ["name", "next_follow_up"]


def test_a_sheet_without_header():
    rows = [
        ["杭州建材", 13800138000, "zhang@example.com", dt.date(2024, 1, 5), None],
        ["宁波五金", "13900139000", "li@example.com", None, None],
    ]
    names = header_names(rows, find_header(rows))
    # a column of values nothing names goes to the notes, not left out; an empty one is
    assert guess_mapping(names, rows) == ["name", "mobile", "email", "notes", ""]


def test_a_sheet_without_header_keeps_every_column():
    """The person beside the company is the contact, the address the address, and what
    nothing names is kept in the notes: no column of a list without a header is dropped."""
    rows = [["甲公司", "张伟", "13800138000", "杭州市西湖区文三路1号", "老客户，月结", "A"],
            ["乙商行", "李娜", "13900139000", "宁波市海曙区解放路5号", "要发票", "B"],
            ["丙建材店", "王强", "13700137000", "温州市鹿城区", "", "C"]]
    names = header_names(rows, find_header(rows))
    assert find_header(rows) is None
    assert guess_mapping(names, rows) == ["name", "contact", "mobile", "address", "notes",
                                          "notes"]


def test_empty_columns_are_ignored_and_custom_labels_are_reused():
    names = ["客户名称", "空列", "Birthday", "生 日", "会员卡号"]
    sample = [["杭州建材", None, "1990-01-01", "1990-01-01", "A001"], ["宁波五金", "", "", "", ""]]
    assert guess_mapping(names, sample, custom_labels=["birthday", "生日"]) == [
        "name", "", "custom:birthday", "custom:生日", "custom:会员卡号",
    ]


def test_every_target_is_known():
    names = [*CHINESE, *ENGLISH, "随便", "Column X"]
    got = guess_mapping(names, [["x"] * len(names)])
    assert len(got) == len(names)
    assert all(t in mapping.TARGETS or t.startswith("custom:") or t == "" for t in got)
    single = [t for t in got if t and t not in mapping.MULTI]
    assert len(single) == len(set(single))


# -- signature ------------------------------------------------------------------------------
def test_the_signature_ignores_case_spaces_and_punctuation_but_not_order():
    assert signature(["电话", "E-Mail"]) == signature([" 电话：", "email"])
    assert signature(["电话", "E-Mail"]) != signature(["E-Mail", "电话"])
    assert signature(["电话"]) != signature(["手机"])
    assert signature(["a", "b"]) != signature(["ab"])
    assert len(signature([])) == 40


@given(st.lists(st.text(max_size=10), max_size=6))
def test_the_signature_is_stable(names):
    assert signature(names) == signature(list(names))
    assert signature(names) == signature([n.upper() for n in names]) or any(
        n.upper().lower() != n.lower() for n in names
    )
