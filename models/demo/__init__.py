"""A demo book: realistic customers of small Chinese shops, pleasant to explore.

The book is brand new, so its rows are written in bulk (executemany inside one transaction)
instead of one audited operation per row; one 'final' operations row records that the book was
generated. Search bodies are built in the same pass.

Speed matters (100,000 customers in seconds): pypinyin costs ~0.15 ms a call, so company names
are built from parts whose pinyin is cached (models.core.search.pinyin_keys), and the pinyin of a
name is the pinyin of its parts joined, which for these parts reads the same as the whole name
(checked over a 100,000-customer book; names starting with a district are read whole).
"""

from __future__ import annotations

import datetime as dt
import queue
import random
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from models import alerts
from models.core import clock, match_keys, search, settings
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import BookError
from models.core.values import NUMBER_SEPARATOR
from models.demo import month
from models.demo.orders import fill_orders
from models.demo.pipeline import fill_pipeline
from models.demo.reminders import fill_reminders

BOOK_EXISTS = T("errors", "{path} already exists; a demo book is only written to a new file.")

BATCH = 2000
DEALS = 400  # a demo book's pipeline: a few hundred deals (fewer for a very small book)

# -- the cast ----------------------------------------------------------------------------
SALES = (("李娜", True), ("张伟", True), ("陈晓燕", True), ("刘强", False))  # 刘强 has left
OWNER_WEIGHTS = (15, 30, 25, 20, 10)  # owner, then SALES in order

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭肖田董潘袁蔡蒋余杜叶程魏"
    "苏吕丁任沈姚卢钟姜崔谭陆范汪方金石戴贾夏邱俞"
)
GIVEN = (
    "建国 伟 芳 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 建平 国强 "
    "志强 海燕 晓东 晓燕 小明 红梅 春生 德胜 福林 金凤 玉兰 永康 文斌 俊杰 浩 宇 鹏 斌 波 辉 "
    "华 亮 飞 婷 雪梅 丽娟 美玲 建军 卫东 爱华 志刚 国平 红霞 海波 伟东 立新"
).split()
NICK = ("总", "经理", "姐", "哥", "师傅", "老板")
TITLES = ("老板", "老板娘", "经理", "采购", "财务", "店长", "仓库", "项目经理", "会计")

BRANDS = (
    "鑫达 顺发 永辉 恒通 宏远 金鼎 华盛 联丰 瑞丰 兴旺 永盛 天和 鸿运 盛达 广源 富达 利民 泰和 "
    "万通 新世纪 东方 前进 隆昌 振华 嘉禾 美佳 安达 众诚 佳和 荣昌 德胜 恒丰 金盛 宝丰 锦程 "
    "同心 亿家 大众 福满 祥和 鼎盛 通达 裕丰 旺财 好运来 鑫源 金利 百信 诚信 四海 五洲 明珠 "
    "红星 新华 伟业 兴隆 合众 汇丰 正泰 信达 华联 开元 海天 腾飞 宏达 益民 新亚 皇冠 银河"
).split()

