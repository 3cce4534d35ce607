"""Text files as they come (issue 15): encodings mixed line by line, a quote never closed,
HTML tables saved as .xls and Excel's XML Spreadsheet 2003."""

from __future__ import annotations

import pytest

from importers import plan as planner
from importers.source import ImportFileError, open_source


def preview(book, path):
    src = open_source(path)
    return planner.preview(book, src, planner.auto_mapping(book, src))


GBK_ROWS = [f"杭州五金店{i},张{i},1380013{i:04d}\r\n" for i in range(200)]


def test_a_gbk_file_with_one_utf8_row(book, tmp_path):
    path = tmp_path / "mixed.csv"
    data = "客户名称,联系人,手机\r\n".encode("gbk") + "".join(GBK_ROWS).encode("gbk")
    path.write_bytes(data + "温州阀门厂,陈工,13900139000\r\n".encode())
    src = open_source(path)
    assert src.encoding == "utf-8+gb18030"
    rows = src.rows()
    assert rows[1][0] == "杭州五金店0" and rows[-1][0] == "温州阀门厂"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_utf8_file_with_some_gbk_rows(tmp_path, bom):
    path = tmp_path / "mixed.csv"
    path.write_bytes(bom + "客户名称,联系人\r\n温州阀门厂,陈工\r\n".encode()
                     + "杭州五金店,张三\r\n".encode("gbk"))
    assert [r[0] for r in open_source(path).rows()] == ["客户名称", "温州阀门厂", "杭州五金店"]


def test_a_short_gbk_file_with_one_utf8_row_is_not_thai(tmp_path):
    path = tmp_path / "short.csv"
    path.write_bytes("客户名称,联系人\r\n杭州五金店,张三\r\n".encode("gbk")
                     + "温州阀门厂,陈工\r\n".encode())
    assert [r[0] for r in open_source(path).rows()] == ["客户名称", "杭州五金店", "温州阀门厂"]


