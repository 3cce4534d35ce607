"""vCard contacts: the real samples phones and mail programs wrote, and Chinese phones' cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.source import open_source
from importers.vcard import HEADER

SAMPLES = Path(__file__).resolve().parents[3] / ".." / "shared" / "samples" / "vcard"


def sample(name: str) -> list[dict[str, str]]:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"sample {path} is not there")
    source = open_source(path)
    assert source.kind == "vcf"
    rows = source.rows()
    assert rows[0] == HEADER
    assert source.sheets[0].rows == len(rows)
    return [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]


def cards(tmp_path, text: str, encoding="utf-8", newline="\r\n") -> list[dict[str, str]]:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(text.strip().replace("\n", newline).encode(encoding))
    rows = open_source(path).rows()
    return [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]


def test_iphone_sample():
    (card,) = sample("John_Doe_IPHONE.vcf")
    assert card["Name"] == "IBM Accounting"
    assert card["Contact"] == "Mr. John Richter James Doe Sr."
    assert card["Title"] == "Money Counter"
    assert card["Mobile"] == "905-555-1234"
    assert card["Phone"].split("; ")[:2] == ["905-666-1234", "905-777-1234"]
    assert "905-222-1234" in card["Phone"]  # item2.TEL labelled AssistantPhone
    assert card["Email"] == "john.doe@ibm.com"
    assert card["Address"].startswith("Silicon Alley 5, New York, New York 12345")
    assert "Street4, Building 6, Floor 8" in card["Address"]
    assert card["Birthday"] == "2012-06-06"
    assert "/9j/" not in "".join(card.values())  # PHOTO skipped


def test_android_sample_quoted_printable_and_soft_breaks():
    rows = sample("John_Doe_ANDROID.vcf")
    assert rows[0]["Email"] == "john.doe@company.com" and rows[0]["Name"] == ""
    assert rows[2]["Name"] == "Ñ Ñ Ñ Ñ Ñ"
    assert rows[2]["Mobile"] == "123456789"
    long = rows[3]
    assert long["Name"] == " ".join(["Ñ"] * 11)  # FN continued after a soft line break
    assert long["Mobile"] == "123456; 3456789" and long["Phone"] == "234567; 45678901"
    assert long["Notes"].startswith("Ñ Ñ Ñ")
    org = rows[4]
    assert org["Name"] == "Ñ" * 12 and org["Contact"] == "Ñ Ñ Ñ Ñ"
    assert org["Email"] == "bob@company.com; " + "Ñ" * 14
    assert rows[-1]["Name"] == "Ñ" * 44  # ORG ended by a blank line after its soft break
    assert all("/9j/" not in "".join(r.values()) for r in rows)


def test_lotus_and_outlook_samples():
    (lotus,) = sample("John_Doe_LOTUS_NOTES.vcf")
    assert lotus["Name"] == "IBM SUN" and lotus["Contact"] == "Mr. Doe John I Johny"
    assert lotus["Email"] == "john.doe@ibm.com; billy_bob@gmail.com"
    assert lotus["Address"].startswith("25334, South cresent drive, Building 5, 3rd floo r")
    assert "INCLUDING, BUT NOT LIMITED TO" in lotus["Notes"] and "\nAND ANY" in lotus["Notes"]
    assert lotus["Birthday"] == "1980-05-21"
    (outlook,) = sample("outlook-2003.vcf")
    assert outlook["Contact"] == "John Doe III"
    assert outlook["Notes"] == "This is the note field!!\r\nSecond line\r\n\r\nThird line is empty"
    assert outlook["Mobile"] == "MobilePhone"
    assert outlook["Phone"] == "BusinessPhone; HomePhone; BusinessFaxPhone"
    assert outlook["Birthday"] == "1980-03-21"
    assert (
        outlook["Address"] == "TheOffice, 123 Main St, Austin, TX 12345, United States of America"
    )


def test_chinese_android_quoted_printable_lunar_and_wechat(tmp_path):
    (card,) = cards(
        tmp_path,
        """
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89;;;
TEL;CELL:138 0013 8000
TEL;WORK:0571-88886666
TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=B0=8F=E7=81=B5=E9=80=9A):13900001111
ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=E6=96=87=E4=B8=89=E8=B7=AF13=E5=8F=B7;=E6=9D=AD=
=E5=B7=9E=E5=B8=82;=E6=B5=99=E6=B1=9F=E7=9C=81;310000;=E4=B8=AD=E5=9B=BD
X-ANDROID-LUNAR-BIRTHDAY:农历三月初八
X-WECHAT:zhangsan_wx
NOTE;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=C0=CF=BF=CD=BB=A7
END:VCARD
""",
    )
    assert card["Name"] == "张三" and card["Contact"] == ""
    assert card["Mobile"] == "138 0013 8000; 13900001111"
    assert card["Phone"] == "0571-88886666"
    assert card["Address"] == "中国浙江省杭州市文三路13号 310000"  # the code apart from the 13号
    assert card["City"] == "杭州"  # the address's locality, as a city column holds it
    assert card["Birthday"] == "农历三月初八"
    assert card["WeChat"] == "zhangsan_wx"
    assert card["Notes"] == "老客户"


def test_ios_groups_labels_escapes_and_vcard4(tmp_path):
    first, second = cards(
        tmp_path,
        """