# industry -> (company trades, shop kinds, market, items: (item, unit, low, high))
INDUSTRIES = {
    "建材": (
        ("建材", "建筑材料", "水泥制品", "陶瓷", "石材", "管业", "防水材料"),
        ("建材店", "建材批发部", "瓷砖店", "水泥经营部", "建材商行"),
        "建材市场",
        (("水泥", "吨", 380, 480), ("黄沙", "吨", 90, 160), ("瓷砖", "平方", 45, 180),
         ("防水涂料", "桶", 160, 420), ("石膏板", "张", 25, 45), ("螺纹钢", "吨", 3600, 4300),
         ("PPR水管", "米", 6, 18), ("腻子粉", "包", 18, 35)),
    ),
    "五金": (
        ("五金", "五金机电", "五金工具", "紧固件", "门窗五金"),
        ("五金店", "五金批发部", "五金商行", "工具店", "五金门市部"),
        "五金机电城",
        (("膨胀螺丝", "盒", 25, 60), ("合页", "副", 6, 30), ("门锁", "把", 80, 380),
         ("电钻", "台", 180, 650), ("角磨机", "台", 120, 380), ("不锈钢拉手", "个", 8, 45),
         ("电焊条", "箱", 90, 180), ("卷尺", "个", 8, 25)),
    ),
    "汽车配件": (
        ("汽配", "汽车配件", "汽车用品", "轮胎"),
        ("汽配城", "汽配店", "汽修厂", "轮胎店", "汽配商行"),
        "汽配城",
        (("刹车片", "套", 90, 380), ("机油滤芯", "个", 15, 60), ("火花塞", "个", 20, 85),
         ("轮胎", "条", 280, 900), ("雨刮片", "对", 25, 90), ("蓄电池", "个", 260, 650),
         ("机油", "桶", 120, 380), ("大灯总成", "个", 350, 1800)),
    ),
    "食品批发": (
        ("食品", "副食品", "粮油", "酒水", "调味品"),
        ("副食批发部", "粮油店", "便利店", "烟酒店", "超市"),
        "副食品批发市场",
        (("食用油", "箱", 120, 260), ("大米", "袋", 110, 180), ("方便面", "箱", 38, 65),
         ("矿泉水", "箱", 18, 36), ("酱油", "箱", 60, 140), ("白酒", "箱", 280, 1500),
         ("啤酒", "箱", 36, 90), ("饼干", "箱", 45, 120)),
    ),
    "装饰装修": (
        ("装饰工程", "装饰设计", "家居", "门窗", "木业", "灯饰"),
        ("装饰店", "门窗店", "灯饰城", "地板店", "墙纸店"),
        "家居建材城",
        (("乳胶漆", "桶", 260, 680), ("复合地板", "平方", 65, 220), ("墙纸", "卷", 80, 260),
         ("集成吊顶", "平方", 90, 260), ("橱柜", "米", 1200, 3800), ("LED灯具", "套", 120, 980),
         ("铝合金门窗", "平方", 380, 980), ("瓷砖胶", "包", 35, 80)),
    ),
}
INDUSTRY_WEIGHTS = (30, 22, 18, 18, 12)

# city -> (weight, area code, districts, roads)
CITIES = {
    "杭州": (14, "0571", "西湖区 拱墅区 上城区 滨江区 萧山区 余杭区 临平区",
           "文一西路 莫干山路 解放路 江南大道 建设一路 天目山路 秋涛路 东新路"),
    "宁波": (8, "0574", "海曙区 鄞州区 江北区 北仑区 镇海区", "中山东路 宁穿路 百丈路 环城南路"),
    "温州": (7, "0577", "鹿城区 龙湾区 瓯海区 乐清市", "车站大道 学院路 划龙桥路 温州大道"),
    "绍兴": (5, "0575", "越城区 柯桥区 上虞区 诸暨市", "解放北路 中兴路 笛扬路"),
    "金华": (5, "0579", "婺城区 金东区 义乌市 永康市", "八一北路 宾虹路 稠州北路"),
    "嘉兴": (4, "0573", "南湖区 秀洲区 海宁市", "中山东路 禾兴路 南湖大道"),
    "台州": (4, "0576", "椒江区 黄岩区 路桥区 温岭市", "市府大道 腾达路 东海大道"),
    "湖州": (3, "0572", "吴兴区 南浔区 长兴县", "人民路 红旗路 环城西路"),
    "苏州": (7, "0512", "姑苏区 吴中区 相城区 昆山市 常熟市", "人民路 东环路 干将西路 金鸡湖大道"),
    "无锡": (5, "0510", "梁溪区 滨湖区 锡山区 江阴市", "中山路 解放东路 蠡湖大道"),
    "常州": (4, "0519", "天宁区 钟楼区 武进区", "延陵西路 劳动中路 龙锦路"),
    "南京": (5, "025", "玄武区 秦淮区 鼓楼区 江宁区 浦口区", "中山路 汉中路 龙蟠中路 双龙大道"),
    "南通": (3, "0513", "崇川区 通州区 海门区", "工农路 青年中路"),
    "上海": (5, "021", "闵行区 浦东新区 嘉定区 宝山区 松江区", "沪闵路 曹安公路 浦东大道"),
    "广州": (5, "020", "天河区 白云区 海珠区 番禺区", "黄埔大道 广园中路 广州大道"),
    "佛山": (4, "0757", "禅城区 南海区 顺德区", "季华路 佛山大道 桂澜路"),
    "东莞": (3, "0769", "南城街道 东城街道 长安镇 虎门镇", "鸿福路 东莞大道 莞太路"),
    "深圳": (3, "0755", "福田区 罗湖区 宝安区 龙岗区", "深南大道 宝安大道 布吉路"),
    "合肥": (2, "0551", "蜀山区 包河区 瑶海区", "长江西路 马鞍山路 金寨路"),
}