def test_bytes_no_encoding_reads_are_flagged_on_their_row(book, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes("客户名称,联系人\r\n".encode() + "".join(GBK_ROWS[:20]).encode("gbk")
                     + b"\xff\xfe\xfd\xff,x\r\n")
    plan = preview(book, path)
    (flagged,) = [r for r in plan.planned if r.problems]
    assert flagged.line == 22
    assert "could not be read" in flagged.warning_text()


def test_an_unclosed_quote_does_not_swallow_the_rows_after_it(book, tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('客户名称,联系人,手机,备注\n温州阀门厂,陈工,13800138000,"老客户\n'
                    '杭州五金店,张三,13900139000,新客户\n宁波汽配,李四,13700137000,\n'
                    '绍兴水暖,王五,13600136000,"要发票\n月结"\n', encoding="utf-8")
    plan = preview(book, path)
    names = [r.data.get("name") for r in plan.planned]
    assert names == ["温州阀门厂", "杭州五金店", "宁波汽配", "绍兴水暖"]
    assert plan.planned[0].data["notes"] == '"老客户'
    assert plan.planned[3].data["notes"] == "要发票\n月结"  # a quoted line break is kept
    assert [w["row"] for w in plan.warning_list()] == [2]
    assert "never closed" in plan.warning_list()[0]["warning"]


def test_an_html_table_saved_as_xls(book, tmp_path):
    path = tmp_path / "export.xls"
    path.write_bytes("""<html><head><meta http-equiv="Content-Type" content="text/html;
        charset=gb2312"><style>td {mso-number-format:"\\@";}</style></head><body>
        <table border="1"><tr><td colspan="3">客户名单</td></tr>
        <tr><th>客户名称</th><th>联系人</th><th>手机</th></tr>
        <tr><td>温州阀门厂</td><td>陈工</td><td>13800138000</td></tr>
        <tr><td>杭州&amp;五金</td><td>张&nbsp;三</td><td>13900139000</td></tr>
        </table></body></html>""".encode("gbk"))
    plan = preview(book, path)
    assert [r.data["name"] for r in plan.planned] == ["温州阀门厂", "杭州&五金"]
    assert plan.planned[0].data["mobile"] == "13800138000"


def test_an_html_table_with_cells_spanning_rows(book, tmp_path):
    # a web system's export: the company and its phone span the rows of its people
    path = tmp_path / "export.xls"
    path.write_text("""<html><body><table>
        <tr><th rowspan="2">客户名称</th><th rowspan="2">联系人</th><th colspan="2">联系方式</th></tr>
        <tr><th>手机</th><th>电话</th></tr>
        <tr><td rowspan="2">杭州明远贸易有限公司</td><td>张伟</td><td>13812345678</td>
            <td rowspan="2">0571-88886666</td></tr>
        <tr><td>王芳</td><td>13812345679</td></tr>
        <tr><td>温州阀门厂</td><td>王强</td><td>13712345678</td><td>0577-86661234</td></tr>
        </table></body></html>""", encoding="utf-8")
    rows = open_source(path).rows()
    assert rows[1] == ["客户名称", "联系人", "手机", "电话"]
    assert rows[3] == ["杭州明远贸易有限公司", "王芳", "13812345679", "0571-88886666"]
    plan = preview(book, path)
    assert plan.created == 2
    planner.run_import(book, plan)
    people = book.all("SELECT c.name AS company, p.name, p.mobile FROM contacts p "
                      "JOIN customers c ON c.id = p.customer_id")
    assert [tuple(r) for r in people] == [("杭州明远贸易有限公司", "王芳", "13812345679")]
    assert preview(book, path).created == 0


def test_an_xml_spreadsheet_2003(book, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text("""<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="客户"><Table>
<Row><Cell><Data ss:Type="String">客户名称</Data></Cell><Cell><Data ss:Type="String">手机</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">温州阀门厂</Data></Cell><Cell><Data ss:Type="Number">13800138000</Data></Cell></Row>
</Table></Worksheet></Workbook>""", encoding="utf-8")
    plan = preview(book, path)
    assert [(r.data["name"], r.data["mobile"]) for r in plan.planned] == [
        ("温州阀门厂", "13800138000")]


def test_an_xml_spreadsheet_2003_with_a_company_merged_down(book, tmp_path):
    path = tmp_path / "export.xml"
    cell = '<Cell{}><Data ss:Type="String">{}</Data></Cell>'.format
    path.write_text(f"""<?xml version="1.0"?><Workbook
 xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="客户"><Table>
<Row>{cell("", "客户名称")}{cell("", "联系人")}{cell("", "手机")}</Row>
<Row>{cell(' ss:MergeDown="1"', "杭州明远")}{cell("", "张伟")}{cell("", "13812345678")}</Row>
<Row>{cell(' ss:Index="2"', "王芳")}{cell("", "13812345679")}</Row>
</Table></Worksheet></Workbook>""", encoding="utf-8")
    plan = preview(book, path)
    assert plan.created == 1
    assert plan.planned[0].data["people"] == [{"name": "王芳", "mobile": "13812345679"}]


@pytest.mark.parametrize(("text", "says"), [
    ("<html><body><p>请登录</p></body></html>", "web page"),
    ('<?xml version="1.0"?><orders><order id="1"/></orders>', "XML file"),
])
def test_markup_without_a_table_is_refused_saying_what_it_is(tmp_path, text, says):
    path = tmp_path / "list.xls"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as err:
        open_source(path)
    assert says in err.value.render()


def test_an_online_shops_order_export_keeps_its_numbers_as_they_are(book, tmp_path):
    # numbers marked for Excel as text (="…" and a leading '), an address spaced by region
    path = tmp_path / "orders.csv"
    path.write_bytes((
        "订单编号,收货人姓名,收货地址,联系电话,联系手机,宝贝标题\r\n"
        '="2024010112345678",张伟,浙江省 杭州市 西湖区 文三路100号,\'0571-88886666,'
        "'13812345678,手机壳\r\n"
        '="2024010112345679",李娜,浙江省 宁波市 海曙区 中山路1号,,\'13912345678,"充电器 ""快充"""\r\n'
    ).encode("gbk"))
    plan = preview(book, path)
    assert plan.created == 2 and not [r for r in plan.planned if r.problems]
    planner.run_import(book, plan)
    rows = {r["name"]: dict(r) for r in book.all("SELECT * FROM customers")}
    assert (rows["张伟"]["mobile"], rows["张伟"]["phone"], rows["张伟"]["city"]) == \
        ("13812345678", "0571-88886666", "杭州")
    assert rows["李娜"]["notes"] in (None, "") and rows["李娜"]["city"] == "宁波"
    assert '"订单编号": "2024010112345679"' in rows["李娜"]["custom"]
    # a 16-digit order number is a code: a text field, never a number rounded to 15 digits
    assert book.scalar("SELECT kind FROM custom_fields WHERE label = '订单编号'") == "text"
    assert preview(book, path).created == 0


def test_lists_typed_by_hand_with_spaces_or_full_width_commas(book, tmp_path):
    spaced = tmp_path / "名单.txt"
    spaced.write_text("张伟  13812345678 杭州\n李娜 13912345678 宁波\n王强 13712345678\n",
                      encoding="utf-8")
    plan = preview(book, spaced)
    assert [(r.data["name"], r.data["mobile"]) for r in plan.planned] == [
        ("张伟", "13812345678"), ("李娜", "13912345678"), ("王强", "13712345678")]
    commas = tmp_path / "客户.txt"
    commas.write_text("姓名，电话，地址\n张伟，13812345678，杭州市西湖区\n李娜，13912345678，宁波市\n",
                      encoding="gbk")
    plan = preview(book, commas)
    assert [(r.data["name"], r.data["mobile"], r.data["city"]) for r in plan.planned] == [
        ("张伟", "13812345678", "杭州"), ("李娜", "13912345678", "宁波")]
    # a CSV whose notes hold full-width commas is still parted by its commas
    notes = tmp_path / "notes.csv"
    notes.write_text("客户名称,备注\n甲公司,老客户，月结，送货\n乙公司,新客户，现结，自提\n",
                     encoding="utf-8")
    assert [r.data["notes"] for r in preview(book, notes).planned] == [
        "老客户，月结，送货", "新客户，现结，自提"]
    # a list of names, some with a space in them, stays one column
    names = tmp_path / "names.txt"
    names.write_text("王 勇\n李娜\n欧阳 明远\n", encoding="utf-8")
    assert [r.data["name"] for r in preview(book, names).planned] == ["王勇", "李娜", "欧阳 明远"]
