<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AddFieldDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="483" />
            <source>Add field</source>
            <translation>添加字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="486" />
            <source>e.g. Birthday, Shoe size, Membership</source>
            <translation>例如：生日、鞋码、会员等级</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="489" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="490" />
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="491" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="492" />
            <source>Choice</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="495" />
            <source>Choices:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="498" />
            <source>One choice per line</source>
            <translation>每行一个选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="503" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="506" />
            <source>Field name:</source>
            <translation>字段名称：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="507" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../views/reminders_page.py" line="98" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="98" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="98" />
            <source>Customer / deal</source>
            <translation>客户 / 商机</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="99" />
            <source>For</source>
            <translation>提醒谁</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="99" />
            <source>Repeats</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="99" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="172" />
            <source>(moved from {date})</source>
            <translation>（由 {date} 顺延）</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="229" />
            <source>Moved off a public holiday; it was due {date}.</source>
            <translation>原定 {date}，遇法定节假日已顺延。</translation>
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <location filename="../../views/alerts_page.py" line="130" />
            <location filename="../../views/alerts_page.py" line="326" />
            <source>To review</source>
            <translation>待审阅</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="131" />
            <location filename="../../views/alerts_page.py" line="327" />
            <source>Reviewed</source>
            <translation>已审阅</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="232" />
            <source>Not reviewed yet.</source>
            <translation>尚未审阅。</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="233" />
            <source>Reviewed by {name} on {when}.</source>
            <translation>{name} 于 {when} 审阅。</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="328" />
            <source>All alerts</source>
            <translation>全部预警</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="336" />
            <source>Search what was written, customers…</source>
            <translation>搜索内容、客户…</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="380" />
            <location filename="../../views/alerts_page.py" line="523" />
            <source>Show reviewed alerts too</source>
            <translation>也显示已查看的提醒</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="398" />
            <source>Mark reviewed…</source>
            <translation>标为已审阅…</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="401" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="403" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="405" />
            <source>Only an owner or a manager may review alerts.</source>
            <translation>只有店主或经理才能审阅预警。</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="468" />
            <source>All words</source>
            <translation>全部风险词</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="470" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="507" />
            <source>{n} to review</source>
            <translation>{n} 条待审阅</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="519" />
            <source>Nothing to review</source>
            <translation>没有需要查看的</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="520" />
            <source>Kehu reads every note and timeline entry as it is written and shows here those with a risk word (Settings &gt; Risk words), for an owner to review.</source>
            <translation>客户本会检查每一条备注和跟进记录，含有风险词（设置 &gt; 风险词）的会显示在这里，供老板查看。</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="525" />
            <source>No alerts match.</source>
            <translation>没有符合条件的预警。</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="526" />
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="568" />
            <source>{place} · {name} · {when}</source>
            <translation>{place} · {name} · {when}</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="77" />
            <source>Written</source>
            <translation>写于</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="78" />
            <source>Written by</source>
            <translation>写的人</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="79" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="80" />
            <source>Word</source>
            <translation>风险词</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="81" />
            <source>What was written</source>
            <translation>写的内容</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="82" />
            <source>Review</source>
            <translation>审阅</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="116" />
            <source>Sync with the team's other PCs</source>
            <translation>与团队其他电脑同步</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="118" />
            <source>Export of customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="119" />
            <source>Timeline entry</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="120" />
            <source>Customer notes</source>
            <translation>客户备注</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="121" />
            <source>Deal notes</source>
            <translation>商机备注</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="122" />
            <source>Deal next step</source>
            <translation>商机下一步</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="123" />
            <source>Another salesperson's customer, added again</source>
            <translation>撞单：其他销售的客户被再次添加</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="124" />
            <source>Satisfaction call after a ticket</source>
            <translation>工单的满意度回访</translation>
        </message>
    </context>
    <context>
        <name>BackupSettings</name>
        <message>
            <location filename="../../views/backup_settings.py" line="64" />
            <source>Change…</source>
            <translation>更改…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="66" />
            <source>Use the default</source>
            <translation>使用默认位置</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="67" />
            <source>The folder “backups” next to the book</source>
            <translation>客户本旁边的“backups”文件夹</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="69" />
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="72" />
            <source>Backup folder:</source>
            <translation>备份文件夹：</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="81" />
            <source>Kehu backs up the book every day when it starts, and before an import, an upgrade or a restore. It keeps the newest backup of each of the last {days} days, {weeks} weeks and {months} months, and every backup made by hand until you delete it.</source>
            <translation>客户本每天启动时自动备份，导入、升级或恢复之前也会备份。最近 {days} 天、{weeks} 周和 {months} 个月各保留最新的一份；手动备份一直保留，直到你删除它。</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="87" />
            <source>Made</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="87" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="87" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="88" />
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="88" />
            <source>Book version</source>
            <translation>账本版本</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="98" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="101" />
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="104" />
            <source>Restore from a file…</source>
            <translation>从文件恢复…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="107" />
            <source>A backup from elsewhere, e.g. a USB disk</source>
            <translation>别处的备份，例如 U 盘上的</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="109" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="119" />
            <source>Only an owner may restore a backup, delete one or change the folder.</source>
            <translation>只有老板可以恢复或删除备份、更改备份文件夹。</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="187" />
            <source>Where to keep the backups</source>
            <translation>备份保存在哪里</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="204" />
            <source>New backups go to {folder}. Backups made before stay where they are.</source>
            <translation>新的备份将保存到 {folder}。以前的备份留在原处。</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="224" />
            <source>Backing up the book…</source>
            <translation>正在备份客户本…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="232" />
            <source>No backup was made.</source>
            <translation>没有生成备份。</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="235" />
            <source>Backed up to {path}</source>
            <translation>已备份到 {path}</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="259" />
            <source>Restored the backup of {when}.</source>
            <translation>已恢复 {when} 的备份。</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="267" />
            <source>Delete a backup</source>
            <translation>删除备份</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="268" />
            <source>Delete the backup of {when} ({why}, {customers} customers)? It cannot be brought back.</source>
            <translation>删除 {when} 的备份（{why}，{customers} 个客户）吗？删除后无法找回。</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="282" />
            <source>Deleted the backup of {when}.</source>
            <translation>已删除 {when} 的备份。</translation>
        </message>
    </context>
    <context>
        <name>Board</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="554" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="555" />
            <source>Lost…</source>
            <translation>输单…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="556" />
            <source>Drop a card here to mark the deal won</source>
            <translation>把卡片拖到这里，标记为赢单</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="557" />
            <source>Drop a card here to mark the deal lost</source>
            <translation>把卡片拖到这里，标记为输单</translation>
        </message>
    </context>
    <context>
        <name>BuyingSummary</name>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="24" />
            <source>What they buy</source>
            <translation>购买情况</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="48" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="48" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="49" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="49" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="50" />
            <source>Last bought</source>
            <translation>最近购买</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="64" />
            <source>{n} of {peers} customers who buy {because} also buy {name}</source>
            <translation>买{because}的 {peers} 位客户中有 {n} 位也买{name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="67" />
            <source>Suggestions: </source>
            <translation>推荐：</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="79" />
            <source>Orders about every {days} days ({n} orders, the last on {last}).</source>
            <translation>大约每 {days} 天下一次单（共 {n} 单，最近一次 {last}）。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="84" />
            <source>The next order was expected on {day}: {n} days late.</source>
            <translation>下一单预计在 {day}：已晚了 {n} 天。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="88" />
            <source>The next order is expected on {day}.</source>
            <translation>下一单预计在 {day}。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="91" />
            <source>One order so far, on {day}.</source>
            <translation>目前只下过一单，在 {day}。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="96" />
            <source>Paid {percent}% of what fell due in 12 months on time.</source>
            <translation>近 12 个月到期的款项按时付了 {percent}%。</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="234" />
            <source>Next: {step}</source>
            <translation>下一步：{step}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="235" />
            <source>No next step</source>
            <translation>没有下一步</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="239" />
            <source>Reminder {date}</source>
            <translation>提醒 {date}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="251" />
            <source>Stalled {n} d</source>
            <translation>停滞 {n} 天</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="258" />
            <source>{n} d in stage</source>
            <translation>本阶段 {n} 天</translation>
        </message>
    </context>
    <context>
        <name>CardModel</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="103" />
            <source>Next reminder {when}</source>
            <translation>下次提醒 {when}</translation>
        </message>
    </context>
    <context>
        <name>CatchUpDialog</name>
        <message>
            <location filename="../../desktop/tray.py" line="67" />
            <source>Reminders while Kehu was closed</source>
            <translation>客户本关闭期间到期的提醒</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="69" />
            <source>{n} reminders came due while Kehu was closed:</source>
            <translation>客户本关闭期间有 {n} 条提醒到期：</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="71" />
            <source>1 reminder came due while Kehu was closed:</source>
            <translation>客户本关闭期间有 1 条提醒到期：</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="78" />
            <source>Due</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="78" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="79" />
            <source>Customer / deal</source>
            <translation>客户 / 商机</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="79" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="99" />
            <source>They stay in Reminders until you mark them done. Double-click one to open its customer or deal.</source>
            <translation>这些提醒会一直留在“提醒”页，直到标为完成。双击可打开相关客户或商机。</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="104" />
            <source>Open Reminders</source>
            <translation>打开提醒页</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="107" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ColumnHeader</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="351" />
            <location filename="../../views/pipeline_board.py" line="368" />
            <source>{total} in all</source>
            <translation>合计 {total}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="352" />
            <location filename="../../views/pipeline_board.py" line="369" />
            <source>{weighted} weighted</source>
            <translation>加权 {weighted}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="360" />
            <source>{total}; weighted {weighted}</source>
            <translation>{total}；加权 {weighted}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../views/contact_dialog.py" line="35" />
            <source>Edit contact person</source>
            <translation>编辑联系人</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="35" />
            <source>New contact person</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="52" />
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="53" />
            <source>e.g. Purchasing manager</source>
            <translation>例如：采购经理</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="65" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="66" />
            <source>Save (Ctrl+Enter)</source>
            <translation>保存（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="67" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="35" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="36" />
            <source>Add a contact person</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="47" />
            <source>Contact people ({n})</source>
            <translation>联系人（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="48" />
            <source>Contact people</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="55" />
            <source>Nobody yet. Add the people you talk to.</source>
            <translation>还没有联系人。把平时打交道的人加进来吧。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="86" />
            <source>Main contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="98" />
            <source>WeChat: {id}</source>
            <translation>微信：{id}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="107" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="108" />
            <source>Edit {name}</source>
            <translation>编辑 {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="113" />
            <source>Edit the customer's contact in its form</source>
            <translation>在客户资料中修改这位联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="116" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="117" />
            <source>Remove {name}</source>
            <translation>移除 {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="147" />
            <source>Remove contact person</source>
            <translation>移除联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="148" />
            <source>Remove {name} from the contact people of this customer?</source>
            <translation>要把 {name} 从这位客户的联系人中移除吗？</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="101" />
            <location filename="../../views/customer_detail/panel.py" line="202" />
            <source>No customer selected</source>
            <translation>未选择客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="108" />
            <location filename="../../views/customer_detail/panel.py" line="203" />
            <source>Pick a customer in the list to see everything about them here: details, contact people and the timeline.</source>
            <translation>在列表中选择一位客户，这里会显示他的全部信息：资料、联系人和跟进记录。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="132" />
            <source>Details</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="134" />
            <location filename="../../views/customer_detail/panel.py" line="228" />
            <source>Timeline</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="136" />
            <source>History</source>
            <translation>修改历史</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="198" />
            <source>This customer no longer exists</source>
            <translation>这位客户已不存在</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="199" />
            <source>It may have been removed by an undo or when the trash was emptied.</source>
            <translation>可能是撤销操作或清空回收站时被删除了。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="227" />
            <source>Timeline ({n})</source>
            <translation>跟进记录（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="252" />
            <source>Read-only until {day}: the customer was handed over.</source>
            <translation>只读至 {day}：此客户已交接。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="222" />
            <source>Created {created}  ·  Updated {updated}</source>
            <translation>创建于 {created}  ·  更新于 {updated}</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <location filename="../../views/customer_form.py" line="296" />
            <source>Edit {name}</source>
            <translation>编辑 {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="296" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="311" />
            <source>Company or person (required)</source>
            <translation>公司或个人（必填）</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="312" />
            <source>138 0013 8000; several with ;</source>
            <translation>138 0013 8000；多个号码用 ; 隔开</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="313" />
            <source>021-12345678</source>
            <translation>021-12345678</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="314" />
            <source>Separate tags with commas</source>
            <translation>多个标签用逗号隔开</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="397" />
            <source>More fields</source>
            <translation>更多字段</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="549" />
            <source>… and {n} more</source>
            <translation>……还有 {n} 位</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="552" />
            <source>Not on this PC yet, coming with the next sync: {n} that you can see (shared with you, or added on another PC)</source>
            <translation>{n} 位你可见的客户（共享给你的，或在其他电脑上添加的）尚未同步到本机，下次同步后即可看到</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="556" />
            <source>Possible duplicate</source>
            <translation>可能重复</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="557" />
            <source>The book already has customers with this name or mobile:

{list}

Save anyway?</source>
            <translation>账本里已经有同名或同手机号的客户：

{list}

仍然保存吗？</translation>
        </message>
    </context>
    <context>
        <name>CustomerHeader</name>
        <message>
            <location filename="../../views/customer_detail/header.py" line="60" />
            <location filename="../../views/customer_detail/header.py" line="127" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="61" />
            <source>Pin a grade by hand, or let the rules grade</source>
            <translation>手动锁定等级，或按规则评级</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="66" />
            <source>Pin grade {grade}</source>
            <translation>锁定为 {grade} 级</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="70" />
            <source>Grade by the rules</source>
            <translation>按规则评级</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="76" />
            <source>Share</source>
            <translation>共享</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="77" />
            <source>Let another user see this customer (read only)</source>
            <translation>让其他用户查看这个客户（只读）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="83" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="85" />
            <location filename="../../views/customer_detail/header.py" line="159" />
            <source>Edit this customer</source>
            <translation>编辑这位客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="99" />
            <source>This customer is in the trash.</source>
            <translation>这位客户在回收站里。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="112" />
            <source>Read-only until {day}: this customer was handed over to {owner}. You may look at everything, but change nothing.</source>
            <translation>只读至 {day}：此客户已交接给 {owner}。你可以查看全部内容，但不能修改。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="124" />
            <source>Grade {grade}, pinned by hand</source>
            <translation>{grade} 级（手动锁定）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="125" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="127" />
            <source>Pinned</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="142" />
            <source>Owner: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="148" />
            <source>Shared with {names}</source>
            <translation>已共享给 {names}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="149" />
            <source>{name} (read-only until {day})</source>
            <translation>{name}（只读至 {day}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="160" />
            <source>This customer belongs to another salesperson: only they, a manager or an owner may change it.</source>
            <translation>这是其他店员的客户：只有该店员、经理或店主才能修改。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="167" />
            <source>In the public pool</source>
            <translation>在公海中</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="168" />
            <source>no contact logged</source>
            <translation>未记录联系</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="169" />
            <source>no order or won deal</source>
            <translation>未成交</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="170" />
            <source>given back</source>
            <translation>被退回</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="171" />
            <source>In the public pool since {day} ({why})</source>
            <translation>{day} 起在公海中（{why}）</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="154" />
            <source>Type a name, pinyin or phone number</source>
            <translation>输入名称、拼音或电话号码</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../views/customers_page.py" line="60" />
            <source>Search name, contact, phone digits, pinyin (zsf), address, notes…</source>
            <translation>搜索名称、联系人、电话号码、拼音首字母（如 zsf）、地址、备注…</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="85" />
            <location filename="../../views/customers_page.py" line="228" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="87" />
            <source>Empty trash…</source>
            <translation>清空回收站…</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="92" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="94" />
            <source>New customer (Ctrl+N)</source>
            <translation>新建客户（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="100" />
            <source>Claim</source>
            <translation>领取</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="102" />
            <source>Take the chosen customers from the public pool: they become yours</source>
            <translation>从公海领取选中的客户，领取后归您跟进</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="105" />
            <location filename="../../views/customers_page.py" line="348" />
            <source>Give back to the pool</source>
            <translation>退回公海</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="107" />
            <source>Give the chosen customers back to the public pool, where anyone may claim them</source>
            <translation>把选中的客户退回公海，任何销售都可以领取</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="156" />
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="223" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="233" />
            <location filename="../../views/customers_page.py" line="306" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="302" />
            <source>Move {name} to the trash?</source>
            <translation>把 {name} 移到回收站？</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="304" />
            <source>Move {n} customers to the trash?</source>
            <translation>把这 {n} 位客户移到回收站？</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="307" />
            <source>You can restore them from the trash.</source>
            <translation>之后可以从回收站恢复。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="344" />
            <source>Give {name} back to the public pool?</source>
            <translation>把{name}退回公海吗？</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="346" />
            <source>Give {n} customers back to the public pool?</source>
            <translation>把 {n} 个客户退回公海吗？</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="349" />
            <source>Any salesperson may claim them then.</source>
            <translation>退回后任何销售都可以领取。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="365" />
            <source>you hold {held} of {most}</source>
            <translation>已有客户 {held}/{most}</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="368" />
            <source>claimed today: {done} of {most}</source>
            <translation>今日已领取 {done}/{most}</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="379" />
            <source>Empty trash</source>
            <translation>清空回收站</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="380" />
            <source>Delete the {n} customers in the trash for good, with their contacts and history? This cannot be undone.</source>
            <translation>要彻底删除回收站里的 {n} 位客户及其联系人和记录吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="482" />
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="484" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="487" />
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="489" />
            <source>Grade {g}</source>
            <translation>{g} 级</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="490" />
            <source>No grade</source>
            <translation>未分级</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="491" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="494" />
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="539" />
            <source>{n} in the trash</source>
            <translation>回收站里有 {n} 位</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="541" />
            <source>{n} customers</source>
            <translation>{n} 位客户</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="573" />
            <source>No customer matches “{text}” with these filters.</source>
            <translation>在这些筛选条件下，没有客户匹配“{text}”。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="575" />
            <source>No customer matches “{text}”.</source>
            <translation>没有客户匹配“{text}”。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="576" />
            <source>No customer matches these filters.</source>
            <translation>没有客户符合这些筛选条件。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="578" />
            <source>The trash is empty.</source>
            <translation>回收站是空的。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="580" />
            <source>No customers yet.</source>
            <translation>还没有客户。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="689" />
            <source>Only an owner or a manager may empty the trash.</source>
            <translation>只有店主或经理才能清空回收站。</translation>
        </message>
    </context>
    <context>
        <name>DamagedBookDialog</name>
        <message>
            <location filename="../../views/backup_dialogs.py" line="258" />
            <source>The book is damaged</source>
            <translation>客户本已损坏</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="265" />
            <source>The book “{name}” is damaged</source>
            <translation>客户本“{name}”已损坏</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="277" />
            <source>Restoring keeps the damaged files beside the book under a new name, so nothing is lost.</source>
            <translation>恢复时，损坏的文件会改名保存在客户本旁边，不会丢失任何东西。</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="280" />
            <source>Restore this backup</source>
            <translation>恢复这个备份</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="283" />
            <location filename="../../views/backup_dialogs.py" line="334" />
            <source>Choose another backup…</source>
            <translation>选择其他备份…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="286" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="324" />
            <source>Kehu found no backup of this book that passes the check. If you have one elsewhere (a USB disk, another computer), choose it.</source>
            <translation>没有找到这个客户本能通过检查的备份。如果别处（U 盘、另一台电脑）有备份，请选择它。</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="328" />
            <source>The backup you chose is from {when}, with {n} customers:</source>
            <translation>你选择的备份是 {when} 的，有 {n} 个客户：</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="330" />
            <source>The newest good backup is from {when}, with {n} customers:</source>
            <translation>最新的完好备份是 {when} 的，有 {n} 个客户：</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="335" />
            <source>Choose a backup…</source>
            <translation>选择备份…</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../views/customer_form.py" line="115" />
            <source>Set a date</source>
            <translation>设置日期</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="120" />
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="80" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="95" />
            <source>not known yet</source>
            <translation>还不确定</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="124" />
            <location filename="../../views/deal_dialog.py" line="865" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="309" />
            <source>Deal: {title}</source>
            <translation>商机：{title}</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="310" />
            <source>New deal</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="328" />
            <source>e.g. 200 sets of office chairs (required)</source>
            <translation>例如：办公椅 200 套（必填）</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="371" />
            <source>e.g. send the quote on Friday</source>
            <translation>例如：周五发报价单</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="374" />
            <source>What they buy, in your words</source>
            <translation>客户要买什么，随便写</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="418" />
            <source>Stage history</source>
            <translation>阶段记录</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="422" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="422" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="422" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="443" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="445" />
            <source>Mark this deal as won</source>
            <translation>标为赢单</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="447" />
            <source>Lost…</source>
            <translation>输单…</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="449" />
            <source>Mark this deal as lost and say why</source>
            <translation>标为输单并说明原因</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="451" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="453" />
            <source>Put this deal back on the board</source>
            <translation>把这个商机放回看板</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="511" />
            <source>Open · {stage} · {n} days in this stage</source>
            <translation>进行中 · {stage} · 已在此阶段 {n} 天</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="514" />
            <source>stalled</source>
            <translation>已停滞</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="516" />
            <source>Won on {date}</source>
            <translation>{date} 赢单</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="519" />
            <source>Lost on {date}: {reason}</source>
            <translation>{date} 输单：{reason}</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="546" />
            <source>Created in {stage}</source>
            <translation>新建于 {stage}</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="567" />
            <source>Read-only until {day}: {customer} was handed over to someone else. You may look at this deal, but not change it.</source>
            <translation>只读至 {day}：{customer} 已交接给别人。你可以查看这笔商机，但不能修改。</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="570" />
            <source>{customer} belongs to another salesperson: you may look at this deal, but only they, a manager or an owner may change it.</source>
            <translation>{customer} 属于其他销售：你可以查看这笔商机，但只有该销售、经理或店主可以修改。</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="584" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="864" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="871" />
            <source>Snooze stall</source>
            <translation>暂缓停滞提醒</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="872" />
            <source>Do not mark this deal stalled for the next:</source>
            <translation>在这段时间内不再标为停滞：</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="880" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="891" />
            <source>Why is it stalled?</source>
            <translation>为什么停滞？</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="892" />
            <source>Reason (for example: the buyer is on holiday):</source>
            <translation>原因（例如：采购在休假）：</translation>
        </message>
    </context>
    <context>
        <name>DealList</name>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="33" />
            <source>New deal</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="34" />
            <source>Start a deal with this customer</source>
            <translation>为这个客户新建商机</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="45" />
            <source>Deals ({n})</source>
            <translation>商机（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="46" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="51" />
            <source>No deals yet. A deal follows one sale from the first talk to the contract.</source>
            <translation>还没有商机。一个商机记录一笔生意，从第一次接洽一直到签合同。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="55" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="55" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="55" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="56" />
            <source>Closes</source>
            <translation>预计成交</translation>
        </message>
    </context>
    <context>
        <name>DealTableModel</name>
        <message>
            <location filename="../../views/pipeline_list.py" line="30" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="31" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="32" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="33" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="34" />
            <source>Probability</source>
            <translation>成交概率</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="35" />
            <source>Weighted</source>
            <translation>加权金额</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="36" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="37" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="38" />
            <source>Days in stage</source>
            <translation>阶段天数</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="39" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>DecisionPage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="1031" />
            <source>What the import will do</source>
            <translation>导入会做什么</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1032" />
            <location filename="../../views/import_wizard.py" line="1140" />
            <source>Nothing is written yet. Choose what to do with customers that are already in the book, then press Import.</source>
            <translation>现在还没有写入任何内容。请选择如何处理客户本里已有的客户，然后点“导入”。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1035" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1041" />
            <source>Rows in the file:</source>
            <translation>文件中的行数：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1042" />
            <source>New customers:</source>
            <translation>新客户：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1043" />
            <source>Customers to update:</source>
            <translation>要更新的客户：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1044" />
            <source>Already in the book:</source>
            <translation>客户本里已有：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1045" />
            <source>Repeated inside the file:</source>
            <translation>文件内重复：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1046" />
            <source>Held for your answer:</source>
            <translation>待您确认：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1047" />
            <source>Rows that cannot be imported:</source>
            <translation>无法导入的行：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1048" />
            <source>Similar names to look at:</source>
            <translation>名称相近、请核对：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1049" />
            <source>Imported with a warning:</source>
            <translation>导入但有提醒：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1137" />
            <source>Customers already in the book (same name or mobile):</source>
            <translation>客户本里已有的客户（名称或手机相同）：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1067" />
            <source>Skip them (leave the book's customer as it is)</source>
            <translation>跳过（客户本里的客户保持不变）</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1068" />
            <source>Fill in only the fields that are empty in the book</source>
            <translation>只补充客户本里为空的字段</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1069" />
            <source>Overwrite the book's fields with the file's values</source>
            <translation>用文件中的值覆盖客户本里的字段</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1071" />
            <source>Import them anyway, as new customers</source>
            <translation>仍然导入，作为新客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1093" />
            <source>Rows that cannot be imported, rows held for your answer, names to look at and warnings:</source>
            <translation>不能导入的行、待您确认的行、要看一下的相似名称和提醒：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1142" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Your answer</source>
            <translation>您的判断</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1099" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1110" />
            <source>Save rejected rows as .xlsx…</source>
            <translation>把未导入的行另存为 .xlsx…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1146" />
            <source>Nothing is written yet. Look at the rows below, choose, then press Import.</source>
            <translation>尚未写入任何内容。请查看下面的行并作出选择，然后点“导入”。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1176" />
            <source>Checking the rows against the book…</source>
            <translation>正在与客户本核对…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1180" />
            <source>Checking was cancelled. Go back, or choose a mode to check again.</source>
            <translation>核对已取消。可以返回上一步，或重新选择一种处理方式再核对。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1192" />
            <source>Cannot be imported</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1194" />
            <source>Similar to a customer in the book</source>
            <translation>与客户本里的客户相似</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1229" />
            <location filename="../../views/import_wizard.py" line="1247" />
            <source>Same customer as {name}</source>
            <translation>与 {name} 是同一个客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1249" />
            <source>Same customer as row {line}</source>
            <translation>与第 {line} 行是同一客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1250" />
            <source>Hold it (not imported)</source>
            <translation>先不导入</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1251" />
            <source>A new customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1297" />
            <source>{n} more rows are not listed here; save the rejected rows to see them all.</source>
            <translation>还有 {n} 行没有列出；把未导入的行另存后可以全部查看。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1300" />
            <source>{n} more similar names are not listed here; they are imported as new customers.</source>
            <translation>另有 {n} 个相近的名称未列出，将作为新客户导入。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1303" />
            <source>{n} more held rows are not listed here; they are not imported.</source>
            <translation>还有 {n} 个待确认的行没有列在这里；它们不会导入。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1306" />
            <source>{n} more rows with a warning are not listed here.</source>
            <translation>还有 {n} 个有提醒的行没有列在这里。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1309" />
            <source>There is nothing to import with these choices.</source>
            <translation>按现在的选择，没有可以导入的内容。</translation>
        </message>
    </context>
    <context>
        <name>DeleteStageDialog</name>
        <message>
            <location filename="../../views/pipeline_settings.py" line="466" />
            <location filename="../../views/pipeline_settings.py" line="481" />
            <source>Delete stage</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="469" />
            <source>“{stage}” has {n} deals. Move them to:</source>
            <translation>“{stage}”有 {n} 个商机，移到：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="471" />
            <source>Delete the stage “{stage}”? It has no deals.</source>
            <translation>删除阶段“{stage}”？这个阶段没有商机。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="489" />
            <source>Undo brings the stage back.</source>
            <translation>撤销可以恢复这个阶段。</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <location filename="../../views/customer_detail/details.py" line="89" />
            <source>No details yet. Use Edit to add a phone number, address or tags.</source>
            <translation>还没有资料。点“编辑”添加电话、地址或标签。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/details.py" line="100" />
            <source>{date} (overdue)</source>
            <translation>{date}（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>DigestDialog</name>
        <message>
            <location filename="../../views/digest_dialog.py" line="50" />
            <source>{n} of them have still not been contacted. Open one to call it or log a visit; Kehu reminds nobody of them one by one while this item is on the list.</source>
            <translation>其中 {n} 位仍未联系。打开客户去打电话或登记拜访；这一项还在清单上时，客户本不会再为他们逐个提醒。</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="53" />
            <source>All of them have been contacted since.</source>
            <translation>他们都已经联系过了。</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="37" />
            <location filename="../../views/digest_dialog.py" line="47" />
            <location filename="../../views/digest_dialog.py" line="84" />
            <location filename="../../views/digest_dialog.py" line="89" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="29" />
            <source>{n} of them still wait. Open one to deal with it; Kehu reminds nobody of them one by one while this item is on the list.</source>
            <translation>其中 {n} 项仍待处理。打开一项去处理；这一条还在列表上时，客户本不会再逐条提醒。</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="32" />
            <source>All of them have been dealt with since.</source>
            <translation>它们都已处理。</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="35" />
            <source>No contact logged</source>
            <translation>未记录联系</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="36" />
            <source>No order or won deal</source>
            <translation>无订单或赢单</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="37" />
            <source>Goes back on</source>
            <translation>退回公海日期</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="37" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="40" />
            <source>{n} of them go back to the public pool unless they are followed up: log a contact, or win a deal or an order. Kehu warns nobody of them one by one while this item is on the list.</source>
            <translation>其中 {n} 个客户若不跟进就会退回公海：记录一次联系，或赢单、下单。此项在列表中时，客户本不会逐个提醒。</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="44" />
            <source>None of them is about to go back to the pool any more.</source>
            <translation>这些客户都已不再即将退回公海。</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="47" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="47" />
            <source>Last contact</source>
            <translation>上次联系</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="69" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="69" />
            <source>Open deal</source>
            <translation>打开商机</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="84" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="84" />
            <source>Stalled since</source>
            <translation>停滞起始日</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="87" />
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="87" />
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="88" />
            <source>Next order expected</source>
            <translation>预计下单日</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="88" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="1353" />
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1360" />
            <source>Undo this import</source>
            <translation>撤销这次导入</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1384" />
            <source>Undo removes the customers this import created and puts back the fields it changed. You can also undo it later from File &gt; Import history.</source>
            <translation>撤销会删除这次导入新建的客户，并把它改动的字段恢复原样。以后也可以在“文件 &gt; 导入记录”中撤销。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1390" />
            <source>Import undone</source>
            <translation>导入已撤销</translation>
        </message>
    </context>
    <context>
        <name>DueField</name>
        <message>
            <location filename="../../views/ticket_dialog.py" line="123" />
            <source>Set a date and time; otherwise the priority decides (urgent 4 h, high 1 day, normal 3 days, low 7 days)</source>
            <translation>设定日期和时间；不设则按优先级（紧急 4 小时，高 1 天，普通 3 天，低 7 天）</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="130" />
            <source>by the priority</source>
            <translation>按优先级</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="610" />
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="611" />
            <source>An Excel workbook (.xlsx, .xls), a LibreOffice sheet (.ods), a CSV file, or contacts exported from a phone (.vcf).</source>
            <translation>Excel 工作簿（.xlsx、.xls）、LibreOffice 表格（.ods）、CSV 文件，或从手机导出的通讯录（.vcf）。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="616" />
            <source>No file chosen</source>
            <translation>还没有选择文件</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="617" />
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="650" />
            <source>The file holds:</source>
            <translation>文件内容：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="680" />
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="681" />
            <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;All files (*)</source>
            <translation>表格和通讯录 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="690" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="703" />
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="703" />
            <source>Excel 97–2003 workbook</source>
            <translation>Excel 97–2003 工作簿</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="704" />
            <source>OpenDocument spreadsheet</source>
            <translation>OpenDocument 表格</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="704" />
            <source>CSV text</source>
            <translation>CSV 文本</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="705" />
            <source>contacts (vCard)</source>
            <translation>通讯录（vCard）</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="708" />
            <source>{kind}, encoding {encoding}</source>
            <translation>{kind}，编码 {encoding}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="711" />
            <source>The file holds no rows.</source>
            <translation>文件里没有任何行。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="714" />
            <source>{kind}: {n} rows</source>
            <translation>{kind}：{n} 行</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="719" />
            <source>{sheet} — {n} rows, hidden in the workbook</source>
            <translation>{sheet} — {n} 行，在工作簿里隐藏</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="720" />
            <source>{sheet} — {n} rows</source>
            <translation>{sheet} — {n} 行</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="728" />
            <source>{sheet} — empty</source>
            <translation>{sheet} — 空</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="730" />
            <source>This sheet holds no rows.</source>
            <translation>这个工作表里没有数据行。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="740" />
            <source>The file has several sheets. Tick those that hold customers: they are imported together, as one import (one Undo takes them all back).</source>
            <translation>这个文件有多个工作表。勾选存有客户的工作表：它们一起作为一次导入（撤销一次即全部撤回）。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="744" />
            <source>The file has several sheets. Tick the one that holds the rows: orders and products are imported one sheet at a time.</source>
            <translation>这个文件有多个工作表。勾选存有数据的那一个：订单和产品一次只导入一个工作表。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="760" />
            <source>Other columns than {first}: {sheets}. Untick them to go on; import them on their own afterwards.</source>
            <translation>与“{first}”的列不同：{sheets}。取消勾选后才能继续；之后再单独导入它们。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="764" />
            <source>Tick a sheet to import.</source>
            <translation>请勾选要导入的工作表。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../views/first_run.py" line="34" />
            <source>Welcome to Kehu</source>
            <translation>欢迎使用客户本</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="41" />
            <source>Your customer book is empty. Give it your shop's name and a password, then bring your customers in.</source>
            <translation>您的客户本还是空的。先填上店名，设一个密码，再把客户带进来。</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="46" />
            <source>Shown on the title of every report</source>
            <translation>显示在每份报表的标题上</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="57" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="67" />
            <source>Shop name:</source>
            <translation>店名：</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="68" />
            <source>Your password:</source>
            <translation>您的密码：</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="69" />
            <source>Repeat it:</source>
            <translation>再输入一次：</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="77" />
            <source>Then bring your customers in:</source>
            <translation>然后把客户带进来：</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="79" />
            <source>Import a spreadsheet or phone contacts…</source>
            <translation>导入表格或手机通讯录…</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="82" />
            <source>Add the first customer…</source>
            <translation>添加第一位客户…</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="85" />
            <source>Try the demo book</source>
            <translation>试试演示账本</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="88" />
            <source>Opens a separate book full of made-up customers in a second window; this book stays as it is.</source>
            <translation>在另一个窗口打开一本满是虚构客户的独立账本；这本账本保持不变。</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="121" />
            <source>You have a password (change it in Settings &gt; Team).</source>
            <translation>您已设置密码（可在“设置 &gt; 团队”中修改）。</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="122" />
            <source>Recommended. Required once a second person uses this book.</source>
            <translation>建议设置。一旦有第二个人使用这本账本，就必须设置密码。</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="138" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一样。</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="153" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpOffer</name>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="28" />
            <source>Next follow-up:</source>
            <translation>下次跟进：</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="33" />
            <source>Set</source>
            <translation>设定</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="35" />
            <source>Kehu reminds you on that day</source>
            <translation>客户本会在那天提醒你</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="37" />
            <source>Not now</source>
            <translation>暂不设置</translation>
        </message>
    </context>
    <context>
        <name>ForecastStrip</name>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="61" />
            <source>MMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="64" />
            <source>Weighted forecast</source>
            <translation>加权预测</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="52" />
            <source>6 months: {total}</source>
            <translation>6 个月合计：{total}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="54" />
            <source>Bars: {currency} only</source>
            <translation>柱形仅为 {currency}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="141" />
            <source>{month}: {count} deals, {total} in all, {weighted} weighted</source>
            <translation>{month}：{count} 个商机，合计 {total}，加权 {weighted}</translation>
        </message>
    </context>
    <context>
        <name>GradingSettings</name>
        <message>
            <location filename="../../views/grading_settings.py" line="41" />
            <source>Only an owner may change the grading rules.</source>
            <translation>只有老板可以修改评级规则。</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="43" />
            <source>A customer gets the best grade whose every threshold it meets, else C. Kehu grades at the start of each month; grades pinned by hand in the customer panel are kept.</source>
            <translation>客户得到其满足全部条件的最高等级，否则为 C。客户本在每月初自动评级；在客户面板中手动锁定的等级保持不变。</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="48" />
            <source>Won in the last 12 months at least ({currency})</source>
            <translation>近 12 个月赢单金额至少（{currency}）</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="50" />
            <source>Won deals in the last 12 months at least</source>
            <translation>近 12 个月成交单数至少</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="51" />
            <source>Last contact at most this many days ago</source>
            <translation>最近联系不超过（天）</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="52" />
            <source>Paid on time in the last 12 months at least</source>
            <translation>近 12 个月按时付款至少</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="55" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="68" />
            <source>The share of the money that fell due in the last 12 months that the customer paid by its due date; a customer with nothing due meets it</source>
            <translation>近 12 个月到期的款项中客户在到期日前付清的比例；没有到期款项的客户视为满足</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="79" />
            <source>Apply now</source>
            <translation>立即评级</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="81" />
            <source>Grade every customer by the rules now</source>
            <translation>现在按规则给所有客户评级</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="138" />
            <source>{n} customers changed grade.</source>
            <translation>{n} 位客户的等级有变化。</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../views/handover_dialog.py" line="40" />
            <source>{customers} customers, {deals} open deals, {reminders} open reminders, {orders} unpaid orders</source>
            <translation>{customers} 个客户、{deals} 个进行中的商机、{reminders} 个未完成的提醒、{orders} 张未收清的订单</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="55" />
            <source>Hand over customers</source>
            <translation>移交客户</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="63" />
            <source>{name} (disabled)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="65" />
            <location filename="../../views/handover_dialog.py" line="223" />
            <source>{name} · {n} customers</source>
            <translation>{name} · {n} 个客户</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="70" />
            <source>Any city</source>
            <translation>任意城市</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="71" />
            <source>Any grade</source>
            <translation>任意等级</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="72" />
            <source>Any tag</source>
            <translation>任意标签</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="73" />
            <source>Any stage</source>
            <translation>任意阶段</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="74" />
            <source>Which customers</source>
            <translation>移交哪些客户</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="76" />
            <source>City:</source>
            <translation>城市：</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="77" />
            <source>Grade:</source>
            <translation>等级：</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="78" />
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="79" />
            <source>Open deal at stage:</source>
            <translation>进行中商机所在阶段：</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="89" />
            <source>Who takes them over</source>
            <translation>由谁接手</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="93" />
            <source>With several, share them out:</source>
            <translation>多人接手时的分配方式：</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="99" />
            <source>e.g. left the company; moved to the south region</source>
            <translation>例如：离职；调往华南区</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="101" />
            <source>They may still read these customers, and change nothing, until</source>
            <translation>原销售仍可查看这些客户（不能修改），截止到</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="129" />
            <source>Hand over</source>
            <translation>移交</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="130" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="135" />
            <source>Customers of:</source>
            <translation>原负责人：</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="141" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="148" />
            <source>Each customer goes with its contact persons and this person's open deals (at their stage), open reminders and unpaid orders. Won or lost deals, done reminders and paid orders stay credited to them. Edit &gt; Undo takes the whole handover back.</source>
            <translation>每个客户连同其联系人，以及此人名下进行中的商机（保持原阶段）、未完成的提醒和未收清的订单一起移交。已赢单或已输单的商机、已完成的提醒和已收清的订单仍记在原负责人名下。“编辑 &gt; 撤销”可整体撤回这次移交。</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="236" />
            <source>Read-only access is for a transfer: this person is disabled (a leaver).</source>
            <translation>只读权限用于调岗交接：此人已停用（离职），不能保留。</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="238" />
            <source>Has {what}.</source>
            <translation>名下有 {what}。</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="253" />
            <source>No customer matches: nothing to hand over.</source>
            <translation>没有符合条件的客户，无可移交。</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="255" />
            <source>Will move {what}. Tick who takes them over.</source>
            <translation>将移交 {what}。请勾选接手人。</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="261" />
            <source>Will move {what} to {names}.</source>
            <translation>将把 {what} 移交给 {names}。</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="264" />
            <source>{moves} {name} may read them until {day}.</source>
            <translation>{moves}{name} 仍可查看到 {day}。</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="285" />
            <source>Handed over {what}. Edit &gt; Undo takes it back.</source>
            <translation>已移交 {what}。“编辑 &gt; 撤销”可撤回。</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="52" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="52" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="59" />
            <source>No changes are recorded for this customer yet. From now on each change made to it is listed here: what changed, who changed it and when.</source>
            <translation>这位客户还没有修改记录。今后对它的每一处修改都会列在这里：改了什么、谁改的、什么时候改的。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="64" />
            <source>Only the latest {n} changes are shown.</source>
            <translation>只显示最近的 {n} 条修改。</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <location filename="../../desktop/housekeeping.py" line="96" />
            <location filename="../../desktop/housekeeping.py" line="102" />
            <source>Checking the book…</source>
            <translation>正在检查客户本…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="123" />
            <source>The book is read-only (its file or folder cannot be written): Kehu shows it and saves nothing.</source>
            <translation>客户本是只读的（文件或所在文件夹不能写入）：客户本只显示它，不保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="179" />
            <source>Updating the search index…</source>
            <translation>正在更新搜索索引…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="203" />
            <source>{n} stalled deals need a follow-up today</source>
            <translation>今天有 {n} 个停滞商机需要跟进</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="228" />
            <source>Returning customers to the public pool…</source>
            <translation>正在把客户退回公海…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="237" />
            <source>{n} customers went back to the public pool</source>
            <translation>{n} 个客户已退回公海</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="281" />
            <source>Backing up the book…</source>
            <translation>正在备份客户本…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="299" />
            <source>The daily backup failed: {reason}</source>
            <translation>每日备份失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="303" />
            <source>The daily backup failed</source>
            <translation>每日备份失败</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="318" />
            <source>Grading the customers…</source>
            <translation>正在给客户评级…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="324" />
            <source>This month's grading: {n} customers changed grade</source>
            <translation>本月评级：{n} 位客户的等级有变化</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <location filename="../../views/import_history.py" line="45" />
            <source>Import history</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>Rejected</source>
            <translation>未导入</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="54" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="66" />
            <source>Nothing has been imported into this book yet.</source>
            <translation>这个客户本还没有导入过。</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="71" />
            <location filename="../../views/import_history.py" line="135" />
            <source>Undo this import</source>
            <translation>撤销这次导入</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="92" />
            <source>Undone {when}</source>
            <translation>已撤销 {when}</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="93" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="126" />
            <source>Only the person who made the import, a manager or an owner may take it back.</source>
            <translation>只有导入的人、经理或店主才能撤销这次导入。</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="137" />
            <source>Remove the {n} customers imported from {file} on {when}, and put back the fields it changed?</source>
            <translation>删除 {when} 从 {file} 导入的 {n} 个客户，并把这次导入改动的字段恢复原样？</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="167" />
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
    </context>
    <context>
        <name>ImportTargets</name>
        <message>
            <location filename="../../views/import_records.py" line="38" />
            <location filename="../../views/import_wizard.py" line="80" />
            <source>Ignore</source>
            <translation>不导入</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="73" />
            <source>First name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="74" />
            <source>Last name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="93" />
            <source>Kehu ID</source>
            <translation>客户本编号</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="96" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="99" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="102" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="107" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="112" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="116" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="120" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="125" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="129" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="133" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="137" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="141" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="146" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="99" />
            <location filename="../../models/core/fields.py" line="150" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="154" />
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="160" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="164" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="172" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="86" />
            <source>Product name</source>
            <translation>产品名称</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="86" />
            <source>Model / spec</source>
            <translation>规格型号</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="95" />
            <location filename="../../importers/records.py" line="87" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="87" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="97" />
            <location filename="../../importers/records.py" line="88" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="88" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="89" />
            <source>Still sold</source>
            <translation>在售</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="92" />
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="92" />
            <source>Order date</source>
            <translation>订单日期</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="93" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="93" />
            <source>Customer phone</source>
            <translation>客户电话</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="94" />
            <source>Product or text</source>
            <translation>产品或说明</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="94" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="95" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="96" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="96" />
            <source>Line amount</source>
            <translation>行金额</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="97" />
            <source>Order total</source>
            <translation>订单总额</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="98" />
            <source>Salesperson</source>
            <translation>销售人员</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="98" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="99" />
            <source>Paid amount</source>
            <translation>已收金额</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../views/import_wizard.py" line="349" />
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="190" />
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="191" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="192" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="193" />
            <source>&amp;Finish</source>
            <translation>完成(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="194" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="331" />
            <source>Reading {file}…</source>
            <translation>正在读取 {file}…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="345" />
            <source>Reading sheet {sheet}…</source>
            <translation>正在读取工作表 {sheet}…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="349" />
            <source>Import orders</source>
            <translation>导入订单</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="350" />
            <source>Import products</source>
            <translation>导入产品</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="507" />
            <source>Checking {n} rows…</source>
            <translation>正在核对 {n} 行…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="530" />
            <source>Save rejected rows</source>
            <translation>保存未导入的行</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="531" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="538" />
            <source>Saved {n} rows to {path}</source>
            <translation>已把 {n} 行保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="543" />
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="552" />
            <source>Saving rejected rows…</source>
            <translation>正在保存未导入的行…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="579" />
            <source>The import failed; the book was not changed.</source>
            <translation>导入失败；客户本没有改动。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="584" />
            <source>Import cancelled; the book was not changed.</source>
            <translation>导入已取消；客户本没有改动。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="585" />
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="601" />
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="97" />
            <source>Orders whose customer is not in the book:</source>
            <translation>客户不在账本中的订单：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="131" />
            <source>Undo removes the orders this import created, with their lines, payment plans and payments, and the customers it created for them. You can also undo it later from File &gt; Import history.</source>
            <translation>撤销会删除这次导入新建的订单（连同其明细、回款计划和收款）以及为它们新建的客户。以后也可以在“文件 &gt; 导入记录”中撤销。</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="31" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="31" />
            <source>Orders (one row per order line, or one row per order)</source>
            <translation>订单（每行一条明细，或每行一张订单）</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="33" />
            <source>Products (a price list)</source>
            <translation>产品（价格表）</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="77" />
            <source>Choose the column that holds the product name.</source>
            <translation>请选择存放产品名称的列。</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="78" />
            <source>Choose the column that holds the customer of each order.</source>
            <translation>请选择存放订单客户的列。</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="90" />
            <source>New orders:</source>
            <translation>新订单：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="90" />
            <source>Orders to update:</source>
            <translation>要更新的订单：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="91" />
            <source>Already in the book:</source>
            <translation>客户本里已有：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="91" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="96" />
            <source>Products already in the catalogue (same name and model):</source>
            <translation>产品目录中已有的产品（名称和规格型号相同）：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="101" />
            <source>Skip them (keep the catalogue's price)</source>
            <translation>跳过（保留目录中的价格）</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="102" />
            <source>Update their price and currency from the file</source>
            <translation>按文件更新价格和币种</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="103" />
            <source>Hold them for my answer (not imported)</source>
            <translation>暂缓，等我确认（不导入）</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="104" />
            <source>Create those customers with their orders</source>
            <translation>连同订单一起新建这些客户</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="129" />
            <source>Undo removes the products this import created and puts back the prices it changed. You can also undo it later from File &gt; Import history.</source>
            <translation>撤销会删除这次导入新建的产品，并恢复它改动过的价格。以后也可以在“文件 &gt; 导入记录”中撤销。</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="88" />
            <source>New products:</source>
            <translation>新产品：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="88" />
            <source>New prices:</source>
            <translation>新价格：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="89" />
            <source>Already in the catalogue:</source>
            <translation>目录中已有：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="89" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="108" />
            <source>Hold it (not imported)</source>
            <translation>先不导入</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="108" />
            <source>Create the customer</source>
            <translation>新建该客户</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1423" />
            <location filename="../../views/import_records.py" line="140" />
            <source>Kept, because they changed after the import:</source>
            <translation>以下客户在导入后有改动，已保留：</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="137" />
            <source>Undone: removed {removed}, restored {restored}.</source>
            <translation>已撤销：删除 {removed} 条，恢复 {restored} 条。</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="113" />
            <source>Imported {n} new products.</source>
            <translation>已导入 {n} 个新产品。</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="118" />
            <source>Imported {n} orders.</source>
            <translation>已导入 {n} 张订单。</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="120" />
            <source>Skipped rows already in the book or repeated: {n}</source>
            <translation>跳过账本中已有或重复的行：{n}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1413" />
            <location filename="../../views/import_records.py" line="123" />
            <source>Rows that could not be imported: {n}</source>
            <translation>无法导入的行：{n} 行</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="115" />
            <source>New prices of products in the catalogue: {n}</source>
            <translation>目录中产品的新价格：{n}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1401" />
            <source>Imported {n} new customers.</source>
            <translation>已导入 {n} 个新客户。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1420" />
            <source>Undone: removed {removed} customers, restored {restored}.</source>
            <translation>已撤销：删除 {removed} 个客户，恢复 {restored} 个。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1403" />
            <source>From sheet {sheet}: {rows} rows, {created} new customers</source>
            <translation>来自工作表“{sheet}”：{rows} 行，新客户 {created} 个</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1407" />
            <source>Updated customers already in the book: {n}</source>
            <translation>更新了客户本里已有的客户：{n} 个</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1410" />
            <source>Skipped rows that repeat a customer: {n}</source>
            <translation>跳过重复的行：{n} 行</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1433" />
            <source>  … and {n} more</source>
            <translation>  …… 还有 {n} 个</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="305" />
            <source>Join</source>
            <translation>加入</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="306" />
            <source>Join a team</source>
            <translation>加入团队</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="312" />
            <source>Kehu makes this PC's own copy of the team's book from the shared folder and opens it instead of the book open now, which stays as it is. From then on Kehu opens the team's book when it starts, and keeps it in step with the other PCs.</source>
            <translation>客户本会从共享文件夹为这台电脑做一份团队账本的副本，并用它替换现在打开的账本（现在的账本保持原样）。以后客户本启动时打开团队账本，并与其他电脑保持同步。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="315" />
            <source>The team's shared folder</source>
            <translation>团队的共享文件夹</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="321" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="327" />
            <source>Keep this PC's copy on its own disk, never in the shared folder.</source>
            <translation>这台电脑的副本要放在本机硬盘上，绝不能放进共享文件夹。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="329" />
            <source>Shared folder:</source>
            <translation>共享文件夹：</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="330" />
            <source>Team passphrase:</source>
            <translation>团队口令：</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="331" />
            <source>This PC's copy:</source>
            <translation>本机副本：</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="359" />
            <source>Where to keep this PC's copy</source>
            <translation>本机副本保存到哪里</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="360" />
            <source>Kehu book (*.sqlite)</source>
            <translation>客户本账本 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="373" />
            <source>Choose the team's shared folder as it is on this PC.</source>
            <translation>请选择团队共享文件夹在这台电脑上的位置。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="375" />
            <source>The folder {folder} does not exist or cannot be reached.</source>
            <translation>文件夹 {folder} 不存在或无法访问。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="382" />
            <source>Choose where to keep this PC's copy of the book.</source>
            <translation>请选择本机账本副本的保存位置。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="385" />
            <source>This PC's copy cannot be in the shared folder: a book that a file-sync tool copies gets damaged. Choose a place on this PC's own disk.</source>
            <translation>本机副本不能放在共享文件夹里：被同步工具复制的账本会损坏。请选择本机硬盘上的位置。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="390" />
            <source>{path} already exists. Choose a new file for this PC's copy.</source>
            <translation>{path} 已存在。请为本机副本选择一个新文件。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="402" />
            <source>Making this PC's copy of the team's book…</source>
            <translation>正在为这台电脑制作团队账本的副本…</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../views/login_dialog.py" line="52" />
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="52" />
            <source>Who is working?</source>
            <translation>现在是谁在用？</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="55" />
            <source>Choose your name:</source>
            <translation>请选择你的名字：</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="57" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="57" />
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="88" />
            <location filename="../../views/login_dialog.py" line="166" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="96" />
            <source>Repeat password:</source>
            <translation>再输一次：</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="118" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="120" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="165" />
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="220" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一样。</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="806" />
            <source>Deal lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="819" />
            <source>Optional: what happened</source>
            <translation>可选：具体情况</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="820" />
            <source>Mark lost</source>
            <translation>标为输单</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="829" />
            <source>Why was it lost?</source>
            <translation>为什么输单？</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="831" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="137" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="138" />
            <source>Pipeline</source>
            <translation>销售流程</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="139" />
            <location filename="../../desktop/main_window.py" line="339" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="140" />
            <location filename="../../desktop/main_window.py" line="347" />
            <source>Alerts</source>
            <translation>风险预警</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="141" />
            <source>Receivables</source>
            <translation>应收款</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="142" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="143" />
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="234" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="235" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="237" />
            <source>Import &amp;history…</source>
            <translation>导入记录(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="238" />
            <source>Export customers…</source>
            <translation>导出客户…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="242" />
            <source>&amp;Print customer list…</source>
            <translation>打印客户名单(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="246" />
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="249" />
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="252" />
            <source>S&amp;ync now</source>
            <translation>立即同步(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="254" />
            <source>&amp;Join a team…</source>
            <translation>加入团队(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="257" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="258" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="259" />
            <location filename="../../desktop/main_window.py" line="511" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="262" />
            <location filename="../../desktop/main_window.py" line="515" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="264" />
            <source>&amp;History of changes…</source>
            <translation>修改历史(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="265" />
            <source>&amp;Verify the change log…</source>
            <translation>校验修改记录(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="269" />
            <source>&amp;New customer</source>
            <translation>新建客户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="271" />
            <source>New &amp;deal…</source>
            <translation>新建商机(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="273" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="274" />
            <source>Choose columns…</source>
            <translation>选择显示的列…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="276" />
            <source>&amp;Hand over customers…</source>
            <translation>移交客户(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="280" />
            <source>&amp;Book</source>
            <translation>账本(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="281" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="285" />
            <source>S&amp;witch user…</source>
            <translation>切换用户(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="287" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="288" />
            <source>&amp;About Kehu</source>
            <translation>关于客户本(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="338" />
            <source>Reminders ({n})</source>
            <translation>提醒 ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="341" />
            <source>{n} reminders due today or overdue</source>
            <translation>今天到期或已逾期的提醒：{n} 条</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="347" />
            <source>Alerts ({n})</source>
            <translation>风险预警 ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="354" />
            <source>That customer is no longer in the book.</source>
            <translation>客户本里已经没有这个客户了。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="371" />
            <source>That deal is no longer in the book.</source>
            <translation>客户本里已经没有这个商机了。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="394" />
            <source>The book is damaged; Kehu does not write to it.</source>
            <translation>客户本已损坏，客户本程序不会写入它。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="410" />
            <source>The daily backup failed</source>
            <translation>每日备份失败</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="422" />
            <source>Backed up to {path}</source>
            <translation>已备份到 {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="189" />
            <location filename="../../desktop/main_window.py" line="482" />
            <source>Undone: {what}</source>
            <translation>已撤销：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="490" />
            <source>Redone: {what}</source>
            <translation>已重做：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="510" />
            <source>&amp;Undo {what}</source>
            <translation>撤销{what}(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="514" />
            <source>&amp;Redo {what}</source>
            <translation>重做{what}(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="524" />
            <location filename="../../desktop/main_window.py" line="537" />
            <source>Export customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="525" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="538" />
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="542" />
            <source>Exported {n} customers to {path}</source>
            <translation>已将 {n} 位客户导出到 {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="551" />
            <source>Printed a list of {n} customers</source>
            <translation>已打印 {n} 个客户的名单</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="566" />
            <source>Imported {n} new customers from {file}</source>
            <translation>已从 {file} 导入 {n} 个新客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="567" />
            <source>Imported {n} orders from {file}</source>
            <translation>已从 {file} 导入 {n} 张订单</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="568" />
            <source>Imported {n} new products from {file}</source>
            <translation>已从 {file} 导入 {n} 个新产品</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="592" />
            <source>Opening the demo book in a new window…</source>
            <translation>正在新窗口中打开演示账本…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="594" />
            <source>Try the demo book</source>
            <translation>试试演示账本</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="595" />
            <source>The demo book could not be started.</source>
            <translation>无法打开演示账本。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="644" />
            <source>About Kehu</source>
            <translation>关于客户本</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="645" />
            <source>Kehu (客户本) {version}
An offline customer book for small shops.

Book: {path}</source>
            <translation>客户本 {version}
给小店用的离线客户管理软件。

账本：{path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="660" />
            <source>User: {name}</source>
            <translation>用户：{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="662" />
            <source>User: {name} ({role})</source>
            <translation>用户：{name}（{role}）</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="665" />
            <source>Book: {path} · {n} customers</source>
            <translation>账本：{path} · {n} 位客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="667" />
            <source>Kehu — {name}</source>
            <translation>客户本 — {name}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="797" />
            <source>Which column goes where</source>
            <translation>每一列导入到哪里</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="798" />
            <source>Kehu guessed the meaning of each column. Change a choice where it guessed wrong; the preview below follows.</source>
            <translation>客户本已猜出每一列的含义。猜错的地方请改一下，下面的预览会随之更新。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="802" />
            <source>No header row</source>
            <translation>没有表头行</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="806" />
            <source>Column names are in row:</source>
            <translation>列名（表头）在第几行：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="819" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="819" />
            <source>Sample values</source>
            <translation>示例值</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="819" />
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="830" />
            <location filename="../../views/import_wizard.py" line="957" />
            <source>The first {n} rows as they will be imported:</source>
            <translation>前 {n} 行导入后的样子：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="870" />
            <source>Custom field: {label}</source>
            <translation>自定义字段：{label}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="873" />
            <location filename="../../views/import_wizard.py" line="876" />
            <source>New custom field: {header}</source>
            <translation>新建自定义字段：{header}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="955" />
            <source>The first {n} rows of each sheet as they will be imported:</source>
            <translation>每个工作表前 {n} 行导入后的样子：</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="962" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="998" />
            <source>Choose the column that holds the customer name.</source>
            <translation>请选择客户名称所在的列。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1000" />
            <source>These columns are not those of {sheets}: go back and untick them, or choose another header row.</source>
            <translation>这些列与“{sheets}”的列不同：返回取消勾选它们，或换一个标题行。</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../../views/orders_dialog.py" line="50" />
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="58" />
            <source>Order date:</source>
            <translation>订单日期：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="60" />
            <source>Lines (a product from the catalogue, or describe what is sold):</source>
            <translation>明细（从产品目录中选择，或填写所售内容）：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="65" />
            <source>Product or description</source>
            <translation>产品或内容</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="65" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="65" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="66" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="66" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="72" />
            <source>Add line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="74" />
            <source>Remove line</source>
            <translation>删除一行</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="87" />
            <source>Payment terms:</source>
            <translation>付款条件：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="89" />
            <source>The shares of the total, in per cent, separated by /</source>
            <translation>各期占总额的百分比，用 / 分隔</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="91" />
            <source>Shares (%):</source>
            <translation>比例（%）：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="94" />
            <source>Days:</source>
            <translation>天数：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="98" />
            <source>Instalments:</source>
            <translation>期数：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="100" />
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="104" />
            <source>Save as draft</source>
            <translation>存为草稿</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="106" />
            <source>Save and confirm</source>
            <translation>保存并确认</translation>
        </message>
    </context>
    <context>
        <name>OrderList</name>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="45" />
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="47" />
            <source>Record payment</source>
            <translation>登记回款</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="53" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="54" />
            <source>Confirm the chosen draft order or payment</source>
            <translation>确认选中的草稿订单或回款</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="56" />
            <location filename="../../views/customer_detail/orders.py" line="243" />
            <source>Reject payment</source>
            <translation>驳回回款</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="58" />
            <source>Void and replace…</source>
            <translation>作废并重开…</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="59" />
            <source>Void the chosen confirmed order with a reason; a draft replacement takes its place</source>
            <translation>填写原因作废选中的已确认订单，并生成一张草稿订单代替它</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="80" />
            <source>Orders ({n})</source>
            <translation>订单（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="81" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="87" />
            <source>Owed {owed} (overdue {overdue})  ·  Received {received}  ·  Recorded, waiting for confirmation {pending}</source>
            <translation>欠款 {owed}（逾期 {overdue}）  ·  已到账 {received}  ·  已登记待确认 {pending}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="98" />
            <source>No orders yet. An order holds what the customer bought and the plan of when they pay.</source>
            <translation>还没有订单。订单记录客户买了什么，以及何时付款的回款计划。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="107" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="107" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="107" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="108" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="108" />
            <source>Paid</source>
            <translation>已回款</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="108" />
            <source>Owed</source>
            <translation>欠款</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="140" />
            <source>Received on</source>
            <translation>到账日期</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="140" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="141" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="141" />
            <source>Payment state</source>
            <translation>回款状态</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="244" />
            <source>Why is this payment rejected?</source>
            <translation>为什么驳回这笔回款？</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="258" />
            <source>Void the order</source>
            <translation>作废订单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="259" />
            <source>Why is this order void? A draft replacement is made with the same lines, to be corrected and confirmed.</source>
            <translation>为什么作废这张订单？将按相同明细生成一张草稿订单，修改后再确认。</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="415" />
            <source>Team passphrase</source>
            <translation>团队口令</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="418" />
            <source>To sync this book with the team, Kehu needs the team passphrase. This PC keeps no team key (it has no keyring to keep one in), so Kehu asks once each time it starts.</source>
            <translation>要与团队同步这个账本，客户本需要团队口令。这台电脑没有保存团队密钥（它没有可用的系统密钥环），所以客户本每次启动时会询问一次。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="421" />
            <source>The team's folder: {folder}</source>
            <translation>团队文件夹：{folder}</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="426" />
            <source>Cancel: this PC does not sync until you choose File &gt; Sync now.</source>
            <translation>选“取消”：在您选择“文件 &gt; 立即同步”之前，这台电脑不同步。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="429" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="430" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="434" />
            <source>Team passphrase:</source>
            <translation>团队口令：</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="698" />
            <source>Set password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="702" />
            <source>Password for {name}</source>
            <translation>{name} 的密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="708" />
            <source>Leave empty for no password</source>
            <translation>留空表示不设密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="713" />
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="716" />
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="717" />
            <source>Repeat password:</source>
            <translation>再输一次：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="722" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="732" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一样。</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../views/orders_dialog.py" line="235" />
            <source>Record a payment</source>
            <translation>登记回款</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="240" />
            <source>Amount:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="244" />
            <source>Received on:</source>
            <translation>到账日期：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="249" />
            <source>Method:</source>
            <translation>付款方式：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="251" />
            <source>The oldest open plan row</source>
            <translation>最早一期未结清的计划</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="256" />
            <source>Pays:</source>
            <translation>冲抵：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="258" />
            <source>Reference:</source>
            <translation>凭证号：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="260" />
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="262" />
            <source>Recorded money is not received until an owner confirms it.</source>
            <translation>登记的回款要经店主确认后才算到账。</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <location filename="../../views/pipeline_page.py" line="78" />
            <source>Search deal, customer, next step…</source>
            <translation>搜索商机、客户、下一步…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="82" />
            <source>Only stalled</source>
            <translation>只看停滞</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="91" />
            <source>Deals without a stage change or a logged interaction for longer than their stage allows</source>
            <translation>超过阶段允许天数、既没换阶段也没有跟进记录的商机</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="96" />
            <source>Board</source>
            <translation>看板</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="100" />
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="112" />
            <source>Open deals</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="112" />
            <source>Won deals</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="113" />
            <source>Lost deals</source>
            <translation>输单</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="113" />
            <source>All deals</source>
            <translation>全部商机</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="118" />
            <location filename="../../views/pipeline_page.py" line="211" />
            <source>New deal</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="141" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="141" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="141" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="142" />
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="142" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="143" />
            <source>Why stalled</source>
            <translation>停滞原因</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="151" />
            <source>Snooze…</source>
            <translation>暂缓…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="154" />
            <location filename="../../views/pipeline_page.py" line="601" />
            <source>Why stalled…</source>
            <translation>停滞原因…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="157" />
            <location filename="../../views/pipeline_page.py" line="202" />
            <location filename="../../views/pipeline_page.py" line="586" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="213" />
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="276" />
            <source>No open deal matches the search and filters.</source>
            <translation>没有符合搜索和筛选条件的进行中商机。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="279" />
            <source>No open deals</source>
            <translation>还没有进行中的商机</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="280" />
            <source>A deal is a sale you are working on: an enquiry, a quote, an order to win. Add one here or from a customer's panel; Won and Lost deals are in the list.</source>
            <translation>商机就是正在跟进的一笔生意：询价、报价、要争取的订单。在这里或客户面板中新建；赢单和丢单的商机在列表视图里。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="315" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="324" />
            <source>Stalled ({n})</source>
            <translation>停滞（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="331" />
            <source>{n} d</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="423" />
            <source>{deal} is saved; the search and filters hide it.</source>
            <translation>已保存 {deal}，但当前的搜索和筛选把它隐藏了。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="486" />
            <source>Won: {deal}</source>
            <translation>已赢单：{deal}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="495" />
            <source>Lost: {deal}</source>
            <translation>已丢单：{deal}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="568" />
            <source>Delete deal</source>
            <translation>删除商机</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="569" />
            <source>Delete the deal {title}? You can undo it with Ctrl+Z.</source>
            <translation>删除商机“{title}”？可以用 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="587" />
            <source>Move to</source>
            <translation>移到</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="597" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="598" />
            <source>Lost…</source>
            <translation>输单…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="600" />
            <source>Snooze stall…</source>
            <translation>暂缓停滞提醒…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="603" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>PipelineSettings</name>
        <message>
            <location filename="../../views/pipeline_settings.py" line="55" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="56" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="73" />
            <source>Only an owner may change the pipeline.</source>
            <translation>只有老板可以修改销售流程。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="76" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="76" />
            <source>Probability</source>
            <translation>成交概率</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="76" />
            <source>Stalled after</source>
            <translation>停滞天数</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="77" />
            <source>Requires</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="81" />
            <source>Add stage…</source>
            <translation>添加阶段…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="83" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="85" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="87" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="89" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="102" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="104" />
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="106" />
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="108" />
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="110" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="125" />
            <source>The columns of the board, left to right. A deal stalls when nothing happens for longer than its stage allows.</source>
            <translation>看板上从左到右的各列。商机在某阶段超过规定天数没有任何进展，就算停滞。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="130" />
            <source>Reasons a deal is lost:</source>
            <translation>输单原因：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="148" />
            <source>{n} checklist items</source>
            <translation>{n} 项检查</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="152" />
            <source>{n} days</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="281" />
            <source>Add lost reason</source>
            <translation>添加输单原因</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="281" />
            <location filename="../../views/pipeline_settings.py" line="291" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="291" />
            <source>Rename lost reason</source>
            <translation>修改输单原因</translation>
        </message>
    </context>
    <context>
        <name>PoolSettings</name>
        <message>
            <location filename="../../views/pool_settings.py" line="34" />
            <source>Return customers nobody follows up to the public pool, for any salesperson to claim</source>
            <translation>无人跟进的客户自动退回公海，任何销售都可以领取</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="41" />
            <source>No contact logged for</source>
            <translation>未记录联系超过</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="42" />
            <source>No order or won deal for</source>
            <translation>未成交（订单或赢单）超过</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="44" />
            <source>Grade A</source>
            <translation>A 级</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="44" />
            <source>Grade B</source>
            <translation>B 级</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="44" />
            <source>Grade C</source>
            <translation>C 级</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="45" />
            <source>No grade</source>
            <translation>未分级</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="49" />
            <source>never</source>
            <translation>不退回</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="50" />
            <location filename="../../views/pool_settings.py" line="55" />
            <location filename="../../views/pool_settings.py" line="62" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="55" />
            <source>no warning</source>
            <translation>不提醒</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="57" />
            <location filename="../../views/pool_settings.py" line="59" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="61" />
            <source>at once</source>
            <translation>立即</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="65" />
            <source>Warn the salesperson before:</source>
            <translation>提前提醒销售：</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="66" />
            <source>A salesperson may hold at most:</source>
            <translation>每位销售最多持有客户：</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="67" />
            <source>Claims a day, at most:</source>
            <translation>每天最多领取：</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="68" />
            <source>Claiming back a customer one gave away, after:</source>
            <translation>退回的客户再次领取需间隔：</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="71" />
            <source>When a customer goes back to the pool</source>
            <translation>客户何时退回公海</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="76" />
            <source>Customers with open deals, open orders or money still owed never go back. Kehu returns customers on the owner's PC, every hour while it is open.</source>
            <translation>有进行中的商机、未完成的订单或未收回欠款的客户不会退回。客户在店主的电脑上退回公海，Kehu 打开时每小时检查一次。</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="79" />
            <source>Warnings and limits</source>
            <translation>提醒与限制</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="81" />
            <source>Only an owner may change these.</source>
            <translation>只有老板可以修改这些设置。</translation>
        </message>
    </context>
    <context>
        <name>PrintList</name>
        <message>
            <location filename="../../views/print_list.py" line="94" />
            <source>Print customer list</source>
            <translation>打印客户名单</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="28" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="28" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="28" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="29" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="29" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="29" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="36" />
            <source>Customer list · {shop}</source>
            <translation>客户名单 · {shop}</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="37" />
            <source>{n} customers · printed {when}</source>
            <translation>{n} 个客户 · 打印于 {when}</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="40" />
            <source>{about} · filter: {filter}</source>
            <translation>{about} · 筛选：{filter}</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityField</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="247" />
            <source>stage default</source>
            <translation>阶段默认</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="251" />
            <source>Use stage default</source>
            <translation>用阶段默认值</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="291" />
            <source>Back to the stage's {n} %</source>
            <translation>恢复为阶段默认的 {n}%</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication.self</name>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="61" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesPage</name>
        <message>
            <location filename="../../views/receivables_page.py" line="131" />
            <source>Receivables</source>
            <translation>应收款</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="138" />
            <source>Group by:</source>
            <translation>分组：</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="141" />
            <location filename="../../views/receivables_page.py" line="228" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="142" />
            <location filename="../../views/receivables_page.py" line="228" />
            <source>Salesperson</source>
            <translation>销售人员</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="175" />
            <source>Nothing is owed</source>
            <translation>没有欠款</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="176" />
            <source>When an order is not paid in full, who owes what and since when shows here. Add orders from a customer's panel.</source>
            <translation>订单没有付清时，谁欠多少、欠了多久会显示在这里。在客户面板中添加订单。</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="184" />
            <source>Expected in the next 12 weeks (plan rows not yet paid)</source>
            <translation>未来 12 周预计回款（尚未付清的回款计划）</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="189" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="189" />
            <source>Expected</source>
            <translation>预计</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="193" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="198" />
            <source>Money</source>
            <translation>款项</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="198" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="222" />
            <source>Your customers only.</source>
            <translation>只显示您负责的客户。</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="225" />
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="226" />
            <source>Over {n} days</source>
            <translation>{n} 天以上</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="227" />
            <source>{n} days</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="229" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="229" />
            <source>Owed</source>
            <translation>欠款</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="231" />
            <source>(nobody)</source>
            <translation>（无人负责）</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="230" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="237" />
            <source>Overdue (due before today)</source>
            <translation>已逾期（今天以前到期）</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="242" />
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="252" />
            <source>Expected (plan rows due this month)</source>
            <translation>预计回款（本月到期的计划）</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="253" />
            <source>Received (confirmed payments)</source>
            <translation>已到账（已确认的回款）</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="254" />
            <source>Recorded, waiting for confirmation</source>
            <translation>已登记，待确认</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="255" />
            <source>Expected but not received</source>
            <translation>预计但未到账</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="262" />
            <source>Owed in all: {owed}. Received this month: {received}; expected this month: {expected}.</source>
            <translation>欠款合计：{owed}。本月已到账：{received}；本月预计：{expected}。</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../views/customer_form.py" line="213" />
            <source>Ctrl+Enter saves, Esc cancels</source>
            <translation>Ctrl+Enter 保存，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="200" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="201" />
            <source>Save (Ctrl+Enter)</source>
            <translation>保存（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="202" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceField</name>
        <message>
            <location filename="../../views/reminder_dialog.py" line="91" />
            <source>Every</source>
            <translation>每</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="123" />
            <source>On day</source>
            <translation>每月第</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="128" />
            <source>31 means the last day of shorter months</source>
            <translation>选 31 表示小月的最后一天</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <location filename="../../views/reminder_dialog.py" line="187" />
            <source>Reminder: {title}</source>
            <translation>提醒：{title}</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="188" />
            <source>New reminder</source>
            <translation>新建提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="201" />
            <source>e.g. Call about the spring order (required)</source>
            <translation>例如：打电话确认春季订单（必填）</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="228" />
            <source>None, or type a name to pick one</source>
            <translation>可不选；输入名称后从列表中选择</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="245" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="246" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="248" />
            <source>Repeat</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="249" />
            <source>For</source>
            <translation>提醒谁</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="250" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="251" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="252" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="253" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="265" />
            <source>None</source>
            <translation>未设置</translation>
        </message>
    </context>
    <context>
        <name>ReminderList</name>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="33" />
            <source>New reminder</source>
            <translation>新建提醒</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="34" />
            <source>Remind me of this customer</source>
            <translation>为这个客户设提醒</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="45" />
            <source>Reminders ({n})</source>
            <translation>提醒 ({n})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="46" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="50" />
            <source>No reminders. Kehu reminds you on the day you choose.</source>
            <translation>没有提醒。客户本会在你选定的日子提醒你。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="54" />
            <source>Due</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="54" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="55" />
            <source>Repeats</source>
            <translation>重复</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettings</name>
        <message>
            <location filename="../../views/reminder_settings.py" line="39" />
            <source>Closing the window keeps Kehu running in the tray, so reminders still pop up</source>
            <translation>关闭窗口时让客户本留在系统托盘里继续运行，提醒照常弹出</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="43" />
            <source>On this computer</source>
            <translation>本机设置</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="47" />
            <source>Move reminders that fall on a public holiday to the next working day</source>
            <translation>提醒遇到法定节假日时顺延到下一个工作日</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="59" />
            <source>never</source>
            <translation>不提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="60" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="65" />
            <source>Grade {g}:</source>
            <translation>{g} 类：</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="68" />
            <source>For everyone using this book</source>
            <translation>本客户本的所有用户</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="73" />
            <source>Remind the customer's owner when a customer has not been contacted for:</source>
            <translation>客户多久没有联系时提醒负责人：</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="75" />
            <source>Only an owner may change these.</source>
            <translation>只有老板可以修改这些设置。</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <location filename="../../desktop/tray.py" line="155" />
            <source>Open Kehu</source>
            <translation>打开客户本</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="156" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="158" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="232" />
            <source>Kehu: reminders</source>
            <translation>客户本：提醒</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="233" />
            <source>{n} reminders are due. Click to see them.</source>
            <translation>有 {n} 条提醒到期，点击查看。</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../views/reminder_dialog.py" line="42" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="42" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="42" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="46" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="46" />
            <source>weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="46" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="47" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="68" />
            <source>Every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="68" />
            <source>Every week</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="68" />
            <source>Every month</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="69" />
            <source>Every year</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="71" />
            <source>Every {n} {unit}</source>
            <translation>每 {n} {unit}</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="77" />
            <source>last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="77" />
            <source>day {n}</source>
            <translation>{n} 号</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <location filename="../../views/reminders_page.py" line="330" />
            <location filename="../../views/reminders_page.py" line="378" />
            <source>New reminder</source>
            <translation>新建提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="332" />
            <source>New reminder (N)</source>
            <translation>新建提醒 (N)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="334" />
            <location filename="../../views/reminders_page.py" line="414" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="336" />
            <source>Mark done (Space)</source>
            <translation>标为完成（空格）</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="338" />
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="340" />
            <source>Remind me later (S)</source>
            <translation>稍后再提醒 (S)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="344" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="346" />
            <source>Open the customer or deal (double-click)</source>
            <translation>打开相关客户或商机（双击）</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="348" />
            <source>Space: done · S: snooze · Enter: edit · Del: delete · N: new</source>
            <translation>空格：完成 · S：稍后 · 回车：编辑 · Del：删除 · N：新建</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="353" />
            <source>Reminders of:</source>
            <translation>谁的提醒：</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="381" />
            <source>Show everyone's reminders</source>
            <translation>显示所有人的提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="478" />
            <source>{name} has no open reminders.</source>
            <translation>{name} 没有待办提醒。</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="482" />
            <source>Nothing to remind you of</source>
            <translation>没有要提醒你的事</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="483" />
            <source>Set a reminder for a call or a visit, or log a contact with a customer and set the next follow-up: Kehu lists here what is due, day by day, and adds what its rules find (stalled deals, customers nobody called).</source>
            <translation>为电话或拜访设个提醒，或者登记一次客户联系并定好下次跟进：客户本会按天列出到期的事，并加上规则发现的事（停滞的商机、很久没联系的客户）。</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="416" />
            <source>Snooze…</source>
            <translation>暂缓…</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="418" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="420" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="422" />
            <source>New reminder…</source>
            <translation>新建提醒…</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="424" />
            <source>Open the customer or deal</source>
            <translation>打开相关客户或商机</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="446" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="75" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="75" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="76" />
            <source>Next 7 days</source>
            <translation>未来 7 天</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="77" />
            <source>Later</source>
            <translation>以后</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="85" />
            <source>15 &amp;minutes</source>
            <translation>15 分钟(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="86" />
            <source>1 &amp;hour</source>
            <translation>1 小时(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="87" />
            <source>&amp;Tomorrow morning</source>
            <translation>明天上午(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="88" />
            <source>&amp;Next workday</source>
            <translation>下一个工作日(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="89" />
            <source>&amp;Pick a date…</source>
            <translation>选择日期(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../views/reports_page.py" line="120" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="122" />
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="124" />
            <source>Save charts as PNG…</source>
            <translation>图表存为 PNG…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="126" />
            <source>Export numbers…</source>
            <translation>导出数据…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="133" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="136" />
            <source>Salesperson</source>
            <translation>销售人员</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="188" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="233" />
            <source>The charts could not be drawn: {error}</source>
            <translation>图表无法绘制：{error}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="253" />
            <source>{shop} · {month} · {owner}</source>
            <translation>{shop} · {month} · {owner}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="267" />
            <source>en</source>
            <translation>zh_CN</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="275" />
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="332" />
            <source>Report {month}</source>
            <translation>{month} 月报</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="335" />
            <source>Print report</source>
            <translation>打印报表</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="347" />
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="350" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="362" />
            <source>Saved {n} pages to {path}</source>
            <translation>已保存 {n} 页到 {path}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="370" />
            <source>Save charts as PNG</source>
            <translation>图表存为 PNG</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="386" />
            <source>Saved {n} charts in {folder}</source>
            <translation>已在 {folder} 保存 {n} 张图表</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="394" />
            <source>Export numbers</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="397" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="406" />
            <source>Exported the numbers to {path}</source>
            <translation>数据已导出到 {path}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDialog</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="705" />
            <source>Before “{stage}”</source>
            <translation>进入“{stage}”之前</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="708" />
            <source>To move “{deal}” to {stage}, fill in:</source>
            <translation>要把“{deal}”移到{stage}，请先填写：</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="726" />
            <source>Checklist</source>
            <translation>检查清单</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="733" />
            <source>Move</source>
            <translation>移动</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmation</name>
        <message>
            <location filename="../../views/backup_dialogs.py" line="142" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="144" />
            <source>Restore the backup of {when}?</source>
            <translation>恢复 {when} 的备份吗？</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="146" />
            <source>{customers} customers · {size} · {why}</source>
            <translation>{customers} 个客户 · {size} · {why}</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="148" />
            <source>chosen file</source>
            <translation>选择的文件</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="151" />
            <source>What is in the book now is backed up first, so you can go back to it.</source>
            <translation>会先备份客户本现在的内容，以后还可以恢复回来。</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="152" />
            <source>Then the whole book is replaced by this backup: everything changed since {when} is no longer in it.</source>
            <translation>然后整个客户本换成这个备份：{when} 之后的所有改动都不会再保留。</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="155" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="158" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../views/alerts_page.py" line="276" />
            <location filename="../../views/alerts_page.py" line="294" />
            <source>Mark reviewed</source>
            <translation>标为已审阅</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="278" />
            <source>{what}: what was done about it?</source>
            <translation>{what}：是怎么处理的？</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="281" />
            <source>“{word}” written by {name}. What was done about it?</source>
            <translation>{name} 写了“{word}”。做了什么处理？</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="288" />
            <source>e.g. Talked to her; the customer meant the usual yearly rebate.</source>
            <translation>例如：已沟通，客户说的是正常的年度返利。</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="295" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="302" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+回车</translation>
        </message>
    </context>
    <context>
        <name>RiskSettings</name>
        <message>
            <location filename="../../views/risk_settings.py" line="42" />
            <source>Only an owner may change the risk words.</source>
            <translation>只有店主才能修改风险词。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="44" />
            <source>Kehu marks what is written with one of these words (timeline entries, customer notes, deal notes and next steps) as an alert for an owner to review. Full-width and half-width letters and upper and lower case count as the same.</source>
            <translation>写了这些词的内容（跟进记录、客户备注、商机备注和下一步）会成为预警，由店主审阅。全角和半角、大写和小写都算同一个词。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="54" />
            <source>A new word, e.g. 走私账</source>
            <translation>新的风险词，例如：走私账</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="57" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="59" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="61" />
            <source>Default words</source>
            <translation>默认风险词</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="62" />
            <source>Put back the words Kehu starts with</source>
            <translation>恢复客户本自带的风险词</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="75" />
            <source>Rescan the book</source>
            <translation>重新扫描账本</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="78" />
            <source>Look for the words in everything already written; alerts found before are kept</source>
            <translation>在已写的全部内容中查找这些词；之前的预警都会保留</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="92" />
            <source>0: every export by a salesperson raises an alert</source>
            <translation>0：销售每次导出都会预警</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="96" />
            <source>Alert the owner when a salesperson exports or prints more customers than</source>
            <translation>销售导出或打印的客户超过以下数量时提醒店主</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="100" />
            <source>Salespeople may print customer lists</source>
            <translation>销售可以打印客户名单</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="103" />
            <source>Owners and managers always may; each print is recorded like an export</source>
            <translation>店主和经理始终可以；每次打印都像导出一样记录</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="154" />
            <source>Saved. New text is checked for these words; “Rescan the book” checks what was written before.</source>
            <translation>已保存。新写的内容会检查这些词；“重新扫描账本”检查以前写的内容。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="166" />
            <source>Saved: salespeople may print customer lists.</source>
            <translation>已保存：销售可以打印客户名单。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="167" />
            <source>Saved: salespeople may not print customer lists.</source>
            <translation>已保存：销售不能打印客户名单。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="178" />
            <source>Saved: an export of more than {n} customers by a salesperson raises an alert.</source>
            <translation>已保存：销售一次导出超过 {n} 个客户时会预警。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="188" />
            <source>“{word}” is already in the list.</source>
            <translation>“{word}”已在列表中。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="218" />
            <location filename="../../views/risk_settings.py" line="224" />
            <source>Looking for risk words…</source>
            <translation>正在查找风险词…</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="235" />
            <source>Found {n} new alerts; see Alerts.</source>
            <translation>找到 {n} 条新预警，请到“预警”查看。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="238" />
            <source>No new alerts.</source>
            <translation>没有新预警。</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="244" />
            <source>Rescan cancelled; nothing was changed.</source>
            <translation>已取消扫描，账本没有改动。</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="1330" />
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1331" />
            <source>All rows are written in one go: if you cancel, the book stays as it was.</source>
            <translation>所有行一次写入：如果取消，客户本保持原样。</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1340" />
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../desktop/runner.py" line="144" />
            <location filename="../../desktop/runner.py" line="179" />
            <source>Kehu</source>
            <translation>客户本</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="145" />
            <source>Kehu is still busy with “{title}”. Please wait until it has finished.</source>
            <translation>客户本还在处理“{title}”，请等它完成后再试。</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="146" />
            <source>a task</source>
            <translation>处理一项任务</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="180" />
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="188" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="211" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>SetUpTeamDialog</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="226" />
            <source>Set up the team</source>
            <translation>建立团队</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="227" />
            <source>Set up a team</source>
            <translation>建立团队</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="231" />
            <source>Choose a folder that every PC of the shop can reach: a Windows share, a 坚果云 (Nutstore), Nextcloud or OneDrive folder, a Syncthing folder or a USB stick. Each PC keeps its own copy of the book; Kehu puts only its change files in the shared folder, encrypted with the team passphrase.</source>
            <translation>请选择店里每台电脑都能访问的文件夹：Windows 共享文件夹、坚果云、Nextcloud 或 OneDrive 文件夹、Syncthing 文件夹或 U 盘。每台电脑各自保存一份账本；客户本只把用团队口令加密的变更文件放进共享文件夹。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="236" />
            <source>Never put the book itself (the .sqlite file) in the shared folder: a book that a file-sync tool copies, or that is used over a network share, gets damaged. Keep it on this PC's own disk.</source>
            <translation>绝不要把账本本身（.sqlite 文件）放进共享文件夹：被同步工具复制或通过网络共享使用的账本会损坏。账本要留在这台电脑自己的硬盘上。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="240" />
            <source>The team's shared folder</source>
            <translation>团队的共享文件夹</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="243" />
            <source>The shop's name</source>
            <translation>店名</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="247" />
            <source>At least {n} characters. Each PC that joins types it once. Write it down and keep it safe: without it nobody can read the folder, and Kehu cannot recover it.</source>
            <translation>至少 {n} 个字符。每台加入的电脑输入一次。请记下来并妥善保管：没有它谁也读不了这个文件夹，客户本也无法找回。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="251" />
            <source>Shared folder:</source>
            <translation>共享文件夹：</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="252" />
            <source>Team name:</source>
            <translation>团队名称：</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="253" />
            <source>Team passphrase:</source>
            <translation>团队口令：</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="254" />
            <source>Repeat it:</source>
            <translation>再输入一次：</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="270" />
            <source>Choose the shared folder.</source>
            <translation>请选择共享文件夹。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="274" />
            <source>The folder {folder} does not exist or cannot be reached.</source>
            <translation>文件夹 {folder} 不存在或无法访问。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="278" />
            <source>The book {book} is in that folder. Choose a shared folder that does not hold the book: the book stays on this PC's own disk.</source>
            <translation>账本 {book} 就在这个文件夹里。请选择一个不包含账本的共享文件夹：账本要留在这台电脑自己的硬盘上。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="293" />
            <source>Setting up the team…</source>
            <translation>正在建立团队…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="90" />
            <location filename="../../views/settings_dialog.py" line="199" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="96" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="97" />
            <source>Custom fields</source>
            <translation>自定义字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="98" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="140" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="78" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="212" />
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="220" />
            <source>The name of your shop</source>
            <translation>你的店名</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="223" />
            <source>Interface language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="224" />
            <source>Shop name:</source>
            <translation>店名：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="267" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="268" />
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="269" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="270" />
            <source>Choice</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="276" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="103" />
            <source>Pipeline</source>
            <translation>销售流程</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="108" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="115" />
            <source>Risk words</source>
            <translation>风险词</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="120" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="125" />
            <source>Grading</source>
            <translation>评级</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="130" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="138" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="233" />
            <source>The {tab} tab was not saved: correct it, or press Cancel.</source>
            <translation>“{tab}”选项卡未保存：请修改后再确定，或按“取消”。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="276" />
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="276" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="280" />
            <source>Add field…</source>
            <translation>添加字段…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="282" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="292" />
            <source>Extra fields every customer card has, beside the built-in ones.</source>
            <translation>除了自带的字段以外，每张客户卡片还会有这些字段。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="337" />
            <source>Remove field</source>
            <translation>移除字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="338" />
            <source>Remove the field “{label}”? Its values stay in the book and come back with Undo.</source>
            <translation>要移除字段“{label}”吗？已填的内容仍保存在账本里，撤销后会回来。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="351" />
            <source>Only an owner may change users.</source>
            <translation>只有店主才能修改用户。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="358" />
            <source>Add user…</source>
            <translation>添加用户…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="360" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="362" />
            <source>Set password…</source>
            <translation>设置密码…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="364" />
            <source>Hand over customers…</source>
            <translation>移交客户…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="390" />
            <source>Set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="390" />
            <source>None</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="391" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="391" />
            <source>Disabled</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="399" />
            <source>Signed in now</source>
            <translation>当前登录</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDateDialog</name>
        <message>
            <location filename="../../views/reminders_page.py" line="275" />
            <source>Snooze until</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="284" />
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="285" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="289" />
            <source>Remind me again on:</source>
            <translation>再次提醒的时间：</translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <location filename="../../views/pipeline_settings.py" line="324" />
            <source>Add stage</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="324" />
            <source>Edit stage</source>
            <translation>编辑阶段</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="328" />
            <source>e.g. Sample sent</source>
            <translation>例如：已寄样品</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="337" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="363" />
            <source>e.g. Quote approved by the boss</source>
            <translation>例如：报价已经老板确认</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="366" />
            <location filename="../../views/pipeline_settings.py" line="392" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="369" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="385" />
            <source>Name:</source>
            <translation>阶段名称：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="386" />
            <source>Default probability:</source>
            <translation>默认成交概率：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="387" />
            <source>Stalled after:</source>
            <translation>超过几天算停滞：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="388" />
            <source>Required fields:</source>
            <translation>必填项：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="390" />
            <source>A deal moves into this stage only when these are filled in.</source>
            <translation>这些都填好了，商机才能进入这个阶段。</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="391" />
            <source>Checklist:</source>
            <translation>检查清单：</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="392" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>StepsDialog</name>
        <message>
            <location filename="../../views/steps.py" line="201" />
            <source>History of changes</source>
            <translation>修改历史</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="204" />
            <source>Everyone's steps</source>
            <translation>所有人的操作</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>Where</source>
            <translation>在哪台电脑</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="214" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="223" />
            <source>Undo this step</source>
            <translation>撤销这一步</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="229" />
            <source>Verify…</source>
            <translation>校验…</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="231" />
            <source>Check that nobody changed the history outside Kehu</source>
            <translation>检查是否有人在客户本之外改动了修改记录</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="238" />
            <source>The newest steps, newest first.</source>
            <translation>最近的操作，最新的在前。</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="256" />
            <source>this PC</source>
            <translation>本机</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="256" />
            <source>another PC</source>
            <translation>其他电脑</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="276" />
            <source>Only an owner may undo another user's step.</source>
            <translation>只有店主可以撤销别人的操作。</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="293" />
            <source>Undone: {what}</source>
            <translation>已撤销：{what}</translation>
        </message>
    </context>
    <context>
        <name>TeamDialogs</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="147" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="163" />
            <source>The team passphrase has at least {n} characters.</source>
            <translation>团队口令至少要有 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="169" />
            <source>The two passphrases are not the same.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="210" />
            <source>Kehu could not use the folder: {reason}</source>
            <translation>客户本无法使用这个文件夹：{reason}</translation>
        </message>
    </context>
    <context>
        <name>TeamSettings</name>
        <message>
            <location filename="../../views/team_settings.py" line="189" />
            <source>A team keeps one customer book on several PCs and laptops: each keeps its own copy on its own disk, and the copies stay in step through a folder they share — a Windows share on the office PC, 坚果云 (Nutstore), Nextcloud, OneDrive, Syncthing or a USB stick. Only Kehu's encrypted change files go to that folder, never the book itself. Kehu syncs in the background, also after working offline.</source>
            <translation>团队让几台电脑和笔记本共用一个客户账本：每台在自己的硬盘上保存一份，通过一个共享文件夹保持同步——办公室电脑上的 Windows 共享文件夹、坚果云、Nextcloud、OneDrive、Syncthing 或 U 盘。放进这个文件夹的只有客户本加密过的变更文件，绝不是账本本身。客户本在后台同步，离线工作之后也会补上。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="194" />
            <source>Set up a team…</source>
            <translation>建立团队…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="198" />
            <source>Set up the team on this PC with this book; then on each other PC choose File &gt; Join a team…</source>
            <translation>在这台电脑上用这个账本建立团队；然后在其他每台电脑上选择“文件 &gt; 加入团队…”。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="201" />
            <source>The shop's owner sets the team up on their PC. Then, on this PC, choose File &gt; Join a team… to get the team's book.</source>
            <translation>由店主在自己的电脑上建立团队。然后在这台电脑上选择“文件 &gt; 加入团队…”获取团队账本。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="224" />
            <source>Shared folder:</source>
            <translation>共享文件夹：</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="225" />
            <source>PC</source>
            <translation>电脑</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="225" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="225" />
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="226" />
            <source>Kehu</source>
            <translation>客户本</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="231" />
            <source>The PCs appear after the first sync of this session.</source>
            <translation>本次启动后第一次同步完成时，这里会列出各台电脑。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="236" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="239" />
            <source>Remove from the team…</source>
            <translation>移出团队…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="242" />
            <source>For a lost laptop or someone who left: its later changes are not taken in</source>
            <translation>用于丢失的笔记本或离职的人：之后它的修改不再被接收</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="244" />
            <source>Approve…</source>
            <translation>批准…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="247" />
            <source>Let this PC receive the customers its user may see, sealed for it alone</source>
            <translation>让这台电脑收到其用户可以查看的客户，只有它能解开</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="249" />
            <source>Leave the team…</source>
            <translation>退出团队…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="294" />
            <source>{name} (this PC)</source>
            <translation>{name}（本机）</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="303" />
            <source>{user} (waiting for the owner's approval)</source>
            <translation>{user}（等待店主批准）</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="304" />
            <source>(nobody signed in yet)</source>
            <translation>（尚无人登录）</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="358" />
            <source>The team is set up in {folder}. On each other PC, choose File &gt; Join a team… and type the team passphrase.</source>
            <translation>团队已建立在 {folder}。请在其他每台电脑上选择“文件 &gt; 加入团队…”，并输入团队口令。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="362" />
            <source>This PC has no keyring to keep the team key in, so Kehu will ask for the team passphrase once each time it starts.</source>
            <translation>这台电脑没有可保存团队密钥的系统密钥环，所以客户本每次启动时会询问一次团队口令。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="364" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="372" />
            <source>Approve a PC</source>
            <translation>批准电脑</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="373" />
            <source>Approve {pc} for {user}? From its next sync on it receives the customers {user} may see, with their whole history, sealed so that only that PC can read them.</source>
            <translation>批准 {pc} 给 {user} 使用？从下次同步起，它会收到 {user} 可以查看的客户及其全部历史，加密后只有这台电脑能读取。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="385" />
            <source>Remove a PC</source>
            <translation>移出电脑</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="386" />
            <source>Remove {pc} from the team? Its changes from now on are not taken in, and it stops syncing the next time it tries. What that PC already holds stays on it.</source>
            <translation>把 {pc} 移出团队吗？从现在起不再接收它的修改，它下次同步时会停止同步。那台电脑上已有的数据仍留在它上面。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="409" />
            <source>Sync once first: Kehu needs the team passphrase for this.</source>
            <translation>请先同步一次：这需要团队口令。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="418" />
            <source>Kehu could not use the folder: {reason}</source>
            <translation>客户本无法使用这个文件夹：{reason}</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="428" />
            <location filename="../../views/team_settings.py" line="438" />
            <source>Leave the team</source>
            <translation>退出团队</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="429" />
            <source>This PC stops syncing with the team. Its book stays as it is, with everything in it, and the other PCs go on without it. To sync again later, this PC joins the team again as a new copy. Leave the team?</source>
            <translation>这台电脑将停止与团队同步。它的账本保持原样，内容都在，其他电脑照常工作。以后要再同步，这台电脑需要作为新副本重新加入团队。确定退出团队吗？</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="439" />
            <source>A sync is running; leave the team when it has finished.</source>
            <translation>正在同步；请在同步完成后再退出团队。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="448" />
            <source>This PC has left the team; its book stays as it is.</source>
            <translation>这台电脑已退出团队；它的账本保持原样。</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../../desktop/team_sync.py" line="62" />
            <source>Join a team…</source>
            <translation>加入团队…</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="66" />
            <source>Your shop already uses Kehu on another PC? Get the team's book here.</source>
            <translation>店里别的电脑已经在用客户本？在这里获取团队账本。</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="173" />
            <source>Syncing with the team…</source>
            <translation>正在与团队同步…</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="230" />
            <source>Sync would remove customers</source>
            <translation>同步将删除客户</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="231" />
            <source>Taking in the other PCs' changes would remove {n} of the {total} customers in this PC's book (they were deleted on another PC). If the team folder is only partly there, say No and check it first.

Remove the {n} customers?</source>
            <translation>接收其他电脑的修改将从本机账本的 {total} 个客户中删除 {n} 个（它们已在另一台电脑上被删除）。如果团队文件夹可能不完整，请选“否”并先检查。

删除这 {n} 个客户吗？</translation>
        </message>
    </context>
    <context>
        <name>TicketDialog</name>
        <message>
            <location filename="../../views/ticket_dialog.py" line="95" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="208" />
            <source>What is the customer's problem or request?</source>
            <translation>客户遇到了什么问题，或有什么需求？</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="223" />
            <source>What the customer said, order or product, what was tried</source>
            <translation>客户怎么说的、哪张订单或哪个产品、已经试过什么</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="230" />
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="235" />
            <source>Problem:</source>
            <translation>问题：</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="236" />
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="237" />
            <source>Handled by:</source>
            <translation>处理人：</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="238" />
            <source>Due by:</source>
            <translation>截止时间：</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="239" />
            <source>Description:</source>
            <translation>描述：</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="247" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="247" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="248" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="248" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="252" />
            <location filename="../../views/ticket_dialog.py" line="516" />
            <source>Delete ticket</source>
            <translation>删除工单</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="261" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="271" />
            <source>A note for the next step (when resolving: how it was resolved)</source>
            <translation>这一步的备注（解决时：写明怎么解决的）</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="287" />
            <source>Satisfaction call</source>
            <translation>满意度回访</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="293" />
            <source>How satisfied is the customer? (1 very unhappy … 5 very happy)</source>
            <translation>客户满意吗？（1 很不满意 … 5 很满意）</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="306" />
            <source>What the customer said</source>
            <translation>客户怎么说</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="309" />
            <source>1 or 2 alerts the owner.</source>
            <translation>1 或 2 分会提醒老板。</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="312" />
            <location filename="../../views/ticket_dialog.py" line="423" />
            <source>Record the call</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="332" />
            <source>New ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="333" />
            <source>New ticket for {name}</source>
            <translation>为 {name} 新建工单</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="357" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="382" />
            <source>Ticket {number}</source>
            <translation>工单 {number}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="383" />
            <source>{number} · {name}</source>
            <translation>{number} · {name}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="385" />
            <source>State: {state}</source>
            <translation>状态：{state}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="388" />
            <source>due by {when}</source>
            <translation>截止 {when}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="393" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="394" />
            <source>Customer replied</source>
            <translation>客户已回复</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="395" />
            <source>Start work</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="396" />
            <source>Wait for the customer</source>
            <translation>等待客户</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="397" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="398" />
            <source>Close ticket</source>
            <translation>关闭工单</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="399" />
            <source>The SLA clock is paused while waiting for the customer</source>
            <translation>等待客户期间，时限计时暂停</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="400" />
            <source>Write how it was resolved in the note; a reminder to call the customer is made for the next workday</source>
            <translation>在备注里写明怎么解决的；下一个工作日会有回访客户的提醒</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="402" />
            <source>Close without a satisfaction call</source>
            <translation>不做满意度回访，直接关闭</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="414" />
            <source>Recorded on {when}: {score}/5 {note}</source>
            <translation>{when} 已记录：{score}/5 {note}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="418" />
            <source>Record again</source>
            <translation>重新记录</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="420" />
            <source>Resolved: {resolution}</source>
            <translation>解决办法：{resolution}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="517" />
            <source>Delete ticket {number}? Undo brings it back.</source>
            <translation>删除工单 {number}？撤销可以恢复。</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="103" />
            <source>Time taken {used} of {given}</source>
            <translation>已用 {used}，时限 {given}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="105" />
            <source>Time taken {used}</source>
            <translation>已用 {used}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="107" />
            <source>paused {n} while waiting for the customer</source>
            <translation>等待客户暂停 {n}</translation>
        </message>
    </context>
    <context>
        <name>TicketList</name>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="90" />
            <source>New ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="91" />
            <source>Write down a complaint or request of this customer, who handles it and by when</source>
            <translation>记下这个客户的投诉或需求、由谁处理、何时之前办好</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="99" />
            <source>SLA clock paused until the customer replies</source>
            <translation>时限计时暂停，等客户回复</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="101" />
            <source>SLA clock paused until the customer replies ({left} left)</source>
            <translation>时限计时暂停，等客户回复（还剩 {left}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="105" />
            <source>Overdue: it was due by {when}</source>
            <translation>已超时：原定 {when} 之前办好</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="107" />
            <source>Due by {when}</source>
            <translation>{when} 之前办好</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="109" />
            <source>Satisfaction {score}/5 {note}</source>
            <translation>满意度 {score}/5 {note}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="112" />
            <source>Resolved on {when}: the satisfaction call is due</source>
            <translation>{when} 已解决：待满意度回访</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="124" />
            <source>Tickets ({n} open)</source>
            <translation>工单（{n} 个未完成）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="125" />
            <source>Tickets ({n})</source>
            <translation>工单（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="126" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="131" />
            <source>No tickets. A complaint or request written down here is followed up: who handles it, by when, and a call to ask whether the customer is satisfied.</source>
            <translation>没有工单。在这里记下的投诉或需求都会跟进到底：谁处理、何时办好，办完再打电话问客户是否满意。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="68" />
            <source>Log a {kind}</source>
            <translation>记录{kind}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="77" />
            <source>What happened? Ctrl+Enter saves</source>
            <translation>这次联系的情况如何？按 Ctrl+Enter 保存</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="83" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="85" />
            <source>Add to the timeline (Ctrl+Enter)</source>
            <translation>加入跟进记录（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="106" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="107" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="108" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="109" />
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="110" />
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="111" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="112" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="159" />
            <source>Nothing logged yet. Write down each call or visit above, so the whole team knows where things stand.</source>
            <translation>还没有跟进记录。在上面记下每次电话或拜访，全店的人都能知道进展。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="168" />
            <source>Show all {n} entries</source>
            <translation>显示全部 {n} 条</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <location filename="../../views/widgets.py" line="379" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="545" />
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="545" />
            <source>Edit user</source>
            <translation>编辑用户</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="555" />
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="556" />
            <source>Role:</source>
            <translation>身份：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="558" />
            <source>An owner may do everything. A manager sees the customers of their team (everyone's until someone is put in their team), reviews alerts, empties the trash and takes imports back, but changes no settings or users. A salesperson sees their own customers, those of nobody and those shared with them, and changes their own.</source>
            <translation>店主可以做任何事。经理能看到自己团队的客户（在有人加入其团队之前可看到所有人的客户），审阅预警，清空回收站，撤回导入，但不能更改设置或用户。店员能看到自己的客户、公海客户和共享给他的客户，并修改自己的客户。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="640" />
            <source>Optional</source>
            <translation>可不填</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="571" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="572" />
            <source>Repeat password:</source>
            <translation>再输一次：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="584" />
            <source>More than one person will use this book, so you need a password as its owner; otherwise anyone could sign in as you. Choose it here:</source>
            <translation>这个客户本将由多人使用，作为店主您需要设置密码，否则任何人都能以您的身份登录。请在这里设置：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="586" />
            <source>Your password:</source>
            <translation>您的密码：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="587" />
            <source>Repeat your password:</source>
            <translation>再输一次：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="592" />
            <source>No manager</source>
            <translation>无经理</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="598" />
            <source>Manager:</source>
            <translation>经理：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="599" />
            <source>Active (may sign in)</source>
            <translation>启用（可以登录）</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="610" />
            <source>{name} has {n} customers: choose who takes them over when {name} is disabled.</source>
            <translation>{name} 名下有 {n} 个客户：停用 {name} 时，请选择由谁接手。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="613" />
            <source>Customers go to:</source>
            <translation>客户移交给：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="622" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="622" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="639" />
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="645" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一样。</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../views/verify_dialog.py" line="152" />
            <source>Verify the change log</source>
            <translation>校验修改记录</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="156" />
            <source>Every change Kehu records is sealed to the one before it, PC by PC. Verifying reads every entry and shows, for each PC, whether its record is as Kehu wrote it or the first entry that was altered, deleted or inserted outside Kehu.</source>
            <translation>客户本记下的每一条修改都按电脑与前一条封存相连。校验会读取每一条记录，并逐台电脑显示：记录是否与客户本写下的一致，或者第一条在客户本之外被改动、删除或插入的记录。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="167" />
            <source>PC</source>
            <translation>电脑</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="167" />
            <source>Entries checked</source>
            <translation>已校验条数</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="168" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="183" />
            <source>Verify again</source>
            <translation>重新校验</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="187" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="213" />
            <location filename="../../views/verify_dialog.py" line="219" />
            <source>Verifying the change log…</source>
            <translation>正在校验修改记录…</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="222" />
            <source>Not verified: Kehu was busy. Try again in a moment.</source>
            <translation>未校验：客户本正忙，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="240" />
            <source>PC {id}</source>
            <translation>电脑 {id}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="257" />
            <source>Verifying was cancelled; nothing was checked.</source>
            <translation>校验已取消，未作任何检查。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="263" />
            <source>The change log could not be read.</source>
            <translation>无法读取修改记录。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="50" />
            <source>Another PC</source>
            <translation>另一台电脑</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="46" />
            <source>This PC</source>
            <translation>本机</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="69" />
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="69" />
            <source>contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="70" />
            <source>contact log entry</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="70" />
            <source>deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="71" />
            <source>reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="71" />
            <source>user</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="71" />
            <source>setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="72" />
            <source>alert</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="72" />
            <source>pipeline stage</source>
            <translation>销售阶段</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="72" />
            <source>order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="73" />
            <source>payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="73" />
            <source>product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="73" />
            <source>export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="74" />
            <source>shared customer</source>
            <translation>共享客户</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="96" />
            <source>changed {field} of {record}</source>
            <translation>修改了{record}的{field}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="48" />
            <source>Another PC ({names})</source>
            <translation>另一台电脑（{names}）</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="57" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="58" />
            <source>An entry was altered</source>
            <translation>有记录被改动</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="59" />
            <source>An entry was inserted</source>
            <translation>有记录被插入</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="60" />
            <source>Entries were deleted</source>
            <translation>有记录被删除</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="61" />
            <source>The newest entries were deleted</source>
            <translation>最新的记录被删除</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="80" />
            <source>{noun} “{name}”</source>
            <translation>{noun}“{name}”</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="81" />
            <source>{noun} {id}</source>
            <translation>{noun} {id}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="88" />
            <source>added {record}</source>
            <translation>新增了{record}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="90" />
            <source>deleted {record} for good</source>
            <translation>彻底删除了{record}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="104" />
            <source>All {n} entries of this PC's change log are as Kehu wrote them.</source>
            <translation>这台电脑的修改记录共 {n} 条，都与客户本写下的一致。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="122" />
            <source>{n} entries of this PC were checked. What it recorded from there on cannot be vouched for: compare with a backup from before, and ask who could open this PC's book file.</source>
            <translation>已校验这台电脑的 {n} 条记录。从这里往后它记下的内容无法保证：请与之前的备份对照，并查问谁能打开这台电脑上的账本文件。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="139" />
            <source>The change log of {k} of {pcs} PCs was changed outside Kehu; {n} entries checked.</source>
            <translation>{pcs} 台电脑中有 {k} 台的修改记录在客户本之外被改动；共校验 {n} 条。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="117" />
            <source>That entry says: on {when}, {who}, in the step “{step}”, {change}.</source>
            <translation>该记录显示：{when}，{who} 在“{step}”这一步中{change}。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="134" />
            <source>All {n} entries of this book's change log are as Kehu wrote them.</source>
            <translation>本账本的修改记录共 {n} 条，都与客户本写下的一致。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="137" />
            <source>All {n} entries of {pcs} PCs are as Kehu wrote them.</source>
            <translation>{pcs} 台电脑的修改记录共 {n} 条，都与客户本写下的一致。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="49" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="109" />
            <source>Entry number {seq} was altered outside Kehu after it was written.</source>
            <translation>第 {seq} 条记录写下后在客户本之外被改动。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="110" />
            <source>Entry number {seq} was inserted outside Kehu: Kehu did not write it.</source>
            <translation>第 {seq} 条记录是在客户本之外插入的，并非客户本写下。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="111" />
            <source>Entries were deleted outside Kehu just before entry number {seq}.</source>
            <translation>第 {seq} 条记录之前有记录在客户本之外被删除。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="112" />
            <source>The newest entries were deleted outside Kehu, after entry number {seq}.</source>
            <translation>第 {seq} 条记录之后最新的记录在客户本之外被删除。</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="119" />
            <source>an unknown user</source>
            <translation>未知用户</translation>
        </message>
    </context>
    <context>
        <name>_FolderRow</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="111" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../views/backup_dialogs.py" line="396" />
            <location filename="../../desktop/errors.py" line="64" />
            <location filename="../../desktop/app.py" line="222" />
            <location filename="../../desktop/app.py" line="201" />
            <location filename="../../desktop/app.py" line="77" />
            <location filename="../../views/context.py" line="79" />
            <source>Kehu</source>
            <translation>客户本</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="30" />
            <source>{path} already exists; Kehu does not overwrite a book. Choose another name.</source>
            <translation>{path} 已存在，客户本不会覆盖账本。请换一个文件名。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="65" />
            <source>{path} is not a mapping file: {reason}</source>
            <translation>{path} 不是列对应文件：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="71" />
            <source>{month} is not a month: write it as YYYY-MM, for example 2026-03.</source>
            <translation>{month} 不是月份：请写成 YYYY-MM，例如 2026-03。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="72" />
            <source>There is no salesperson called {name} in this book.</source>
            <translation>这个账本里没有叫 {name} 的销售人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="73" />
            <source>{name}: a report is written as .pdf or .xlsx.</source>
            <translation>{name}：报告只能保存为 .pdf 或 .xlsx。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="81" />
            <source>{path} already exists; Kehu does not overwrite it. Choose another name.</source>
            <translation>{path} 已存在，客户本不会覆盖它。请换一个文件名。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="82" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="83" />
            <source>There is no active user called {name} in this book.</source>
            <translation>这个客户本里没有名叫 {name} 的在用用户。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="84" />
            <source>More than one person uses this book: say who you are with --user NAME.</source>
            <translation>这个客户本由多人使用：请用 --user 名字 说明您是谁。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="86" />
            <source>{name} has a password: type it at a terminal, or give a file that holds it with --password-file FILE.</source>
            <translation>{name} 设有密码：请在终端里输入，或用 --password-file 文件 指定存放密码的文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="88" />
            <source>The password file {path} cannot be read: {reason}.</source>
            <translation>无法读取密码文件 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="91" />
            <source>The two passwords are not the same; nothing was changed.</source>
            <translation>两次输入的密码不一致，什么都没有改。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="92" />
            <source>{name} has no password yet, and a book more than one person uses needs one: choose it at a terminal, or give a file that holds it with --password-file FILE.</source>
            <translation>{name} 还没有密码，而多人使用的客户本必须设置密码：请在终端里设置，或用 --password-file FILE 给出存有密码的文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="95" />
            <source>Kehu met a problem it did not expect ({kind}); nothing more was done. The details are in {log}.</source>
            <translation>客户本遇到了意外的问题（{kind}），没有再做任何操作。详细信息在 {log}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="97" />
            <source>Kehu could not finish: {reason}. Nothing more was done.</source>
            <translation>客户本无法完成：{reason}。没有再做任何操作。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="98" />
            <source>Stopped; what was not finished was not written.</source>
            <translation>已停止；未完成的内容没有写入。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="33" />
            <source>There is no user called {name} in this book.</source>
            <translation>本账本中没有名为 {name} 的用户。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="34" />
            <source>There is no stage called {name} in this book.</source>
            <translation>本账本中没有名为 {name} 的阶段。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="35" />
            <source>There is no step {op} in this book's history.</source>
            <translation>本账本的修改历史中没有 {op} 这一步。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="36" />
            <source>{op} is the start of more than one step's id: give more of it.</source>
            <translation>有不止一步的编号以 {op} 开头，请多写几位。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="37" />
            <source>The passphrase file {path} cannot be read: {reason}.</source>
            <translation>无法读取口令文件 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="38" />
            <source>This PC does not keep the team key: give the team passphrase with --passphrase-file FILE.</source>
            <translation>这台电脑没有保存团队密钥：请用 --passphrase-file 文件 提供团队口令。</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="65" />
            <source>Something went wrong: {error}</source>
            <translation>出错了：{error}</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="67" />
            <source>Your book is safe. The details were written to the log file:
{path}</source>
            <translation>账本没有受影响。详细信息已写入日志文件：
{path}</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="41" />
            <source>There is no such alert.</source>
            <translation>没有这条预警。</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="42" />
            <source>A risk word may have at most {count} characters.</source>
            <translation>风险词最多 {count} 个字。</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="43" />
            <source>A risk alert points to this text, so only an owner or a manager may delete it.</source>
            <translation>这段内容有风险预警，只有店主或经理才能删除。</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="70" />
            <source>The backup could not be written to {folder}: {reason}. The book was not changed.</source>
            <translation>无法把备份写入 {folder}：{reason}。客户本没有改动。</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="72" />
            <source>{path} cannot be restored: {reason}. Nothing was changed.</source>
            <translation>{path} 不能恢复：{reason}。没有做任何改动。</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="73" />
            <source>The book {path} is damaged ({detail}). Kehu has not changed it.</source>
            <translation>客户本 {path} 已损坏（{detail}）。客户本程序没有改动它。</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="74" />
            <source>The backup folder {folder} cannot be used: {reason}.</source>
            <translation>备份文件夹 {folder} 不能使用：{reason}。</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="75" />
            <source>Kehu could not save to {path}: {reason}. Nothing was lost: what you were saving was not written, and the book is as it was before.</source>
            <translation>无法保存到 {path}：{reason}。没有丢失任何内容：这次要保存的内容没有写入，客户本保持原样。</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="78" />
            <source>it is not an SQLite database</source>
            <translation>它不是 SQLite 数据库</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="79" />
            <source>it is not a Kehu book</source>
            <translation>它不是客户本文件</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="80" />
            <source>it was written by a newer Kehu (book version {found})</source>
            <translation>它由更新版本的客户本写入（版本 {found}）</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="81" />
            <source>it holds things Kehu did not make ({objects}); a backup holds only data</source>
            <translation>其中有不是客户本建立的对象（{objects}）；备份只应包含数据</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="83" />
            <source>it fails SQLite's integrity check ({detail})</source>
            <translation>它没有通过 SQLite 完整性检查（{detail}）</translation>
        </message>
        <message>
            <location filename="../../models/core/book.py" line="45" />
            <source>The book is damaged; Kehu does not write to it, so nothing was saved.</source>
            <translation>客户本已损坏，客户本程序不会写入它，所以没有保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../models/core/book.py" line="46" />
            <source>Kehu is still checking the book; nothing was saved. Please try again in a moment.</source>
            <translation>正在检查客户本，没有保存任何内容。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="13" />
            <source>There is nothing to undo.</source>
            <translation>没有可以撤销的操作。</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="14" />
            <source>There is nothing to redo.</source>
            <translation>没有可以重做的操作。</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="15" />
            <source>This cannot be undone: the records were changed since.</source>
            <translation>无法撤销：这些记录后来又被改动过了。</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="16" />
            <source>This cannot be undone or redone by a salesperson: a risk alert points to the text it would take away. An owner or a manager may do it.</source>
            <translation>店员不能撤销或重做这一步：它会去掉有风险预警的内容。店主或经理可以这样做。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="24" />
            <source>SQLite integrity check: {detail}</source>
            <translation>SQLite 完整性检查：{detail}</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="25" />
            <source>Row {rowid} of table {table} points to a missing row of {parent}.</source>
            <translation>表 {table} 的第 {rowid} 行指向 {parent} 中不存在的一行。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="26" />
            <source>The book's schema version is {found}, expected {known}.</source>
            <translation>账本的结构版本是 {found}，应为 {known}。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="27" />
            <source>{count} customers have no name (for example record {example}).</source>
            <translation>有 {count} 位客户没有名称（例如记录 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="28" />
            <source>{count} customers have a grade other than A, B or C (for example {example}).</source>
            <translation>有 {count} 位客户的等级不是 A、B 或 C（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="29" />
            <source>{count} customers are missing from the search index (for example {example}).</source>
            <translation>有 {count} 位客户不在搜索索引里（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="30" />
            <source>{count} search index entries belong to no customer (for example row {example}).</source>
            <translation>有 {count} 条搜索索引不属于任何客户（例如第 {example} 行）。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="31" />
            <source>{table} record {example} has an invalid mobile number: {value}</source>
            <translation>{table} 的记录 {example} 手机号码无效：{value}</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="32" />
            <source>{count} more {table} records have invalid mobile numbers.</source>
            <translation>{table} 中另有 {count} 条记录的手机号码无效。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="33" />
            <source>{count} operations have an unknown state (for example {example}).</source>
            <translation>有 {count} 个操作的状态未知（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="34" />
            <source>{count} audit entries belong to no operation (for example {example}).</source>
            <translation>有 {count} 条操作日志不属于任何操作（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="35" />
            <source>The book has no active owner.</source>
            <translation>账本里没有启用中的店主。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="36" />
            <source>The book holds things Kehu did not make: {objects}.</source>
            <translation>客户本中有不是客户本建立的对象：{objects}。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="37" />
            <source>The change log of PC {device} was altered outside Kehu: entry {entry} (number {seq}) does not match its hash.</source>
            <translation>电脑 {device} 的修改记录在客户本之外被改动过：条目 {entry}（第 {seq} 条）与它的哈希不符。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="39" />
            <source>The change log of PC {device} has an entry inserted outside Kehu: entry {entry} (number {seq}).</source>
            <translation>电脑 {device} 的修改记录中有在客户本之外插入的条目：{entry}（第 {seq} 条）。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="41" />
            <source>The change log of PC {device} lost entries deleted outside Kehu: right before entry {entry} (number {seq}).</source>
            <translation>电脑 {device} 的修改记录有条目在客户本之外被删除：就在条目 {entry}（第 {seq} 条）之前。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="43" />
            <source>The change log of PC {device} lost its newest entries, deleted outside Kehu after entry {entry} (number {seq}).</source>
            <translation>电脑 {device} 的修改记录最新的条目在客户本之外被删除：条目 {entry}（第 {seq} 条）之后的都不见了。</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="47" />
            <source>The -wal file beside the book does not fit it (another book's, or damaged: {detail}); the book's own file is intact. Move the -wal file away while no Kehu has the book open.</source>
            <translation>客户本旁边的 -wal 文件与它不符（属于另一个客户本，或已损坏：{detail}）；客户本文件本身完好。请在没有客户本打开它时把这个 -wal 文件移走。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="67" />
            <source>{path} is not a Kehu book (not an SQLite database).</source>
            <translation>{path} 不是客户本的账本（它不是 SQLite 数据库）。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="68" />
            <source>{path} cannot be read: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="69" />
            <source>{path} was written by a newer version of Kehu (book version {found}, this Kehu reads up to {known}). Please update Kehu; the book was not changed.</source>
            <translation>{path} 是用更新版本的客户本保存的（账本版本 {found}，当前的客户本最高只能读取版本 {known}）。请先升级客户本；账本没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="74" />
            <source>{path} is an SQLite database but not a Kehu book; it was not changed.</source>
            <translation>{path} 是 SQLite 数据库，但不是客户本的账本；文件没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="75" />
            <source>The book {path} is already open in another Kehu window or program.</source>
            <translation>账本 {path} 已经在另一个客户本窗口或其他程序中打开了。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="76" />
            <source>{path} does not exist.</source>
            <translation>找不到 {path}。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="77" />
            <source>{path} holds things Kehu did not make ({objects}). A book holds only data, so Kehu does not use this one; it was not changed.</source>
            <translation>{path} 中有不是客户本建立的对象（{objects}）。客户本只应包含数据，因此不使用这个文件；文件没有被更改。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="82" />
            <source>The book {path} is read-only (its file or folder cannot be written); nothing was saved. Copy it to a folder you may write to, and open the copy.</source>
            <translation>客户本 {path} 是只读的（文件或所在文件夹不能写入）；没有保存任何内容。请把它复制到可以写入的文件夹，再打开副本。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="85" />
            <source>The book {path} is read-only and was written by an older Kehu; it must be upgraded, which needs writing. Copy it to a folder you may write to, and open the copy.</source>
            <translation>客户本 {path} 是只读的，且由旧版客户本写成；需要升级，而升级需要写入。请把它复制到可以写入的文件夹，再打开副本。</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="90" />
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="91" />
            <source>the folder is read-only</source>
            <translation>文件夹是只读的</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="92" />
            <source>Kehu may not write there</source>
            <translation>客户本没有写入那里的权限</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="93" />
            <source>the folder does not exist</source>
            <translation>文件夹不存在</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="94" />
            <source>the disk reported an error</source>
            <translation>磁盘报告了错误</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="95" />
            <source>it is a folder, not a file</source>
            <translation>它是文件夹，不是文件</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="96" />
            <source>a part of the path is a file, not a folder</source>
            <translation>路径中的某一部分是文件，不是文件夹</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="97" />
            <source>the name is too long</source>
            <translation>名称太长</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="98" />
            <source>the book is open in another Kehu window or program</source>
            <translation>客户本正在另一个窗口或程序中打开</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="99" />
            <source>the file is damaged</source>
            <translation>文件已损坏</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="100" />
            <source>it is not a file (a device, a pipe or a socket)</source>
            <translation>它不是普通文件（是设备、管道或套接字）</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="101" />
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="102" />
            <source>Kehu may not read it</source>
            <translation>客户本没有读取它的权限</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="103" />
            <source>there is not enough memory</source>
            <translation>内存不足</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="31" />
            <source>{value} is not an amount (write it as 1234.50, 1,234.50 or 1.2万).</source>
            <translation>{value} 不是金额（可写成 1234.50、1,234.50 或 1.2万）。</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="32" />
            <source>{value} has too many decimals: {currency} amounts have at most {places} decimals.</source>
            <translation>{value} 的小数位太多：{currency} 金额最多 {places} 位小数。</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="34" />
            <source>{value} has decimals, but {currency} amounts have none.</source>
            <translation>{value} 带有小数，但 {currency} 金额没有小数。</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="35" />
            <source>{value} is not in {currency}, the currency chosen for it.</source>
            <translation>{value} 不是所选币种 {currency} 的金额。</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="36" />
            <source>{value} is too large for an amount.</source>
            <translation>{value} 作为金额太大了。</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="37" />
            <source>{value} is not a currency code (three letters, such as CNY or USD).</source>
            <translation>{value} 不是币种代码（三个字母，例如 CNY 或 USD）。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="41" />
            <source>Only an owner may do this.</source>
            <translation>只有店主才能进行这项操作。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="42" />
            <source>Only an owner or a manager may do this.</source>
            <translation>只有店主或经理才能进行这项操作。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="43" />
            <source>Nobody is signed in to this book.</source>
            <translation>当前没有用户登录这个客户本。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="44" />
            <source>This customer belongs to another salesperson: only they, a manager or an owner may change it.</source>
            <translation>这是其他店员的客户：只有该店员、经理或店主才能修改。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="102" />
            <source>Only an owner can restore a backup.</source>
            <translation>只有老板可以恢复备份。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="105" />
            <source>Only the person who made the import, a manager or an owner may take it back.</source>
            <translation>只有导入的人、经理或店主才能撤销这次导入。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="113" />
            <source>You may not export or print customer lists.</source>
            <translation>你没有导出或打印客户名单的权限。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="118" />
            <source>You may not print customer lists: the owner decides who may (Settings &gt; Risk words).</source>
            <translation>你无权打印客户名单：由店主决定谁可以打印（设置 &gt; 风险词）。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="135" />
            <source>Only the customer's salesperson, a manager or an owner may share it.</source>
            <translation>只有这个客户的销售、经理或店主可以共享它。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="152" />
            <source>This order belongs to another salesperson: only they, a manager or an owner may change it.</source>
            <translation>这张订单属于另一位销售：只有他本人、经理或老板可以修改。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="163" />
            <source>Only an owner may confirm or reject a payment.</source>
            <translation>只有老板可以确认或驳回回款。</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="175" />
            <source>This ticket is handled by another salesperson: only they, the customer's salesperson, a manager or an owner may change it.</source>
            <translation>这张工单由另一位销售处理：只有处理人、客户的负责销售、经理或老板可以修改。</translation>
        </message>
        <message>
            <location filename="../../models/core/scopes.py" line="45" />
            <source>This customer is not among those you may see.</source>
            <translation>这个客户不在你可查看的范围内。</translation>
        </message>
        <message>
            <location filename="../../models/core/scopes.py" line="46" />
            <source>{name} was handed over to someone else: you may read it until {day}, but not change anything of it.</source>
            <translation>{name} 已交接给他人：你可查看到 {day}，但不能修改其任何内容。</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="33" />
            <source>There is no setting called {key}.</source>
            <translation>没有名为 {key} 的设置。</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="34" />
            <source>The setting {key} cannot take the value {value}.</source>
            <translation>设置 {key} 不能取值 {value}。</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="35" />
            <source>The setting {key} belongs to this PC, not to the book.</source>
            <translation>设置 {key} 属于这台电脑，不属于客户本。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="22" />
            <source>{value} does not look like a mobile number (11 digits starting with 1).</source>
            <translation>{value} 不像手机号码（手机号是以 1 开头的 11 位数字）。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="23" />
            <source>{value} does not look like a phone number.</source>
            <translation>{value} 不像电话号码。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="24" />
            <source>{value} does not look like an e-mail address.</source>
            <translation>{value} 不像电子邮箱地址。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="25" />
            <source>{value} is not a date (write it as 2024-01-31).</source>
            <translation>{value} 不是日期（请写成 2024-01-31 这样的格式）。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="26" />
            <source>The grade must be A, B or C.</source>
            <translation>客户等级只能是 A、B 或 C。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="27" />
            <source>The customer needs a name.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="28" />
            <source>{value} is not a number.</source>
            <translation>{value} 不是数字。</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="29" />
            <source>{value} is not one of the choices of this field.</source>
            <translation>{value} 不在这个字段的可选项里。</translation>
        </message>
        <message>
            <location filename="../../models/core/writer.py" line="22" />
            <source>Kehu is still busy with “{task}”; nothing was saved yet. Please try again when it has finished.</source>
            <translation>客户本正忙于“{task}”，这次还没有保存。请等它完成后再试一次。</translation>
        </message>
        <message>
            <location filename="../../models/core/writer.py" line="24" />
            <source>Kehu is still writing to the book; nothing was saved yet. Please try again in a moment.</source>
            <translation>客户本正在写入账本，这次还没有保存。请稍后再试一次。</translation>
        </message>
        <message>
            <location filename="../../models/customers/clash.py" line="49" />
            <source>Already another salesperson's customer (mobile {value}); the owner has been told.</source>
            <translation>已是其他销售的客户（手机 {value}），已通知店主。</translation>
        </message>
        <message>
            <location filename="../../models/customers/clash.py" line="51" />
            <source>Already another salesperson's customer (phone {value}); the owner has been told.</source>
            <translation>已是其他销售的客户（电话 {value}），已通知店主。</translation>
        </message>
        <message>
            <location filename="../../models/customers/clash.py" line="53" />
            <source>Already another salesperson's customer (name {value}); the owner has been told.</source>
            <translation>已是其他销售的客户（名称 {value}），已通知店主。</translation>
        </message>
        <message>
            <location filename="../../models/customers/export.py" line="35" />
            <source>Kehu cannot export to {name}: choose a file name ending in .csv or .xlsx.</source>
            <translation>客户本无法导出到 {name}：请选择以 .csv 或 .xlsx 结尾的文件名。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="75" />
            <location filename="../../models/customers/export.py" line="38" />
            <source>{path} cannot be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="20" />
            <source>Unknown kind of contact: {value}.</source>
            <translation>未知的联系方式：{value}。</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="21" />
            <source>The field needs a name.</source>
            <translation>请填写字段名称。</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="22" />
            <source>There is already a field called {value}.</source>
            <translation>已经有一个叫“{value}”的字段了。</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="23" />
            <source>A choice field needs at least one choice.</source>
            <translation>选项字段至少要有一个选项。</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="24" />
            <source>The contact person needs a name.</source>
            <translation>请填写联系人的姓名。</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="25" />
            <source>Write what happened.</source>
            <translation>请写下这次联系的情况。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="74" />
            <location filename="../../models/team/users.py" line="17" />
            <location filename="../../models/reminders/labels.py" line="39" />
            <location filename="../../models/orders/labels.py" line="73" />
            <location filename="../../models/deals/labels.py" line="58" />
            <location filename="../../models/customers/sharing.py" line="16" />
            <location filename="../../models/customers/operations.py" line="26" />
            <source>There is no such user.</source>
            <translation>没有这个用户。</translation>
        </message>
        <message>
            <location filename="../../models/customers/sharing.py" line="15" />
            <source>There is no such customer.</source>
            <translation>没有这个客户。</translation>
        </message>
        <message>
            <location filename="../../models/customers/sharing.py" line="17" />
            <source>{name} owns this customer already.</source>
            <translation>{name} 已是这个客户的负责人。</translation>
        </message>
        <message>
            <location filename="../../models/customers/sharing.py" line="18" />
            <source>This customer is not shared with {name}.</source>
            <translation>这个客户没有共享给 {name}。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="53" />
            <source>The deal needs a title.</source>
            <translation>请填写商机名称。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="54" />
            <source>Choose the customer of the deal.</source>
            <translation>请选择这个商机的客户。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="72" />
            <location filename="../../models/team/pool.py" line="54" />
            <location filename="../../models/reports/grading.py" line="39" />
            <location filename="../../models/reminders/labels.py" line="40" />
            <location filename="../../models/orders/labels.py" line="69" />
            <location filename="../../models/deals/labels.py" line="55" />
            <source>There is no such customer, or it is in the trash.</source>
            <translation>没有这个客户，或者它已在回收站里。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="56" />
            <source>The amount cannot be less than 0.</source>
            <translation>金额不能小于 0。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="57" />
            <source>The probability must be a whole number from 0 to 100.</source>
            <translation>成交概率必须是 0 到 100 之间的整数。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="41" />
            <location filename="../../models/orders/labels.py" line="71" />
            <location filename="../../models/deals/labels.py" line="59" />
            <source>There is no such deal.</source>
            <translation>没有这个商机。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="60" />
            <source>There is no such stage.</source>
            <translation>没有这个阶段。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="61" />
            <source>This deal is already won or lost; reopen it first.</source>
            <translation>这个商机已经赢单或输单，请先重新打开。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="62" />
            <source>This deal is still open.</source>
            <translation>这个商机还在进行中。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="63" />
            <source>Choose why the deal was lost.</source>
            <translation>请选择输单原因。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="64" />
            <source>This stage needs: {fields}</source>
            <translation>进入此阶段需要先填写：{fields}</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="65" />
            <source>The stage needs a name.</source>
            <translation>请填写阶段名称。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="66" />
            <source>There is already a stage called {value}.</source>
            <translation>已经有一个叫“{value}”的阶段了。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="67" />
            <source>The days before a deal counts as stalled must be 0 or more.</source>
            <translation>停滞天数必须是 0 或更大的整数。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="68" />
            <source>A stage cannot require {value}.</source>
            <translation>阶段不能把“{value}”设为必填。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="69" />
            <source>The pipeline needs at least one stage.</source>
            <translation>销售漏斗至少要保留一个阶段。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="70" />
            <source>Choose another stage for the deals of the deleted stage.</source>
            <translation>请为被删除阶段里的商机选择另一个阶段。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="71" />
            <source>The new order must list every stage once.</source>
            <translation>新的顺序必须包含每个阶段，且每个只出现一次。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="72" />
            <source>Keep at least one reason for lost deals.</source>
            <translation>至少要保留一个输单原因。</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="73" />
            <source>Snooze for at least one day.</source>
            <translation>至少要暂缓提醒一天。</translation>
        </message>
        <message>
            <location filename="../../models/demo/__init__.py" line="34" />
            <source>{path} already exists; a demo book is only written to a new file.</source>
            <translation>{path} 已经存在；演示账本只会写到新文件里。</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="45" />
            <source>There is no import {batch} in this book.</source>
            <translation>这个客户本里没有导入 {batch}。</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="46" />
            <source>The import of {file} was already undone.</source>
            <translation>{file} 的导入已经撤销过了。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="65" />
            <source>The product needs a name.</source>
            <translation>产品需要名称。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="66" />
            <source>There is no such product, or it was deleted.</source>
            <translation>没有这个产品，或已删除。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="67" />
            <source>{product} is priced in {currency}; the order is in {order}.</source>
            <translation>{product} 以 {currency} 计价，而订单币种是 {order}。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="68" />
            <source>The price cannot be less than 0.</source>
            <translation>价格不能小于 0。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="70" />
            <source>Choose the customer of the order.</source>
            <translation>请选择订单的客户。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="72" />
            <source>That deal belongs to another customer.</source>
            <translation>该商机属于另一个客户。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="74" />
            <source>There is no such order.</source>
            <translation>没有这张订单。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="75" />
            <source>Choose the date of the order.</source>
            <translation>请选择订单日期。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="76" />
            <source>Order {number} is confirmed: it changes only by voiding it and issuing a replacement.</source>
            <translation>订单 {number} 已确认：只能作废并开具替代订单来修改。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="78" />
            <source>Order {number} is not confirmed.</source>
            <translation>订单 {number} 尚未确认。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="79" />
            <source>Order {number} is void.</source>
            <translation>订单 {number} 已作废。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="80" />
            <source>The order needs at least one line.</source>
            <translation>订单至少需要一行明细。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="81" />
            <source>Line {line}: choose a product or describe what is sold.</source>
            <translation>第 {line} 行：请选择产品或填写所售内容。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="82" />
            <source>{value} is not a quantity (a number with at most 3 decimals, such as 2.5).</source>
            <translation>{value} 不是数量（最多 3 位小数的数字，如 2.5）。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="84" />
            <source>Line {line}: the quantity must be more than 0.</source>
            <translation>第 {line} 行：数量必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="85" />
            <source>Line {line}: the discount {value} is not an amount or a percentage from 0 to 100.</source>
            <translation>第 {line} 行：折扣 {value} 不是金额，也不是 0 到 100 的百分比。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="87" />
            <source>Line {line}: the discount is more than the line's amount.</source>
            <translation>第 {line} 行：折扣超过了该行金额。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="88" />
            <source>The order's total must be more than 0.</source>
            <translation>订单总额必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="89" />
            <source>Say why the order is void.</source>
            <translation>请说明作废原因。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="90" />
            <source>Say why the payment is rejected.</source>
            <translation>请说明驳回回款的原因。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="91" />
            <source>Unknown payment terms: {value}.</source>
            <translation>未知的付款条件：{value}。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="92" />
            <source>The shares of the payment terms must be whole percents that add up to 100.</source>
            <translation>付款条件的各期比例必须是整数百分比，合计 100。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="94" />
            <source>The days of the payment terms must be a whole number, 0 or more.</source>
            <translation>付款条件的天数必须是 0 或以上的整数。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="95" />
            <source>The number of instalments must be from 1 to 120.</source>
            <translation>分期数必须在 1 到 120 之间。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="96" />
            <source>The payment plan needs at least one row.</source>
            <translation>回款计划至少需要一期。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="97" />
            <source>Row {row} of the payment plan: the amount must be more than 0.</source>
            <translation>回款计划第 {row} 期：金额必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="98" />
            <source>Row {row} of the payment plan needs a due date.</source>
            <translation>回款计划第 {row} 期需要到期日。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="99" />
            <source>Row {row} of the payment plan is due before the order's date.</source>
            <translation>回款计划第 {row} 期的到期日早于订单日期。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="100" />
            <source>The payment plan adds up to {plan}, but the order's total is {total}.</source>
            <translation>回款计划合计 {plan}，但订单总额是 {total}。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="101" />
            <source>There is no such payment.</source>
            <translation>没有这笔回款。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="102" />
            <source>The amount received must be more than 0.</source>
            <translation>收款金额必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="103" />
            <source>Give the date the money was received.</source>
            <translation>请填写实际收款日期。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="104" />
            <source>The money cannot have been received after today ({value}).</source>
            <translation>收款日期不能晚于今天（{value}）。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="105" />
            <source>Unknown way of payment: {value}.</source>
            <translation>未知的付款方式：{value}。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="106" />
            <source>Order {number} belongs to another customer.</source>
            <translation>订单 {number} 属于另一个客户。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="107" />
            <source>Order {number} is in {order}; the payment is in {currency}.</source>
            <translation>订单 {number} 的币种是 {order}，而回款是 {currency}。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="108" />
            <source>This payment is already confirmed.</source>
            <translation>这笔回款已确认。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="109" />
            <source>This payment was rejected.</source>
            <translation>这笔回款已被驳回。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="110" />
            <source>Only a payment waiting for confirmation can be changed or deleted.</source>
            <translation>只有待确认的回款可以修改或删除。</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="111" />
            <source>The aging edges must be whole days, more than 0 and rising (such as 30, 60, 90).</source>
            <translation>账龄分段必须是大于 0 且递增的整数天数（如 30、60、90）。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="25" />
            <source>The reminder needs a title.</source>
            <translation>提醒需要一个标题。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="26" />
            <source>Choose when the reminder is due.</source>
            <translation>请选择提醒的时间。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="27" />
            <source>{value} is not a date and time (write it as 2024-01-31 09:00).</source>
            <translation>{value} 不是日期和时间（请写成 2024-01-31 09:00）。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="28" />
            <source>The priority must be low, normal or high.</source>
            <translation>优先级只能是低、普通或高。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="29" />
            <source>Unknown kind of reminder: {value}.</source>
            <translation>未知的提醒类型：{value}。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="30" />
            <source>Repeat every 1 or more days, weeks, months or years.</source>
            <translation>重复周期须为每 1 个或以上的天、周、月或年。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="31" />
            <source>Choose the weekdays from Monday to Sunday.</source>
            <translation>请从星期一到星期日中选择重复的日子。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="32" />
            <source>The day of the month must be from 1 to 31.</source>
            <translation>每月的日期必须在 1 到 31 之间。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="33" />
            <source>There is no such reminder.</source>
            <translation>没有这个提醒。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="34" />
            <source>This reminder is already done.</source>
            <translation>这个提醒已经完成了。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="35" />
            <source>This reminder is still open.</source>
            <translation>这个提醒还没有完成。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="36" />
            <source>Choose when to be reminded again.</source>
            <translation>请选择什么时候再次提醒。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="37" />
            <source>Choose a time after now.</source>
            <translation>请选择现在以后的时间。</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="38" />
            <source>The days without contact must be a whole number, 0 or more.</source>
            <translation>未联系天数必须是 0 或更大的整数。</translation>
        </message>
        <message>
            <location filename="../../models/reports/grading.py" line="37" />
            <source>A grade's thresholds must be numbers of 0 or more.</source>
            <translation>等级的各项门槛必须是 0 或更大的数字。</translation>
        </message>
        <message>
            <location filename="../../models/reports/grading.py" line="38" />
            <source>Choose grade A, B or C.</source>
            <translation>请选择 A、B 或 C 级。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="37" />
            <source>Choose who takes the customers over.</source>
            <translation>请选择由谁接手这些客户。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="38" />
            <source>{name} already has these customers: choose someone else to take them.</source>
            <translation>这些客户本来就是 {name} 的，请选择其他人接手。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="39" />
            <source>{name} is not an active user: customers can only go to an active user.</source>
            <translation>{name} 已停用，客户只能移交给在用的用户。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="40" />
            <source>Customers are shared out in turn or to whoever has fewest.</source>
            <translation>客户只能轮流分配，或分给客户最少的人。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="41" />
            <source>{name} has no customers that match: nothing was handed over.</source>
            <translation>{name} 名下没有符合条件的客户，未移交任何客户。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="42" />
            <source>{name} is leaving (not an active user): read-only access is for a transfer, not for a leaver.</source>
            <translation>{name} 已停用（离职）：只读权限用于调岗交接，不给离职人员。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="44" />
            <source>The day read-only access ends ({day}) has passed: choose today or a later day.</source>
            <translation>只读截止日（{day}）已过：请选择今天或以后的日期。</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="46" />
            <source>“{value}” is not a day: write it as YYYY-MM-DD, e.g. 2026-06-30.</source>
            <translation>“{value}”不是日期：请按 YYYY-MM-DD 填写，例如 2026-06-30。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="53" />
            <source>Choose the customers first.</source>
            <translation>请先选择客户。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="55" />
            <source>{name} is not in the public pool: someone has it already.</source>
            <translation>{name}不在公海中：已有人领取。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="56" />
            <source>{name} is in the public pool already.</source>
            <translation>{name}已在公海中。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="57" />
            <source>{name} has open deals, open orders or money still owed: hand it over to someone instead of giving it back to the pool.</source>
            <translation>{name}有进行中的商机、未完成的订单或未收回的欠款：请把它移交给他人，而不是退回公海。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="59" />
            <source>You may hold at most {limit} customers and hold {held}: give some back or ask the owner.</source>
            <translation>您最多可持有 {limit} 个客户，现有 {held} 个：请先退回一些，或联系店主。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="61" />
            <source>You may claim at most {limit} customers a day and have claimed {done} today.</source>
            <translation>您每天最多可领取 {limit} 个客户，今天已领取 {done} 个。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="63" />
            <source>You gave {name} back to the pool on {day}: you may claim it again from {until}.</source>
            <translation>您在 {day} 把{name}退回了公海：{until} 起才能再次领取。</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="68" />
            <source>The days of the pool's rules must be whole numbers, 0 or more.</source>
            <translation>公海规则的天数必须是 0 或更大的整数。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="13" />
            <source>The user needs a name.</source>
            <translation>请填写用户的名字。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="14" />
            <source>A user is an owner, a manager or a salesperson.</source>
            <translation>用户的角色只能是店主、经理或店员。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="15" />
            <source>The book needs at least one active owner.</source>
            <translation>账本至少要保留一位启用中的店主。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="16" />
            <source>The password is not right.</source>
            <translation>密码不对。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="18" />
            <source>{name} still has {n} customers. Choose who takes them over before {name} is deactivated: no customer is left without an owner.</source>
            <translation>{name} 名下还有 {n} 个客户。停用 {name} 前请先选择由谁接手，客户不能没有负责人。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="20" />
            <source>Set a password for yourself first: when more than one person uses the book, an owner needs a password, or anyone could sign in as the owner.</source>
            <translation>请先为自己设置密码：客户本由多人使用时，店主必须有密码，否则任何人都能以店主身份登录。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="23" />
            <source>{name} needs a password: when more than one person uses the book, every owner and manager needs one.</source>
            <translation>{name} 需要设置密码：客户本由多人使用时，每位店主和经理都必须有密码。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="25" />
            <source>{name} has no password yet. More than one person uses this book, so choose a password for {name} now.</source>
            <translation>{name} 还没有密码。这个客户本由多人使用，请现在为 {name} 设置密码。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="27" />
            <source>Too many wrong passwords for {name}. Try again in {n} seconds.</source>
            <translation>{name} 的密码输错次数太多，请 {n} 秒后再试。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="28" />
            <source>Too many wrong passwords for {name}. Try again in {n} minutes.</source>
            <translation>{name} 的密码输错次数太多，请 {n} 分钟后再试。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="29" />
            <source>The password is not right. After too many wrong tries, {name} can try again in {n} seconds.</source>
            <translation>密码不对。输错次数太多，{name} 要等 {n} 秒后才能再试。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="31" />
            <source>The password is not right. After too many wrong tries, {name} can try again in {n} minutes.</source>
            <translation>密码不对。输错次数太多，{name} 要等 {n} 分钟后才能再试。</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="172" />
            <source>Only a manager can lead a team.</source>
            <translation>只有经理可以带团队。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="64" />
            <source>The ticket needs a title: what is the customer's problem?</source>
            <translation>工单需要标题：客户遇到了什么问题？</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="65" />
            <source>Unknown kind of ticket: {value}.</source>
            <translation>未知的工单类型：{value}。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="66" />
            <source>The priority must be low, normal, high or urgent.</source>
            <translation>优先级必须是低、普通、高或紧急。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="67" />
            <source>Unknown ticket state: {value}.</source>
            <translation>未知的工单状态：{value}。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="68" />
            <source>Ticket {number} cannot go from “{old}” to “{new}”.</source>
            <translation>工单 {number} 不能从“{old}”变为“{new}”。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="69" />
            <source>{value} is not a date (write it as 2024-01-31 or 2024-01-31 18:00).</source>
            <translation>{value} 不是日期（请写成 2024-01-31 或 2024-01-31 18:00）。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="70" />
            <source>Write down how the ticket was resolved.</source>
            <translation>请写下工单是怎么解决的。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="71" />
            <source>There is no such ticket.</source>
            <translation>没有这张工单。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="73" />
            <source>There is no such order of this customer.</source>
            <translation>这个客户没有这张订单。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="75" />
            <source>The satisfaction must be a whole number from 1 to 5.</source>
            <translation>满意度必须是 1 到 5 的整数。</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="76" />
            <source>Ticket {number} is not resolved yet: the satisfaction call comes after it is resolved.</source>
            <translation>工单 {number} 还没有解决：解决之后才做满意度回访。</translation>
        </message>
        <message>
            <location filename="../../importers/limits.py" line="44" />
            <source>{file}: sheet {sheet} has {columns} columns with data; Kehu imports up to {limit} columns. Copy the columns you need into a new sheet and import that.</source>
            <translation>{file}：工作表 {sheet} 有 {columns} 列数据；客户本最多导入 {limit} 列。请把需要的列复制到新的工作表，再导入它。</translation>
        </message>
        <message>
            <location filename="../../importers/limits.py" line="49" />
            <source>{file}: sheet {sheet} spans {rows} rows and {columns} columns, more than Kehu reads at a time ({limit} million cells). Split it into smaller files.</source>
            <translation>{file}：工作表 {sheet} 有 {rows} 行、{columns} 列，超过客户本一次能读取的数量（{limit} 百万个单元格）。请拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../../importers/limits.py" line="54" />
            <source>{file} could not be read: the reader needed more memory than Kehu allows ({limit} MB) or stopped. Nothing was imported. If the file opens in its program, save it there as .xlsx or .csv and import the new file.</source>
            <translation>无法读取 {file}：读取它需要的内存超过客户本允许的上限（{limit} MB），或读取中途停止。没有导入任何内容。如果文件能在原来的程序中打开，请在那里另存为 .xlsx 或 .csv，再导入新文件。</translation>
        </message>
        <message>
            <location filename="../../importers/mapping.py" line="31" />
            <source>Column {letter}</source>
            <translation>第 {letter} 列</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="24" />
            <source>Excel may have rounded {value}; check the number</source>
            <translation>Excel 可能已将 {value} 四舍五入，请核对号码</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="25" />
            <source>Excel has rounded {value} and its digits are lost; type the number again</source>
            <translation>Excel 已将 {value} 四舍五入，原来的数字已丢失，请重新输入号码</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="28" />
            <source>Only the mobile number was kept from {value}</source>
            <translation>{value} 中只保留了手机号</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="29" />
            <source>{value} was stored as a number and lost its leading zero; check the number</source>
            <translation>{value} 被存成了数字，丢失了开头的 0，请核对号码</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="32" />
            <source>ambiguous date {value}: write it as 2024-01-05</source>
            <translation>日期 {value} 有歧义：请写成 2024-01-05 的格式</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="33" />
            <source>Only the first e-mail address was kept; {value} was left out</source>
            <translation>只保留了第一个邮箱，{value} 未导入</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="34" />
            <source>{value} is not a grade (A, B or C)</source>
            <translation>{value} 不是客户等级（A、B 或 C）</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="73" />
            <source>No column is imported as the customer name: choose one.</source>
            <translation>没有哪一列导入为客户名称：请选择一列。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="74" />
            <source>Unknown choice for duplicates: {value} (skip, fill, overwrite or create).</source>
            <translation>未知的重复处理方式：{value}（可选 skip、fill、overwrite 或 create）。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="103" />
            <source>The row has no product name.</source>
            <translation>该行没有产品名称。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="104" />
            <source>The row has no customer.</source>
            <translation>该行没有客户。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="105" />
            <source>The order has no date that can be read.</source>
            <translation>订单没有可识别的日期。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="106" />
            <source>The order has no lines and no total that can be read.</source>
            <translation>订单既没有明细，也没有可识别的总额。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="107" />
            <source>Already in the catalogue as {name}.</source>
            <translation>产品目录中已有：{name}。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="108" />
            <source>Same product as row {line} of the file.</source>
            <translation>与文件第 {line} 行是同一产品。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="109" />
            <source>The price of {name} changes from {old} to {new}.</source>
            <translation>{name} 的价格由 {old} 改为 {new}。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="110" />
            <source>Order {number} is already in the book.</source>
            <translation>订单 {number} 已在账本中。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="111" />
            <source>The same order (customer, date and total) is already in the book.</source>
            <translation>账本中已有相同的订单（客户、日期和总额都相同）。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="113" />
            <source>{name} is not a customer in the book.</source>
            <translation>{name} 不是账本中的客户。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="114" />
            <source>The order is cancelled in the file; not imported.</source>
            <translation>该订单在文件中已取消，不导入。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="123" />
            <source>Row {line}: the line has no quantity, price or amount that can be read; left out.</source>
            <translation>第 {line} 行：没有可识别的数量、单价或金额，该明细已略过。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="125" />
            <source>Row {line}: the amount {amount} is not quantity × price − discount; the file's amount is kept.</source>
            <translation>第 {line} 行：金额 {amount} 不等于 数量 × 单价 − 折扣，以文件中的金额为准。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="127" />
            <source>The lines add up to {lines}, the file says {total}; the lines are kept.</source>
            <translation>明细合计为 {lines}，文件中写的是 {total}，以明细为准。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="129" />
            <source>{value} is not a user of this book; the order goes to the customer's salesperson.</source>
            <translation>{value} 不是本账本的用户，订单归客户的负责销售。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="131" />
            <source>{value}: the currency cannot be read; CNY is used.</source>
            <translation>{value}：无法识别币种，按人民币（CNY）处理。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="132" />
            <source>Row {line} names another customer than the first row of order {number}; the first row's customer is kept.</source>
            <translation>第 {line} 行的客户与订单 {number} 第一行不同，以第一行的客户为准。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="134" />
            <source>No column is imported as {field}: choose one.</source>
            <translation>没有列导入为“{field}”：请选择一列。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="135" />
            <source>Unknown choice: {value}.</source>
            <translation>未知的选项：{value}。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="116" />
            <source>Price: {value} cannot be read; left out.</source>
            <translation>单价：无法识别 {value}，已略过。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="117" />
            <source>Quantity: {value} cannot be read; left out.</source>
            <translation>数量：无法识别 {value}，已略过。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="118" />
            <source>Discount: {value} cannot be read; left out.</source>
            <translation>折扣：无法识别 {value}，已略过。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="119" />
            <source>Amount: {value} cannot be read; left out.</source>
            <translation>金额：无法识别 {value}，已略过。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="120" />
            <source>Order total: {value} cannot be read; left out.</source>
            <translation>订单总额：无法识别 {value}，已略过。</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="121" />
            <source>Paid amount: {value} cannot be read; left out.</source>
            <translation>已收金额：无法识别 {value}，已略过。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="36" />
            <source>{file} is empty: there is nothing in it to import.</source>
            <translation>{file} 是空文件，没有可导入的内容。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="37" />
            <source>{file} is not a file Kehu can import. Kehu reads Excel workbooks (.xlsx, .xlsm, .xls), OpenDocument spreadsheets (.ods), CSV and text files (.csv, .tsv, .txt) and contacts (.vcf).</source>
            <translation>{file} 不是客户本能导入的文件。客户本可以读取 Excel 工作簿（.xlsx、.xlsm、.xls）、OpenDocument 表格（.ods）、CSV 和文本文件（.csv、.tsv、.txt）以及通讯录（.vcf）。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="43" />
            <source>{file} is not a text file (it holds binary data). Kehu reads CSV and text files saved as text; for a workbook, save it from Excel as .xlsx.</source>
            <translation>{file} 不是文本文件（其中是二进制数据）。客户本读取以文本保存的 CSV 和文本文件；如果是工作簿，请在 Excel 中另存为 .xlsx。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="48" />
            <source>{file} is damaged or incomplete and cannot be read. Open it in the program that made it, save it again and import the new file.</source>
            <translation>{file} 已损坏或不完整，无法读取。请在生成它的程序中打开并重新保存，然后导入新文件。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="53" />
            <source>{file} is protected with a password; open it in Excel, save it without a password, and import it again.</source>
            <translation>{file} 设有密码保护；请在 Excel 中打开，取消密码后保存，再重新导入。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="58" />
            <source>{file} would unpack to {size} MB, far more than a spreadsheet needs; it was not opened.</source>
            <translation>{file} 解压后将有 {size} MB，远超表格所需，未打开该文件。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="62" />
            <source>{file}: row {row} holds a cell of more than 1 MB; this is not a list Kehu can import.</source>
            <translation>{file}：第 {row} 行有一个超过 1 MB 的单元格，这不是客户本能导入的名单。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="66" />
            <source>{file} is {size} MB; Kehu imports text files of up to {limit} MB at a time.</source>
            <translation>{file} 有 {size} MB；客户本一次最多导入 {limit} MB 的文本文件。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="67" />
            <source>{file} is an Excel file older than Excel 95. Open it in Excel, save it as .xlsx and import that file.</source>
            <translation>{file} 是比 Excel 95 更早的 Excel 文件。请在 Excel 中打开并另存为 .xlsx，再导入该文件。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="72" />
            <source>{file} has no sheet named {sheet}.</source>
            <translation>{file} 中没有名为 {sheet} 的工作表。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="73" />
            <source>{file}: sheet {sheet} holds no rows; there is nothing in it to import.</source>
            <translation>{file}：工作表“{sheet}”里没有数据行，没有可导入的内容。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="74" />
            <source>This line has a quote (") that is never closed; it was read as typed, and the lines after it as rows of their own.</source>
            <translation>这一行有一个没有配对的引号（"）；这一行按原样读取，后面的各行各自作为一行读取。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="76" />
            <source>{file} is a web page (HTML) with no table in it, not a spreadsheet. Open the list in the program it came from and export it as Excel or CSV.</source>
            <translation>{file} 是一个网页（HTML），里面没有表格，不是电子表格。请在导出它的系统里把名单导出为 Excel 或 CSV。</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="81" />
            <source>{file} is an XML file, not a spreadsheet Kehu can read. Open it in Excel, save it as .xlsx and import that file.</source>
            <translation>{file} 是一个 XML 文件，不是客户本能读取的电子表格。请用 Excel 打开，另存为 .xlsx 后导入那个文件。</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <location filename="../../views/customer_table.py" line="82" />
            <source>Healthy</source>
            <translation>健康</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="83" />
            <source>Needs attention</source>
            <translation>需关注</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="84" />
            <source>At risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="29" />
            <source>Last contact {days} days ago.</source>
            <translation>上次联系在 {days} 天前。</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="30" />
            <source>No contact for {days} days.</source>
            <translation>已 {days} 天没有联系。</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="31" />
            <source>No contact for {days} days: call soon.</source>
            <translation>已 {days} 天没有联系：请尽快联系。</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="32" />
            <source>Not contacted yet; added {days} days ago.</source>
            <translation>还没有联系过；{days} 天前添加。</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="33" />
            <source>{overdue} overdue reminders.</source>
            <translation>{overdue} 个提醒已逾期。</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="34" />
            <source>{overdue} overdue reminders: follow up now.</source>
            <translation>{overdue} 个提醒已逾期：请马上跟进。</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="35" />
            <source>Paid {on_time}% of what fell due in 12 months on time.</source>
            <translation>近 12 个月到期的款项按时付了 {on_time}%。</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="36" />
            <source>Paid only {on_time}% of what fell due in 12 months on time: ask about the money.</source>
            <translation>近 12 个月到期的款项只按时付了 {on_time}%：该催款了。</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <location filename="../../importers/plan.py" line="836" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="57" />
            <location filename="../../views/import_wizard.py" line="990" />
            <source>The row has no customer name.</source>
            <translation>这一行没有客户名称。</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="48" />
            <source>changed after the import</source>
            <translation>导入后有改动</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="49" />
            <source>has contacts or contact people added after the import</source>
            <translation>导入后添加了联系记录或联系人</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="50" />
            <source>{field} was changed after the import</source>
            <translation>导入后改动了{field}</translation>
        </message>
        <message>
            <location filename="../../models/orders/imports.py" line="26" />
            <source>the order has payments or changes made after the import</source>
            <translation>导入后该订单有了收款或改动</translation>
        </message>
        <message>
            <location filename="../../models/orders/imports.py" line="27" />
            <source>the product was changed or used on an order after the import</source>
            <translation>导入后该产品被修改过或已用在订单上</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="58" />
            <source>Already in the book as {name}.</source>
            <translation>客户本里已有：{name}。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="59" />
            <source>Same customer as row {line} of the file.</source>
            <translation>与文件第 {line} 行是同一个客户。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="60" />
            <source>The name is like {name}, already in the book.</source>
            <translation>名称与客户本里的 {name} 相近。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="61" />
            <source>Imported before as {name}.</source>
            <translation>以前已导入，为 {name}。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="62" />
            <source>Imported before; the customer it made was deleted since.</source>
            <translation>以前已导入；当时建的客户后来被删除了。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="63" />
            <source>{value} is also of {name}, a different name: the same customer?</source>
            <translation>{value} 也是 {name} 的号码，名称不同：是同一个客户吗？</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="64" />
            <source>{value} is also in row {line} ({name}), a different name: the same customer?</source>
            <translation>{value} 也在第 {line} 行（{name}），名称不同：是同一个客户吗？</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="66" />
            <source>Same name as {name} in the book, and nothing else to tell them apart: the same customer?</source>
            <translation>与账本里的 {name} 同名，又没有别的信息可以区分：是同一个客户吗？</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="68" />
            <source>{person} added as a contact person of row {line}.</source>
            <translation>{person} 已作为第 {line} 行客户的联系人加入。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="69" />
            <source>A total row, not a customer.</source>
            <translation>合计行，不是客户。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="70" />
            <source>A second header row, not a customer.</source>
            <translation>第二个表头行，不是客户。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="71" />
            <source>A note on the list (who made it, when), not a customer.</source>
            <translation>表格的说明行（制表人、日期等），不是客户。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="72" />
            <source>The header again (a new page of the list), not a customer.</source>
            <translation>重复的表头行（表格的下一页），不是客户。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="76" />
            <source>Already another salesperson's customer ({value}): not imported; the owner is told when you import.</source>
            <translation>已是其他销售的客户（{value}）：不导入；导入时会通知店主。</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="79" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="24" />
            <source>{value} is not a user of this book; the customer goes to you.</source>
            <translation>{value} 不是这个客户本的用户；客户归到你名下。</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="25" />
            <source>{value} is not one of the choices of {field}.</source>
            <translation>{value} 不是{field}的可选值之一。</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="26" />
            <source>Some characters of this row could not be read (an encoding the rest of the file does not use); check it.</source>
            <translation>这一行有些字符无法识别（编码与文件其余部分不同），请检查。</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="28" />
            <source>Kept as typed in the notes: {value}</source>
            <translation>已按原样保留在备注里：{value}</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <location filename="../../views/team_settings.py" line="153" />
            <source>Last sync {when}: {sent} changes sent, {taken} taken in.</source>
            <translation>上次同步 {when}：发出 {sent} 条修改，接收 {taken} 条。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="158" />
            <source>In step with the team.</source>
            <translation>已与团队保持一致。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="36" />
            <source>Synced {time} · {n} PCs</source>
            <translation>已同步 {time} · {n} 台电脑</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="37" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="38" />
            <source>Sync paused</source>
            <translation>同步已暂停</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="39" />
            <source>Sync paused: the team folder cannot be reached</source>
            <translation>同步已暂停：无法访问团队文件夹</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="40" />
            <source>Sync paused: the team passphrase is needed</source>
            <translation>同步已暂停：需要团队口令</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="41" />
            <source>Sync paused: Kehu needs an update</source>
            <translation>同步已暂停：客户本需要更新</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="42" />
            <source>This PC was removed from the team</source>
            <translation>这台电脑已被移出团队</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="43" />
            <source>Sync paused: a removal of many customers waits for your answer</source>
            <translation>同步已暂停：一次大量删除客户的同步等待您确认</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="44" />
            <source>A sync would remove {n} of {total} customers from this PC's book. You chose not to go on, so nothing was changed and sync is paused. Check the team folder, then choose Sync now to be asked again.</source>
            <translation>一次同步将从本机账本的 {total} 个客户中删除 {n} 个。您选择了不继续，所以什么都没有改动，同步已暂停。请检查团队文件夹，然后选择“立即同步”再次确认。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="48" />
            <source>waiting for {pcs}</source>
            <translation>等待 {pcs}</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="49" />
            <source>Waiting for files from {pcs}: one of their files has not arrived in this PC's copy of the folder yet. Kehu takes them in at a later sync.</source>
            <translation>等待来自 {pcs} 的文件：它的某个文件还没有到达这台电脑的共享文件夹。客户本会在之后的同步中接收。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="51" />
            <source>files still arriving</source>
            <translation>文件仍在传输中</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="52" />
            <source>{n} files in the team folder have not arrived whole yet, or are damaged. Kehu tries them again at the next sync.</source>
            <translation>团队文件夹中有 {n} 个文件尚未完整到达或已损坏。客户本会在下次同步时重试。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="54" />
            <source>{pcs} run a newer Kehu</source>
            <translation>{pcs} 使用更新版本的客户本</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="55" />
            <source>{pcs} run a newer Kehu: their changes wait in the folder until Kehu is updated on this PC.</source>
            <translation>{pcs} 使用的是较新版本的客户本：它们的修改会留在文件夹里，等这台电脑更新客户本后再同步。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="57" />
            <source>the clock of {pc} is off</source>
            <translation>{pc} 的时钟不准</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="58" />
            <source>The clock of {pc} runs {minutes} minutes ahead. Sync goes on, but check that PC's date and time.</source>
            <translation>{pc} 的时钟快了 {minutes} 分钟。同步照常进行，但请检查那台电脑的日期和时间。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="60" />
            <source>waiting for the owner's approval</source>
            <translation>等待店主批准</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="61" />
            <source>The owner has not approved this PC yet: until then it receives the public pool only, not the customers of {user}. Ask the owner to approve it (Settings &gt; Team).</source>
            <translation>店主还没有批准这台电脑：在此之前它只收到公海客户，收不到{user}的客户。请店主批准（设置 &gt; 团队）。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="64" />
            <source>This PC had been away so long that its copy was made again from the team's newest snapshot; a backup of it was made first.</source>
            <translation>这台电脑离线太久，它的副本已根据团队最新的快照重新生成；重新生成前已做了备份。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="66" />
            <source>This PC's copy was made from the whole book the owner's PC sent it; a backup of the copy it had was made first.</source>
            <translation>这台电脑的账本已换成店主电脑发来的完整账本；换之前已备份原来的账本。</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="68" />
            <source>Sync failed: {reason}</source>
            <translation>同步失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="69" />
            <source>{name} ({user})</source>
            <translation>{name}（{user}）</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/app.py" line="229" />
            <source>Join a team</source>
            <translation>加入团队</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="229" />
            <source>Nobody signed in, so the team's book was not opened and this PC's copy was removed again. Join the team again when you are ready.</source>
            <translation>没有人登录，所以没有打开团队账本，本机副本已删除。准备好后请重新加入团队。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="539" />
            <location filename="../../desktop/app.py" line="220" />
            <location filename="../../desktop/app.py" line="197" />
            <location filename="../../desktop/app.py" line="66" />
            <location filename="../../desktop/app.py" line="48" />
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="248" />
            <source>This PC has no keyring to keep the team key in: Kehu will ask for the team passphrase once each time it starts.</source>
            <translation>这台电脑没有可保存团队密钥的系统密钥环：客户本每次启动时会询问一次团队口令。</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="29" />
            <source>Made a new empty book {path}; {owner} is its owner.</source>
            <translation>已新建空账本 {path}，{owner} 是它的店主。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="32" />
            <source>Wrote a demo book with {count} customers to {path} in {seconds:.1f} s.</source>
            <translation>已在 {seconds:.1f} 秒内把包含 {count} 位客户的演示账本写到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="33" />
            <source>Exported {count} customers to {path}.</source>
            <translation>已将 {count} 位客户导出到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="34" />
            <source>Exported {count} deals to {path}.</source>
            <translation>已导出 {count} 个商机到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="35" />
            <source>Exported {count} rows to {path}.</source>
            <translation>已导出 {count} 行到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="36" />
            <source>No customer owes anything.</source>
            <translation>没有客户欠款。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="37" />
            <source>{name}: owes {owed} {currency} ({buckets})</source>
            <translation>{name}：欠款 {owed} {currency}（{buckets}）</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="38" />
            <source>In all: {owed} {currency}</source>
            <translation>合计：{owed} {currency}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="39" />
            <source>This month in {currency}: expected {expected}, received {received}, recorded and waiting for confirmation {pending}</source>
            <translation>本月（{currency}）：预计 {expected}，已到账 {received}，已登记待确认 {pending}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="41" />
            <source>The book {path} looks fine.</source>
            <translation>账本 {path} 一切正常。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="42" />
            <source>{count} problems found in {path}:</source>
            <translation>在 {path} 中发现 {count} 个问题：</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="43" />
            <source>{file}: {rows} rows; {created} new customers, {updated} updates, {duplicates} duplicates, {skipped} skipped, {errors} cannot be imported.</source>
            <translation>{file}：{rows} 行；新客户 {created} 个，更新 {updated} 个，重复 {duplicates} 个，跳过 {skipped} 个，无法导入 {errors} 行。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="45" />
            <source>{file}: {rows} rows; {created} new orders ({new_customers} new customers), {held} held, {duplicates} already in the book or repeated, {errors} cannot be imported.</source>
            <translation>{file}：{rows} 行；新订单 {created} 张（新客户 {new_customers} 个），暂缓 {held} 张，已在账本中或重复 {duplicates} 行，无法导入 {errors} 行。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="48" />
            <source>{file}: {rows} rows; {created} new products, {updated} new prices, {duplicates} already in the catalogue or repeated, {errors} cannot be imported.</source>
            <translation>{file}：{rows} 行；新产品 {created} 个，新价格 {updated} 个，目录中已有或重复 {duplicates} 行，无法导入 {errors} 行。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="51" />
            <source>  row {row}: {reason}</source>
            <translation>  第 {row} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="52" />
            <source>{file} has {count} sheets with rows: {sheets}. Imported: {chosen} (choose with --sheet NAME, several times, or --all-sheets).</source>
            <translation>{file} 有 {count} 个有数据的工作表：{sheets}。导入的是：{chosen}（用 --sheet 名称 选择，可写多次，或用 --all-sheets）。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="54" />
            <source>{sheet} ({rows} rows)</source>
            <translation>{sheet}（{rows} 行）</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="55" />
            <source>{sheet} ({rows} rows, hidden in the workbook)</source>
            <translation>{sheet}（{rows} 行，在工作簿里隐藏）</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="56" />
            <source>{count} rows held for you to look at (not imported):</source>
            <translation>{count} 行待您确认（未导入）：</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="57" />
            <source>{count} rows imported with a warning:</source>
            <translation>{count} 行导入时有提醒：</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="58" />
            <source>  row {row}: {warning}</source>
            <translation>  第 {row} 行：{warning}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="59" />
            <source>Nothing was written (a preview). Add --yes to import.</source>
            <translation>没有写入任何内容（只是预览）。加上 --yes 才会导入。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="60" />
            <source>Imported as batch {batch}; undo with: undo-import {batch}</source>
            <translation>已导入，批次 {batch}；撤销方法：undo-import {batch}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="61" />
            <source>Undid the import {batch}: {removed} customers removed, {restored} restored.</source>
            <translation>已撤销导入 {batch}：删除 {removed} 个客户，恢复 {restored} 个。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="62" />
            <source>Undid the import {batch}: {removed} orders, products or customers removed, {restored} prices restored.</source>
            <translation>已撤销导入 {batch}：删除订单、产品或客户 {removed} 条，恢复价格 {restored} 个。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="64" />
            <source>  kept {name}: {reason}</source>
            <translation>  保留 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="66" />
            <source>Nothing is due.</source>
            <translation>没有到期的提醒。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="67" />
            <source>{due}  {title}{about}  ({owner}, {priority})</source>
            <translation>{due}  {title}{about}  （{owner}，{priority}）</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="69" />
            <source>Wrote the report for {month} to {path} ({pages} pages).</source>
            <translation>已把 {month} 的报告写到 {path}（{pages} 页）。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="70" />
            <source>Wrote the numbers of the report for {month} to {path} ({sheets} sheets).</source>
            <translation>已把 {month} 报告的数据写到 {path}（{sheets} 个工作表）。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="74" />
            <source>Backed up {customers} customers to {path} ({size}).</source>
            <translation>已备份 {customers} 个客户到 {path}（{size}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="75" />
            <source>Restored {customers} customers from {file} into {book}.</source>
            <translation>已从 {file} 恢复 {customers} 个客户到 {book}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="76" />
            <source>The book as it was before is kept in {path}.</source>
            <translation>恢复前的客户本保存在 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="77" />
            <source>The book was damaged; its files are kept as {path}.</source>
            <translation>原客户本已损坏，它的文件保留为 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="78" />
            <source>The newest good backup is {path} ({when}, {customers} customers); restore it with: restore {path} --book {book}</source>
            <translation>最新的完好备份是 {path}（{when}，{customers} 个客户）；恢复它：restore {path} --book {book}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="80" />
            <source>No good backup of it was found.</source>
            <translation>没有找到它的完好备份。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="85" />
            <source>Password for {name}: </source>
            <translation>{name} 的密码：</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="89" />
            <source>Choose a password for {name}: </source>
            <translation>请为 {name} 设置密码：</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="90" />
            <source>The same password again: </source>
            <translation>再输入一次同样的密码：</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="99" />
            <source>(The work above was saved; closing the book afterwards reported: {reason}.)</source>
            <translation>（以上内容已保存；之后关闭客户本时报告：{reason}。）</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="100" />
            <source>The book {path} is read-only: Kehu reads it and writes nothing.</source>
            <translation>客户本 {path} 是只读的：客户本只读取它，不写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="101" />
            <source>This export is not recorded in the book's history: the book is read-only.</source>
            <translation>这次导出没有记入账本的修改记录：账本是只读的。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="68" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="68" />
            <source>normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="68" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="24" />
            <source>{name}: {customers} customers, {deals} open deals, {reminders} open reminders and {orders} unpaid orders would go to {to}.</source>
            <translation>{name}：将有 {customers} 个客户、{deals} 个进行中的商机、{reminders} 个未完成的提醒和 {orders} 张未收清的订单移交给 {to}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="26" />
            <source>Handed {customers} customers of {name} ({deals} open deals, {reminders} open reminders, {orders} unpaid orders) over to {to}.</source>
            <translation>已将 {name} 的 {customers} 个客户（{deals} 个进行中的商机、{reminders} 个未完成的提醒、{orders} 张未收清的订单）移交给 {to}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="28" />
            <source>  {name}: {customers} customers</source>
            <translation>  {name}：{customers} 个客户</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="29" />
            <source>{name} may read them, and change nothing, until {day}.</source>
            <translation>{name} 可查看这些客户（不能修改），截止到 {day}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="22" />
            <location filename="../../desktop/cli_handover.py" line="30" />
            <source>Undo it with: undo {op} --book {book}</source>
            <translation>撤销请用：undo {op} --book {book}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="23" />
            <location filename="../../desktop/cli_handover.py" line="31" />
            <source>Nothing was written (--dry-run).</source>
            <translation>未写入任何内容（--dry-run）。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="32" />
            <source>Undid “{label}”.</source>
            <translation>已撤销“{label}”。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="18" />
            <source>The public pool's rules are off (Settings &gt; Public pool): nothing was done.</source>
            <translation>公海规则未开启（设置 &gt; 公海）：未做任何处理。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="19" />
            <source>{name}: back to the public pool on {day} ({why})</source>
            <translation>{name}：{day} 退回公海（{why}）</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="21" />
            <source>{returned} customers went back to the public pool; {warned} warnings given.</source>
            <translation>{returned} 个客户已退回公海；发出 {warned} 条提醒。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="20" />
            <source>no contact logged</source>
            <translation>未记录联系</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="20" />
            <source>no order or won deal</source>
            <translation>未成交</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="21" />
            <source>The team is set up in {folder}. On each other PC: File &gt; Join a team…, or `kehu team join`.</source>
            <translation>团队已在 {folder} 建好。在其他每台电脑上：文件 &gt; 加入团队…，或运行 `kehu team join`。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="23" />
            <source>{path} is this PC's copy of the team's book ({customers} customers), used by {user}.</source>
            <translation>{path} 是这台电脑上的团队客户本（{customers} 位客户），使用人：{user}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="25" />
            <source>In step: {published} changes sent, {taken} taken in, {pcs} PCs in the team.</source>
            <translation>已同步：发出 {published} 项修改，收到 {taken} 项，团队共 {pcs} 台电脑。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="27" />
            <source>Not yet in step: files from {pcs} have not arrived whole. Kehu tries again at the next sync.</source>
            <translation>尚未完全同步：来自 {pcs} 的文件还没有完整到达。下次同步时会再试。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="29" />
            <source>{pcs} run a newer Kehu: their changes wait in the folder until Kehu is updated on this PC.</source>
            <translation>{pcs} 使用的是较新版本的客户本：它们的修改会留在文件夹里，等这台电脑更新客户本后再同步。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="31" />
            <source>The clock of {name} runs {minutes} minutes ahead; sync goes on, but check that PC's date and time.</source>
            <translation>{name} 的时钟快了 {minutes} 分钟；同步照常进行，但请检查那台电脑的日期和时间。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="33" />
            <source>{path} no longer syncs with its team; the book stays as it is.</source>
            <translation>{path} 不再与团队同步；客户本保持原样。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="34" />
            <source>The PC {device} is removed from the team.</source>
            <translation>电脑 {device} 已移出团队。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="35" />
            <source>The PC {device} is approved for {user}: from its next sync on it receives the customers {user} may see.</source>
            <translation>电脑 {device} 已批准给 {user}：从下次同步起，它会收到 {user} 可以查看的客户。</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <location filename="../../views/backup_dialogs.py" line="73" />
            <source>Kehu backups (*.sqlite);;All files (*)</source>
            <translation>客户本备份 (*.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="228" />
            <source>Choose a backup</source>
            <translation>选择备份</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="64" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="95" />
            <source>Backing up the book…</source>
            <translation>正在备份客户本…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="192" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="193" />
            <source>Restore cancelled; the book was not changed.</source>
            <translation>已取消恢复，客户本没有改动。</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="199" />
            <source>Backup restored</source>
            <translation>备份已恢复</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="221" />
            <source>Checking the backup…</source>
            <translation>正在检查备份…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="400" />
            <source>Book restored</source>
            <translation>客户本已恢复</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="63" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="200" />
            <source>The book was restored from the backup of {when} ({n} customers).

What was in it before is kept as the backup {safety} in {folder}.</source>
            <translation>客户本已恢复为 {when} 的备份（{n} 个客户）。

恢复前的内容保存为备份 {safety}，位于 {folder}。</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="213" />
            <source>Restoring the backup…</source>
            <translation>正在恢复备份…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="401" />
            <source>The book {book} was restored from the backup of {when} ({n} customers).

The damaged files are kept as {aside}.</source>
            <translation>客户本 {book} 已恢复为 {when} 的备份（{n} 个客户）。

损坏的文件保存为 {aside}。</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <location filename="../../views/common.py" line="26" />
            <source>K=3 M=6 B=9</source>
            <translation>万=4 亿=8</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="49" />
            <source>Chinese yuan</source>
            <translation>人民币</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="50" />
            <source>US dollar</source>
            <translation>美元</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="51" />
            <source>Euro</source>
            <translation>欧元</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="52" />
            <source>Hong Kong dollar</source>
            <translation>港币</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="53" />
            <source>Japanese yen</source>
            <translation>日元</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="54" />
            <source>British pound</source>
            <translation>英镑</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="55" />
            <source>South Korean won</source>
            <translation>韩元</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="56" />
            <source>New Taiwan dollar</source>
            <translation>新台币</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../views/customer_form.py" line="275" />
            <source>Discard changes?</source>
            <translation>放弃修改？</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="276" />
            <source>You typed something that is not saved. Discard it?</source>
            <translation>刚才填写的内容还没有保存，确定要放弃吗？</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../views/report_charts.py" line="63" />
            <source>{abbr} {year}</source>
            <translation>{year}年{month}月</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="64" />
            <source>{abbr}</source>
            <translation>{month}月</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="65" />
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="66" />
            <source>12 months to {last}</source>
            <translation>截至{last}的12个月</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="67" />
            <source>Monthly report</source>
            <translation>月度报告</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="68" />
            <source>Salesperson: {name}</source>
            <translation>销售人员：{name}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="69" />
            <source>Salesperson: everyone</source>
            <translation>销售人员：全部</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="70" />
            <source>Made on {date}</source>
            <translation>生成于 {date}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="71" />
            <source>Page {n} of {total}</source>
            <translation>第 {n} 页，共 {total} 页</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="72" />
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="73" />
            <source>Nothing to show for this period.</source>
            <translation>这段时间没有可显示的数据。</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="74" />
            <source>(no source)</source>
            <translation>（无来源）</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="75" />
            <source>Other sources</source>
            <translation>其他来源</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="76" />
            <source>New customers</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="77" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="78" />
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="79" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="107" />
            <location filename="../../views/report_charts.py" line="80" />
            <source>Deals won</source>
            <translation>赢单数</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="81" />
            <source>Deals lost</source>
            <translation>丢单数</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="82" />
            <source>Amount ({unit} {currency})</source>
            <translation>金额（{unit}{currency}）</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="83" />
            <source>Amount ({currency})</source>
            <translation>金额（{currency}）</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="84" />
            <source>Charted in {currency} only; also in other currencies: {others}</source>
            <translation>图中仅为 {currency}；其他币种另有：{others}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="85" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="86" />
            <source>Why deals were lost in {month}</source>
            <translation>{month}丢单原因</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="87" />
            <source>No deals lost in {month}</source>
            <translation>{month}没有丢单</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="88" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="89" />
            <source>Deals that entered the stage</source>
            <translation>进入该阶段的商机数</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="90" />
            <source>To next stage</source>
            <translation>进入下一阶段</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="91" />
            <source>Drop-off</source>
            <translation>流失</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="92" />
            <source>Median days in stage</source>
            <translation>停留天数中位数</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="93" />
            <source>{days:.1f} d</source>
            <translation>{days:.1f} 天</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="94" />
            <source>Salesperson</source>
            <translation>销售人员</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="95" />
            <source>Contacts logged</source>
            <translation>记录的联系</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="96" />
            <source>Reminders and deals</source>
            <translation>提醒与商机</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="111" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="112" />
            <source>Cumulative share of the amount (%)</source>
            <translation>累计金额占比（%）</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="113" />
            <source>{n} of {customers} customers make 80% of the amount</source>
            <translation>{customers} 位客户中的 {n} 位贡献了 80% 的金额</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="114" />
            <source>Before (average per month, 3 months)</source>
            <translation>之前（前3个月的月平均）</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="115" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="116" />
            <source>Interactions logged</source>
            <translation>记录的跟进次数</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="117" />
            <source>No customer's activity dropped.</source>
            <translation>没有客户的活跃度下降。</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="118" />
            <source>Expected close month</source>
            <translation>预计成交月份</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="119" />
            <source>Weighted amount ({unit} {currency})</source>
            <translation>加权金额（{unit}{currency}）</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="120" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="121" />
            <source>No grade</source>
            <translation>未分级</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="122" />
            <source>Number of customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="123" />
            <source>Grade changes in {month}</source>
            <translation>{month}等级变化</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="124" />
            <source>Changed</source>
            <translation>有变化</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="125" />
            <source>Grade up</source>
            <translation>升级</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="126" />
            <source>{shop} · {month}</source>
            <translation>{shop} · {month}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="137" />
            <source>Grade down</source>
            <translation>降级</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="52" />
            <source>New customers by source</source>
            <translation>按来源统计的新客户</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="53" />
            <source>Deals won per month</source>
            <translation>每月赢单</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="54" />
            <source>Deals lost per month and why</source>
            <translation>每月丢单及原因</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="55" />
            <source>Sales funnel</source>
            <translation>销售漏斗</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="56" />
            <source>Activity per salesperson</source>
            <translation>销售人员活动</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="57" />
            <source>Top customers by amount</source>
            <translation>按金额排名的重点客户</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="58" />
            <source>Customers whose activity dropped</source>
            <translation>活跃度下降的客户</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="59" />
            <source>Weighted pipeline forecast</source>
            <translation>加权销售预测</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="60" />
            <source>Customer grades</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="98" />
            <source>Calls</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="99" />
            <source>Visits</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="100" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="101" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="102" />
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="103" />
            <source>Emails</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="104" />
            <source>Reminders done</source>
            <translation>已完成提醒</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="105" />
            <source>Reminders overdue</source>
            <translation>逾期提醒</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="106" />
            <source>Deals moved</source>
            <translation>推进的商机</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="128" />
            <source>thousand</source>
            <translation>千</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="128" />
            <source>ten thousand</source>
            <translation>万</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="129" />
            <source>million</source>
            <translation>百万</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="129" />
            <source>hundred million</source>
            <translation>亿</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="132" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="132" />
            <source>US dollars</source>
            <translation>美元</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="133" />
            <source>euros</source>
            <translation>欧元</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="133" />
            <source>Hong Kong dollars</source>
            <translation>港元</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="134" />
            <source>yen</source>
            <translation>日元</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="134" />
            <source>pounds</source>
            <translation>英镑</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="134" />
            <source>won</source>
            <translation>韩元</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="135" />
            <source>New Taiwan dollars</source>
            <translation>新台币</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="60" />
            <source>On {date}</source>
            <translation>截至 {date}</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="61" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="62" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="63" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="64" />
            <source>{amount} · {n} orders</source>
            <translation>{amount} · {n} 单</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="65" />
            <source>No orders confirmed in {month}.</source>
            <translation>{month}没有确认的订单。</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="66" />
            <source>Other products: {amount}</source>
            <translation>其他产品：{amount}</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="67" />
            <source>Expected (plan rows due)</source>
            <translation>应收（到期的回款计划）</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="68" />
            <source>Received (confirmed)</source>
            <translation>实收（已确认）</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="69" />
            <source>Recorded, not confirmed</source>
            <translation>已登记，未确认</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="70" />
            <source>{month}: expected {expected}, received {received}, gap {gap}</source>
            <translation>{month}：应收 {expected}，实收 {received}，差额 {gap}</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="71" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="72" />
            <source>{n} other customers</source>
            <translation>其他 {n} 位客户</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="73" />
            <source>Outstanding</source>
            <translation>未收合计</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="74" />
            <source>Nobody owes anything.</source>
            <translation>没有客户欠款。</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="75" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="76" />
            <source>Oldest unpaid due date</source>
            <translation>最早未付到期日</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="77" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="78" />
            <source>No customer is overdue.</source>
            <translation>没有逾期的客户。</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="79" />
            <source>Last order</source>
            <translation>上次下单</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="80" />
            <source>Orders every</source>
            <translation>下单周期</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="81" />
            <source>{days} days</source>
            <translation>{days} 天</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="82" />
            <source>Expected by</source>
            <translation>预计下单日</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="83" />
            <source>Days late</source>
            <translation>晚了天数</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="84" />
            <source>No regular customer is late to order again.</source>
            <translation>没有该回购而未下单的老客户。</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="85" />
            <source>Opened</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="86" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="87" />
            <source>Open now</source>
            <translation>目前未结</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="88" />
            <source>Overdue now</source>
            <translation>目前超时</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="89" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="90" />
            <source>Satisfaction (1-5)</source>
            <translation>满意度（1-5）</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="91" />
            <source>{month}: {calls} satisfaction calls, average {average}, {unhappy} unhappy (1-2); median {hours} hours to resolve</source>
            <translation>{month}：回访 {calls} 次，平均满意度 {average}，不满意（1-2）{unhappy} 次；解决用时中位数 {hours} 小时</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="93" />
            <source>{month}: no satisfaction calls</source>
            <translation>{month}：没有满意度回访</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="94" />
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="95" />
            <source>{n} days</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="96" />
            <source>Over {n} days</source>
            <translation>{n} 天以上</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="97" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="98" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="52" />
            <source>Sales by product</source>
            <translation>按产品统计的销售额</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="53" />
            <source>Sales by salesperson</source>
            <translation>按销售人员统计的销售额</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="54" />
            <source>Collections against the forecast</source>
            <translation>回款：实收与应收</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="55" />
            <source>Receivables aging by customer</source>
            <translation>按客户的应收账龄</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="56" />
            <source>Overdue customers</source>
            <translation>逾期客户</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="57" />
            <source>Customers due to repurchase</source>
            <translation>该回购的客户</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="58" />
            <source>Service tickets</source>
            <translation>售后工单</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <location filename="../../views/steps.py" line="66" />
            <source>stalled deals {n}</source>
            <translation>停滞商机 {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="67" />
            <source>no contact {n}</source>
            <translation>久未联系 {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="68" />
            <source>digests {n}</source>
            <translation>汇总 {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="69" />
            <source>follow-ups {n}</source>
            <translation>跟进 {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="70" />
            <source>overdue payments {n}</source>
            <translation>逾期回款 {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="71" />
            <source>repurchases {n}</source>
            <translation>复购 {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="97" />
            <source>changes from another PC refused</source>
            <translation>拒收其他电脑的修改</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="101" />
            <source>new customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="102" />
            <source>edit customer</source>
            <translation>修改客户</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="103" />
            <source>delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="104" />
            <source>restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="105" />
            <source>log contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="106" />
            <source>delete contact entry</source>
            <translation>删除跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="107" />
            <source>new contact person</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="108" />
            <source>edit contact person</source>
            <translation>修改联系人</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="109" />
            <source>delete contact person</source>
            <translation>删除联系人</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="110" />
            <source>new custom field</source>
            <translation>新建自定义字段</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="111" />
            <source>remove custom field</source>
            <translation>移除自定义字段</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="112" />
            <source>new user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="113" />
            <source>new book, its first owner</source>
            <translation>新建账本及其店主</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="114" />
            <source>edit user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="115" />
            <source>hand over customers</source>
            <translation>移交客户</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="116" />
            <source>claim from the public pool</source>
            <translation>从公海领取</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="117" />
            <source>give back to the public pool</source>
            <translation>退回公海</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="118" />
            <source>back to the public pool by its rules</source>
            <translation>按规则退回公海</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="119" />
            <source>change setting</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="120" />
            <source>import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="121" />
            <source>undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="122" />
            <source>new deal</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="123" />
            <source>edit deal</source>
            <translation>编辑商机</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="124" />
            <source>move deal</source>
            <translation>移动商机</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="125" />
            <source>deal won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="126" />
            <source>deal lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="127" />
            <source>reopen deal</source>
            <translation>重新打开商机</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="128" />
            <source>delete deal</source>
            <translation>删除商机</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="129" />
            <source>new stage</source>
            <translation>新建阶段</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="130" />
            <source>edit stage</source>
            <translation>编辑阶段</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="131" />
            <source>reorder stages</source>
            <translation>调整阶段顺序</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="132" />
            <source>delete stage</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="133" />
            <source>snooze stall</source>
            <translation>暂缓停滞</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="134" />
            <source>stall reason</source>
            <translation>停滞原因</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="135" />
            <source>stall follow-up</source>
            <translation>停滞跟进</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="136" />
            <source>new reminder</source>
            <translation>新建提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="137" />
            <source>edit reminder</source>
            <translation>编辑提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="138" />
            <source>reminder done</source>
            <translation>完成提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="139" />
            <source>reopen reminder</source>
            <translation>重新打开提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="140" />
            <source>snooze reminder</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="141" />
            <source>delete reminder</source>
            <translation>删除提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="142" />
            <source>grade customers</source>
            <translation>客户评级</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="143" />
            <source>pin grade</source>
            <translation>锁定等级</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="144" />
            <source>unpin grade</source>
            <translation>取消锁定等级</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="145" />
            <source>empty the trash</source>
            <translation>清空回收站</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="146" />
            <source>reminders shown</source>
            <translation>已弹出提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="95" />
            <location filename="../../views/steps.py" line="147" />
            <source>reminders by the rules</source>
            <translation>自动生成提醒</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="148" />
            <source>look for risk words</source>
            <translation>重新查找风险词</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="149" />
            <source>alert reviewed</source>
            <translation>处理预警</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="150" />
            <source>alert reopened</source>
            <translation>重新打开预警</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="151" />
            <source>restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="152" />
            <source>change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="153" />
            <source>undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="154" />
            <source>redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="155" />
            <source>demo book</source>
            <translation>演示账本</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="156" />
            <source>new ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="157" />
            <source>edit ticket</source>
            <translation>编辑工单</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="158" />
            <source>ticket state</source>
            <translation>工单状态</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="159" />
            <source>satisfaction call</source>
            <translation>满意度回访</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="160" />
            <source>delete ticket</source>
            <translation>删除工单</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="172" />
            <source>export {n} customers</source>
            <translation>导出 {n} 个客户</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="172" />
            <source>export {n} deals</source>
            <translation>导出 {n} 个商机</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="173" />
            <source>export {n} orders</source>
            <translation>导出 {n} 个订单</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="174" />
            <source>export {n} payments</source>
            <translation>导出 {n} 笔收款</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="175" />
            <source>export {n} products</source>
            <translation>导出 {n} 个产品</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="76" />
            <location filename="../../views/steps.py" line="59" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="181" />
            <source>{export} (all the user sees)</source>
            <translation>{export}（其可见的全部）</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="99" />
            <source>automatic grading</source>
            <translation>自动评级</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="176" />
            <source>export {n} rows</source>
            <translation>导出 {n} 行</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="178" />
            <source>print {n} customers</source>
            <translation>打印 {n} 个客户</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="180" />
            <source>{export} (filter: {filter})</source>
            <translation>{export}（筛选：{filter}）</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="186" />
            <source>done</source>
            <translation>已生效</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="186" />
            <source>undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="187" />
            <source>cannot be redone</source>
            <translation>不能再重做</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="187" />
            <source>cannot be undone</source>
            <translation>不可撤销</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="91" />
            <source>settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="166" />
            <source>Kehu (automatic)</source>
            <translation>客户本（自动）</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="167" />
            <source>Kehu (automatic grading)</source>
            <translation>客户本（自动评级）</translation>
        </message>
    </context>
    <context>
        <name>alerts</name>
        <message>
            <location filename="../../models/alerts.py" line="340" />
            <source>Changes from the PC {pc} were refused: {why} (entry {entry}). Nothing of that PC from there on is taken in until what it sends follows its record again.</source>
            <translation>来自电脑 {pc} 的修改被拒收：{why}（记录 {entry}）。在它发来的内容重新与其记录相连之前，这台电脑此后的修改都不会被接收。</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="349" />
            <source>{user} exported {rows} customers ({how}) to {file}; more than {limit} raises this alert.</source>
            <translation>{user} 导出了 {rows} 个客户（{how}）到 {file}；超过 {limit} 个即会预警。</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="351" />
            <source>{user} printed a list of {rows} customers; more than {limit} raises this alert.</source>
            <translation>{user} 打印了 {rows} 个客户的名单；超过 {limit} 个会触发此提醒。</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="337" />
            <source>Refused changes</source>
            <translation>拒收的修改</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="338" />
            <source>Large export</source>
            <translation>大量导出</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="344" />
            <source>an entry was changed after it was written</source>
            <translation>有记录在写下后被改动</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="345" />
            <source>an entry carries no seal of the PC that wrote it</source>
            <translation>有记录没有写下它的电脑的封签</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="346" />
            <source>an entry does not follow the one before it (entries missing or rewritten)</source>
            <translation>有记录与前一条接不上（记录缺失或被改写）</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="354" />
            <source>from the app</source>
            <translation>通过程序界面</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="355" />
            <source>printed from the app</source>
            <translation>在软件中打印</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="356" />
            <source>from the command line</source>
            <translation>通过命令行</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="357" />
            <source>from the command line, without saying who (as the first owner)</source>
            <translation>通过命令行，未说明身份（按第一位店主记）</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../../models/backup.py" line="58" />
            <source>daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="59" />
            <source>by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="60" />
            <source>before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="61" />
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="62" />
            <source>before undoing an import</source>
            <translation>撤销导入前</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="63" />
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="64" />
            <source>before a sync</source>
            <translation>同步前</translation>
        </message>
    </context>
    <context>
        <name>CustomerFields</name>
        <message>
            <location filename="../../models/core/fields.py" line="92" />
            <source>Kehu ID</source>
            <translation>客户本编号</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="170" />
            <location filename="../../models/core/fields.py" line="94" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="97" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="174" />
            <location filename="../../models/core/fields.py" line="100" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="175" />
            <location filename="../../models/core/fields.py" line="105" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="176" />
            <location filename="../../models/core/fields.py" line="110" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="177" />
            <location filename="../../models/core/fields.py" line="114" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="118" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="123" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="127" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="131" />
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="135" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="139" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="144" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="178" />
            <location filename="../../models/core/fields.py" line="148" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="152" />
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="157" />
            <source>Health</source>
            <translation>健康度</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="159" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="162" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="165" />
            <source>Deleted</source>
            <translation>删除时间</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="171" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
    </context>
    <context>
        <name>DealFields</name>
        <message>
            <location filename="../../models/core/fields.py" line="184" />
            <source>Title</source>
            <translation>商机名称</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="185" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="186" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="187" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="188" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="189" />
            <source>Probability</source>
            <translation>成交概率</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="190" />
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="191" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="192" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="193" />
            <source>Lost reason</source>
            <translation>输单原因</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="194" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../models/core/fields.py" line="95" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="98" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="101" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="106" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="111" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="115" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="119" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="124" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="128" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="132" />
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="136" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="140" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="145" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="149" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="153" />
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="158" />
            <source>Health</source>
            <translation>健康度</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="160" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="163" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="166" />
            <source>Deleted</source>
            <translation>删除时间</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../models/core/permissions.py" line="35" />
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="36" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="37" />
            <source>Sales</source>
            <translation>店员</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../models/core/settings.py" line="74" />
            <source>Shop name</source>
            <translation>店名</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="78" />
            <source>Skip public holidays</source>
            <translation>避开法定节假日</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="82" />
            <source>Days without contact before a reminder</source>
            <translation>多少天未联系就提醒</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="87" />
            <source>Risk words</source>
            <translation>风险词</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="92" />
            <source>Reasons a deal is lost</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="98" />
            <source>First run of the reminder rules</source>
            <translation>提醒规则首次运行</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="104" />
            <source>Grading rules</source>
            <translation>评级规则</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="108" />
            <source>Last monthly grading</source>
            <translation>上次每月评级</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="113" />
            <source>Receivables aging buckets</source>
            <translation>应收账龄分段</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="118" />
            <source>Customers a salesperson may export without an alert</source>
            <translation>销售导出多少客户以内不预警</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="123" />
            <source>Salespeople may print customer lists</source>
            <translation>销售可以打印客户名单</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="128" />
            <source>Return customers to the public pool</source>
            <translation>客户退回公海</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="136" />
            <source>Days before a customer goes back to the public pool</source>
            <translation>客户退回公海前的天数</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="140" />
            <source>Days of warning before the pool</source>
            <translation>退回公海前提前提醒天数</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="145" />
            <source>Customers a salesperson may hold</source>
            <translation>每位销售最多持有客户数</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="149" />
            <source>Claims a day</source>
            <translation>每天最多领取数</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="154" />
            <source>Days before claiming back</source>
            <translation>再次领取的间隔天数</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="160" />
            <source>Pool rules on since</source>
            <translation>公海规则开启日期</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="164" />
            <source>Import column mapping</source>
            <translation>导入列对应</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../models/customers/history.py" line="28" />
            <source>Created the customer</source>
            <translation>创建了客户</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="29" />
            <source>Deleted for good</source>
            <translation>已彻底删除</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="30" />
            <source>Moved to the trash</source>
            <translation>已移到回收站</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="31" />
            <source>Restored from the trash</source>
            <translation>已从回收站恢复</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="32" />
            <source>Contact person added: {name}</source>
            <translation>添加了联系人：{name}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="33" />
            <source>Contact person back: {name}</source>
            <translation>恢复了联系人：{name}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="34" />
            <source>Contact person removed: {name}</source>
            <translation>移除了联系人：{name}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="35" />
            <source>Contact person {name}: {field}: {old} → {new}</source>
            <translation>联系人 {name}：{field}：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="36" />
            <source>Logged: {kind}</source>
            <translation>已记录：{kind}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="37" />
            <source>Logged: {kind} — {text}</source>
            <translation>已记录：{kind} — {text}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="38" />
            <source>Timeline entry removed</source>
            <translation>删除了一条跟进记录</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="39" />
            <source>Timeline entry hidden</source>
            <translation>隐藏了一条跟进记录</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="40" />
            <source>Timeline entry back</source>
            <translation>恢复了一条跟进记录</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="41" />
            <source>{field}: {old} → {new}</source>
            <translation>{field}：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="42" />
            <source>Handed over: {old} → {new}</source>
            <translation>移交：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="43" />
            <source>Claimed from the public pool by {new}</source>
            <translation>{new} 从公海领取</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="44" />
            <source>Given back to the public pool by {old}</source>
            <translation>{old} 退回公海</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="45" />
            <source>Back to the public pool by its rules (was {old}'s)</source>
            <translation>按规则退回公海（原属 {old}）</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="46" />
            <source>{field}: {new}, from {user}'s PC — replaced by {winner}'s later change made without seeing it</source>
            <translation>{field}：{new}，来自{user}的电脑——被{winner}在不知情时做的较晚修改替换</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="48" />
            <source>Contact person {name}: {field}: {new}, from {user}'s PC — replaced by {winner}'s later change made without seeing it</source>
            <translation>联系人 {name}：{field}：{new}，来自{user}的电脑——被{winner}在不知情时做的较晚修改替换</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="56" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="57" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="58" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="59" />
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="60" />
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="61" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>stages</name>
        <message>
            <location filename="../../models/deals/labels.py" line="20" />
            <source>Initial contact</source>
            <translation>初步接洽</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="21" />
            <source>Requirements confirmed</source>
            <translation>需求确认</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="22" />
            <source>Proposal/quote</source>
            <translation>方案报价</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="23" />
            <source>Negotiation</source>
            <translation>商务谈判</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="24" />
            <source>Contract signing</source>
            <translation>合同签署</translation>
        </message>
    </context>
    <context>
        <name>deals</name>
        <message>
            <location filename="../../models/deals/labels.py" line="27" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="28" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="29" />
            <source>Lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="32" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="33" />
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="34" />
            <source>No budget</source>
            <translation>没有预算</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="35" />
            <source>Went silent</source>
            <translation>失去联系</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="36" />
            <source>Private deal suspected</source>
            <translation>疑似私单</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="37" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="40" />
            <source>Title</source>
            <translation>商机名称</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="41" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="42" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="43" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="44" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="45" />
            <source>Probability</source>
            <translation>成交概率</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="46" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="47" />
            <source>Source</source>
            <translation>商机来源</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="48" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="49" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="50" />
            <source>Products</source>
            <translation>产品</translation>
        </message>
    </context>
    <context>
        <name>orders</name>
        <message>
            <location filename="../../models/orders/labels.py" line="30" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="48" />
            <location filename="../../models/orders/labels.py" line="31" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="32" />
            <source>Void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="35" />
            <source>Not delivered</source>
            <translation>未发货</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="36" />
            <source>Partly delivered</source>
            <translation>部分发货</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="37" />
            <source>Delivered</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="40" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="41" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="42" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="43" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="44" />
            <source>Acceptance bill</source>
            <translation>承兑汇票</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="47" />
            <source>Waiting for confirmation</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="49" />
            <source>Rejected</source>
            <translation>未导入</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="52" />
            <source>Not due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="53" />
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="54" />
            <source>Partly paid</source>
            <translation>部分回款</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="55" />
            <source>Paid</source>
            <translation>已回款</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="56" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="59" />
            <source>Full payment</source>
            <translation>全款</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="60" />
            <source>Deposit and balance</source>
            <translation>预付款加尾款</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="61" />
            <source>Monthly instalments</source>
            <translation>按月分期</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="62" />
            <source>Monthly statement (days after month end)</source>
            <translation>月结（月底后天数）</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <location filename="../../models/reminders/backlog.py" line="36" />
            <source>{n} stalled deals need a follow-up</source>
            <translation>{n} 个商机停滞，需要跟进</translation>
        </message>
        <message>
            <location filename="../../models/reminders/backlog.py" line="37" />
            <source>{n} customers' follow-up dates have passed</source>
            <translation>{n} 位客户的下次跟进日期已过</translation>
        </message>
        <message>
            <location filename="../../models/reminders/backlog.py" line="38" />
            <source>{n} payments past due and not received</source>
            <translation>{n} 笔款项已过期未收</translation>
        </message>
        <message>
            <location filename="../../models/reminders/backlog.py" line="39" />
            <source>{n} regular customers have not reordered when expected</source>
            <translation>{n} 位老客户到期未再下单</translation>
        </message>
        <message>
            <location filename="../../models/reminders/digest.py" line="34" />
            <source>{n} customers not contacted for {days} days</source>
            <translation>{n} 位客户已 {days} 天没联系</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="62" />
            <source>{n} customers go back to the public pool soon</source>
            <translation>{n} 个客户即将退回公海</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="44" />
            <source>Stalled deal: {deal}</source>
            <translation>商机停滞：{deal}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="45" />
            <source>No contact since {date}: {customer}</source>
            <translation>自 {date} 起未联系：{customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="46" />
            <source>Follow up {customer}</source>
            <translation>跟进 {customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="47" />
            <source>Payment due {date} not received: {customer}</source>
            <translation>{date} 到期的款未收到：{customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="48" />
            <source>Next order expected {date}: {customer}</source>
            <translation>预计 {date} 再次下单：{customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="53" />
            <source>Call {customer} about ticket {date}: how satisfied are they?</source>
            <translation>回访 {customer}（工单 {date}）：客户满意吗？</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="56" />
            <source>No contact logged: {customer} goes back to the public pool on {date}</source>
            <translation>未记录联系：{customer} 将于 {date} 退回公海</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="57" />
            <source>No order or won deal: {customer} goes back to the public pool on {date}</source>
            <translation>未成交：{customer} 将于 {date} 退回公海</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <location filename="../../models/sync/engine.py" line="46" />
            <source>The team folder {folder} cannot be reached. Sync is paused and nothing was changed; check that the drive or share is connected.</source>
            <translation>无法访问团队文件夹 {folder}。同步已暂停，没有改动任何内容；请检查磁盘或共享文件夹是否已连接。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="48" />
            <source>The folder {folder} holds no Kehu team (kehu-team.json is missing). Sync is paused and nothing was changed. If the folder is a share or a cloud drive, check that it is connected and fully downloaded.</source>
            <translation>文件夹 {folder} 里没有客户本团队（缺少 kehu-team.json）。同步已暂停，没有改动任何内容。如果这是共享文件夹或网盘，请检查它已连接并已完整下载。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="51" />
            <source>The folder {folder} belongs to another team. Sync is paused.</source>
            <translation>文件夹 {folder} 属于另一个团队。同步已暂停。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="52" />
            <source>The team folder was made by a newer Kehu ({version}). Update Kehu on this PC to keep syncing.</source>
            <translation>团队文件夹由较新版本的客户本（{version}）建立。请更新这台电脑上的客户本后继续同步。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="54" />
            <source>The team passphrase is not right.</source>
            <translation>团队口令不正确。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="55" />
            <source>This PC does not have the team key. Enter the team passphrase to go on syncing; nothing was changed.</source>
            <translation>这台电脑没有团队密钥。请输入团队口令以继续同步；没有改动任何内容。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="57" />
            <source>This book is not part of a team yet.</source>
            <translation>这个客户本还没有加入团队。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="58" />
            <source>This book is already part of a team.</source>
            <translation>这个客户本已经属于一个团队。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="59" />
            <source>The folder {folder} already holds a team. Join it instead, or choose an empty folder.</source>
            <translation>文件夹 {folder} 里已经有一个团队。请改为加入它，或选择一个空文件夹。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="61" />
            <source>The team folder holds no copy of the book yet; the owner's PC writes one when the team is set up. Wait until the folder has arrived whole.</source>
            <translation>团队文件夹里还没有客户本副本；店主的电脑在建立团队时会写入一份。请等文件夹完整同步后再试。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="63" />
            <source>{path} already exists. Choose a new file for this PC's copy of the team's book.</source>
            <translation>{path} 已存在。请为这台电脑上的团队客户本选择一个新文件。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="65" />
            <source>This sync would remove {n} of {total} customers from this PC's book. Nothing was changed; check the team folder, then sync again and confirm if this is right.</source>
            <translation>这次同步会从这台电脑的客户本中删除 {total} 位客户中的 {n} 位。没有改动任何内容；请先检查团队文件夹，确认无误后再同步并确认。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="68" />
            <source>The owner has removed this PC from the team: it no longer syncs. The book on this PC stays as it is.</source>
            <translation>店主已把这台电脑移出团队：它不再同步。这台电脑上的客户本保持原样。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="70" />
            <source>Choose a team passphrase of at least 8 characters.</source>
            <translation>请设置至少 8 个字符的团队口令。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="71" />
            <source>The owner's list of approved PCs has not arrived in the team folder yet. Sync is paused and nothing was changed; try again when the folder has arrived whole.</source>
            <translation>店主批准的电脑名单还没有到达团队文件夹。同步已暂停，没有做任何更改；等文件夹完整同步后再试。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="74" />
            <source>Only the PC the team was set up on approves PCs.</source>
            <translation>只有建立团队的那台电脑可以批准电脑。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="75" />
            <source>No PC {device} has synced with the team folder yet.</source>
            <translation>还没有电脑 {device} 与团队文件夹同步过。</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="76" />
            <source>Nobody is signed in on that PC yet: it can be approved once a user has signed in there and synced.</source>
            <translation>那台电脑上还没有人登录：有用户在那里登录并同步一次后，才能批准。</translation>
        </message>
    </context>
    <context>
        <name>handover</name>
        <message>
            <location filename="../../models/team/handover.py" line="33" />
            <source>Round robin</source>
            <translation>轮流分配</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="34" />
            <source>Fewest customers first</source>
            <translation>优先分给客户最少的人</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="52" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="53" />
            <source>Handover</source>
            <translation>移交</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="54" />
            <source>Claimed from the pool</source>
            <translation>从公海领取</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="55" />
            <source>Released to the pool</source>
            <translation>退回公海</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="56" />
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="57" />
            <source>Changed by hand</source>
            <translation>手动更改</translation>
        </message>
    </context>
    <context>
        <name>tickets</name>
        <message>
            <location filename="../../models/tickets/labels.py" line="51" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="52" />
            <source>Unhappy customer</source>
            <translation>客户不满意</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="32" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="33" />
            <source>Request</source>
            <translation>需求</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="34" />
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="35" />
            <source>Return</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="36" />
            <source>Question</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="39" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="40" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="41" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="42" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="45" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="46" />
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="47" />
            <source>Waiting for the customer</source>
            <translation>等待客户</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="48" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="49" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="56" />
            <source>Ticket {number} opened: {title}</source>
            <translation>新建工单 {number}：{title}</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="57" />
            <source>Ticket {number} in progress</source>
            <translation>工单 {number} 处理中</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="58" />
            <source>Ticket {number} waiting for the customer</source>
            <translation>工单 {number} 等待客户</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="59" />
            <source>Ticket {number} resolved: {note}</source>
            <translation>工单 {number} 已解决：{note}</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="60" />
            <source>Ticket {number} closed</source>
            <translation>工单 {number} 已关闭</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="61" />
            <source>Ticket {number}: satisfaction {score}/5 {note}</source>
            <translation>工单 {number}：满意度 {score}/5 {note}</translation>
        </message>
    </context>
</TS>