SOURCES = ("老客户介绍", "展会", "电话开发", "微信", "上门", "网络推广", "抖音")
SOURCE_WEIGHTS = (30, 10, 15, 15, 15, 8, 7)
GRADES = ("A", "B", "C", "")
GRADE_WEIGHTS = (8, 30, 45, 17)
TAGS = ("回头客", "工程单", "欠款", "零售", "批发", "新开店", "月结", "现金客户", "需开票")
NOTES = (
    "只收现金，不开票", "需要开增值税专用发票", "月结30天", "送货要提前一天打电话",
    "老板娘管账，结款找她", "周日不营业", "工程款回款慢，注意控制欠款", "在市场里有两个门面",
    "老客户，价格不要报太高", "仓库在后面巷子里，货车进不去", "中午12点到2点不收货",
    "喜欢微信沟通，电话经常不接",
)
MAIL_HOSTS = ("163.com", "126.com", "qq.com", "sina.com", "139.com")
MOBILE_PREFIX = (
    "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 "
    "170 173 176 177 180 181 182 183 185 186 187 188 189 191 198 199"
).split()

KINDS = ("call", "wechat", "visit", "note", "sms", "email")
KIND_WEIGHTS = (35, 25, 15, 10, 8, 7)
WHEN = ("下周", "明天", "这周五", "月底", "下个月初", "后天", "节前")
PAYDAY = ("月底", "下周一", "这周五", "收到工程款后", "月中")
TEXTS = {
    "call": (
        "电话沟通，客户{when}要{qty}{unit}{item}，已报价每{unit}{price}元",
        "客户来电问{item}的价格，报了{price}元一{unit}，说再比较一下",
        "打电话催{month}月份货款{amount}元，对方说{payday}结",
        "电话回访，上批{item}质量没问题，客户比较满意",
        "打了两次电话没人接，晚点再联系",
        "客户来电说{item}少发了{small}{unit}，已安排补发",
    ),
    "visit": (
        "上门拜访，看了店面，{item}库存不多，约好{when}补货",
        "到工地看了一下，项目还要{qty}{unit}{item}，老板说{when}定",
        "带样品上门，客户对新款{item}比较感兴趣",
        "送货顺便拜访，收了现金{amount}元",
        "和老板当面谈了年度优惠，初步同意按{pct}%让利",
    ),
    "wechat": (
        "微信发了{item}的报价单和图片，客户说考虑一下",
        "客户微信下单：{item}{qty}{unit}，{when}送货",
        "微信收到转账{amount}元，已开收据",
        "客户在朋友圈看到活动，问{item}有没有优惠",
    ),
    "sms": (
        "短信提醒客户{month}月账款{amount}元到期",
        "短信通知{item}到货了，可以来提货",
        "发了节日祝福短信",
    ),
    "email": (
        "发了报价单和合同扫描件到邮箱",
        "客户邮件要{item}的检测报告，已回复",
        "邮件发送{month}月对账单，合计{amount}元",
    ),
    "note": (
        "客户是{referrer}介绍来的，付款比较爽快",
        "老板娘管账，结款找她",
        "这家店{when}要重新装修，可以跟进{item}",
        "客户说{competitor}的{item}便宜{small}块，要注意",
        "月结客户，账期30天，{month}月的账已对完",
    ),
}
# A few notes of the kind the owner wants to hear about (models.alerts' default words), written
# by the customer's salesperson in about one customer in seventy.
RISKY = (
    "和对方老板说好了，这单的返点直接转到我个人账户",
    "客户要求现金不走账，价格再让两个点",
    "这单先别录系统，我私下跟他谈",
    "采购那边说回扣按三个点，他们老板不知道",
    "这批货走飞单，下周我自己送过去",
)
RISKY_SHARE = 0.015
COMPANY_SUFFIX = ("有限公司", "有限公司", "有限公司", "贸易有限公司", "实业有限公司")
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _keys(*parts: str) -> tuple[str, str]:
    """Pinyin (full, initials) of the parts joined, from the cached pinyin of each part."""
    full, initials = [], []
    for part in parts:
        f, i = search.pinyin_keys(part)
        full.append(f)
        initials.append(i)
    return "".join(full), "".join(initials)


