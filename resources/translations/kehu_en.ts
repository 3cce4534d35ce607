<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddFieldDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="483" />
            <source>Add field</source>
            <translation>Add field</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="486" />
            <source>e.g. Birthday, Shoe size, Membership</source>
            <translation>e.g. Birthday, Shoe size, Membership</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="489" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="490" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="491" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="492" />
            <source>Choice</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="495" />
            <source>Choices:</source>
            <translation>Choices:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="498" />
            <source>One choice per line</source>
            <translation>One choice per line</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="503" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="506" />
            <source>Field name:</source>
            <translation>Field name:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="507" />
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../views/reminders_page.py" line="98" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="98" />
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="98" />
            <source>Customer / deal</source>
            <translation>Customer / deal</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="99" />
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="99" />
            <source>Repeats</source>
            <translation>Repeats</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="99" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="172" />
            <source>(moved from {date})</source>
            <translation>(moved from {date})</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="229" />
            <source>Moved off a public holiday; it was due {date}.</source>
            <translation>Moved off a public holiday; it was due {date}.</translation>
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <location filename="../../views/alerts_page.py" line="130" />
            <location filename="../../views/alerts_page.py" line="326" />
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="131" />
            <location filename="../../views/alerts_page.py" line="327" />
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="232" />
            <source>Not reviewed yet.</source>
            <translation>Not reviewed yet.</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="233" />
            <source>Reviewed by {name} on {when}.</source>
            <translation>Reviewed by {name} on {when}.</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="328" />
            <source>All alerts</source>
            <translation>All alerts</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="336" />
            <source>Search what was written, customers…</source>
            <translation>Search what was written, customers…</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="380" />
            <location filename="../../views/alerts_page.py" line="523" />
            <source>Show reviewed alerts too</source>
            <translation>Show reviewed alerts too</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="398" />
            <source>Mark reviewed…</source>
            <translation>Mark reviewed…</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="401" />
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="403" />
            <source>Open customer</source>
            <translation>Open customer</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="405" />
            <source>Only an owner or a manager may review alerts.</source>
            <translation>Only an owner or a manager may review alerts.</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="468" />
            <source>All words</source>
            <translation>All words</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="470" />
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="507" />
            <source>{n} to review</source>
            <translation>{n} to review</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="519" />
            <source>Nothing to review</source>
            <translation>Nothing to review</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="520" />
            <source>Kehu reads every note and timeline entry as it is written and shows here those with a risk word (Settings &gt; Risk words), for an owner to review.</source>
            <translation>Kehu reads every note and timeline entry as it is written and shows here those with a risk word (Settings &gt; Risk words), for an owner to review.</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="525" />
            <source>No alerts match.</source>
            <translation>No alerts match.</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="526" />
            <source>Clear search and filters</source>
            <translation>Clear search and filters</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="568" />
            <source>{place} · {name} · {when}</source>
            <translation>{place} · {name} · {when}</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="77" />
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="78" />
            <source>Written by</source>
            <translation>Written by</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="79" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="80" />
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="81" />
            <source>What was written</source>
            <translation>What was written</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="82" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="116" />
            <source>Sync with the team's other PCs</source>
            <translation>Sync with the team's other PCs</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="118" />
            <source>Export of customers</source>
            <translation>Export of customers</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="119" />
            <source>Timeline entry</source>
            <translation>Timeline entry</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="120" />
            <source>Customer notes</source>
            <translation>Customer notes</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="121" />
            <source>Deal notes</source>
            <translation>Deal notes</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="122" />
            <source>Deal next step</source>
            <translation>Deal next step</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="123" />
            <source>Another salesperson's customer, added again</source>
            <translation>Another salesperson's customer, added again</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="124" />
            <source>Satisfaction call after a ticket</source>
            <translation>Satisfaction call after a ticket</translation>
        </message>
    </context>
    <context>
        <name>BackupSettings</name>
        <message>
            <location filename="../../views/backup_settings.py" line="64" />
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="66" />
            <source>Use the default</source>
            <translation>Use the default</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="67" />
            <source>The folder “backups” next to the book</source>
            <translation>The folder “backups” next to the book</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="69" />
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="72" />
            <source>Backup folder:</source>
            <translation>Backup folder:</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="81" />
            <source>Kehu backs up the book every day when it starts, and before an import, an upgrade or a restore. It keeps the newest backup of each of the last {days} days, {weeks} weeks and {months} months, and every backup made by hand until you delete it.</source>
            <translation>Kehu backs up the book every day when it starts, and before an import, an upgrade or a restore. It keeps the newest backup of each of the last {days} days, {weeks} weeks and {months} months, and every backup made by hand until you delete it.</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="87" />
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="87" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="87" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="88" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="88" />
            <source>Book version</source>
            <translation>Book version</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="98" />
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="101" />
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="104" />
            <source>Restore from a file…</source>
            <translation>Restore from a file…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="107" />
            <source>A backup from elsewhere, e.g. a USB disk</source>
            <translation>A backup from elsewhere, e.g. a USB disk</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="109" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="119" />
            <source>Only an owner may restore a backup, delete one or change the folder.</source>
            <translation>Only an owner may restore a backup, delete one or change the folder.</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="187" />
            <source>Where to keep the backups</source>
            <translation>Where to keep the backups</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="204" />
            <source>New backups go to {folder}. Backups made before stay where they are.</source>
            <translation>New backups go to {folder}. Backups made before stay where they are.</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="224" />
            <source>Backing up the book…</source>
            <translation>Backing up the book…</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="232" />
            <source>No backup was made.</source>
            <translation>No backup was made.</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="235" />
            <source>Backed up to {path}</source>
            <translation>Backed up to {path}</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="259" />
            <source>Restored the backup of {when}.</source>
            <translation>Restored the backup of {when}.</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="267" />
            <source>Delete a backup</source>
            <translation>Delete a backup</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="268" />
            <source>Delete the backup of {when} ({why}, {customers} customers)? It cannot be brought back.</source>
            <translation>Delete the backup of {when} ({why}, {customers} customers)? It cannot be brought back.</translation>
        </message>
        <message>
            <location filename="../../views/backup_settings.py" line="282" />
            <source>Deleted the backup of {when}.</source>
            <translation>Deleted the backup of {when}.</translation>
        </message>
    </context>
    <context>
        <name>Board</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="554" />
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="555" />
            <source>Lost…</source>
            <translation>Lost…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="556" />
            <source>Drop a card here to mark the deal won</source>
            <translation>Drop a card here to mark the deal won</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="557" />
            <source>Drop a card here to mark the deal lost</source>
            <translation>Drop a card here to mark the deal lost</translation>
        </message>
    </context>
    <context>
        <name>BuyingSummary</name>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="24" />
            <source>What they buy</source>
            <translation>What they buy</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="48" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="48" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="49" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="49" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="50" />
            <source>Last bought</source>
            <translation>Last bought</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="64" />
            <source>{n} of {peers} customers who buy {because} also buy {name}</source>
            <translation>{n} of {peers} customers who buy {because} also buy {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="67" />
            <source>Suggestions: </source>
            <translation>Suggestions: </translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="79" />
            <source>Orders about every {days} days ({n} orders, the last on {last}).</source>
            <translation>Orders about every {days} days ({n} orders, the last on {last}).</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="84" />
            <source>The next order was expected on {day}: {n} days late.</source>
            <translation>The next order was expected on {day}: {n} days late.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="88" />
            <source>The next order is expected on {day}.</source>
            <translation>The next order is expected on {day}.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="91" />
            <source>One order so far, on {day}.</source>
            <translation>One order so far, on {day}.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/buying.py" line="96" />
            <source>Paid {percent}% of what fell due in 12 months on time.</source>
            <translation>Paid {percent}% of what fell due in 12 months on time.</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="234" />
            <source>Next: {step}</source>
            <translation>Next: {step}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="235" />
            <source>No next step</source>
            <translation>No next step</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="239" />
            <source>Reminder {date}</source>
            <translation>Reminder {date}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="251" />
            <source>Stalled {n} d</source>
            <translation>Stalled {n} d</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="258" />
            <source>{n} d in stage</source>
            <translation>{n} d in stage</translation>
        </message>
    </context>
    <context>
        <name>CardModel</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="103" />
            <source>Next reminder {when}</source>
            <translation>Next reminder {when}</translation>
        </message>
    </context>
    <context>
        <name>CatchUpDialog</name>
        <message>
            <location filename="../../desktop/tray.py" line="67" />
            <source>Reminders while Kehu was closed</source>
            <translation>Reminders while Kehu was closed</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="69" />
            <source>{n} reminders came due while Kehu was closed:</source>
            <translation>{n} reminders came due while Kehu was closed:</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="71" />
            <source>1 reminder came due while Kehu was closed:</source>
            <translation>1 reminder came due while Kehu was closed:</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="78" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="78" />
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="79" />
            <source>Customer / deal</source>
            <translation>Customer / deal</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="79" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="99" />
            <source>They stay in Reminders until you mark them done. Double-click one to open its customer or deal.</source>
            <translation>They stay in Reminders until you mark them done. Double-click one to open its customer or deal.</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="104" />
            <source>Open Reminders</source>
            <translation>Open Reminders</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="107" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ColumnHeader</name>
        <message>
            <location filename="../../views/pipeline_board.py" line="351" />
            <location filename="../../views/pipeline_board.py" line="368" />
            <source>{total} in all</source>
            <translation>{total} in all</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="352" />
            <location filename="../../views/pipeline_board.py" line="369" />
            <source>{weighted} weighted</source>
            <translation>{weighted} weighted</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_board.py" line="360" />
            <source>{total}; weighted {weighted}</source>
            <translation>{total}; weighted {weighted}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../views/contact_dialog.py" line="35" />
            <source>Edit contact person</source>
            <translation>Edit contact person</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="35" />
            <source>New contact person</source>
            <translation>New contact person</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="52" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="53" />
            <source>e.g. Purchasing manager</source>
            <translation>e.g. Purchasing manager</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="65" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="66" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../views/contact_dialog.py" line="67" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="35" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="36" />
            <source>Add a contact person</source>
            <translation>Add a contact person</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="47" />
            <source>Contact people ({n})</source>
            <translation>Contact people ({n})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="48" />
            <source>Contact people</source>
            <translation>Contact people</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="55" />
            <source>Nobody yet. Add the people you talk to.</source>
            <translation>Nobody yet. Add the people you talk to.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="86" />
            <source>Main contact</source>
            <translation>Main contact</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="98" />
            <source>WeChat: {id}</source>
            <translation>WeChat: {id}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="107" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="108" />
            <source>Edit {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="113" />
            <source>Edit the customer's contact in its form</source>
            <translation>Edit the customer's contact in its form</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="116" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="117" />
            <source>Remove {name}</source>
            <translation>Remove {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="147" />
            <source>Remove contact person</source>
            <translation>Remove contact person</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/contacts.py" line="148" />
            <source>Remove {name} from the contact people of this customer?</source>
            <translation>Remove {name} from the contact people of this customer?</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="101" />
            <location filename="../../views/customer_detail/panel.py" line="202" />
            <source>No customer selected</source>
            <translation>No customer selected</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="108" />
            <location filename="../../views/customer_detail/panel.py" line="203" />
            <source>Pick a customer in the list to see everything about them here: details, contact people and the timeline.</source>
            <translation>Pick a customer in the list to see everything about them here: details, contact people and the timeline.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="132" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="134" />
            <location filename="../../views/customer_detail/panel.py" line="228" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="136" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="198" />
            <source>This customer no longer exists</source>
            <translation>This customer no longer exists</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="199" />
            <source>It may have been removed by an undo or when the trash was emptied.</source>
            <translation>It may have been removed by an undo or when the trash was emptied.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="227" />
            <source>Timeline ({n})</source>
            <translation>Timeline ({n})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="252" />
            <source>Read-only until {day}: the customer was handed over.</source>
            <translation>Read-only until {day}: the customer was handed over.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/panel.py" line="222" />
            <source>Created {created}  ·  Updated {updated}</source>
            <translation>Created {created}  ·  Updated {updated}</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <location filename="../../views/customer_form.py" line="296" />
            <source>Edit {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="296" />
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="311" />
            <source>Company or person (required)</source>
            <translation>Company or person (required)</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="312" />
            <source>138 0013 8000; several with ;</source>
            <translation>138 0013 8000; several with ;</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="313" />
            <source>021-12345678</source>
            <translation>021-12345678</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="314" />
            <source>Separate tags with commas</source>
            <translation>Separate tags with commas</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="397" />
            <source>More fields</source>
            <translation>More fields</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="549" />
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="552" />
            <source>Not on this PC yet, coming with the next sync: {n} that you can see (shared with you, or added on another PC)</source>
            <translation>Not on this PC yet, coming with the next sync: {n} that you can see (shared with you, or added on another PC)</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="556" />
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="557" />
            <source>The book already has customers with this name or mobile:

{list}

Save anyway?</source>
            <translation>The book already has customers with this name or mobile:

{list}

Save anyway?</translation>
        </message>
    </context>
    <context>
        <name>CustomerHeader</name>
        <message>
            <location filename="../../views/customer_detail/header.py" line="60" />
            <location filename="../../views/customer_detail/header.py" line="127" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="61" />
            <source>Pin a grade by hand, or let the rules grade</source>
            <translation>Pin a grade by hand, or let the rules grade</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="66" />
            <source>Pin grade {grade}</source>
            <translation>Pin grade {grade}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="70" />
            <source>Grade by the rules</source>
            <translation>Grade by the rules</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="76" />
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="77" />
            <source>Let another user see this customer (read only)</source>
            <translation>Let another user see this customer (read only)</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="83" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="85" />
            <location filename="../../views/customer_detail/header.py" line="159" />
            <source>Edit this customer</source>
            <translation>Edit this customer</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="99" />
            <source>This customer is in the trash.</source>
            <translation>This customer is in the trash.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="112" />
            <source>Read-only until {day}: this customer was handed over to {owner}. You may look at everything, but change nothing.</source>
            <translation>Read-only until {day}: this customer was handed over to {owner}. You may look at everything, but change nothing.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="124" />
            <source>Grade {grade}, pinned by hand</source>
            <translation>Grade {grade}, pinned by hand</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="125" />
            <source>Grade {grade}</source>
            <translation>Grade {grade}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="127" />
            <source>Pinned</source>
            <translation>Pinned</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="142" />
            <source>Owner: {name}</source>
            <translation>Owner: {name}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="148" />
            <source>Shared with {names}</source>
            <translation>Shared with {names}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="149" />
            <source>{name} (read-only until {day})</source>
            <translation>{name} (read-only until {day})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="160" />
            <source>This customer belongs to another salesperson: only they, a manager or an owner may change it.</source>
            <translation>This customer belongs to another salesperson: only they, a manager or an owner may change it.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="167" />
            <source>In the public pool</source>
            <translation>In the public pool</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="168" />
            <source>no contact logged</source>
            <translation>no contact logged</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="169" />
            <source>no order or won deal</source>
            <translation>no order or won deal</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="170" />
            <source>given back</source>
            <translation>given back</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/header.py" line="171" />
            <source>In the public pool since {day} ({why})</source>
            <translation>In the public pool since {day} ({why})</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="154" />
            <source>Type a name, pinyin or phone number</source>
            <translation>Type a name, pinyin or phone number</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../views/customers_page.py" line="60" />
            <source>Search name, contact, phone digits, pinyin (zsf), address, notes…</source>
            <translation>Search name, contact, phone digits, pinyin (zsf), address, notes…</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="85" />
            <location filename="../../views/customers_page.py" line="228" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="87" />
            <source>Empty trash…</source>
            <translation>Empty trash…</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="92" />
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="94" />
            <source>New customer (Ctrl+N)</source>
            <translation>New customer (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="100" />
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="102" />
            <source>Take the chosen customers from the public pool: they become yours</source>
            <translation>Take the chosen customers from the public pool: they become yours</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="105" />
            <location filename="../../views/customers_page.py" line="348" />
            <source>Give back to the pool</source>
            <translation>Give back to the pool</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="107" />
            <source>Give the chosen customers back to the public pool, where anyone may claim them</source>
            <translation>Give the chosen customers back to the public pool, where anyone may claim them</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="156" />
            <source>Clear search and filters</source>
            <translation>Clear search and filters</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="223" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="233" />
            <location filename="../../views/customers_page.py" line="306" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="302" />
            <source>Move {name} to the trash?</source>
            <translation>Move {name} to the trash?</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="304" />
            <source>Move {n} customers to the trash?</source>
            <translation>Move {n} customers to the trash?</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="307" />
            <source>You can restore them from the trash.</source>
            <translation>You can restore them from the trash.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="344" />
            <source>Give {name} back to the public pool?</source>
            <translation>Give {name} back to the public pool?</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="346" />
            <source>Give {n} customers back to the public pool?</source>
            <translation>Give {n} customers back to the public pool?</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="349" />
            <source>Any salesperson may claim them then.</source>
            <translation>Any salesperson may claim them then.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="365" />
            <source>you hold {held} of {most}</source>
            <translation>you hold {held} of {most}</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="368" />
            <source>claimed today: {done} of {most}</source>
            <translation>claimed today: {done} of {most}</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="379" />
            <source>Empty trash</source>
            <translation>Empty trash</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="380" />
            <source>Delete the {n} customers in the trash for good, with their contacts and history? This cannot be undone.</source>
            <translation>Delete the {n} customers in the trash for good, with their contacts and history? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="482" />
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="484" />
            <source>Public pool</source>
            <translation>Public pool</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="487" />
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="489" />
            <source>Grade {g}</source>
            <translation>Grade {g}</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="490" />
            <source>No grade</source>
            <translation>No grade</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="491" />
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="494" />
            <source>All cities</source>
            <translation>All cities</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="539" />
            <source>{n} in the trash</source>
            <translation>{n} in the trash</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="541" />
            <source>{n} customers</source>
            <translation>{n} customers</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="573" />
            <source>No customer matches “{text}” with these filters.</source>
            <translation>No customer matches “{text}” with these filters.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="575" />
            <source>No customer matches “{text}”.</source>
            <translation>No customer matches “{text}”.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="576" />
            <source>No customer matches these filters.</source>
            <translation>No customer matches these filters.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="578" />
            <source>The trash is empty.</source>
            <translation>The trash is empty.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="580" />
            <source>No customers yet.</source>
            <translation>No customers yet.</translation>
        </message>
        <message>
            <location filename="../../views/customers_page.py" line="689" />
            <source>Only an owner or a manager may empty the trash.</source>
            <translation>Only an owner or a manager may empty the trash.</translation>
        </message>
    </context>
    <context>
        <name>DamagedBookDialog</name>
        <message>
            <location filename="../../views/backup_dialogs.py" line="258" />
            <source>The book is damaged</source>
            <translation>The book is damaged</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="265" />
            <source>The book “{name}” is damaged</source>
            <translation>The book “{name}” is damaged</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="277" />
            <source>Restoring keeps the damaged files beside the book under a new name, so nothing is lost.</source>
            <translation>Restoring keeps the damaged files beside the book under a new name, so nothing is lost.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="280" />
            <source>Restore this backup</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="283" />
            <location filename="../../views/backup_dialogs.py" line="334" />
            <source>Choose another backup…</source>
            <translation>Choose another backup…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="286" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="324" />
            <source>Kehu found no backup of this book that passes the check. If you have one elsewhere (a USB disk, another computer), choose it.</source>
            <translation>Kehu found no backup of this book that passes the check. If you have one elsewhere (a USB disk, another computer), choose it.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="328" />
            <source>The backup you chose is from {when}, with {n} customers:</source>
            <translation>The backup you chose is from {when}, with {n} customers:</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="330" />
            <source>The newest good backup is from {when}, with {n} customers:</source>
            <translation>The newest good backup is from {when}, with {n} customers:</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="335" />
            <source>Choose a backup…</source>
            <translation>Choose a backup…</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../views/customer_form.py" line="115" />
            <source>Set a date</source>
            <translation>Set a date</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="120" />
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="80" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="95" />
            <source>not known yet</source>
            <translation>not known yet</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="124" />
            <location filename="../../views/deal_dialog.py" line="865" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="309" />
            <source>Deal: {title}</source>
            <translation>Deal: {title}</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="310" />
            <source>New deal</source>
            <translation>New deal</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="328" />
            <source>e.g. 200 sets of office chairs (required)</source>
            <translation>e.g. 200 sets of office chairs (required)</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="371" />
            <source>e.g. send the quote on Friday</source>
            <translation>e.g. send the quote on Friday</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="374" />
            <source>What they buy, in your words</source>
            <translation>What they buy, in your words</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="418" />
            <source>Stage history</source>
            <translation>Stage history</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="422" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="422" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="422" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="443" />
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="445" />
            <source>Mark this deal as won</source>
            <translation>Mark this deal as won</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="447" />
            <source>Lost…</source>
            <translation>Lost…</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="449" />
            <source>Mark this deal as lost and say why</source>
            <translation>Mark this deal as lost and say why</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="451" />
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="453" />
            <source>Put this deal back on the board</source>
            <translation>Put this deal back on the board</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="511" />
            <source>Open · {stage} · {n} days in this stage</source>
            <translation>Open · {stage} · {n} days in this stage</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="514" />
            <source>stalled</source>
            <translation>stalled</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="516" />
            <source>Won on {date}</source>
            <translation>Won on {date}</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="519" />
            <source>Lost on {date}: {reason}</source>
            <translation>Lost on {date}: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="546" />
            <source>Created in {stage}</source>
            <translation>Created in {stage}</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="567" />
            <source>Read-only until {day}: {customer} was handed over to someone else. You may look at this deal, but not change it.</source>
            <translation>Read-only until {day}: {customer} was handed over to someone else. You may look at this deal, but not change it.</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="570" />
            <source>{customer} belongs to another salesperson: you may look at this deal, but only they, a manager or an owner may change it.</source>
            <translation>{customer} belongs to another salesperson: you may look at this deal, but only they, a manager or an owner may change it.</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="584" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="864" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="871" />
            <source>Snooze stall</source>
            <translation>Snooze stall</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="872" />
            <source>Do not mark this deal stalled for the next:</source>
            <translation>Do not mark this deal stalled for the next:</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="880" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="891" />
            <source>Why is it stalled?</source>
            <translation>Why is it stalled?</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="892" />
            <source>Reason (for example: the buyer is on holiday):</source>
            <translation>Reason (for example: the buyer is on holiday):</translation>
        </message>
    </context>
    <context>
        <name>DealList</name>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="33" />
            <source>New deal</source>
            <translation>New deal</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="34" />
            <source>Start a deal with this customer</source>
            <translation>Start a deal with this customer</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="45" />
            <source>Deals ({n})</source>
            <translation>Deals ({n})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="46" />
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="51" />
            <source>No deals yet. A deal follows one sale from the first talk to the contract.</source>
            <translation>No deals yet. A deal follows one sale from the first talk to the contract.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="55" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="55" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="55" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/deals.py" line="56" />
            <source>Closes</source>
            <translation>Closes</translation>
        </message>
    </context>
    <context>
        <name>DealTableModel</name>
        <message>
            <location filename="../../views/pipeline_list.py" line="30" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="31" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="32" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="33" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="34" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="35" />
            <source>Weighted</source>
            <translation>Weighted</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="36" />
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="37" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="38" />
            <source>Days in stage</source>
            <translation>Days in stage</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_list.py" line="39" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>DecisionPage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="1031" />
            <source>What the import will do</source>
            <translation>What the import will do</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1032" />
            <location filename="../../views/import_wizard.py" line="1140" />
            <source>Nothing is written yet. Choose what to do with customers that are already in the book, then press Import.</source>
            <translation>Nothing is written yet. Choose what to do with customers that are already in the book, then press Import.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1035" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1041" />
            <source>Rows in the file:</source>
            <translation>Rows in the file:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1042" />
            <source>New customers:</source>
            <translation>New customers:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1043" />
            <source>Customers to update:</source>
            <translation>Customers to update:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1044" />
            <source>Already in the book:</source>
            <translation>Already in the book:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1045" />
            <source>Repeated inside the file:</source>
            <translation>Repeated inside the file:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1046" />
            <source>Held for your answer:</source>
            <translation>Held for your answer:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1047" />
            <source>Rows that cannot be imported:</source>
            <translation>Rows that cannot be imported:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1048" />
            <source>Similar names to look at:</source>
            <translation>Similar names to look at:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1049" />
            <source>Imported with a warning:</source>
            <translation>Imported with a warning:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1137" />
            <source>Customers already in the book (same name or mobile):</source>
            <translation>Customers already in the book (same name or mobile):</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1067" />
            <source>Skip them (leave the book's customer as it is)</source>
            <translation>Skip them (leave the book's customer as it is)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1068" />
            <source>Fill in only the fields that are empty in the book</source>
            <translation>Fill in only the fields that are empty in the book</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1069" />
            <source>Overwrite the book's fields with the file's values</source>
            <translation>Overwrite the book's fields with the file's values</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1071" />
            <source>Import them anyway, as new customers</source>
            <translation>Import them anyway, as new customers</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1093" />
            <source>Rows that cannot be imported, rows held for your answer, names to look at and warnings:</source>
            <translation>Rows that cannot be imported, rows held for your answer, names to look at and warnings:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1142" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1098" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Your answer</source>
            <translation>Your answer</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1099" />
            <location filename="../../views/import_wizard.py" line="1158" />
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1110" />
            <source>Save rejected rows as .xlsx…</source>
            <translation>Save rejected rows as .xlsx…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1146" />
            <source>Nothing is written yet. Look at the rows below, choose, then press Import.</source>
            <translation>Nothing is written yet. Look at the rows below, choose, then press Import.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1176" />
            <source>Checking the rows against the book…</source>
            <translation>Checking the rows against the book…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1180" />
            <source>Checking was cancelled. Go back, or choose a mode to check again.</source>
            <translation>Checking was cancelled. Go back, or choose a mode to check again.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1192" />
            <source>Cannot be imported</source>
            <translation>Cannot be imported</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1194" />
            <source>Similar to a customer in the book</source>
            <translation>Similar to a customer in the book</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1229" />
            <location filename="../../views/import_wizard.py" line="1247" />
            <source>Same customer as {name}</source>
            <translation>Same customer as {name}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1249" />
            <source>Same customer as row {line}</source>
            <translation>Same customer as row {line}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1250" />
            <source>Hold it (not imported)</source>
            <translation>Hold it (not imported)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1251" />
            <source>A new customer</source>
            <translation>A new customer</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1297" />
            <source>{n} more rows are not listed here; save the rejected rows to see them all.</source>
            <translation>{n} more rows are not listed here; save the rejected rows to see them all.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1300" />
            <source>{n} more similar names are not listed here; they are imported as new customers.</source>
            <translation>{n} more similar names are not listed here; they are imported as new customers.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1303" />
            <source>{n} more held rows are not listed here; they are not imported.</source>
            <translation>{n} more held rows are not listed here; they are not imported.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1306" />
            <source>{n} more rows with a warning are not listed here.</source>
            <translation>{n} more rows with a warning are not listed here.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1309" />
            <source>There is nothing to import with these choices.</source>
            <translation>There is nothing to import with these choices.</translation>
        </message>
    </context>
    <context>
        <name>DeleteStageDialog</name>
        <message>
            <location filename="../../views/pipeline_settings.py" line="466" />
            <location filename="../../views/pipeline_settings.py" line="481" />
            <source>Delete stage</source>
            <translation>Delete stage</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="469" />
            <source>“{stage}” has {n} deals. Move them to:</source>
            <translation>“{stage}” has {n} deals. Move them to:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="471" />
            <source>Delete the stage “{stage}”? It has no deals.</source>
            <translation>Delete the stage “{stage}”? It has no deals.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="489" />
            <source>Undo brings the stage back.</source>
            <translation>Undo brings the stage back.</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <location filename="../../views/customer_detail/details.py" line="89" />
            <source>No details yet. Use Edit to add a phone number, address or tags.</source>
            <translation>No details yet. Use Edit to add a phone number, address or tags.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/details.py" line="100" />
            <source>{date} (overdue)</source>
            <translation>{date} (overdue)</translation>
        </message>
    </context>
    <context>
        <name>DigestDialog</name>
        <message>
            <location filename="../../views/digest_dialog.py" line="50" />
            <source>{n} of them have still not been contacted. Open one to call it or log a visit; Kehu reminds nobody of them one by one while this item is on the list.</source>
            <translation>{n} of them have still not been contacted. Open one to call it or log a visit; Kehu reminds nobody of them one by one while this item is on the list.</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="53" />
            <source>All of them have been contacted since.</source>
            <translation>All of them have been contacted since.</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="37" />
            <location filename="../../views/digest_dialog.py" line="47" />
            <location filename="../../views/digest_dialog.py" line="84" />
            <location filename="../../views/digest_dialog.py" line="89" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="29" />
            <source>{n} of them still wait. Open one to deal with it; Kehu reminds nobody of them one by one while this item is on the list.</source>
            <translation>{n} of them still wait. Open one to deal with it; Kehu reminds nobody of them one by one while this item is on the list.</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="32" />
            <source>All of them have been dealt with since.</source>
            <translation>All of them have been dealt with since.</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="35" />
            <source>No contact logged</source>
            <translation>No contact logged</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="36" />
            <source>No order or won deal</source>
            <translation>No order or won deal</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="37" />
            <source>Goes back on</source>
            <translation>Goes back on</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="37" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="40" />
            <source>{n} of them go back to the public pool unless they are followed up: log a contact, or win a deal or an order. Kehu warns nobody of them one by one while this item is on the list.</source>
            <translation>{n} of them go back to the public pool unless they are followed up: log a contact, or win a deal or an order. Kehu warns nobody of them one by one while this item is on the list.</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="44" />
            <source>None of them is about to go back to the pool any more.</source>
            <translation>None of them is about to go back to the pool any more.</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="47" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="47" />
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="69" />
            <source>Open customer</source>
            <translation>Open customer</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="69" />
            <source>Open deal</source>
            <translation>Open deal</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="84" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="84" />
            <source>Stalled since</source>
            <translation>Stalled since</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="87" />
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="87" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="88" />
            <source>Next order expected</source>
            <translation>Next order expected</translation>
        </message>
        <message>
            <location filename="../../views/digest_dialog.py" line="88" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="1353" />
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1360" />
            <source>Undo this import</source>
            <translation>Undo this import</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1384" />
            <source>Undo removes the customers this import created and puts back the fields it changed. You can also undo it later from File &gt; Import history.</source>
            <translation>Undo removes the customers this import created and puts back the fields it changed. You can also undo it later from File &gt; Import history.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1390" />
            <source>Import undone</source>
            <translation>Import undone</translation>
        </message>
    </context>
    <context>
        <name>DueField</name>
        <message>
            <location filename="../../views/ticket_dialog.py" line="123" />
            <source>Set a date and time; otherwise the priority decides (urgent 4 h, high 1 day, normal 3 days, low 7 days)</source>
            <translation>Set a date and time; otherwise the priority decides (urgent 4 h, high 1 day, normal 3 days, low 7 days)</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="130" />
            <source>by the priority</source>
            <translation>by the priority</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="610" />
            <source>Choose the file</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="611" />
            <source>An Excel workbook (.xlsx, .xls), a LibreOffice sheet (.ods), a CSV file, or contacts exported from a phone (.vcf).</source>
            <translation>An Excel workbook (.xlsx, .xls), a LibreOffice sheet (.ods), a CSV file, or contacts exported from a phone (.vcf).</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="616" />
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="617" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="650" />
            <source>The file holds:</source>
            <translation>The file holds:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="680" />
            <source>Import customers</source>
            <translation>Import customers</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="681" />
            <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;All files (*)</source>
            <translation>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="690" />
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="703" />
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="703" />
            <source>Excel 97–2003 workbook</source>
            <translation>Excel 97–2003 workbook</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="704" />
            <source>OpenDocument spreadsheet</source>
            <translation>OpenDocument spreadsheet</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="704" />
            <source>CSV text</source>
            <translation>CSV text</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="705" />
            <source>contacts (vCard)</source>
            <translation>contacts (vCard)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="708" />
            <source>{kind}, encoding {encoding}</source>
            <translation>{kind}, encoding {encoding}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="711" />
            <source>The file holds no rows.</source>
            <translation>The file holds no rows.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="714" />
            <source>{kind}: {n} rows</source>
            <translation>{kind}: {n} rows</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="719" />
            <source>{sheet} — {n} rows, hidden in the workbook</source>
            <translation>{sheet} — {n} rows, hidden in the workbook</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="720" />
            <source>{sheet} — {n} rows</source>
            <translation>{sheet} — {n} rows</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="728" />
            <source>{sheet} — empty</source>
            <translation>{sheet} — empty</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="730" />
            <source>This sheet holds no rows.</source>
            <translation>This sheet holds no rows.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="740" />
            <source>The file has several sheets. Tick those that hold customers: they are imported together, as one import (one Undo takes them all back).</source>
            <translation>The file has several sheets. Tick those that hold customers: they are imported together, as one import (one Undo takes them all back).</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="744" />
            <source>The file has several sheets. Tick the one that holds the rows: orders and products are imported one sheet at a time.</source>
            <translation>The file has several sheets. Tick the one that holds the rows: orders and products are imported one sheet at a time.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="760" />
            <source>Other columns than {first}: {sheets}. Untick them to go on; import them on their own afterwards.</source>
            <translation>Other columns than {first}: {sheets}. Untick them to go on; import them on their own afterwards.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="764" />
            <source>Tick a sheet to import.</source>
            <translation>Tick a sheet to import.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../views/first_run.py" line="34" />
            <source>Welcome to Kehu</source>
            <translation>Welcome to Kehu</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="41" />
            <source>Your customer book is empty. Give it your shop's name and a password, then bring your customers in.</source>
            <translation>Your customer book is empty. Give it your shop's name and a password, then bring your customers in.</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="46" />
            <source>Shown on the title of every report</source>
            <translation>Shown on the title of every report</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="57" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="67" />
            <source>Shop name:</source>
            <translation>Shop name:</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="68" />
            <source>Your password:</source>
            <translation>Your password:</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="69" />
            <source>Repeat it:</source>
            <translation>Repeat it:</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="77" />
            <source>Then bring your customers in:</source>
            <translation>Then bring your customers in:</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="79" />
            <source>Import a spreadsheet or phone contacts…</source>
            <translation>Import a spreadsheet or phone contacts…</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="82" />
            <source>Add the first customer…</source>
            <translation>Add the first customer…</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="85" />
            <source>Try the demo book</source>
            <translation>Try the demo book</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="88" />
            <source>Opens a separate book full of made-up customers in a second window; this book stays as it is.</source>
            <translation>Opens a separate book full of made-up customers in a second window; this book stays as it is.</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="121" />
            <source>You have a password (change it in Settings &gt; Team).</source>
            <translation>You have a password (change it in Settings &gt; Team).</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="122" />
            <source>Recommended. Required once a second person uses this book.</source>
            <translation>Recommended. Required once a second person uses this book.</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="138" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
        <message>
            <location filename="../../views/first_run.py" line="153" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpOffer</name>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="28" />
            <source>Next follow-up:</source>
            <translation>Next follow-up:</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="33" />
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="35" />
            <source>Kehu reminds you on that day</source>
            <translation>Kehu reminds you on that day</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/follow_up.py" line="37" />
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>ForecastStrip</name>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="61" />
            <source>MMM yyyy</source>
            <translation>MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="64" />
            <source>Weighted forecast</source>
            <translation>Weighted forecast</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="52" />
            <source>6 months: {total}</source>
            <translation>6 months: {total}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="54" />
            <source>Bars: {currency} only</source>
            <translation>Bars: {currency} only</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_forecast.py" line="141" />
            <source>{month}: {count} deals, {total} in all, {weighted} weighted</source>
            <translation>{month}: {count} deals, {total} in all, {weighted} weighted</translation>
        </message>
    </context>
    <context>
        <name>GradingSettings</name>
        <message>
            <location filename="../../views/grading_settings.py" line="41" />
            <source>Only an owner may change the grading rules.</source>
            <translation>Only an owner may change the grading rules.</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="43" />
            <source>A customer gets the best grade whose every threshold it meets, else C. Kehu grades at the start of each month; grades pinned by hand in the customer panel are kept.</source>
            <translation>A customer gets the best grade whose every threshold it meets, else C. Kehu grades at the start of each month; grades pinned by hand in the customer panel are kept.</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="48" />
            <source>Won in the last 12 months at least ({currency})</source>
            <translation>Won in the last 12 months at least ({currency})</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="50" />
            <source>Won deals in the last 12 months at least</source>
            <translation>Won deals in the last 12 months at least</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="51" />
            <source>Last contact at most this many days ago</source>
            <translation>Last contact at most this many days ago</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="52" />
            <source>Paid on time in the last 12 months at least</source>
            <translation>Paid on time in the last 12 months at least</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="55" />
            <source>Grade {grade}</source>
            <translation>Grade {grade}</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="68" />
            <source>The share of the money that fell due in the last 12 months that the customer paid by its due date; a customer with nothing due meets it</source>
            <translation>The share of the money that fell due in the last 12 months that the customer paid by its due date; a customer with nothing due meets it</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="79" />
            <source>Apply now</source>
            <translation>Apply now</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="81" />
            <source>Grade every customer by the rules now</source>
            <translation>Grade every customer by the rules now</translation>
        </message>
        <message>
            <location filename="../../views/grading_settings.py" line="138" />
            <source>{n} customers changed grade.</source>
            <translation>{n} customers changed grade.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../views/handover_dialog.py" line="40" />
            <source>{customers} customers, {deals} open deals, {reminders} open reminders, {orders} unpaid orders</source>
            <translation>{customers} customers, {deals} open deals, {reminders} open reminders, {orders} unpaid orders</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="55" />
            <source>Hand over customers</source>
            <translation>Hand over customers</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="63" />
            <source>{name} (disabled)</source>
            <translation>{name} (disabled)</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="65" />
            <location filename="../../views/handover_dialog.py" line="223" />
            <source>{name} · {n} customers</source>
            <translation>{name} · {n} customers</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="70" />
            <source>Any city</source>
            <translation>Any city</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="71" />
            <source>Any grade</source>
            <translation>Any grade</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="72" />
            <source>Any tag</source>
            <translation>Any tag</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="73" />
            <source>Any stage</source>
            <translation>Any stage</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="74" />
            <source>Which customers</source>
            <translation>Which customers</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="76" />
            <source>City:</source>
            <translation>City:</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="77" />
            <source>Grade:</source>
            <translation>Grade:</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="78" />
            <source>Tag:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="79" />
            <source>Open deal at stage:</source>
            <translation>Open deal at stage:</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="89" />
            <source>Who takes them over</source>
            <translation>Who takes them over</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="93" />
            <source>With several, share them out:</source>
            <translation>With several, share them out:</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="99" />
            <source>e.g. left the company; moved to the south region</source>
            <translation>e.g. left the company; moved to the south region</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="101" />
            <source>They may still read these customers, and change nothing, until</source>
            <translation>They may still read these customers, and change nothing, until</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="129" />
            <source>Hand over</source>
            <translation>Hand over</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="130" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="135" />
            <source>Customers of:</source>
            <translation>Customers of:</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="141" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="148" />
            <source>Each customer goes with its contact persons and this person's open deals (at their stage), open reminders and unpaid orders. Won or lost deals, done reminders and paid orders stay credited to them. Edit &gt; Undo takes the whole handover back.</source>
            <translation>Each customer goes with its contact persons and this person's open deals (at their stage), open reminders and unpaid orders. Won or lost deals, done reminders and paid orders stay credited to them. Edit &gt; Undo takes the whole handover back.</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="236" />
            <source>Read-only access is for a transfer: this person is disabled (a leaver).</source>
            <translation>Read-only access is for a transfer: this person is disabled (a leaver).</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="238" />
            <source>Has {what}.</source>
            <translation>Has {what}.</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="253" />
            <source>No customer matches: nothing to hand over.</source>
            <translation>No customer matches: nothing to hand over.</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="255" />
            <source>Will move {what}. Tick who takes them over.</source>
            <translation>Will move {what}. Tick who takes them over.</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="261" />
            <source>Will move {what} to {names}.</source>
            <translation>Will move {what} to {names}.</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="264" />
            <source>{moves} {name} may read them until {day}.</source>
            <translation>{moves} {name} may read them until {day}.</translation>
        </message>
        <message>
            <location filename="../../views/handover_dialog.py" line="285" />
            <source>Handed over {what}. Edit &gt; Undo takes it back.</source>
            <translation>Handed over {what}. Edit &gt; Undo takes it back.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="52" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="52" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="59" />
            <source>No changes are recorded for this customer yet. From now on each change made to it is listed here: what changed, who changed it and when.</source>
            <translation>No changes are recorded for this customer yet. From now on each change made to it is listed here: what changed, who changed it and when.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/history_tab.py" line="64" />
            <source>Only the latest {n} changes are shown.</source>
            <translation>Only the latest {n} changes are shown.</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <location filename="../../desktop/housekeeping.py" line="96" />
            <location filename="../../desktop/housekeeping.py" line="102" />
            <source>Checking the book…</source>
            <translation>Checking the book…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="123" />
            <source>The book is read-only (its file or folder cannot be written): Kehu shows it and saves nothing.</source>
            <translation>The book is read-only (its file or folder cannot be written): Kehu shows it and saves nothing.</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="179" />
            <source>Updating the search index…</source>
            <translation>Updating the search index…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="203" />
            <source>{n} stalled deals need a follow-up today</source>
            <translation>{n} stalled deals need a follow-up today</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="228" />
            <source>Returning customers to the public pool…</source>
            <translation>Returning customers to the public pool…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="237" />
            <source>{n} customers went back to the public pool</source>
            <translation>{n} customers went back to the public pool</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="281" />
            <source>Backing up the book…</source>
            <translation>Backing up the book…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="299" />
            <source>The daily backup failed: {reason}</source>
            <translation>The daily backup failed: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="303" />
            <source>The daily backup failed</source>
            <translation>The daily backup failed</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="318" />
            <source>Grading the customers…</source>
            <translation>Grading the customers…</translation>
        </message>
        <message>
            <location filename="../../desktop/housekeeping.py" line="324" />
            <source>This month's grading: {n} customers changed grade</source>
            <translation>This month's grading: {n} customers changed grade</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <location filename="../../views/import_history.py" line="45" />
            <source>Import history</source>
            <translation>Import history</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="52" />
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="53" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="54" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="66" />
            <source>Nothing has been imported into this book yet.</source>
            <translation>Nothing has been imported into this book yet.</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="71" />
            <location filename="../../views/import_history.py" line="135" />
            <source>Undo this import</source>
            <translation>Undo this import</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="92" />
            <source>Undone {when}</source>
            <translation>Undone {when}</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="93" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="126" />
            <source>Only the person who made the import, a manager or an owner may take it back.</source>
            <translation>Only the person who made the import, a manager or an owner may take it back.</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="137" />
            <source>Remove the {n} customers imported from {file} on {when}, and put back the fields it changed?</source>
            <translation>Remove the {n} customers imported from {file} on {when}, and put back the fields it changed?</translation>
        </message>
        <message>
            <location filename="../../views/import_history.py" line="167" />
            <source>Undoing the import…</source>
            <translation>Undoing the import…</translation>
        </message>
    </context>
    <context>
        <name>ImportTargets</name>
        <message>
            <location filename="../../views/import_records.py" line="38" />
            <location filename="../../views/import_wizard.py" line="80" />
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="73" />
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="74" />
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="93" />
            <source>Kehu ID</source>
            <translation>Kehu ID</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="96" />
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="99" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="102" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="107" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="112" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="116" />
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="120" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="125" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="129" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="133" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="137" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="141" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="146" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="99" />
            <location filename="../../models/core/fields.py" line="150" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="154" />
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="160" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="164" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="172" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="86" />
            <source>Product name</source>
            <translation>Product name</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="86" />
            <source>Model / spec</source>
            <translation>Model / spec</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="95" />
            <location filename="../../importers/records.py" line="87" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="87" />
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="97" />
            <location filename="../../importers/records.py" line="88" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="88" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="89" />
            <source>Still sold</source>
            <translation>Still sold</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="92" />
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="92" />
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="93" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="93" />
            <source>Customer phone</source>
            <translation>Customer phone</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="94" />
            <source>Product or text</source>
            <translation>Product or text</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="94" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="95" />
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="96" />
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="96" />
            <source>Line amount</source>
            <translation>Line amount</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="97" />
            <source>Order total</source>
            <translation>Order total</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="98" />
            <source>Salesperson</source>
            <translation>Salesperson</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="98" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="99" />
            <source>Paid amount</source>
            <translation>Paid amount</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../views/import_wizard.py" line="349" />
            <source>Import customers</source>
            <translation>Import customers</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="190" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="191" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="192" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="193" />
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="194" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="331" />
            <source>Reading {file}…</source>
            <translation>Reading {file}…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="345" />
            <source>Reading sheet {sheet}…</source>
            <translation>Reading sheet {sheet}…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="349" />
            <source>Import orders</source>
            <translation>Import orders</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="350" />
            <source>Import products</source>
            <translation>Import products</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="507" />
            <source>Checking {n} rows…</source>
            <translation>Checking {n} rows…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="530" />
            <source>Save rejected rows</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="531" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="538" />
            <source>Saved {n} rows to {path}</source>
            <translation>Saved {n} rows to {path}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="543" />
            <source>Could not write {path}: {reason}</source>
            <translation>Could not write {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="552" />
            <source>Saving rejected rows…</source>
            <translation>Saving rejected rows…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="579" />
            <source>The import failed; the book was not changed.</source>
            <translation>The import failed; the book was not changed.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="584" />
            <source>Import cancelled; the book was not changed.</source>
            <translation>Import cancelled; the book was not changed.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="585" />
            <source>Importing {file}…</source>
            <translation>Importing {file}…</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="601" />
            <source>Undoing the import…</source>
            <translation>Undoing the import…</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="97" />
            <source>Orders whose customer is not in the book:</source>
            <translation>Orders whose customer is not in the book:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="131" />
            <source>Undo removes the orders this import created, with their lines, payment plans and payments, and the customers it created for them. You can also undo it later from File &gt; Import history.</source>
            <translation>Undo removes the orders this import created, with their lines, payment plans and payments, and the customers it created for them. You can also undo it later from File &gt; Import history.</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="31" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="31" />
            <source>Orders (one row per order line, or one row per order)</source>
            <translation>Orders (one row per order line, or one row per order)</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="33" />
            <source>Products (a price list)</source>
            <translation>Products (a price list)</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="77" />
            <source>Choose the column that holds the product name.</source>
            <translation>Choose the column that holds the product name.</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="78" />
            <source>Choose the column that holds the customer of each order.</source>
            <translation>Choose the column that holds the customer of each order.</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="90" />
            <source>New orders:</source>
            <translation>New orders:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="90" />
            <source>Orders to update:</source>
            <translation>Orders to update:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="91" />
            <source>Already in the book:</source>
            <translation>Already in the book:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="91" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="96" />
            <source>Products already in the catalogue (same name and model):</source>
            <translation>Products already in the catalogue (same name and model):</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="101" />
            <source>Skip them (keep the catalogue's price)</source>
            <translation>Skip them (keep the catalogue's price)</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="102" />
            <source>Update their price and currency from the file</source>
            <translation>Update their price and currency from the file</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="103" />
            <source>Hold them for my answer (not imported)</source>
            <translation>Hold them for my answer (not imported)</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="104" />
            <source>Create those customers with their orders</source>
            <translation>Create those customers with their orders</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="129" />
            <source>Undo removes the products this import created and puts back the prices it changed. You can also undo it later from File &gt; Import history.</source>
            <translation>Undo removes the products this import created and puts back the prices it changed. You can also undo it later from File &gt; Import history.</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="88" />
            <source>New products:</source>
            <translation>New products:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="88" />
            <source>New prices:</source>
            <translation>New prices:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="89" />
            <source>Already in the catalogue:</source>
            <translation>Already in the catalogue:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="89" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="108" />
            <source>Hold it (not imported)</source>
            <translation>Hold it (not imported)</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="108" />
            <source>Create the customer</source>
            <translation>Create the customer</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1423" />
            <location filename="../../views/import_records.py" line="140" />
            <source>Kept, because they changed after the import:</source>
            <translation>Kept, because they changed after the import:</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="137" />
            <source>Undone: removed {removed}, restored {restored}.</source>
            <translation>Undone: removed {removed}, restored {restored}.</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="113" />
            <source>Imported {n} new products.</source>
            <translation>Imported {n} new products.</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="118" />
            <source>Imported {n} orders.</source>
            <translation>Imported {n} orders.</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="120" />
            <source>Skipped rows already in the book or repeated: {n}</source>
            <translation>Skipped rows already in the book or repeated: {n}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1413" />
            <location filename="../../views/import_records.py" line="123" />
            <source>Rows that could not be imported: {n}</source>
            <translation>Rows that could not be imported: {n}</translation>
        </message>
        <message>
            <location filename="../../views/import_records.py" line="115" />
            <source>New prices of products in the catalogue: {n}</source>
            <translation>New prices of products in the catalogue: {n}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1401" />
            <source>Imported {n} new customers.</source>
            <translation>Imported {n} new customers.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1420" />
            <source>Undone: removed {removed} customers, restored {restored}.</source>
            <translation>Undone: removed {removed} customers, restored {restored}.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1403" />
            <source>From sheet {sheet}: {rows} rows, {created} new customers</source>
            <translation>From sheet {sheet}: {rows} rows, {created} new customers</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1407" />
            <source>Updated customers already in the book: {n}</source>
            <translation>Updated customers already in the book: {n}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1410" />
            <source>Skipped rows that repeat a customer: {n}</source>
            <translation>Skipped rows that repeat a customer: {n}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1433" />
            <source>  … and {n} more</source>
            <translation>  … and {n} more</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="305" />
            <source>Join</source>
            <translation>Join</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="306" />
            <source>Join a team</source>
            <translation>Join a team</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="312" />
            <source>Kehu makes this PC's own copy of the team's book from the shared folder and opens it instead of the book open now, which stays as it is. From then on Kehu opens the team's book when it starts, and keeps it in step with the other PCs.</source>
            <translation>Kehu makes this PC's own copy of the team's book from the shared folder and opens it instead of the book open now, which stays as it is. From then on Kehu opens the team's book when it starts, and keeps it in step with the other PCs.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="315" />
            <source>The team's shared folder</source>
            <translation>The team's shared folder</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="321" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="327" />
            <source>Keep this PC's copy on its own disk, never in the shared folder.</source>
            <translation>Keep this PC's copy on its own disk, never in the shared folder.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="329" />
            <source>Shared folder:</source>
            <translation>Shared folder:</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="330" />
            <source>Team passphrase:</source>
            <translation>Team passphrase:</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="331" />
            <source>This PC's copy:</source>
            <translation>This PC's copy:</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="359" />
            <source>Where to keep this PC's copy</source>
            <translation>Where to keep this PC's copy</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="360" />
            <source>Kehu book (*.sqlite)</source>
            <translation>Kehu book (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="373" />
            <source>Choose the team's shared folder as it is on this PC.</source>
            <translation>Choose the team's shared folder as it is on this PC.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="375" />
            <source>The folder {folder} does not exist or cannot be reached.</source>
            <translation>The folder {folder} does not exist or cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="382" />
            <source>Choose where to keep this PC's copy of the book.</source>
            <translation>Choose where to keep this PC's copy of the book.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="385" />
            <source>This PC's copy cannot be in the shared folder: a book that a file-sync tool copies gets damaged. Choose a place on this PC's own disk.</source>
            <translation>This PC's copy cannot be in the shared folder: a book that a file-sync tool copies gets damaged. Choose a place on this PC's own disk.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="390" />
            <source>{path} already exists. Choose a new file for this PC's copy.</source>
            <translation>{path} already exists. Choose a new file for this PC's copy.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="402" />
            <source>Making this PC's copy of the team's book…</source>
            <translation>Making this PC's copy of the team's book…</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../views/login_dialog.py" line="52" />
            <source>Switch user</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="52" />
            <source>Who is working?</source>
            <translation>Who is working?</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="55" />
            <source>Choose your name:</source>
            <translation>Choose your name:</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="57" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="57" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="88" />
            <location filename="../../views/login_dialog.py" line="166" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="96" />
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="118" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="120" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="165" />
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <location filename="../../views/login_dialog.py" line="220" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="806" />
            <source>Deal lost</source>
            <translation>Deal lost</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="819" />
            <source>Optional: what happened</source>
            <translation>Optional: what happened</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="820" />
            <source>Mark lost</source>
            <translation>Mark lost</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="829" />
            <source>Why was it lost?</source>
            <translation>Why was it lost?</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="831" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="137" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="138" />
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="139" />
            <location filename="../../desktop/main_window.py" line="339" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="140" />
            <location filename="../../desktop/main_window.py" line="347" />
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="141" />
            <source>Receivables</source>
            <translation>Receivables</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="142" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="143" />
            <source>Trash</source>
            <translation>Trash</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="234" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="235" />
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="237" />
            <source>Import &amp;history…</source>
            <translation>Import &amp;history…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="238" />
            <source>Export customers…</source>
            <translation>Export customers…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="242" />
            <source>&amp;Print customer list…</source>
            <translation>&amp;Print customer list…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="246" />
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="249" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="252" />
            <source>S&amp;ync now</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="254" />
            <source>&amp;Join a team…</source>
            <translation>&amp;Join a team…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="257" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="258" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="259" />
            <location filename="../../desktop/main_window.py" line="511" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="262" />
            <location filename="../../desktop/main_window.py" line="515" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="264" />
            <source>&amp;History of changes…</source>
            <translation>&amp;History of changes…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="265" />
            <source>&amp;Verify the change log…</source>
            <translation>&amp;Verify the change log…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="269" />
            <source>&amp;New customer</source>
            <translation>&amp;New customer</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="271" />
            <source>New &amp;deal…</source>
            <translation>New &amp;deal…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="273" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="274" />
            <source>Choose columns…</source>
            <translation>Choose columns…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="276" />
            <source>&amp;Hand over customers…</source>
            <translation>&amp;Hand over customers…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="280" />
            <source>&amp;Book</source>
            <translation>&amp;Book</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="281" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="285" />
            <source>S&amp;witch user…</source>
            <translation>S&amp;witch user…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="287" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="288" />
            <source>&amp;About Kehu</source>
            <translation>&amp;About Kehu</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="338" />
            <source>Reminders ({n})</source>
            <translation>Reminders ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="341" />
            <source>{n} reminders due today or overdue</source>
            <translation>{n} reminders due today or overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="347" />
            <source>Alerts ({n})</source>
            <translation>Alerts ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="354" />
            <source>That customer is no longer in the book.</source>
            <translation>That customer is no longer in the book.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="371" />
            <source>That deal is no longer in the book.</source>
            <translation>That deal is no longer in the book.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="394" />
            <source>The book is damaged; Kehu does not write to it.</source>
            <translation>The book is damaged; Kehu does not write to it.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="410" />
            <source>The daily backup failed</source>
            <translation>The daily backup failed</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="422" />
            <source>Backed up to {path}</source>
            <translation>Backed up to {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="189" />
            <location filename="../../desktop/main_window.py" line="482" />
            <source>Undone: {what}</source>
            <translation>Undone: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="490" />
            <source>Redone: {what}</source>
            <translation>Redone: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="510" />
            <source>&amp;Undo {what}</source>
            <translation>&amp;Undo {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="514" />
            <source>&amp;Redo {what}</source>
            <translation>&amp;Redo {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="524" />
            <location filename="../../desktop/main_window.py" line="537" />
            <source>Export customers</source>
            <translation>Export customers</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="525" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="538" />
            <source>Could not write {path}: {reason}</source>
            <translation>Could not write {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="542" />
            <source>Exported {n} customers to {path}</source>
            <translation>Exported {n} customers to {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="551" />
            <source>Printed a list of {n} customers</source>
            <translation>Printed a list of {n} customers</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="566" />
            <source>Imported {n} new customers from {file}</source>
            <translation>Imported {n} new customers from {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="567" />
            <source>Imported {n} orders from {file}</source>
            <translation>Imported {n} orders from {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="568" />
            <source>Imported {n} new products from {file}</source>
            <translation>Imported {n} new products from {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="592" />
            <source>Opening the demo book in a new window…</source>
            <translation>Opening the demo book in a new window…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="594" />
            <source>Try the demo book</source>
            <translation>Try the demo book</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="595" />
            <source>The demo book could not be started.</source>
            <translation>The demo book could not be started.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="644" />
            <source>About Kehu</source>
            <translation>About Kehu</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="645" />
            <source>Kehu (客户本) {version}
An offline customer book for small shops.

Book: {path}</source>
            <translation>Kehu (客户本) {version}
An offline customer book for small shops.

Book: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="660" />
            <source>User: {name}</source>
            <translation>User: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="662" />
            <source>User: {name} ({role})</source>
            <translation>User: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="665" />
            <source>Book: {path} · {n} customers</source>
            <translation>Book: {path} · {n} customers</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="667" />
            <source>Kehu — {name}</source>
            <translation>Kehu — {name}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="797" />
            <source>Which column goes where</source>
            <translation>Which column goes where</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="798" />
            <source>Kehu guessed the meaning of each column. Change a choice where it guessed wrong; the preview below follows.</source>
            <translation>Kehu guessed the meaning of each column. Change a choice where it guessed wrong; the preview below follows.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="802" />
            <source>No header row</source>
            <translation>No header row</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="806" />
            <source>Column names are in row:</source>
            <translation>Column names are in row:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="819" />
            <source>Column in the file</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="819" />
            <source>Sample values</source>
            <translation>Sample values</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="819" />
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="830" />
            <location filename="../../views/import_wizard.py" line="957" />
            <source>The first {n} rows as they will be imported:</source>
            <translation>The first {n} rows as they will be imported:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="870" />
            <source>Custom field: {label}</source>
            <translation>Custom field: {label}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="873" />
            <location filename="../../views/import_wizard.py" line="876" />
            <source>New custom field: {header}</source>
            <translation>New custom field: {header}</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="955" />
            <source>The first {n} rows of each sheet as they will be imported:</source>
            <translation>The first {n} rows of each sheet as they will be imported:</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="962" />
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="998" />
            <source>Choose the column that holds the customer name.</source>
            <translation>Choose the column that holds the customer name.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1000" />
            <source>These columns are not those of {sheets}: go back and untick them, or choose another header row.</source>
            <translation>These columns are not those of {sheets}: go back and untick them, or choose another header row.</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../../views/orders_dialog.py" line="50" />
            <source>New order</source>
            <translation>New order</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="58" />
            <source>Order date:</source>
            <translation>Order date:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="60" />
            <source>Lines (a product from the catalogue, or describe what is sold):</source>
            <translation>Lines (a product from the catalogue, or describe what is sold):</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="65" />
            <source>Product or description</source>
            <translation>Product or description</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="65" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="65" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="66" />
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="66" />
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="72" />
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="74" />
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="87" />
            <source>Payment terms:</source>
            <translation>Payment terms:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="89" />
            <source>The shares of the total, in per cent, separated by /</source>
            <translation>The shares of the total, in per cent, separated by /</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="91" />
            <source>Shares (%):</source>
            <translation>Shares (%):</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="94" />
            <source>Days:</source>
            <translation>Days:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="98" />
            <source>Instalments:</source>
            <translation>Instalments:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="100" />
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="104" />
            <source>Save as draft</source>
            <translation>Save as draft</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="106" />
            <source>Save and confirm</source>
            <translation>Save and confirm</translation>
        </message>
    </context>
    <context>
        <name>OrderList</name>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="45" />
            <source>New order</source>
            <translation>New order</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="47" />
            <source>Record payment</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="53" />
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="54" />
            <source>Confirm the chosen draft order or payment</source>
            <translation>Confirm the chosen draft order or payment</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="56" />
            <location filename="../../views/customer_detail/orders.py" line="243" />
            <source>Reject payment</source>
            <translation>Reject payment</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="58" />
            <source>Void and replace…</source>
            <translation>Void and replace…</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="59" />
            <source>Void the chosen confirmed order with a reason; a draft replacement takes its place</source>
            <translation>Void the chosen confirmed order with a reason; a draft replacement takes its place</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="80" />
            <source>Orders ({n})</source>
            <translation>Orders ({n})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="81" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="87" />
            <source>Owed {owed} (overdue {overdue})  ·  Received {received}  ·  Recorded, waiting for confirmation {pending}</source>
            <translation>Owed {owed} (overdue {overdue})  ·  Received {received}  ·  Recorded, waiting for confirmation {pending}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="98" />
            <source>No orders yet. An order holds what the customer bought and the plan of when they pay.</source>
            <translation>No orders yet. An order holds what the customer bought and the plan of when they pay.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="107" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="107" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="107" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="108" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="108" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="108" />
            <source>Owed</source>
            <translation>Owed</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="140" />
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="140" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="141" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="141" />
            <source>Payment state</source>
            <translation>Payment state</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="244" />
            <source>Why is this payment rejected?</source>
            <translation>Why is this payment rejected?</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="258" />
            <source>Void the order</source>
            <translation>Void the order</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/orders.py" line="259" />
            <source>Why is this order void? A draft replacement is made with the same lines, to be corrected and confirmed.</source>
            <translation>Why is this order void? A draft replacement is made with the same lines, to be corrected and confirmed.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="415" />
            <source>Team passphrase</source>
            <translation>Team passphrase</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="418" />
            <source>To sync this book with the team, Kehu needs the team passphrase. This PC keeps no team key (it has no keyring to keep one in), so Kehu asks once each time it starts.</source>
            <translation>To sync this book with the team, Kehu needs the team passphrase. This PC keeps no team key (it has no keyring to keep one in), so Kehu asks once each time it starts.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="421" />
            <source>The team's folder: {folder}</source>
            <translation>The team's folder: {folder}</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="426" />
            <source>Cancel: this PC does not sync until you choose File &gt; Sync now.</source>
            <translation>Cancel: this PC does not sync until you choose File &gt; Sync now.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="429" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="430" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="434" />
            <source>Team passphrase:</source>
            <translation>Team passphrase:</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="698" />
            <source>Set password</source>
            <translation>Set password</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="702" />
            <source>Password for {name}</source>
            <translation>Password for {name}</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="708" />
            <source>Leave empty for no password</source>
            <translation>Leave empty for no password</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="713" />
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="716" />
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="717" />
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="722" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="732" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../views/orders_dialog.py" line="235" />
            <source>Record a payment</source>
            <translation>Record a payment</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="240" />
            <source>Amount:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="244" />
            <source>Received on:</source>
            <translation>Received on:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="249" />
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="251" />
            <source>The oldest open plan row</source>
            <translation>The oldest open plan row</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="256" />
            <source>Pays:</source>
            <translation>Pays:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="258" />
            <source>Reference:</source>
            <translation>Reference:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="260" />
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <location filename="../../views/orders_dialog.py" line="262" />
            <source>Recorded money is not received until an owner confirms it.</source>
            <translation>Recorded money is not received until an owner confirms it.</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <location filename="../../views/pipeline_page.py" line="78" />
            <source>Search deal, customer, next step…</source>
            <translation>Search deal, customer, next step…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="82" />
            <source>Only stalled</source>
            <translation>Only stalled</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="91" />
            <source>Deals without a stage change or a logged interaction for longer than their stage allows</source>
            <translation>Deals without a stage change or a logged interaction for longer than their stage allows</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="96" />
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="100" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="112" />
            <source>Open deals</source>
            <translation>Open deals</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="112" />
            <source>Won deals</source>
            <translation>Won deals</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="113" />
            <source>Lost deals</source>
            <translation>Lost deals</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="113" />
            <source>All deals</source>
            <translation>All deals</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="118" />
            <location filename="../../views/pipeline_page.py" line="211" />
            <source>New deal</source>
            <translation>New deal</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="141" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="141" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="141" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="142" />
            <source>Stalled</source>
            <translation>Stalled</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="142" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="143" />
            <source>Why stalled</source>
            <translation>Why stalled</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="151" />
            <source>Snooze…</source>
            <translation>Snooze…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="154" />
            <location filename="../../views/pipeline_page.py" line="601" />
            <source>Why stalled…</source>
            <translation>Why stalled…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="157" />
            <location filename="../../views/pipeline_page.py" line="202" />
            <location filename="../../views/pipeline_page.py" line="586" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="213" />
            <source>Clear search and filters</source>
            <translation>Clear search and filters</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="276" />
            <source>No open deal matches the search and filters.</source>
            <translation>No open deal matches the search and filters.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="279" />
            <source>No open deals</source>
            <translation>No open deals</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="280" />
            <source>A deal is a sale you are working on: an enquiry, a quote, an order to win. Add one here or from a customer's panel; Won and Lost deals are in the list.</source>
            <translation>A deal is a sale you are working on: an enquiry, a quote, an order to win. Add one here or from a customer's panel; Won and Lost deals are in the list.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="315" />
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="324" />
            <source>Stalled ({n})</source>
            <translation>Stalled ({n})</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="331" />
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="423" />
            <source>{deal} is saved; the search and filters hide it.</source>
            <translation>{deal} is saved; the search and filters hide it.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="486" />
            <source>Won: {deal}</source>
            <translation>Won: {deal}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="495" />
            <source>Lost: {deal}</source>
            <translation>Lost: {deal}</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="568" />
            <source>Delete deal</source>
            <translation>Delete deal</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="569" />
            <source>Delete the deal {title}? You can undo it with Ctrl+Z.</source>
            <translation>Delete the deal {title}? You can undo it with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="587" />
            <source>Move to</source>
            <translation>Move to</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="597" />
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="598" />
            <source>Lost…</source>
            <translation>Lost…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="600" />
            <source>Snooze stall…</source>
            <translation>Snooze stall…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_page.py" line="603" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>PipelineSettings</name>
        <message>
            <location filename="../../views/pipeline_settings.py" line="55" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="56" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="73" />
            <source>Only an owner may change the pipeline.</source>
            <translation>Only an owner may change the pipeline.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="76" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="76" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="76" />
            <source>Stalled after</source>
            <translation>Stalled after</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="77" />
            <source>Requires</source>
            <translation>Requires</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="81" />
            <source>Add stage…</source>
            <translation>Add stage…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="83" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="85" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="87" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="89" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="102" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="104" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="106" />
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="108" />
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="110" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="125" />
            <source>The columns of the board, left to right. A deal stalls when nothing happens for longer than its stage allows.</source>
            <translation>The columns of the board, left to right. A deal stalls when nothing happens for longer than its stage allows.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="130" />
            <source>Reasons a deal is lost:</source>
            <translation>Reasons a deal is lost:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="148" />
            <source>{n} checklist items</source>
            <translation>{n} checklist items</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="152" />
            <source>{n} days</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="281" />
            <source>Add lost reason</source>
            <translation>Add lost reason</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="281" />
            <location filename="../../views/pipeline_settings.py" line="291" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="291" />
            <source>Rename lost reason</source>
            <translation>Rename lost reason</translation>
        </message>
    </context>
    <context>
        <name>PoolSettings</name>
        <message>
            <location filename="../../views/pool_settings.py" line="34" />
            <source>Return customers nobody follows up to the public pool, for any salesperson to claim</source>
            <translation>Return customers nobody follows up to the public pool, for any salesperson to claim</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="41" />
            <source>No contact logged for</source>
            <translation>No contact logged for</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="42" />
            <source>No order or won deal for</source>
            <translation>No order or won deal for</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="44" />
            <source>Grade A</source>
            <translation>Grade A</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="44" />
            <source>Grade B</source>
            <translation>Grade B</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="44" />
            <source>Grade C</source>
            <translation>Grade C</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="45" />
            <source>No grade</source>
            <translation>No grade</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="49" />
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="50" />
            <location filename="../../views/pool_settings.py" line="55" />
            <location filename="../../views/pool_settings.py" line="62" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="55" />
            <source>no warning</source>
            <translation>no warning</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="57" />
            <location filename="../../views/pool_settings.py" line="59" />
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="61" />
            <source>at once</source>
            <translation>at once</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="65" />
            <source>Warn the salesperson before:</source>
            <translation>Warn the salesperson before:</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="66" />
            <source>A salesperson may hold at most:</source>
            <translation>A salesperson may hold at most:</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="67" />
            <source>Claims a day, at most:</source>
            <translation>Claims a day, at most:</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="68" />
            <source>Claiming back a customer one gave away, after:</source>
            <translation>Claiming back a customer one gave away, after:</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="71" />
            <source>When a customer goes back to the pool</source>
            <translation>When a customer goes back to the pool</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="76" />
            <source>Customers with open deals, open orders or money still owed never go back. Kehu returns customers on the owner's PC, every hour while it is open.</source>
            <translation>Customers with open deals, open orders or money still owed never go back. Kehu returns customers on the owner's PC, every hour while it is open.</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="79" />
            <source>Warnings and limits</source>
            <translation>Warnings and limits</translation>
        </message>
        <message>
            <location filename="../../views/pool_settings.py" line="81" />
            <source>Only an owner may change these.</source>
            <translation>Only an owner may change these.</translation>
        </message>
    </context>
    <context>
        <name>PrintList</name>
        <message>
            <location filename="../../views/print_list.py" line="94" />
            <source>Print customer list</source>
            <translation>Print customer list</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="28" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="28" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="28" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="29" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="29" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="29" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="36" />
            <source>Customer list · {shop}</source>
            <translation>Customer list · {shop}</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="37" />
            <source>{n} customers · printed {when}</source>
            <translation>{n} customers · printed {when}</translation>
        </message>
        <message>
            <location filename="../../views/print_list.py" line="40" />
            <source>{about} · filter: {filter}</source>
            <translation>{about} · filter: {filter}</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityField</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="247" />
            <source>stage default</source>
            <translation>stage default</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="251" />
            <source>Use stage default</source>
            <translation>Use stage default</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="291" />
            <source>Back to the stage's {n} %</source>
            <translation>Back to the stage's {n} %</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication.self</name>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="61" />
            <source>done</source>
            <translation>done</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesPage</name>
        <message>
            <location filename="../../views/receivables_page.py" line="131" />
            <source>Receivables</source>
            <translation>Receivables</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="138" />
            <source>Group by:</source>
            <translation>Group by:</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="141" />
            <location filename="../../views/receivables_page.py" line="228" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="142" />
            <location filename="../../views/receivables_page.py" line="228" />
            <source>Salesperson</source>
            <translation>Salesperson</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="175" />
            <source>Nothing is owed</source>
            <translation>Nothing is owed</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="176" />
            <source>When an order is not paid in full, who owes what and since when shows here. Add orders from a customer's panel.</source>
            <translation>When an order is not paid in full, who owes what and since when shows here. Add orders from a customer's panel.</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="184" />
            <source>Expected in the next 12 weeks (plan rows not yet paid)</source>
            <translation>Expected in the next 12 weeks (plan rows not yet paid)</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="189" />
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="189" />
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="193" />
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="198" />
            <source>Money</source>
            <translation>Money</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="198" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="222" />
            <source>Your customers only.</source>
            <translation>Your customers only.</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="225" />
            <source>Not yet due</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="226" />
            <source>Over {n} days</source>
            <translation>Over {n} days</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="227" />
            <source>{n} days</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="229" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="229" />
            <source>Owed</source>
            <translation>Owed</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="231" />
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="230" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="237" />
            <source>Overdue (due before today)</source>
            <translation>Overdue (due before today)</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="242" />
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="252" />
            <source>Expected (plan rows due this month)</source>
            <translation>Expected (plan rows due this month)</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="253" />
            <source>Received (confirmed payments)</source>
            <translation>Received (confirmed payments)</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="254" />
            <source>Recorded, waiting for confirmation</source>
            <translation>Recorded, waiting for confirmation</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="255" />
            <source>Expected but not received</source>
            <translation>Expected but not received</translation>
        </message>
        <message>
            <location filename="../../views/receivables_page.py" line="262" />
            <source>Owed in all: {owed}. Received this month: {received}; expected this month: {expected}.</source>
            <translation>Owed in all: {owed}. Received this month: {received}; expected this month: {expected}.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../views/customer_form.py" line="213" />
            <source>Ctrl+Enter saves, Esc cancels</source>
            <translation>Ctrl+Enter saves, Esc cancels</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="200" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="201" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="202" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceField</name>
        <message>
            <location filename="../../views/reminder_dialog.py" line="91" />
            <source>Every</source>
            <translation>Every</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="123" />
            <source>On day</source>
            <translation>On day</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="128" />
            <source>31 means the last day of shorter months</source>
            <translation>31 means the last day of shorter months</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <location filename="../../views/reminder_dialog.py" line="187" />
            <source>Reminder: {title}</source>
            <translation>Reminder: {title}</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="188" />
            <source>New reminder</source>
            <translation>New reminder</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="201" />
            <source>e.g. Call about the spring order (required)</source>
            <translation>e.g. Call about the spring order (required)</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="228" />
            <source>None, or type a name to pick one</source>
            <translation>None, or type a name to pick one</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="245" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="246" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="248" />
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="249" />
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="250" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="251" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="252" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="253" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="265" />
            <source>None</source>
            <translation>None</translation>
        </message>
    </context>
    <context>
        <name>ReminderList</name>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="33" />
            <source>New reminder</source>
            <translation>New reminder</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="34" />
            <source>Remind me of this customer</source>
            <translation>Remind me of this customer</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="45" />
            <source>Reminders ({n})</source>
            <translation>Reminders ({n})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="46" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="50" />
            <source>No reminders. Kehu reminds you on the day you choose.</source>
            <translation>No reminders. Kehu reminds you on the day you choose.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="54" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="54" />
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/reminders.py" line="55" />
            <source>Repeats</source>
            <translation>Repeats</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettings</name>
        <message>
            <location filename="../../views/reminder_settings.py" line="39" />
            <source>Closing the window keeps Kehu running in the tray, so reminders still pop up</source>
            <translation>Closing the window keeps Kehu running in the tray, so reminders still pop up</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="43" />
            <source>On this computer</source>
            <translation>On this computer</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="47" />
            <source>Move reminders that fall on a public holiday to the next working day</source>
            <translation>Move reminders that fall on a public holiday to the next working day</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="59" />
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="60" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="65" />
            <source>Grade {g}:</source>
            <translation>Grade {g}:</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="68" />
            <source>For everyone using this book</source>
            <translation>For everyone using this book</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="73" />
            <source>Remind the customer's owner when a customer has not been contacted for:</source>
            <translation>Remind the customer's owner when a customer has not been contacted for:</translation>
        </message>
        <message>
            <location filename="../../views/reminder_settings.py" line="75" />
            <source>Only an owner may change these.</source>
            <translation>Only an owner may change these.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <location filename="../../desktop/tray.py" line="155" />
            <source>Open Kehu</source>
            <translation>Open Kehu</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="156" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="158" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="232" />
            <source>Kehu: reminders</source>
            <translation>Kehu: reminders</translation>
        </message>
        <message>
            <location filename="../../desktop/tray.py" line="233" />
            <source>{n} reminders are due. Click to see them.</source>
            <translation>{n} reminders are due. Click to see them.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../views/reminder_dialog.py" line="42" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="42" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="42" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="46" />
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="46" />
            <source>weeks</source>
            <translation>weeks</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="46" />
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="47" />
            <source>years</source>
            <translation>years</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="51" />
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="68" />
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="68" />
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="68" />
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="69" />
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="71" />
            <source>Every {n} {unit}</source>
            <translation>Every {n} {unit}</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="77" />
            <source>last day</source>
            <translation>last day</translation>
        </message>
        <message>
            <location filename="../../views/reminder_dialog.py" line="77" />
            <source>day {n}</source>
            <translation>day {n}</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <location filename="../../views/reminders_page.py" line="330" />
            <location filename="../../views/reminders_page.py" line="378" />
            <source>New reminder</source>
            <translation>New reminder</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="332" />
            <source>New reminder (N)</source>
            <translation>New reminder (N)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="334" />
            <location filename="../../views/reminders_page.py" line="414" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="336" />
            <source>Mark done (Space)</source>
            <translation>Mark done (Space)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="338" />
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="340" />
            <source>Remind me later (S)</source>
            <translation>Remind me later (S)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="344" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="346" />
            <source>Open the customer or deal (double-click)</source>
            <translation>Open the customer or deal (double-click)</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="348" />
            <source>Space: done · S: snooze · Enter: edit · Del: delete · N: new</source>
            <translation>Space: done · S: snooze · Enter: edit · Del: delete · N: new</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="353" />
            <source>Reminders of:</source>
            <translation>Reminders of:</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="381" />
            <source>Show everyone's reminders</source>
            <translation>Show everyone's reminders</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="478" />
            <source>{name} has no open reminders.</source>
            <translation>{name} has no open reminders.</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="482" />
            <source>Nothing to remind you of</source>
            <translation>Nothing to remind you of</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="483" />
            <source>Set a reminder for a call or a visit, or log a contact with a customer and set the next follow-up: Kehu lists here what is due, day by day, and adds what its rules find (stalled deals, customers nobody called).</source>
            <translation>Set a reminder for a call or a visit, or log a contact with a customer and set the next follow-up: Kehu lists here what is due, day by day, and adds what its rules find (stalled deals, customers nobody called).</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="416" />
            <source>Snooze…</source>
            <translation>Snooze…</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="418" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="420" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="422" />
            <source>New reminder…</source>
            <translation>New reminder…</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="424" />
            <source>Open the customer or deal</source>
            <translation>Open the customer or deal</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="446" />
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="75" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="75" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="76" />
            <source>Next 7 days</source>
            <translation>Next 7 days</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="77" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="85" />
            <source>15 &amp;minutes</source>
            <translation>15 &amp;minutes</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="86" />
            <source>1 &amp;hour</source>
            <translation>1 &amp;hour</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="87" />
            <source>&amp;Tomorrow morning</source>
            <translation>&amp;Tomorrow morning</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="88" />
            <source>&amp;Next workday</source>
            <translation>&amp;Next workday</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="89" />
            <source>&amp;Pick a date…</source>
            <translation>&amp;Pick a date…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../views/reports_page.py" line="120" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="122" />
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="124" />
            <source>Save charts as PNG…</source>
            <translation>Save charts as PNG…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="126" />
            <source>Export numbers…</source>
            <translation>Export numbers…</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="133" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="136" />
            <source>Salesperson</source>
            <translation>Salesperson</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="188" />
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="233" />
            <source>The charts could not be drawn: {error}</source>
            <translation>The charts could not be drawn: {error}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="253" />
            <source>{shop} · {month} · {owner}</source>
            <translation>{shop} · {month} · {owner}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="267" />
            <source>en</source>
            <translation>en</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="275" />
            <source>Could not write {path}: {reason}</source>
            <translation>Could not write {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="332" />
            <source>Report {month}</source>
            <translation>Report {month}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="335" />
            <source>Print report</source>
            <translation>Print report</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="347" />
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="350" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="362" />
            <source>Saved {n} pages to {path}</source>
            <translation>Saved {n} pages to {path}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="370" />
            <source>Save charts as PNG</source>
            <translation>Save charts as PNG</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="386" />
            <source>Saved {n} charts in {folder}</source>
            <translation>Saved {n} charts in {folder}</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="394" />
            <source>Export numbers</source>
            <translation>Export numbers</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="397" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../views/reports_page.py" line="406" />
            <source>Exported the numbers to {path}</source>
            <translation>Exported the numbers to {path}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDialog</name>
        <message>
            <location filename="../../views/deal_dialog.py" line="705" />
            <source>Before “{stage}”</source>
            <translation>Before “{stage}”</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="708" />
            <source>To move “{deal}” to {stage}, fill in:</source>
            <translation>To move “{deal}” to {stage}, fill in:</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="726" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../../views/deal_dialog.py" line="733" />
            <source>Move</source>
            <translation>Move</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmation</name>
        <message>
            <location filename="../../views/backup_dialogs.py" line="142" />
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="144" />
            <source>Restore the backup of {when}?</source>
            <translation>Restore the backup of {when}?</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="146" />
            <source>{customers} customers · {size} · {why}</source>
            <translation>{customers} customers · {size} · {why}</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="148" />
            <source>chosen file</source>
            <translation>chosen file</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="151" />
            <source>What is in the book now is backed up first, so you can go back to it.</source>
            <translation>What is in the book now is backed up first, so you can go back to it.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="152" />
            <source>Then the whole book is replaced by this backup: everything changed since {when} is no longer in it.</source>
            <translation>Then the whole book is replaced by this backup: everything changed since {when} is no longer in it.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="155" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="158" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../views/alerts_page.py" line="276" />
            <location filename="../../views/alerts_page.py" line="294" />
            <source>Mark reviewed</source>
            <translation>Mark reviewed</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="278" />
            <source>{what}: what was done about it?</source>
            <translation>{what}: what was done about it?</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="281" />
            <source>“{word}” written by {name}. What was done about it?</source>
            <translation>“{word}” written by {name}. What was done about it?</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="288" />
            <source>e.g. Talked to her; the customer meant the usual yearly rebate.</source>
            <translation>e.g. Talked to her; the customer meant the usual yearly rebate.</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="295" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/alerts_page.py" line="302" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
    </context>
    <context>
        <name>RiskSettings</name>
        <message>
            <location filename="../../views/risk_settings.py" line="42" />
            <source>Only an owner may change the risk words.</source>
            <translation>Only an owner may change the risk words.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="44" />
            <source>Kehu marks what is written with one of these words (timeline entries, customer notes, deal notes and next steps) as an alert for an owner to review. Full-width and half-width letters and upper and lower case count as the same.</source>
            <translation>Kehu marks what is written with one of these words (timeline entries, customer notes, deal notes and next steps) as an alert for an owner to review. Full-width and half-width letters and upper and lower case count as the same.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="54" />
            <source>A new word, e.g. 走私账</source>
            <translation>A new word, e.g. 走私账</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="57" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="59" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="61" />
            <source>Default words</source>
            <translation>Default words</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="62" />
            <source>Put back the words Kehu starts with</source>
            <translation>Put back the words Kehu starts with</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="75" />
            <source>Rescan the book</source>
            <translation>Rescan the book</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="78" />
            <source>Look for the words in everything already written; alerts found before are kept</source>
            <translation>Look for the words in everything already written; alerts found before are kept</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="92" />
            <source>0: every export by a salesperson raises an alert</source>
            <translation>0: every export by a salesperson raises an alert</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="96" />
            <source>Alert the owner when a salesperson exports or prints more customers than</source>
            <translation>Alert the owner when a salesperson exports or prints more customers than</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="100" />
            <source>Salespeople may print customer lists</source>
            <translation>Salespeople may print customer lists</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="103" />
            <source>Owners and managers always may; each print is recorded like an export</source>
            <translation>Owners and managers always may; each print is recorded like an export</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="154" />
            <source>Saved. New text is checked for these words; “Rescan the book” checks what was written before.</source>
            <translation>Saved. New text is checked for these words; “Rescan the book” checks what was written before.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="166" />
            <source>Saved: salespeople may print customer lists.</source>
            <translation>Saved: salespeople may print customer lists.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="167" />
            <source>Saved: salespeople may not print customer lists.</source>
            <translation>Saved: salespeople may not print customer lists.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="178" />
            <source>Saved: an export of more than {n} customers by a salesperson raises an alert.</source>
            <translation>Saved: an export of more than {n} customers by a salesperson raises an alert.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="188" />
            <source>“{word}” is already in the list.</source>
            <translation>“{word}” is already in the list.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="218" />
            <location filename="../../views/risk_settings.py" line="224" />
            <source>Looking for risk words…</source>
            <translation>Looking for risk words…</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="235" />
            <source>Found {n} new alerts; see Alerts.</source>
            <translation>Found {n} new alerts; see Alerts.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="238" />
            <source>No new alerts.</source>
            <translation>No new alerts.</translation>
        </message>
        <message>
            <location filename="../../views/risk_settings.py" line="244" />
            <source>Rescan cancelled; nothing was changed.</source>
            <translation>Rescan cancelled; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../views/import_wizard.py" line="1330" />
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1331" />
            <source>All rows are written in one go: if you cancel, the book stays as it was.</source>
            <translation>All rows are written in one go: if you cancel, the book stays as it was.</translation>
        </message>
        <message>
            <location filename="../../views/import_wizard.py" line="1340" />
            <source>Importing {file}…</source>
            <translation>Importing {file}…</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../desktop/runner.py" line="144" />
            <location filename="../../desktop/runner.py" line="179" />
            <source>Kehu</source>
            <translation>Kehu</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="145" />
            <source>Kehu is still busy with “{title}”. Please wait until it has finished.</source>
            <translation>Kehu is still busy with “{title}”. Please wait until it has finished.</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="146" />
            <source>a task</source>
            <translation>a task</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="180" />
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="188" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/runner.py" line="211" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>SetUpTeamDialog</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="226" />
            <source>Set up the team</source>
            <translation>Set up the team</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="227" />
            <source>Set up a team</source>
            <translation>Set up a team</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="231" />
            <source>Choose a folder that every PC of the shop can reach: a Windows share, a 坚果云 (Nutstore), Nextcloud or OneDrive folder, a Syncthing folder or a USB stick. Each PC keeps its own copy of the book; Kehu puts only its change files in the shared folder, encrypted with the team passphrase.</source>
            <translation>Choose a folder that every PC of the shop can reach: a Windows share, a 坚果云 (Nutstore), Nextcloud or OneDrive folder, a Syncthing folder or a USB stick. Each PC keeps its own copy of the book; Kehu puts only its change files in the shared folder, encrypted with the team passphrase.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="236" />
            <source>Never put the book itself (the .sqlite file) in the shared folder: a book that a file-sync tool copies, or that is used over a network share, gets damaged. Keep it on this PC's own disk.</source>
            <translation>Never put the book itself (the .sqlite file) in the shared folder: a book that a file-sync tool copies, or that is used over a network share, gets damaged. Keep it on this PC's own disk.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="240" />
            <source>The team's shared folder</source>
            <translation>The team's shared folder</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="243" />
            <source>The shop's name</source>
            <translation>The shop's name</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="247" />
            <source>At least {n} characters. Each PC that joins types it once. Write it down and keep it safe: without it nobody can read the folder, and Kehu cannot recover it.</source>
            <translation>At least {n} characters. Each PC that joins types it once. Write it down and keep it safe: without it nobody can read the folder, and Kehu cannot recover it.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="251" />
            <source>Shared folder:</source>
            <translation>Shared folder:</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="252" />
            <source>Team name:</source>
            <translation>Team name:</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="253" />
            <source>Team passphrase:</source>
            <translation>Team passphrase:</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="254" />
            <source>Repeat it:</source>
            <translation>Repeat it:</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="270" />
            <source>Choose the shared folder.</source>
            <translation>Choose the shared folder.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="274" />
            <source>The folder {folder} does not exist or cannot be reached.</source>
            <translation>The folder {folder} does not exist or cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="278" />
            <source>The book {book} is in that folder. Choose a shared folder that does not hold the book: the book stays on this PC's own disk.</source>
            <translation>The book {book} is in that folder. Choose a shared folder that does not hold the book: the book stays on this PC's own disk.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="293" />
            <source>Setting up the team…</source>
            <translation>Setting up the team…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="90" />
            <location filename="../../views/settings_dialog.py" line="199" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="96" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="97" />
            <source>Custom fields</source>
            <translation>Custom fields</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="98" />
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="140" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="78" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="212" />
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="220" />
            <source>The name of your shop</source>
            <translation>The name of your shop</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="223" />
            <source>Interface language:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="224" />
            <source>Shop name:</source>
            <translation>Shop name:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="267" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="268" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="269" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="270" />
            <source>Choice</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="276" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="103" />
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="108" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="115" />
            <source>Risk words</source>
            <translation>Risk words</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="120" />
            <source>Public pool</source>
            <translation>Public pool</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="125" />
            <source>Grading</source>
            <translation>Grading</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="130" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="138" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="233" />
            <source>The {tab} tab was not saved: correct it, or press Cancel.</source>
            <translation>The {tab} tab was not saved: correct it, or press Cancel.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="276" />
            <source>Choices</source>
            <translation>Choices</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="276" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="280" />
            <source>Add field…</source>
            <translation>Add field…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="282" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="292" />
            <source>Extra fields every customer card has, beside the built-in ones.</source>
            <translation>Extra fields every customer card has, beside the built-in ones.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="337" />
            <source>Remove field</source>
            <translation>Remove field</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="338" />
            <source>Remove the field “{label}”? Its values stay in the book and come back with Undo.</source>
            <translation>Remove the field “{label}”? Its values stay in the book and come back with Undo.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="351" />
            <source>Only an owner may change users.</source>
            <translation>Only an owner may change users.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="353" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="358" />
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="360" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="362" />
            <source>Set password…</source>
            <translation>Set password…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="364" />
            <source>Hand over customers…</source>
            <translation>Hand over customers…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="390" />
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="390" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="391" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="391" />
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="399" />
            <source>Signed in now</source>
            <translation>Signed in now</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDateDialog</name>
        <message>
            <location filename="../../views/reminders_page.py" line="275" />
            <source>Snooze until</source>
            <translation>Snooze until</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="284" />
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="285" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/reminders_page.py" line="289" />
            <source>Remind me again on:</source>
            <translation>Remind me again on:</translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <location filename="../../views/pipeline_settings.py" line="324" />
            <source>Add stage</source>
            <translation>Add stage</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="324" />
            <source>Edit stage</source>
            <translation>Edit stage</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="328" />
            <source>e.g. Sample sent</source>
            <translation>e.g. Sample sent</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="337" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="363" />
            <source>e.g. Quote approved by the boss</source>
            <translation>e.g. Quote approved by the boss</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="366" />
            <location filename="../../views/pipeline_settings.py" line="392" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="369" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="385" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="386" />
            <source>Default probability:</source>
            <translation>Default probability:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="387" />
            <source>Stalled after:</source>
            <translation>Stalled after:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="388" />
            <source>Required fields:</source>
            <translation>Required fields:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="390" />
            <source>A deal moves into this stage only when these are filled in.</source>
            <translation>A deal moves into this stage only when these are filled in.</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="391" />
            <source>Checklist:</source>
            <translation>Checklist:</translation>
        </message>
        <message>
            <location filename="../../views/pipeline_settings.py" line="392" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>StepsDialog</name>
        <message>
            <location filename="../../views/steps.py" line="201" />
            <source>History of changes</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="204" />
            <source>Everyone's steps</source>
            <translation>Everyone's steps</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="213" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="214" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="223" />
            <source>Undo this step</source>
            <translation>Undo this step</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="229" />
            <source>Verify…</source>
            <translation>Verify…</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="231" />
            <source>Check that nobody changed the history outside Kehu</source>
            <translation>Check that nobody changed the history outside Kehu</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="238" />
            <source>The newest steps, newest first.</source>
            <translation>The newest steps, newest first.</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="256" />
            <source>this PC</source>
            <translation>this PC</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="256" />
            <source>another PC</source>
            <translation>another PC</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="276" />
            <source>Only an owner may undo another user's step.</source>
            <translation>Only an owner may undo another user's step.</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="293" />
            <source>Undone: {what}</source>
            <translation>Undone: {what}</translation>
        </message>
    </context>
    <context>
        <name>TeamDialogs</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="147" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="163" />
            <source>The team passphrase has at least {n} characters.</source>
            <translation>The team passphrase has at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="169" />
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <location filename="../../views/team_dialogs.py" line="210" />
            <source>Kehu could not use the folder: {reason}</source>
            <translation>Kehu could not use the folder: {reason}</translation>
        </message>
    </context>
    <context>
        <name>TeamSettings</name>
        <message>
            <location filename="../../views/team_settings.py" line="189" />
            <source>A team keeps one customer book on several PCs and laptops: each keeps its own copy on its own disk, and the copies stay in step through a folder they share — a Windows share on the office PC, 坚果云 (Nutstore), Nextcloud, OneDrive, Syncthing or a USB stick. Only Kehu's encrypted change files go to that folder, never the book itself. Kehu syncs in the background, also after working offline.</source>
            <translation>A team keeps one customer book on several PCs and laptops: each keeps its own copy on its own disk, and the copies stay in step through a folder they share — a Windows share on the office PC, 坚果云 (Nutstore), Nextcloud, OneDrive, Syncthing or a USB stick. Only Kehu's encrypted change files go to that folder, never the book itself. Kehu syncs in the background, also after working offline.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="194" />
            <source>Set up a team…</source>
            <translation>Set up a team…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="198" />
            <source>Set up the team on this PC with this book; then on each other PC choose File &gt; Join a team…</source>
            <translation>Set up the team on this PC with this book; then on each other PC choose File &gt; Join a team…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="201" />
            <source>The shop's owner sets the team up on their PC. Then, on this PC, choose File &gt; Join a team… to get the team's book.</source>
            <translation>The shop's owner sets the team up on their PC. Then, on this PC, choose File &gt; Join a team… to get the team's book.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="224" />
            <source>Shared folder:</source>
            <translation>Shared folder:</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="225" />
            <source>PC</source>
            <translation>PC</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="225" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="225" />
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="226" />
            <source>Kehu</source>
            <translation>Kehu</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="231" />
            <source>The PCs appear after the first sync of this session.</source>
            <translation>The PCs appear after the first sync of this session.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="236" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="239" />
            <source>Remove from the team…</source>
            <translation>Remove from the team…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="242" />
            <source>For a lost laptop or someone who left: its later changes are not taken in</source>
            <translation>For a lost laptop or someone who left: its later changes are not taken in</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="244" />
            <source>Approve…</source>
            <translation>Approve…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="247" />
            <source>Let this PC receive the customers its user may see, sealed for it alone</source>
            <translation>Let this PC receive the customers its user may see, sealed for it alone</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="249" />
            <source>Leave the team…</source>
            <translation>Leave the team…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="294" />
            <source>{name} (this PC)</source>
            <translation>{name} (this PC)</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="303" />
            <source>{user} (waiting for the owner's approval)</source>
            <translation>{user} (waiting for the owner's approval)</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="304" />
            <source>(nobody signed in yet)</source>
            <translation>(nobody signed in yet)</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="358" />
            <source>The team is set up in {folder}. On each other PC, choose File &gt; Join a team… and type the team passphrase.</source>
            <translation>The team is set up in {folder}. On each other PC, choose File &gt; Join a team… and type the team passphrase.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="362" />
            <source>This PC has no keyring to keep the team key in, so Kehu will ask for the team passphrase once each time it starts.</source>
            <translation>This PC has no keyring to keep the team key in, so Kehu will ask for the team passphrase once each time it starts.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="364" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="372" />
            <source>Approve a PC</source>
            <translation>Approve a PC</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="373" />
            <source>Approve {pc} for {user}? From its next sync on it receives the customers {user} may see, with their whole history, sealed so that only that PC can read them.</source>
            <translation>Approve {pc} for {user}? From its next sync on it receives the customers {user} may see, with their whole history, sealed so that only that PC can read them.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="385" />
            <source>Remove a PC</source>
            <translation>Remove a PC</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="386" />
            <source>Remove {pc} from the team? Its changes from now on are not taken in, and it stops syncing the next time it tries. What that PC already holds stays on it.</source>
            <translation>Remove {pc} from the team? Its changes from now on are not taken in, and it stops syncing the next time it tries. What that PC already holds stays on it.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="409" />
            <source>Sync once first: Kehu needs the team passphrase for this.</source>
            <translation>Sync once first: Kehu needs the team passphrase for this.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="418" />
            <source>Kehu could not use the folder: {reason}</source>
            <translation>Kehu could not use the folder: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="428" />
            <location filename="../../views/team_settings.py" line="438" />
            <source>Leave the team</source>
            <translation>Leave the team</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="429" />
            <source>This PC stops syncing with the team. Its book stays as it is, with everything in it, and the other PCs go on without it. To sync again later, this PC joins the team again as a new copy. Leave the team?</source>
            <translation>This PC stops syncing with the team. Its book stays as it is, with everything in it, and the other PCs go on without it. To sync again later, this PC joins the team again as a new copy. Leave the team?</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="439" />
            <source>A sync is running; leave the team when it has finished.</source>
            <translation>A sync is running; leave the team when it has finished.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="448" />
            <source>This PC has left the team; its book stays as it is.</source>
            <translation>This PC has left the team; its book stays as it is.</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../../desktop/team_sync.py" line="62" />
            <source>Join a team…</source>
            <translation>Join a team…</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="66" />
            <source>Your shop already uses Kehu on another PC? Get the team's book here.</source>
            <translation>Your shop already uses Kehu on another PC? Get the team's book here.</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="173" />
            <source>Syncing with the team…</source>
            <translation>Syncing with the team…</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="230" />
            <source>Sync would remove customers</source>
            <translation>Sync would remove customers</translation>
        </message>
        <message>
            <location filename="../../desktop/team_sync.py" line="231" />
            <source>Taking in the other PCs' changes would remove {n} of the {total} customers in this PC's book (they were deleted on another PC). If the team folder is only partly there, say No and check it first.

Remove the {n} customers?</source>
            <translation>Taking in the other PCs' changes would remove {n} of the {total} customers in this PC's book (they were deleted on another PC). If the team folder is only partly there, say No and check it first.

Remove the {n} customers?</translation>
        </message>
    </context>
    <context>
        <name>TicketDialog</name>
        <message>
            <location filename="../../views/ticket_dialog.py" line="95" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="208" />
            <source>What is the customer's problem or request?</source>
            <translation>What is the customer's problem or request?</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="223" />
            <source>What the customer said, order or product, what was tried</source>
            <translation>What the customer said, order or product, what was tried</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="230" />
            <source>Priority:</source>
            <translation>Priority:</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="235" />
            <source>Problem:</source>
            <translation>Problem:</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="236" />
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="237" />
            <source>Handled by:</source>
            <translation>Handled by:</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="238" />
            <source>Due by:</source>
            <translation>Due by:</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="239" />
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="247" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="247" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="248" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="248" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="252" />
            <location filename="../../views/ticket_dialog.py" line="516" />
            <source>Delete ticket</source>
            <translation>Delete ticket</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="261" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="271" />
            <source>A note for the next step (when resolving: how it was resolved)</source>
            <translation>A note for the next step (when resolving: how it was resolved)</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="287" />
            <source>Satisfaction call</source>
            <translation>Satisfaction call</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="293" />
            <source>How satisfied is the customer? (1 very unhappy … 5 very happy)</source>
            <translation>How satisfied is the customer? (1 very unhappy … 5 very happy)</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="306" />
            <source>What the customer said</source>
            <translation>What the customer said</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="309" />
            <source>1 or 2 alerts the owner.</source>
            <translation>1 or 2 alerts the owner.</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="312" />
            <location filename="../../views/ticket_dialog.py" line="423" />
            <source>Record the call</source>
            <translation>Record the call</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="332" />
            <source>New ticket</source>
            <translation>New ticket</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="333" />
            <source>New ticket for {name}</source>
            <translation>New ticket for {name}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="357" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="382" />
            <source>Ticket {number}</source>
            <translation>Ticket {number}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="383" />
            <source>{number} · {name}</source>
            <translation>{number} · {name}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="385" />
            <source>State: {state}</source>
            <translation>State: {state}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="388" />
            <source>due by {when}</source>
            <translation>due by {when}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="393" />
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="394" />
            <source>Customer replied</source>
            <translation>Customer replied</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="395" />
            <source>Start work</source>
            <translation>Start work</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="396" />
            <source>Wait for the customer</source>
            <translation>Wait for the customer</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="397" />
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="398" />
            <source>Close ticket</source>
            <translation>Close ticket</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="399" />
            <source>The SLA clock is paused while waiting for the customer</source>
            <translation>The SLA clock is paused while waiting for the customer</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="400" />
            <source>Write how it was resolved in the note; a reminder to call the customer is made for the next workday</source>
            <translation>Write how it was resolved in the note; a reminder to call the customer is made for the next workday</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="402" />
            <source>Close without a satisfaction call</source>
            <translation>Close without a satisfaction call</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="414" />
            <source>Recorded on {when}: {score}/5 {note}</source>
            <translation>Recorded on {when}: {score}/5 {note}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="418" />
            <source>Record again</source>
            <translation>Record again</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="420" />
            <source>Resolved: {resolution}</source>
            <translation>Resolved: {resolution}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="517" />
            <source>Delete ticket {number}? Undo brings it back.</source>
            <translation>Delete ticket {number}? Undo brings it back.</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="103" />
            <source>Time taken {used} of {given}</source>
            <translation>Time taken {used} of {given}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="105" />
            <source>Time taken {used}</source>
            <translation>Time taken {used}</translation>
        </message>
        <message>
            <location filename="../../views/ticket_dialog.py" line="107" />
            <source>paused {n} while waiting for the customer</source>
            <translation>paused {n} while waiting for the customer</translation>
        </message>
    </context>
    <context>
        <name>TicketList</name>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="90" />
            <source>New ticket</source>
            <translation>New ticket</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="91" />
            <source>Write down a complaint or request of this customer, who handles it and by when</source>
            <translation>Write down a complaint or request of this customer, who handles it and by when</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="99" />
            <source>SLA clock paused until the customer replies</source>
            <translation>SLA clock paused until the customer replies</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="101" />
            <source>SLA clock paused until the customer replies ({left} left)</source>
            <translation>SLA clock paused until the customer replies ({left} left)</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="105" />
            <source>Overdue: it was due by {when}</source>
            <translation>Overdue: it was due by {when}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="107" />
            <source>Due by {when}</source>
            <translation>Due by {when}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="109" />
            <source>Satisfaction {score}/5 {note}</source>
            <translation>Satisfaction {score}/5 {note}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="112" />
            <source>Resolved on {when}: the satisfaction call is due</source>
            <translation>Resolved on {when}: the satisfaction call is due</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="124" />
            <source>Tickets ({n} open)</source>
            <translation>Tickets ({n} open)</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="125" />
            <source>Tickets ({n})</source>
            <translation>Tickets ({n})</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="126" />
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/tickets.py" line="131" />
            <source>No tickets. A complaint or request written down here is followed up: who handles it, by when, and a call to ask whether the customer is satisfied.</source>
            <translation>No tickets. A complaint or request written down here is followed up: who handles it, by when, and a call to ask whether the customer is satisfied.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="68" />
            <source>Log a {kind}</source>
            <translation>Log a {kind}</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="77" />
            <source>What happened? Ctrl+Enter saves</source>
            <translation>What happened? Ctrl+Enter saves</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="83" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="85" />
            <source>Add to the timeline (Ctrl+Enter)</source>
            <translation>Add to the timeline (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="106" />
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="107" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="108" />
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="109" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="110" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="111" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="112" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="159" />
            <source>Nothing logged yet. Write down each call or visit above, so the whole team knows where things stand.</source>
            <translation>Nothing logged yet. Write down each call or visit above, so the whole team knows where things stand.</translation>
        </message>
        <message>
            <location filename="../../views/customer_detail/timeline.py" line="168" />
            <source>Show all {n} entries</source>
            <translation>Show all {n} entries</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <location filename="../../views/widgets.py" line="379" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="545" />
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="545" />
            <source>Edit user</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="555" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="556" />
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="558" />
            <source>An owner may do everything. A manager sees the customers of their team (everyone's until someone is put in their team), reviews alerts, empties the trash and takes imports back, but changes no settings or users. A salesperson sees their own customers, those of nobody and those shared with them, and changes their own.</source>
            <translation>An owner may do everything. A manager sees the customers of their team (everyone's until someone is put in their team), reviews alerts, empties the trash and takes imports back, but changes no settings or users. A salesperson sees their own customers, those of nobody and those shared with them, and changes their own.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="640" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="571" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="572" />
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="584" />
            <source>More than one person will use this book, so you need a password as its owner; otherwise anyone could sign in as you. Choose it here:</source>
            <translation>More than one person will use this book, so you need a password as its owner; otherwise anyone could sign in as you. Choose it here:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="586" />
            <source>Your password:</source>
            <translation>Your password:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="587" />
            <source>Repeat your password:</source>
            <translation>Repeat your password:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="592" />
            <source>No manager</source>
            <translation>No manager</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="598" />
            <source>Manager:</source>
            <translation>Manager:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="599" />
            <source>Active (may sign in)</source>
            <translation>Active (may sign in)</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="610" />
            <source>{name} has {n} customers: choose who takes them over when {name} is disabled.</source>
            <translation>{name} has {n} customers: choose who takes them over when {name} is disabled.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="613" />
            <source>Customers go to:</source>
            <translation>Customers go to:</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="622" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="622" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="639" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="645" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../views/verify_dialog.py" line="152" />
            <source>Verify the change log</source>
            <translation>Verify the change log</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="156" />
            <source>Every change Kehu records is sealed to the one before it, PC by PC. Verifying reads every entry and shows, for each PC, whether its record is as Kehu wrote it or the first entry that was altered, deleted or inserted outside Kehu.</source>
            <translation>Every change Kehu records is sealed to the one before it, PC by PC. Verifying reads every entry and shows, for each PC, whether its record is as Kehu wrote it or the first entry that was altered, deleted or inserted outside Kehu.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="167" />
            <source>PC</source>
            <translation>PC</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="167" />
            <source>Entries checked</source>
            <translation>Entries checked</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="168" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="183" />
            <source>Verify again</source>
            <translation>Verify again</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="187" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="213" />
            <location filename="../../views/verify_dialog.py" line="219" />
            <source>Verifying the change log…</source>
            <translation>Verifying the change log…</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="222" />
            <source>Not verified: Kehu was busy. Try again in a moment.</source>
            <translation>Not verified: Kehu was busy. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="240" />
            <source>PC {id}</source>
            <translation>PC {id}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="257" />
            <source>Verifying was cancelled; nothing was checked.</source>
            <translation>Verifying was cancelled; nothing was checked.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="263" />
            <source>The change log could not be read.</source>
            <translation>The change log could not be read.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="50" />
            <source>Another PC</source>
            <translation>Another PC</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="46" />
            <source>This PC</source>
            <translation>This PC</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="69" />
            <source>customer</source>
            <translation>customer</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="69" />
            <source>contact person</source>
            <translation>contact person</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="70" />
            <source>contact log entry</source>
            <translation>contact log entry</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="70" />
            <source>deal</source>
            <translation>deal</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="71" />
            <source>reminder</source>
            <translation>reminder</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="71" />
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="71" />
            <source>setting</source>
            <translation>setting</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="72" />
            <source>alert</source>
            <translation>alert</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="72" />
            <source>pipeline stage</source>
            <translation>pipeline stage</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="72" />
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="73" />
            <source>payment</source>
            <translation>payment</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="73" />
            <source>product</source>
            <translation>product</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="73" />
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="74" />
            <source>shared customer</source>
            <translation>shared customer</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="96" />
            <source>changed {field} of {record}</source>
            <translation>changed {field} of {record}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="48" />
            <source>Another PC ({names})</source>
            <translation>Another PC ({names})</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="57" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="58" />
            <source>An entry was altered</source>
            <translation>An entry was altered</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="59" />
            <source>An entry was inserted</source>
            <translation>An entry was inserted</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="60" />
            <source>Entries were deleted</source>
            <translation>Entries were deleted</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="61" />
            <source>The newest entries were deleted</source>
            <translation>The newest entries were deleted</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="80" />
            <source>{noun} “{name}”</source>
            <translation>{noun} “{name}”</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="81" />
            <source>{noun} {id}</source>
            <translation>{noun} {id}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="88" />
            <source>added {record}</source>
            <translation>added {record}</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="90" />
            <source>deleted {record} for good</source>
            <translation>deleted {record} for good</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="104" />
            <source>All {n} entries of this PC's change log are as Kehu wrote them.</source>
            <translation>All {n} entries of this PC's change log are as Kehu wrote them.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="122" />
            <source>{n} entries of this PC were checked. What it recorded from there on cannot be vouched for: compare with a backup from before, and ask who could open this PC's book file.</source>
            <translation>{n} entries of this PC were checked. What it recorded from there on cannot be vouched for: compare with a backup from before, and ask who could open this PC's book file.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="139" />
            <source>The change log of {k} of {pcs} PCs was changed outside Kehu; {n} entries checked.</source>
            <translation>The change log of {k} of {pcs} PCs was changed outside Kehu; {n} entries checked.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="117" />
            <source>That entry says: on {when}, {who}, in the step “{step}”, {change}.</source>
            <translation>That entry says: on {when}, {who}, in the step “{step}”, {change}.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="134" />
            <source>All {n} entries of this book's change log are as Kehu wrote them.</source>
            <translation>All {n} entries of this book's change log are as Kehu wrote them.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="137" />
            <source>All {n} entries of {pcs} PCs are as Kehu wrote them.</source>
            <translation>All {n} entries of {pcs} PCs are as Kehu wrote them.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="49" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="109" />
            <source>Entry number {seq} was altered outside Kehu after it was written.</source>
            <translation>Entry number {seq} was altered outside Kehu after it was written.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="110" />
            <source>Entry number {seq} was inserted outside Kehu: Kehu did not write it.</source>
            <translation>Entry number {seq} was inserted outside Kehu: Kehu did not write it.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="111" />
            <source>Entries were deleted outside Kehu just before entry number {seq}.</source>
            <translation>Entries were deleted outside Kehu just before entry number {seq}.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="112" />
            <source>The newest entries were deleted outside Kehu, after entry number {seq}.</source>
            <translation>The newest entries were deleted outside Kehu, after entry number {seq}.</translation>
        </message>
        <message>
            <location filename="../../views/verify_dialog.py" line="119" />
            <source>an unknown user</source>
            <translation>an unknown user</translation>
        </message>
    </context>
    <context>
        <name>_FolderRow</name>
        <message>
            <location filename="../../views/team_dialogs.py" line="111" />
            <source>Choose…</source>
            <translation>Choose…</translation>
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
            <translation>Kehu</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="30" />
            <source>{path} already exists; Kehu does not overwrite a book. Choose another name.</source>
            <translation>{path} already exists; Kehu does not overwrite a book. Choose another name.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="65" />
            <source>{path} is not a mapping file: {reason}</source>
            <translation>{path} is not a mapping file: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="71" />
            <source>{month} is not a month: write it as YYYY-MM, for example 2026-03.</source>
            <translation>{month} is not a month: write it as YYYY-MM, for example 2026-03.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="72" />
            <source>There is no salesperson called {name} in this book.</source>
            <translation>There is no salesperson called {name} in this book.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="73" />
            <source>{name}: a report is written as .pdf or .xlsx.</source>
            <translation>{name}: a report is written as .pdf or .xlsx.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="81" />
            <source>{path} already exists; Kehu does not overwrite it. Choose another name.</source>
            <translation>{path} already exists; Kehu does not overwrite it. Choose another name.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="82" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="83" />
            <source>There is no active user called {name} in this book.</source>
            <translation>There is no active user called {name} in this book.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="84" />
            <source>More than one person uses this book: say who you are with --user NAME.</source>
            <translation>More than one person uses this book: say who you are with --user NAME.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="86" />
            <source>{name} has a password: type it at a terminal, or give a file that holds it with --password-file FILE.</source>
            <translation>{name} has a password: type it at a terminal, or give a file that holds it with --password-file FILE.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="88" />
            <source>The password file {path} cannot be read: {reason}.</source>
            <translation>The password file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="91" />
            <source>The two passwords are not the same; nothing was changed.</source>
            <translation>The two passwords are not the same; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="92" />
            <source>{name} has no password yet, and a book more than one person uses needs one: choose it at a terminal, or give a file that holds it with --password-file FILE.</source>
            <translation>{name} has no password yet, and a book more than one person uses needs one: choose it at a terminal, or give a file that holds it with --password-file FILE.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="95" />
            <source>Kehu met a problem it did not expect ({kind}); nothing more was done. The details are in {log}.</source>
            <translation>Kehu met a problem it did not expect ({kind}); nothing more was done. The details are in {log}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="97" />
            <source>Kehu could not finish: {reason}. Nothing more was done.</source>
            <translation>Kehu could not finish: {reason}. Nothing more was done.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="98" />
            <source>Stopped; what was not finished was not written.</source>
            <translation>Stopped; what was not finished was not written.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="33" />
            <source>There is no user called {name} in this book.</source>
            <translation>There is no user called {name} in this book.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="34" />
            <source>There is no stage called {name} in this book.</source>
            <translation>There is no stage called {name} in this book.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="35" />
            <source>There is no step {op} in this book's history.</source>
            <translation>There is no step {op} in this book's history.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="36" />
            <source>{op} is the start of more than one step's id: give more of it.</source>
            <translation>{op} is the start of more than one step's id: give more of it.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="37" />
            <source>The passphrase file {path} cannot be read: {reason}.</source>
            <translation>The passphrase file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="38" />
            <source>This PC does not keep the team key: give the team passphrase with --passphrase-file FILE.</source>
            <translation>This PC does not keep the team key: give the team passphrase with --passphrase-file FILE.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="65" />
            <source>Something went wrong: {error}</source>
            <translation>Something went wrong: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="67" />
            <source>Your book is safe. The details were written to the log file:
{path}</source>
            <translation>Your book is safe. The details were written to the log file:
{path}</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="41" />
            <source>There is no such alert.</source>
            <translation>There is no such alert.</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="42" />
            <source>A risk word may have at most {count} characters.</source>
            <translation>A risk word may have at most {count} characters.</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="43" />
            <source>A risk alert points to this text, so only an owner or a manager may delete it.</source>
            <translation>A risk alert points to this text, so only an owner or a manager may delete it.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="70" />
            <source>The backup could not be written to {folder}: {reason}. The book was not changed.</source>
            <translation>The backup could not be written to {folder}: {reason}. The book was not changed.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="72" />
            <source>{path} cannot be restored: {reason}. Nothing was changed.</source>
            <translation>{path} cannot be restored: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="73" />
            <source>The book {path} is damaged ({detail}). Kehu has not changed it.</source>
            <translation>The book {path} is damaged ({detail}). Kehu has not changed it.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="74" />
            <source>The backup folder {folder} cannot be used: {reason}.</source>
            <translation>The backup folder {folder} cannot be used: {reason}.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="75" />
            <source>Kehu could not save to {path}: {reason}. Nothing was lost: what you were saving was not written, and the book is as it was before.</source>
            <translation>Kehu could not save to {path}: {reason}. Nothing was lost: what you were saving was not written, and the book is as it was before.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="78" />
            <source>it is not an SQLite database</source>
            <translation>it is not an SQLite database</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="79" />
            <source>it is not a Kehu book</source>
            <translation>it is not a Kehu book</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="80" />
            <source>it was written by a newer Kehu (book version {found})</source>
            <translation>it was written by a newer Kehu (book version {found})</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="81" />
            <source>it holds things Kehu did not make ({objects}); a backup holds only data</source>
            <translation>it holds things Kehu did not make ({objects}); a backup holds only data</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="83" />
            <source>it fails SQLite's integrity check ({detail})</source>
            <translation>it fails SQLite's integrity check ({detail})</translation>
        </message>
        <message>
            <location filename="../../models/core/book.py" line="45" />
            <source>The book is damaged; Kehu does not write to it, so nothing was saved.</source>
            <translation>The book is damaged; Kehu does not write to it, so nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../models/core/book.py" line="46" />
            <source>Kehu is still checking the book; nothing was saved. Please try again in a moment.</source>
            <translation>Kehu is still checking the book; nothing was saved. Please try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="13" />
            <source>There is nothing to undo.</source>
            <translation>There is nothing to undo.</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="14" />
            <source>There is nothing to redo.</source>
            <translation>There is nothing to redo.</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="15" />
            <source>This cannot be undone: the records were changed since.</source>
            <translation>This cannot be undone: the records were changed since.</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="16" />
            <source>This cannot be undone or redone by a salesperson: a risk alert points to the text it would take away. An owner or a manager may do it.</source>
            <translation>This cannot be undone or redone by a salesperson: a risk alert points to the text it would take away. An owner or a manager may do it.</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="24" />
            <source>SQLite integrity check: {detail}</source>
            <translation>SQLite integrity check: {detail}</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="25" />
            <source>Row {rowid} of table {table} points to a missing row of {parent}.</source>
            <translation>Row {rowid} of table {table} points to a missing row of {parent}.</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="26" />
            <source>The book's schema version is {found}, expected {known}.</source>
            <translation>The book's schema version is {found}, expected {known}.</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="27" />
            <source>{count} customers have no name (for example record {example}).</source>
            <translation>{count} customers have no name (for example record {example}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="28" />
            <source>{count} customers have a grade other than A, B or C (for example {example}).</source>
            <translation>{count} customers have a grade other than A, B or C (for example {example}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="29" />
            <source>{count} customers are missing from the search index (for example {example}).</source>
            <translation>{count} customers are missing from the search index (for example {example}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="30" />
            <source>{count} search index entries belong to no customer (for example row {example}).</source>
            <translation>{count} search index entries belong to no customer (for example row {example}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="31" />
            <source>{table} record {example} has an invalid mobile number: {value}</source>
            <translation>{table} record {example} has an invalid mobile number: {value}</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="32" />
            <source>{count} more {table} records have invalid mobile numbers.</source>
            <translation>{count} more {table} records have invalid mobile numbers.</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="33" />
            <source>{count} operations have an unknown state (for example {example}).</source>
            <translation>{count} operations have an unknown state (for example {example}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="34" />
            <source>{count} audit entries belong to no operation (for example {example}).</source>
            <translation>{count} audit entries belong to no operation (for example {example}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="35" />
            <source>The book has no active owner.</source>
            <translation>The book has no active owner.</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="36" />
            <source>The book holds things Kehu did not make: {objects}.</source>
            <translation>The book holds things Kehu did not make: {objects}.</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="37" />
            <source>The change log of PC {device} was altered outside Kehu: entry {entry} (number {seq}) does not match its hash.</source>
            <translation>The change log of PC {device} was altered outside Kehu: entry {entry} (number {seq}) does not match its hash.</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="39" />
            <source>The change log of PC {device} has an entry inserted outside Kehu: entry {entry} (number {seq}).</source>
            <translation>The change log of PC {device} has an entry inserted outside Kehu: entry {entry} (number {seq}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="41" />
            <source>The change log of PC {device} lost entries deleted outside Kehu: right before entry {entry} (number {seq}).</source>
            <translation>The change log of PC {device} lost entries deleted outside Kehu: right before entry {entry} (number {seq}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="43" />
            <source>The change log of PC {device} lost its newest entries, deleted outside Kehu after entry {entry} (number {seq}).</source>
            <translation>The change log of PC {device} lost its newest entries, deleted outside Kehu after entry {entry} (number {seq}).</translation>
        </message>
        <message>
            <location filename="../../models/core/check.py" line="47" />
            <source>The -wal file beside the book does not fit it (another book's, or damaged: {detail}); the book's own file is intact. Move the -wal file away while no Kehu has the book open.</source>
            <translation>The -wal file beside the book does not fit it (another book's, or damaged: {detail}); the book's own file is intact. Move the -wal file away while no Kehu has the book open.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="67" />
            <source>{path} is not a Kehu book (not an SQLite database).</source>
            <translation>{path} is not a Kehu book (not an SQLite database).</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="68" />
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} cannot be read: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="69" />
            <source>{path} was written by a newer version of Kehu (book version {found}, this Kehu reads up to {known}). Please update Kehu; the book was not changed.</source>
            <translation>{path} was written by a newer version of Kehu (book version {found}, this Kehu reads up to {known}). Please update Kehu; the book was not changed.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="74" />
            <source>{path} is an SQLite database but not a Kehu book; it was not changed.</source>
            <translation>{path} is an SQLite database but not a Kehu book; it was not changed.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="75" />
            <source>The book {path} is already open in another Kehu window or program.</source>
            <translation>The book {path} is already open in another Kehu window or program.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="76" />
            <source>{path} does not exist.</source>
            <translation>{path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="77" />
            <source>{path} holds things Kehu did not make ({objects}). A book holds only data, so Kehu does not use this one; it was not changed.</source>
            <translation>{path} holds things Kehu did not make ({objects}). A book holds only data, so Kehu does not use this one; it was not changed.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="82" />
            <source>The book {path} is read-only (its file or folder cannot be written); nothing was saved. Copy it to a folder you may write to, and open the copy.</source>
            <translation>The book {path} is read-only (its file or folder cannot be written); nothing was saved. Copy it to a folder you may write to, and open the copy.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="85" />
            <source>The book {path} is read-only and was written by an older Kehu; it must be upgraded, which needs writing. Copy it to a folder you may write to, and open the copy.</source>
            <translation>The book {path} is read-only and was written by an older Kehu; it must be upgraded, which needs writing. Copy it to a folder you may write to, and open the copy.</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="90" />
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="91" />
            <source>the folder is read-only</source>
            <translation>the folder is read-only</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="92" />
            <source>Kehu may not write there</source>
            <translation>Kehu may not write there</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="93" />
            <source>the folder does not exist</source>
            <translation>the folder does not exist</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="94" />
            <source>the disk reported an error</source>
            <translation>the disk reported an error</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="95" />
            <source>it is a folder, not a file</source>
            <translation>it is a folder, not a file</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="96" />
            <source>a part of the path is a file, not a folder</source>
            <translation>a part of the path is a file, not a folder</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="97" />
            <source>the name is too long</source>
            <translation>the name is too long</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="98" />
            <source>the book is open in another Kehu window or program</source>
            <translation>the book is open in another Kehu window or program</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="99" />
            <source>the file is damaged</source>
            <translation>the file is damaged</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="100" />
            <source>it is not a file (a device, a pipe or a socket)</source>
            <translation>it is not a file (a device, a pipe or a socket)</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="101" />
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="102" />
            <source>Kehu may not read it</source>
            <translation>Kehu may not read it</translation>
        </message>
        <message>
            <location filename="../../models/core/errors.py" line="103" />
            <source>there is not enough memory</source>
            <translation>there is not enough memory</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="31" />
            <source>{value} is not an amount (write it as 1234.50, 1,234.50 or 1.2万).</source>
            <translation>{value} is not an amount (write it as 1234.50, 1,234.50 or 1.2万).</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="32" />
            <source>{value} has too many decimals: {currency} amounts have at most {places} decimals.</source>
            <translation>{value} has too many decimals: {currency} amounts have at most {places} decimals.</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="34" />
            <source>{value} has decimals, but {currency} amounts have none.</source>
            <translation>{value} has decimals, but {currency} amounts have none.</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="35" />
            <source>{value} is not in {currency}, the currency chosen for it.</source>
            <translation>{value} is not in {currency}, the currency chosen for it.</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="36" />
            <source>{value} is too large for an amount.</source>
            <translation>{value} is too large for an amount.</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="37" />
            <source>{value} is not a currency code (three letters, such as CNY or USD).</source>
            <translation>{value} is not a currency code (three letters, such as CNY or USD).</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="41" />
            <source>Only an owner may do this.</source>
            <translation>Only an owner may do this.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="42" />
            <source>Only an owner or a manager may do this.</source>
            <translation>Only an owner or a manager may do this.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="43" />
            <source>Nobody is signed in to this book.</source>
            <translation>Nobody is signed in to this book.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="44" />
            <source>This customer belongs to another salesperson: only they, a manager or an owner may change it.</source>
            <translation>This customer belongs to another salesperson: only they, a manager or an owner may change it.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="102" />
            <source>Only an owner can restore a backup.</source>
            <translation>Only an owner can restore a backup.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="105" />
            <source>Only the person who made the import, a manager or an owner may take it back.</source>
            <translation>Only the person who made the import, a manager or an owner may take it back.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="113" />
            <source>You may not export or print customer lists.</source>
            <translation>You may not export or print customer lists.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="118" />
            <source>You may not print customer lists: the owner decides who may (Settings &gt; Risk words).</source>
            <translation>You may not print customer lists: the owner decides who may (Settings &gt; Risk words).</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="135" />
            <source>Only the customer's salesperson, a manager or an owner may share it.</source>
            <translation>Only the customer's salesperson, a manager or an owner may share it.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="152" />
            <source>This order belongs to another salesperson: only they, a manager or an owner may change it.</source>
            <translation>This order belongs to another salesperson: only they, a manager or an owner may change it.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="163" />
            <source>Only an owner may confirm or reject a payment.</source>
            <translation>Only an owner may confirm or reject a payment.</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="175" />
            <source>This ticket is handled by another salesperson: only they, the customer's salesperson, a manager or an owner may change it.</source>
            <translation>This ticket is handled by another salesperson: only they, the customer's salesperson, a manager or an owner may change it.</translation>
        </message>
        <message>
            <location filename="../../models/core/scopes.py" line="45" />
            <source>This customer is not among those you may see.</source>
            <translation>This customer is not among those you may see.</translation>
        </message>
        <message>
            <location filename="../../models/core/scopes.py" line="46" />
            <source>{name} was handed over to someone else: you may read it until {day}, but not change anything of it.</source>
            <translation>{name} was handed over to someone else: you may read it until {day}, but not change anything of it.</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="33" />
            <source>There is no setting called {key}.</source>
            <translation>There is no setting called {key}.</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="34" />
            <source>The setting {key} cannot take the value {value}.</source>
            <translation>The setting {key} cannot take the value {value}.</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="35" />
            <source>The setting {key} belongs to this PC, not to the book.</source>
            <translation>The setting {key} belongs to this PC, not to the book.</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="22" />
            <source>{value} does not look like a mobile number (11 digits starting with 1).</source>
            <translation>{value} does not look like a mobile number (11 digits starting with 1).</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="23" />
            <source>{value} does not look like a phone number.</source>
            <translation>{value} does not look like a phone number.</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="24" />
            <source>{value} does not look like an e-mail address.</source>
            <translation>{value} does not look like an e-mail address.</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="25" />
            <source>{value} is not a date (write it as 2024-01-31).</source>
            <translation>{value} is not a date (write it as 2024-01-31).</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="26" />
            <source>The grade must be A, B or C.</source>
            <translation>The grade must be A, B or C.</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="27" />
            <source>The customer needs a name.</source>
            <translation>The customer needs a name.</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="28" />
            <source>{value} is not a number.</source>
            <translation>{value} is not a number.</translation>
        </message>
        <message>
            <location filename="../../models/core/values.py" line="29" />
            <source>{value} is not one of the choices of this field.</source>
            <translation>{value} is not one of the choices of this field.</translation>
        </message>
        <message>
            <location filename="../../models/core/writer.py" line="22" />
            <source>Kehu is still busy with “{task}”; nothing was saved yet. Please try again when it has finished.</source>
            <translation>Kehu is still busy with “{task}”; nothing was saved yet. Please try again when it has finished.</translation>
        </message>
        <message>
            <location filename="../../models/core/writer.py" line="24" />
            <source>Kehu is still writing to the book; nothing was saved yet. Please try again in a moment.</source>
            <translation>Kehu is still writing to the book; nothing was saved yet. Please try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../models/customers/clash.py" line="49" />
            <source>Already another salesperson's customer (mobile {value}); the owner has been told.</source>
            <translation>Already another salesperson's customer (mobile {value}); the owner has been told.</translation>
        </message>
        <message>
            <location filename="../../models/customers/clash.py" line="51" />
            <source>Already another salesperson's customer (phone {value}); the owner has been told.</source>
            <translation>Already another salesperson's customer (phone {value}); the owner has been told.</translation>
        </message>
        <message>
            <location filename="../../models/customers/clash.py" line="53" />
            <source>Already another salesperson's customer (name {value}); the owner has been told.</source>
            <translation>Already another salesperson's customer (name {value}); the owner has been told.</translation>
        </message>
        <message>
            <location filename="../../models/customers/export.py" line="35" />
            <source>Kehu cannot export to {name}: choose a file name ending in .csv or .xlsx.</source>
            <translation>Kehu cannot export to {name}: choose a file name ending in .csv or .xlsx.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="75" />
            <location filename="../../models/customers/export.py" line="38" />
            <source>{path} cannot be written: {reason}</source>
            <translation>{path} cannot be written: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="20" />
            <source>Unknown kind of contact: {value}.</source>
            <translation>Unknown kind of contact: {value}.</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="21" />
            <source>The field needs a name.</source>
            <translation>The field needs a name.</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="22" />
            <source>There is already a field called {value}.</source>
            <translation>There is already a field called {value}.</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="23" />
            <source>A choice field needs at least one choice.</source>
            <translation>A choice field needs at least one choice.</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="24" />
            <source>The contact person needs a name.</source>
            <translation>The contact person needs a name.</translation>
        </message>
        <message>
            <location filename="../../models/customers/operations.py" line="25" />
            <source>Write what happened.</source>
            <translation>Write what happened.</translation>
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
            <translation>There is no such user.</translation>
        </message>
        <message>
            <location filename="../../models/customers/sharing.py" line="15" />
            <source>There is no such customer.</source>
            <translation>There is no such customer.</translation>
        </message>
        <message>
            <location filename="../../models/customers/sharing.py" line="17" />
            <source>{name} owns this customer already.</source>
            <translation>{name} owns this customer already.</translation>
        </message>
        <message>
            <location filename="../../models/customers/sharing.py" line="18" />
            <source>This customer is not shared with {name}.</source>
            <translation>This customer is not shared with {name}.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="53" />
            <source>The deal needs a title.</source>
            <translation>The deal needs a title.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="54" />
            <source>Choose the customer of the deal.</source>
            <translation>Choose the customer of the deal.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="72" />
            <location filename="../../models/team/pool.py" line="54" />
            <location filename="../../models/reports/grading.py" line="39" />
            <location filename="../../models/reminders/labels.py" line="40" />
            <location filename="../../models/orders/labels.py" line="69" />
            <location filename="../../models/deals/labels.py" line="55" />
            <source>There is no such customer, or it is in the trash.</source>
            <translation>There is no such customer, or it is in the trash.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="56" />
            <source>The amount cannot be less than 0.</source>
            <translation>The amount cannot be less than 0.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="57" />
            <source>The probability must be a whole number from 0 to 100.</source>
            <translation>The probability must be a whole number from 0 to 100.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="41" />
            <location filename="../../models/orders/labels.py" line="71" />
            <location filename="../../models/deals/labels.py" line="59" />
            <source>There is no such deal.</source>
            <translation>There is no such deal.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="60" />
            <source>There is no such stage.</source>
            <translation>There is no such stage.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="61" />
            <source>This deal is already won or lost; reopen it first.</source>
            <translation>This deal is already won or lost; reopen it first.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="62" />
            <source>This deal is still open.</source>
            <translation>This deal is still open.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="63" />
            <source>Choose why the deal was lost.</source>
            <translation>Choose why the deal was lost.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="64" />
            <source>This stage needs: {fields}</source>
            <translation>This stage needs: {fields}</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="65" />
            <source>The stage needs a name.</source>
            <translation>The stage needs a name.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="66" />
            <source>There is already a stage called {value}.</source>
            <translation>There is already a stage called {value}.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="67" />
            <source>The days before a deal counts as stalled must be 0 or more.</source>
            <translation>The days before a deal counts as stalled must be 0 or more.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="68" />
            <source>A stage cannot require {value}.</source>
            <translation>A stage cannot require {value}.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="69" />
            <source>The pipeline needs at least one stage.</source>
            <translation>The pipeline needs at least one stage.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="70" />
            <source>Choose another stage for the deals of the deleted stage.</source>
            <translation>Choose another stage for the deals of the deleted stage.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="71" />
            <source>The new order must list every stage once.</source>
            <translation>The new order must list every stage once.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="72" />
            <source>Keep at least one reason for lost deals.</source>
            <translation>Keep at least one reason for lost deals.</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="73" />
            <source>Snooze for at least one day.</source>
            <translation>Snooze for at least one day.</translation>
        </message>
        <message>
            <location filename="../../models/demo/__init__.py" line="34" />
            <source>{path} already exists; a demo book is only written to a new file.</source>
            <translation>{path} already exists; a demo book is only written to a new file.</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="45" />
            <source>There is no import {batch} in this book.</source>
            <translation>There is no import {batch} in this book.</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="46" />
            <source>The import of {file} was already undone.</source>
            <translation>The import of {file} was already undone.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="65" />
            <source>The product needs a name.</source>
            <translation>The product needs a name.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="66" />
            <source>There is no such product, or it was deleted.</source>
            <translation>There is no such product, or it was deleted.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="67" />
            <source>{product} is priced in {currency}; the order is in {order}.</source>
            <translation>{product} is priced in {currency}; the order is in {order}.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="68" />
            <source>The price cannot be less than 0.</source>
            <translation>The price cannot be less than 0.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="70" />
            <source>Choose the customer of the order.</source>
            <translation>Choose the customer of the order.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="72" />
            <source>That deal belongs to another customer.</source>
            <translation>That deal belongs to another customer.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="74" />
            <source>There is no such order.</source>
            <translation>There is no such order.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="75" />
            <source>Choose the date of the order.</source>
            <translation>Choose the date of the order.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="76" />
            <source>Order {number} is confirmed: it changes only by voiding it and issuing a replacement.</source>
            <translation>Order {number} is confirmed: it changes only by voiding it and issuing a replacement.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="78" />
            <source>Order {number} is not confirmed.</source>
            <translation>Order {number} is not confirmed.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="79" />
            <source>Order {number} is void.</source>
            <translation>Order {number} is void.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="80" />
            <source>The order needs at least one line.</source>
            <translation>The order needs at least one line.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="81" />
            <source>Line {line}: choose a product or describe what is sold.</source>
            <translation>Line {line}: choose a product or describe what is sold.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="82" />
            <source>{value} is not a quantity (a number with at most 3 decimals, such as 2.5).</source>
            <translation>{value} is not a quantity (a number with at most 3 decimals, such as 2.5).</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="84" />
            <source>Line {line}: the quantity must be more than 0.</source>
            <translation>Line {line}: the quantity must be more than 0.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="85" />
            <source>Line {line}: the discount {value} is not an amount or a percentage from 0 to 100.</source>
            <translation>Line {line}: the discount {value} is not an amount or a percentage from 0 to 100.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="87" />
            <source>Line {line}: the discount is more than the line's amount.</source>
            <translation>Line {line}: the discount is more than the line's amount.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="88" />
            <source>The order's total must be more than 0.</source>
            <translation>The order's total must be more than 0.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="89" />
            <source>Say why the order is void.</source>
            <translation>Say why the order is void.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="90" />
            <source>Say why the payment is rejected.</source>
            <translation>Say why the payment is rejected.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="91" />
            <source>Unknown payment terms: {value}.</source>
            <translation>Unknown payment terms: {value}.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="92" />
            <source>The shares of the payment terms must be whole percents that add up to 100.</source>
            <translation>The shares of the payment terms must be whole percents that add up to 100.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="94" />
            <source>The days of the payment terms must be a whole number, 0 or more.</source>
            <translation>The days of the payment terms must be a whole number, 0 or more.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="95" />
            <source>The number of instalments must be from 1 to 120.</source>
            <translation>The number of instalments must be from 1 to 120.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="96" />
            <source>The payment plan needs at least one row.</source>
            <translation>The payment plan needs at least one row.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="97" />
            <source>Row {row} of the payment plan: the amount must be more than 0.</source>
            <translation>Row {row} of the payment plan: the amount must be more than 0.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="98" />
            <source>Row {row} of the payment plan needs a due date.</source>
            <translation>Row {row} of the payment plan needs a due date.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="99" />
            <source>Row {row} of the payment plan is due before the order's date.</source>
            <translation>Row {row} of the payment plan is due before the order's date.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="100" />
            <source>The payment plan adds up to {plan}, but the order's total is {total}.</source>
            <translation>The payment plan adds up to {plan}, but the order's total is {total}.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="101" />
            <source>There is no such payment.</source>
            <translation>There is no such payment.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="102" />
            <source>The amount received must be more than 0.</source>
            <translation>The amount received must be more than 0.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="103" />
            <source>Give the date the money was received.</source>
            <translation>Give the date the money was received.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="104" />
            <source>The money cannot have been received after today ({value}).</source>
            <translation>The money cannot have been received after today ({value}).</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="105" />
            <source>Unknown way of payment: {value}.</source>
            <translation>Unknown way of payment: {value}.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="106" />
            <source>Order {number} belongs to another customer.</source>
            <translation>Order {number} belongs to another customer.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="107" />
            <source>Order {number} is in {order}; the payment is in {currency}.</source>
            <translation>Order {number} is in {order}; the payment is in {currency}.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="108" />
            <source>This payment is already confirmed.</source>
            <translation>This payment is already confirmed.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="109" />
            <source>This payment was rejected.</source>
            <translation>This payment was rejected.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="110" />
            <source>Only a payment waiting for confirmation can be changed or deleted.</source>
            <translation>Only a payment waiting for confirmation can be changed or deleted.</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="111" />
            <source>The aging edges must be whole days, more than 0 and rising (such as 30, 60, 90).</source>
            <translation>The aging edges must be whole days, more than 0 and rising (such as 30, 60, 90).</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="25" />
            <source>The reminder needs a title.</source>
            <translation>The reminder needs a title.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="26" />
            <source>Choose when the reminder is due.</source>
            <translation>Choose when the reminder is due.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="27" />
            <source>{value} is not a date and time (write it as 2024-01-31 09:00).</source>
            <translation>{value} is not a date and time (write it as 2024-01-31 09:00).</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="28" />
            <source>The priority must be low, normal or high.</source>
            <translation>The priority must be low, normal or high.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="29" />
            <source>Unknown kind of reminder: {value}.</source>
            <translation>Unknown kind of reminder: {value}.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="30" />
            <source>Repeat every 1 or more days, weeks, months or years.</source>
            <translation>Repeat every 1 or more days, weeks, months or years.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="31" />
            <source>Choose the weekdays from Monday to Sunday.</source>
            <translation>Choose the weekdays from Monday to Sunday.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="32" />
            <source>The day of the month must be from 1 to 31.</source>
            <translation>The day of the month must be from 1 to 31.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="33" />
            <source>There is no such reminder.</source>
            <translation>There is no such reminder.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="34" />
            <source>This reminder is already done.</source>
            <translation>This reminder is already done.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="35" />
            <source>This reminder is still open.</source>
            <translation>This reminder is still open.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="36" />
            <source>Choose when to be reminded again.</source>
            <translation>Choose when to be reminded again.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="37" />
            <source>Choose a time after now.</source>
            <translation>Choose a time after now.</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="38" />
            <source>The days without contact must be a whole number, 0 or more.</source>
            <translation>The days without contact must be a whole number, 0 or more.</translation>
        </message>
        <message>
            <location filename="../../models/reports/grading.py" line="37" />
            <source>A grade's thresholds must be numbers of 0 or more.</source>
            <translation>A grade's thresholds must be numbers of 0 or more.</translation>
        </message>
        <message>
            <location filename="../../models/reports/grading.py" line="38" />
            <source>Choose grade A, B or C.</source>
            <translation>Choose grade A, B or C.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="37" />
            <source>Choose who takes the customers over.</source>
            <translation>Choose who takes the customers over.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="38" />
            <source>{name} already has these customers: choose someone else to take them.</source>
            <translation>{name} already has these customers: choose someone else to take them.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="39" />
            <source>{name} is not an active user: customers can only go to an active user.</source>
            <translation>{name} is not an active user: customers can only go to an active user.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="40" />
            <source>Customers are shared out in turn or to whoever has fewest.</source>
            <translation>Customers are shared out in turn or to whoever has fewest.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="41" />
            <source>{name} has no customers that match: nothing was handed over.</source>
            <translation>{name} has no customers that match: nothing was handed over.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="42" />
            <source>{name} is leaving (not an active user): read-only access is for a transfer, not for a leaver.</source>
            <translation>{name} is leaving (not an active user): read-only access is for a transfer, not for a leaver.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="44" />
            <source>The day read-only access ends ({day}) has passed: choose today or a later day.</source>
            <translation>The day read-only access ends ({day}) has passed: choose today or a later day.</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="46" />
            <source>“{value}” is not a day: write it as YYYY-MM-DD, e.g. 2026-06-30.</source>
            <translation>“{value}” is not a day: write it as YYYY-MM-DD, e.g. 2026-06-30.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="53" />
            <source>Choose the customers first.</source>
            <translation>Choose the customers first.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="55" />
            <source>{name} is not in the public pool: someone has it already.</source>
            <translation>{name} is not in the public pool: someone has it already.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="56" />
            <source>{name} is in the public pool already.</source>
            <translation>{name} is in the public pool already.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="57" />
            <source>{name} has open deals, open orders or money still owed: hand it over to someone instead of giving it back to the pool.</source>
            <translation>{name} has open deals, open orders or money still owed: hand it over to someone instead of giving it back to the pool.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="59" />
            <source>You may hold at most {limit} customers and hold {held}: give some back or ask the owner.</source>
            <translation>You may hold at most {limit} customers and hold {held}: give some back or ask the owner.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="61" />
            <source>You may claim at most {limit} customers a day and have claimed {done} today.</source>
            <translation>You may claim at most {limit} customers a day and have claimed {done} today.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="63" />
            <source>You gave {name} back to the pool on {day}: you may claim it again from {until}.</source>
            <translation>You gave {name} back to the pool on {day}: you may claim it again from {until}.</translation>
        </message>
        <message>
            <location filename="../../models/team/pool.py" line="68" />
            <source>The days of the pool's rules must be whole numbers, 0 or more.</source>
            <translation>The days of the pool's rules must be whole numbers, 0 or more.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="13" />
            <source>The user needs a name.</source>
            <translation>The user needs a name.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="14" />
            <source>A user is an owner, a manager or a salesperson.</source>
            <translation>A user is an owner, a manager or a salesperson.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="15" />
            <source>The book needs at least one active owner.</source>
            <translation>The book needs at least one active owner.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="16" />
            <source>The password is not right.</source>
            <translation>The password is not right.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="18" />
            <source>{name} still has {n} customers. Choose who takes them over before {name} is deactivated: no customer is left without an owner.</source>
            <translation>{name} still has {n} customers. Choose who takes them over before {name} is deactivated: no customer is left without an owner.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="20" />
            <source>Set a password for yourself first: when more than one person uses the book, an owner needs a password, or anyone could sign in as the owner.</source>
            <translation>Set a password for yourself first: when more than one person uses the book, an owner needs a password, or anyone could sign in as the owner.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="23" />
            <source>{name} needs a password: when more than one person uses the book, every owner and manager needs one.</source>
            <translation>{name} needs a password: when more than one person uses the book, every owner and manager needs one.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="25" />
            <source>{name} has no password yet. More than one person uses this book, so choose a password for {name} now.</source>
            <translation>{name} has no password yet. More than one person uses this book, so choose a password for {name} now.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="27" />
            <source>Too many wrong passwords for {name}. Try again in {n} seconds.</source>
            <translation>Too many wrong passwords for {name}. Try again in {n} seconds.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="28" />
            <source>Too many wrong passwords for {name}. Try again in {n} minutes.</source>
            <translation>Too many wrong passwords for {name}. Try again in {n} minutes.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="29" />
            <source>The password is not right. After too many wrong tries, {name} can try again in {n} seconds.</source>
            <translation>The password is not right. After too many wrong tries, {name} can try again in {n} seconds.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="31" />
            <source>The password is not right. After too many wrong tries, {name} can try again in {n} minutes.</source>
            <translation>The password is not right. After too many wrong tries, {name} can try again in {n} minutes.</translation>
        </message>
        <message>
            <location filename="../../models/team/users.py" line="172" />
            <source>Only a manager can lead a team.</source>
            <translation>Only a manager can lead a team.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="64" />
            <source>The ticket needs a title: what is the customer's problem?</source>
            <translation>The ticket needs a title: what is the customer's problem?</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="65" />
            <source>Unknown kind of ticket: {value}.</source>
            <translation>Unknown kind of ticket: {value}.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="66" />
            <source>The priority must be low, normal, high or urgent.</source>
            <translation>The priority must be low, normal, high or urgent.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="67" />
            <source>Unknown ticket state: {value}.</source>
            <translation>Unknown ticket state: {value}.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="68" />
            <source>Ticket {number} cannot go from “{old}” to “{new}”.</source>
            <translation>Ticket {number} cannot go from “{old}” to “{new}”.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="69" />
            <source>{value} is not a date (write it as 2024-01-31 or 2024-01-31 18:00).</source>
            <translation>{value} is not a date (write it as 2024-01-31 or 2024-01-31 18:00).</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="70" />
            <source>Write down how the ticket was resolved.</source>
            <translation>Write down how the ticket was resolved.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="71" />
            <source>There is no such ticket.</source>
            <translation>There is no such ticket.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="73" />
            <source>There is no such order of this customer.</source>
            <translation>There is no such order of this customer.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="75" />
            <source>The satisfaction must be a whole number from 1 to 5.</source>
            <translation>The satisfaction must be a whole number from 1 to 5.</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="76" />
            <source>Ticket {number} is not resolved yet: the satisfaction call comes after it is resolved.</source>
            <translation>Ticket {number} is not resolved yet: the satisfaction call comes after it is resolved.</translation>
        </message>
        <message>
            <location filename="../../importers/limits.py" line="44" />
            <source>{file}: sheet {sheet} has {columns} columns with data; Kehu imports up to {limit} columns. Copy the columns you need into a new sheet and import that.</source>
            <translation>{file}: sheet {sheet} has {columns} columns with data; Kehu imports up to {limit} columns. Copy the columns you need into a new sheet and import that.</translation>
        </message>
        <message>
            <location filename="../../importers/limits.py" line="49" />
            <source>{file}: sheet {sheet} spans {rows} rows and {columns} columns, more than Kehu reads at a time ({limit} million cells). Split it into smaller files.</source>
            <translation>{file}: sheet {sheet} spans {rows} rows and {columns} columns, more than Kehu reads at a time ({limit} million cells). Split it into smaller files.</translation>
        </message>
        <message>
            <location filename="../../importers/limits.py" line="54" />
            <source>{file} could not be read: the reader needed more memory than Kehu allows ({limit} MB) or stopped. Nothing was imported. If the file opens in its program, save it there as .xlsx or .csv and import the new file.</source>
            <translation>{file} could not be read: the reader needed more memory than Kehu allows ({limit} MB) or stopped. Nothing was imported. If the file opens in its program, save it there as .xlsx or .csv and import the new file.</translation>
        </message>
        <message>
            <location filename="../../importers/mapping.py" line="31" />
            <source>Column {letter}</source>
            <translation>Column {letter}</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="24" />
            <source>Excel may have rounded {value}; check the number</source>
            <translation>Excel may have rounded {value}; check the number</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="25" />
            <source>Excel has rounded {value} and its digits are lost; type the number again</source>
            <translation>Excel has rounded {value} and its digits are lost; type the number again</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="28" />
            <source>Only the mobile number was kept from {value}</source>
            <translation>Only the mobile number was kept from {value}</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="29" />
            <source>{value} was stored as a number and lost its leading zero; check the number</source>
            <translation>{value} was stored as a number and lost its leading zero; check the number</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="32" />
            <source>ambiguous date {value}: write it as 2024-01-05</source>
            <translation>ambiguous date {value}: write it as 2024-01-05</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="33" />
            <source>Only the first e-mail address was kept; {value} was left out</source>
            <translation>Only the first e-mail address was kept; {value} was left out</translation>
        </message>
        <message>
            <location filename="../../importers/normalize.py" line="34" />
            <source>{value} is not a grade (A, B or C)</source>
            <translation>{value} is not a grade (A, B or C)</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="73" />
            <source>No column is imported as the customer name: choose one.</source>
            <translation>No column is imported as the customer name: choose one.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="74" />
            <source>Unknown choice for duplicates: {value} (skip, fill, overwrite or create).</source>
            <translation>Unknown choice for duplicates: {value} (skip, fill, overwrite or create).</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="103" />
            <source>The row has no product name.</source>
            <translation>The row has no product name.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="104" />
            <source>The row has no customer.</source>
            <translation>The row has no customer.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="105" />
            <source>The order has no date that can be read.</source>
            <translation>The order has no date that can be read.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="106" />
            <source>The order has no lines and no total that can be read.</source>
            <translation>The order has no lines and no total that can be read.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="107" />
            <source>Already in the catalogue as {name}.</source>
            <translation>Already in the catalogue as {name}.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="108" />
            <source>Same product as row {line} of the file.</source>
            <translation>Same product as row {line} of the file.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="109" />
            <source>The price of {name} changes from {old} to {new}.</source>
            <translation>The price of {name} changes from {old} to {new}.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="110" />
            <source>Order {number} is already in the book.</source>
            <translation>Order {number} is already in the book.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="111" />
            <source>The same order (customer, date and total) is already in the book.</source>
            <translation>The same order (customer, date and total) is already in the book.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="113" />
            <source>{name} is not a customer in the book.</source>
            <translation>{name} is not a customer in the book.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="114" />
            <source>The order is cancelled in the file; not imported.</source>
            <translation>The order is cancelled in the file; not imported.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="123" />
            <source>Row {line}: the line has no quantity, price or amount that can be read; left out.</source>
            <translation>Row {line}: the line has no quantity, price or amount that can be read; left out.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="125" />
            <source>Row {line}: the amount {amount} is not quantity × price − discount; the file's amount is kept.</source>
            <translation>Row {line}: the amount {amount} is not quantity × price − discount; the file's amount is kept.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="127" />
            <source>The lines add up to {lines}, the file says {total}; the lines are kept.</source>
            <translation>The lines add up to {lines}, the file says {total}; the lines are kept.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="129" />
            <source>{value} is not a user of this book; the order goes to the customer's salesperson.</source>
            <translation>{value} is not a user of this book; the order goes to the customer's salesperson.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="131" />
            <source>{value}: the currency cannot be read; CNY is used.</source>
            <translation>{value}: the currency cannot be read; CNY is used.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="132" />
            <source>Row {line} names another customer than the first row of order {number}; the first row's customer is kept.</source>
            <translation>Row {line} names another customer than the first row of order {number}; the first row's customer is kept.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="134" />
            <source>No column is imported as {field}: choose one.</source>
            <translation>No column is imported as {field}: choose one.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="135" />
            <source>Unknown choice: {value}.</source>
            <translation>Unknown choice: {value}.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="116" />
            <source>Price: {value} cannot be read; left out.</source>
            <translation>Price: {value} cannot be read; left out.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="117" />
            <source>Quantity: {value} cannot be read; left out.</source>
            <translation>Quantity: {value} cannot be read; left out.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="118" />
            <source>Discount: {value} cannot be read; left out.</source>
            <translation>Discount: {value} cannot be read; left out.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="119" />
            <source>Amount: {value} cannot be read; left out.</source>
            <translation>Amount: {value} cannot be read; left out.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="120" />
            <source>Order total: {value} cannot be read; left out.</source>
            <translation>Order total: {value} cannot be read; left out.</translation>
        </message>
        <message>
            <location filename="../../importers/records.py" line="121" />
            <source>Paid amount: {value} cannot be read; left out.</source>
            <translation>Paid amount: {value} cannot be read; left out.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="36" />
            <source>{file} is empty: there is nothing in it to import.</source>
            <translation>{file} is empty: there is nothing in it to import.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="37" />
            <source>{file} is not a file Kehu can import. Kehu reads Excel workbooks (.xlsx, .xlsm, .xls), OpenDocument spreadsheets (.ods), CSV and text files (.csv, .tsv, .txt) and contacts (.vcf).</source>
            <translation>{file} is not a file Kehu can import. Kehu reads Excel workbooks (.xlsx, .xlsm, .xls), OpenDocument spreadsheets (.ods), CSV and text files (.csv, .tsv, .txt) and contacts (.vcf).</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="43" />
            <source>{file} is not a text file (it holds binary data). Kehu reads CSV and text files saved as text; for a workbook, save it from Excel as .xlsx.</source>
            <translation>{file} is not a text file (it holds binary data). Kehu reads CSV and text files saved as text; for a workbook, save it from Excel as .xlsx.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="48" />
            <source>{file} is damaged or incomplete and cannot be read. Open it in the program that made it, save it again and import the new file.</source>
            <translation>{file} is damaged or incomplete and cannot be read. Open it in the program that made it, save it again and import the new file.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="53" />
            <source>{file} is protected with a password; open it in Excel, save it without a password, and import it again.</source>
            <translation>{file} is protected with a password; open it in Excel, save it without a password, and import it again.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="58" />
            <source>{file} would unpack to {size} MB, far more than a spreadsheet needs; it was not opened.</source>
            <translation>{file} would unpack to {size} MB, far more than a spreadsheet needs; it was not opened.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="62" />
            <source>{file}: row {row} holds a cell of more than 1 MB; this is not a list Kehu can import.</source>
            <translation>{file}: row {row} holds a cell of more than 1 MB; this is not a list Kehu can import.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="66" />
            <source>{file} is {size} MB; Kehu imports text files of up to {limit} MB at a time.</source>
            <translation>{file} is {size} MB; Kehu imports text files of up to {limit} MB at a time.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="67" />
            <source>{file} is an Excel file older than Excel 95. Open it in Excel, save it as .xlsx and import that file.</source>
            <translation>{file} is an Excel file older than Excel 95. Open it in Excel, save it as .xlsx and import that file.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="72" />
            <source>{file} has no sheet named {sheet}.</source>
            <translation>{file} has no sheet named {sheet}.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="73" />
            <source>{file}: sheet {sheet} holds no rows; there is nothing in it to import.</source>
            <translation>{file}: sheet {sheet} holds no rows; there is nothing in it to import.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="74" />
            <source>This line has a quote (") that is never closed; it was read as typed, and the lines after it as rows of their own.</source>
            <translation>This line has a quote (") that is never closed; it was read as typed, and the lines after it as rows of their own.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="76" />
            <source>{file} is a web page (HTML) with no table in it, not a spreadsheet. Open the list in the program it came from and export it as Excel or CSV.</source>
            <translation>{file} is a web page (HTML) with no table in it, not a spreadsheet. Open the list in the program it came from and export it as Excel or CSV.</translation>
        </message>
        <message>
            <location filename="../../importers/source.py" line="81" />
            <source>{file} is an XML file, not a spreadsheet Kehu can read. Open it in Excel, save it as .xlsx and import that file.</source>
            <translation>{file} is an XML file, not a spreadsheet Kehu can read. Open it in Excel, save it as .xlsx and import that file.</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <location filename="../../views/customer_table.py" line="82" />
            <source>Healthy</source>
            <translation>Healthy</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="83" />
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <location filename="../../views/customer_table.py" line="84" />
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="29" />
            <source>Last contact {days} days ago.</source>
            <translation>Last contact {days} days ago.</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="30" />
            <source>No contact for {days} days.</source>
            <translation>No contact for {days} days.</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="31" />
            <source>No contact for {days} days: call soon.</source>
            <translation>No contact for {days} days: call soon.</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="32" />
            <source>Not contacted yet; added {days} days ago.</source>
            <translation>Not contacted yet; added {days} days ago.</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="33" />
            <source>{overdue} overdue reminders.</source>
            <translation>{overdue} overdue reminders.</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="34" />
            <source>{overdue} overdue reminders: follow up now.</source>
            <translation>{overdue} overdue reminders: follow up now.</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="35" />
            <source>Paid {on_time}% of what fell due in 12 months on time.</source>
            <translation>Paid {on_time}% of what fell due in 12 months on time.</translation>
        </message>
        <message>
            <location filename="../../models/reports/health.py" line="36" />
            <source>Paid only {on_time}% of what fell due in 12 months on time: ask about the money.</source>
            <translation>Paid only {on_time}% of what fell due in 12 months on time: ask about the money.</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <location filename="../../importers/plan.py" line="836" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="57" />
            <location filename="../../views/import_wizard.py" line="990" />
            <source>The row has no customer name.</source>
            <translation>The row has no customer name.</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="48" />
            <source>changed after the import</source>
            <translation>changed after the import</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="49" />
            <source>has contacts or contact people added after the import</source>
            <translation>has contacts or contact people added after the import</translation>
        </message>
        <message>
            <location filename="../../models/imports.py" line="50" />
            <source>{field} was changed after the import</source>
            <translation>{field} was changed after the import</translation>
        </message>
        <message>
            <location filename="../../models/orders/imports.py" line="26" />
            <source>the order has payments or changes made after the import</source>
            <translation>the order has payments or changes made after the import</translation>
        </message>
        <message>
            <location filename="../../models/orders/imports.py" line="27" />
            <source>the product was changed or used on an order after the import</source>
            <translation>the product was changed or used on an order after the import</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="58" />
            <source>Already in the book as {name}.</source>
            <translation>Already in the book as {name}.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="59" />
            <source>Same customer as row {line} of the file.</source>
            <translation>Same customer as row {line} of the file.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="60" />
            <source>The name is like {name}, already in the book.</source>
            <translation>The name is like {name}, already in the book.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="61" />
            <source>Imported before as {name}.</source>
            <translation>Imported before as {name}.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="62" />
            <source>Imported before; the customer it made was deleted since.</source>
            <translation>Imported before; the customer it made was deleted since.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="63" />
            <source>{value} is also of {name}, a different name: the same customer?</source>
            <translation>{value} is also of {name}, a different name: the same customer?</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="64" />
            <source>{value} is also in row {line} ({name}), a different name: the same customer?</source>
            <translation>{value} is also in row {line} ({name}), a different name: the same customer?</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="66" />
            <source>Same name as {name} in the book, and nothing else to tell them apart: the same customer?</source>
            <translation>Same name as {name} in the book, and nothing else to tell them apart: the same customer?</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="68" />
            <source>{person} added as a contact person of row {line}.</source>
            <translation>{person} added as a contact person of row {line}.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="69" />
            <source>A total row, not a customer.</source>
            <translation>A total row, not a customer.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="70" />
            <source>A second header row, not a customer.</source>
            <translation>A second header row, not a customer.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="71" />
            <source>A note on the list (who made it, when), not a customer.</source>
            <translation>A note on the list (who made it, when), not a customer.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="72" />
            <source>The header again (a new page of the list), not a customer.</source>
            <translation>The header again (a new page of the list), not a customer.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="76" />
            <source>Already another salesperson's customer ({value}): not imported; the owner is told when you import.</source>
            <translation>Already another salesperson's customer ({value}): not imported; the owner is told when you import.</translation>
        </message>
        <message>
            <location filename="../../importers/plan.py" line="79" />
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="24" />
            <source>{value} is not a user of this book; the customer goes to you.</source>
            <translation>{value} is not a user of this book; the customer goes to you.</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="25" />
            <source>{value} is not one of the choices of {field}.</source>
            <translation>{value} is not one of the choices of {field}.</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="26" />
            <source>Some characters of this row could not be read (an encoding the rest of the file does not use); check it.</source>
            <translation>Some characters of this row could not be read (an encoding the rest of the file does not use); check it.</translation>
        </message>
        <message>
            <location filename="../../importers/rowreader.py" line="28" />
            <source>Kept as typed in the notes: {value}</source>
            <translation>Kept as typed in the notes: {value}</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <location filename="../../views/team_settings.py" line="153" />
            <source>Last sync {when}: {sent} changes sent, {taken} taken in.</source>
            <translation>Last sync {when}: {sent} changes sent, {taken} taken in.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="158" />
            <source>In step with the team.</source>
            <translation>In step with the team.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="36" />
            <source>Synced {time} · {n} PCs</source>
            <translation>Synced {time} · {n} PCs</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="37" />
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="38" />
            <source>Sync paused</source>
            <translation>Sync paused</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="39" />
            <source>Sync paused: the team folder cannot be reached</source>
            <translation>Sync paused: the team folder cannot be reached</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="40" />
            <source>Sync paused: the team passphrase is needed</source>
            <translation>Sync paused: the team passphrase is needed</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="41" />
            <source>Sync paused: Kehu needs an update</source>
            <translation>Sync paused: Kehu needs an update</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="42" />
            <source>This PC was removed from the team</source>
            <translation>This PC was removed from the team</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="43" />
            <source>Sync paused: a removal of many customers waits for your answer</source>
            <translation>Sync paused: a removal of many customers waits for your answer</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="44" />
            <source>A sync would remove {n} of {total} customers from this PC's book. You chose not to go on, so nothing was changed and sync is paused. Check the team folder, then choose Sync now to be asked again.</source>
            <translation>A sync would remove {n} of {total} customers from this PC's book. You chose not to go on, so nothing was changed and sync is paused. Check the team folder, then choose Sync now to be asked again.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="48" />
            <source>waiting for {pcs}</source>
            <translation>waiting for {pcs}</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="49" />
            <source>Waiting for files from {pcs}: one of their files has not arrived in this PC's copy of the folder yet. Kehu takes them in at a later sync.</source>
            <translation>Waiting for files from {pcs}: one of their files has not arrived in this PC's copy of the folder yet. Kehu takes them in at a later sync.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="51" />
            <source>files still arriving</source>
            <translation>files still arriving</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="52" />
            <source>{n} files in the team folder have not arrived whole yet, or are damaged. Kehu tries them again at the next sync.</source>
            <translation>{n} files in the team folder have not arrived whole yet, or are damaged. Kehu tries them again at the next sync.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="54" />
            <source>{pcs} run a newer Kehu</source>
            <translation>{pcs} run a newer Kehu</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="55" />
            <source>{pcs} run a newer Kehu: their changes wait in the folder until Kehu is updated on this PC.</source>
            <translation>{pcs} run a newer Kehu: their changes wait in the folder until Kehu is updated on this PC.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="57" />
            <source>the clock of {pc} is off</source>
            <translation>the clock of {pc} is off</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="58" />
            <source>The clock of {pc} runs {minutes} minutes ahead. Sync goes on, but check that PC's date and time.</source>
            <translation>The clock of {pc} runs {minutes} minutes ahead. Sync goes on, but check that PC's date and time.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="60" />
            <source>waiting for the owner's approval</source>
            <translation>waiting for the owner's approval</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="61" />
            <source>The owner has not approved this PC yet: until then it receives the public pool only, not the customers of {user}. Ask the owner to approve it (Settings &gt; Team).</source>
            <translation>The owner has not approved this PC yet: until then it receives the public pool only, not the customers of {user}. Ask the owner to approve it (Settings &gt; Team).</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="64" />
            <source>This PC had been away so long that its copy was made again from the team's newest snapshot; a backup of it was made first.</source>
            <translation>This PC had been away so long that its copy was made again from the team's newest snapshot; a backup of it was made first.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="66" />
            <source>This PC's copy was made from the whole book the owner's PC sent it; a backup of the copy it had was made first.</source>
            <translation>This PC's copy was made from the whole book the owner's PC sent it; a backup of the copy it had was made first.</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="68" />
            <source>Sync failed: {reason}</source>
            <translation>Sync failed: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/team_settings.py" line="69" />
            <source>{name} ({user})</source>
            <translation>{name} ({user})</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/app.py" line="229" />
            <source>Join a team</source>
            <translation>Join a team</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="229" />
            <source>Nobody signed in, so the team's book was not opened and this PC's copy was removed again. Join the team again when you are ready.</source>
            <translation>Nobody signed in, so the team's book was not opened and this PC's copy was removed again. Join the team again when you are ready.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="539" />
            <location filename="../../desktop/app.py" line="220" />
            <location filename="../../desktop/app.py" line="197" />
            <location filename="../../desktop/app.py" line="66" />
            <location filename="../../desktop/app.py" line="48" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="248" />
            <source>This PC has no keyring to keep the team key in: Kehu will ask for the team passphrase once each time it starts.</source>
            <translation>This PC has no keyring to keep the team key in: Kehu will ask for the team passphrase once each time it starts.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="29" />
            <source>Made a new empty book {path}; {owner} is its owner.</source>
            <translation>Made a new empty book {path}; {owner} is its owner.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="32" />
            <source>Wrote a demo book with {count} customers to {path} in {seconds:.1f} s.</source>
            <translation>Wrote a demo book with {count} customers to {path} in {seconds:.1f} s.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="33" />
            <source>Exported {count} customers to {path}.</source>
            <translation>Exported {count} customers to {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="34" />
            <source>Exported {count} deals to {path}.</source>
            <translation>Exported {count} deals to {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="35" />
            <source>Exported {count} rows to {path}.</source>
            <translation>Exported {count} rows to {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="36" />
            <source>No customer owes anything.</source>
            <translation>No customer owes anything.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="37" />
            <source>{name}: owes {owed} {currency} ({buckets})</source>
            <translation>{name}: owes {owed} {currency} ({buckets})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="38" />
            <source>In all: {owed} {currency}</source>
            <translation>In all: {owed} {currency}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="39" />
            <source>This month in {currency}: expected {expected}, received {received}, recorded and waiting for confirmation {pending}</source>
            <translation>This month in {currency}: expected {expected}, received {received}, recorded and waiting for confirmation {pending}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="41" />
            <source>The book {path} looks fine.</source>
            <translation>The book {path} looks fine.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="42" />
            <source>{count} problems found in {path}:</source>
            <translation>{count} problems found in {path}:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="43" />
            <source>{file}: {rows} rows; {created} new customers, {updated} updates, {duplicates} duplicates, {skipped} skipped, {errors} cannot be imported.</source>
            <translation>{file}: {rows} rows; {created} new customers, {updated} updates, {duplicates} duplicates, {skipped} skipped, {errors} cannot be imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="45" />
            <source>{file}: {rows} rows; {created} new orders ({new_customers} new customers), {held} held, {duplicates} already in the book or repeated, {errors} cannot be imported.</source>
            <translation>{file}: {rows} rows; {created} new orders ({new_customers} new customers), {held} held, {duplicates} already in the book or repeated, {errors} cannot be imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="48" />
            <source>{file}: {rows} rows; {created} new products, {updated} new prices, {duplicates} already in the catalogue or repeated, {errors} cannot be imported.</source>
            <translation>{file}: {rows} rows; {created} new products, {updated} new prices, {duplicates} already in the catalogue or repeated, {errors} cannot be imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="51" />
            <source>  row {row}: {reason}</source>
            <translation>  row {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="52" />
            <source>{file} has {count} sheets with rows: {sheets}. Imported: {chosen} (choose with --sheet NAME, several times, or --all-sheets).</source>
            <translation>{file} has {count} sheets with rows: {sheets}. Imported: {chosen} (choose with --sheet NAME, several times, or --all-sheets).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="54" />
            <source>{sheet} ({rows} rows)</source>
            <translation>{sheet} ({rows} rows)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="55" />
            <source>{sheet} ({rows} rows, hidden in the workbook)</source>
            <translation>{sheet} ({rows} rows, hidden in the workbook)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="56" />
            <source>{count} rows held for you to look at (not imported):</source>
            <translation>{count} rows held for you to look at (not imported):</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="57" />
            <source>{count} rows imported with a warning:</source>
            <translation>{count} rows imported with a warning:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="58" />
            <source>  row {row}: {warning}</source>
            <translation>  row {row}: {warning}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="59" />
            <source>Nothing was written (a preview). Add --yes to import.</source>
            <translation>Nothing was written (a preview). Add --yes to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="60" />
            <source>Imported as batch {batch}; undo with: undo-import {batch}</source>
            <translation>Imported as batch {batch}; undo with: undo-import {batch}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="61" />
            <source>Undid the import {batch}: {removed} customers removed, {restored} restored.</source>
            <translation>Undid the import {batch}: {removed} customers removed, {restored} restored.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="62" />
            <source>Undid the import {batch}: {removed} orders, products or customers removed, {restored} prices restored.</source>
            <translation>Undid the import {batch}: {removed} orders, products or customers removed, {restored} prices restored.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="64" />
            <source>  kept {name}: {reason}</source>
            <translation>  kept {name}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="66" />
            <source>Nothing is due.</source>
            <translation>Nothing is due.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="67" />
            <source>{due}  {title}{about}  ({owner}, {priority})</source>
            <translation>{due}  {title}{about}  ({owner}, {priority})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="69" />
            <source>Wrote the report for {month} to {path} ({pages} pages).</source>
            <translation>Wrote the report for {month} to {path} ({pages} pages).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="70" />
            <source>Wrote the numbers of the report for {month} to {path} ({sheets} sheets).</source>
            <translation>Wrote the numbers of the report for {month} to {path} ({sheets} sheets).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="74" />
            <source>Backed up {customers} customers to {path} ({size}).</source>
            <translation>Backed up {customers} customers to {path} ({size}).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="75" />
            <source>Restored {customers} customers from {file} into {book}.</source>
            <translation>Restored {customers} customers from {file} into {book}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="76" />
            <source>The book as it was before is kept in {path}.</source>
            <translation>The book as it was before is kept in {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="77" />
            <source>The book was damaged; its files are kept as {path}.</source>
            <translation>The book was damaged; its files are kept as {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="78" />
            <source>The newest good backup is {path} ({when}, {customers} customers); restore it with: restore {path} --book {book}</source>
            <translation>The newest good backup is {path} ({when}, {customers} customers); restore it with: restore {path} --book {book}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="80" />
            <source>No good backup of it was found.</source>
            <translation>No good backup of it was found.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="85" />
            <source>Password for {name}: </source>
            <translation>Password for {name}: </translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="89" />
            <source>Choose a password for {name}: </source>
            <translation>Choose a password for {name}: </translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="90" />
            <source>The same password again: </source>
            <translation>The same password again: </translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="99" />
            <source>(The work above was saved; closing the book afterwards reported: {reason}.)</source>
            <translation>(The work above was saved; closing the book afterwards reported: {reason}.)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="100" />
            <source>The book {path} is read-only: Kehu reads it and writes nothing.</source>
            <translation>The book {path} is read-only: Kehu reads it and writes nothing.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="101" />
            <source>This export is not recorded in the book's history: the book is read-only.</source>
            <translation>This export is not recorded in the book's history: the book is read-only.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="68" />
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="68" />
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="68" />
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="24" />
            <source>{name}: {customers} customers, {deals} open deals, {reminders} open reminders and {orders} unpaid orders would go to {to}.</source>
            <translation>{name}: {customers} customers, {deals} open deals, {reminders} open reminders and {orders} unpaid orders would go to {to}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="26" />
            <source>Handed {customers} customers of {name} ({deals} open deals, {reminders} open reminders, {orders} unpaid orders) over to {to}.</source>
            <translation>Handed {customers} customers of {name} ({deals} open deals, {reminders} open reminders, {orders} unpaid orders) over to {to}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="28" />
            <source>  {name}: {customers} customers</source>
            <translation>  {name}: {customers} customers</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="29" />
            <source>{name} may read them, and change nothing, until {day}.</source>
            <translation>{name} may read them, and change nothing, until {day}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="22" />
            <location filename="../../desktop/cli_handover.py" line="30" />
            <source>Undo it with: undo {op} --book {book}</source>
            <translation>Undo it with: undo {op} --book {book}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="23" />
            <location filename="../../desktop/cli_handover.py" line="31" />
            <source>Nothing was written (--dry-run).</source>
            <translation>Nothing was written (--dry-run).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_handover.py" line="32" />
            <source>Undid “{label}”.</source>
            <translation>Undid “{label}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="18" />
            <source>The public pool's rules are off (Settings &gt; Public pool): nothing was done.</source>
            <translation>The public pool's rules are off (Settings &gt; Public pool): nothing was done.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="19" />
            <source>{name}: back to the public pool on {day} ({why})</source>
            <translation>{name}: back to the public pool on {day} ({why})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="21" />
            <source>{returned} customers went back to the public pool; {warned} warnings given.</source>
            <translation>{returned} customers went back to the public pool; {warned} warnings given.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="20" />
            <source>no contact logged</source>
            <translation>no contact logged</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_pool.py" line="20" />
            <source>no order or won deal</source>
            <translation>no order or won deal</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="21" />
            <source>The team is set up in {folder}. On each other PC: File &gt; Join a team…, or `kehu team join`.</source>
            <translation>The team is set up in {folder}. On each other PC: File &gt; Join a team…, or `kehu team join`.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="23" />
            <source>{path} is this PC's copy of the team's book ({customers} customers), used by {user}.</source>
            <translation>{path} is this PC's copy of the team's book ({customers} customers), used by {user}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="25" />
            <source>In step: {published} changes sent, {taken} taken in, {pcs} PCs in the team.</source>
            <translation>In step: {published} changes sent, {taken} taken in, {pcs} PCs in the team.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="27" />
            <source>Not yet in step: files from {pcs} have not arrived whole. Kehu tries again at the next sync.</source>
            <translation>Not yet in step: files from {pcs} have not arrived whole. Kehu tries again at the next sync.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="29" />
            <source>{pcs} run a newer Kehu: their changes wait in the folder until Kehu is updated on this PC.</source>
            <translation>{pcs} run a newer Kehu: their changes wait in the folder until Kehu is updated on this PC.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="31" />
            <source>The clock of {name} runs {minutes} minutes ahead; sync goes on, but check that PC's date and time.</source>
            <translation>The clock of {name} runs {minutes} minutes ahead; sync goes on, but check that PC's date and time.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="33" />
            <source>{path} no longer syncs with its team; the book stays as it is.</source>
            <translation>{path} no longer syncs with its team; the book stays as it is.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="34" />
            <source>The PC {device} is removed from the team.</source>
            <translation>The PC {device} is removed from the team.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_team.py" line="35" />
            <source>The PC {device} is approved for {user}: from its next sync on it receives the customers {user} may see.</source>
            <translation>The PC {device} is approved for {user}: from its next sync on it receives the customers {user} may see.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <location filename="../../views/backup_dialogs.py" line="73" />
            <source>Kehu backups (*.sqlite);;All files (*)</source>
            <translation>Kehu backups (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="228" />
            <source>Choose a backup</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="64" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="95" />
            <source>Backing up the book…</source>
            <translation>Backing up the book…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="192" />
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="193" />
            <source>Restore cancelled; the book was not changed.</source>
            <translation>Restore cancelled; the book was not changed.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="199" />
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="221" />
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="400" />
            <source>Book restored</source>
            <translation>Book restored</translation>
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
            <translation>The book was restored from the backup of {when} ({n} customers).

What was in it before is kept as the backup {safety} in {folder}.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="213" />
            <source>Restoring the backup…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialogs.py" line="401" />
            <source>The book {book} was restored from the backup of {when} ({n} customers).

The damaged files are kept as {aside}.</source>
            <translation>The book {book} was restored from the backup of {when} ({n} customers).

The damaged files are kept as {aside}.</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <location filename="../../views/common.py" line="26" />
            <source>K=3 M=6 B=9</source>
            <translation>K=3 M=6 B=9</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="49" />
            <source>Chinese yuan</source>
            <translation>Chinese yuan</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="50" />
            <source>US dollar</source>
            <translation>US dollar</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="51" />
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="52" />
            <source>Hong Kong dollar</source>
            <translation>Hong Kong dollar</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="53" />
            <source>Japanese yen</source>
            <translation>Japanese yen</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="54" />
            <source>British pound</source>
            <translation>British pound</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="55" />
            <source>South Korean won</source>
            <translation>South Korean won</translation>
        </message>
        <message>
            <location filename="../../models/core/money.py" line="56" />
            <source>New Taiwan dollar</source>
            <translation>New Taiwan dollar</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../views/customer_form.py" line="275" />
            <source>Discard changes?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <location filename="../../views/customer_form.py" line="276" />
            <source>You typed something that is not saved. Discard it?</source>
            <translation>You typed something that is not saved. Discard it?</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../views/report_charts.py" line="63" />
            <source>{abbr} {year}</source>
            <translation>{abbr} {year}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="64" />
            <source>{abbr}</source>
            <translation>{abbr}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="65" />
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="66" />
            <source>12 months to {last}</source>
            <translation>12 months to {last}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="67" />
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="68" />
            <source>Salesperson: {name}</source>
            <translation>Salesperson: {name}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="69" />
            <source>Salesperson: everyone</source>
            <translation>Salesperson: everyone</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="70" />
            <source>Made on {date}</source>
            <translation>Made on {date}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="71" />
            <source>Page {n} of {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="72" />
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="73" />
            <source>Nothing to show for this period.</source>
            <translation>Nothing to show for this period.</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="74" />
            <source>(no source)</source>
            <translation>(no source)</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="75" />
            <source>Other sources</source>
            <translation>Other sources</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="76" />
            <source>New customers</source>
            <translation>New customers</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="77" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="78" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="79" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="107" />
            <location filename="../../views/report_charts.py" line="80" />
            <source>Deals won</source>
            <translation>Deals won</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="81" />
            <source>Deals lost</source>
            <translation>Deals lost</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="82" />
            <source>Amount ({unit} {currency})</source>
            <translation>Amount ({unit} {currency})</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="83" />
            <source>Amount ({currency})</source>
            <translation>Amount ({currency})</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="84" />
            <source>Charted in {currency} only; also in other currencies: {others}</source>
            <translation>Charted in {currency} only; also in other currencies: {others}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="85" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="86" />
            <source>Why deals were lost in {month}</source>
            <translation>Why deals were lost in {month}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="87" />
            <source>No deals lost in {month}</source>
            <translation>No deals lost in {month}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="88" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="89" />
            <source>Deals that entered the stage</source>
            <translation>Deals that entered the stage</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="90" />
            <source>To next stage</source>
            <translation>To next stage</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="91" />
            <source>Drop-off</source>
            <translation>Drop-off</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="92" />
            <source>Median days in stage</source>
            <translation>Median days in stage</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="93" />
            <source>{days:.1f} d</source>
            <translation>{days:.1f} d</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="94" />
            <source>Salesperson</source>
            <translation>Salesperson</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="95" />
            <source>Contacts logged</source>
            <translation>Contacts logged</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="96" />
            <source>Reminders and deals</source>
            <translation>Reminders and deals</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="111" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="112" />
            <source>Cumulative share of the amount (%)</source>
            <translation>Cumulative share of the amount (%)</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="113" />
            <source>{n} of {customers} customers make 80% of the amount</source>
            <translation>{n} of {customers} customers make 80% of the amount</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="114" />
            <source>Before (average per month, 3 months)</source>
            <translation>Before (average per month, 3 months)</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="115" />
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="116" />
            <source>Interactions logged</source>
            <translation>Interactions logged</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="117" />
            <source>No customer's activity dropped.</source>
            <translation>No customer's activity dropped.</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="118" />
            <source>Expected close month</source>
            <translation>Expected close month</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="119" />
            <source>Weighted amount ({unit} {currency})</source>
            <translation>Weighted amount ({unit} {currency})</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="120" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="121" />
            <source>No grade</source>
            <translation>No grade</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="122" />
            <source>Number of customers</source>
            <translation>Number of customers</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="123" />
            <source>Grade changes in {month}</source>
            <translation>Grade changes in {month}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="124" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="125" />
            <source>Grade up</source>
            <translation>Grade up</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="126" />
            <source>{shop} · {month}</source>
            <translation>{shop} · {month}</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="137" />
            <source>Grade down</source>
            <translation>Grade down</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="52" />
            <source>New customers by source</source>
            <translation>New customers by source</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="53" />
            <source>Deals won per month</source>
            <translation>Deals won per month</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="54" />
            <source>Deals lost per month and why</source>
            <translation>Deals lost per month and why</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="55" />
            <source>Sales funnel</source>
            <translation>Sales funnel</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="56" />
            <source>Activity per salesperson</source>
            <translation>Activity per salesperson</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="57" />
            <source>Top customers by amount</source>
            <translation>Top customers by amount</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="58" />
            <source>Customers whose activity dropped</source>
            <translation>Customers whose activity dropped</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="59" />
            <source>Weighted pipeline forecast</source>
            <translation>Weighted pipeline forecast</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="60" />
            <source>Customer grades</source>
            <translation>Customer grades</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="98" />
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="99" />
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="100" />
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="101" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="102" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="103" />
            <source>Emails</source>
            <translation>Emails</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="104" />
            <source>Reminders done</source>
            <translation>Reminders done</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="105" />
            <source>Reminders overdue</source>
            <translation>Reminders overdue</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="106" />
            <source>Deals moved</source>
            <translation>Deals moved</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="128" />
            <source>thousand</source>
            <translation>thousand</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="128" />
            <source>ten thousand</source>
            <translation>ten thousand</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="129" />
            <source>million</source>
            <translation>million</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="129" />
            <source>hundred million</source>
            <translation>hundred million</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="132" />
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="132" />
            <source>US dollars</source>
            <translation>US dollars</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="133" />
            <source>euros</source>
            <translation>euros</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="133" />
            <source>Hong Kong dollars</source>
            <translation>Hong Kong dollars</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="134" />
            <source>yen</source>
            <translation>yen</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="134" />
            <source>pounds</source>
            <translation>pounds</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="134" />
            <source>won</source>
            <translation>won</translation>
        </message>
        <message>
            <location filename="../../views/report_charts.py" line="135" />
            <source>New Taiwan dollars</source>
            <translation>New Taiwan dollars</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="60" />
            <source>On {date}</source>
            <translation>On {date}</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="61" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="62" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="63" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="64" />
            <source>{amount} · {n} orders</source>
            <translation>{amount} · {n} orders</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="65" />
            <source>No orders confirmed in {month}.</source>
            <translation>No orders confirmed in {month}.</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="66" />
            <source>Other products: {amount}</source>
            <translation>Other products: {amount}</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="67" />
            <source>Expected (plan rows due)</source>
            <translation>Expected (plan rows due)</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="68" />
            <source>Received (confirmed)</source>
            <translation>Received (confirmed)</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="69" />
            <source>Recorded, not confirmed</source>
            <translation>Recorded, not confirmed</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="70" />
            <source>{month}: expected {expected}, received {received}, gap {gap}</source>
            <translation>{month}: expected {expected}, received {received}, gap {gap}</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="71" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="72" />
            <source>{n} other customers</source>
            <translation>{n} other customers</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="73" />
            <source>Outstanding</source>
            <translation>Outstanding</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="74" />
            <source>Nobody owes anything.</source>
            <translation>Nobody owes anything.</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="75" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="76" />
            <source>Oldest unpaid due date</source>
            <translation>Oldest unpaid due date</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="77" />
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="78" />
            <source>No customer is overdue.</source>
            <translation>No customer is overdue.</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="79" />
            <source>Last order</source>
            <translation>Last order</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="80" />
            <source>Orders every</source>
            <translation>Orders every</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="81" />
            <source>{days} days</source>
            <translation>{days} days</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="82" />
            <source>Expected by</source>
            <translation>Expected by</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="83" />
            <source>Days late</source>
            <translation>Days late</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="84" />
            <source>No regular customer is late to order again.</source>
            <translation>No regular customer is late to order again.</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="85" />
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="86" />
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="87" />
            <source>Open now</source>
            <translation>Open now</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="88" />
            <source>Overdue now</source>
            <translation>Overdue now</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="89" />
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="90" />
            <source>Satisfaction (1-5)</source>
            <translation>Satisfaction (1-5)</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="91" />
            <source>{month}: {calls} satisfaction calls, average {average}, {unhappy} unhappy (1-2); median {hours} hours to resolve</source>
            <translation>{month}: {calls} satisfaction calls, average {average}, {unhappy} unhappy (1-2); median {hours} hours to resolve</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="93" />
            <source>{month}: no satisfaction calls</source>
            <translation>{month}: no satisfaction calls</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="94" />
            <source>Not yet due</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="95" />
            <source>{n} days</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="96" />
            <source>Over {n} days</source>
            <translation>Over {n} days</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="97" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="98" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="52" />
            <source>Sales by product</source>
            <translation>Sales by product</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="53" />
            <source>Sales by salesperson</source>
            <translation>Sales by salesperson</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="54" />
            <source>Collections against the forecast</source>
            <translation>Collections against the forecast</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="55" />
            <source>Receivables aging by customer</source>
            <translation>Receivables aging by customer</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="56" />
            <source>Overdue customers</source>
            <translation>Overdue customers</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="57" />
            <source>Customers due to repurchase</source>
            <translation>Customers due to repurchase</translation>
        </message>
        <message>
            <location filename="../../views/report_money.py" line="58" />
            <source>Service tickets</source>
            <translation>Service tickets</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <location filename="../../views/steps.py" line="66" />
            <source>stalled deals {n}</source>
            <translation>stalled deals {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="67" />
            <source>no contact {n}</source>
            <translation>no contact {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="68" />
            <source>digests {n}</source>
            <translation>digests {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="69" />
            <source>follow-ups {n}</source>
            <translation>follow-ups {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="70" />
            <source>overdue payments {n}</source>
            <translation>overdue payments {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="71" />
            <source>repurchases {n}</source>
            <translation>repurchases {n}</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="97" />
            <source>changes from another PC refused</source>
            <translation>changes from another PC refused</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="101" />
            <source>new customer</source>
            <translation>new customer</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="102" />
            <source>edit customer</source>
            <translation>edit customer</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="103" />
            <source>delete</source>
            <translation>delete</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="104" />
            <source>restore</source>
            <translation>restore</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="105" />
            <source>log contact</source>
            <translation>log contact</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="106" />
            <source>delete contact entry</source>
            <translation>delete contact entry</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="107" />
            <source>new contact person</source>
            <translation>new contact person</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="108" />
            <source>edit contact person</source>
            <translation>edit contact person</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="109" />
            <source>delete contact person</source>
            <translation>delete contact person</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="110" />
            <source>new custom field</source>
            <translation>new custom field</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="111" />
            <source>remove custom field</source>
            <translation>remove custom field</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="112" />
            <source>new user</source>
            <translation>new user</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="113" />
            <source>new book, its first owner</source>
            <translation>new book, its first owner</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="114" />
            <source>edit user</source>
            <translation>edit user</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="115" />
            <source>hand over customers</source>
            <translation>hand over customers</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="116" />
            <source>claim from the public pool</source>
            <translation>claim from the public pool</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="117" />
            <source>give back to the public pool</source>
            <translation>give back to the public pool</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="118" />
            <source>back to the public pool by its rules</source>
            <translation>back to the public pool by its rules</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="119" />
            <source>change setting</source>
            <translation>change setting</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="120" />
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="121" />
            <source>undo import</source>
            <translation>undo import</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="122" />
            <source>new deal</source>
            <translation>new deal</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="123" />
            <source>edit deal</source>
            <translation>edit deal</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="124" />
            <source>move deal</source>
            <translation>move deal</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="125" />
            <source>deal won</source>
            <translation>deal won</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="126" />
            <source>deal lost</source>
            <translation>deal lost</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="127" />
            <source>reopen deal</source>
            <translation>reopen deal</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="128" />
            <source>delete deal</source>
            <translation>delete deal</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="129" />
            <source>new stage</source>
            <translation>new stage</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="130" />
            <source>edit stage</source>
            <translation>edit stage</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="131" />
            <source>reorder stages</source>
            <translation>reorder stages</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="132" />
            <source>delete stage</source>
            <translation>delete stage</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="133" />
            <source>snooze stall</source>
            <translation>snooze stall</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="134" />
            <source>stall reason</source>
            <translation>stall reason</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="135" />
            <source>stall follow-up</source>
            <translation>stall follow-up</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="136" />
            <source>new reminder</source>
            <translation>new reminder</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="137" />
            <source>edit reminder</source>
            <translation>edit reminder</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="138" />
            <source>reminder done</source>
            <translation>reminder done</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="139" />
            <source>reopen reminder</source>
            <translation>reopen reminder</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="140" />
            <source>snooze reminder</source>
            <translation>snooze reminder</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="141" />
            <source>delete reminder</source>
            <translation>delete reminder</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="142" />
            <source>grade customers</source>
            <translation>grade customers</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="143" />
            <source>pin grade</source>
            <translation>pin grade</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="144" />
            <source>unpin grade</source>
            <translation>unpin grade</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="145" />
            <source>empty the trash</source>
            <translation>empty the trash</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="146" />
            <source>reminders shown</source>
            <translation>reminders shown</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="95" />
            <location filename="../../views/steps.py" line="147" />
            <source>reminders by the rules</source>
            <translation>reminders by the rules</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="148" />
            <source>look for risk words</source>
            <translation>look for risk words</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="149" />
            <source>alert reviewed</source>
            <translation>alert reviewed</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="150" />
            <source>alert reopened</source>
            <translation>alert reopened</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="151" />
            <source>restore from a backup</source>
            <translation>restore from a backup</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="152" />
            <source>change password</source>
            <translation>change password</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="153" />
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="154" />
            <source>redo</source>
            <translation>redo</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="155" />
            <source>demo book</source>
            <translation>demo book</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="156" />
            <source>new ticket</source>
            <translation>new ticket</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="157" />
            <source>edit ticket</source>
            <translation>edit ticket</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="158" />
            <source>ticket state</source>
            <translation>ticket state</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="159" />
            <source>satisfaction call</source>
            <translation>satisfaction call</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="160" />
            <source>delete ticket</source>
            <translation>delete ticket</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="172" />
            <source>export {n} customers</source>
            <translation>export {n} customers</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="172" />
            <source>export {n} deals</source>
            <translation>export {n} deals</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="173" />
            <source>export {n} orders</source>
            <translation>export {n} orders</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="174" />
            <source>export {n} payments</source>
            <translation>export {n} payments</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="175" />
            <source>export {n} products</source>
            <translation>export {n} products</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="76" />
            <location filename="../../views/steps.py" line="59" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="181" />
            <source>{export} (all the user sees)</source>
            <translation>{export} (all the user sees)</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="99" />
            <source>automatic grading</source>
            <translation>automatic grading</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="176" />
            <source>export {n} rows</source>
            <translation>export {n} rows</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="178" />
            <source>print {n} customers</source>
            <translation>print {n} customers</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="180" />
            <source>{export} (filter: {filter})</source>
            <translation>{export} (filter: {filter})</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="186" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="186" />
            <source>undone</source>
            <translation>undone</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="187" />
            <source>cannot be redone</source>
            <translation>cannot be redone</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="187" />
            <source>cannot be undone</source>
            <translation>cannot be undone</translation>
        </message>
        <message>
            <location filename="../../views/steps.py" line="91" />
            <source>settings</source>
            <translation>settings</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="166" />
            <source>Kehu (automatic)</source>
            <translation>Kehu (automatic)</translation>
        </message>
        <message>
            <location filename="../../models/core/changelog.py" line="167" />
            <source>Kehu (automatic grading)</source>
            <translation>Kehu (automatic grading)</translation>
        </message>
    </context>
    <context>
        <name>alerts</name>
        <message>
            <location filename="../../models/alerts.py" line="340" />
            <source>Changes from the PC {pc} were refused: {why} (entry {entry}). Nothing of that PC from there on is taken in until what it sends follows its record again.</source>
            <translation>Changes from the PC {pc} were refused: {why} (entry {entry}). Nothing of that PC from there on is taken in until what it sends follows its record again.</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="349" />
            <source>{user} exported {rows} customers ({how}) to {file}; more than {limit} raises this alert.</source>
            <translation>{user} exported {rows} customers ({how}) to {file}; more than {limit} raises this alert.</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="351" />
            <source>{user} printed a list of {rows} customers; more than {limit} raises this alert.</source>
            <translation>{user} printed a list of {rows} customers; more than {limit} raises this alert.</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="337" />
            <source>Refused changes</source>
            <translation>Refused changes</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="338" />
            <source>Large export</source>
            <translation>Large export</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="344" />
            <source>an entry was changed after it was written</source>
            <translation>an entry was changed after it was written</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="345" />
            <source>an entry carries no seal of the PC that wrote it</source>
            <translation>an entry carries no seal of the PC that wrote it</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="346" />
            <source>an entry does not follow the one before it (entries missing or rewritten)</source>
            <translation>an entry does not follow the one before it (entries missing or rewritten)</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="354" />
            <source>from the app</source>
            <translation>from the app</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="355" />
            <source>printed from the app</source>
            <translation>printed from the app</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="356" />
            <source>from the command line</source>
            <translation>from the command line</translation>
        </message>
        <message>
            <location filename="../../models/alerts.py" line="357" />
            <source>from the command line, without saying who (as the first owner)</source>
            <translation>from the command line, without saying who (as the first owner)</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../../models/backup.py" line="58" />
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="59" />
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="60" />
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="61" />
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="62" />
            <source>before undoing an import</source>
            <translation>before undoing an import</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="63" />
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="64" />
            <source>before a sync</source>
            <translation>before a sync</translation>
        </message>
    </context>
    <context>
        <name>CustomerFields</name>
        <message>
            <location filename="../../models/core/fields.py" line="92" />
            <source>Kehu ID</source>
            <translation>Kehu ID</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="170" />
            <location filename="../../models/core/fields.py" line="94" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="97" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="174" />
            <location filename="../../models/core/fields.py" line="100" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="175" />
            <location filename="../../models/core/fields.py" line="105" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="176" />
            <location filename="../../models/core/fields.py" line="110" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="177" />
            <location filename="../../models/core/fields.py" line="114" />
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="118" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="123" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="127" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="131" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="135" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="139" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="144" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="178" />
            <location filename="../../models/core/fields.py" line="148" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="152" />
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="157" />
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="159" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="162" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="165" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="171" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>DealFields</name>
        <message>
            <location filename="../../models/core/fields.py" line="184" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="185" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="186" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="187" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="188" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="189" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="190" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="191" />
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="192" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="193" />
            <source>Lost reason</source>
            <translation>Lost reason</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="194" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../models/core/fields.py" line="95" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="98" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="101" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="106" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="111" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="115" />
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="119" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="124" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="128" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="132" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="136" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="140" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="145" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="149" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="153" />
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="158" />
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="160" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="163" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../models/core/fields.py" line="166" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../models/core/permissions.py" line="35" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="36" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../models/core/permissions.py" line="37" />
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../models/core/settings.py" line="74" />
            <source>Shop name</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="78" />
            <source>Skip public holidays</source>
            <translation>Skip public holidays</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="82" />
            <source>Days without contact before a reminder</source>
            <translation>Days without contact before a reminder</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="87" />
            <source>Risk words</source>
            <translation>Risk words</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="92" />
            <source>Reasons a deal is lost</source>
            <translation>Reasons a deal is lost</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="98" />
            <source>First run of the reminder rules</source>
            <translation>First run of the reminder rules</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="104" />
            <source>Grading rules</source>
            <translation>Grading rules</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="108" />
            <source>Last monthly grading</source>
            <translation>Last monthly grading</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="113" />
            <source>Receivables aging buckets</source>
            <translation>Receivables aging buckets</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="118" />
            <source>Customers a salesperson may export without an alert</source>
            <translation>Customers a salesperson may export without an alert</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="123" />
            <source>Salespeople may print customer lists</source>
            <translation>Salespeople may print customer lists</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="128" />
            <source>Return customers to the public pool</source>
            <translation>Return customers to the public pool</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="136" />
            <source>Days before a customer goes back to the public pool</source>
            <translation>Days before a customer goes back to the public pool</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="140" />
            <source>Days of warning before the pool</source>
            <translation>Days of warning before the pool</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="145" />
            <source>Customers a salesperson may hold</source>
            <translation>Customers a salesperson may hold</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="149" />
            <source>Claims a day</source>
            <translation>Claims a day</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="154" />
            <source>Days before claiming back</source>
            <translation>Days before claiming back</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="160" />
            <source>Pool rules on since</source>
            <translation>Pool rules on since</translation>
        </message>
        <message>
            <location filename="../../models/core/settings.py" line="164" />
            <source>Import column mapping</source>
            <translation>Import column mapping</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../models/customers/history.py" line="28" />
            <source>Created the customer</source>
            <translation>Created the customer</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="29" />
            <source>Deleted for good</source>
            <translation>Deleted for good</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="30" />
            <source>Moved to the trash</source>
            <translation>Moved to the trash</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="31" />
            <source>Restored from the trash</source>
            <translation>Restored from the trash</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="32" />
            <source>Contact person added: {name}</source>
            <translation>Contact person added: {name}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="33" />
            <source>Contact person back: {name}</source>
            <translation>Contact person back: {name}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="34" />
            <source>Contact person removed: {name}</source>
            <translation>Contact person removed: {name}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="35" />
            <source>Contact person {name}: {field}: {old} → {new}</source>
            <translation>Contact person {name}: {field}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="36" />
            <source>Logged: {kind}</source>
            <translation>Logged: {kind}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="37" />
            <source>Logged: {kind} — {text}</source>
            <translation>Logged: {kind} — {text}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="38" />
            <source>Timeline entry removed</source>
            <translation>Timeline entry removed</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="39" />
            <source>Timeline entry hidden</source>
            <translation>Timeline entry hidden</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="40" />
            <source>Timeline entry back</source>
            <translation>Timeline entry back</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="41" />
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="42" />
            <source>Handed over: {old} → {new}</source>
            <translation>Handed over: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="43" />
            <source>Claimed from the public pool by {new}</source>
            <translation>Claimed from the public pool by {new}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="44" />
            <source>Given back to the public pool by {old}</source>
            <translation>Given back to the public pool by {old}</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="45" />
            <source>Back to the public pool by its rules (was {old}'s)</source>
            <translation>Back to the public pool by its rules (was {old}'s)</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="46" />
            <source>{field}: {new}, from {user}'s PC — replaced by {winner}'s later change made without seeing it</source>
            <translation>{field}: {new}, from {user}'s PC — replaced by {winner}'s later change made without seeing it</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="48" />
            <source>Contact person {name}: {field}: {new}, from {user}'s PC — replaced by {winner}'s later change made without seeing it</source>
            <translation>Contact person {name}: {field}: {new}, from {user}'s PC — replaced by {winner}'s later change made without seeing it</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="56" />
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="57" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="58" />
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="59" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="60" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../models/customers/history.py" line="61" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>stages</name>
        <message>
            <location filename="../../models/deals/labels.py" line="20" />
            <source>Initial contact</source>
            <translation>Initial contact</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="21" />
            <source>Requirements confirmed</source>
            <translation>Requirements confirmed</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="22" />
            <source>Proposal/quote</source>
            <translation>Proposal/quote</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="23" />
            <source>Negotiation</source>
            <translation>Negotiation</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="24" />
            <source>Contract signing</source>
            <translation>Contract signing</translation>
        </message>
    </context>
    <context>
        <name>deals</name>
        <message>
            <location filename="../../models/deals/labels.py" line="27" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="28" />
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="29" />
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="32" />
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="33" />
            <source>Competitor</source>
            <translation>Competitor</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="34" />
            <source>No budget</source>
            <translation>No budget</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="35" />
            <source>Went silent</source>
            <translation>Went silent</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="36" />
            <source>Private deal suspected</source>
            <translation>Private deal suspected</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="37" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="40" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="41" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="42" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="43" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="44" />
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="45" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="46" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="47" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="48" />
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="49" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../models/deals/labels.py" line="50" />
            <source>Products</source>
            <translation>Products</translation>
        </message>
    </context>
    <context>
        <name>orders</name>
        <message>
            <location filename="../../models/orders/labels.py" line="30" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="48" />
            <location filename="../../models/orders/labels.py" line="31" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="32" />
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="35" />
            <source>Not delivered</source>
            <translation>Not delivered</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="36" />
            <source>Partly delivered</source>
            <translation>Partly delivered</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="37" />
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="40" />
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="41" />
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="42" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="43" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="44" />
            <source>Acceptance bill</source>
            <translation>Acceptance bill</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="47" />
            <source>Waiting for confirmation</source>
            <translation>Waiting for confirmation</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="49" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="52" />
            <source>Not due</source>
            <translation>Not due</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="53" />
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="54" />
            <source>Partly paid</source>
            <translation>Partly paid</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="55" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="56" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="59" />
            <source>Full payment</source>
            <translation>Full payment</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="60" />
            <source>Deposit and balance</source>
            <translation>Deposit and balance</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="61" />
            <source>Monthly instalments</source>
            <translation>Monthly instalments</translation>
        </message>
        <message>
            <location filename="../../models/orders/labels.py" line="62" />
            <source>Monthly statement (days after month end)</source>
            <translation>Monthly statement (days after month end)</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <location filename="../../models/reminders/backlog.py" line="36" />
            <source>{n} stalled deals need a follow-up</source>
            <translation>{n} stalled deals need a follow-up</translation>
        </message>
        <message>
            <location filename="../../models/reminders/backlog.py" line="37" />
            <source>{n} customers' follow-up dates have passed</source>
            <translation>{n} customers' follow-up dates have passed</translation>
        </message>
        <message>
            <location filename="../../models/reminders/backlog.py" line="38" />
            <source>{n} payments past due and not received</source>
            <translation>{n} payments past due and not received</translation>
        </message>
        <message>
            <location filename="../../models/reminders/backlog.py" line="39" />
            <source>{n} regular customers have not reordered when expected</source>
            <translation>{n} regular customers have not reordered when expected</translation>
        </message>
        <message>
            <location filename="../../models/reminders/digest.py" line="34" />
            <source>{n} customers not contacted for {days} days</source>
            <translation>{n} customers not contacted for {days} days</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="62" />
            <source>{n} customers go back to the public pool soon</source>
            <translation>{n} customers go back to the public pool soon</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="44" />
            <source>Stalled deal: {deal}</source>
            <translation>Stalled deal: {deal}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="45" />
            <source>No contact since {date}: {customer}</source>
            <translation>No contact since {date}: {customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="46" />
            <source>Follow up {customer}</source>
            <translation>Follow up {customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="47" />
            <source>Payment due {date} not received: {customer}</source>
            <translation>Payment due {date} not received: {customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="48" />
            <source>Next order expected {date}: {customer}</source>
            <translation>Next order expected {date}: {customer}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="53" />
            <source>Call {customer} about ticket {date}: how satisfied are they?</source>
            <translation>Call {customer} about ticket {date}: how satisfied are they?</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="56" />
            <source>No contact logged: {customer} goes back to the public pool on {date}</source>
            <translation>No contact logged: {customer} goes back to the public pool on {date}</translation>
        </message>
        <message>
            <location filename="../../models/reminders/labels.py" line="57" />
            <source>No order or won deal: {customer} goes back to the public pool on {date}</source>
            <translation>No order or won deal: {customer} goes back to the public pool on {date}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <location filename="../../models/sync/engine.py" line="46" />
            <source>The team folder {folder} cannot be reached. Sync is paused and nothing was changed; check that the drive or share is connected.</source>
            <translation>The team folder {folder} cannot be reached. Sync is paused and nothing was changed; check that the drive or share is connected.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="48" />
            <source>The folder {folder} holds no Kehu team (kehu-team.json is missing). Sync is paused and nothing was changed. If the folder is a share or a cloud drive, check that it is connected and fully downloaded.</source>
            <translation>The folder {folder} holds no Kehu team (kehu-team.json is missing). Sync is paused and nothing was changed. If the folder is a share or a cloud drive, check that it is connected and fully downloaded.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="51" />
            <source>The folder {folder} belongs to another team. Sync is paused.</source>
            <translation>The folder {folder} belongs to another team. Sync is paused.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="52" />
            <source>The team folder was made by a newer Kehu ({version}). Update Kehu on this PC to keep syncing.</source>
            <translation>The team folder was made by a newer Kehu ({version}). Update Kehu on this PC to keep syncing.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="54" />
            <source>The team passphrase is not right.</source>
            <translation>The team passphrase is not right.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="55" />
            <source>This PC does not have the team key. Enter the team passphrase to go on syncing; nothing was changed.</source>
            <translation>This PC does not have the team key. Enter the team passphrase to go on syncing; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="57" />
            <source>This book is not part of a team yet.</source>
            <translation>This book is not part of a team yet.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="58" />
            <source>This book is already part of a team.</source>
            <translation>This book is already part of a team.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="59" />
            <source>The folder {folder} already holds a team. Join it instead, or choose an empty folder.</source>
            <translation>The folder {folder} already holds a team. Join it instead, or choose an empty folder.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="61" />
            <source>The team folder holds no copy of the book yet; the owner's PC writes one when the team is set up. Wait until the folder has arrived whole.</source>
            <translation>The team folder holds no copy of the book yet; the owner's PC writes one when the team is set up. Wait until the folder has arrived whole.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="63" />
            <source>{path} already exists. Choose a new file for this PC's copy of the team's book.</source>
            <translation>{path} already exists. Choose a new file for this PC's copy of the team's book.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="65" />
            <source>This sync would remove {n} of {total} customers from this PC's book. Nothing was changed; check the team folder, then sync again and confirm if this is right.</source>
            <translation>This sync would remove {n} of {total} customers from this PC's book. Nothing was changed; check the team folder, then sync again and confirm if this is right.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="68" />
            <source>The owner has removed this PC from the team: it no longer syncs. The book on this PC stays as it is.</source>
            <translation>The owner has removed this PC from the team: it no longer syncs. The book on this PC stays as it is.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="70" />
            <source>Choose a team passphrase of at least 8 characters.</source>
            <translation>Choose a team passphrase of at least 8 characters.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="71" />
            <source>The owner's list of approved PCs has not arrived in the team folder yet. Sync is paused and nothing was changed; try again when the folder has arrived whole.</source>
            <translation>The owner's list of approved PCs has not arrived in the team folder yet. Sync is paused and nothing was changed; try again when the folder has arrived whole.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="74" />
            <source>Only the PC the team was set up on approves PCs.</source>
            <translation>Only the PC the team was set up on approves PCs.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="75" />
            <source>No PC {device} has synced with the team folder yet.</source>
            <translation>No PC {device} has synced with the team folder yet.</translation>
        </message>
        <message>
            <location filename="../../models/sync/engine.py" line="76" />
            <source>Nobody is signed in on that PC yet: it can be approved once a user has signed in there and synced.</source>
            <translation>Nobody is signed in on that PC yet: it can be approved once a user has signed in there and synced.</translation>
        </message>
    </context>
    <context>
        <name>handover</name>
        <message>
            <location filename="../../models/team/handover.py" line="33" />
            <source>Round robin</source>
            <translation>Round robin</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="34" />
            <source>Fewest customers first</source>
            <translation>Fewest customers first</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="52" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="53" />
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="54" />
            <source>Claimed from the pool</source>
            <translation>Claimed from the pool</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="55" />
            <source>Released to the pool</source>
            <translation>Released to the pool</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="56" />
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <location filename="../../models/team/handover.py" line="57" />
            <source>Changed by hand</source>
            <translation>Changed by hand</translation>
        </message>
    </context>
    <context>
        <name>tickets</name>
        <message>
            <location filename="../../models/tickets/labels.py" line="51" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="52" />
            <source>Unhappy customer</source>
            <translation>Unhappy customer</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="32" />
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="33" />
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="34" />
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="35" />
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="36" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="39" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="40" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="41" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="42" />
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="45" />
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="46" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="47" />
            <source>Waiting for the customer</source>
            <translation>Waiting for the customer</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="48" />
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="49" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="56" />
            <source>Ticket {number} opened: {title}</source>
            <translation>Ticket {number} opened: {title}</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="57" />
            <source>Ticket {number} in progress</source>
            <translation>Ticket {number} in progress</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="58" />
            <source>Ticket {number} waiting for the customer</source>
            <translation>Ticket {number} waiting for the customer</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="59" />
            <source>Ticket {number} resolved: {note}</source>
            <translation>Ticket {number} resolved: {note}</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="60" />
            <source>Ticket {number} closed</source>
            <translation>Ticket {number} closed</translation>
        </message>
        <message>
            <location filename="../../models/tickets/labels.py" line="61" />
            <source>Ticket {number}: satisfaction {score}/5 {note}</source>
            <translation>Ticket {number}: satisfaction {score}/5 {note}</translation>
        </message>
    </context>
</TS>
