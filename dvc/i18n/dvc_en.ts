<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Activity report: team {team}</source>
        <translation>Activity report: team {team}</translation>
    </message>
    <message>
        <source>{team}: need {need} ({summary})</source>
        <translation>{team}: need {need} ({summary})</translation>
    </message>
    <message>
        <source>Leader {leader}; left at {left}, expected back at {back}</source>
        <translation>Leader {leader}; left at {left}, expected back at {back}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Continuing</source>
        <translation>&amp;Continuing</translation>
    </message>
    <message>
        <source>&amp;Interrupted</source>
        <translation>&amp;Interrupted</translation>
    </message>
    <message>
        <source>e.g. heavy rain, unsafe building, the resident asked to stop</source>
        <translation>e.g. heavy rain, unsafe building, the resident asked to stop</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why it &amp;stopped</source>
        <translation>Why it &amp;stopped</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>&amp;Work done</translation>
    </message>
    <message>
        <source>&amp;Remaining work</source>
        <translation>&amp;Remaining work</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>Next visit: &amp;people</source>
        <translation>Next visit: &amp;people</translation>
    </message>
    <message>
        <source>In&amp;juries</source>
        <translation>In&amp;juries</translation>
    </message>
    <message>
        <source>Near &amp;misses</source>
        <translation>Near &amp;misses</translation>
    </message>
    <message>
        <source>&amp;Hours on site</source>
        <translation>&amp;Hours on site</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Equipment back</source>
        <translation>Equipment back</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Back undamaged</source>
        <translation>Back undamaged</translation>
    </message>
    <message>
        <source>Back damaged</source>
        <translation>Back damaged</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>No equipment was lent to this team.</source>
        <translation>No equipment was lent to this team.</translation>
    </message>
    <message>
        <source>Check out (untick who stays for another team)</source>
        <translation>Check out (untick who stays for another team)</translation>
    </message>
    <message>
        <source>  (leader)</source>
        <translation>  (leader)</translation>
    </message>
    <message>
        <source>  (already checked out)</source>
        <translation>  (already checked out)</translation>
    </message>
</context>
<context>
    <name>ApartDialog</name>
    <message>
        <source>The laptops disagree — {desk}</source>
        <translation>The laptops disagree — {desk}</translation>
    </message>
    <message>
        <source>While the laptops were apart (no network, or files not exchanged yet), two of them recorded things that cannot both be right. Look at each one, find out what is true, and choose. Until this desk decides, it stays in this list and on the desk&apos;s screen.</source>
        <translation>While the laptops were apart (no network, or files not exchanged yet), two of them recorded things that cannot both be right. Look at each one, find out what is true, and choose. Until this desk decides, it stays in this list and on the desk&apos;s screen.</translation>
    </message>
    <message>
        <source>Nothing is left for this desk to decide.</source>
        <translation>Nothing is left for this desk to decide.</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Choose one</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decide</translation>
    </message>
</context>
<context>
    <name>ApartNotice</name>
    <message numerus="yes">
        <source>The laptops disagree: %n thing(s) for this desk to decide: </source>
        <translation>
            <numerusform>The laptops disagree: %n thing for this desk to decide: </numerusform>
            <numerusform>The laptops disagree: %n things for this desk to decide: </numerusform>
        </translation>
    </message>
    <message>
        <source>  ▶ Look and decide (F8)</source>
        <translation>  ▶ Look and decide (F8)</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The change log has not been checked yet.</source>
        <translation>The change log has not been checked yet.</translation>
    </message>
    <message>
        <source>Check the change &amp;log</source>
        <translation>Check the change &amp;log</translation>
    </message>
    <message>
        <source>The change log is long: press “Check the change log” to check it (it takes a while).</source>
        <translation>The change log is long: press “Check the change log” to check it (it takes a while).</translation>
    </message>
    <message numerus="yes">
        <source>Change log checked {when}: {entries} entries from %n laptop(s), none removed or changed.</source>
        <translation>
            <numerusform>Change log checked {when}: {entries} entries from %n laptop, none removed or changed.</numerusform>
            <numerusform>Change log checked {when}: {entries} entries from %n laptops, none removed or changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change log checked {when}: it was changed outside dvc or is damaged. Keep this laptop as it is and tell the center head.</source>
        <translation>Change log checked {when}: it was changed outside dvc or is damaged. Keep this laptop as it is and tell the center head.</translation>
    </message>
    <message>
        <source>… and {count} more (dvc audit verify lists them all).</source>
        <translation>… and {count} more (dvc audit verify lists them all).</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>Only the day</source>
        <translation>Only the day</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>No changes match.</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Record {id}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>AvailableVolunteerModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
</context>
<context>
    <name>BadRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>First cells</source>
        <translation>First cells</translation>
    </message>
</context>
<context>
    <name>CertificateAction</name>
    <message>
        <source>Activity certificate (Ctrl+Shift+P)</source>
        <translation>Activity certificate (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Activity certificate</source>
        <translation>Activity certificate</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first (search by name, then Down).</source>
        <translation>Choose a volunteer in the list first (search by name, then Down).</translation>
    </message>
    <message>
        <source>Activity certificate {code}</source>
        <translation>Activity certificate {code}</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Closing check</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message numerus="yes">
        <source>Teams not back: %n</source>
        <translation>
            <numerusform>Teams not back: %n</numerusform>
            <numerusform>Teams not back: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People still checked in: %n</source>
        <translation>
            <numerusform>People still checked in: %n</numerusform>
            <numerusform>People still checked in: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every team is back.</source>
        <translation>Every team is back.</translation>
    </message>
    <message>
        <source>Everyone who checked in has checked out.</source>
        <translation>Everyone who checked in has checked out.</translation>
    </message>
    <message>
        <source>All back: every team has returned and everyone has checked out.</source>
        <translation>All back: every team has returned and everyone has checked out.</translation>
    </message>
    <message>
        <source>Not everyone is back. Call the leaders of the teams below; check out people who have left.</source>
        <translation>Not everyone is back. Call the leaders of the teams below; check out people who have left.</translation>
    </message>
</context>
<context>
    <name>ConfirmTeamsDialog</name>
    <message>
        <source>Confirm teams</source>
        <translation>Confirm teams</translation>
    </message>
    <message>
        <source>Confirm these {count} teams? Their members are then busy for the day and the dispatch desk can send them out.</source>
        <translation>Confirm these {count} teams? Their members are then busy for the day and the dispatch desk can send them out.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>When a record was changed on two laptops, the newer change is kept everywhere and the other is listed here. Choose one to see both versions; “Keep the other version” makes it the current one.</source>
        <translation>When a record was changed on two laptops, the newer change is kept everywhere and the other is listed here. Choose one to see both versions; “Keep the other version” makes it the current one.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>&amp;Keep the other version</source>
        <translation>&amp;Keep the other version</translation>
    </message>
    <message>
        <source>reversed by {who}</source>
        <translation>reversed by {who}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Keep the other version</translation>
    </message>
    <message>
        <source>Make the other version of {record} the current one? It then travels to the other laptops as a new change.</source>
        <translation>Make the other version of {record} the current one? It then travels to the other laptops as a new change.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database cannot be opened: the file is damaged.
{path}</source>
        <translation>The database cannot be opened: the file is damaged.
{path}</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}. Do not delete the file: close dvc and ask whoever looks after it. A backup on a USB stick can be put back with &apos;dvc restore&apos;.</source>
        <translation>No good backup of it was found in {folder}. Do not delete the file: close dvc and ask whoever looks after it. A backup on a USB stick can be put back with &apos;dvc restore&apos;.</translation>
    </message>
    <message>
        <source>Close dvc</source>
        <translation>Close dvc</translation>
    </message>
    <message>
        <source>The latest good backup was made on {day} at {time}:
{file}

Put it back and open it? What was entered after {time} is not in it. The damaged file is kept in the backups folder, not deleted.</source>
        <translation>The latest good backup was made on {day} at {time}:
{file}

Put it back and open it? What was entered after {time} is not in it. The damaged file is kept in the backups folder, not deleted.</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>Restore the latest good backup</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Checked in today</source>
        <translation>Checked in today</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>In groups</source>
        <translation>In groups</translation>
    </message>
    <message>
        <source>Not yet checked out</source>
        <translation>Not yet checked out</translation>
    </message>
    <message>
        <source>Registered in all</source>
        <translation>Registered in all</translation>
    </message>
    <message>
        <source>Teams today</source>
        <translation>Teams today</translation>
    </message>
    <message>
        <source>Out on site</source>
        <translation>Out on site</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Open needs</translation>
    </message>
    <message>
        <source>Volunteer-days needed</source>
        <translation>Volunteer-days needed</translation>
    </message>
    <message>
        <source>Equipment out</source>
        <translation>Equipment out</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Needs and equipment</source>
        <translation>Needs and equipment</translation>
    </message>
    <message>
        <source>Volunteers per day</source>
        <translation>Volunteers per day</translation>
    </message>
    <message>
        <source>Needs received and completed per day</source>
        <translation>Needs received and completed per day</translation>
    </message>
    <message>
        <source>Needs by status</source>
        <translation>Needs by status</translation>
    </message>
    <message>
        <source>Volunteers on {month}/{day}</source>
        <translation>Volunteers on {month}/{day}</translation>
    </message>
    <message>
        <source>Not back in time: {teams}</source>
        <translation>Not back in time: {teams}</translation>
    </message>
    <message>
        <source>{team} ({district}, due {time})</source>
        <translation>{team} ({district}, due {time})</translation>
    </message>
    <message>
        <source>Out of stock: {items}</source>
        <translation>Out of stock: {items}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>DayCards</name>
    <message>
        <source>Checked in today</source>
        <translation>Checked in today</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>In groups</source>
        <translation>In groups</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Not yet checked out</source>
        <translation>Not yet checked out</translation>
    </message>
    <message>
        <source>Registered in all</source>
        <translation>Registered in all</translation>
    </message>
    <message>
        <source>Checked in today (limit {limit})</source>
        <translation>Checked in today (limit {limit})</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>{m1}/{d1} to {m2}/{d2}</source>
        <translation>{m1}/{d1} to {m2}/{d2}</translation>
    </message>
    <message>
        <source>Charts are not available in this installation (Qt Charts is missing).</source>
        <translation>Charts are not available in this installation (Qt Charts is missing).</translation>
    </message>
</context>
<context>
    <name>DispatchFlows</name>
    <message>
        <source>Dispatch sheet</source>
        <translation>Dispatch sheet</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Scan a returning team&apos;s dispatch sheet, or choose a team.</source>
        <translation>Scan a returning team&apos;s dispatch sheet, or choose a team.</translation>
    </message>
    <message>
        <source>C&amp;losing check…</source>
        <translation>C&amp;losing check…</translation>
    </message>
    <message>
        <source>Ready to leave</source>
        <translation>Ready to leave</translation>
    </message>
    <message>
        <source>Out on site</source>
        <translation>Out on site</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Dispatch sheet QR or team code</source>
        <translation>Dispatch sheet QR or team code</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Send off…</source>
        <translation>&amp;Send off…</translation>
    </message>
    <message>
        <source>&amp;Return and report…</source>
        <translation>&amp;Return and report…</translation>
    </message>
    <message>
        <source>&amp;Print dispatch sheet</source>
        <translation>&amp;Print dispatch sheet</translation>
    </message>
    <message>
        <source>{team}: {status}, nothing to do here.</source>
        <translation>{team}: {status}, nothing to do here.</translation>
    </message>
    <message>
        <source>{team} has left. Expected back at {time}.</source>
        <translation>{team} has left. Expected back at {time}.</translation>
    </message>
    <message>
        <source>{team} is back; the report is saved.</source>
        <translation>{team} is back; the report is saved.</translation>
    </message>
    <message>
        <source>No teams today yet.
Teams confirmed at the matching desk are listed here, ready to leave.</source>
        <translation>No teams today yet.
Teams confirmed at the matching desk are listed here, ready to leave.</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>DRILL MODE — this is training data</source>
        <translation>DRILL MODE — this is training data</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>No similar registration.</source>
        <translation>No similar registration.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open {code} instead of registering a new person</source>
        <translation>Open {code} instead of registering a new person</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Possible duplicates ({count})</translation>
    </message>
    <message>
        <source>same furigana and birth date</source>
        <translation>same furigana and birth date</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Scan a label or type an E- code, then press Enter.</source>
        <translation>Scan a label or type an E- code, then press Enter.</translation>
    </message>
    <message>
        <source>Equipment label or code</source>
        <translation>Equipment label or code</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>&amp;Lend…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Edit item…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Add the usual tools</source>
        <translation>Add the usual tools</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>&amp;Print labels…</translation>
    </message>
    <message>
        <source>Only the selected item</source>
        <translation>Only the selected item</translation>
    </message>
    <message>
        <source>No equipment is registered yet.
Add items one by one, or start from the usual tools.</source>
        <translation>No equipment is registered yet.
Add items one by one, or start from the usual tools.</translation>
    </message>
    <message>
        <source>Out of stock: {items}</source>
        <translation>Out of stock: {items}</translation>
    </message>
    <message>
        <source>Running low: {items}</source>
        <translation>Running low: {items}</translation>
    </message>
    <message>
        <source>{items} items; {out} pieces out on loan</source>
        <translation>{items} items; {out} pieces out on loan</translation>
    </message>
    <message>
        <source>Out on loan: {name}</source>
        <translation>Out on loan: {name}</translation>
    </message>
    <message>
        <source>Out on loan</source>
        <translation>Out on loan</translation>
    </message>
    <message>
        <source>Nothing is out on loan.</source>
        <translation>Nothing is out on loan.</translation>
    </message>
    <message>
        <source>{name}: {available} {unit} available, {out} out</source>
        <translation>{name}: {available} {unit} available, {out} out</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Choose the loan being returned in the list below.</source>
        <translation>Choose the loan being returned in the list below.</translation>
    </message>
    <message>
        <source>Take {name} off the equipment list?</source>
        <translation>Take {name} off the equipment list?</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange with other laptops and councils</source>
        <translation>Exchange with other laptops and councils</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflicts</translation>
    </message>
    <message>
        <source>Record &amp;source</source>
        <translation>Record &amp;source</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Laptops</translation>
    </message>
</context>
<context>
    <name>ExportProtection</name>
    <message>
        <source>File saved</source>
        <translation>File saved</translation>
    </message>
    <message>
        <source>Saved unencrypted:
{path}</source>
        <translation>Saved unencrypted:
{path}</translation>
    </message>
    <message>
        <source>Saved encrypted:
{path}

Passphrase (shown only now: write it down; tell it to the recipient by phone, not in the same e-mail):</source>
        <translation>Saved encrypted:
{path}

Passphrase (shown only now: write it down; tell it to the recipient by phone, not in the same e-mail):</translation>
    </message>
    <message>
        <source>Saved encrypted:
{path}

Open it with 7-Zip or another archiver and the passphrase you typed.</source>
        <translation>Saved encrypted:
{path}

Open it with 7-Zip or another archiver and the passphrase you typed.</translation>
    </message>