def _weighted(items, weights) -> tuple:
    """items repeated by weight, so that one uniform pick is a weighted pick."""
    return tuple(x for x, w in zip(items, weights, strict=True) for _ in range(w))


def _columns(table: str, names: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"


CUSTOMER_COLUMNS = (
    "id", "rid", "name", "contact", "mobile", "phone", "email", "wechat", "address", "city",
    "industry", "source", "grade", "owner_id", "tags", "notes", "next_follow_up", "custom",
    "sort_key", "created_at", "updated_at",
)
CONTACT_COLUMNS = (
    "id", "customer_id", "name", "title", "mobile", "phone", "email", "wechat", "notes",
    "created_at", "updated_at",
)
INTERACTION_COLUMNS = ("id", "customer_id", "kind", "at", "user_id", "text", "created_at", "updated_at")


class _Maker:
    """Draws one customer after another from one random.Random.

    Hot paths use rng.random() and precomputed tables (days, times of day, weighted lists,
    pools of interaction texts): random.choice/randint cost ten times more per call.
    """

    def __init__(self, rng: random.Random, now: dt.datetime) -> None:
        self.rng = rng
        self.rnd = rng.random
        today = now.date().toordinal()
        tz = now.isoformat(timespec="seconds")[19:]
        self.days = [dt.date.fromordinal(today - d).isoformat() for d in range(3 * 365 + 1)]
        # next follow-ups: a few missed in the last days, the rest ahead
        self.follow_days = [dt.date.fromordinal(today + d).isoformat() for d in range(-3, 46)]
        self.times = [
            f"T{h:02d}:{m:02d}:{rng.randrange(60):02d}{tz}" for h in range(8, 20) for m in range(60)
        ]
        # UUID-shaped ids: a random head per book and a counter, so that rows are appended to
        # the primary-key indexes in order (random ids make bulk inserts several times slower).
        h = f"{rng.getrandbits(80):020x}"
        self.head = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-"
        self.counter = 0
        self.rid = 0
        self.names: set[str] = set()
        self.industries = _weighted(INDUSTRIES, INDUSTRY_WEIGHTS)
        self.cities = _weighted(CITIES, [c[0] for c in CITIES.values()])
        self.sources = _weighted(SOURCES, SOURCE_WEIGHTS)
        self.grades = _weighted(GRADES, GRADE_WEIGHTS)
        self.kinds = _weighted(KINDS, KIND_WEIGHTS)
        self.people_counts = _weighted((0, 1, 2, 3), (35, 35, 20, 10))
        self.tag_counts = _weighted((0, 1, 2, 3), (25, 40, 25, 10))
        self.event_counts = _weighted(range(2, 13), (14, 16, 15, 12, 10, 8, 7, 6, 5, 4, 3))
        self.places = {
            city: (code, districts.split(), roads.split())
            for city, (_, code, districts, roads) in CITIES.items()
        }
        self.texts = {
            (industry, kind): [self._text(industry, kind) for _ in range(300)]
            for industry in INDUSTRIES
            for kind in KINDS
        }

    def pick(self, seq):
        return seq[int(self.rnd() * len(seq))]

    def id(self) -> str:
        self.counter += 1
        return f"{self.head}{self.counter:012x}"

    def stamp(self, days_ago: int) -> str:
        return self.days[days_ago] + self.pick(self.times)

    def mobile(self) -> str:
        return self.pick(MOBILE_PREFIX) + f"{int(self.rnd() * 10**8):08d}"

    def person(self) -> str:
        surname = self.pick(SURNAMES)
        roll = self.rnd()
        if roll < 0.12:
            return surname + self.pick(NICK)
        if roll < 0.16:
            return "老" + surname
        return surname + self.pick(GIVEN)

    def _text(self, industry: str, kind: str) -> str:
        r = self.rng
        item, unit, low, high = r.choice(INDUSTRIES[industry][3])
        return r.choice(TEXTS[kind]).format(
            when=r.choice(WHEN), qty=r.choice((2, 3, 5, 10, 20, 30, 50, 100, 200)), unit=unit,
            item=item, price=r.randint(low, high), month=r.randint(1, 12),
            amount=r.randrange(20, 800) * 100, payday=r.choice(PAYDAY), small=r.randint(1, 10),
            pct=r.choice((1, 2, 3, 5)), referrer=r.choice(SURNAMES) + "老板",
            competitor="隔壁" + r.choice(BRANDS),
        )

    # -- one customer --------------------------------------------------------------------
    def name(self, industry: str, city: str, district: str) -> tuple[str, tuple[str, str], str]:
        """(name, its pinyin keys, brand)"""
        pick = self.pick
        trades, shops, _, _ = INDUSTRIES[industry]
        for _ in range(8):
            brand = pick(BRANDS)
            roll = self.rnd()
            if roll < 0.45:
                parts = (city, brand, pick(trades), pick(COMPANY_SUFFIX))
            elif roll < 0.65:
                parts = ("老", pick(SURNAMES), pick(shops))
            elif roll < 0.85:
                parts = (brand, pick(shops))
            else:
                parts = (district[:2], brand, pick(shops))
            name = "".join(parts)
            if name not in self.names:
                break
        self.names.add(name)
        if len(parts) == 3 and parts[0] != "老":
            # a place name read alone can differ from the same place before a shop name
            # (闵行 alone is "minxing", 闵行东方工具店 starts "minhang"): the whole name, then
            return name, search.pinyin_keys(name), brand
        return name, _keys(*parts), brand

    def customer(self, owner_id: str, user_ids: list[str]) -> tuple[dict, list[dict], list[tuple], str]:
        pick, rnd = self.pick, self.rnd
        self.rid += 1
        industry = pick(self.industries)
        city = pick(self.cities)
        code, districts, roads = self.places[city]
        district = pick(districts)
        name, keys, brand = self.name(industry, city, district)
        contact = self.person()
        grade = pick(self.grades)
        mobile = self.mobile()
        if rnd() < 0.15:
            mobile += NUMBER_SEPARATOR + self.mobile()
        tags = self.rng.sample(TAGS, pick(self.tag_counts))
        if grade == "A":
            tags.insert(0, "大客户")
        if rnd() < 0.5:
            address = f"{district}{pick(roads)}{int(rnd() * 999) + 1}号"
        else:
            market = INDUSTRIES[industry][2]
            address = f"{district}{market}{pick('ABCDEFG')}区{int(rnd() * 88) + 1}号"
        email = ""
        if rnd() < 0.2:
            if rnd() < 0.5:
                email = f"{int(rnd() * 3999990000) + 10000}@qq.com"
            else:
                pinyin = search.pinyin_keys(brand)[0]
                email = f"{pinyin}{int(rnd() * 9999) + 1}@{pick(MAIL_HOSTS)}"
        wechat = ""
        if rnd() < 0.4:
            roll = rnd()
            if roll < 0.4:
                wechat = "wxid_" + "".join(self.rng.choices(ALNUM, k=14))
            elif roll < 0.8:
                wechat = f"{search.pinyin_keys(contact)[0]}{int(rnd() * 999) + 1}"
            else:
                wechat = mobile[:11]
        created_ago = int(rnd() * 3 * 365) + 1
        follow = pick(self.follow_days) if rnd() < (0.8 if grade == "A" else 0.4) else ""
        created = self.stamp(created_ago)
        row = {
            "id": self.id(), "rid": self.rid, "name": name, "contact": contact,
            "mobile": mobile, "phone": self.landline(code) if rnd() < 0.6 else "",
            "email": email, "wechat": wechat, "address": address, "city": city,
            "industry": industry, "source": pick(self.sources), "grade": grade,
            "owner_id": owner_id, "tags": ", ".join(tags),
            "notes": pick(NOTES) if rnd() < 0.3 else "", "next_follow_up": follow,
            "custom": "{}", "sort_key": (keys[0] + " " if keys[0] else "") + name.lower(),
            "created_at": created, "updated_at": created,
        }
        people = [self.contact_person(row) for _ in range(pick(self.people_counts))]
        span = min(created_ago, 548) + 1  # the timeline covers the last 18 months at most
        days = sorted((int(rnd() * span) for _ in range(pick(self.event_counts))), reverse=True)
        events = []
        cid = row["id"]
        for ago in days:
            kind = pick(self.kinds)
            text = pick(self.texts[industry, kind])
            at = self.stamp(max(ago, 1))
            user = owner_id if rnd() < 0.85 else pick(user_ids)
            events.append((self.id(), cid, kind, at, user, text, at, at))
        if events and rnd() < RISKY_SHARE:  # what the owner's risk words are there to catch
            at = self.stamp(max(days[-1], 1))
            events.append((self.id(), cid, "note", at, owner_id, pick(RISKY), at, at))
        events.sort(key=lambda e: e[3])  # the timeline in time order, as Book.reindex reads it
        if events:
            row["updated_at"] = max(created, events[-1][3])
        body = _body(row, keys, people, [e[5] for e in events])
        return row, people, events, body

    def landline(self, code: str) -> str:
        return f"{code}-{self.pick('5678')}{int(self.rnd() * 10**7):07d}"

    def contact_person(self, customer: dict) -> dict:
        name = self.person()
        wechat = ""
        if self.rnd() < 0.3:
            wechat = f"{search.pinyin_keys(name)[0]}{int(self.rnd() * 999) + 1}"
        return {
            "id": self.id(), "customer_id": customer["id"], "name": name,
            "title": self.pick(TITLES), "mobile": self.mobile(), "phone": "", "email": "",
            "wechat": wechat, "notes": "", "created_at": customer["created_at"],
            "updated_at": customer["created_at"],
        }


def _body(row: dict, keys: tuple[str, str], people: list[dict], texts: list[str]) -> str:
    """search.build_body(row, people, texts), with the name's pinyin given rather than computed.

    The name goes in as a placeholder without Chinese (so no pinyin is computed for it) and
    is swapped for the name and its pinyin afterwards, at the very place build_body put it.
    """
    body = search.build_body({**row, "name": _PLACEHOLDER}, people, texts)
    name = search.SEPARATOR.join(p for p in (row["name"], *keys) if p).lower()
    return body.replace(_PLACEHOLDER, name, 1)


_PLACEHOLDER = "\x00"


class _IndexBuilder:
    """Builds the search index in a scratch file on a second connection, in its own thread.

    Filling the FTS5 index is half of the work; SQLite runs it without the GIL, so it proceeds
    on the second core while the rows go into the book. The finished index is then copied
    into the book's (empty) shadow tables: the same pages FTS5 would have written there, as
    the index's own integrity-check confirms (tests/unit/models/test_demo.py).
    """

    TABLES = ("customers_fts", "customers_chars")  # trigrams; characters and pairs
    SHADOW = ("data", "idx", "content", "docsize")

    def __init__(self, book: Book) -> None:
        self.path = book.path.with_name(book.path.name + ".index.tmp")
        self.path.unlink(missing_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -65536"):
            self.conn.execute(f"PRAGMA {pragma}")
        for table in self.TABLES:
            self.conn.execute(
                book.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (table,))
            )
        self.queue: queue.Queue = queue.Queue(maxsize=3)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="demo-index", daemon=True)

    def __enter__(self) -> _IndexBuilder:
        self.thread.start()
        return self

    def add(self, bodies: list[tuple[int, str]]) -> None:
        if self.error:
            raise self.error
        self.queue.put(bodies)

    def _run(self) -> None:
        try:
            self.conn.execute("BEGIN")
        except BaseException as exc:
            self.error = exc
        while (bodies := self.queue.get()) is not None:
            if self.error is None:  # after an error, only drain what the writer hands over
                try:
                    self.conn.executemany(
                        "INSERT INTO customers_fts(rowid, body) VALUES (?, ?)", bodies
                    )
                    self.conn.executemany(
                        "INSERT INTO customers_chars(rowid, body) VALUES (?, ?)",
                        [(rid, search.spaced(body)) for rid, body in bodies],
                    )
                except BaseException as exc:
                    self.error = exc
        if self.error is None:
            try:
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self.error = exc

    def __exit__(self, exc_type, exc, tb) -> None:
        self.queue.put(None)
        self.thread.join()
        self.conn.close()
        if exc_type is not None:
            self.path.unlink(missing_ok=True)
        elif self.error:
            self.path.unlink(missing_ok=True)
            raise self.error

    def copy_into(self, book: Book) -> None:
        with book.exclusive() as conn:
            self._copy_into(book, conn)

    def _copy_into(self, book: Book, conn) -> None:
        conn.execute("ATTACH DATABASE ? AS demo_index", (str(self.path),))
        try:
            with book.atomic():
                for index in self.TABLES:
                    for name in self.SHADOW:
                        table = f"{index}_{name}"
                        conn.execute(f"DELETE FROM main.{table}")
                        conn.execute(
                            f"INSERT INTO main.{table} SELECT * FROM demo_index.{table}"
                        )
        finally:
            conn.execute("DETACH DATABASE demo_index")
            self.path.unlink(missing_ok=True)


