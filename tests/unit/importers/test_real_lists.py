"""Customer lists as people keep them (issue 15): no row lost for one odd value, nothing made
twice by a second import, the right column for each field, the people of one company kept."""

from __future__ import annotations

import json

import openpyxl
import pytest

from importers import mapping, normalize
from importers import plan as planner
from importers.rowreader import city_of
from importers.source import open_source
from models import imports
from models.customers import operations


def xlsx(path, sheets: dict[str, list[list]]):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def preview(book, path, mode="skip", sheet=None):
    src = open_source(path)
    return planner.preview(book, src, planner.auto_mapping(book, src, sheet), mode=mode)


def live(book):
    return [dict(r) for r in book.all(
        "SELECT * FROM customers WHERE deleted_at IS NULL ORDER BY name")]


def by_name(book):
    return {r["name"]: r for r in live(book)}


# -- odd values ------------------------------------------------------------------------------
ODD = [
    ["客户名称", "联系人", "手机", "电话", "邮箱"],
    ["上海交大后勤", "王老师", "13800138000", "999", "wang@sjtu.edu.cn"],
    ["南京新客户", "李四", "13900139000", "025-52070641/47", "li@x,net"],
    ["上海新港", "赵六", "", "021-58355611/2/3", ""],
    ["美国客户", "Tom", "", "+1-202-555-0143x79417", "tom@example.com"],
    ["宁波门市", "孙七", "13700137000", "0574-88886666(南)/0574-88887777(北)", ""],
    ["短号客户", "周八", "1380013", "wxid_zhou88", ""],
    ["名字在电话栏", "", "张经理", "88", ""],
]


def test_an_odd_value_keeps_its_row_as_typed_in_the_notes(book, tmp_path):
    plan = preview(book, xlsx(tmp_path / "odd.xlsx", {"客户": ODD}))
    assert plan.errors == [] and plan.created == 7
    result = planner.run_import(book, plan)
    assert result.created == 7
    got = by_name(book)
    jiaoda = got["上海交大后勤"]
    assert (jiaoda["mobile"], jiaoda["email"], jiaoda["phone"]) == (
        "13800138000", "wang@sjtu.edu.cn", "")
    assert jiaoda["notes"] == "电话: 999"
    nanjing = got["南京新客户"]
    assert nanjing["phone"] == "025-52070641; 025-52070647"  # a range shorthand, expanded
    assert nanjing["email"] == "" and nanjing["notes"] == "邮箱: li@x,net"
    assert got["上海新港"]["phone"] == "021-58355611; 021-58355612; 021-58355613"
    assert got["美国客户"]["phone"] == "+1-202-555-0143 ext 79417"
    assert got["宁波门市"]["phone"] == "0574-88886666 (南); 0574-88887777 (北)"  # labels kept
    assert got["短号客户"]["notes"] == "手机: 1380013\n电话: wxid_zhou88"
    assert got["名字在电话栏"]["notes"] == "手机: 张经理\n电话: 88"
    warned = {w["row"]: w["warning"] for w in plan.warning_list()}
    assert "999 does not look like a phone number." in warned[2]
    assert "Kept as typed in the notes: 电话: 999" in warned[2]
    # what the importer keeps is what the form accepts when the customer is saved again
    operations.update_customer(book, customer_id=got["宁波门市"]["id"],
                               data={"phone": got["宁波门市"]["phone"]})
    operations.update_customer(book, customer_id=got["美国客户"]["id"],
                               data={"phone": got["美国客户"]["phone"]})


def test_names_keep_full_width_brackets_and_lose_padding():
    assert normalize.name("上海明珠（海昌路店）") == "上海明珠（海昌路店）"
    assert normalize.name("王 勇") == normalize.name("王\u3000勇") == "王勇"
    assert normalize.name("欧阳 修文") == "欧阳 修文"  # not a padded two-character name
    assert normalize.name("（空）") == ""