</context>
<context>
    <name>ExportProtectionDialog</name>
    <message>
        <source>Protect the file</source>
        <translation>Protect the file</translation>
    </message>
    <message>
        <source>This file holds names and contact details. It is saved as a zip encrypted with AES-256: open it with 7-Zip or another archiver and the passphrase. Windows Explorer alone cannot open it.</source>
        <translation>This file holds names and contact details. It is saved as a zip encrypted with AES-256: open it with 7-Zip or another archiver and the passphrase. Windows Explorer alone cannot open it.</translation>
    </message>
    <message>
        <source>This file holds no personal data: it may be saved unencrypted, or encrypted like the others.</source>
        <translation>This file holds no personal data: it may be saved unencrypted, or encrypted like the others.</translation>
    </message>
    <message>
        <source>&amp;Type a passphrase (at least {n} characters)</source>
        <translation>&amp;Type a passphrase (at least {n} characters)</translation>
    </message>
    <message>
        <source>&amp;Make one for me (shown once, after saving)</source>
        <translation>&amp;Make one for me (shown once, after saving)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <source>&amp;Unencrypted (no personal data)</source>
        <translation>&amp;Unencrypted (no personal data)</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>A bundle holds what changed since the last bundle for that council. For another council it holds only volunteers who agreed to block sharing, needs asked for support, lendable equipment and the day&apos;s figures; for our own other laptops it holds everything.</source>
        <translation>A bundle holds what changed since the last bundle for that council. For another council it holds only volunteers who agreed to block sharing, needs asked for support, lendable equipment and the day&apos;s figures; for our own other laptops it holds everything.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Everything, not only the changes (&amp;full)</source>
        <translation>Everything, not only the changes (&amp;full)</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the receiving council</source>
        <translation>&amp;Encrypt for the receiving council</translation>
    </message>
    <message>
        <source>&amp;Write bundle…</source>
        <translation>&amp;Write bundle…</translation>
    </message>
    <message>
        <source>{name} (our other laptops)</source>
        <translation>{name} (our other laptops)</translation>
    </message>
    <message>
        <source>Trust another laptop first (the Laptops tab).</source>
        <translation>Trust another laptop first (the Laptops tab).</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Write bundle</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>changes only</translation>
    </message>
    <message>
        <source>Wrote {path} ({kind}, {rows} records). Hand it over on a USB stick or by mail.</source>
        <translation>Wrote {path} ({kind}, {rows} records). Hand it over on a USB stick or by mail.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to dvc</source>
        <translation>Welcome to dvc</translation>
    </message>
    <message>
        <source>There is no database in this file yet. Create one for your council here?</source>
        <translation>There is no database in this file yet. Create one for your council here?</translation>
    </message>
    <message>
        <source>This is the first start of dvc on this laptop. Choose your council to create its database, or open the drill database to practise.</source>
        <translation>This is the first start of dvc on this laptop. Choose your council to create its database, or open the drill database to practise.</translation>
    </message>
    <message>
        <source>Another council…</source>
        <translation>Another council…</translation>
    </message>
    <message>
        <source>e.g. musashino</source>
        <translation>e.g. musashino</translation>
    </message>
    <message>
        <source>two letters, e.g. MS</source>
        <translation>two letters, e.g. MS</translation>
    </message>
    <message>
        <source>e.g. 武蔵野市民社会福祉協議会</source>
        <translation>e.g. 武蔵野市民社会福祉協議会</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Council:</translation>
    </message>
    <message>
        <source>Council code:</source>
        <translation>Council code:</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>Short code:</translation>
    </message>
    <message>
        <source>Council name:</source>
        <translation>Council name:</translation>
    </message>
    <message>
        <source>&amp;Laptop number:</source>
        <translation>&amp;Laptop number:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Give each laptop of the council its own number: it is part of every code it prints.</source>
        <translation>Give each laptop of the council its own number: it is part of every code it prints.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Open the drill instead</source>
        <translation>Open the drill instead</translation>
    </message>
    <message>
        <source>Enter your name first: you become the center head, the first staff member who can sign in.</source>
        <translation>Enter your name first: you become the center head, the first staff member who can sign in.</translation>
    </message>
    <message>
        <source>&amp;Join a center hub…</source>
        <translation>&amp;Join a center hub…</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>Joining the center</source>
        <translation>Joining the center</translation>
    </message>
    <message>
        <source>Receiving the center&apos;s records…</source>
        <translation>Receiving the center&apos;s records…</translation>
    </message>
    <message>
        <source>This takes a few seconds, or up to a minute for a large center. Keep the laptop on the center&apos;s network.</source>
        <translation>This takes a few seconds, or up to a minute for a large center. Keep the laptop on the center&apos;s network.</translation>
    </message>
    <message>
        <source>Go on in the &amp;background</source>
        <translation>Go on in the &amp;background</translation>
    </message>
    <message>
        <source>Records received: {count}</source>
        <translation>Records received: {count}</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>GroupEditDialog</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Add a member… (Ctrl+N)</source>
        <translation>Add a member… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the chosen member (Enter)</source>
        <translation>Open the chosen member (Enter)</translation>
    </message>
    <message>
        <source>Save the group (Ctrl+S)</source>
        <translation>Save the group (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Group {code}</source>
        <translation>Group {code}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Members: {count}</translation>
    </message>
    <message>
        <source>Record on-site enrolment for the {count} uninsured (当日加入)</source>
        <translation>Record on-site enrolment for the {count} uninsured (当日加入)</translation>
    </message>
</context>
<context>
    <name>GroupMemberModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
</context>
<context>
    <name>GroupRegistrationDialog</name>
    <message>
        <source>New group (団体)</source>
        <translation>New group (団体)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>empty: the first adult member</source>
        <translation>empty: the first adult member</translation>
    </message>
    <message>
        <source>empty: the representative&apos;s phone</source>
        <translation>empty: the representative&apos;s phone</translation>
    </message>
    <message>
        <source>May be shared with the block&apos;s councils</source>
        <translation>May be shared with the block&apos;s councils</translation>
    </message>
    <message>
        <source>Member being added</source>
        <translation>Member being added</translation>
    </message>
    <message>
        <source>Add member (Enter)</source>
        <translation>Add member (Enter)</translation>
    </message>
    <message>
        <source>Remove chosen member (Del)</source>
        <translation>Remove chosen member (Del)</translation>
    </message>
    <message>
        <source>Register group (Ctrl+Enter)</source>
        <translation>Register group (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Enter adds the member and starts the next. When all are in, Enter on the empty member form or Ctrl+Enter registers the group.</source>
        <translation>Enter adds the member and starts the next. When all are in, Enter on the empty member form or Ctrl+Enter registers the group.</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Members: {count}</translation>
    </message>
    <message>
        <source>Add the members; the rules for each appear here.</source>
        <translation>Add the members; the rules for each appear here.</translation>
    </message>
</context>
<context>
    <name>HeadOfficePage</name>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Today at a glance; it follows the other desks.</source>
        <translation>Today at a glance; it follows the other desks.</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>&amp;Insurer&apos;s list…</source>
        <translation>&amp;Insurer&apos;s list…</translation>
    </message>
    <message>
        <source>People enrolled in volunteer insurance here who agreed to their details going to the insurer (saved encrypted)</source>
        <translation>People enrolled in volunteer insurance here who agreed to their details going to the insurer (saved encrypted)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>&amp;Exchange…</translation>
    </message>
    <message>
        <source>&amp;Center hub…</source>
        <translation>&amp;Center hub…</translation>
    </message>
    <message>
        <source>Make this laptop the center hub, see the desks that joined</source>
        <translation>Make this laptop the center hub, see the desks that joined</translation>
    </message>
</context>
<context>
    <name>HubDesks</name>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>Last heard from</translation>
    </message>
    <message>
        <source>Laptop {number}</source>
        <translation>Laptop {number}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Center hub</source>
        <translation>Center hub</translation>
    </message>
    <message>
        <source>Where the desks join</source>
        <translation>Where the desks join</translation>
    </message>
    <message>
        <source>&amp;New join code</source>
        <translation>&amp;New join code</translation>
    </message>
    <message>
        <source>A desk&apos;s barcode scanner reads this into its join screen.</source>
        <translation>A desk&apos;s barcode scanner reads this into its join screen.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Join code:</translation>
    </message>
    <message>
        <source>Desks that joined</source>
        <translation>Desks that joined</translation>
    </message>
    <message>
        <source>&amp;Make this laptop the center hub</source>
        <translation>&amp;Make this laptop the center hub</translation>
    </message>
    <message>
        <source>S&amp;top the hub…</source>
        <translation>S&amp;top the hub…</translation>
    </message>
    <message>
        <source>Make this desk the ne&amp;w hub…</source>
        <translation>Make this desk the ne&amp;w hub…</translation>
    </message>
    <message>
        <source>Only the center head starts and stops the hub: sign in as the center head (File → Change operator).</source>
        <translation>Only the center head starts and stops the hub: sign in as the center head (File → Change operator).</translation>
    </message>
    <message>
        <source>Asking the hub on this laptop…</source>
        <translation>Asking the hub on this laptop…</translation>
    </message>
    <message>
        <source>This laptop is the center hub.</source>
        <translation>This laptop is the center hub.</translation>
    </message>
    <message>
        <source>The other laptops join with this address and join code. The hub goes on when this screen or dvc is closed; stop it only when the center closes.</source>
        <translation>The other laptops join with this address and join code. The hub goes on when this screen or dvc is closed; stop it only when the center closes.</translation>
    </message>
    <message>
        <source>The hub on this laptop is stopped.</source>
        <translation>The hub on this laptop is stopped.</translation>
    </message>
    <message>
        <source>The desks work on and show &quot;out of touch&quot;. Start it again: the desks that joined go on with the same address and join code.</source>
        <translation>The desks work on and show &quot;out of touch&quot;. Start it again: the desks that joined go on with the same address and join code.</translation>
    </message>
    <message>
        <source>This laptop has joined the hub at {address}.</source>
        <translation>This laptop has joined the hub at {address}.</translation>
    </message>
    <message>
        <source>If the hub laptop is lost for good (broken, flat, taken away), make this desk the new hub: the other desks then join it, and nothing any desk saved is lost.</source>
        <translation>If the hub laptop is lost for good (broken, flat, taken away), make this desk the new hub: the other desks then join it, and nothing any desk saved is lost.</translation>
    </message>
    <message>
        <source>This laptop is not in center mode.</source>
        <translation>This laptop is not in center mode.</translation>
    </message>
    <message>
        <source>Make one laptop (usually head office&apos;s) the center hub; the other laptops join it from Settings with its address and join code, and are kept in step with each other.</source>
        <translation>Make one laptop (usually head office&apos;s) the center hub; the other laptops join it from Settings with its address and join code, and are kept in step with each other.</translation>
    </message>
    <message>
        <source>Also: {addresses}</source>
        <translation>Also: {addresses}</translation>
    </message>
    <message>
        <source>{left} wrong codes more and the hub takes no more: then make a new code.</source>
        <translation>{left} wrong codes more and the hub takes no more: then make a new code.</translation>
    </message>
    <message>
        <source>&amp;Start the hub again</source>
        <translation>&amp;Start the hub again</translation>
    </message>
    <message>
        <source>Starting the center hub…</source>
        <translation>Starting the center hub…</translation>
    </message>
    <message>
        <source>Stop the hub</source>
        <translation>Stop the hub</translation>
    </message>
    <message>
        <source>Stop the center hub?

The other desks keep working on their own and show &quot;out of touch&quot;; what they save is sent when the hub runs again. Stop it when the center closes.</source>
        <translation>Stop the center hub?

The other desks keep working on their own and show &quot;out of touch&quot;; what they save is sent when the hub runs again. Stop it when the center closes.</translation>
    </message>
    <message>
        <source>&amp;Stop the hub</source>
        <translation>&amp;Stop the hub</translation>
    </message>
    <message>
        <source>Stopping the center hub…</source>
        <translation>Stopping the center hub…</translation>
    </message>
    <message>
        <source>Make this desk the new hub</source>
        <translation>Make this desk the new hub</translation>
    </message>
    <message>
        <source>Make this desk the new center hub?

• A new hub is made from the records on this laptop, with a new address and join code.
• This laptop stops following the hub at {address}.
• Every other desk must join the new hub (Settings → Join a center hub); each sends what it saved, so nothing is lost.

Do this only when the old hub laptop is lost for good. If it still runs, stop it there first.</source>
        <translation>Make this desk the new center hub?

• A new hub is made from the records on this laptop, with a new address and join code.
• This laptop stops following the hub at {address}.
• Every other desk must join the new hub (Settings → Join a center hub); each sends what it saved, so nothing is lost.

Do this only when the old hub laptop is lost for good. If it still runs, stop it there first.</translation>
    </message>
    <message>
        <source>&amp;Make this desk the new hub</source>
        <translation>&amp;Make this desk the new hub</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import pre-registrations (事前登録の取り込み)</source>
        <translation>Import pre-registrations (事前登録の取り込み)</translation>
    </message>
    <message>
        <source>A .csv (UTF-8 or Shift_JIS) or .xlsx file from the web form: choose it, or type or paste its path and press Enter</source>
        <translation>A .csv (UTF-8 or Shift_JIS) or .xlsx file from the web form: choose it, or type or paste its path and press Enter</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds. Nothing is imported before you say so.</source>
        <translation>Choose a file to see what it holds. Nothing is imported before you say so.</translation>
    </message>
    <message>
        <source>Save bad rows…</source>
        <translation>Save bad rows…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Pre-registration file</source>
        <translation>Pre-registration file</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>{name} could not be read (the message said why). Nothing was imported; choose another file.</source>
        <translation>{name} could not be read (the message said why). Nothing was imported; choose another file.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Save bad rows</source>
        <translation>Save bad rows</translation>
    </message>
    <message>
        <source>Encrypted zip (*.zip)</source>
        <translation>Encrypted zip (*.zip)</translation>
    </message>
    <message>
        <source>{count} bad rows saved to {path}.</source>
        <translation>{count} bad rows saved to {path}.</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>Added ({count})</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>To add ({count})</translation>
    </message>
    <message>
        <source>Bad rows ({count})</source>
        <translation>Bad rows ({count})</translation>
    </message>
    <message>
        <source>Already known ({count})</source>
        <translation>Already known ({count})</translation>
    </message>
    <message>
        <source>No new volunteers in this file.</source>
        <translation>No new volunteers in this file.</translation>
    </message>
    <message>
        <source>No bad rows.</source>
        <translation>No bad rows.</translation>
    </message>
    <message>
        <source>Nobody in this file is known yet.</source>
        <translation>Nobody in this file is known yet.</translation>
    </message>
    <message>
        <source>Imported {count} volunteers ({groups} new groups). {bad} bad rows were left out.</source>
        <translation>Imported {count} volunteers ({groups} new groups). {bad} bad rows were left out.</translation>
    </message>
    <message>
        <source>{rows} rows: {new} to add, {skipped} already known, {bad} bad.</source>
        <translation>{rows} rows: {new} to add, {skipped} already known, {bad} bad.</translation>
    </message>
    <message>
        <source>New groups: {names}</source>
        <translation>New groups: {names}</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>Columns not read: {names}</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>&amp;Check a bundle…</source>
        <translation>&amp;Check a bundle…</translation>
    </message>
    <message>
        <source>Choose a bundle: it is checked and shown here before anything changes.</source>
        <translation>Choose a bundle: it is checked and shown here before anything changes.</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Records changed on both sides (the newer change is kept; the other stays in the conflict list to review):</source>
        <translation>Records changed on both sides (the newer change is kept; the other stays in the conflict list to review):</translation>
    </message>
    <message>
        <source>Record / field</source>
        <translation>Record / field</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>In the bundle</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Do &amp;not import</source>
        <translation>Do &amp;not import</translation>
    </message>
    <message>
        <source>Check a bundle</source>
        <translation>Check a bundle</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>From {name}, laptop {device}, made {when}.</source>
        <translation>From {name}, laptop {device}, made {when}.</translation>
    </message>
    <message>
        <source>This bundle was imported before.</source>
        <translation>This bundle was imported before.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>kept: bundle</source>
        <translation>kept: bundle</translation>
    </message>
    <message>
        <source>kept: here</source>
        <translation>kept: here</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in it have a name with characters the printed forms cannot show (they will print as 〓): {codes}. Check those names with the people or their council.</source>
        <translation>
            <numerusform>%n record in it have a name with characters the printed forms cannot show (they will print as 〓): {codes}. Check those names with the people or their council.</numerusform>
            <numerusform>%n records in it have a name with characters the printed forms cannot show (they will print as 〓): {codes}. Check those names with the people or their council.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported record(s) have a name with characters the printed forms cannot show (printed as 〓): {codes}. Check those names with the people or their council.</source>
        <translation>
            <numerusform>%n imported record have a name with characters the printed forms cannot show (printed as 〓): {codes}. Check those names with the people or their council.</numerusform>
            <numerusform>%n imported records have a name with characters the printed forms cannot show (printed as 〓): {codes}. Check those names with the people or their council.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {conflicts} conflicts.</source>
        <translation>Imported: {new} new, {updated} updated, {conflicts} conflicts.</translation>
    </message>
    <message numerus="yes">
        <source>Importing it shows the desks %n thing(s) the laptops did apart that they must decide (F8 at the desk).</source>
        <translation>
            <numerusform>Importing it shows the desks %n thing the laptops did apart that they must decide (F8 at the desk).</numerusform>
            <numerusform>Importing it shows the desks %n things the laptops did apart that they must decide (F8 at the desk).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The desks now show %n thing(s) the laptops did apart that they must decide (F8 at the desk).</source>
        <translation>
            <numerusform>The desks now show %n thing the laptops did apart that they must decide (F8 at the desk).</numerusform>
            <numerusform>The desks now show %n things the laptops did apart that they must decide (F8 at the desk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsurerList</name>
    <message>
        <source>Save the insurer&apos;s list</source>
        <translation>Save the insurer&apos;s list</translation>
    </message>
    <message>
        <source>Encrypted zip (*.zip)</source>
        <translation>Encrypted zip (*.zip)</translation>
    </message>
    <message>
        <source>FY{year}: {count} people enrolled here are on the list.</source>
        <translation>FY{year}: {count} people enrolled here are on the list.</translation>
    </message>
    <message>
        <source>Not on it, no consent to pass their details to the insurer on record (ask them): {codes}</source>
        <translation>Not on it, no consent to pass their details to the insurer on record (ask them): {codes}</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Equipment item</source>
        <translation>Equipment item</translation>
    </message>
    <message>
        <source>New equipment item</source>
        <translation>New equipment item</translation>
    </message>
    <message>
        <source>e.g. スコップ（角）</source>
        <translation>e.g. スコップ（角）</translation>
    </message>
    <message>
        <source>本, 台, 枚, 個…</source>
        <translation>本, 台, 枚, 個…</translation>
    </message>
    <message>
        <source>Consumable (what is not brought back was used up)</source>
        <translation>Consumable (what is not brought back was used up)</translation>
    </message>
    <message>
        <source>May be lent to other councils of the block</source>
        <translation>May be lent to other councils of the block</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Owned (all pieces, lost and damaged included)</source>
        <translation>&amp;Owned (all pieces, lost and damaged included)</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Lost</translation>
    </message>
    <message>
        <source>&amp;Damaged</source>
        <translation>&amp;Damaged</translation>
    </message>
    <message>
        <source>&amp;Minimum stock (warn below)</source>
        <translation>&amp;Minimum stock (warn below)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the center hub</source>
        <translation>Join the center hub</translation>
    </message>
    <message>
        <source>This laptop gets its council, its staff list and all the center&apos;s records from the hub. Type the address and join code shown on the hub screen (総務), or scan its QR code.</source>
        <translation>This laptop gets its council, its staff list and all the center&apos;s records from the hub. Type the address and join code shown on the hub screen (総務), or scan its QR code.</translation>
    </message>
    <message>
        <source>This laptop keeps its records and shares them with the center; it receives the other desks&apos; records. Type the address and join code shown on the hub screen (総務), or scan its QR code.</source>
        <translation>This laptop keeps its records and shares them with the center; it receives the other desks&apos; records. Type the address and join code shown on the hub screen (総務), or scan its QR code.</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>Search &amp;again</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:47810</source>
        <translation>e.g. 192.168.1.20:47810</translation>
    </message>
    <message>
        <source>8 digits, e.g. 1234-5678</source>
        <translation>8 digits, e.g. 1234-5678</translation>
    </message>
    <message>
        <source>the first free number</source>
        <translation>the first free number</translation>
    </message>
    <message>
        <source>Hubs found:</source>
        <translation>Hubs found:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>Center:</translation>
    </message>
    <message>
        <source>Join &amp;code:</source>
        <translation>Join &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Laptop number:</source>
        <translation>&amp;Laptop number:</translation>
    </message>
    <message>
        <source>Each laptop of the center has its own number (part of every code it prints).</source>
        <translation>Each laptop of the center has its own number (part of every code it prints).</translation>
    </message>
    <message>
        <source>This laptop keeps its number, laptop {number}.</source>
        <translation>This laptop keeps its number, laptop {number}.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Looking for hubs on this network…</source>
        <translation>Looking for hubs on this network…</translation>
    </message>
    <message>
        <source> (drill)</source>
        <translation> (drill)</translation>
    </message>
    <message>
        <source>Choose the hub, or type its address below.</source>
        <translation>Choose the hub, or type its address below.</translation>
    </message>
    <message>
        <source>No hub found on this network (some routers hide laptops from each other): type the address.</source>
        <translation>No hub found on this network (some routers hide laptops from each other): type the address.</translation>
    </message>
    <message>
        <source>Which center it is shows here once the address is typed.</source>
        <translation>Which center it is shows here once the address is typed.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>Laptop numbers in use: {numbers}</source>
        <translation>Laptop numbers in use: {numbers}</translation>
    </message>
    <message>
        <source>Read from the hub&apos;s QR code: {address}, code {code}.</source>
        <translation>Read from the hub&apos;s QR code: {address}, code {code}.</translation>
    </message>
    <message>
        <source>Joining the center hub at {address}…</source>
        <translation>Joining the center hub at {address}…</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Print equipment labels</source>
        <translation>Print equipment labels</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Big labels for bins and shelves (4 to a sheet)</source>
        <translation>Big labels for bins and shelves (4 to a sheet)</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet, counted from the top left</source>
        <translation>Labels already used on the first sheet, counted from the top left</translation>
    </message>
    <message>
        <source>One of each</source>
        <translation>One of each</translation>
    </message>
    <message>
        <source>&amp;Skip used labels on the first sheet</source>
        <translation>&amp;Skip used labels on the first sheet</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>How many labels for each item?</source>
        <translation>How many labels for each item?</translation>
    </message>
    <message>
        <source>Equipment labels</source>
        <translation>Equipment labels</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>Lend equipment</source>
        <translation>Lend equipment</translation>
    </message>
    <message>
        <source>{name} ({available} {unit} available)</source>
        <translation>{name} ({available} {unit} available)</translation>
    </message>
    <message>
        <source>A team out on site</source>
        <translation>A team out on site</translation>
    </message>
    <message>
        <source>Another council (block agreement)</source>
        <translation>Another council (block agreement)</translation>
    </message>
    <message>
        <source>{team}  {need} {district}  left {time}</source>
        <translation>{team}  {need} {district}  left {time}</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>{name}: none left to lend.</source>
        <translation>{name}: none left to lend.</translation>
    </message>
    <message>
        <source>No team is out on site now; teams get tools at the dispatch desk as they leave.</source>
        <translation>No team is out on site now; teams get tools at the dispatch desk as they leave.</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lent to</source>
        <translation>Lent to</translation>
    </message>
    <message>
        <source>Need / district</source>
        <translation>Need / district</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Still out</translation>
    </message>
    <message>
        <source>Lent at</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <source>{count} {unit} used up on site</source>
        <translation>{count} {unit} used up on site</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>No one used this laptop for {minutes} minutes: the personal data is hidden.</source>
        <translation>No one used this laptop for {minutes} minutes: the personal data is hidden.</translation>
    </message>
    <message>
        <source>The personal data is hidden.</source>
        <translation>The personal data is hidden.</translation>
    </message>
    <message>
        <source>Press a key or click to sign in again.</source>
        <translation>Press a key or click to sign in again.</translation>
    </message>
    <message>
        <source>Sign in to continue…</source>
        <translation>Sign in to continue…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>dvc — {council}</source>
        <translation>dvc — {council}</translation>
    </message>
    <message>
        <source>{title} [DRILL]</source>
        <translation>{title} [DRILL]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Change operator…</source>
        <translation>&amp;Change operator…</translation>
    </message>
    <message>
        <source>Loc&amp;k screen</source>
        <translation>Loc&amp;k screen</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>C&amp;losing check…</source>
        <translation>C&amp;losing check…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Desks</translation>
    </message>
</context>
<context>
    <name>MatchingDialogs</name>
    <message>
        <source>{team}  {need} {summary}  ({size}/{headcount} people)</source>
        <translation>{team}  {need} {summary}  ({size}/{headcount} people)</translation>
    </message>
    <message>
        <source>leader {name}</source>
        <translation>leader {name}</translation>
    </message>
    <message>
        <source>This team is full.</source>
        <translation>This team is full.</translation>
    </message>
    <message>
        <source>Needs without a team</source>
        <translation>Needs without a team</translation>
    </message>
    <message>
        <source>{need} {summary}  (new team, {missing} short)</source>
        <translation>{need} {summary}  (new team, {missing} short)</translation>
    </message>
    <message>
        <source>Out of any team</source>
        <translation>Out of any team</translation>
    </message>
    <message>
        <source>Teams break matching rules</source>
        <translation>Teams break matching rules</translation>
    </message>
    <message>
        <source>{count} of these teams break a matching rule. Confirm them anyway?</source>
        <translation>{count} of these teams break a matching rule. Confirm them anyway?</translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation>Confirm anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Propose again</translation>
    </message>
    <message>
        <source>Propose again? The {count} proposed teams that are not locked are replaced; locked teams stay as they are.</source>
        <translation>Propose again? The {count} proposed teams that are not locked are replaced; locked teams stay as they are.</translation>
    </message>
    <message>
        <source>Cancel team</source>
        <translation>Cancel team</translation>
    </message>
    <message>
        <source>Cancel this team?
{team}
Its people are free again and its need goes back to matching.
Reason (may be left blank):</source>
        <translation>Cancel this team?
{team}
Its people are free again and its need goes back to matching.
Reason (may be left blank):</translation>
    </message>
    <message>
        <source>Cancel the team</source>
        <translation>Cancel the team</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Ctrl+P proposes teams. Choose a person: Ctrl+M moves, Delete takes out. Ctrl+Enter confirms.</source>
        <translation>Ctrl+P proposes teams. Choose a person: Ctrl+M moves, Delete takes out. Ctrl+Enter confirms.</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>Fill teams for the needs waiting; locked teams are kept.</source>
        <translation>Fill teams for the needs waiting; locked teams are kept.</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <source>Move the chosen person to another team (from the list of people not placed: into a team).</source>
        <translation>Move the chosen person to another team (from the list of people not placed: into a team).</translation>
    </message>
    <message>
        <source>Take &amp;out</source>
        <translation>Take &amp;out</translation>
    </message>
    <message>
        <source>Take the chosen person out of their team.</source>
        <translation>Take the chosen person out of their team.</translation>
    </message>
    <message>
        <source>Make &amp;leader</source>
        <translation>Make &amp;leader</translation>
    </message>
    <message>
        <source>Make the chosen person their team&apos;s leader (an adult).</source>
        <translation>Make the chosen person their team&apos;s leader (an adult).</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>A locked team stays as it is when teams are proposed again.</source>
        <translation>A locked team stays as it is when teams are proposed again.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Confirm team…</source>
        <translation>&amp;Confirm team…</translation>
    </message>
    <message>
        <source>Confirm the chosen team: its people are then busy and dispatch can send it out.</source>
        <translation>Confirm the chosen team: its people are then busy and dispatch can send it out.</translation>
    </message>
    <message>
        <source>Confirm &amp;all…</source>
        <translation>Confirm &amp;all…</translation>
    </message>
    <message>
        <source>Confirm every proposed team of the day.</source>
        <translation>Confirm every proposed team of the day.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel team…</source>
        <translation>Ca&amp;ncel team…</translation>
    </message>
    <message>
        <source>Call the chosen team off (also a confirmed one): its people are free again.</source>
        <translation>Call the chosen team off (also a confirmed one): its people are free again.</translation>
    </message>
    <message>
        <source>Needs waiting for matching ({count})</source>
        <translation>Needs waiting for matching ({count})</translation>
    </message>
    <message>
        <source>Volunteers ready, not in a team ({count})</source>
        <translation>Volunteers ready, not in a team ({count})</translation>
    </message>
    <message>
        <source>No needs are waiting for matching.</source>
        <translation>No needs are waiting for matching.</translation>
    </message>
    <message>
        <source>Nobody is waiting.
Volunteers appear here when reception checks them in.</source>
        <translation>Nobody is waiting.
Volunteers appear here when reception checks them in.</translation>
    </message>
    <message>
        <source>&amp;Teams of the day ({count})</source>
        <translation>&amp;Teams of the day ({count})</translation>
    </message>
    <message>
        <source>&amp;Waiting: needs and people ({needs} / {people})</source>
        <translation>&amp;Waiting: needs and people ({needs} / {people})</translation>
    </message>
    <message>
        <source>Unloc&amp;k</source>
        <translation>Unloc&amp;k</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>NeedActions</name>
    <message>
        <source>Ask the other councils of the block for support with {code}?

The need goes to them with the next exchange file for each, with the requester&apos;s name, phone and address, its history and surveys.</source>
        <translation>Ask the other councils of the block for support with {code}?

The need goes to them with the next exchange file for each, with the requester&apos;s name, phone and address, its history and surveys.</translation>
    </message>
    <message>
        <source>Stop asking the block for support with {code}?

What the other councils already have stays with them; later changes here are no longer sent.</source>
        <translation>Stop asking the block for support with {code}?

What the other councils already have stays with them; later changes here are no longer sent.</translation>
    </message>
    <message>
        <source>Support from the block</source>
        <translation>Support from the block</translation>
    </message>
</context>
<context>
    <name>NeedDetail</name>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>Su&amp;rvey…</source>
        <translation>Su&amp;rvey…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Print s&amp;heet</source>
        <translation>Print s&amp;heet</translation>
    </message>
    <message>
        <source>Print no&amp;tice</source>
        <translation>Print no&amp;tice</translation>
    </message>
    <message>
        <source>No need chosen</source>
        <translation>No need chosen</translation>
    </message>
    <message>
        <source>Choose a need in the list to see all it says and its history.</source>
        <translation>Choose a need in the list to see all it says and its history.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <translation>Requester&apos;s address</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>People / days</source>
        <translation>People / days</translation>
    </message>
    <message>
        <source>{people} people, {days} days</source>
        <translation>{people} people, {days} days</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>Work left</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>Skills needed</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Volunteers&apos; gender</source>
        <translation>Volunteers&apos; gender</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Parking / toilet</source>
        <translation>Parking / toilet</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation>Preferred dates</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Site surveys</source>
        <translation>Site surveys</translation>
    </message>
    <message>
        <source>{people} people</source>
        <translation>{people} people</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Equipment: {items}</source>
        <translation>Equipment: {items}</translation>
    </message>
    <message>
        <source>Safety: {text}</source>
        <translation>Safety: {text}</translation>
    </message>
    <message>
        <source>Photos: {files}</source>
        <translation>Photos: {files}</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>Toilet</translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation>Site survey</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Ask the &amp;block…</source>
        <translation>Ask the &amp;block…</translation>
    </message>
    <message>
        <source>Stop asking the &amp;block…</source>
        <translation>Stop asking the &amp;block…</translation>
    </message>
    <message>
        <source>Support from the block</source>
        <translation>Support from the block</translation>
    </message>
    <message>
        <source>Asked {when} by {who}</source>
        <translation>Asked {when} by {who}</translation>
    </message>
    <message>
        <source>Support asked</source>
        <translation>Support asked</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>Correct need</source>
        <translation>Correct need</translation>
    </message>
    <message>
        <source>New need (ニーズ受付票)</source>
        <translation>New need (ニーズ受付票)</translation>
    </message>
    <message>
        <source>Only if not the site&apos;s address</source>
        <translation>Only if not the site&apos;s address</translation>
    </message>
    <message>
        <source>e.g. 本町1-2-3</source>
        <translation>e.g. 本町1-2-3</translation>
    </message>
    <message>
        <source>e.g. 床上浸水30cm</source>
        <translation>e.g. 床上浸水30cm</translation>
    </message>
    <message>
        <source>e.g. 大工、重機</source>
        <translation>e.g. 大工、重機</translation>
    </message>
    <message>
        <source>e.g. スコップ、一輪車</source>
        <translation>e.g. スコップ、一輪車</translation>
    </message>
    <message>
        <source>e.g. 4/5以降の午前</source>
        <translation>e.g. 4/5以降の午前</translation>
    </message>
    <message>
        <source>Requester &amp;name:</source>
        <translation>Requester &amp;name:</translation>
    </message>
    <message>
        <source>Furi&amp;gana:</source>
        <translation>Furi&amp;gana:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Requester&apos;s address:</source>
        <translation>Requester&apos;s address:</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Site address:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>D&amp;amage:</source>
        <translation>D&amp;amage:</translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Taken by:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Work:</translation>
    </message>
    <message>
        <source>Estimated da&amp;ys:</source>
        <translation>Estimated da&amp;ys:</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>&amp;Volunteers needed:</translation>
    </message>
    <message>
        <source>Skills needed:</source>
        <translation>Skills needed:</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <source>Volunteers&apos; gender:</source>
        <translation>Volunteers&apos; gender:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Equipment:</translation>
    </message>
    <message>
        <source>Parking:</source>
        <translation>Parking:</translation>
    </message>
    <message>
        <source>Toilet:</source>
        <translation>Toilet:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <source>Preferred dates:</source>
        <translation>Preferred dates:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Possible duplicate: this request may already have been taken.</source>
        <translation>Possible duplicate: this request may already have been taken.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>same address</translation>
    </message>
    <message>
        <source>{code} ({why}) received {when}: {name}, {address}, {status}</source>
        <translation>{code} ({why}) received {when}: {name}, {address}, {status}</translation>
    </message>
</context>
<context>
    <name>NeedImport</name>
    <message>
        <source>{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, {bad} with errors.</source>
        <translation>{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, {bad} with errors.</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>Columns not read: {names}</translation>
    </message>
    <message>
        <source>Line {line} {column}: {message}</source>
        <translation>Line {line} {column}: {message}</translation>
    </message>
    <message>
        <source>…and {count} more rows with errors.</source>
        <translation>…and {count} more rows with errors.</translation>
    </message>
    <message>
        <source>{count} new rows look like needs already on the board; check them after the import.</source>
        <translation>{count} new rows look like needs already on the board; check them after the import.</translation>
    </message>
    <message>
        <source>Import needs</source>
        <translation>Import needs</translation>
    </message>
    <message>
        <source>Needs lists (*.xlsx *.csv)</source>
        <translation>Needs lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>Import the {count} new needs?</source>
        <translation>Import the {count} new needs?</translation>
    </message>
</context>
<context>
    <name>NeedPrinting</name>
    <message>
        <source>Requester notice</source>
        <translation>Requester notice</translation>
    </message>
    <message>
        <source>Need sheet</source>
        <translation>Need sheet</translation>
    </message>
</context>
<context>
    <name>NeedTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Requests for help. Ctrl+N takes a new one.</source>
        <translation>Requests for help. Ctrl+N takes a new one.</translation>
    </message>
    <message>
        <source>&amp;New need…</source>
        <translation>&amp;New need…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Work types…</source>
        <translation>&amp;Work types…</translation>
    </message>
    <message>
        <source>Code, name, kana, phone, address, damage…</source>
        <translation>Code, name, kana, phone, address, damage…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open (not done or cancelled)</source>
        <translation>Open (not done or cancelled)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All work</source>
        <translation>All work</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>&amp;Look for:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sort:</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{count} needs</source>
        <translation>{count} needs</translation>
    </message>
    <message>
        <source>No requests for help yet.
Requests taken by phone or at the desk will be listed here.</source>
        <translation>No requests for help yet.
Requests taken by phone or at the desk will be listed here.</translation>
    </message>
    <message>
        <source>No needs match these filters.</source>
        <translation>No needs match these filters.</translation>
    </message>
</context>
<context>
    <name>NewRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>Phone / e-mail</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>To watch</source>
        <translation>To watch</translation>
    </message>
    <message>
        <source>same phone as {codes}</source>
        <translation>same phone as {codes}</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Registered: group {code} {name}</source>
        <translation>Registered: group {code} {name}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Members: {count}</translation>
    </message>
    <message>
        <source>Check them all in now and print their intake sheets?</source>
        <translation>Check them all in now and print their intake sheets?</translation>
    </message>
    <message>
        <source>Check all in and print their sheets (Enter)</source>
        <translation>Check all in and print their sheets (Enter)</translation>
    </message>
    <message>
        <source>Check all in only</source>
        <translation>Check all in only</translation>
    </message>
    <message>
        <source>Registered: {code} {name}</source>
        <translation>Registered: {code} {name}</translation>
    </message>
    <message>
        <source>Check this person in now and print their intake sheet?</source>
        <translation>Check this person in now and print their intake sheet?</translation>
    </message>
    <message>
        <source>Check in and print the sheet (Enter)</source>
        <translation>Check in and print the sheet (Enter)</translation>
    </message>
    <message>
        <source>Check in only</source>
        <translation>Check in only</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>OverdueFlag</name>
    <message>
        <source>{team} ({need}, due {time}, {minutes} min late)</source>
        <translation>{team} ({need}, due {time}, {minutes} min late)</translation>
    </message>
    <message>
        <source>{team} ({minutes} min late)</source>
        <translation>{team} ({minutes} min late)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not back by the expected time: %n team(s): </source>
        <translation>
            <numerusform>Not back by the expected time: %n team: </numerusform>
            <numerusform>Not back by the expected time: %n teams: </numerusform>
        </translation>
    </message>
    <message>
        <source>  ▶ Dispatch desk</source>
        <translation>  ▶ Dispatch desk</translation>
    </message>
    <message>
        <source>{team}  leader {leader}  {phone}</source>
        <translation>{team}  leader {leader}  {phone}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>The database holds personal data and is encrypted. This laptop has no safe place of its own for the key, so choose a start-up passphrase: it is asked each time dvc starts here. Tell it only to the staff who open dvc on this laptop.</source>
        <translation>The database holds personal data and is encrypted. This laptop has no safe place of its own for the key, so choose a start-up passphrase: it is asked each time dvc starts here. Tell it only to the staff who open dvc on this laptop.</translation>
    </message>
    <message>
        <source>{name} is encrypted and this laptop cannot unlock it by itself.
Enter the start-up passphrase, or the recovery passphrase from the recovery sheet kept in the safe (you may also scan its QR code).</source>
        <translation>{name} is encrypted and this laptop cannot unlock it by itself.
Enter the start-up passphrase, or the recovery passphrase from the recovery sheet kept in the safe (you may also scan its QR code).</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>A&amp;gain:</translation>
    </message>
</context>
<context>
    <name>PeersTab</name>
    <message>
        <source>Write this laptop&apos;s &amp;identity file…</source>
        <translation>Write this laptop&apos;s &amp;identity file…</translation>
    </message>
    <message>
        <source>&amp;Trust another laptop…</source>
        <translation>&amp;Trust another laptop…</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>Trusted on</translation>
    </message>
    <message>
        <source>This laptop: {name}, laptop {device}. Fingerprint: {fingerprint}</source>
        <translation>This laptop: {name}, laptop {device}. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>{name} (ours)</source>
        <translation>{name} (ours)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identity file</translation>
    </message>
    <message>
        <source>Wrote {path}. Give it to the other laptop; its staff will read this fingerprint back to you:
{fingerprint}</source>
        <translation>Wrote {path}. Give it to the other laptop; its staff will read this fingerprint back to you:
{fingerprint}</translation>
    </message>
    <message>
        <source>Trust another laptop</source>
        <translation>Trust another laptop</translation>
    </message>
    <message>
        <source>{name} ({council}), laptop {device}

Fingerprint:
{fingerprint}

Read it aloud with the other laptop&apos;s staff (e.g. by phone). Trust it only if every digit matches.</source>
        <translation>{name} ({council}), laptop {device}

Fingerprint:
{fingerprint}

Read it aloud with the other laptop&apos;s staff (e.g. by phone). Trust it only if every digit matches.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Proposing teams…</source>
        <translation>Proposing teams…</translation>
    </message>
    <message>
        <source>Undone at the matching desk</source>
        <translation>Undone at the matching desk</translation>
    </message>
    <message>
        <source>Undo moving {name}</source>
        <translation>Undo moving {name}</translation>
    </message>
    <message>
        <source>Undo the new leader of {team}</source>
        <translation>Undo the new leader of {team}</translation>
    </message>
    <message>
        <source>Undo locking {team}</source>
        <translation>Undo locking {team}</translation>
    </message>
    <message>
        <source>Confirm teams</source>
        <translation>Confirm teams</translation>
    </message>
    <message>
        <source>There is no proposed team to confirm.</source>
        <translation>There is no proposed team to confirm.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>No teams yet today.
Press Ctrl+P to propose teams for the needs waiting.</source>
        <translation>No teams yet today.
Press Ctrl+P to propose teams for the needs waiting.</translation>
    </message>
    <message>
        <source>Needs still short ({count})</source>
        <translation>Needs still short ({count})</translation>
    </message>
    <message>
        <source>People not placed ({count})</source>
        <translation>People not placed ({count})</translation>
    </message>
    <message>
        <source>Every need waiting has its people.</source>
        <translation>Every need waiting has its people.</translation>
    </message>
    <message>
        <source>Everyone waiting is in a team.</source>
        <translation>Everyone waiting is in a team.</translation>
    </message>
    <message>
        <source>Nothing proposed yet.</source>
        <translation>Nothing proposed yet.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print intake sheet (Ctrl+P)</source>
        <translation>Print intake sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Blank intake sheets… (Ctrl+B)</source>
        <translation>Blank intake sheets… (Ctrl+B)</translation>
    </message>
    <message>
        <source>Name badges… (Ctrl+M)</source>
        <translation>Name badges… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Intake sheet</source>
        <translation>Intake sheet</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first (search by name, then Down).</source>
        <translation>Choose a volunteer in the list first (search by name, then Down).</translation>
    </message>
    <message>
        <source>Intake sheet {code}</source>
        <translation>Intake sheet {code}</translation>
    </message>
    <message>
        <source>{count} intake sheets</source>
        <translation>{count} intake sheets</translation>
    </message>
    <message>
        <source>Blank intake sheets</source>
        <translation>Blank intake sheets</translation>
    </message>
    <message>
        <source>How many blank sheets? Each gets a QR id of its own.</source>
        <translation>How many blank sheets? Each gets a QR id of its own.</translation>
    </message>
    <message>
        <source>{count} blank intake sheets</source>
        <translation>{count} blank intake sheets</translation>
    </message>
    <message>
        <source>Everyone checked in today</source>
        <translation>Everyone checked in today</translation>
    </message>
    <message>
        <source>Only {code}</source>
        <translation>Only {code}</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Name badges</translation>
    </message>
    <message>
        <source>Badges for:</source>
        <translation>Badges for:</translation>
    </message>
    <message>
        <source>Name badges of today</source>
        <translation>Name badges of today</translation>
    </message>
    <message>
        <source>Name badge {code}</source>
        <translation>Name badge {code}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>of {count} pages</source>
        <translation>of {count} pages</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Encrypted zip (*.zip)</source>
        <translation>Encrypted zip (*.zip)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuitCheck</name>
    <message>
        <source>Teams not back: {teams}
People checked in and not checked out: {people}</source>
        <translation>Teams not back: {teams}
People checked in and not checked out: {people}</translation>
    </message>
    <message>
        <source>Quit dvc</source>
        <translation>Quit dvc</translation>
    </message>
    <message>
        <source>Their records stay in dvc. Before the center closes, make sure with the closing check that everyone is back.</source>
        <translation>Their records stay in dvc. Before the center closes, make sure with the closing check that everyone is back.</translation>
    </message>
    <message>
        <source>Open the &amp;closing check</source>
        <translation>Open the &amp;closing check</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quit anyway</translation>
    </message>
    <message>
        <source>Do &amp;not quit</source>
        <translation>Do &amp;not quit</translation>
    </message>
</context>
<context>
    <name>ReceptionDialogs</name>
    <message>
        <source>Today&apos;s limit reached</source>
        <translation>Today&apos;s limit reached</translation>
    </message>
    <message>
        <source>The center set this limit to keep the day safe. Ask the desk lead before checking in more people.</source>
        <translation>The center set this limit to keep the day safe. Ask the desk lead before checking in more people.</translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation>Check in anyway</translation>
    </message>
    <message>
        <source>Do not check in</source>
        <translation>Do not check in</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Daily limit</translation>
    </message>
    <message>
        <source>Check-ins per day before the desk asks for a confirmation (0 = no limit):</source>
        <translation>Check-ins per day before the desk asks for a confirmation (0 = no limit):</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Scan a QR code or type a name, then press Enter.</source>
        <translation>Scan a QR code or type a name, then press Enter.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>(F9 switches)</source>
        <translation>(F9 switches)</translation>
    </message>
    <message>
        <source>Volunteer code, name or kana</source>
        <translation>Volunteer code, name or kana</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Roster and search</source>
        <translation>Roster and search</translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation>Today&apos;s list</translation>
    </message>
    <message>
        <source>Daily limit…</source>
        <translation>Daily limit…</translation>
    </message>
    <message>
        <source>Check out the selected person</source>
        <translation>Check out the selected person</translation>
    </message>
    <message>
        <source>Check in the selected person</source>
        <translation>Check in the selected person</translation>
    </message>
</context>
<context>
    <name>RecoverySheetBox</name>
    <message>
        <source>Encryption and recovery sheet</source>
        <translation>Encryption and recovery sheet</translation>
    </message>
    <message>
        <source>Print a new &amp;recovery sheet (changes the key)…</source>
        <translation>Print a new &amp;recovery sheet (changes the key)…</translation>
    </message>
    <message>
        <source>Only the center head can print the recovery sheet.</source>
        <translation>Only the center head can print the recovery sheet.</translation>
    </message>
    <message>
        <source>This drill database is not encrypted: it holds made-up people only.</source>
        <translation>This drill database is not encrypted: it holds made-up people only.</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted. Recovery sheet printed {when}; it is kept in the safe.</source>
        <translation>The database and its backups are encrypted. Recovery sheet printed {when}; it is kept in the safe.</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted, but the recovery sheet has not been printed yet. Without it, nobody can open the backups on another laptop if this one is lost or breaks.</source>
        <translation>The database and its backups are encrypted, but the recovery sheet has not been printed yet. Without it, nobody can open the backups on another laptop if this one is lost or breaks.</translation>
    </message>
    <message>
        <source>New recovery sheet</source>
        <translation>New recovery sheet</translation>
    </message>
    <message>
        <source>A new key and a new recovery sheet are made. Earlier sheets no longer open the database or its backups: shred them.

Have the printer ready: the passphrase is shown only on this sheet. Print it, and keep it in the safe.

Go ahead?</source>
        <translation>A new key and a new recovery sheet are made. Earlier sheets no longer open the database or its backups: shred them.

Have the printer ready: the passphrase is shown only on this sheet. Print it, and keep it in the safe.

Go ahead?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
</context>
<context>
    <name>RegistrationActions</name>
    <message>
        <source>New volunteer… (Ctrl+N)</source>
        <translation>New volunteer… (Ctrl+N)</translation>
    </message>
    <message>
        <source>New group… (Ctrl+G)</source>
        <translation>New group… (Ctrl+G)</translation>
    </message>
    <message>
        <source>Import pre-registrations… (Ctrl+I)</source>
        <translation>Import pre-registrations… (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register (Enter)</source>
        <translation>Register (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Fields marked * are required: name, furigana, birth date or age, phone or e-mail.</source>
        <translation>Fields marked * are required: name, furigana, birth date or age, phone or e-mail.</translation>
    </message>
    <message>
        <source>New member of {group}</source>
        <translation>New member of {group}</translation>
    </message>
    <message>
        <source>Add to the group (Enter)</source>
        <translation>Add to the group (Enter)</translation>
    </message>
    <message>
        <source>New volunteer (ボランティア受付票)</source>
        <translation>New volunteer (ボランティア受付票)</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>Correct {code}</source>
        <translation>Correct {code}</translation>
    </message>
    <message>
        <source> — group {name}</source>
        <translation> — group {name}</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Keying in a blank intake sheet: it will belong to this person.</source>
        <translation>Keying in a blank intake sheet: it will belong to this person.</translation>
    </message>
    <message>
        <source>Nothing to watch out for.</source>
        <translation>Nothing to watch out for.</translation>
    </message>
    <message>
        <source>{count} similar registrations exist. Register a new person anyway?</source>
        <translation>{count} similar registrations exist. Register a new person anyway?</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Daily report (日報) of one day</source>
        <translation>&amp;Daily report (日報) of one day</translation>
    </message>
    <message>
        <source>Figures for each day of a &amp;range</source>
        <translation>Figures for each day of a &amp;range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Write…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>{kind} files (*.{kind})</source>
        <translation>{kind} files (*.{kind})</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return equipment</source>
        <translation>Return equipment</translation>
    </message>
    <message>
        <source>{name}: {count} {unit} still out with {borrower}.</source>
        <translation>{name}: {count} {unit} still out with {borrower}.</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Lost</translation>
    </message>
    <message>
        <source>&amp;Returned undamaged</source>
        <translation>&amp;Returned undamaged</translation>
    </message>
    <message>
        <source>Returned &amp;damaged</source>
        <translation>Returned &amp;damaged</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Not brought back, counted as used up: {count} {unit}</source>
        <translation>Not brought back, counted as used up: {count} {unit}</translation>
    </message>
    <message>
        <source>{count} {unit} stay out on this loan.</source>
        <translation>{count} {unit} stay out on this loan.</translation>
    </message>
    <message>
        <source>The loan is settled.</source>
        <translation>The loan is settled.</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>Open / correct… (Ctrl+E)</source>
        <translation>Open / correct… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open their group… (Ctrl+Shift+G)</source>
        <translation>Open their group… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first (search by name, then Down).</source>
        <translation>Choose a volunteer in the list first (search by name, then Down).</translation>
    </message>
    <message>
        <source>{code} {name} came alone, not with a group.</source>
        <translation>{code} {name} came alone, not with a group.</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>{count} found for “{text}”</source>
        <translation>{count} found for “{text}”</translation>
    </message>
    <message>
        <source>No volunteer matches “{text}”.
Check the code, or search by name or kana.</source>
        <translation>No volunteer matches “{text}”.
Check the code, or search by name or kana.</translation>
    </message>
    <message>
        <source>{count} volunteers, in kana order</source>
        <translation>{count} volunteers, in kana order</translation>
    </message>
    <message>
        <source>No volunteers are registered yet.</source>
        <translation>No volunteers are registered yet.</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Reception rules</source>
        <translation>Reception rules</translation>
    </message>
    <message>
        <source>Record on-site enrolment (当日加入)</source>
        <translation>Record on-site enrolment (当日加入)</translation>
    </message>
    <message>
        <source>Record on-site enrolment for these {count} people (当日加入)</source>
        <translation>Record on-site enrolment for these {count} people (当日加入)</translation>
    </message>
</context>
<context>
    <name>ScanGuard</name>
    <message>
        <source>A QR code was scanned while this window is open. It was not typed into the form. Finish or cancel this window, then scan the sheet again.</source>
        <translation>A QR code was scanned while this window is open. It was not typed into the form. Finish or cancel this window, then scan the sheet again.</translation>
    </message>
</context>
<context>
    <name>ScanResultPanel</name>
    <message>
        <source>Check-out: scan the sheet of someone going home</source>
        <translation>Check-out: scan the sheet of someone going home</translation>
    </message>
    <message>
        <source>Scan the QR code of an intake sheet</source>
        <translation>Scan the QR code of an intake sheet</translation>
    </message>
    <message>
        <source>Or type a code, a name or kana and press Enter.</source>
        <translation>Or type a code, a name or kana and press Enter.</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>HOME</source>
        <translation>HOME</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Already checked in today</source>
        <translation>Already checked in today</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>Already checked out</source>
        <translation>Already checked out</translation>
    </message>
    <message>
        <source>Not checked in today</source>
        <translation>Not checked in today</translation>
    </message>
    <message>
        <source>Blank sheet: not registered yet</source>
        <translation>Blank sheet: not registered yet</translation>
    </message>
    <message>
        <source>Today&apos;s limit reached: not checked in</source>
        <translation>Today&apos;s limit reached: not checked in</translation>
    </message>
    <message>
        <source>Today&apos;s limit reached</source>
        <translation>Today&apos;s limit reached</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Cannot use this code</source>
        <translation>Cannot use this code</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Group: {group}</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Day {count}</source>
        <translation>Day {count}</translation>
    </message>
    <message>
        <source>Checked in at {time}</source>
        <translation>Checked in at {time}</translation>
    </message>
    <message>
        <source>Went home at {time}</source>
        <translation>Went home at {time}</translation>
    </message>
    <message>
        <source>Scanning it again opens the registration form for this sheet.</source>
        <translation>Scanning it again opens the registration form for this sheet.</translation>
    </message>
    <message>
        <source>Scan again to be asked once more.</source>
        <translation>Scan again to be asked once more.</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>{council}, laptop {number}</source>
        <translation>{council}, laptop {number}</translation>
    </message>
    <message>
        <source>Read while the screen was locked: {text}
It was not used. Sign in, then scan or type it again.</source>
        <translation>Read while the screen was locked: {text}
It was not used. Sign in, then scan or type it again.</translation>
    </message>
    <message>
        <source>Sign in to unlock</source>
        <translation>Sign in to unlock</translation>
    </message>
</context>
<context>
    <name>SendOffDialog</name>
    <message>
        <source>Send off team {team}</source>
        <translation>Send off team {team}</translation>
    </message>
    <message>
        <source>{team}: need {need} ({place})</source>
        <translation>{team}: need {need} ({place})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Leader {leader}, {members} people</source>
        <translation>Leader {leader}, {members} people</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>e.g. on foot, center car, bus</source>
        <translation>e.g. on foot, center car, bus</translation>
    </message>
    <message>
        <source>Expected &amp;back at</source>
        <translation>Expected &amp;back at</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Send off and print the sheet</source>
        <translation>Send off and print the sheet</translation>
    </message>
    <message>
        <source>&amp;Equipment to lend (Tab to the next item):</source>
        <translation>&amp;Equipment to lend (Tab to the next item):</translation>
    </message>
    <message>
        <source> (consumable)</source>
        <translation> (consumable)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time dvc starts.</source>
        <translation>A new language applies the next time dvc starts.</translation>
    </message>
    <message>
        <source>The center (center head only)</source>
        <translation>The center (center head only)</translation>
    </message>
    <message>
        <source>e.g. 042-381-1234</source>
        <translation>e.g. 042-381-1234</translation>
    </message>
    <message>
        <source>Center &amp;phone:</source>
        <translation>Center &amp;phone:</translation>
    </message>
    <message>
        <source>Printed on need sheets, the requester&apos;s notice and the dispatch sheet&apos;s emergency box.</source>
        <translation>Printed on need sheets, the requester&apos;s notice and the dispatch sheet&apos;s emergency box.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>&amp;Daily check-in limit:</source>
        <translation>&amp;Daily check-in limit:</translation>
    </message>
    <message>
        <source>Past this many check-ins in a day, reception asks before checking anyone else in. One limit for all the council&apos;s laptops.</source>
        <translation>Past this many check-ins in a day, reception asks before checking anyone else in. One limit for all the council&apos;s laptops.</translation>
    </message>
    <message>
        <source>Staff sign in with a P&amp;IN (required)</source>
        <translation>Staff sign in with a P&amp;IN (required)</translation>
    </message>
    <message>
        <source>Center mode</source>
        <translation>Center mode</translation>
    </message>
    <message>
        <source>{n} minutes without use</source>
        <translation>{n} minutes without use</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Lock the &amp;screen after:</source>
        <translation>Lock the &amp;screen after:</translation>
    </message>
    <message>
        <source>The lock is this laptop&apos;s only. Unlocking is signing in again. Never: for a laptop that only shows the dashboard.</source>
        <translation>The lock is this laptop&apos;s only. Unlocking is signing in again. Never: for a laptop that only shows the dashboard.</translation>
    </message>
    <message>
        <source>Only the center head can change these; sign in as the center head to change them.</source>
        <translation>Only the center head can change these; sign in as the center head to change them.</translation>
    </message>
    <message>
        <source>&amp;Join a center hub…</source>
        <translation>&amp;Join a center hub…</translation>
    </message>
    <message>
        <source>This laptop works on its own.</source>
        <translation>This laptop works on its own.</translation>
    </message>
    <message>
        <source>This laptop is the center hub (head office&apos;s hub screen).</source>
        <translation>This laptop is the center hub (head office&apos;s hub screen).</translation>
    </message>
    <message>
        <source>Joined the hub at {address}.</source>
        <translation>Joined the hub at {address}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Who is working at this desk? Your name goes on every change you make.</source>
        <translation>Who is working at this desk? Your name goes on every change you make.</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>Type to find your name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
</context>
<context>
    <name>SkippedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Why it is not added</source>
        <translation>Why it is not added</translation>
    </message>
    <message>
        <source>already imported as {code}</source>
        <translation>already imported as {code}</translation>
    </message>
    <message>
        <source>already registered as {code} (same furigana and birth date)</source>
        <translation>already registered as {code} (same furigana and birth date)</translation>
    </message>
    <message>
        <source>the same person as row {line}</source>
        <translation>the same person as row {line}</translation>
    </message>
</context>
<context>
    <name>SourceTab</name>
    <message>
        <source>Record &amp;code:</source>
        <translation>Record &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Where did a record come from? Type or scan its code.</source>
        <translation>Where did a record come from? Type or scan its code.</translation>
    </message>
    <message>
        <source>Made by {origin}; entered on this laptop.</source>
        <translation>Made by {origin}; entered on this laptop.</translation>
    </message>
    <message>
        <source>Made by {origin}. Imported {at} from {council}, laptop {device} (bundle {bundle}).</source>
        <translation>Made by {origin}. Imported {at} from {council}, laptop {device} (bundle {bundle}).</translation>
    </message>
    <message>
        <source>Changed here since.</source>
        <translation>Changed here since.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status of {code}</source>
        <translation>Change status of {code}</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Work &amp;left:</source>
        <translation>Work &amp;left:</translation>
    </message>
    <message>
        <source>People / days still needed:</source>
        <translation>People / days still needed:</translation>
    </message>
    <message>
        <source>This change needs a reason; it is kept in the need&apos;s history.</source>
        <translation>This change needs a reason; it is kept in the need&apos;s history.</translation>
    </message>
    <message>
        <source>A reason is optional.</source>
        <translation>A reason is optional.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Laptop {number}</source>
        <translation>Laptop {number}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation>Backup: none yet</translation>
    </message>
    <message>
        <source>Backup: {time}</source>
        <translation>Backup: {time}</translation>
    </message>
    <message>
        <source>No backup for over {minutes} minutes.</source>
        <translation>No backup for over {minutes} minutes.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted (SQLCipher, AES-256).</source>
        <translation>The database and its backups are encrypted (SQLCipher, AES-256).</translation>
    </message>
    <message>
        <source>Not encrypted (drill)</source>
        <translation>Not encrypted (drill)</translation>
    </message>
    <message>
        <source>The drill database holds made-up people and is not encrypted.</source>
        <translation>The drill database holds made-up people and is not encrypted.</translation>
    </message>
</context>
<context>
    <name>StillHereModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Team out</source>
        <translation>Team out</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source> (consumable)</source>
        <translation> (consumable)</translation>
    </message>
    <message>
        <source>Out of stock: none left to lend</source>
        <translation>Out of stock: none left to lend</translation>
    </message>
    <message>
        <source>Below the minimum of {minimum}</source>
        <translation>Below the minimum of {minimum}</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Site survey of {code}</source>
        <translation>Site survey of {code}</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <source>Surveyed &amp;on:</source>
        <translation>Surveyed &amp;on:</translation>
    </message>
    <message>
        <source>Surveyed &amp;by:</source>
        <translation>Surveyed &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>days:</source>
        <translation>days:</translation>
    </message>
    <message>
        <source>Revised people:</source>
        <translation>Revised people:</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>&amp;Equipment:</translation>
    </message>
    <message>
        <source>Safety &amp;concerns:</source>
        <translation>Safety &amp;concerns:</translation>
    </message>
    <message>
        <source>Photos (optional):</source>
        <translation>Photos (optional):</translation>
    </message>
    <message>
        <source>Photos of the site</source>
        <translation>Photos of the site</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>Center mode</source>
        <translation>Center mode</translation>
    </message>
</context>
<context>
    <name>TeamPlan</name>
    <message>
        <source>{teams} teams, {placed} people placed; {unfilled} needs short, {unplaced} people not placed</source>
        <translation>{teams} teams, {placed} people placed; {unfilled} needs short, {unplaced} people not placed</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>Leader&apos;s phone</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <source>Back at</source>
        <translation>Back at</translation>
    </message>
    <message>
        <source>Late by {minutes} min</source>
        <translation>Late by {minutes} min</translation>
    </message>
    <message>
        <source>Not back {minutes} minutes after the expected time: call the leader.</source>
        <translation>Not back {minutes} minutes after the expected time: call the leader.</translation>
    </message>
</context>
<context>
    <name>TeamTreeModel</name>
    <message>
        <source>Team / member</source>
        <translation>Team / member</translation>
    </message>
    <message>
        <source>Need / person</source>
        <translation>Need / person</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>{size}/{headcount} people</source>
        <translation>{size}/{headcount} people</translation>
    </message>
    <message>
        <source>{count} rule(s) broken</source>
        <translation>{count} rule(s) broken</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>Leader: {name}</translation>
    </message>
</context>
<context>
    <name>TeamsNotBackModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Need and place</source>
        <translation>Need and place</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>Leader&apos;s phone</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <source>Late (min)</source>
        <translation>Late (min)</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Everyone today ({count})</source>
        <translation>Everyone today ({count})</translation>
    </message>
    <message>
        <source>Still out ({count})</source>
        <translation>Still out ({count})</translation>
    </message>
    <message>
        <source>Went home ({count})</source>
        <translation>Went home ({count})</translation>
    </message>
    <message>
        <source>Nobody has checked in today yet.</source>
        <translation>Nobody has checked in today yet.</translation>
    </message>
    <message>
        <source>Nobody is out: everyone checked in today has gone home.</source>
        <translation>Nobody is out: everyone checked in today has gone home.</translation>
    </message>
    <message>
        <source>Nobody has checked out yet today.</source>
        <translation>Nobody has checked out yet today.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Went home</source>
        <translation>Went home</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
</context>
<context>
    <name>UnfilledModel</name>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>What was typed here is not saved yet.</source>
        <translation>What was typed here is not saved yet.</translation>
    </message>
    <message>
        <source>Close and throw it away, or go back to the form?</source>
        <translation>Close and throw it away, or go back to the form?</translation>
    </message>
    <message>
        <source>&amp;Throw away and close</source>
        <translation>&amp;Throw away and close</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. 山田 太郎</source>
        <translation>e.g. 山田 太郎</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>e.g. やまだ たろう</source>
        <translation>e.g. やまだ たろう</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>e.g. 1990/4/1 or 平成2年4月1日</source>
        <translation>e.g. 1990/4/1 or 平成2年4月1日</translation>
    </message>
    <message>
        <source>Age (if no birth date)</source>
        <translation>Age (if no birth date)</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>e.g. 45</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>e.g. 090-1234-5678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>phone or e-mail is needed</source>
        <translation>phone or e-mail is needed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>e.g. 184-0004</source>
        <translation>e.g. 184-0004</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>Insurance plan</translation>
    </message>
    <message>
        <source>Enrolled at</source>
        <translation>Enrolled at</translation>
    </message>
    <message>
        <source>e.g. 居住地の社会福祉協議会</source>
        <translation>e.g. 居住地の社会福祉協議会</translation>
    </message>
    <message>
        <source>Agrees to insurance and passing details</source>
        <translation>Agrees to insurance and passing details</translation>
    </message>
    <message>
        <source>Agrees to volunteer activity insurance and to the council passing name, address, birth date and phone to the insurer for it (only these people go on the insurer&apos;s list).</source>
        <translation>Agrees to volunteer activity insurance and to the council passing name, address, birth date and phone to the insurer for it (only these people go on the insurer&apos;s list).</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent (under 18)</source>
        <translation>Guardian&apos;s consent (under 18)</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>Can lead a team</source>
        <translation>Can lead a team</translation>
    </message>
    <message>
        <source>May be shared with the block&apos;s councils</source>
        <translation>May be shared with the block&apos;s councils</translation>
    </message>
    <message>
        <source>May be contacted by the center</source>
        <translation>May be contacted by the center</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Vehicle brought</source>
        <translation>Vehicle brought</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>e.g. 看護師、大工</source>
        <translation>e.g. 看護師、大工</translation>
    </message>
    <message>
        <source>Disaster volunteering before</source>
        <translation>Disaster volunteering before</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Available days</source>
        <translation>Available days</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not insured / not known</source>
        <translation>Not insured / not known</translation>
    </message>
    <message>
        <source>Insured for FY{year}</source>
        <translation>Insured for FY{year}</translation>
    </message>
    <message>
        <source>Enrolled here today (当日加入)</source>
        <translation>Enrolled here today (当日加入)</translation>
    </message>
    <message>
        <source>Insured for FY{year} only</source>
        <translation>Insured for FY{year} only</translation>
    </message>
    <message>
        <source>Required: {field}</source>
        <translation>Required: {field}</translation>
    </message>
    <message>
        <source>{wareki}, {age} years old</source>
        <translation>{wareki}, {age} years old</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>WaitingNeedModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>WorkTypesDialog</name>
    <message>
        <source>Work types</source>
        <translation>Work types</translation>
    </message>
    <message>
        <source>One kind of work a line. The intake form, the board&apos;s filter and the import use this list; needs already taken keep the work they have.</source>
        <translation>One kind of work a line. The intake form, the board&apos;s filter and the import use this list; needs already taken keep the work they have.</translation>
    </message>
</context>
<context>
    <name>apart</name>
    <message>
        <source>Today&apos;s limit of {capacity} was passed: {count} checked in</source>
        <translation>Today&apos;s limit of {capacity} was passed: {count} checked in</translation>
    </message>
    <message>
        <source>The laptops were apart, and each desk counted only its own check-ins, so nobody was asked.</source>
        <translation>The laptops were apart, and each desk counted only its own check-ins, so nobody was asked.</translation>
    </message>
    <message>
        <source>{over} more than the limit are checked in today ({day}).</source>
        <translation>{over} more than the limit are checked in today ({day}).</translation>
    </message>
    <message>
        <source>The people are here already. Keep them and the limit, or raise the limit; new arrivals are asked as usual.</source>
        <translation>The people are here already. Keep them and the limit, or raise the limit; new arrivals are asked as usual.</translation>
    </message>
    <message>
        <source>Keep everyone checked in (the limit stays {capacity})</source>
        <translation>Keep everyone checked in (the limit stays {capacity})</translation>
    </message>
    <message>
        <source>Raise the daily limit to {count}</source>
        <translation>Raise the daily limit to {count}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Need {need}: its status was changed two ways</source>
        <translation>Need {need}: its status was changed two ways</translation>
    </message>
    <message>
        <source>{need}: {place} — now shown as {status}.</source>
        <translation>{need}: {place} — now shown as {status}.</translation>
    </message>
    <message>
        <source>{status}: changed at {at} by {operator}{reason}</source>
        <translation>{status}: changed at {at} by {operator}{reason}</translation>
    </message>
    <message>
        <source>Two desks changed the status while the laptops were apart, each from the same status.</source>
        <translation>Two desks changed the status while the laptops were apart, each from the same status.</translation>
    </message>
    <message>
        <source>Find out which is true (ask the team or the requester), then choose the status that stands.</source>
        <translation>Find out which is true (ask the team or the requester), then choose the status that stands.</translation>
    </message>
    <message>
        <source>The need is {status}</source>
        <translation>The need is {status}</translation>
    </message>
    <message>
        <source>Team {team} is on site for this need: it stays Active until the team&apos;s return is recorded.</source>
        <translation>Team {team} is on site for this need: it stays Active until the team&apos;s return is recorded.</translation>
    </message>
    <message>
        <source>No team of this need is on site, so it cannot be Active.</source>
        <translation>No team of this need is on site, so it cannot be Active.</translation>
    </message>
    <message>
        <source>{name} may be registered twice ({first} and {second})</source>
        <translation>{name} may be registered twice ({first} and {second})</translation>
    </message>
    <message>
        <source>{name}: something was recorded under {gone} after it was merged into {kept}</source>
        <translation>{name}: something was recorded under {gone} after it was merged into {kept}</translation>
    </message>
    <message>
        <source>{code}: {name} ({kana}), born {birth}, phone {phone}, registered {at} on laptop {device}; {days} day(s) checked in, {teams} team(s)</source>
        <translation>{code}: {name} ({kana}), born {birth}, phone {phone}, registered {at} on laptop {device}; {days} day(s) checked in, {teams} team(s)</translation>
    </message>
    <message>
        <source>Same ふりがな and birth date, registered on two laptops while they were apart.</source>
        <translation>Same ふりがな and birth date, registered on two laptops while they were apart.</translation>
    </message>
    <message>
        <source>A laptop that had not heard of the merge yet checked the person in or put them on a team under {gone}.</source>
        <translation>A laptop that had not heard of the merge yet checked the person in or put them on a team under {gone}.</translation>
    </message>
    <message>
        <source>Ask the person if you can. Merging keeps their check-ins and teams, and both codes and sheets keep finding them.</source>
        <translation>Ask the person if you can. Merging keeps their check-ins and teams, and both codes and sheets keep finding them.</translation>
    </message>
    <message>
        <source>The same person: keep {kept} and merge {gone} into it</source>
        <translation>The same person: keep {kept} and merge {gone} into it</translation>
    </message>
    <message>
        <source>Move what was recorded under {gone} to {kept}</source>
        <translation>Move what was recorded under {gone} to {kept}</translation>
    </message>
    <message>
        <source>Two different people: keep both registrations</source>
        <translation>Two different people: keep both registrations</translation>
    </message>
    <message>
        <source>{name}: {short} {unit} more lent than the center has</source>
        <translation>{name}: {short} {unit} more lent than the center has</translation>
    </message>
    <message>
        <source>{owned} owned, {out} out on loan, {lost} lost, {damaged} damaged: {short} {unit} too many are out.</source>
        <translation>{owned} owned, {out} out on loan, {lost} lost, {damaged} damaged: {short} {unit} too many are out.</translation>
    </message>
    <message>
        <source>Two desks lent the same pieces while the laptops were apart.</source>
        <translation>Two desks lent the same pieces while the laptops were apart.</translation>
    </message>
    <message>
        <source>Lent to {borrower}: {quantity} {unit}, {outstanding} still out</source>
        <translation>Lent to {borrower}: {quantity} {unit}, {outstanding} still out</translation>
    </message>
    <message>
        <source>Count what is really in the store and on loan, then correct the number that is wrong.</source>
        <translation>Count what is really in the store and on loan, then correct the number that is wrong.</translation>
    </message>
    <message>
        <source>The center has more than was counted: correct the number owned</source>
        <translation>The center has more than was counted: correct the number owned</translation>
    </message>
    <message>
        <source>Fewer were handed to {borrower}: correct that loan&apos;s quantity</source>
        <translation>Fewer were handed to {borrower}: correct that loan&apos;s quantity</translation>
    </message>
    <message>
        <source>Every piece of this loan is already counted back, lost or used; it cannot be made smaller.</source>
        <translation>Every piece of this loan is already counted back, lost or used; it cannot be made smaller.</translation>
    </message>
    <message>
        <source>{name} is on {count} teams on {day}</source>
        <translation>{name} is on {count} teams on {day}</translation>
    </message>
    <message>
        <source>{name} ({code}) was put on a team of {day} at two desks while the laptops were apart.</source>
        <translation>{name} ({code}) was put on a team of {day} at two desks while the laptops were apart.</translation>
    </message>
    <message>
        <source>Team {team} ({status}): need {need}, {place}, {members} people</source>
        <translation>Team {team} ({status}): need {need}, {place}, {members} people</translation>
    </message>
    <message>
        <source>Choose the team that keeps them; they are taken off the others (a team left with nobody is cancelled).</source>
        <translation>Choose the team that keeps them; they are taken off the others (a team left with nobody is cancelled).</translation>
    </message>
    <message>
        <source>Keep on team {team} ({need})</source>
        <translation>Keep on team {team} ({need})</translation>
    </message>
    <message>
        <source>Team {team} is out on site with only this person: record its return at the dispatch desk first.</source>
        <translation>Team {team} is out on site with only this person: record its return at the dispatch desk first.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation>Site survey</translation>
    </message>
    <message>
        <source>Need status</source>
        <translation>Need status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
</context>
<context>
    <name>center</name>
    <message>
        <source>In step</source>
        <translation>In step</translation>
    </message>
    <message>
        <source>{seconds} s behind</source>
        <translation>{seconds} s behind</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Out of touch</translation>
    </message>
    <message>
        <source>Not in center mode</source>
        <translation>Not in center mode</translation>
    </message>
    <message>
        <source>This laptop and the other desks see the same records.</source>
        <translation>This laptop and the other desks see the same records.</translation>
    </message>
    <message>
        <source>Changes are on their way; nothing to do.</source>
        <translation>Changes are on their way; nothing to do.</translation>
    </message>
    <message>
        <source>The hub does not answer. Keep working: everything done here is kept and sent when it answers. Check the Wi-Fi or cable, and that the hub laptop is on. If the hub laptop is lost, make one desk the new hub and join it from the others.</source>
        <translation>The hub does not answer. Keep working: everything done here is kept and sent when it answers. Check the Wi-Fi or cable, and that the hub laptop is on. If the hub laptop is lost, make one desk the new hub and join it from the others.</translation>
    </message>
    <message>
        <source>This laptop works on its own. To share records with the other desks, join the center&apos;s hub.</source>
        <translation>This laptop works on its own. To share records with the other desks, join the center&apos;s hub.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>No volunteer insurance for this fiscal year</source>
        <translation>No volunteer insurance for this fiscal year</translation>
    </message>
    <message>
        <source>Minor (under 18)</source>
        <translation>Minor (under 18)</translation>
    </message>
    <message>
        <source>No guardian&apos;s consent on record</source>
        <translation>No guardian&apos;s consent on record</translation>
    </message>
    <message>
        <source>Junior-high age or younger: only with a guardian</source>
        <translation>Junior-high age or younger: only with a guardian</translation>
    </message>
    <message>
        <source>Checked in: {name} (day {day_count}).</source>
        <translation>Checked in: {name} (day {day_count}).</translation>
    </message>
    <message>
        <source>{name} is already checked in today (at {time}).</source>
        <translation>{name} is already checked in today (at {time}).</translation>
    </message>
    <message>
        <source>Today&apos;s limit of {capacity} check-ins is reached ({count} checked in). Check {name} in anyway?</source>
        <translation>Today&apos;s limit of {capacity} check-ins is reached ({count} checked in). Check {name} in anyway?</translation>
    </message>
    <message>
        <source>Checked out: {name} at {time}.</source>
        <translation>Checked out: {name} at {time}.</translation>
    </message>
    <message>
        <source>{name} already checked out today at {time}.</source>
        <translation>{name} already checked out today at {time}.</translation>
    </message>
    <message>
        <source>{name} has not checked in today, so there is no check-out to record.</source>
        <translation>{name} has not checked in today, so there is no check-out to record.</translation>
    </message>
    <message>
        <source>This QR code was not read completely. Scan it again, or type the code printed on the sheet.</source>
        <translation>This QR code was not read completely. Scan it again, or type the code printed on the sheet.</translation>
    </message>
    <message>
        <source>This QR code was misread (its check character does not match). Scan it again.</source>
        <translation>This QR code was misread (its check character does not match). Scan it again.</translation>
    </message>
    <message>
        <source>This QR code was made by a newer version of dvc. Update dvc on this laptop to read it.</source>
        <translation>This QR code was made by a newer version of dvc. Update dvc on this laptop to read it.</translation>
    </message>
    <message>
        <source>This is not a dvc QR code.</source>
        <translation>This is not a dvc QR code.</translation>
    </message>
    <message>
        <source>The code {text} has a wrong check digit: a digit was probably misread. Compare it with the sheet.</source>
        <translation>The code {text} has a wrong check digit: a digit was probably misread. Compare it with the sheet.</translation>
    </message>
    <message>
        <source>“{text}” is neither a volunteer code nor a dvc QR code.</source>
        <translation>“{text}” is neither a volunteer code nor a dvc QR code.</translation>
    </message>
    <message>
        <source>This is a group&apos;s code. Scan each member&apos;s own sheet.</source>
        <translation>This is a group&apos;s code. Scan each member&apos;s own sheet.</translation>
    </message>
    <message>
        <source>This code belongs to a request, team or equipment, not to a volunteer.</source>
        <translation>This code belongs to a request, team or equipment, not to a volunteer.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Nothing was scanned.</translation>
    </message>
    <message>
        <source>This sheet is from a council this database does not know ({council}). Import that council&apos;s exchange file first, or register the volunteer here.</source>
        <translation>This sheet is from a council this database does not know ({council}). Import that council&apos;s exchange file first, or register the volunteer here.</translation>
    </message>
    <message>
        <source>No volunteer with this sheet is in this database. Search by name, or register the volunteer.</source>
        <translation>No volunteer with this sheet is in this database. Search by name, or register the volunteer.</translation>
    </message>
    <message>
        <source>This blank intake sheet is not registered yet: enter what the volunteer wrote on it.</source>
        <translation>This blank intake sheet is not registered yet: enter what the volunteer wrote on it.</translation>
    </message>
    <message>
        <source>This blank intake sheet was printed by another council ({council}) and nobody here is registered with it. Search by name or type the volunteer&apos;s code, or register the volunteer on one of this center&apos;s sheets.</source>
        <translation>This blank intake sheet was printed by another council ({council}) and nobody here is registered with it. Search by name or type the volunteer&apos;s code, or register the volunteer on one of this center&apos;s sheets.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>Created {path} for {council} (laptop {device}).</source>
        <translation>Created {path} for {council} (laptop {device}).</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Council: {name} ({code})</source>
        <translation>Council: {name} ({code})</translation>
    </message>
    <message>
        <source>Laptop: {device}</source>
        <translation>Laptop: {device}</translation>
    </message>
    <message>
        <source>This is a DRILL database.</source>
        <translation>This is a DRILL database.</translation>
    </message>
    <message>
        <source>Replace the drill database {path}?</source>
        <translation>Replace the drill database {path}?</translation>
    </message>
    <message>
        <source>Drill database {path}: {volunteers} volunteers, {needs} needs, {checked_in} checked in today.</source>
        <translation>Drill database {path}: {volunteers} volunteers, {needs} needs, {checked_in} checked in today.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
</source>
        <translation>{prog}: error: {message}
</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>not a whole number: {text}</translation>
    </message>
    <message>
        <source>must not be negative: {text}</source>
        <translation>must not be negative: {text}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>not a date (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <source>dvc: desk software for a disaster volunteer center.
Without a command, the application window opens.</source>
        <translation>dvc: desk software for a disaster volunteer center.
Without a command, the application window opens.</translation>
    </message>
    <message>
        <source>database file to use (default: DVC_DB or the user data folder)</source>
        <translation>database file to use (default: DVC_DB or the user data folder)</translation>
    </message>
    <message>
        <source>open the drill database (made on first use)</source>
        <translation>open the drill database (made on first use)</translation>
    </message>
    <message>
        <source>language of messages and screens</source>
        <translation>language of messages and screens</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>create a council&apos;s database</source>
        <translation>create a council&apos;s database</translation>
    </message>
    <message>
        <source>Create a council&apos;s database on this laptop.</source>
        <translation>Create a council&apos;s database on this laptop.</translation>
    </message>
    <message>
        <source>council code: koganei, mitaka, chofu, komae, fuchu, or a new one</source>
        <translation>council code: koganei, mitaka, chofu, komae, fuchu, or a new one</translation>
    </message>
    <message>
        <source>two-letter code used in record codes (new councils only)</source>
        <translation>two-letter code used in record codes (new councils only)</translation>
    </message>
    <message>
        <source>the council&apos;s name (new councils only)</source>
        <translation>the council&apos;s name (new councils only)</translation>
    </message>
    <message>
        <source>this laptop&apos;s number within the council, 1-99 (default 1)</source>
        <translation>this laptop&apos;s number within the council, 1-99 (default 1)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <source>show the database&apos;s council, device and counts</source>
        <translation>show the database&apos;s council, device and counts</translation>
    </message>
    <message>
        <source>drill (training) databases</source>
        <translation>drill (training) databases</translation>
    </message>
    <message>
        <source>create a drill database with a realistic scenario</source>
        <translation>create a drill database with a realistic scenario</translation>
    </message>
    <message>
        <source>Create a drill database. The same seed gives the same scenario.</source>
        <translation>Create a drill database. The same seed gives the same scenario.</translation>
    </message>
    <message>
        <source>number of volunteers</source>
        <translation>number of volunteers</translation>
    </message>
    <message>
        <source>number of requests for help</source>
        <translation>number of requests for help</translation>
    </message>
    <message>
        <source>volunteers checked in today (default: about a third)</source>
        <translation>volunteers checked in today (default: about a third)</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>random seed</translation>
    </message>
    <message>
        <source>council code</source>
        <translation>council code</translation>
    </message>
    <message>
        <source>the drill&apos;s &apos;today&apos; (default: today); with the seed it fixes the scenario</source>
        <translation>the drill&apos;s &apos;today&apos; (default: today); with the seed it fixes the scenario</translation>
    </message>
    <message>
        <source>replace an existing drill database without asking</source>
        <translation>replace an existing drill database without asking</translation>
    </message>
    <message>
        <source>save a picture of every desk screen</source>
        <translation>save a picture of every desk screen</translation>
    </message>
    <message>
        <source>folder for the PNG files</source>
        <translation>folder for the PNG files</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Group: {group}</translation>
    </message>
    <message>
        <source>check a volunteer in for today (QR payload or volunteer code)</source>
        <translation>check a volunteer in for today (QR payload or volunteer code)</translation>
    </message>
    <message>
        <source>Check a volunteer in for today, as the reception desk&apos;s scan field does.
Exit status 0: checked in or already checked in; 1: anything else (see the message).</source>
        <translation>Check a volunteer in for today, as the reception desk&apos;s scan field does.
Exit status 0: checked in or already checked in; 1: anything else (see the message).</translation>
    </message>
    <message>
        <source>the QR code&apos;s text or the volunteer code</source>
        <translation>the QR code&apos;s text or the volunteer code</translation>
    </message>
    <message>
        <source>check in even when today&apos;s capacity is reached</source>
        <translation>check in even when today&apos;s capacity is reached</translation>
    </message>
    <message>
        <source>record that a volunteer went home (QR payload or volunteer code)</source>
        <translation>record that a volunteer went home (QR payload or volunteer code)</translation>
    </message>
    <message>
        <source>Record a volunteer&apos;s check-out for today.
Exit status 0: checked out (now or earlier); 1: anything else (see the message).</source>
        <translation>Record a volunteer&apos;s check-out for today.
Exit status 0: checked out (now or earlier); 1: anything else (see the message).</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Backup written and checked: {path}</translation>
    </message>
    <message>
        <source>Second copy: {path}</source>
        <translation>Second copy: {path}</translation>
    </message>
    <message>
        <source>The second copy failed: {error}</source>
        <translation>The second copy failed: {error}</translation>
    </message>
    <message>
        <source>Replace {target} with the backup {source}? The current database is kept aside.</source>
        <translation>Replace {target} with the backup {source}? The current database is kept aside.</translation>
    </message>
    <message>
        <source>Restored {target} from {source}.</source>
        <translation>Restored {target} from {source}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>The previous database was kept as {path}.</translation>
    </message>
    <message>
        <source>copy the database now (checked), into backups/ or --out</source>
        <translation>copy the database now (checked), into backups/ or --out</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>where to write the copy</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the current one is kept aside)</source>
        <translation>put a backup in place of the database (the current one is kept aside)</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>{shown} of {total} needs</source>
        <translation>{shown} of {total} needs</translation>
    </message>
    <message>
        <source>{code}: {before} → {after}</source>
        <translation>{code}: {before} → {after}</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, {bad} with errors.</source>
        <translation>{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, {bad} with errors.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>  line {line}: possibly the same request as {codes}</source>
        <translation>  line {line}: possibly the same request as {codes}</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Dry run: nothing was imported.</translation>
    </message>
    <message>
        <source>Imported {count} needs.</source>
        <translation>Imported {count} needs.</translation>
    </message>
    <message>
        <source>Wrote {pages} pages to {path}.</source>
        <translation>Wrote {pages} pages to {path}.</translation>
    </message>
    <message>
        <source>requests for help (ニーズ): list, status, import</source>
        <translation>requests for help (ニーズ): list, status, import</translation>
    </message>
    <message>
        <source>list the needs board</source>
        <translation>list the needs board</translation>
    </message>
    <message>
        <source>only this status (received, awaiting_survey, …); may be repeated</source>
        <translation>only this status (received, awaiting_survey, …); may be repeated</translation>
    </message>
    <message>
        <source>only this district</source>
        <translation>only this district</translation>
    </message>
    <message>
        <source>only needs with this work type</source>
        <translation>only needs with this work type</translation>
    </message>
    <message>
        <source>only this priority</source>
        <translation>only this priority</translation>
    </message>
    <message>
        <source>received on or after this day</source>
        <translation>received on or after this day</translation>
    </message>
    <message>
        <source>received on or before this day</source>
        <translation>received on or before this day</translation>
    </message>
    <message>
        <source>code, name, kana, phone or address containing TEXT</source>
        <translation>code, name, kana, phone or address containing TEXT</translation>
    </message>
    <message>
        <source>order of the list (default: newest)</source>
        <translation>order of the list (default: newest)</translation>
    </message>
    <message>
        <source>at most N needs (default: all)</source>
        <translation>at most N needs (default: all)</translation>
    </message>
    <message>
        <source>change a need&apos;s status</source>
        <translation>change a need&apos;s status</translation>
    </message>
    <message>
        <source>Move a need to another status. Changes the state machine does not allow are refused.</source>
        <translation>Move a need to another status. Changes the state machine does not allow are refused.</translation>
    </message>
    <message>
        <source>the need&apos;s code, e.g. N-KG1-0042-7</source>
        <translation>the need&apos;s code, e.g. N-KG1-0042-7</translation>
    </message>
    <message>
        <source>the new status (e.g. awaiting_match)</source>
        <translation>the new status (e.g. awaiting_match)</translation>
    </message>
    <message>
        <source>why (required for on hold, cancelled, continuing, reopening)</source>
        <translation>why (required for on hold, cancelled, continuing, reopening)</translation>
    </message>
    <message>
        <source>continuing: the work left</source>
        <translation>continuing: the work left</translation>
    </message>
    <message>
        <source>continuing: volunteers still needed</source>
        <translation>continuing: volunteers still needed</translation>
    </message>
    <message>
        <source>continuing: days still needed</source>
        <translation>continuing: days still needed</translation>
    </message>
    <message>
        <source>Proposal for {date} (not saved): {teams} teams, {unfilled} needs short, {unassigned} people not placed.</source>
        <translation>Proposal for {date} (not saved): {teams} teams, {unfilled} needs short, {unassigned} people not placed.</translation>
    </message>
    <message>
        <source>Replace the unlocked proposals of {day} by a new proposal and confirm its teams?</source>
        <translation>Replace the unlocked proposals of {day} by a new proposal and confirm its teams?</translation>
    </message>
    <message>
        <source>Confirmed for {date}: {teams} teams; {unfilled} needs short, {unassigned} people not placed.</source>
        <translation>Confirmed for {date}: {teams} teams; {unfilled} needs short, {unassigned} people not placed.</translation>
    </message>
    <message>
        <source>leader {leader}: {members}</source>
        <translation>leader {leader}: {members}</translation>
    </message>
    <message>
        <source>Needs short of people:</source>
        <translation>Needs short of people:</translation>
    </message>
    <message>
        <source>{need}: {missing} short ({why})</source>
        <translation>{need}: {missing} short ({why})</translation>
    </message>
    <message>
        <source>Not placed:</source>
        <translation>Not placed:</translation>
    </message>
    <message>
        <source>matching (マッチング): propose teams for the waiting needs</source>
        <translation>matching (マッチング): propose teams for the waiting needs</translation>
    </message>
    <message>
        <source>print a proposal of teams without saving it</source>
        <translation>print a proposal of teams without saving it</translation>
    </message>
    <message>
        <source>Propose teams for the needs waiting for matching from the volunteers checked in and not in a team. Nothing is saved.</source>
        <translation>Propose teams for the needs waiting for matching from the volunteers checked in and not in a team. Nothing is saved.</translation>
    </message>
    <message>
        <source>save a new proposal and confirm its teams</source>
        <translation>save a new proposal and confirm its teams</translation>
    </message>
    <message>
        <source>Replace the day&apos;s unlocked proposed teams by a new proposal and confirm the new teams, as the matching page&apos;s confirm does. Locked teams stay as they are.</source>
        <translation>Replace the day&apos;s unlocked proposed teams by a new proposal and confirm the new teams, as the matching page&apos;s confirm does. Locked teams stay as they are.</translation>
    </message>
    <message>
        <source>do not ask before saving</source>
        <translation>do not ask before saving</translation>
    </message>
    <message>
        <source>import needs from a CSV or Excel file</source>
        <translation>import needs from a CSV or Excel file</translation>
    </message>
    <message>
        <source>Import needs collected elsewhere. Rows already imported are recognised and not added again.</source>
        <translation>Import needs collected elsewhere. Rows already imported are recognised and not added again.</translation>
    </message>
    <message>
        <source>.csv (UTF-8 or Shift_JIS) or .xlsx file</source>
        <translation>.csv (UTF-8 or Shift_JIS) or .xlsx file</translation>
    </message>
    <message>
        <source>only show what would be imported</source>
        <translation>only show what would be imported</translation>
    </message>
    <message>
        <source>write the rows with errors to this CSV, to fix and import again</source>
        <translation>write the rows with errors to this CSV, to fix and import again</translation>
    </message>
    <message>
        <source>show or set the council&apos;s list of work types</source>
        <translation>show or set the council&apos;s list of work types</translation>
    </message>
    <message>
        <source>replace the list with these</source>
        <translation>replace the list with these</translation>
    </message>
    <message>
        <source>print need sheets (ニーズ票) or requester notices as PDF</source>
        <translation>print need sheets (ニーズ票) or requester notices as PDF</translation>
    </message>
    <message>
        <source>the needs&apos; codes</source>
        <translation>the needs&apos; codes</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>the notice for the requester instead of the sheet</source>
        <translation>the notice for the requester instead of the sheet</translation>
    </message>
    <message>
        <source>show or set the center&apos;s phone number printed on notices</source>
        <translation>show or set the center&apos;s phone number printed on notices</translation>
    </message>
    <message>
        <source>the new number</source>
        <translation>the new number</translation>
    </message>
    <message>
        <source>Wrote {path}. Fingerprint: {fingerprint}</source>
        <translation>Wrote {path}. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>{name} ({council}), laptop {device}
Fingerprint: {fingerprint}
Read the fingerprint aloud with the other council&apos;s staff (e.g. by phone); trust only if every digit matches.</source>
        <translation>{name} ({council}), laptop {device}
Fingerprint: {fingerprint}
Read the fingerprint aloud with the other council&apos;s staff (e.g. by phone); trust only if every digit matches.</translation>
    </message>
    <message>
        <source>Trust this laptop?</source>
        <translation>Trust this laptop?</translation>
    </message>
    <message>
        <source>Trusted {council} laptop {device}.</source>
        <translation>Trusted {council} laptop {device}.</translation>
    </message>
    <message>
        <source>No trusted laptops yet.</source>
        <translation>No trusted laptops yet.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>changes only</translation>
    </message>
    <message>
        <source>Wrote {path} for {peer} ({kind}): {rows} records.</source>
        <translation>Wrote {path} for {peer} ({kind}): {rows} records.</translation>
    </message>
    <message>
        <source>Bundle from {name} laptop {device}:</source>
        <translation>Bundle from {name} laptop {device}:</translation>
    </message>
    <message>
        <source>table	new	updated	unchanged	conflicts</source>
        <translation>table	new	updated	unchanged	conflicts</translation>
    </message>
    <message>
        <source>Names the printed forms cannot show (printed as 〓), to check with the people or their council: {codes}</source>
        <translation>Names the printed forms cannot show (printed as 〓), to check with the people or their council: {codes}</translation>
    </message>
    <message>
        <source>Preview only: nothing was changed.</source>
        <translation>Preview only: nothing was changed.</translation>
    </message>
    <message>
        <source>This bundle had been imported before.</source>
        <translation>This bundle had been imported before.</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>reversed</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Replace the kept version with the other one?</source>
        <translation>Replace the kept version with the other one?</translation>
    </message>
    <message>
        <source>Reversed.</source>
        <translation>Reversed.</translation>
    </message>
    <message>
        <source>Made by {origin}; entered on this laptop.</source>
        <translation>Made by {origin}; entered on this laptop.</translation>
    </message>
    <message>
        <source>Made by {origin}; imported {at} from {council} laptop {device} (bundle {bundle}).</source>
        <translation>Made by {origin}; imported {at} from {council} laptop {device} (bundle {bundle}).</translation>
    </message>
    <message>
        <source>exchange files with other laptops and councils</source>
        <translation>exchange files with other laptops and councils</translation>
    </message>
    <message>
        <source>write this laptop&apos;s public identity file</source>
        <translation>write this laptop&apos;s public identity file</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>trust another laptop after comparing its fingerprint</source>
        <translation>trust another laptop after comparing its fingerprint</translation>
    </message>
    <message>
        <source>the other laptop&apos;s identity file</source>
        <translation>the other laptop&apos;s identity file</translation>
    </message>
    <message>
        <source>do not ask (the fingerprint was compared)</source>
        <translation>do not ask (the fingerprint was compared)</translation>
    </message>
    <message>
        <source>list the trusted laptops</source>
        <translation>list the trusted laptops</translation>
    </message>
    <message>
        <source>write a bundle for a council</source>
        <translation>write a bundle for a council</translation>
    </message>
    <message>
        <source>council code; our own code for our other laptops</source>
        <translation>council code; our own code for our other laptops</translation>
    </message>
    <message>
        <source>bundle file to write (.dvcx)</source>
        <translation>bundle file to write (.dvcx)</translation>
    </message>
    <message>
        <source>everything, not only changes since the last bundle</source>
        <translation>everything, not only changes since the last bundle</translation>
    </message>
    <message>
        <source>do not encrypt (signed only)</source>
        <translation>do not encrypt (signed only)</translation>
    </message>
    <message>
        <source>check and import a bundle</source>
        <translation>check and import a bundle</translation>
    </message>
    <message>
        <source>bundle file (.dvcx)</source>
        <translation>bundle file (.dvcx)</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>show what would change, change nothing</translation>
    </message>
    <message>
        <source>list the versions that lost a merge</source>
        <translation>list the versions that lost a merge</translation>
    </message>
    <message>
        <source>keep the other version of a conflict</source>
        <translation>keep the other version of a conflict</translation>
    </message>
    <message>
        <source>conflict id (from dvc exchange conflicts)</source>
        <translation>conflict id (from dvc exchange conflicts)</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>do not ask</translation>
    </message>
    <message>
        <source>where a record came from</source>
        <translation>where a record came from</translation>
    </message>
    <message>
        <source>the record&apos;s code, e.g. V-KG1-0042-7</source>
        <translation>the record&apos;s code, e.g. V-KG1-0042-7</translation>
    </message>
    <message>
        <source>already imported as {other}</source>
        <translation>already imported as {other}</translation>
    </message>
    <message>
        <source>already registered as {other}</source>
        <translation>already registered as {other}</translation>
    </message>
    <message>
        <source>the same person as row {other}</source>
        <translation>the same person as row {other}</translation>
    </message>
    <message>
        <source>{rows} rows: {new} to add, {skipped} already known, {bad} with errors.</source>
        <translation>{rows} rows: {new} to add, {skipped} already known, {bad} with errors.</translation>
    </message>
    <message>
        <source>New groups: {names}</source>
        <translation>New groups: {names}</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>Columns not read: {names}</translation>
    </message>
    <message>
        <source>row {line}</source>
        <translation>row {line}</translation>
    </message>
    <message>
        <source>same phone as {codes}</source>
        <translation>same phone as {codes}</translation>
    </message>
    <message>
        <source>{count} bad rows written to {path}.</source>
        <translation>{count} bad rows written to {path}.</translation>
    </message>
    <message>
        <source>Imported {count} volunteers.</source>
        <translation>Imported {count} volunteers.</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>FY{year}: {count} people enrolled here listed for the insurer.</source>
        <translation>FY{year}: {count} people enrolled here listed for the insurer.</translation>
    </message>
    <message>
        <source>Left out, no consent to pass their details to the insurer on record: {codes}</source>
        <translation>Left out, no consent to pass their details to the insurer on record: {codes}</translation>
    </message>
    <message>
        <source>volunteers: import pre-registrations</source>
        <translation>volunteers: import pre-registrations</translation>
    </message>
    <message>
        <source>import pre-registered volunteers from a CSV or Excel file</source>
        <translation>import pre-registered volunteers from a CSV or Excel file</translation>
    </message>
    <message>
        <source>Import pre-registered volunteers (CSV in UTF-8 or Shift_JIS, or .xlsx). Rows already imported or already registered are not added again; bad rows are listed with their row number and left out. The columns are described in manual/import_volunteers.md.</source>
        <translation>Import pre-registered volunteers (CSV in UTF-8 or Shift_JIS, or .xlsx). Rows already imported or already registered are not added again; bad rows are listed with their row number and left out. The columns are described in manual/import_volunteers.md.</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>the .csv or .xlsx file</translation>
    </message>
    <message>
        <source>write the bad rows with their reasons to this CSV file (UTF-8 with BOM)</source>
        <translation>write the bad rows with their reasons to this CSV file (UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>the list of on-site insurance enrolments for the insurer</source>
        <translation>the list of on-site insurance enrolments for the insurer</translation>
    </message>
    <message>
        <source>Write the people enrolled in volunteer activity insurance here (当日加入) who agreed to their details going to the insurer. Encrypted unless --no-encrypt.</source>
        <translation>Write the people enrolled in volunteer activity insurance here (当日加入) who agreed to their details going to the insurer. Encrypted unless --no-encrypt.</translation>
    </message>
    <message>
        <source>the file to write (.xlsx or .csv)</source>
        <translation>the file to write (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>the fiscal year (default: this one)</source>
        <translation>the fiscal year (default: this one)</translation>
    </message>
    <message>
        <source>Remove the names, contacts and addresses of everyone registered before {day} (the figures stay)? This cannot be undone.</source>
        <translation>Remove the names, contacts and addresses of everyone registered before {day} (the figures stay)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Personal data removed: {volunteers} volunteers, {groups} groups, {needs} requests.</source>
        <translation>Personal data removed: {volunteers} volunteers, {groups} groups, {needs} requests.</translation>
    </message>
    <message>
        <source>{count} requests still have a team on site and were left as they are.</source>
        <translation>{count} requests still have a team on site and were left as they are.</translation>
    </message>
    <message>
        <source>{count} backup copies deleted.</source>
        <translation>{count} backup copies deleted.</translation>
    </message>
    <message>
        <source>{count} backup copies in {folder} still hold personal data: delete them with --delete-backups or by hand.</source>
        <translation>{count} backup copies in {folder} still hold personal data: delete them with --delete-backups or by hand.</translation>
    </message>
    <message>
        <source>remove personal data of a closed center, keep the figures</source>
        <translation>remove personal data of a closed center, keep the figures</translation>
    </message>
    <message>
        <source>Remove names, contacts, addresses and notes of volunteers, groups and requesters registered before the closing day. Center head only.</source>
        <translation>Remove names, contacts, addresses and notes of volunteers, groups and requesters registered before the closing day. Center head only.</translation>
    </message>
    <message>
        <source>the day the center closed</source>
        <translation>the day the center closed</translation>
    </message>
    <message>
        <source>your name (a center head)</source>
        <translation>your name (a center head)</translation>
    </message>
    <message>
        <source>your PIN, if you have one</source>
        <translation>your PIN, if you have one</translation>
    </message>
    <message>
        <source>also delete the backup copies, which still hold the data</source>
        <translation>also delete the backup copies, which still hold the data</translation>
    </message>
    <message>
        <source>{records} intake sheets written to {path} ({pages} pages).</source>
        <translation>{records} intake sheets written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>{records} name badges written to {path} ({pages} pages).</source>
        <translation>{records} name badges written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>{count} quick cards written to {folder}.</source>
        <translation>{count} quick cards written to {folder}.</translation>
    </message>
    <message>
        <source>print reception&apos;s intake sheets and name badges as PDF</source>
        <translation>print reception&apos;s intake sheets and name badges as PDF</translation>
    </message>
    <message>
        <source>intake sheets with a QR code (registered volunteers or blank sheets)</source>
        <translation>intake sheets with a QR code (registered volunteers or blank sheets)</translation>
    </message>
    <message>
        <source>Intake sheets (ボランティア受付票) as one PDF: blank sheets with their own QR ids to fill in by hand,
or the sheets of registered volunteers.</source>
        <translation>Intake sheets (ボランティア受付票) as one PDF: blank sheets with their own QR ids to fill in by hand,
or the sheets of registered volunteers.</translation>
    </message>
    <message>
        <source>N blank sheets</source>
        <translation>N blank sheets</translation>
    </message>
    <message>
        <source>these volunteers&apos; sheets</source>
        <translation>these volunteers&apos; sheets</translation>
    </message>
    <message>
        <source>a sheet for every registered volunteer</source>
        <translation>a sheet for every registered volunteer</translation>
    </message>
    <message>
        <source>name badge labels, ten to an A4 page</source>
        <translation>name badge labels, ten to an A4 page</translation>
    </message>
    <message>
        <source>these volunteers&apos; badges</source>
        <translation>these volunteers&apos; badges</translation>
    </message>
    <message>
        <source>a badge for everyone checked in today</source>
        <translation>a badge for everyone checked in today</translation>
    </message>
    <message>
        <source>one A4 page per desk for drill days (what to do, messages, keys)</source>
        <translation>one A4 page per desk for drill days (what to do, messages, keys)</translation>
    </message>
    <message>
        <source>A quick card per desk as a PDF each (quick_card_&lt;desk&gt;.pdf); no database is needed.</source>
        <translation>A quick card per desk as a PDF each (quick_card_&lt;desk&gt;.pdf); no database is needed.</translation>
    </message>
    <message>
        <source>the folder for the PDF files</source>
        <translation>the folder for the PDF files</translation>
    </message>
    <message>
        <source>only this desk (repeatable)</source>
        <translation>only this desk (repeatable)</translation>
    </message>
    <message>
        <source>Wrote {path}: {volunteers} volunteers on {day} ({first} first time), {open} needs open, {needed} volunteer-days still needed.</source>
        <translation>Wrote {path}: {volunteers} volunteers on {day} ({first} first time), {open} needs open, {needed} volunteer-days still needed.</translation>
    </message>
    <message>
        <source>Wrote {path}: {days} days from {start} to {end}, {volunteers} volunteer-days ({first} first time), {received} needs received, {completed} completed; at the end {open} needs open, {needed} volunteer-days still needed.</source>
        <translation>Wrote {path}: {days} days from {start} to {end}, {volunteers} volunteer-days ({first} first time), {received} needs received, {completed} completed; at the end {open} needs open, {needed} volunteer-days still needed.</translation>
    </message>
    <message>
        <source>Wrote {path}: {name}, {days} days, {hours} hours.</source>
        <translation>Wrote {path}: {name}, {days} days, {hours} hours.</translation>
    </message>
    <message>
        <source>daily report (日報) and per-day report as .xlsx, .pdf or .csv</source>
        <translation>daily report (日報) and per-day report as .xlsx, .pdf or .csv</translation>
    </message>
    <message>
        <source>the day&apos;s report</source>
        <translation>the day&apos;s report</translation>
    </message>
    <message>
        <source>Write the daily report (日報). The file name&apos;s ending chooses the format: .xlsx (Excel), .pdf or .csv (UTF-8 with BOM).</source>
        <translation>Write the daily report (日報). The file name&apos;s ending chooses the format: .xlsx (Excel), .pdf or .csv (UTF-8 with BOM).</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>the day (default: today)</translation>
    </message>
    <message>
        <source>the file to write (.xlsx, .pdf or .csv)</source>
        <translation>the file to write (.xlsx, .pdf or .csv)</translation>
    </message>
    <message>
        <source>figures for each day of a range, with totals</source>
        <translation>figures for each day of a range, with totals</translation>
    </message>
    <message>
        <source>Write the per-day report for upward reporting: volunteers, needs received, surveyed, in progress, completed and continuing, volunteer-days still needed.</source>
        <translation>Write the per-day report for upward reporting: volunteers, needs received, surveyed, in progress, completed and continuing, volunteer-days still needed.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>a volunteer&apos;s activity certificate (活動証明書) as PDF</source>
        <translation>a volunteer&apos;s activity certificate (活動証明書) as PDF</translation>
    </message>
    <message>
        <source>Write the ボランティア活動証明書 of a volunteer: the days worked here and the hours between check-in and check-out.</source>
        <translation>Write the ボランティア活動証明書 of a volunteer: the days worked here and the hours between check-in and check-out.</translation>
    </message>
    <message>
        <source>the volunteer&apos;s code, e.g. V-KG1-0042-7</source>
        <translation>the volunteer&apos;s code, e.g. V-KG1-0042-7</translation>
    </message>
    <message>
        <source>count only from this day</source>
        <translation>count only from this day</translation>
    </message>
    <message>
        <source>count only to this day</source>
        <translation>count only to this day</translation>
    </message>
    <message>
        <source>write the file unencrypted (it holds personal data: only for a file that stays on this laptop)</source>
        <translation>write the file unencrypted (it holds personal data: only for a file that stays on this laptop)</translation>
    </message>
    <message>
        <source>Warning: the file holds names and contact details and is written UNENCRYPTED. Delete it when done; do not copy it to a stick or send it.</source>
        <translation>Warning: the file holds names and contact details and is written UNENCRYPTED. Delete it when done; do not copy it to a stick or send it.</translation>
    </message>
    <message>
        <source>Passphrase for the file (empty: make one): </source>
        <translation>Passphrase for the file (empty: make one): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>Written unencrypted: {path}</source>
        <translation>Written unencrypted: {path}</translation>
    </message>
    <message>
        <source>Written as an AES-256 encrypted zip: {path} (open it with 7-Zip or another archiver; Windows Explorer alone cannot)</source>
        <translation>Written as an AES-256 encrypted zip: {path} (open it with 7-Zip or another archiver; Windows Explorer alone cannot)</translation>
    </message>
    <message>
        <source>Passphrase (shown only now, write it down; tell it to the recipient by phone, not in the same e-mail): {passphrase}</source>
        <translation>Passphrase (shown only now, write it down; tell it to the recipient by phone, not in the same e-mail): {passphrase}</translation>
    </message>
    <message>
        <source>not a time (HH:MM): {text}</source>
        <translation>not a time (HH:MM): {text}</translation>
    </message>
    <message>
        <source>expected CODE=N: {text}</source>
        <translation>expected CODE=N: {text}</translation>
    </message>
    <message>
        <source>{team}  {need}  leader {leader} {phone}  {people} people  left {left}  back by {back}</source>
        <translation>{team}  {need}  leader {leader} {phone}  {people} people  left {left}  back by {back}</translation>
    </message>
    <message>
        <source>  LATE by {minutes} min</source>
        <translation>  LATE by {minutes} min</translation>
    </message>
    <message>
        <source>{count} teams</source>
        <translation>{count} teams</translation>
    </message>
    <message>
        <source>Dispatch sheet: {path}</source>
        <translation>Dispatch sheet: {path}</translation>
    </message>
    <message>
        <source>{team} is back ({outcome}); need {need} updated.</source>
        <translation>{team} is back ({outcome}); need {need} updated.</translation>
    </message>
    <message>
        <source>No team is past its expected return.</source>
        <translation>No team is past its expected return.</translation>
    </message>
    <message>
        <source>All back: every team has returned and everyone has checked out.</source>
        <translation>All back: every team has returned and everyone has checked out.</translation>
    </message>
    <message>
        <source>Teams not back: {count}</source>
        <translation>Teams not back: {count}</translation>
    </message>
    <message>
        <source>People still checked in: {count}</source>
        <translation>People still checked in: {count}</translation>
    </message>
    <message>
        <source>the day&apos;s teams</source>
        <translation>the day&apos;s teams</translation>
    </message>
    <message>
        <source>list the day&apos;s teams and their status</source>
        <translation>list the day&apos;s teams and their status</translation>
    </message>
    <message>
        <source>the team&apos;s code (T-KG1-0003-5) or its dispatch sheet&apos;s QR code</source>
        <translation>the team&apos;s code (T-KG1-0003-5) or its dispatch sheet&apos;s QR code</translation>
    </message>
    <message>
        <source>send a confirmed team out (送り出し), lending equipment</source>
        <translation>send a confirmed team out (送り出し), lending equipment</translation>
    </message>
    <message>
        <source>Send a confirmed team out: departure now, equipment lent, its need becomes active. A refusal changes nothing.</source>
        <translation>Send a confirmed team out: departure now, equipment lent, its need becomes active. A refusal changes nothing.</translation>
    </message>
    <message>
        <source>expected back today at this time (default: 3 hours, not after 16:00)</source>
        <translation>expected back today at this time (default: 3 hours, not after 16:00)</translation>
    </message>
    <message>
        <source>lend N of the equipment item CODE; may be repeated</source>
        <translation>lend N of the equipment item CODE; may be repeated</translation>
    </message>
    <message>
        <source>how the team travels (on foot, center car…)</source>
        <translation>how the team travels (on foot, center car…)</translation>
    </message>
    <message>
        <source>notes for the dispatch</source>
        <translation>notes for the dispatch</translation>
    </message>
    <message>
        <source>also write the team&apos;s dispatch sheet (送り出し票) to this PDF</source>
        <translation>also write the team&apos;s dispatch sheet (送り出し票) to this PDF</translation>
    </message>
    <message>
        <source>record a team&apos;s return and activity report (帰着)</source>
        <translation>record a team&apos;s return and activity report (帰着)</translation>
    </message>
    <message>
        <source>Record a team&apos;s return: the activity report, the equipment back (all of it unless told otherwise), the need&apos;s status, and the members checked out. All or nothing.</source>
        <translation>Record a team&apos;s return: the activity report, the equipment back (all of it unless told otherwise), the need&apos;s status, and the members checked out. All or nothing.</translation>
    </message>
    <message>
        <source>done (完了), continuing (継続) or interrupted (中断)</source>
        <translation>done (完了), continuing (継続) or interrupted (中断)</translation>
    </message>
    <message>
        <source>the work done</source>
        <translation>the work done</translation>
    </message>
    <message>
        <source>continuing or interrupted: the work left</source>
        <translation>continuing or interrupted: the work left</translation>
    </message>
    <message>
        <source>volunteers needed for the next visit</source>
        <translation>volunteers needed for the next visit</translation>
    </message>
    <message>
        <source>equipment needed for the next visit</source>
        <translation>equipment needed for the next visit</translation>
    </message>
    <message>
        <source>interrupted: why the work stopped</source>
        <translation>interrupted: why the work stopped</translation>
    </message>
    <message>
        <source>injuries</source>
        <translation>injuries</translation>
    </message>
    <message>
        <source>near misses (ヒヤリハット)</source>
        <translation>near misses (ヒヤリハット)</translation>
    </message>
    <message>
        <source>hours on site</source>
        <translation>hours on site</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>N of item CODE came back (default: all; consumables: none, used up)</source>
        <translation>N of item CODE came back (default: all; consumables: none, used up)</translation>
    </message>
    <message>
        <source>N of item CODE were lost</source>
        <translation>N of item CODE were lost</translation>
    </message>
    <message>
        <source>N of the returned pieces of item CODE are damaged</source>
        <translation>N of the returned pieces of item CODE are damaged</translation>
    </message>
    <message>
        <source>keep this member checked in (staying for another team); may be repeated</source>
        <translation>keep this member checked in (staying for another team); may be repeated</translation>
    </message>
    <message>
        <source>teams past their expected return time</source>
        <translation>teams past their expected return time</translation>
    </message>
    <message>
        <source>closing check: anyone not back (exit 1 if so)</source>
        <translation>closing check: anyone not back (exit 1 if so)</translation>
    </message>
    <message>
        <source>Teams not back and people still checked in. Exit 0 when everyone is back, 1 otherwise.</source>
        <translation>Teams not back and people still checked in. Exit 0 when everyone is back, 1 otherwise.</translation>
    </message>
    <message>
        <source>The center hub on this laptop is not running.</source>
        <translation>The center hub on this laptop is not running.</translation>
    </message>
    <message>
        <source>The center hub serves at {address}.</source>
        <translation>The center hub serves at {address}.</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>Join code: {code}</translation>
    </message>
    <message>
        <source>  laptop {device}: {state}</source>
        <translation>  laptop {device}: {state}</translation>
    </message>
    <message>
        <source>The center hub stopped.</source>
        <translation>The center hub stopped.</translation>
    </message>
    <message>
        <source>The center hub on this laptop was not running.</source>
        <translation>The center hub on this laptop was not running.</translation>
    </message>
    <message>
        <source>This laptop (laptop {device}) joined the center hub of {council} at {address}.</source>
        <translation>This laptop (laptop {device}) joined the center hub of {council} at {address}.</translation>
    </message>
    <message>
        <source>In step with the hub.</source>
        <translation>In step with the hub.</translation>
    </message>
    <message>
        <source>Not yet in step with the hub: the app goes on when it is open.</source>
        <translation>Not yet in step with the hub: the app goes on when it is open.</translation>
    </message>
    <message>
        <source>This laptop is not in center mode (it has joined no hub).</source>
        <translation>This laptop is not in center mode (it has joined no hub).</translation>
    </message>
    <message>
        <source>This laptop: {state}, {pending} changes not yet at the hub.</source>
        <translation>This laptop: {state}, {pending} changes not yet at the hub.</translation>
    </message>
    <message>
        <source>This laptop joined the hub, but the app is not open: its {pending} changes go when it is (or with dvc sync now).</source>
        <translation>This laptop joined the hub, but the app is not open: its {pending} changes go when it is (or with dvc sync now).</translation>
    </message>
    <message>
        <source>the center hub: keeps the laptops of the center in step</source>
        <translation>the center hub: keeps the laptops of the center in step</translation>
    </message>
    <message>
        <source>Make this laptop the center hub, see how it runs, stop it. Starting and stopping: center head only.</source>
        <translation>Make this laptop the center hub, see how it runs, stop it. Starting and stopping: center head only.</translation>
    </message>
    <message>
        <source>make this laptop the hub (or start it again)</source>
        <translation>make this laptop the hub (or start it again)</translation>
    </message>
    <message>
        <source>Start the center hub and print its address and join code. A laptop that follows another hub becomes the new hub.</source>
        <translation>Start the center hub and print its address and join code. A laptop that follows another hub becomes the new hub.</translation>
    </message>
    <message>
        <source>where the hub listens (default: every network, port 47810)</source>
        <translation>where the hub listens (default: every network, port 47810)</translation>
    </message>
    <message>
        <source>make a new join code</source>
        <translation>make a new join code</translation>
    </message>
    <message>
        <source>is the hub running, its address, code and desks</source>
        <translation>is the hub running, its address, code and desks</translation>
    </message>
    <message>
        <source>stop this laptop&apos;s hub</source>
        <translation>stop this laptop&apos;s hub</translation>
    </message>
    <message>
        <source>join the center hub with its address and join code</source>
        <translation>join the center hub with its address and join code</translation>
    </message>
    <message>
        <source>Join the center hub. A laptop with a database joins with its data (sign in with --operator); a laptop without one gets the center&apos;s.</source>
        <translation>Join the center hub. A laptop with a database joins with its data (sign in with --operator); a laptop without one gets the center&apos;s.</translation>
    </message>
    <message>
        <source>the hub&apos;s address as shown on it (HOST:PORT)</source>
        <translation>the hub&apos;s address as shown on it (HOST:PORT)</translation>
    </message>
    <message>
        <source>the join code shown on the hub</source>
        <translation>the join code shown on the hub</translation>
    </message>
    <message>
        <source>laptop number for a new laptop (default: the first free one)</source>
        <translation>laptop number for a new laptop (default: the first free one)</translation>
    </message>
    <message>
        <source>only pair; the data follows when the app runs</source>
        <translation>only pair; the data follows when the app runs</translation>
    </message>
    <message>
        <source>longest wait for the first exchange</source>
        <translation>longest wait for the first exchange</translation>
    </message>
    <message>
        <source>this laptop&apos;s replication with the center hub</source>
        <translation>this laptop&apos;s replication with the center hub</translation>
    </message>
    <message>
        <source>in step, behind or out of touch; each laptop&apos;s lag</source>
        <translation>in step, behind or out of touch; each laptop&apos;s lag</translation>
    </message>
    <message>
        <source>exchange with the hub until in step, then exit</source>
        <translation>exchange with the hub until in step, then exit</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>longest wait</translation>
    </message>
    <message>
        <source>PIN for {name}: </source>
        <translation>PIN for {name}: </translation>
    </message>
    <message>
        <source>The laptops disagree on {opened} new and {waiting} in all; the desks decide (dvc apart list).</source>
        <translation>The laptops disagree on {opened} new and {waiting} in all; the desks decide (dvc apart list).</translation>
    </message>
    <message>
        <source>Nothing the laptops did apart is waiting for a decision.</source>
        <translation>Nothing the laptops did apart is waiting for a decision.</translation>
    </message>
    <message>
        <source>{opened} opened, {closed} settled, {open} still to decide.</source>
        <translation>{opened} opened, {closed} settled, {open} still to decide.</translation>
    </message>
    <message>
        <source>what the laptops did apart that a desk must decide</source>
        <translation>what the laptops did apart that a desk must decide</translation>
    </message>
    <message>
        <source>list what is waiting for a desk&apos;s decision (F8 at the desk)</source>
        <translation>list what is waiting for a desk&apos;s decision (F8 at the desk)</translation>
    </message>
    <message>
        <source>only this desk&apos;s</source>
        <translation>only this desk&apos;s</translation>
    </message>
    <message>
        <source>look for new ones now (an import does it by itself)</source>
        <translation>look for new ones now (an import does it by itself)</translation>
    </message>
    <message>
        <source>the center head&apos;s name: the first staff member, who then signs in to the commands that change data (a PIN from DVC_PIN is set too)</source>
        <translation>the center head&apos;s name: the first staff member, who then signs in to the commands that change data (a PIN from DVC_PIN is set too)</translation>
    </message>
    <message>
        <source>{code}: support asked from the block by {by}; it goes to the other councils with the next bundle for each.</source>
        <translation>{code}: support asked from the block by {by}; it goes to the other councils with the next bundle for each.</translation>
    </message>
    <message>
        <source>{code}: no longer asked from the block; later changes stay here.</source>
        <translation>{code}: no longer asked from the block; later changes stay here.</translation>
    </message>
    <message>
        <source>ask the block&apos;s councils for support with a need (応援要請)</source>
        <translation>ask the block&apos;s councils for support with a need (応援要請)</translation>
    </message>
    <message>
        <source>Ask the other councils of the block for support with a need: it travels to them, requester and address included, with the next bundle for each. Desk lead or center head.</source>
        <translation>Ask the other councils of the block for support with a need: it travels to them, requester and address included, with the next bundle for each. Desk lead or center head.</translation>
    </message>
    <message>
        <source>stop asking (what they have stays there)</source>
        <translation>stop asking (what they have stays there)</translation>
    </message>
    <message>
        <source>Change log: {entries} entries; laptops: {laptops}.</source>
        <translation>Change log: {entries} entries; laptops: {laptops}.</translation>
    </message>
    <message>
        <source>{count} entries were written before the chain existed (not covered by it).</source>
        <translation>{count} entries were written before the chain existed (not covered by it).</translation>
    </message>
    <message>
        <source>No sign of tampering: every entry is in its place and unchanged.</source>
        <translation>No sign of tampering: every entry is in its place and unchanged.</translation>
    </message>
    <message>
        <source>The change log has been tampered with or damaged. Keep this laptop as it is, tell the center head, and compare with a backup or another laptop&apos;s copy.</source>
        <translation>The change log has been tampered with or damaged. Keep this laptop as it is, tell the center head, and compare with a backup or another laptop&apos;s copy.</translation>
    </message>
    <message>
        <source>the change log (audit trail): check it</source>
        <translation>the change log (audit trail): check it</translation>
    </message>
    <message>
        <source>check that no entry of the change log was removed or changed</source>
        <translation>check that no entry of the change log was removed or changed</translation>
    </message>
    <message>
        <source>Walk every laptop&apos;s chain of the change log: entries removed, changed or slipped in, seals not made by that laptop&apos;s key, records removed from the file. Exit 0 when all is whole, 1 otherwise.</source>
        <translation>Walk every laptop&apos;s chain of the change log: entries removed, changed or slipped in, seals not made by that laptop&apos;s key, records removed from the file. Exit 0 when all is whole, 1 otherwise.</translation>
    </message>
    <message>
        <source>sign in as NAME from the staff list (or DVC_OPERATOR); the PIN is asked, or read from DVC_PIN</source>
        <translation>sign in as NAME from the staff list (or DVC_OPERATOR); the PIN is asked, or read from DVC_PIN</translation>
    </message>
    <message>
        <source>{path} is encrypted. Start-up passphrase (or the recovery passphrase from the sheet): </source>
        <translation>{path} is encrypted. Start-up passphrase (or the recovery passphrase from the sheet): </translation>
    </message>
    <message>
        <source>Choose a start-up passphrase (asked when dvc starts on this laptop): </source>
        <translation>Choose a start-up passphrase (asked when dvc starts on this laptop): </translation>
    </message>
    <message>
        <source>{path} is encrypted. Recovery passphrase from the recovery sheet: </source>
        <translation>{path} is encrypted. Recovery passphrase from the recovery sheet: </translation>
    </message>
    <message>
        <source>Encryption: none (a drill database holds made-up people and stays plain)</source>
        <translation>Encryption: none (a drill database holds made-up people and stays plain)</translation>
    </message>
    <message>
        <source>the Windows account (DPAPI)</source>
        <translation>the Windows account (DPAPI)</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>the desktop keyring</translation>
    </message>
    <message>
        <source>the start-up passphrase</source>
        <translation>the start-up passphrase</translation>
    </message>
    <message>
        <source>nothing on this laptop (a passphrase is asked)</source>
        <translation>nothing on this laptop (a passphrase is asked)</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher (AES-256); key kept by: {held}</source>
        <translation>Encryption: SQLCipher (AES-256); key kept by: {held}</translation>
    </message>
    <message>
        <source>Recovery sheet: printed {when}</source>
        <translation>Recovery sheet: printed {when}</translation>
    </message>
    <message>
        <source>Recovery sheet: NOT printed yet. The center head prints it with &apos;dvc key rekey --sheet FILE.pdf --operator NAME&apos; and keeps it in the safe.</source>
        <translation>Recovery sheet: NOT printed yet. The center head prints it with &apos;dvc key rekey --sheet FILE.pdf --operator NAME&apos; and keeps it in the safe.</translation>
    </message>
    <message>
        <source>The key was changed and the recovery sheet written to {path}. Print it, keep it in the safe, then delete the file: it opens the database.</source>
        <translation>The key was changed and the recovery sheet written to {path}. Print it, keep it in the safe, then delete the file: it opens the database.</translation>
    </message>
    <message>
        <source>{count} backup copies changed to the new key.</source>
        <translation>{count} backup copies changed to the new key.</translation>
    </message>
    <message>
        <source>{count} older copies are under an earlier key (an earlier sheet opens them): {files}</source>
        <translation>{count} older copies are under an earlier key (an earlier sheet opens them): {files}</translation>
    </message>
    <message>
        <source>the database&apos;s encryption key and recovery sheet</source>
        <translation>the database&apos;s encryption key and recovery sheet</translation>
    </message>
    <message>
        <source>how the key is kept on this laptop; the recovery sheet</source>
        <translation>how the key is kept on this laptop; the recovery sheet</translation>
    </message>
    <message>
        <source>change the key and write a new recovery sheet (center head)</source>
        <translation>change the key and write a new recovery sheet (center head)</translation>
    </message>
    <message>
        <source>Change the database&apos;s key and write the new recovery sheet (PDF) to print. Earlier sheets no longer open the database or its backups.</source>
        <translation>Change the database&apos;s key and write the new recovery sheet (PDF) to print. Earlier sheets no longer open the database or its backups.</translation>
    </message>
    <message>
        <source>where to write the sheet</source>
        <translation>where to write the sheet</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside dvc: {error}

Everything that was confirmed is saved. You can go on working; if it happens again, restart dvc and give this file to whoever looks after it:
{log}</source>
        <translation>Something went wrong inside dvc: {error}

Everything that was confirmed is saved. You can go on working; if it happens again, restart dvc and give this file to whoever looks after it:
{log}</translation>
    </message>
</context>
<context>
    <name>desks</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not confirmed. Run again with --yes to go ahead.</source>
        <translation>Not confirmed. Run again with --yes to go ahead.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a council code: use lower-case letters, digits and &apos;_&apos; (e.g. koganei).</source>
        <translation>&apos;{text}&apos; is not a council code: use lower-case letters, digits and &apos;_&apos; (e.g. koganei).</translation>
    </message>
    <message>
        <source>The short code of &apos;{text}&apos; is fixed and cannot be changed.</source>
        <translation>The short code of &apos;{text}&apos; is fixed and cannot be changed.</translation>
    </message>
    <message>
        <source>The short code &apos;{text}&apos; belongs to another council of the block; choose another with --short.</source>
        <translation>The short code &apos;{text}&apos; belongs to another council of the block; choose another with --short.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a short code: use two letters A-Z (e.g. KG).</source>
        <translation>&apos;{text}&apos; is not a short code: use two letters A-Z (e.g. KG).</translation>
    </message>
    <message>
        <source>The device number must be between 1 and {max}.</source>
        <translation>The device number must be between 1 and {max}.</translation>
    </message>
    <message>
        <source>{path} exists and is not a dvc database; it was left alone.</source>
        <translation>{path} exists and is not a dvc database; it was left alone.</translation>
    </message>
    <message>
        <source>{path} holds a real (not drill) database; dvc never overwrites one.</source>
        <translation>{path} holds a real (not drill) database; dvc never overwrites one.</translation>
    </message>
    <message>
        <source>The drill database {path} already exists. Add --yes to replace it.</source>
        <translation>The drill database {path} already exists. Add --yes to replace it.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another dvc window or command. Close it there first; only one program may write to a database at a time.</source>
        <translation>The database {path} is already open in another dvc window or command. Close it there first; only one program may write to a database at a time.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create one with &apos;dvc init&apos; or open the drill with &apos;dvc --drill&apos;.</source>
        <translation>There is no database at {path}. Create one with &apos;dvc init&apos; or open the drill with &apos;dvc --drill&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of dvc. Update dvc on this laptop to open it.</source>
        <translation>{path} was written by a newer version of dvc. Update dvc on this laptop to open it.</translation>
    </message>
    <message>
        <source>{path} has no council set up yet. Create it with &apos;dvc init&apos;.</source>
        <translation>{path} has no council set up yet. Create it with &apos;dvc init&apos;.</translation>
    </message>
    <message>
        <source>Drill sizes must not be negative.</source>
        <translation>Drill sizes must not be negative.</translation>
    </message>
    <message>
        <source>Cannot check in {checked_in} of only {volunteers} volunteers.</source>
        <translation>Cannot check in {checked_in} of only {volunteers} volunteers.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as 1990-04-01, 1990/4/1 or 平成2年4月1日.</source>
        <translation>“{text}” is not a date. Write it as 1990-04-01, 1990/4/1 or 平成2年4月1日.</translation>
    </message>
    <message>
        <source>“{text}”: {era} has no year {year}.</source>
        <translation>“{text}”: {era} has no year {year}.</translation>
    </message>
    <message>
        <source>“{text}” is before {era} began.</source>
        <translation>“{text}” is before {era} began.</translation>
    </message>
    <message>
        <source>The list of work types must not be empty.</source>
        <translation>The list of work types must not be empty.</translation>
    </message>
    <message>
        <source>At most {count} work types.</source>
        <translation>At most {count} work types.</translation>
    </message>
    <message>
        <source>A work type may have at most {count} characters: {name}</source>
        <translation>A work type may have at most {count} characters: {name}</translation>
    </message>
    <message>
        <source>The time of receipt is in the future.</source>
        <translation>The time of receipt is in the future.</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation>Enter the requester&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the address of the site.</source>
        <translation>Enter the address of the site.</translation>
    </message>
    <message>
        <source>Choose at least one kind of work.</source>
        <translation>Choose at least one kind of work.</translation>
    </message>
    <message>
        <source>Unknown work type: {name}. Use one of the council&apos;s list: {known}.</source>
        <translation>Unknown work type: {name}. Use one of the council&apos;s list: {known}.</translation>
    </message>
    <message>
        <source>Volunteers needed must be between 1 and {most}.</source>
        <translation>Volunteers needed must be between 1 and {most}.</translation>
    </message>
    <message>
        <source>Estimated days must be between 1 and {most}.</source>
        <translation>Estimated days must be between 1 and {most}.</translation>
    </message>
    <message>
        <source>Unknown value: {value}</source>
        <translation>Unknown value: {value}</translation>
    </message>
    <message>
        <source>“{status}” is not a status of a need.</source>
        <translation>“{status}” is not a status of a need.</translation>
    </message>
    <message>
        <source>The need already has this status.</source>
        <translation>The need already has this status.</translation>
    </message>
    <message>
        <source>A team is on site. Record the outcome (done or continuing) when it returns, then hold or cancel.</source>
        <translation>A team is on site. Record the outcome (done or continuing) when it returns, then hold or cancel.</translation>
    </message>
    <message>
        <source>A need cannot go from “{from_status}” to “{to_status}”.</source>
        <translation>A need cannot go from “{from_status}” to “{to_status}”.</translation>
    </message>
    <message>
        <source>Give a reason for this change (it is kept in the need&apos;s history).</source>
        <translation>Give a reason for this change (it is kept in the need&apos;s history).</translation>
    </message>
    <message>
        <source>A need&apos;s history must start with its intake.</source>
        <translation>A need&apos;s history must start with its intake.</translation>
    </message>
    <message>
        <source>A need&apos;s history has a gap before “{status}”.</source>
        <translation>A need&apos;s history has a gap before “{status}”.</translation>
    </message>
    <message>
        <source>Write the furigana in kana (hiragana or katakana).</source>
        <translation>Write the furigana in kana (hiragana or katakana).</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>“{text}” is not a phone number.</translation>
    </message>
    <message>
        <source>“{text}” is not a postal code (7 digits, e.g. 184-0004).</source>
        <translation>“{text}” is not a postal code (7 digits, e.g. 184-0004).</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” is not an e-mail address.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Fill in: {fields}.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>“{text}” is not an age (0 to 120).</source>
        <translation>“{text}” is not an age (0 to 120).</translation>
    </message>
    <message>
        <source>The birth date {day} is in the future.</source>
        <translation>The birth date {day} is in the future.</translation>
    </message>
    <message>
        <source>The birth date {day} is too long ago.</source>
        <translation>The birth date {day} is too long ago.</translation>
    </message>
    <message>
        <source>The form &apos;{name}&apos; was not found in {dirs}.</source>
        <translation>The form &apos;{name}&apos; was not found in {dirs}.</translation>
    </message>
    <message>
        <source>The form file {path} cannot be used: {detail}</source>
        <translation>The form file {path} cannot be used: {detail}</translation>
    </message>
    <message>
        <source>This is not a dvc identity file, or it was damaged or edited.</source>
        <translation>This is not a dvc identity file, or it was damaged or edited.</translation>
    </message>
    <message>
        <source>This identity file was made by a newer version of dvc. Update dvc on this laptop first.</source>
        <translation>This identity file was made by a newer version of dvc. Update dvc on this laptop first.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of dvc (format {version}). Update dvc on this laptop to read it.</source>
        <translation>This bundle was made by a newer version of dvc (format {version}). Update dvc on this laptop to read it.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {error}</source>
        <translation>The backup to {path} failed: {error}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>{path} is not a dvc database; nothing was restored.</source>
        <translation>{path} is not a dvc database; nothing was restored.</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check failed); nothing was restored.</source>
        <translation>{path} is damaged (integrity check failed); nothing was restored.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of dvc; nothing was restored.</source>
        <translation>{path} was written by a newer version of dvc; nothing was restored.</translation>
    </message>
    <message>
        <source>Write what the survey found.</source>
        <translation>Write what the survey found.</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>This need no longer exists.</translation>
    </message>
    <message>
        <source>“{code}” is not a need code (like N-KG1-0042-7).</source>
        <translation>“{code}” is not a need code (like N-KG1-0042-7).</translation>
    </message>
    <message>
        <source>No need has the code {code}.</source>
        <translation>No need has the code {code}.</translation>
    </message>
    <message>
        <source>This intake sheet is already registered to {code} {name}.</source>
        <translation>This intake sheet is already registered to {code} {name}.</translation>
    </message>
    <message>
        <source>This volunteer is no longer in the database.</source>
        <translation>This volunteer is no longer in the database.</translation>
    </message>
    <message>
        <source>This file is not a dvc exchange bundle, or it is damaged or incomplete ({detail}). Nothing was imported; ask the sender for a new copy.</source>
        <translation>This file is not a dvc exchange bundle, or it is damaged or incomplete ({detail}). Nothing was imported; ask the sender for a new copy.</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported; ask the sender for a new copy.</source>
        <translation>The file is empty. Nothing was imported; ask the sender for a new copy.</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({name}). It was refused; nothing was imported.</source>
        <translation>The bundle holds a file with an unsafe name ({name}). It was refused; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle holds the file {name} twice, so it may have been tampered with. Nothing was imported.</source>
        <translation>The bundle holds the file {name} twice, so it may have been tampered with. Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle is too large or compressed suspiciously ({name}). It was refused; nothing was imported.</source>
        <translation>The bundle is too large or compressed suspiciously ({name}). It was refused; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is missing or does not match: it was changed after it was made, or it is not from the laptop it names. Nothing was imported.</source>
        <translation>The bundle&apos;s signature is missing or does not match: it was changed after it was made, or it is not from the laptop it names. Nothing was imported.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its signed checksum: the file was damaged or changed. Nothing was imported.</source>
        <translation>Part of the bundle ({name}) does not match its signed checksum: the file was damaged or changed. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle comes from {council} laptop {device}, which this laptop does not trust (fingerprint {fingerprint}). Trust its identity file first (dvc exchange trust). Nothing was imported.</source>
        <translation>This bundle comes from {council} laptop {device}, which this laptop does not trust (fingerprint {fingerprint}). Trust its identity file first (dvc exchange trust). Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle was made for {council}, not for this council. Nothing was imported.</source>
        <translation>This bundle was made for {council}, not for this council. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle was made on this laptop itself. Nothing was imported.</source>
        <translation>This bundle was made on this laptop itself. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle comes from a drill database and this is a real one: drill data is never mixed with real data. Nothing was imported.</source>
        <translation>This bundle comes from a drill database and this is a real one: drill data is never mixed with real data. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle holds real data and this is a drill database. Nothing was imported.</source>
        <translation>This bundle holds real data and this is a drill database. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle is encrypted for other laptops. Give the sender this laptop&apos;s identity file (dvc exchange identity) and ask for a new bundle. Nothing was imported.</source>
        <translation>This bundle is encrypted for other laptops. Give the sender this laptop&apos;s identity file (dvc exchange identity) and ask for a new bundle. Nothing was imported.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) could not be decrypted: it is damaged or was changed. Nothing was imported.</source>
        <translation>Part of the bundle ({name}) could not be decrypted: it is damaged or was changed. Nothing was imported.</translation>
    </message>
    <message>
        <source>Row {line} of {table} in the bundle does not fit the data format ({detail}). Nothing was imported.</source>
        <translation>Row {line} of {table} in the bundle does not fit the data format ({detail}). Nothing was imported.</translation>
    </message>
    <message>
        <source>{count} rows of {table} in the bundle refer to records that are neither here nor in the bundle. Nothing was imported.</source>
        <translation>{count} rows of {table} in the bundle refer to records that are neither here nor in the bundle. Nothing was imported.</translation>
    </message>
    <message>
        <source>A record of {table} in the bundle has the same code as a different record here. Nothing was imported; check that the two laptops do not share a device number.</source>
        <translation>A record of {table} in the bundle has the same code as a different record here. Nothing was imported; check that the two laptops do not share a device number.</translation>
    </message>
    <message>
        <source>Records of {table} in the bundle are dated more than two days ahead of this laptop&apos;s clock. Check the clocks of both laptops. Nothing was imported.</source>
        <translation>Records of {table} in the bundle are dated more than two days ahead of this laptop&apos;s clock. Check the clocks of both laptops. Nothing was imported.</translation>
    </message>
    <message>
        <source>The column {header} appears twice.</source>
        <translation>The column {header} appears twice.</translation>
    </message>
    <message>
        <source>This is not a needs list dvc can read: the columns {missing} are missing (the first row must hold the headers; found: {found}). See manual/import_needs.md for the columns.</source>
        <translation>This is not a needs list dvc can read: the columns {missing} are missing (the first row must hold the headers; found: {found}). See manual/import_needs.md for the columns.</translation>
    </message>
    <message>
        <source>The time of receipt is missing.</source>
        <translation>The time of receipt is missing.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day.</source>
        <translation>“{text}” is not a time of day.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” is not a whole number.</translation>
    </message>
    <message>
        <source>“{text}” must be 1 or more.</source>
        <translation>“{text}” must be 1 or more.</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>“{text}” is not one of: {choices}.</translation>
    </message>
    <message>
        <source>This column must not be empty.</source>
        <translation>This column must not be empty.</translation>
    </message>
    <message>
        <source>No laptop of &apos;{peer}&apos; is trusted yet. Trust its identity file first (dvc exchange trust).</source>
        <translation>No laptop of &apos;{peer}&apos; is trusted yet. Trust its identity file first (dvc exchange trust).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>This is this laptop&apos;s own identity file.</source>
        <translation>This is this laptop&apos;s own identity file.</translation>
    </message>
    <message>
        <source>A drill database and a real one cannot exchange data: drill data never mixes with real data.</source>
        <translation>A drill database and a real one cannot exchange data: drill data never mixes with real data.</translation>
    </message>
    <message>
        <source>That laptop has the same device number ({number}) as this one, so their record codes would clash. Create one of them again with another --device number.</source>
        <translation>That laptop has the same device number ({number}) as this one, so their record codes would clash. Create one of them again with another --device number.</translation>
    </message>
    <message>
        <source>Cannot read {path}: use a .csv or .xlsx file.</source>
        <translation>Cannot read {path}: use a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Shift_JIS text.</source>
        <translation>{path} is neither UTF-8 nor Shift_JIS text.</translation>
    </message>
    <message>
        <source>{path} is not an Excel (.xlsx) file dvc can read.</source>
        <translation>{path} is not an Excel (.xlsx) file dvc can read.</translation>
    </message>
    <message>
        <source>{path} has more than {count} rows.</source>
        <translation>{path} has more than {count} rows.</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} is empty.</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>There is no such conflict.</translation>
    </message>
    <message>
        <source>This conflict was already reversed.</source>
        <translation>This conflict was already reversed.</translation>
    </message>
    <message>
        <source>The record was changed again after this conflict; reversing now would undo that later change. Edit the record itself instead.</source>
        <translation>The record was changed again after this conflict; reversing now would undo that later change. Edit the record itself instead.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a record code.</source>
        <translation>&apos;{code}&apos; is not a record code.</translation>
    </message>
    <message>
        <source>No record has the code {code}.</source>
        <translation>No record has the code {code}.</translation>
    </message>
    <message>
        <source>This is not a volunteer list dvc can read: the columns {missing} are missing (the first row must hold the headers; found: {found}). See manual/import_volunteers.md for the columns.</source>
        <translation>This is not a volunteer list dvc can read: the columns {missing} are missing (the first row must hold the headers; found: {found}). See manual/import_volunteers.md for the columns.</translation>
    </message>
    <message>
        <source>“{text}” is neither yes nor no (はい/いいえ, ○/×, 1/0).</source>
        <translation>“{text}” is neither yes nor no (はい/いいえ, ○/×, 1/0).</translation>
    </message>
    <message>
        <source>“{text}” is not a gender (男性, 女性, その他, 回答しない).</source>
        <translation>“{text}” is not a gender (男性, 女性, その他, 回答しない).</translation>
    </message>
    <message>
        <source>“{text}” is not an insurance answer (加入済, 未加入, or a year such as 2026年度).</source>
        <translation>“{text}” is not an insurance answer (加入済, 未加入, or a year such as 2026年度).</translation>
    </message>
    <message>
        <source>{names} have no PIN and could not sign in if PINs were required. Require PINs once every staff member has one; until then PINs stay optional.</source>
        <translation>{names} have no PIN and could not sign in if PINs were required. Require PINs once every staff member has one; until then PINs stay optional.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Enter the staff member&apos;s name.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Unknown role: {role}</translation>
    </message>
    <message>
        <source>Only the center head can give a desk lead or center head role.</source>
        <translation>Only the center head can give a desk lead or center head role.</translation>
    </message>
    <message>
        <source>This council signs in with a PIN: give the new staff member one.</source>
        <translation>This council signs in with a PIN: give the new staff member one.</translation>
    </message>
    <message>
        <source>{name} is already on the staff list.</source>
        <translation>{name} is already on the staff list.</translation>
    </message>
    <message>
        <source>This staff member is not on the list.</source>
        <translation>This staff member is not on the list.</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}.</source>
        <translation>Wrong PIN for {name}.</translation>
    </message>
    <message>
        <source>Only the center head may do this. Sign in as the center head first.</source>
        <translation>Only the center head may do this. Sign in as the center head first.</translation>
    </message>
    <message>
        <source>Only a desk lead or the center head may do this.</source>
        <translation>Only a desk lead or the center head may do this.</translation>
    </message>
    <message>
        <source>{name} is not on the staff list.</source>
        <translation>{name} is not on the staff list.</translation>
    </message>
    <message>
        <source>Nobody in this row&apos;s group has a phone number or e-mail.</source>
        <translation>Nobody in this row&apos;s group has a phone number or e-mail.</translation>
    </message>
    <message>
        <source>The closing date {day} is in the future.</source>
        <translation>The closing date {day} is in the future.</translation>
    </message>
    <message>
        <source>{name} has run out: none left to lend.</source>
        <translation>{name} has run out: none left to lend.</translation>
    </message>
    <message>
        <source>{name} is running low: {available} {unit} left (minimum {minimum}).</source>
        <translation>{name} is running low: {available} {unit} left (minimum {minimum}).</translation>
    </message>
    <message>
        <source>A quantity must be a whole number from {lowest} to {most}.</source>
        <translation>A quantity must be a whole number from {lowest} to {most}.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {name} can be lent now; {quantity} were asked for.</source>
        <translation>Only {available} {unit} of {name} can be lent now; {quantity} were asked for.</translation>
    </message>
    <message>
        <source>This loan has already been returned in full.</source>
        <translation>This loan has already been returned in full.</translation>
    </message>
    <message>
        <source>Only {outstanding} are still out on this loan; {count} were counted back or lost.</source>
        <translation>Only {outstanding} are still out on this loan; {count} were counted back or lost.</translation>
    </message>
    <message>
        <source>Damaged pieces are among those returned: {damaged} damaged but only {returned} returned.</source>
        <translation>Damaged pieces are among those returned: {damaged} damaged but only {returned} returned.</translation>
    </message>
    <message>
        <source>Count at least one piece returned or lost.</source>
        <translation>Count at least one piece returned or lost.</translation>
    </message>
    <message>
        <source>{name}: {owned} owned cannot cover {lost} lost, {damaged} damaged and {out} out on loan.</source>
        <translation>{name}: {owned} owned cannot cover {lost} lost, {damaged} damaged and {out} out on loan.</translation>
    </message>
    <message>
        <source>Not a volunteer code: {codes}</source>
        <translation>Not a volunteer code: {codes}</translation>
    </message>
    <message>
        <source>No volunteer has the code {codes}.</source>
        <translation>No volunteer has the code {codes}.</translation>
    </message>
    <message>
        <source>Print between 1 and {most} blank sheets at a time.</source>
        <translation>Print between 1 and {most} blank sheets at a time.</translation>
    </message>
    <message>
        <source>There is nobody to print.</source>
        <translation>There is nobody to print.</translation>
    </message>
    <message>
        <source>This equipment item is not in the list (it may have been removed).</source>
        <translation>This equipment item is not in the list (it may have been removed).</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Give the item a name.</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>“{name}” is already in the list.</translation>
    </message>
    <message>
        <source>{count} {unit} of {name} are still out on loan; take them back first.</source>
        <translation>{count} {unit} of {name} are still out on loan; take them back first.</translation>
    </message>
    <message>
        <source>This label is not an equipment label (it belongs to a volunteer, need or team).</source>
        <translation>This label is not an equipment label (it belongs to a volunteer, need or team).</translation>
    </message>
    <message>
        <source>No equipment item with this label is in the list.</source>
        <translation>No equipment item with this label is in the list.</translation>
    </message>
    <message>
        <source>“{text}” is neither an equipment code nor an equipment label&apos;s QR code.</source>
        <translation>“{text}” is neither an equipment code nor an equipment label&apos;s QR code.</translation>
    </message>
    <message>
        <source>A loan goes either to a team&apos;s dispatch or to another council.</source>
        <translation>A loan goes either to a team&apos;s dispatch or to another council.</translation>
    </message>
    <message>
        <source>This dispatch is not known here.</source>
        <translation>This dispatch is not known here.</translation>
    </message>
    <message>
        <source>This team is already back; it cannot borrow any more.</source>
        <translation>This team is already back; it cannot borrow any more.</translation>
    </message>
    <message>
        <source>A loan to another council must name another council, not this one.</source>
        <translation>A loan to another council must name another council, not this one.</translation>
    </message>
    <message>
        <source>{name} is not marked as lendable to other councils.</source>
        <translation>{name} is not marked as lendable to other councils.</translation>
    </message>
    <message>
        <source>This loan is not known here.</source>
        <translation>This loan is not known here.</translation>
    </message>
    <message>
        <source>Choose at least one label to print.</source>
        <translation>Choose at least one label to print.</translation>
    </message>
    <message>
        <source>At most {most} labels can be printed at once.</source>
        <translation>At most {most} labels can be printed at once.</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>The first day ({start}) is after the last day ({end}).</translation>
    </message>
    <message>
        <source>A report covers at most {most} days.</source>
        <translation>A report covers at most {most} days.</translation>
    </message>
    <message>
        <source>“{code}” is not a volunteer code (V-…).</source>
        <translation>“{code}” is not a volunteer code (V-…).</translation>
    </message>
    <message>
        <source>No volunteer with the code {code} is registered here.</source>
        <translation>No volunteer with the code {code} is registered here.</translation>
    </message>
    <message>
        <source>This volunteer is not in the database.</source>
        <translation>This volunteer is not in the database.</translation>
    </message>
    <message>
        <source>{name} has no recorded day of activity to certify.</source>
        <translation>{name} has no recorded day of activity to certify.</translation>
    </message>
    <message>
        <source>Name the certificate file .pdf (not “{name}”).</source>
        <translation>Name the certificate file .pdf (not “{name}”).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Name the report file .xlsx, .pdf or .csv (not “{name}”).</source>
        <translation>Name the report file .xlsx, .pdf or .csv (not “{name}”).</translation>
    </message>
    <message>
        <source>{path} cannot be written (is it open in Excel?).</source>
        <translation>{path} cannot be written (is it open in Excel?).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>The two passphrases differ; nothing was written.</translation>
    </message>
    <message>
        <source>The hours a team may be out must be more than 0 and at most 24.</source>
        <translation>The hours a team may be out must be more than 0 and at most 24.</translation>
    </message>
    <message>
        <source>This team is not known here.</source>
        <translation>This team is not known here.</translation>
    </message>
    <message>
        <source>Team {code} is only proposed. Confirm it at the matching desk before sending it out.</source>
        <translation>Team {code} is only proposed. Confirm it at the matching desk before sending it out.</translation>
    </message>
    <message>
        <source>Team {code} has already left.</source>
        <translation>Team {code} has already left.</translation>
    </message>
    <message>
        <source>Team {code} is already back.</source>
        <translation>Team {code} is already back.</translation>
    </message>
    <message>
        <source>Team {code} was cancelled; it cannot be sent out.</source>
        <translation>Team {code} was cancelled; it cannot be sent out.</translation>
    </message>
    <message>
        <source>Team {code} has no members.</source>
        <translation>Team {code} has no members.</translation>
    </message>
    <message>
        <source>The expected return must be later than the departure.</source>
        <translation>The expected return must be later than the departure.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Nothing was scanned.</translation>
    </message>
    <message>
        <source>This is a volunteer&apos;s code, not a team&apos;s. Scan the QR code on the team&apos;s dispatch sheet, or type the team code (T-…).</source>
        <translation>This is a volunteer&apos;s code, not a team&apos;s. Scan the QR code on the team&apos;s dispatch sheet, or type the team code (T-…).</translation>
    </message>
    <message>
        <source>This code belongs to a need, a group or equipment, not to a team.</source>
        <translation>This code belongs to a need, a group or equipment, not to a team.</translation>
    </message>
    <message>
        <source>“{text}” is neither a team code nor a dispatch sheet&apos;s QR code.</source>
        <translation>“{text}” is neither a team code nor a dispatch sheet&apos;s QR code.</translation>
    </message>
    <message>
        <source>No team with this code is in this database.</source>
        <translation>No team with this code is in this database.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Use only letters, digits and symbols in the passphrase (no Japanese characters): other archivers would not open the file.</source>
        <translation>Use only letters, digits and symbols in the passphrase (no Japanese characters): other archivers would not open the file.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {name}.</source>
        <translation>Wrong passphrase for {name}.</translation>
    </message>
    <message>
        <source>{name} is not an encrypted dvc export or is damaged.</source>
        <translation>{name} is not an encrypted dvc export or is damaged.</translation>
    </message>
    <message>
        <source>{path} cannot be written (is it open in another program?).</source>
        <translation>{path} cannot be written (is it open in another program?).</translation>
    </message>
    <message>
        <source>Team {code} is not out on site, so there is no return to record.</source>
        <translation>Team {code} is not out on site, so there is no return to record.</translation>
    </message>
    <message>
        <source>“{outcome}” is not a result of a team&apos;s work.</source>
        <translation>“{outcome}” is not a result of a team&apos;s work.</translation>
    </message>
    <message>
        <source>Hours on site must be between 0 and {most}.</source>
        <translation>Hours on site must be between 0 and {most}.</translation>
    </message>
    <message>
        <source>Write what is left to do: the next team reads it on the board.</source>
        <translation>Write what is left to do: the next team reads it on the board.</translation>
    </message>
    <message>
        <source>Write why the work stopped: it is shown on the needs board.</source>
        <translation>Write why the work stopped: it is shown on the needs board.</translation>
    </message>
    <message>
        <source>A tool in this report was not lent to this team.</source>
        <translation>A tool in this report was not lent to this team.</translation>
    </message>
    <message>
        <source>{code} is not a member of team {team}.</source>
        <translation>{code} is not a member of team {team}.</translation>
    </message>
    <message>
        <source>Only the team&apos;s own members can be checked out with its report.</source>
        <translation>Only the team&apos;s own members can be checked out with its report.</translation>
    </message>
    <message>
        <source>Name the list file .xlsx or .csv (not “{name}”).</source>
        <translation>Name the list file .xlsx or .csv (not “{name}”).</translation>
    </message>
    <message>
        <source>There is no such volunteer.</source>
        <translation>There is no such volunteer.</translation>
    </message>
    <message>
        <source>{name} is in team {team}, which is already {status}. Cancel that team to change it.</source>
        <translation>{name} is in team {team}, which is already {status}. Cancel that team to change it.</translation>
    </message>
    <message>
        <source>Only a member of team {team} can lead it.</source>
        <translation>Only a member of team {team} can lead it.</translation>
    </message>
    <message>
        <source>{name} is not known to be an adult (18 or over) and cannot lead a team.</source>
        <translation>{name} is not known to be an adult (18 or over) and cannot lead a team.</translation>
    </message>
    <message>
        <source>Teams of different days cannot be confirmed together.</source>
        <translation>Teams of different days cannot be confirmed together.</translation>
    </message>
    <message>
        <source>These teams cannot be confirmed; nothing was confirmed:</source>
        <translation>These teams cannot be confirmed; nothing was confirmed:</translation>
    </message>
    <message>
        <source>These teams break matching rules. Fix them, or confirm again accepting the warnings:</source>
        <translation>These teams break matching rules. Fix them, or confirm again accepting the warnings:</translation>
    </message>
    <message>
        <source>That team no longer exists; the proposal was made again.</source>
        <translation>That team no longer exists; the proposal was made again.</translation>
    </message>
    <message>
        <source>Team {team} is {status}: this cannot be done now.</source>
        <translation>Team {team} is {status}: this cannot be done now.</translation>
    </message>
    <message>
        <source>Team {team} is a team of {day}.</source>
        <translation>Team {team} is a team of {day}.</translation>
    </message>
    <message>
        <source>That need is not waiting for a team.</source>
        <translation>That need is not waiting for a team.</translation>
    </message>
    <message>
        <source>Need {need} already has team {team} ({status}).</source>
        <translation>Need {need} already has team {team} ({status}).</translation>
    </message>
    <message>
        <source>Team {team} already has the {headcount} people its need asks for.</source>
        <translation>Team {team} already has the {headcount} people its need asks for.</translation>
    </message>
    <message>
        <source>{name} is not checked in today.</source>
        <translation>{name} is not checked in today.</translation>
    </message>
    <message>
        <source>{name} has no valid volunteer insurance and cannot join a team.</source>
        <translation>{name} has no valid volunteer insurance and cannot join a team.</translation>
    </message>
    <message>
        <source>Unknown desk: {names}. Choose from {known}.</source>
        <translation>Unknown desk: {names}. Choose from {known}.</translation>
    </message>
    <message>
        <source>The screen lock takes 0 (never) to {max} minutes.</source>
        <translation>The screen lock takes 0 (never) to {max} minutes.</translation>
    </message>
    <message>
        <source>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. Join with a free number into a new database file (the hub&apos;s data comes to it): dvc --db NEW-FILE.db join {address} --code CODE --device {free}</source>
        <translation>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. Join with a free number into a new database file (the hub&apos;s data comes to it): dvc --db NEW-FILE.db join {address} --code CODE --device {free}</translation>
    </message>
    <message>
        <source>Not in step with the center hub within {seconds} seconds: it does not answer, or it is still busy. Try again.</source>
        <translation>Not in step with the center hub within {seconds} seconds: it does not answer, or it is still busy. Try again.</translation>
    </message>
    <message>
        <source>The center hub did not start. The reason is in the log {path}; try again, or restart the laptop if it keeps failing.</source>
        <translation>The center hub did not start. The reason is in the log {path}; try again, or restart the laptop if it keeps failing.</translation>
    </message>
    <message>
        <source>The center hub did not stop within {seconds} seconds. Try again in a moment.</source>
        <translation>The center hub did not stop within {seconds} seconds. Try again in a moment.</translation>
    </message>
    <message>
        <source>The center hub on this laptop does not answer. Start it again (dvc hub start, or the hub screen).</source>
        <translation>The center hub on this laptop does not answer. Start it again (dvc hub start, or the hub screen).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a hub address. Type it as shown on the hub laptop, e.g. 192.168.1.20:47810.</source>
        <translation>&apos;{text}&apos; is not a hub address. Type it as shown on the hub laptop, e.g. 192.168.1.20:47810.</translation>
    </message>
    <message>
        <source>That join code is mistyped: it has 8 digits, as shown on the hub laptop (e.g. 1234-5678).</source>
        <translation>That join code is mistyped: it has 8 digits, as shown on the hub laptop (e.g. 1234-5678).</translation>
    </message>
    <message>
        <source>No center hub answers at {address}. Check the address on the hub laptop and that both laptops are on the center&apos;s network (the same Wi-Fi or LAN).</source>
        <translation>No center hub answers at {address}. Check the address on the hub laptop and that both laptops are on the center&apos;s network (the same Wi-Fi or LAN).</translation>
    </message>
    <message>
        <source>{path} already exists: sign in and join with the data it holds instead.</source>
        <translation>{path} already exists: sign in and join with the data it holds instead.</translation>
    </message>
    <message>
        <source>The laptop at {address} could not prove it is this center&apos;s hub. Nothing was changed; check the address on the hub laptop.</source>
        <translation>The laptop at {address} could not prove it is this center&apos;s hub. Nothing was changed; check the address on the hub laptop.</translation>
    </message>
    <message>
        <source>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. Choose another number in the Laptop number box ({free} is free, or leave it at “the first free number”) and join again.</source>
        <translation>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. Choose another number in the Laptop number box ({free} is free, or leave it at “the first free number”) and join again.</translation>
    </message>
    <message>
        <source>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. This laptop&apos;s database keeps its number, so it cannot join as it is. Join from a laptop without a dvc database instead (its first window: “Join a center hub…”): it takes a free number, such as {free}.</source>
        <translation>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. This laptop&apos;s database keeps its number, so it cannot join as it is. Join from a laptop without a dvc database instead (its first window: “Join a center hub…”): it takes a free number, such as {free}.</translation>
    </message>
    <message>
        <source>The join code is wrong. Check the code on the hub laptop and type it again ({left} more tries before the hub needs a new code).</source>
        <translation>The join code is wrong. Check the code on the hub laptop and type it again ({left} more tries before the hub needs a new code).</translation>
    </message>
    <message>
        <source>The hub takes no more join codes after too many wrong ones. On the hub laptop, make a new join code (hub screen, or dvc hub start --new-code) and use that one.</source>
        <translation>The hub takes no more join codes after too many wrong ones. On the hub laptop, make a new join code (hub screen, or dvc hub start --new-code) and use that one.</translation>
    </message>
    <message>
        <source>That hub belongs to {council}, not to this laptop&apos;s council. Join your own council&apos;s hub; other councils exchange files (データ交換).</source>
        <translation>That hub belongs to {council}, not to this laptop&apos;s council. Join your own council&apos;s hub; other councils exchange files (データ交換).</translation>
    </message>
    <message>
        <source>A drill database and a real one cannot be in one center: drill data never mixes with real data. Open the matching database on this laptop and join again.</source>
        <translation>A drill database and a real one cannot be in one center: drill data never mixes with real data. Open the matching database on this laptop and join again.</translation>
    </message>
    <message>
        <source>The hub refused this laptop ({reason}). Nothing was changed; ask the center head.</source>
        <translation>The hub refused this laptop ({reason}). Nothing was changed; ask the center head.</translation>
    </message>
    <message>
        <source>The hub does not know this laptop any more. Join it again with its join code.</source>
        <translation>The hub does not know this laptop any more. Join it again with its join code.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is far from the hub&apos;s. Set the date and time, then wait a moment.</source>
        <translation>This laptop&apos;s clock is far from the hub&apos;s. Set the date and time, then wait a moment.</translation>
    </message>
    <message>
        <source>The hub refused this laptop&apos;s changes; they stay here and are sent again. Tell the center head if this stays.</source>
        <translation>The hub refused this laptop&apos;s changes; they stay here and are sent again. Tell the center head if this stays.</translation>
    </message>
    <message>
        <source>The hub does not answer. This laptop works on and sends its changes when it answers again.</source>
        <translation>The hub does not answer. This laptop works on and sends its changes when it answers again.</translation>
    </message>
    <message>
        <source>The daily limit is 0 (no limit) to {most} check-ins.</source>
        <translation>The daily limit is 0 (no limit) to {most} check-ins.</translation>
    </message>
    <message>
        <source>This group is no longer in the database.</source>
        <translation>This group is no longer in the database.</translation>
    </message>
    <message>
        <source>A registration cannot be merged into itself.</source>
        <translation>A registration cannot be merged into itself.</translation>
    </message>
    <message>
        <source>A corrected loan must be smaller than the {quantity} written down.</source>
        <translation>A corrected loan must be smaller than the {quantity} written down.</translation>
    </message>
    <message>
        <source>{settled} of this loan are already counted back, lost or used; it cannot be fewer.</source>
        <translation>{settled} of this loan are already counted back, lost or used; it cannot be fewer.</translation>
    </message>
    <message>
        <source>Team {team} is out on site with only {name}: record its return at the dispatch desk first.</source>
        <translation>Team {team} is out on site with only {name}: record its return at the dispatch desk first.</translation>
    </message>
    <message>
        <source>This was settled meanwhile, perhaps at another desk or on another laptop. The list shows what is left.</source>
        <translation>This was settled meanwhile, perhaps at another desk or on another laptop. The list shows what is left.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Make room on this laptop (empty the recycle bin, move old files to a USB stick) and do it again. Everything confirmed before is safe.</source>
        <translation>The disk is full, so this was not saved. Make room on this laptop (empty the recycle bin, move old files to a USB stick) and do it again. Everything confirmed before is safe.</translation>
    </message>
    <message>
        <source>That is not one of the choices offered for this conflict. Choose again.</source>
        <translation>That is not one of the choices offered for this conflict. Choose again.</translation>
    </message>
    <message>
        <source>The group {group} has children who go only with their guardian, so its {count} people here move together; team {team} has room for {room}.</source>
        <translation>The group {group} has children who go only with their guardian, so its {count} people here move together; team {team} has room for {room}.</translation>
    </message>
    <message>
        <source>The name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or write them another way (emoji left out, an old character in its common form).</source>
        <translation>The name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or write them another way (emoji left out, an old character in its common form).</translation>
    </message>
    <message>
        <source>The group name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or write them another way.</source>
        <translation>The group name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or write them another way.</translation>
    </message>
    <message>
        <source>{field} is too long: at most {limit} characters, {length} given. Shorten it and save again.</source>
        <translation>{field} is too long: at most {limit} characters, {length} given. Shorten it and save again.</translation>
    </message>
    <message>
        <source>at most {limit} characters ({length} given).</source>
        <translation>at most {limit} characters ({length} given).</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: another council made it, and only that council may send it.</source>
        <translation>{record} ({table}) was not taken: another council made it, and only that council may send it.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: the sender changed which council made it.</source>
        <translation>{record} ({table}) was not taken: the sender changed which council made it.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it is this council&apos;s record, and only this council changes it.</source>
        <translation>{record} ({table}) was not taken: it is this council&apos;s record, and only this council changes it.</translation>
    </message>
    <message>
        <source>{record} ({table}): the helping council&apos;s progress was taken, but not its change to {field}: only this council changes that.</source>
        <translation>{record} ({table}): the helping council&apos;s progress was taken, but not its change to {field}: only this council changes that.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it refers to a record of this council that was not shared with the block.</source>
        <translation>{record} ({table}) was not taken: it refers to a record of this council that was not shared with the block.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it refers to a record of another council.</source>
        <translation>{record} ({table}) was not taken: it refers to a record of another council.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: its code is from another council&apos;s series.</source>
        <translation>{record} ({table}) was not taken: its code is from another council&apos;s series.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: another record here has the same code.</source>
        <translation>{record} ({table}) was not taken: another record here has the same code.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: its {field} is too long or not in the expected form. Ask the sender to correct it; the rest of the file was imported.</source>
        <translation>{record} ({table}) was not taken: its {field} is too long or not in the expected form. Ask the sender to correct it; the rest of the file was imported.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it refers to a record that was not taken ({field}).</source>
        <translation>{record} ({table}) was not taken: it refers to a record that was not taken ({field}).</translation>
    </message>
    <message>
        <source>Change log entries of laptop {record} were not taken: an entry already here is never changed.</source>
        <translation>Change log entries of laptop {record} were not taken: an entry already here is never changed.</translation>
    </message>
    <message>
        <source>Change log entries of laptop {record} were not taken: they do not continue that laptop&apos;s chain, or its signature does not match. Ask for a full bundle (--full) from that laptop.</source>
        <translation>Change log entries of laptop {record} were not taken: they do not continue that laptop&apos;s chain, or its signature does not match. Ask for a full bundle (--full) from that laptop.</translation>
    </message>
    <message>
        <source>Change log entries claiming to be this laptop&apos;s were not taken: this laptop holds all of its own.</source>
        <translation>Change log entries claiming to be this laptop&apos;s were not taken: this laptop holds all of its own.</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken.</source>
        <translation>{record} ({table}) was not taken.</translation>
    </message>
    <message>
        <source>That council ({council}) uses this council&apos;s short code {short}; it cannot be trusted.</source>
        <translation>That council ({council}) uses this council&apos;s short code {short}; it cannot be trusted.</translation>
    </message>
    <message>
        <source>This version was refused, not outvoted: it cannot be put back. If the change is right, make it on the record itself.</source>
        <translation>This version was refused, not outvoted: it cannot be put back. If the change is right, make it on the record itself.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits; 6 or more are harder to guess.</source>
        <translation>A PIN is {low} to {high} digits; 6 or more are harder to guess.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {name}. Try again in {seconds} seconds.</source>
        <translation>Too many wrong PINs for {name}. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Sign in first: every change is kept with the name of who made it. On the command line give --operator NAME (or set DVC_OPERATOR).</source>
        <translation>Sign in first: every change is kept with the name of who made it. On the command line give --operator NAME (or set DVC_OPERATOR).</translation>
    </message>
    <message>
        <source>{name} signs in with a PIN. Type it when asked (in a terminal), or set DVC_PIN in a script.</source>
        <translation>{name} signs in with a PIN. Type it when asked (in a terminal), or set DVC_PIN in a script.</translation>
    </message>
    <message>
        <source>There is no such need.</source>
        <translation>There is no such need.</translation>
    </message>
    <message>
        <source>{code} is another council&apos;s need: only that council asks the block for support with it.</source>
        <translation>{code} is another council&apos;s need: only that council asks the block for support with it.</translation>
    </message>
    <message>
        <source>{code} is done or cancelled: there is nothing to ask the block for.</source>
        <translation>{code} is done or cancelled: there is nothing to ask the block for.</translation>
    </message>
    <message>
        <source>Laptop {device}: entry {seq} of the change log is missing (removed from the file?).</source>
        <translation>Laptop {device}: entry {seq} of the change log is missing (removed from the file?).</translation>
    </message>
    <message>
        <source>Laptop {device}: an entry was slipped in or replaced at place {seq}.</source>
        <translation>Laptop {device}: an entry was slipped in or replaced at place {seq}.</translation>
    </message>
    <message>
        <source>Laptop {device}: entry {seq} of the change log was changed after it was written.</source>
        <translation>Laptop {device}: entry {seq} of the change log was changed after it was written.</translation>
    </message>
    <message>
        <source>Laptop {device}: the before/after values of entry {seq} were changed.</source>
        <translation>Laptop {device}: the before/after values of entry {seq} were changed.</translation>
    </message>
    <message>
        <source>Laptop {device}: the seal at place {seq} is not signed by that laptop&apos;s key.</source>
        <translation>Laptop {device}: the seal at place {seq} is not signed by that laptop&apos;s key.</translation>
    </message>
    <message>
        <source>Laptop {device}: entries from place {seq} on are not covered by a seal of that laptop.</source>
        <translation>Laptop {device}: entries from place {seq} on are not covered by a seal of that laptop.</translation>
    </message>
    <message>
        <source>{table}: {count} records created on this laptop are gone from the file (removed outside dvc).</source>
        <translation>{table}: {count} records created on this laptop are gone from the file (removed outside dvc).</translation>
    </message>
    <message>
        <source>{field} ({table}) is too long: at most {limit} characters, {length} given. Nothing was saved; shorten it and save again.</source>
        <translation>{field} ({table}) is too long: at most {limit} characters, {length} given. Nothing was saved; shorten it and save again.</translation>
    </message>
    <message>
        <source>A work type must not contain 、 , ; or / (they separate the work types of a list; use ・ instead): {name}</source>
        <translation>A work type must not contain 、 , ; or / (they separate the work types of a list; use ・ instead): {name}</translation>
    </message>
    <message>
        <source>This computer has no CUPS printing system.</source>
        <translation>This computer has no CUPS printing system.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>The printer {printer} did not take the job: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read as a dvc database: it is damaged, or it is another kind of file. Put back the latest good backup (dvc restore with a file from backups/), or choose the right file.</source>
        <translation>{path} cannot be read as a dvc database: it is damaged, or it is another kind of file. Put back the latest good backup (dvc restore with a file from backups/), or choose the right file.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Put back the latest good backup (dvc restore with a file from backups/); the damaged file is then kept in backups/, not deleted.</source>
        <translation>The database {path} is damaged and cannot be opened. Put back the latest good backup (dvc restore with a file from backups/); the damaged file is then kept in backups/, not deleted.</translation>
    </message>
    <message>
        <source>{path} was made by an earlier version of dvc and must be updated first: open it once in the dvc app (or with a command that changes something), then try again.</source>
        <translation>{path} was made by an earlier version of dvc and must be updated first: open it once in the dvc app (or with a command that changes something), then try again.</translation>
    </message>
    <message>
        <source>Putting a backup in place of {path} was interrupted. Open the dvc app once (it finishes the restore), then try again.</source>
        <translation>Putting a backup in place of {path} was interrupted. Open the dvc app once (it finishes the restore), then try again.</translation>
    </message>
    <message>
        <source>{path} could not be updated to this version of dvc; it was left as it was. Put back the copy made before the update (dvc restore with the newest &apos;before-migration&apos; file in backups/), or ask whoever looks after dvc.</source>
        <translation>{path} could not be updated to this version of dvc; it was left as it was. Put back the copy made before the update (dvc restore with the newest &apos;before-migration&apos; file in backups/), or ask whoever looks after dvc.</translation>
    </message>
    <message>
        <source>{path} could not be copied into place ({error}); nothing was restored.</source>
        <translation>{path} could not be copied into place ({error}); nothing was restored.</translation>
    </message>
    <message>
        <source>{path} is {size} MB, larger than a list dvc reads (up to {limit} MB, {rows} rows). Split it into smaller files, or check that it is the right file.</source>
        <translation>{path} is {size} MB, larger than a list dvc reads (up to {limit} MB, {rows} rows). Split it into smaller files, or check that it is the right file.</translation>
    </message>
    <message>
        <source>Line {line} of {path} has a cell of more than {limit} characters: this is not a list dvc can read. Check that it is the right file (a list saved as CSV from Excel or the web form).</source>
        <translation>Line {line} of {path} has a cell of more than {limit} characters: this is not a list dvc can read. Check that it is the right file (a list saved as CSV from Excel or the web form).</translation>
    </message>
    <message>
        <source>Line {line} of {path} cannot be read as CSV (a stray quote or a character that is not text). Open the file in Excel, save it again as CSV, and import that.</source>
        <translation>Line {line} of {path} cannot be read as CSV (a stray quote or a character that is not text). Open the file in Excel, save it again as CSV, and import that.</translation>
    </message>
    <message>
        <source>{path} unpacks to far more than a list holds ({size} MB from a {packed} MB file), so dvc does not open it. Save the list again from Excel (or as CSV), or check that it is the right file.</source>
        <translation>{path} unpacks to far more than a list holds ({size} MB from a {packed} MB file), so dvc does not open it. Save the list again from Excel (or as CSV), or check that it is the right file.</translation>
    </message>
    <message>
        <source>Row {line} of {path} has more than {count} columns: this is not a list dvc can read.</source>
        <translation>Row {line} of {path} has more than {count} columns: this is not a list dvc can read.</translation>
    </message>
    <message>
        <source>dvc cannot write in {folder}: the folder is read-only, or this user may not change it (a write-protected USB stick, a CD, a shared folder). Nothing was changed. Choose a folder you can write to, or copy the database into one (e.g. Documents) and open it there.</source>
        <translation>dvc cannot write in {folder}: the folder is read-only, or this user may not change it (a write-protected USB stick, a CD, a shared folder). Nothing was changed. Choose a folder you can write to, or copy the database into one (e.g. Documents) and open it there.</translation>
    </message>
    <message>
        <source>dvc cannot open or create files in {folder}: the folder is missing, read-only, or this user may not write in it. Nothing was changed. Choose a folder you can write to, or copy the database into one (e.g. Documents) and open it there.</source>
        <translation>dvc cannot open or create files in {folder}: the folder is missing, read-only, or this user may not write in it. Nothing was changed. Choose a folder you can write to, or copy the database into one (e.g. Documents) and open it there.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing, so this was not saved. Check that the USB stick or disk is still connected and try again; if it happens again, copy the database to another disk.</source>
        <translation>The disk reported an error while writing, so this was not saved. Check that the USB stick or disk is still connected and try again; if it happens again, copy the database to another disk.</translation>
    </message>
    <message>
        <source>The database is damaged and cannot be read. Close dvc and start it again: it offers to put back the latest good backup (on the command line: dvc restore with a file from backups/).</source>
        <translation>The database is damaged and cannot be read. Close dvc and start it again: it offers to put back the latest good backup (on the command line: dvc restore with a file from backups/).</translation>
    </message>
    <message>
        <source>This version of dvc must update the database, and first makes a copy of it in {folder}, but the disk is full. Nothing was changed. Make room on this laptop (empty the recycle bin, move old files to a USB stick) and start dvc again.</source>
        <translation>This version of dvc must update the database, and first makes a copy of it in {folder}, but the disk is full. Nothing was changed. Make room on this laptop (empty the recycle bin, move old files to a USB stick) and start dvc again.</translation>
    </message>
    <message>
        <source>This version of dvc must update the database, and first makes a copy of it in {folder}, but that folder cannot be written. Nothing was changed. Copy the database into a folder you can write to (e.g. Documents) and open it there.</source>
        <translation>This version of dvc must update the database, and first makes a copy of it in {folder}, but that folder cannot be written. Nothing was changed. Copy the database into a folder you can write to (e.g. Documents) and open it there.</translation>
    </message>
    <message>
        <source>this folder</source>
        <translation>this folder</translation>
    </message>
    <message>
        <source>This laptop is not connected to any network. Connect it to the center&apos;s Wi-Fi or LAN cable, then join again.</source>
        <translation>This laptop is not connected to any network. Connect it to the center&apos;s Wi-Fi or LAN cable, then join again.</translation>
    </message>
    <message>
        <source>{path} could not be encrypted ({error}). Nothing was changed; the database is as it was. Free some disk space and start dvc again.</source>
        <translation>{path} could not be encrypted ({error}). Nothing was changed; the database is as it was. Free some disk space and start dvc again.</translation>
    </message>
    <message>
        <source>{path} is encrypted with a key this laptop does not hold. Enter the recovery passphrase from the recovery sheet kept in the safe; nothing was restored.</source>
        <translation>{path} is encrypted with a key this laptop does not hold. Enter the recovery passphrase from the recovery sheet kept in the safe; nothing was restored.</translation>
    </message>
    <message>
        <source>The recovery passphrase does not open {path}: it may be from another sheet (an older key). Nothing was restored.</source>
        <translation>The recovery passphrase does not open {path}: it may be from another sheet (an older key). Nothing was restored.</translation>
    </message>
    <message>
        <source>This laptop has no safe place for the database key (no Windows account store or keyring). Set a start-up passphrase in DVC_PASSPHRASE, or run the command on a terminal to type one.</source>
        <translation>This laptop has no safe place for the database key (no Windows account store or keyring). Set a start-up passphrase in DVC_PASSPHRASE, or run the command on a terminal to type one.</translation>
    </message>
    <message>
        <source>{path} is encrypted and this laptop cannot unlock it by itself. Enter the start-up passphrase, or the recovery passphrase from the recovery sheet kept in the safe.</source>
        <translation>{path} is encrypted and this laptop cannot unlock it by itself. Enter the start-up passphrase, or the recovery passphrase from the recovery sheet kept in the safe.</translation>
    </message>
    <message>
        <source>This laptop has no safe place for the database key (no Windows account store or keyring): choose a start-up passphrase.</source>
        <translation>This laptop has no safe place for the database key (no Windows account store or keyring): choose a start-up passphrase.</translation>
    </message>
    <message>
        <source>That passphrase does not open {path}. Check it against the recovery sheet (7 groups of 4) and type it again.</source>
        <translation>That passphrase does not open {path}. Check it against the recovery sheet (7 groups of 4) and type it again.</translation>
    </message>
    <message>
        <source>The start-up passphrase needs at least {n} characters.</source>
        <translation>The start-up passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>That is not a recovery passphrase: it has 7 groups of 4 letters and digits, as printed on the recovery sheet.</source>
        <translation>That is not a recovery passphrase: it has 7 groups of 4 letters and digits, as printed on the recovery sheet.</translation>
    </message>
    <message>
        <source>This database is not encrypted (a drill database): it has no recovery sheet.</source>
        <translation>This database is not encrypted (a drill database): it has no recovery sheet.</translation>
    </message>
    <message>
        <source>{name} is already on team {team} of laptop {device} today (the hub says so). Nothing was confirmed: take them off this team, or settle it with the desk of laptop {device}.</source>
        <translation>{name} is already on team {team} of laptop {device} today (the hub says so). Nothing was confirmed: take them off this team, or settle it with the desk of laptop {device}.</translation>
    </message>
    <message>
        <source>Only {left} {unit} of {name} can be lent across the center now (the hub counts every desk&apos;s loans). Nothing was lent: lend fewer, or wait for a return.</source>
        <translation>Only {left} {unit} of {name} can be lent across the center now (the hub counts every desk&apos;s loans). Nothing was lent: lend fewer, or wait for a return.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Need history</source>
        <translation>Need history</translation>
    </message>
    <message>
        <source>Site surveys</source>
        <translation>Site surveys</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Dispatches</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <source>Activity reports</source>
        <translation>Activity reports</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Day figures</source>
        <translation>Day figures</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Volunteers needed</source>
        <translation>Volunteers needed</translation>
    </message>
    <message>
        <source>Estimated days</source>
        <translation>Estimated days</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Site address</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Requester&apos;s phone</source>
        <translation>Requester&apos;s phone</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Quantity owned</source>
        <translation>Quantity owned</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>Block sharing agreed</source>
        <translation>Block sharing agreed</translation>
    </message>
    <message>
        <source>Support requested from the block</source>
        <translation>Support requested from the block</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Council that made it</source>
        <translation>Council that made it</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>Work left</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>dvc exchange bundles (*.dvcx)</source>
        <translation>dvc exchange bundles (*.dvcx)</translation>
    </message>
    <message>
        <source>dvc identity files (*.dvcid)</source>
        <translation>dvc identity files (*.dvcid)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Birth date or age</source>
        <translation>Birth date or age</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Phone or e-mail</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Group contact phone or e-mail</source>
        <translation>Group contact phone or e-mail</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Disaster volunteering experience</source>
        <translation>Disaster volunteering experience</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>Insurance plan</translation>
    </message>
    <message>
        <source>Where insured</source>
        <translation>Where insured</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <source>Available dates</source>
        <translation>Available dates</translation>
    </message>
    <message>
        <source>Preferred district</source>
        <translation>Preferred district</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Requester&apos;s furigana</source>
        <translation>Requester&apos;s furigana</translation>
    </message>
    <message>
        <source>Requester&apos;s phone</source>
        <translation>Requester&apos;s phone</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <translation>Requester&apos;s address</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Site address</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Vehicle needed</source>
        <translation>Vehicle needed</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>Toilet</translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation>Preferred dates</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <source>Leader: {name} ({experience} disaster activities before)</source>
        <translation>Leader: {name} ({experience} disaster activities before)</translation>
    </message>
    <message>
        <source>Needs {skill}: {name} holds it</source>
        <translation>Needs {skill}: {name} holds it</translation>
    </message>
    <message>
        <source>Needs a {vehicle}: {name} brings one</source>
        <translation>Needs a {vehicle}: {name} brings one</translation>
    </message>
    <message>
        <source>{name} stays with the group {group}</source>
        <translation>{name} stays with the group {group}</translation>
    </message>
    <message>
        <source>{name} is a minor and goes with {adult} of the same group</source>
        <translation>{name} is a minor and goes with {adult} of the same group</translation>
    </message>
    <message>
        <source>{name} was in this need&apos;s last team</source>
        <translation>{name} was in this need&apos;s last team</translation>
    </message>
    <message>
        <source>{name} wished to work in {district}</source>
        <translation>{name} wished to work in {district}</translation>
    </message>
    <message>
        <source>The need asks for {gender}: {name} fits</source>
        <translation>The need asks for {gender}: {name} fits</translation>
    </message>
    <message>
        <source>{name} fills the headcount</source>
        <translation>{name} fills the headcount</translation>
    </message>
    <message>
        <source>Kept as the staff fixed it (locked)</source>
        <translation>Kept as the staff fixed it (locked)</translation>
    </message>
    <message>
        <source>Nobody checked in today holds {skill}</source>
        <translation>Nobody checked in today holds {skill}</translation>
    </message>
    <message>
        <source>Everyone holding {skill} is already in another team</source>
        <translation>Everyone holding {skill} is already in another team</translation>
    </message>
    <message>
        <source>Nobody checked in today brings a {vehicle}</source>
        <translation>Nobody checked in today brings a {vehicle}</translation>
    </message>
    <message>
        <source>Every {vehicle} here is already with another team</source>
        <translation>Every {vehicle} here is already with another team</translation>
    </message>
    <message>
        <source>The need asks for {gender}: only {free} such volunteers are free</source>
        <translation>The need asks for {gender}: only {free} such volunteers are free</translation>
    </message>
    <message>
        <source>{missing} more people needed; {free} volunteers are free</source>
        <translation>{missing} more people needed; {free} volunteers are free</translation>
    </message>
    <message>
        <source>{missing} places left, but the free groups are larger</source>
        <translation>{missing} places left, but the free groups are larger</translation>
    </message>
    <message>
        <source>{name} has no valid volunteer insurance</source>
        <translation>{name} has no valid volunteer insurance</translation>
    </message>
    <message>
        <source>{name} is a minor with no adult of the same group here</source>
        <translation>{name} is a minor with no adult of the same group here</translation>
    </message>
    <message>
        <source>No need is waiting for a team</source>
        <translation>No need is waiting for a team</translation>
    </message>
    <message>
        <source>Every waiting need is fully staffed</source>
        <translation>Every waiting need is fully staffed</translation>
    </message>
    <message>
        <source>The group {group} ({size} people) fits no need (most room left: {room})</source>
        <translation>The group {group} ({size} people) fits no need (most room left: {room})</translation>
    </message>
    <message>
        <source>The group {group} already spans the {parts} teams it may be split into</source>
        <translation>The group {group} already spans the {parts} teams it may be split into</translation>
    </message>
    <message>
        <source>No team can take this person under the rules (skills, gender, groups)</source>
        <translation>No team can take this person under the rules (skills, gender, groups)</translation>
    </message>
    <message>
        <source>The need is no longer waiting for a team</source>
        <translation>The need is no longer waiting for a team</translation>
    </message>
    <message>
        <source>The need already has another team today</source>
        <translation>The need already has another team today</translation>
    </message>
    <message>
        <source>{name} is not available (checked out, or in a confirmed team)</source>
        <translation>{name} is not available (checked out, or in a confirmed team)</translation>
    </message>
    <message>
        <source>{name} is in two teams</source>
        <translation>{name} is in two teams</translation>
    </message>
    <message>
        <source>A member is listed twice</source>
        <translation>A member is listed twice</translation>
    </message>
    <message>
        <source>The team has no members</source>
        <translation>The team has no members</translation>
    </message>
    <message>
        <source>The team has no leader</source>
        <translation>The team has no leader</translation>
    </message>
    <message>
        <source>The leader {name} is not a member of the team</source>
        <translation>The leader {name} is not a member of the team</translation>
    </message>
    <message>
        <source>The leader {name} is not an adult</source>
        <translation>The leader {name} is not an adult</translation>
    </message>
    <message>
        <source>{size} members for a need of {headcount}</source>
        <translation>{size} members for a need of {headcount}</translation>
    </message>
    <message>
        <source>Nobody in the team brings {requirement}</source>
        <translation>Nobody in the team brings {requirement}</translation>
    </message>
    <message>
        <source>{name} does not fit the need&apos;s men-only or women-only condition</source>
        <translation>{name} does not fit the need&apos;s men-only or women-only condition</translation>
    </message>
    <message>
        <source>{name} is a minor with no adult of the same group in the team</source>
        <translation>{name} is a minor with no adult of the same group in the team</translation>
    </message>
    <message>
        <source>The group {group} is split over {teams} teams (allowed: {allowed})</source>
        <translation>The group {group} is split over {teams} teams (allowed: {allowed})</translation>
    </message>
    <message>
        <source>Part of the group {group} is left out: {names}</source>
        <translation>Part of the group {group} is left out: {names}</translation>
    </message>
    <message>
        <source>Leader: {name} (can lead; {experience} disaster activities before)</source>
        <translation>Leader: {name} (can lead; {experience} disaster activities before)</translation>
    </message>
    <message>
        <source>{name} waits with the group {group}: it has children who go only with their guardian, and not all of the group can go (someone uninsured, or already in a team)</source>
        <translation>{name} waits with the group {group}: it has children who go only with their guardian, and not all of the group can go (someone uninsured, or already in a team)</translation>
    </message>
    <message>
        <source>The group {group} has children who go only with their guardian: all of it goes in one team or none of it does (not with it: {names})</source>
        <translation>The group {group} has children who go only with their guardian: all of it goes in one team or none of it does (not with it: {names})</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>dvc</source>
        <translation>dvc</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Under 18 ({age}): a guardian&apos;s consent is needed.</source>
        <translation>Under 18 ({age}): a guardian&apos;s consent is needed.</translation>
    </message>
    <message>
        <source>Under 18 ({age}): guardian&apos;s consent recorded.</source>
        <translation>Under 18 ({age}): guardian&apos;s consent recorded.</translation>
    </message>
    <message>
        <source>Junior-high age or younger: may only come with a guardian (an adult) in the same group. Register them as a group with the guardian.</source>
        <translation>Junior-high age or younger: may only come with a guardian (an adult) in the same group. Register them as a group with the guardian.</translation>
    </message>
    <message>
        <source>Volunteer activity insurance: enrolled here today for FY{year}.</source>
        <translation>Volunteer activity insurance: enrolled here today for FY{year}.</translation>
    </message>
    <message>
        <source>Enrolled here, but no consent to pass their details to the insurer: ask for it, or they cannot go on the insurer&apos;s list.</source>
        <translation>Enrolled here, but no consent to pass their details to the insurer: ask for it, or they cannot go on the insurer&apos;s list.</translation>
    </message>
    <message>
        <source>Insurance was for FY{old} only; FY{year} (from 1 April) is not covered. Enrol on the spot (当日加入) before work.</source>
        <translation>Insurance was for FY{old} only; FY{year} (from 1 April) is not covered. Enrol on the spot (当日加入) before work.</translation>
    </message>
    <message>
        <source>No volunteer activity insurance for FY{year}. Enrol on the spot (当日加入) before work.</source>
        <translation>No volunteer activity insurance for FY{year}. Enrol on the spot (当日加入) before work.</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>Not a dvc sheet</source>
        <translation>Not a dvc sheet</translation>
    </message>
    <message>
        <source>Not a dvc dispatch sheet</source>
        <translation>Not a dvc dispatch sheet</translation>
    </message>
    <message>
        <source>Not a dvc equipment label</source>
        <translation>Not a dvc equipment label</translation>
    </message>
    <message>
        <source>This QR code holds a web address, not a dvc intake sheet. Scan the QR code on the intake sheet, or type the code printed on it.</source>
        <translation>This QR code holds a web address, not a dvc intake sheet. Scan the QR code on the intake sheet, or type the code printed on it.</translation>
    </message>
    <message>
        <source>This is a product barcode, not a dvc intake sheet. Scan the QR code on the intake sheet, or type the code printed on it.</source>
        <translation>This is a product barcode, not a dvc intake sheet. Scan the QR code on the intake sheet, or type the code printed on it.</translation>
    </message>
    <message>
        <source>This QR code holds a web address, not a team&apos;s dispatch sheet. Scan the QR code on the dispatch sheet the team brings back, or type the team code (T-…) printed on it.</source>
        <translation>This QR code holds a web address, not a team&apos;s dispatch sheet. Scan the QR code on the dispatch sheet the team brings back, or type the team code (T-…) printed on it.</translation>
    </message>
    <message>
        <source>This is a product barcode, not a team&apos;s dispatch sheet. Scan the QR code on the dispatch sheet the team brings back, or type the team code (T-…) printed on it.</source>
        <translation>This is a product barcode, not a team&apos;s dispatch sheet. Scan the QR code on the dispatch sheet the team brings back, or type the team code (T-…) printed on it.</translation>
    </message>
    <message>
        <source>This QR code holds a web address, not a dvc equipment label. Scan the QR code on the label dvc printed for the tool, or type its code (E-…).</source>
        <translation>This QR code holds a web address, not a dvc equipment label. Scan the QR code on the label dvc printed for the tool, or type its code (E-…).</translation>
    </message>
    <message>
        <source>This is a product barcode (the maker&apos;s), not a dvc equipment label. Scan the QR code on the label dvc printed for the tool, or type its code (E-…).</source>
        <translation>This is a product barcode (the maker&apos;s), not a dvc equipment label. Scan the QR code on the label dvc printed for the tool, or type its code (E-…).</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Preparing the drill database…</source>
        <translation>Preparing the drill database…</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Encrypting the database (once, after the update). This can take a few minutes; do not switch the laptop off.</source>
        <translation>Encrypting the database (once, after the update). This can take a few minutes; do not switch the laptop off.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Awaiting survey</source>
        <translation>Awaiting survey</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <source>Awaiting matching</source>
        <translation>Awaiting matching</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Out on site</source>
        <translation>Out on site</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>Other agency</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>No preference</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Bicycle</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>Motorbike</translation>
    </message>
    <message>
        <source>Light truck</source>
        <translation>Light truck</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Infant</source>
        <translation>Infant</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation>Needs care</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>Women only</source>
        <translation>Women only</translation>
    </message>
    <message>
        <source>Men only</source>
        <translation>Men only</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>Not insured</source>
        <translation>Not insured</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Desk lead</source>
        <translation>Desk lead</translation>
    </message>
    <message>
        <source>Center head</source>
        <translation>Center head</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
</context>
</TS>
