<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AddFieldDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="387" />
            <source>Add field</source>
            <translation>添加字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="390" />
            <source>e.g. Birthday, Shoe size, Membership</source>
            <translation>例如：生日、鞋码、会员等级</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="393" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="394" />
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="395" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="396" />
            <source>Choice</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="399" />
            <source>Choices:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="402" />
            <source>One choice per line</source>
            <translation>每行一个选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="410" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="411" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="416" />
            <source>Field name:</source>
            <translation>字段名称：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="417" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../views/contact_dialog.py" line="34" />
            <source>Edit contact person</source>
            <translation>编辑联系人</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="34" />
            <source>New contact person</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="50" />
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="51" />
            <source>e.g. Purchasing manager</source>
            <translation>例如：采购经理</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="63" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="64" />
            <source>Save (Ctrl+Enter)</source>
            <translation>保存（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="65" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <location filename="../../views/customer_detail.py" line="189" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="190" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="191" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="192" />
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="193" />
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="194" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="209" />
            <location filename="../../views/customer_detail.py" line="352" />
            <source>No customer selected</source>
            <translation>未选择客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="216" />
            <location filename="../../views/customer_detail.py" line="353" />
            <source>Pick a customer in the list to see everything about them here: details, contact people and the timeline.</source>
            <translation>在列表中选择一位客户，这里会显示他的全部信息：资料、联系人和跟进记录。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="235" />
            <source>Details</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="236" />
            <location filename="../../views/customer_detail.py" line="370" />
            <source>Timeline</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="238" />
            <source>History</source>
            <translation>修改历史</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="260" />
            <location filename="../../views/customer_detail.py" line="541" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="262" />
            <source>Edit this customer</source>
            <translation>编辑这位客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="270" />
            <source>This customer is in the trash.</source>
            <translation>这位客户在回收站里。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="295" />
            <source>Log a {kind}</source>
            <translation>记录{kind}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="304" />
            <source>What happened? Ctrl+Enter saves</source>
            <translation>这次联系的情况如何？按 Ctrl+Enter 保存</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="310" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="312" />
            <source>Add to the timeline (Ctrl+Enter)</source>
            <translation>加入跟进记录（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="348" />
            <source>This customer no longer exists</source>
            <translation>这位客户已不存在</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="349" />
            <source>It may have been removed by an undo or when the trash was emptied.</source>
            <translation>可能是撤销操作或清空回收站时被删除了。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="369" />
            <source>Timeline ({n})</source>
            <translation>跟进记录（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="387" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="394" />
            <source>Owner: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="454" />
            <source>No details yet. Use Edit to add a phone number, address or tags.</source>
            <translation>还没有资料。点“编辑”添加电话、地址或标签。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="461" />
            <source>Created {created}  ·  Updated {updated}</source>
            <translation>创建于 {created}  ·  更新于 {updated}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="478" />
            <source>{date} (overdue)</source>
            <translation>{date}（已逾期）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="486" />
            <source>Contact people ({n})</source>
            <translation>联系人（{n}）</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="487" />
            <source>Contact people</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="492" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="493" />
            <source>Add a contact person</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="502" />
            <source>Nobody yet. Add the people you talk to.</source>
            <translation>还没有联系人。把平时打交道的人加进来吧。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="532" />
            <source>WeChat: {id}</source>
            <translation>微信：{id}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="542" />
            <source>Edit {name}</source>
            <translation>编辑 {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="543" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="544" />
            <source>Remove {name}</source>
            <translation>移除 {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="567" />
            <source>Nothing logged yet. Write down each call or visit above, so the whole team knows where things stand.</source>
            <translation>还没有跟进记录。在上面记下每次电话或拜访，全店的人都能知道进展。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="576" />
            <source>Show all {n} entries</source>
            <translation>显示全部 {n} 条</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="655" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="656" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="663" />
            <source>Only the latest {n} changes are shown.</source>
            <translation>只显示最近的 {n} 条修改。</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="685" />
            <source>Created the customer</source>
            <translation>创建了客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="687" />
            <source>Deleted for good</source>
            <translation>已彻底删除</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="689" />
            <source>Moved to the trash</source>
            <translation>已移到回收站</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="690" />
            <source>Restored from the trash</source>
            <translation>已从回收站恢复</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="694" />
            <source>Contact person added: {name}</source>
            <translation>添加了联系人：{name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="697" />
            <source>Contact person back: {name}</source>
            <translation>恢复了联系人：{name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="698" />
            <source>Contact person removed: {name}</source>
            <translation>移除了联系人：{name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="699" />
            <source>Contact person {name}: {field}: {old} → {new}</source>
            <translation>联系人 {name}：{field}：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="706" />
            <source>Logged: {kind}</source>
            <translation>已记录：{kind}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="709" />
            <source>Timeline entry removed</source>
            <translation>删除了一条跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="711" />
            <source>Timeline entry hidden</source>
            <translation>隐藏了一条跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="712" />
            <source>Timeline entry back</source>
            <translation>恢复了一条跟进记录</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="713" />
            <source>{field}: {old} → {new}</source>
            <translation>{field}：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="742" />
            <source>Remove contact person</source>
            <translation>移除联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail.py" line="743" />
            <source>Remove {name} from the contact people of this customer?</source>
            <translation>要把 {name} 从这位客户的联系人中移除吗？</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <location filename="../../views/customer_form.py" line="245" />
            <source>Edit {name}</source>
            <translation>编辑 {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="245" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="260" />
            <source>Company or person (required)</source>
            <translation>公司或个人（必填）</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="263" />
            <source>138 0013 8000; several with ;</source>
            <translation>138 0013 8000；多个号码用 ; 隔开</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="265" />
            <source>021-12345678</source>
            <translation>021-12345678</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="284" />
            <source>Separate tags with commas</source>
            <translation>多个标签用逗号隔开</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="348" />
            <source>More fields</source>
            <translation>更多字段</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="364" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="365" />
            <source>Save (Ctrl+Enter)</source>
            <translation>保存（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="366" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="369" />
            <source>Ctrl+Enter saves, Esc cancels</source>
            <translation>Ctrl+Enter 保存，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="516" />
            <source>… and {n} more</source>
            <translation>……还有 {n} 位</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="519" />
            <source>Possible duplicate</source>
            <translation>可能重复</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="520" />
            <source>The book already has customers with this name or mobile:

{list}

Save anyway?</source>
            <translation>账本里已经有同名或同手机号的客户：

{list}

仍然保存吗？</translation>
        </message>
    </context>
    <context>
        <name>CustomerFields</name>
        <message>
            <location filename="../../views/customer_form.py" line="54" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="55" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="56" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="57" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="58" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="59" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="60" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="61" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="62" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="63" />
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="64" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="65" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="66" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="67" />
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="68" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="69" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="70" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="71" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="72" />
            <source>Deleted</source>
            <translation>删除时间</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../views/customer_table.py" line="28" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="29" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="30" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="31" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="32" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="33" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="34" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="35" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="36" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="37" />
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="38" />
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="39" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="40" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="41" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="42" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="43" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="44" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="45" />
            <source>Deleted</source>
            <translation>删除时间</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../views/customers_page.py" line="63" />
            <source>Search name, contact, phone digits, pinyin (zsf), address, notes…</source>
            <translation>搜索名称、联系人、电话号码、拼音首字母（如 zsf）、地址、备注…</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="88" />
            <location filename="../../views/customers_page.py" line="178" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="90" />
            <source>Empty trash…</source>
            <translation>清空回收站…</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="95" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="97" />
            <source>New customer (Ctrl+N)</source>
            <translation>新建客户（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="173" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="183" />
            <location filename="../../views/customers_page.py" line="256" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="252" />
            <source>Move {name} to the trash?</source>
            <translation>把 {name} 移到回收站？</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="254" />
            <source>Move {n} customers to the trash?</source>
            <translation>把这 {n} 位客户移到回收站？</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="256" />
            <source>You can restore them from the trash.</source>
            <translation>之后可以从回收站恢复。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="271" />
            <source>Empty trash</source>
            <translation>清空回收站</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="272" />
            <source>Delete the {n} customers in the trash for good, with their contacts and history? This cannot be undone.</source>
            <translation>要彻底删除回收站里的 {n} 位客户及其联系人和记录吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="344" />
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="347" />
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="349" />
            <source>Grade {g}</source>
            <translation>{g} 级</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="350" />
            <source>No grade</source>
            <translation>未分级</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="351" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="354" />
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="396" />
            <source>{n} in the trash</source>
            <translation>回收站里有 {n} 位</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="398" />
            <source>{n} customers</source>
            <translation>{n} 位客户</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="451" />
            <source>Only an owner may empty the trash.</source>
            <translation>只有店主才能清空回收站。</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../views/customer_form.py" line="141" />
            <source>Set a date</source>
            <translation>设置日期</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="146" />
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../views/login_dialog.py" line="55" />
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="55" />
            <source>Who is working?</source>
            <translation>现在是谁在用？</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="58" />
            <source>Choose your name:</source>
            <translation>请选择你的名字：</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="60" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="60" />
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="89" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="110" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="112" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="190" />
            <source>The password is not right.</source>
            <translation>密码不对。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="89" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="90" />
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="125" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="126" />
            <source>Export customers…</source>
            <translation>导出客户…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="129" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="130" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="131" />
            <location filename="../../desktop/main_window.py" line="185" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="134" />
            <location filename="../../desktop/main_window.py" line="189" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="137" />
            <source>&amp;New customer</source>
            <translation>新建客户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="139" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="140" />
            <source>Choose columns…</source>
            <translation>选择显示的列…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="142" />
            <source>&amp;Book</source>
            <translation>账本(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="143" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="145" />
            <source>S&amp;witch user…</source>
            <translation>切换用户(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="147" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="148" />
            <source>&amp;About Kehu</source>
            <translation>关于客户本(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="166" />
            <source>Undone: {what}</source>
            <translation>已撤销：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="174" />
            <source>Redone: {what}</source>
            <translation>已重做：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="184" />
            <source>&amp;Undo {what}</source>
            <translation>撤销{what}(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="188" />
            <source>&amp;Redo {what}</source>
            <translation>重做{what}(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="197" />
            <location filename="../../desktop/main_window.py" line="210" />
            <source>Export customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="198" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="211" />
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="215" />
            <source>Exported {n} customers to {path}</source>
            <translation>已将 {n} 位客户导出到 {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="230" />
            <source>About Kehu</source>
            <translation>关于客户本</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="231" />
            <source>Kehu (客户本) {version}
An offline customer book for small shops.

Book: {path}</source>
            <translation>客户本 {version}
给小店用的离线客户管理软件。

账本：{path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="237" />
            <source>owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="237" />
            <source>sales</source>
            <translation>店员</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="239" />
            <source>User: {name} ({role})</source>
            <translation>用户：{name}（{role}）</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="243" />
            <source>Book: {path} · {n} customers</source>
            <translation>账本：{path} · {n} 位客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="245" />
            <source>Kehu — {name}</source>
            <translation>客户本 — {name}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="531" />
            <source>Set password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="535" />
            <source>Password for {name}</source>
            <translation>{name} 的密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="541" />
            <source>Leave empty for no password</source>
            <translation>留空表示不设密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="546" />
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="549" />
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="550" />
            <source>Repeat password:</source>
            <translation>再输一次：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="558" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="559" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="571" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一样。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="56" />
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="57" />
            <source>Sales</source>
            <translation>店员</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="120" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="125" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="126" />
            <source>Custom fields</source>
            <translation>自定义字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="127" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="132" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="133" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="148" />
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="156" />
            <source>The name of your shop</source>
            <translation>你的店名</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="159" />
            <source>Interface language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="160" />
            <source>Shop name:</source>
            <translation>店名：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="184" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="185" />
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="186" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="187" />
            <source>Choice</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="270" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="193" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="193" />
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="193" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="197" />
            <source>Add field…</source>
            <translation>添加字段…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="199" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="209" />
            <source>Extra fields every customer card has, beside the built-in ones.</source>
            <translation>除了自带的字段以外，每张客户卡片还会有这些字段。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="254" />
            <source>Remove field</source>
            <translation>移除字段</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="255" />
            <source>Remove the field “{label}”? Its values stay in the book and come back with Undo.</source>
            <translation>要移除字段“{label}”吗？已填的内容仍保存在账本里，撤销后会回来。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="268" />
            <source>Only an owner may change users.</source>
            <translation>只有店主才能修改用户。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="270" />
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="270" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="270" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="275" />
            <source>Add user…</source>
            <translation>添加用户…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="277" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="279" />
            <source>Set password…</source>
            <translation>设置密码…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="303" />
            <source>Set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="303" />
            <source>None</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="304" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="304" />
            <source>Disabled</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="312" />
            <source>Signed in now</source>
            <translation>当前登录</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="451" />
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="451" />
            <source>Edit user</source>
            <translation>编辑用户</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="461" />
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="462" />
            <source>Role:</source>
            <translation>身份：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="464" />
            <source>An owner may also manage users and empty the trash.</source>
            <translation>店主还可以管理用户和清空回收站。</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="470" />
            <source>Optional</source>
            <translation>可不填</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="473" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="474" />
            <source>Repeat password:</source>
            <translation>再输一次：</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="476" />
            <source>Active (may sign in)</source>
            <translation>启用（可以登录）</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="487" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="487" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="489" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="504" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一样。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/errors.py" line="45" />
            <location filename="../../desktop/app.py" line="50" />
            <location filename="../../views/context.py" line="48" />
            <source>Kehu</source>
            <translation>客户本</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="46" />
            <source>Something went wrong: {error}</source>
            <translation>出错了：{error}</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="48" />
            <source>Your book is safe. The details were written to the log file:
{path}</source>
            <translation>账本没有受影响。详细信息已写入日志文件：
{path}</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="15" />
            <source>SQLite integrity check: {detail}</source>
            <translation>SQLite 完整性检查：{detail}</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="16" />
            <source>Row {rowid} of table {table} points to a missing row of {parent}.</source>
            <translation>表 {table} 的第 {rowid} 行指向 {parent} 中不存在的一行。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="17" />
            <source>The book's schema version is {found}, expected {known}.</source>
            <translation>账本的结构版本是 {found}，应为 {known}。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="18" />
            <source>{count} customers have no name (for example record {example}).</source>
            <translation>有 {count} 位客户没有名称（例如记录 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="19" />
            <source>{count} customers have a grade other than A, B or C (for example {example}).</source>
            <translation>有 {count} 位客户的等级不是 A、B 或 C（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="20" />
            <source>{count} customers are missing from the search index (for example {example}).</source>
            <translation>有 {count} 位客户不在搜索索引里（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="21" />
            <source>{count} search index entries belong to no customer (for example row {example}).</source>
            <translation>有 {count} 条搜索索引不属于任何客户（例如第 {example} 行）。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="22" />
            <source>{table} record {example} has an invalid mobile number: {value}</source>
            <translation>{table} 的记录 {example} 手机号码无效：{value}</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="23" />
            <source>{count} more {table} records have invalid mobile numbers.</source>
            <translation>{table} 中另有 {count} 条记录的手机号码无效。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="24" />
            <source>{count} operations have an unknown state (for example {example}).</source>
            <translation>有 {count} 个操作的状态未知（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="25" />
            <source>{count} audit entries belong to no operation (for example {example}).</source>
            <translation>有 {count} 条操作日志不属于任何操作（例如 {example}）。</translation>
        </message>
        <message>
            <location filename="../../models/check.py" line="26" />
            <source>The book has no active owner.</source>
            <translation>账本里没有启用中的店主。</translation>
        </message>
        <message>
            <location filename="../../models/demo.py" line="29" />
            <source>{path} already exists; a demo book is only written to a new file.</source>
            <translation>{path} 已经存在；演示账本只会写到新文件里。</translation>
        </message>
        <message>
            <location filename="../../models/errors.py" line="51" />
            <source>{path} is not a Kehu book (not an SQLite database).</source>
            <translation>{path} 不是客户本的账本（它不是 SQLite 数据库）。</translation>
        </message>
        <message>
            <location filename="../../models/errors.py" line="52" />
            <source>{path} cannot be read: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../models/errors.py" line="53" />
            <source>{path} was written by a newer version of Kehu (book version {found}, this Kehu reads up to {known}). Please update Kehu; the book was not changed.</source>
            <translation>{path} 是用更新版本的客户本保存的（账本版本 {found}，当前的客户本最高只能读取版本 {known}）。请先升级客户本；账本没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../models/errors.py" line="58" />
            <source>{path} is an SQLite database but not a Kehu book; it was not changed.</source>
            <translation>{path} 是 SQLite 数据库，但不是客户本的账本；文件没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../models/errors.py" line="59" />
            <source>The book {path} is already open in another Kehu window or program.</source>
            <translation>账本 {path} 已经在另一个客户本窗口或其他程序中打开了。</translation>
        </message>
        <message>
            <location filename="../../models/errors.py" line="60" />
            <source>{path} does not exist.</source>
            <translation>找不到 {path}。</translation>
        </message>
        <message>
            <location filename="../../models/export.py" line="30" />
            <source>Kehu cannot export to {name}: choose a file name ending in .csv or .xlsx.</source>
            <translation>客户本无法导出到 {name}：请选择以 .csv 或 .xlsx 结尾的文件名。</translation>
        </message>
        <message>
            <location filename="../../models/export.py" line="33" />
            <source>{path} cannot be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="28" />
            <source>Only an owner may do this.</source>
            <translation>只有店主才能进行这项操作。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="29" />
            <source>There is nothing to undo.</source>
            <translation>没有可以撤销的操作。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="30" />
            <source>There is nothing to redo.</source>
            <translation>没有可以重做的操作。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="31" />
            <source>This cannot be undone: the records were changed since.</source>
            <translation>无法撤销：这些记录后来又被改动过了。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="32" />
            <source>The user needs a name.</source>
            <translation>请填写用户的名字。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="33" />
            <source>A user is either an owner or a salesperson.</source>
            <translation>用户的身份只能是店主或店员。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="34" />
            <source>The book needs at least one active owner.</source>
            <translation>账本至少要保留一位启用中的店主。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="35" />
            <source>The password is not right.</source>
            <translation>密码不对。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="36" />
            <source>Unknown kind of contact: {value}.</source>
            <translation>未知的联系方式：{value}。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="37" />
            <source>The field needs a name.</source>
            <translation>请填写字段名称。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="38" />
            <source>There is already a field called {value}.</source>
            <translation>已经有一个叫“{value}”的字段了。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="39" />
            <source>A choice field needs at least one choice.</source>
            <translation>选项字段至少要有一个选项。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="40" />
            <source>The contact person needs a name.</source>
            <translation>请填写联系人的姓名。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="41" />
            <source>Write what happened.</source>
            <translation>请写下这次联系的情况。</translation>
        </message>
        <message>
            <location filename="../../models/operations.py" line="42" />
            <source>There is no such user.</source>
            <translation>没有这个用户。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="20" />
            <source>{value} does not look like a mobile number (11 digits starting with 1).</source>
            <translation>{value} 不像手机号码（手机号是以 1 开头的 11 位数字）。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="21" />
            <source>{value} does not look like a phone number.</source>
            <translation>{value} 不像电话号码。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="22" />
            <source>{value} does not look like an e-mail address.</source>
            <translation>{value} 不像电子邮箱地址。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="23" />
            <source>{value} is not a date (write it as 2024-01-31).</source>
            <translation>{value} 不是日期（请写成 2024-01-31 这样的格式）。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="24" />
            <source>The grade must be A, B or C.</source>
            <translation>客户等级只能是 A、B 或 C。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="25" />
            <source>The customer needs a name.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="26" />
            <source>{value} is not a number.</source>
            <translation>{value} 不是数字。</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="27" />
            <source>{value} is not one of the choices of this field.</source>
            <translation>{value} 不在这个字段的可选项里。</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/app.py" line="38" />
            <source>Owner</source>
            <translation>店主</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="21" />
            <source>Wrote a demo book with {count} customers to {path} in {seconds:.1f} s.</source>
            <translation>已在 {seconds:.1f} 秒内把包含 {count} 位客户的演示账本写到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="22" />
            <source>Exported {count} customers to {path}.</source>
            <translation>已将 {count} 位客户导出到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="23" />
            <source>The book {path} looks fine.</source>
            <translation>账本 {path} 一切正常。</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="24" />
            <source>{count} problems found in {path}:</source>
            <translation>在 {path} 中发现 {count} 个问题：</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <location filename="../../desktop/main_window.py" line="29" />
            <source>new customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="30" />
            <source>edit customer</source>
            <translation>修改客户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="31" />
            <source>delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="32" />
            <source>restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="33" />
            <source>log contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="34" />
            <source>delete contact entry</source>
            <translation>删除跟进记录</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="35" />
            <source>new contact person</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="36" />
            <source>edit contact person</source>
            <translation>修改联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="37" />
            <source>delete contact person</source>
            <translation>删除联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="38" />
            <source>new custom field</source>
            <translation>新建自定义字段</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="39" />
            <source>remove custom field</source>
            <translation>移除自定义字段</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="40" />
            <source>new user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="41" />
            <source>edit user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="42" />
            <source>change setting</source>
            <translation>修改设置</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../views/customer_form.py" line="224" />
            <source>Discard changes?</source>
            <translation>放弃修改？</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="225" />
            <source>You typed something that is not saved. Discard it?</source>
            <translation>刚才填写的内容还没有保存，确定要放弃吗？</translation>
        </message>
    </context>
</TS>