@pytest.mark.parametrize(("address", "city"), [
    ("杭州市西湖区文三路1号", "杭州"), ("浙江省杭州市西湖区", "杭州"), ("北京市朝阳区建国路", "北京"),
    ("广东深圳市南山区", "深圳"), ("内蒙古自治区呼和浩特市新城区", "呼和浩特"), ("西湖区文三路", ""),
    ("中国浙江省杭州市文三路1号", "杭州"), ("中华人民共和国 上海市浦东新区", "上海"),
    ("中国银行大厦", ""),
])
def test_the_city_an_address_starts_with(address, city):
    assert city_of(address) == city


def test_city_is_filled_from_the_address_when_no_city_is_given(book, tmp_path):
    rows = [["客户名称", "地址", "城市"], ["甲", "浙江省杭州市西湖区1号", ""], ["乙", "宁波市海曙区", "余姚"]]
    planner.run_import(book, preview(book, xlsx(tmp_path / "c.xlsx", {"客户": rows})))
    assert {n: r["city"] for n, r in by_name(book).items()} == {"甲": "杭州", "乙": "余姚"}


def test_a_phone_card_gives_its_address_and_city(book, tmp_path):
    path = tmp_path / "手机联系人.vcf"
    path.write_bytes("\r\n".join([
        "BEGIN:VCARD", "VERSION:2.1", "FN:宋红江", "ORG:金达建材", "TEL;CELL:13812345678",
        "ADR;HOME:;;文三路1号;杭州;浙江;310000;中国", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:李四", "TEL;TYPE=CELL:13900001111",
        "ADR;TYPE=WORK:;;解放路5号;;;;", "END:VCARD", ""]).encode())
    planner.run_import(book, preview(book, path))
    got = {n: (r["address"], r["city"]) for n, r in by_name(book).items()}
    assert got == {"金达建材": ("中国浙江杭州文三路1号 310000", "杭州"), "李四": ("解放路5号", "")}


# -- re-import -------------------------------------------------------------------------------
NO_MOBILE = [
    ["客户名称", "联系人", "电话", "邮箱", "微信", "备注"],
    ["杭州甲公司", "", "0571-88886666", "", "", ""],
    ["杭州乙公司", "", "", "b@example.com", "", ""],
    ["杭州丙公司", "", "", "", "wx_bing", ""],
    ["杭州丁公司", "", "666", "", "", "短号"],
    ["杭州戊公司", "", "", "", "", "只有名字"],
    ["杭州戊公司", "", "", "", "", "只有名字，又一行"],
]


@pytest.mark.parametrize("mode", ["skip", "fill", "overwrite"])
def test_a_second_import_of_the_same_file_creates_nothing(book, tmp_path, mode):
    path = xlsx(tmp_path / "list.xlsx", {"客户": NO_MOBILE})
    first = planner.run_import(book, preview(book, path))
    assert first.created == 5  # the two 杭州戊公司 rows are one customer
    before = book.scalar("SELECT count(*) FROM customers")
    again = preview(book, path, mode=mode)
    assert again.created == 0 and again.held == [] and again.errors == []
    planner.run_import(book, again)
    assert book.scalar("SELECT count(*) FROM customers") == before
    if mode != "overwrite":  # (overwrite: each row's notes in turn, the last one stays)
        assert by_name(book)["杭州戊公司"]["notes"] == "只有名字\n只有名字，又一行"


def test_a_changed_row_is_matched_by_each_identifying_field(book, tmp_path):
    path = xlsx(tmp_path / "list.xlsx", {"客户": NO_MOBILE})
    planner.run_import(book, preview(book, path))
    edited = [row[:] for row in NO_MOBILE]
    for row in edited[1:]:
        row[5] = "改过"  # every row differs from what was imported: no fingerprint helps
    plan = preview(book, xlsx(tmp_path / "edited.xlsx", {"客户": edited}))
    rows = {r.line: r for r in plan.planned}
    assert [rows[n].action for n in (2, 3, 4)] == ["skip", "skip", "skip"]  # phone, mail, WeChat
    # a name alone (the short number is no identifier): held, and the CLI/preview say why
    assert rows[5].action == rows[6].action == "hold"
    assert plan.held_list()[0] == {"row": 5, "reason": "Same name as 杭州丁公司 in the book, and "
                                   "nothing else to tell them apart: the same customer?"}
    assert plan.created == 0