BEGIN:VCARD
VERSION:3.0
FN:李四
ORG:杭州某某贸易有限公司;销售部
TITLE:经理
TEL;TYPE=WORK;TYPE=pref:+86 138-1234-5678
item1.TEL:0571 1234 5678
item1.X-ABLabel:_$!<Other>!$_
item2.X-CUSTOM:lisi_wechat
item2.X-ABLabel:微信
EMAIL;TYPE=INTERNET:li@example.com
NOTE:第一行\\n第二行\\, 还有\\; 分号 \\\\ 反斜杠
BDAY:--0308
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD
 2wBDAAIBAQEBAQIBAQE
END:VCARD
BEGIN:VCARD
VERSION:4.0
N:Smith;Anna;;;
TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-555-0100
IMPP;X-SERVICE-TYPE=WeChat:wechat:anna88
BDAY:19900102
EMAIL:an
 na@example.com
END:VCARD
""",
        newline="\n",
    )
    assert first["Name"] == "杭州某某贸易有限公司 销售部"
    assert first["Contact"] == "李四" and first["Title"] == "经理"
    assert first["Mobile"] == "+86 138-1234-5678"  # 11 digits starting with 1 after +86
    assert first["Phone"] == "0571 1234 5678"
    assert first["WeChat"] == "lisi_wechat"
    assert first["Notes"] == "第一行\n第二行, 还有; 分号 \\ 反斜杠"
    assert first["Birthday"] == "--0308"  # no year: kept as text
    assert second["Name"] == "Anna Smith"
    assert second["Mobile"] == "+1-555-555-0100"
    assert second["WeChat"] == "anna88"
    assert second["Birthday"] == "1990-01-02"
    assert second["Email"] == "anna@example.com"  # folded line joined


def test_gbk_file_and_old_mac_line_endings(tmp_path):
    (card,) = cards(
        tmp_path,
        "BEGIN:VCARD\nVERSION:3.0\nFN:王五\nTEL:13612345678\nEND:VCARD\n",
        encoding="gb18030",
        newline="\r",
    )
    assert card["Name"] == "王五" and card["Mobile"] == "13612345678"


def test_a_card_with_a_nickname_only_is_that_person(tmp_path):
    got = cards(tmp_path, """
BEGIN:VCARD
VERSION:3.0
NICKNAME:老王,王哥
TEL;TYPE=CELL:13812345678
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:王强
NICKNAME:强哥
TEL;TYPE=CELL:13912345678
END:VCARD
BEGIN:VCARD
VERSION:2.1
X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;李姐;1;;;;;;;;;;;;;
TEL;CELL:13712345678
END:VCARD
""")
    assert [(c["Name"], c["Mobile"]) for c in got] == [
        ("老王", "13812345678"), ("王强", "13912345678"), ("李姐", "13712345678")]


def test_a_card_with_a_number_only_is_named_by_it(tmp_path):
    got = cards(tmp_path, """
BEGIN:VCARD
VERSION:2.1
TEL;CELL:138-0013-8000
END:VCARD
BEGIN:VCARD
VERSION:3.0
EMAIL:boss@example.com
END:VCARD
""")
    # (an e-mail alone is not how a phone shows a contact: the card stays without a name)
    assert [(c["Name"], c["Mobile"], c["Email"]) for c in got] == [
        ("138-0013-8000", "138-0013-8000", ""), ("", "", "boss@example.com")]
