<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>DispatchPage</name>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Today&apos;s teams: ready to leave, out on site, back.</source>
        <translation>Today&apos;s teams: ready to leave, out on site, back.</translation>
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
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>No teams today yet.
Teams made at the matching desk will be listed here.</source>
        <translation>No teams today yet.
Teams made at the matching desk will be listed here.</translation>
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
    <name>EquipmentPage</name>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Rows in red are below their minimum stock.</source>
        <translation>Rows in red are below their minimum stock.</translation>
    </message>
    <message>
        <source>{items} items, {short} below minimum stock</source>
        <translation>{items} items, {short} below minimum stock</translation>
    </message>
    <message>
        <source>No equipment is registered yet.</source>
        <translation>No equipment is registered yet.</translation>
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
</context>
<context>
    <name>HeadOfficePage</name>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
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
        <source>Not yet checked out</source>
        <translation>Not yet checked out</translation>
    </message>
    <message>
        <source>Registered in all</source>
        <translation>Registered in all</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
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
        <source>Open needs</source>
        <translation>Open needs</translation>
    </message>
    <message>
        <source>Teams and needs</source>
        <translation>Teams and needs</translation>
    </message>
    <message>
        <source>Needs by status</source>
        <translation>Needs by status</translation>
    </message>
    <message>
        <source>Volunteers on {month}/{day}</source>
        <translation>Volunteers on {month}/{day}</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Desks</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Needs waiting for volunteers, and the people ready to go.</source>
        <translation>Needs waiting for volunteers, and the people ready to go.</translation>
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
        <source>Requests for help, newest first.</source>
        <translation>Requests for help, newest first.</translation>
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
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
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
        <source>No needs with this status.</source>
        <translation>No needs with this status.</translation>
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
        <source>Volunteer code, name or kana</source>
        <translation>Volunteer code, name or kana</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
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
        <source>Not yet checked out</source>
        <translation>Not yet checked out</translation>
    </message>
    <message>
        <source>Registered in all</source>
        <translation>Registered in all</translation>
    </message>
    <message>
        <source>{count} found for “{text}”</source>
        <translation>{count} found for “{text}”</translation>
    </message>
    <message>
        <source>{count} volunteers, in kana order</source>
        <translation>{count} volunteers, in kana order</translation>
    </message>
    <message>
        <source>No volunteer matches “{text}”.
Check the code, or search by name or kana.</source>
        <translation>No volunteer matches “{text}”.
Check the code, or search by name or kana.</translation>
    </message>
    <message>
        <source>No volunteers are registered yet.</source>
        <translation>No volunteers are registered yet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time dvc starts.</source>
        <translation>A new language applies the next time dvc starts.</translation>
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
        <source>District</source>
        <translation>District</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Left at</translation>
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
        <source>name of the first staff member</source>
        <translation>name of the first staff member</translation>
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
        <source>{path} is not a dvc database.</source>
        <translation>{path} is not a dvc database.</translation>
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
</context>
<context>
    <name>operations</name>
    <message>
        <source>dvc</source>
        <translation>dvc</translation>
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
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>Not insured</source>
        <translation>Not insured</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