def test_undo_import_forgets_the_rows(book, tmp_path):
    path = xlsx(tmp_path / "list.xlsx", {"客户": NO_MOBILE})
    result = planner.run_import(book, preview(book, path))
    assert book.scalar("SELECT count(*) FROM import_rows WHERE import_id = ?",
                       (result.batch,)) == 6
    imports.undo_import(book, batch_id=result.batch)
    assert book.scalar("SELECT count(*) FROM import_rows") == 0
    assert preview(book, path).created == 5  # imported again, they are made again


def test_held_rows_are_answered(book, tmp_path):
    operations.add_customer(book, data={"name": "温州阀门厂", "mobile": "13800138000"})
    rows = [["客户名称", "手机"], ["杭州鑫达建材", "13800138000"], ["温州阀门厂", "13800138000"]]
    plan = preview(book, xlsx(tmp_path / "shared.xlsx", {"客户": rows}))
    held, same = plan.planned
    assert held.action == "hold" and same.action == "skip"
    assert held.reason_text() == ("13800138000 is also of 温州阀门厂, a different name: the "
                                  "same customer?")
    assert plan.answer(book, 2, "new").action == "create"
    assert plan.answer(book, 2, "same").action == "skip"
    assert plan.answer(book, 2, "hold").action == "hold"
    plan.answer(book, 2, "new")
    planner.run_import(book, plan)
    assert sorted(by_name(book)) == ["杭州鑫达建材", "温州阀门厂"]


def test_different_companies_sharing_a_mobile_in_one_file_are_asked_about(book, tmp_path):
    rows = [["客户名称", "联系人", "手机"], ["温州阀门厂", "陈工", "13800138000"],
            ["杭州鑫达建材", "陈工", "13800138000"], ["温州阀门厂有限公司", "", "13800138000"]]
    plan = preview(book, xlsx(tmp_path / "shared.xlsx", {"客户": rows}))
    first, second, third = plan.planned
    # the same person (陈工) answers for both: the same party as far as the row can tell
    assert (first.action, second.action, third.action) == ("create", "merge", "merge")
    rows = [["客户名称", "手机"], ["温州阀门厂", "13800138000"], ["杭州鑫达建材", "13800138000"]]
    plan = preview(book, xlsx(tmp_path / "shared2.xlsx", {"客户": rows}))
    assert [r.action for r in plan.planned] == ["create", "hold"]
    assert plan.planned[1].held_line == 2
    assert plan.answer(book, 3, "same").action == "merge"
    assert plan.answer(book, 3, "new").action == "create"


# -- the people of one company ---------------------------------------------------------------
def test_people_of_one_company_become_its_contact_persons(book, tmp_path):
    rows = [["公司名称", "联系人", "电话", "手机", "职务"],
            ["杭州鑫达建材有限公司", "张三", "0571-88886666", "13800138000", "经理"],
            ["杭州鑫达建材有限公司", "李四", "0571-88886666", "13900139000", "采购"],
            ["杭州鑫达建材有限公司", "王五", "0571-88886666", "", ""]]
    plan = preview(book, xlsx(tmp_path / "people.xlsx", {"客户": rows}))
    assert (plan.created, plan.skipped) == (1, 2)
    planner.run_import(book, plan)
    (customer,) = live(book)
    assert (customer["contact"], customer["mobile"]) == ("张三", "13800138000")
    people = {r["name"]: dict(r) for r in book.all(
        "SELECT * FROM contacts WHERE customer_id = ?", (customer["id"],))}
    assert set(people) == {"张三", "李四", "王五"}
    assert (people["李四"]["mobile"], people["李四"]["title"]) == ("13900139000", "采购")