DEMO_SHOP = "鑫达建材商行"  # the demo shop's name, on its reports


def write_demo(path, *, customers: int = 300, seed: int = 7, owner_name: str = "老板") -> Path:
    """Write a new demo book at path and return the path. Refuses an existing, non-empty file."""
    path = Path(path).expanduser()
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise BookError(BOOK_EXISTS, path=str(path))
    book = Book.open(path, owner_name=owner_name)
    try:
        _fill(book, customers, random.Random(seed))
        settings.set_settings(book, {settings.SHOP_NAME.key: DEMO_SHOP}, step="write_demo")
        month.settle(book)
    except BaseException:
        book.close()
        ends = ("-wal", "-shm", ".lock", ".index.tmp")
        for leftover in (path, *(Path(f"{path}{end}") for end in ends)):
            leftover.unlink(missing_ok=True)
        raise
    book.close()
    return path


def _fill(book: Book, count: int, rng: random.Random) -> None:
    """Rows in batches inside one transaction, the writer held throughout.

    executemany rather than sqlite-utils insert_all: insert_all caps a statement at 999
    variables (~45 customer rows) and measured 2-4x slower here for the same rows.
    """
    with book.exclusive("demo"):
        book.close_readers()  # a new file: the journal mode changes while nobody reads it
        _fill_held(book, count, rng)