def test_repeat_vcards_are_one_person_with_every_number(book, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nTEL;TYPE=CELL:13800138000\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nTEL;TYPE=CELL:13900139000\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nEND:VCARD\r\n", encoding="utf-8")
    plan = preview(book, path)
    planner.run_import(book, plan)
    got = by_name(book)
    assert sorted(got) == ["张三", "李四"]
    assert got["张三"]["mobile"] == "13800138000; 13900139000"


# -- columns ---------------------------------------------------------------------------------
def test_id_and_postal_columns_are_not_phones(book, tmp_path):
    rows = [["客户编号", "客户名称", "邮编", "Record ID - Company", "移动电话号码", "联系方式"],
            *[[f"P{i:06d}", f"客户{i}", 310012 + i, 112365 + i, f"1380013800{i}",
               f"0571-8888666{i}"] for i in range(6)]]
    src = open_source(xlsx(tmp_path / "ids.xlsx", {"客户": rows}))
    m = planner.auto_mapping(book, src)
    assert m.columns == ["custom:客户编号", "name", "custom:邮编", "custom:Record ID - Company",
                         "mobile", "phone"]
    names = ["编号", "Name", "Zip", "No."]
    sample = [[112365 + i, f"n{i}", "310012", str(112365 + i)] for i in range(5)]
    assert mapping.guess_mapping(names, sample)[0] != "phone"
    assert "phone" not in mapping.guess_mapping(["A", "B"], [["x", "112365"]] * 5)


def test_a_junk_second_header_row_is_passed_over(book, tmp_path):
    rows = [["Company", "Contact", "Phone", "Email"], ["s", "s", "s", "s"],
            ["Acme Trading", "Tom", "0571-88886666", "tom@acme.com"],
            ["Beta Ltd", "Ann", "0571-88887777", "ann@beta.com"]]
    plan = preview(book, xlsx(tmp_path / "junk.xlsx", {"Sheet1": rows}))
    assert plan.mapping.header == 0
    assert plan.mapping.columns == ["name", "contact", "phone", "email"]
    assert plan.created == 2
    assert [(r.line, r.reason_text()) for r in plan.planned if r.action == "skip"] == [
        (2, "A second header row, not a customer.")]


def test_a_company_merged_over_the_rows_of_its_people(book, tmp_path):
    path = tmp_path / "merged.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["客户名称", "联系人", "联系方式", None],  # a header of two rows
                [None, None, "手机", "电话"],
                ["杭州明远贸易有限公司", "张伟", "13812345678", "0571-88886666"],
                [None, "王芳", "13812345679", None],
                ["温州阀门厂", "王强", None, "0577-86661234"],
                [None, "陈工", "13712345678", None],
                [None, "刘工", "13612345678", None]):
        ws.append(row)
    for cells in ("A1:A2", "B1:B2", "C1:D1", "A3:A4", "A5:A7", "D5:D7"):
        ws.merge_cells(cells)
    wb.save(path)
    src = open_source(path)
    assert src.rows()[1][:2] == ["客户名称", "联系人"] and src.rows()[3][0] == "杭州明远贸易有限公司"
    plan = preview(book, path)
    assert plan.created == 2 and plan.errors == []
    planner.run_import(book, plan)
    people = book.all("SELECT c.name AS company, p.name, p.mobile FROM contacts p "
                      "JOIN customers c ON c.id = p.customer_id ORDER BY p.mobile DESC")
    assert [tuple(r) for r in people] == [
        ("杭州明远贸易有限公司", "王芳", "13812345679"), ("温州阀门厂", "陈工", "13712345678"),
        ("温州阀门厂", "刘工", "13612345678")]
    assert by_name(book)["温州阀门厂"]["phone"] == "0577-86661234"
    assert preview(book, path).created == 0


def test_total_rows_are_not_customers(book, tmp_path):
    rows = [["客户名称", "手机", "金额"], ["甲公司", "13800138000", 100], ["乙公司", "13900139000", 200],
            ["小计", None, 300], ["合 计", None, 300], ["总计：", None, 300]]
    plan = preview(book, xlsx(tmp_path / "totals.xlsx", {"客户": rows}))
    assert plan.created == 2
    assert {r.line: r.reason_text() for r in plan.planned if r.action == "skip"} == dict.fromkeys(
        (4, 5, 6), "A total row, not a customer.")


def test_notes_under_the_list_are_not_customers(book, tmp_path):
    rows = [["2024年客户名单", None, None], ["客户名称", "联系人", "手机"],
            ["甲公司", "张伟", "13800138000"], ["乙公司", "说明", "13900139000"],
            [None, None, None],
            ["制表人：张三  日期：2024-01-05", None, None], ["审核: 李四", None, "打印日期：2024-01-06"],
            ["第 1 页 共 1 页", None, None], ["说明会公司", "注：老客户", None]]
    plan = preview(book, xlsx(tmp_path / "notes.xlsx", {"客户": rows}))
    assert plan.created == 3  # 说明会公司 is a customer whose contact cell holds a note
    assert {r.line: r.reason_text() for r in plan.planned if r.action == "skip"} == dict.fromkeys(
        (6, 7, 8), "A note on the list (who made it, when), not a customer.")
    assert not mapping.is_note_row(["备注：老客户", "13800138000"])


def test_the_header_repeated_down_the_list_is_not_a_customer(book, tmp_path):
    rows = [["客户名称", "联系人", "手机"], ["甲公司", "张三", "13812345678"], [None, None, None],
            ["客户名称", "联系人", "手机"], ["乙公司", "李四", "13912345678"],
            ["客户名称", "王五", "13712345678"]]  # a customer named like the header's cell
    plan = preview(book, xlsx(tmp_path / "pages.xlsx", {"客户": rows}))
    assert plan.created == 3
    assert {r.line: r.reason_text() for r in plan.planned if r.action == "skip"} == {
        4: "The header again (a new page of the list), not a customer."}


def test_tables_side_by_side_are_read_as_tables(book, tmp_path):
    header = ["客户名称", "联系人", "手机"]
    rows = [[*header, None, *header, None, *header]]
    for i in range(4):
        rows.append([f"甲{i}", "张", f"1380013800{i}", None, f"乙{i}", "李", f"1390013900{i}",
                     None, f"丙{i}", "王", f"1370013700{i}"])
    rows.append([None] * 4 + ["乙4", "李", "13900139004"] + [None] * 4)  # one table is longer
    src = open_source(xlsx(tmp_path / "side.xlsx", {"客户": rows}))
    assert [(s.name, s.rows) for s in src.sheets] == [
        ("客户 (A:C)", 5), ("客户 (E:G)", 6), ("客户 (I:K)", 5)]
    mappings = [planner.auto_mapping(book, src, s.name) for s in src.sheets]
    assert all(m.columns == ["name", "contact", "mobile"] for m in mappings)
    plan = planner.preview_sheets(book, src, mappings)
    assert plan.created == 13
    planner.run_import(book, plan)
    assert by_name(book)["乙4"]["mobile"] == "13900139004"
    # one table with an empty column of its own is not cut in two
    rows = [["客户名称", "手机", None, "备注", "地址"], ["甲", "13800138000", None, "x", "y"]]
    assert [s.name for s in open_source(xlsx(tmp_path / "one.xlsx", {"客户": rows})).sheets] \
        == ["客户"]


def test_several_sheets_are_one_import(book, tmp_path):
    path = xlsx(tmp_path / "sheets.xlsx", {
        "说明": [["本表为客户名单"]],
        "华东": [["客户名称", "手机"], ["甲公司", "13800138000"]],
        "华南": [["客户名称", "手机"], ["乙公司", "13900139000"], ["甲公司", "13800138000"]]})
    src = open_source(path)
    assert [(s.name, s.rows) for s in src.sheets] == [("说明", 1), ("华东", 2), ("华南", 3)]
    mappings = [planner.auto_mapping(book, src, name) for name in ("华东", "华南")]
    plan = planner.preview_sheets(book, src, mappings)
    assert (plan.created, plan.in_file_duplicates) == (2, 1)
    assert plan.sheet == "华东, 华南"
    result = planner.run_import(book, plan)
    assert result.created == 2
    assert json.loads(book.scalar("SELECT mapping FROM imports"))["sheet"] == "华东"