def _fill_held(book: Book, count: int, rng: random.Random) -> None:
    now = clock.now()
    stamp = now.isoformat(timespec="seconds")
    maker = _Maker(rng, now)
    owner_id = book.user_id
    users = [
        {"id": maker.id(), "name": name, "role": "sales", "active": int(active),
         "password_hash": None, "created_at": maker.stamp(400 + int(rng.random() * 600)),
         "updated_at": stamp}
        for name, active in SALES
    ]
    user_ids = [owner_id, *(u["id"] for u in users)]
    owners = _weighted(user_ids, OWNER_WEIGHTS)
    active_ids = [owner_id, *(u["id"] for u in users if u["active"])]
    conn = book.conn
    # A brand-new file that write_demo deletes if anything fails: no journal while filling it
    # (WAL would write every page twice), back to WAL and full sync before it is handed over.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -131072")  # 128 MB, for this connection only
    with book.atomic():
        book.db["users"].insert_all(users)
        seq = book.scalar("SELECT coalesce(max(seq), 0) + 1 FROM operations")
        book.db["operations"].insert({
            "id": maker.id(), "seq": seq, "name": "write_demo", "label": str(count), "at": stamp,
            "user_id": owner_id, "state": "final", "undo_of": None,
            "device_id": book.device_id, "hlc": book.clock.tick(),
            "created_at": stamp, "updated_at": stamp,
        })
        insert_customer = _columns("customers", CUSTOMER_COLUMNS)
        insert_contact = _columns("contacts", CONTACT_COLUMNS)
        insert_event = (
            f"INSERT INTO interactions ({', '.join(INTERACTION_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(INTERACTION_COLUMNS))})"
        )
        with _IndexBuilder(book) as index:
            for rows, people, events, bodies in _batches(maker, count, owners, active_ids):
                conn.executemany(insert_customer, rows)
                conn.executemany(insert_contact, people)
                conn.executemany(insert_event, events)
                index.add(bodies)
        fill_pipeline(book, rng, count=min(DEALS, count), active_ids=active_ids,
                      new_id=maker.id, now=now)
        fill_reminders(book, rng, active_ids=active_ids, new_id=maker.id, now=now)
        fill_orders(book, rng, active_ids=active_ids, new_id=maker.id, now=now)
        month.settle_rows(book, rng, now)
    index.copy_into(book)
    with book.atomic():
        match_keys.rebuild(book.conn)  # the customers above were written straight into the table
    alerts.rescan(book)  # the risky notes above become the owner's alerts
    conn.execute("PRAGMA optimize")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA journal_mode = WAL")