def test_a_cover_page_or_a_hidden_sheet_is_not_taken_for_the_list(book, tmp_path):
    path = tmp_path / "cover.xlsx"
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["B3"], cover["B5"], cover["B7"] = "杭州明远贸易有限公司", "客户资料汇总", "2024年3月"
    choices = wb.create_sheet("下拉选项")
    choices.sheet_state = "hidden"
    for row in (["等级", "来源"], ["A", "转介绍"], ["B", "展会"]):
        choices.append(row)
    people = wb.create_sheet("客户列表")
    for row in (["客户名称", "联系人", "手机"], ["甲公司", "张伟", "13800138000"],
                ["乙公司", "李娜", "13900139000"]):
        people.append(row)
    wb.save(path)
    src = open_source(path)
    assert [s.name for s in src.sheets] == ["封面", "下拉选项", "客户列表"]
    assert src.hidden_sheets == ["下拉选项"] and src.default_sheet == "客户列表"
    planner.run_import(book, preview(book, path))
    assert sorted(by_name(book)) == ["乙公司", "甲公司"]
    # a list without a header is still a list: the first sheet, when it holds phone numbers
    bare = xlsx(tmp_path / "bare.xlsx", {"名单": [["甲", "13800138000"], ["乙", "13900139000"]],
                                         "备注": [["说明", "本表为客户名单"]]})
    assert open_source(bare).default_sheet == "名单"
    # nor is a sheet of instructions in front of an import template's data sheet
    template = xlsx(tmp_path / "template.xlsx", {
        "填写说明": [["字段", "说明"], ["客户名称", "必填，公司全称"], ["手机", "11位数字"]],
        "客户数据": [["客户名称", "手机"], ["甲公司", "13800138000"]]})
    assert open_source(template).default_sheet == "客户数据"


def test_a_long_number_excel_has_rounded_is_pointed_out(book, tmp_path):
    rows = [["客户名称", "身份证号", "银行账号"],
            ["甲公司", 330106198001011234, "6222021202001234567"],  # a number: 15 digits kept
            ["乙公司", "33020319800101123X", 12345]]
    plan = preview(book, xlsx(tmp_path / "ids.xlsx", {"客户": rows}))
    assert [[p.message for p in r.problems] for r in plan.planned] == [[normalize.ROUNDED], []]
    assert plan.planned[0].problems[0].params == {"value": "330106198001011300"}


def test_a_google_contacts_export(book, tmp_path):
    import csv

    header = ["Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type",
              "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type",
              "Phone 2 - Value", "Organization 1 - Name", "Organization 1 - Title",
              "Organization 1 - Job Description"]
    rows = [header,
            ["张伟", "伟", "张", "* myContacts ::: 客户 ::: * starred", "* Work", "zw@x.com",
             "Mobile", "138 1234 5678 ::: +86 139-1234-5678", "Work", "0571-88886666",
             "明远贸易", "经理", ""],
            ["Na Li", "Na", "Li", "* myContacts", "", "", "Mobile", "+86 137 0013 7000", "", "",
             "", "", ""]]
    path = tmp_path / "contacts.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    plan = preview(book, path)
    assert plan.created == 2 and not [r for r in plan.planned if r.problems]
    planner.run_import(book, plan)
    got = by_name(book)
    assert {k: got["明远贸易"][k] for k in ("contact", "mobile", "phone", "email", "tags")} == {
        "contact": "张伟", "mobile": "13812345678; 13912345678", "phone": "0571-88886666",
        "email": "zw@x.com", "tags": "客户"}
    assert got["Na Li"]["mobile"] == "13700137000"
    assert book.scalar("SELECT count(*) FROM custom_fields") == 0
    assert preview(book, path).created == 0
    # a first name that reads like a placeholder, written as a name
    plan = preview(book, xlsx(tmp_path / "names.xlsx", {"Contacts": [
        ["First Name", "Last Name", "Mobile Phone"], ["Nan", "Wang", "13600136000"],
        ["N/A", "Zhao", "13500135000"]]}))
    assert [r.data["name"] for r in plan.planned] == ["Nan Wang", "Zhao"]