def _batches(maker: _Maker, count: int, owners: tuple, active_ids: list[str]) -> Iterator[tuple]:
    """Batches of (customers, contacts, interactions, search bodies), drawn in a thread.

    SQLite releases the GIL while it writes (the search index is most of the work), so drawing
    the next batch in Python overlaps with writing this one: about a third faster on 2 cores.
    The draws happen in one thread in a fixed order, so a seed still gives the same book.
    """
    out: queue.Queue = queue.Queue(maxsize=3)
    stop = threading.Event()

    def hand(item) -> None:
        while not stop.is_set():  # the writer stopped reading: drop the item
            try:
                out.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def produce() -> None:
        try:
            done = 0
            while done < count and not stop.is_set():
                rows, people, events, bodies = [], [], [], []
                for _ in range(min(BATCH, count - done)):
                    row, contacts, timeline, body = maker.customer(maker.pick(owners), active_ids)
                    rows.append(row)
                    people.extend(contacts)
                    events.extend(timeline)
                    bodies.append((row["rid"], body))
                done += len(rows)
                hand((rows, people, events, bodies))
            hand(None)
        except BaseException as exc:  # raised again in the writing thread
            hand(exc)

    worker = threading.Thread(target=produce, name="demo-maker", daemon=True)
    worker.start()
    try:
        while (item := out.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()
