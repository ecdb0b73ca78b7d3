<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AvailableVolunteerModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>受付時刻</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Dispatch</source>
        <translation>送り出し</translation>
    </message>
    <message>
        <source>Today&apos;s teams: ready to leave, out on site, back.</source>
        <translation>本日のチーム：出発待ち・活動中・帰着。</translation>
    </message>
    <message>
        <source>Ready to leave</source>
        <translation>出発待ち</translation>
    </message>
    <message>
        <source>Out on site</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>帰着</translation>
    </message>
    <message>
        <source>No teams today yet.
Teams made at the matching desk will be listed here.</source>
        <translation>本日のチームはまだありません。
マッチングでチームを作ると、ここに表示されます。</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>DRILL MODE — this is training data</source>
        <translation>訓練モード — これは訓練用のデータです</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Equipment</source>
        <translation>資機材</translation>
    </message>
    <message>
        <source>Rows in red are below their minimum stock.</source>
        <translation>赤い行は最低在庫を下回っている品目です。</translation>
    </message>
    <message>
        <source>{items} items, {short} below minimum stock</source>
        <translation>{items} 品目（最低在庫割れ {short} 品目）</translation>
    </message>
    <message>
        <source>No equipment is registered yet.</source>
        <translation>資機材はまだ登録されていません。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to dvc</source>
        <translation>dvc へようこそ</translation>
    </message>
    <message>
        <source>There is no database in this file yet. Create one for your council here?</source>
        <translation>このファイルにはまだデータベースがありません。ここに社協のデータベースを作成しますか？</translation>
    </message>
    <message>
        <source>This is the first start of dvc on this laptop. Choose your council to create its database, or open the drill database to practise.</source>
        <translation>このパソコンで dvc を使うのは初めてです。社協を選んでデータベースを作成するか、練習用に訓練データベースを開いてください。</translation>
    </message>
    <message>
        <source>Another council…</source>
        <translation>その他の社協…</translation>
    </message>
    <message>
        <source>e.g. musashino</source>
        <translation>例：musashino</translation>
    </message>
    <message>
        <source>two letters, e.g. MS</source>
        <translation>英字2文字（例：MS）</translation>
    </message>
    <message>
        <source>e.g. 武蔵野市民社会福祉協議会</source>
        <translation>例：武蔵野市民社会福祉協議会</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの氏名</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>保存先：</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>社協(&amp;C)：</translation>
    </message>
    <message>
        <source>Council code:</source>
        <translation>社協コード：</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>略号：</translation>
    </message>
    <message>
        <source>Council name:</source>
        <translation>社協の名称：</translation>
    </message>
    <message>
        <source>&amp;Laptop number:</source>
        <translation>端末番号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>担当者(&amp;O)：</translation>
    </message>
    <message>
        <source>Give each laptop of the council its own number: it is part of every code it prints.</source>
        <translation>社協内のパソコンごとに別の番号を付けてください。番号は、そのパソコンが発行するすべてのコードに含まれます。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Open the drill instead</source>
        <translation>訓練データを開く</translation>
    </message>
</context>
<context>
    <name>HeadOfficePage</name>
    <message>
        <source>Head office</source>
        <translation>総務</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Checked in today</source>
        <translation>本日の受付</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>リピーター</translation>
    </message>
    <message>
        <source>Not yet checked out</source>
        <translation>未帰着</translation>
    </message>
    <message>
        <source>Registered in all</source>
        <translation>登録者数</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <source>Teams today</source>
        <translation>本日のチーム</translation>
    </message>
    <message>
        <source>Out on site</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>未完了のニーズ</translation>
    </message>
    <message>
        <source>Teams and needs</source>
        <translation>チームとニーズ</translation>
    </message>
    <message>
        <source>Needs by status</source>
        <translation>状態別のニーズ</translation>
    </message>
    <message>
        <source>Volunteers on {month}/{day}</source>
        <translation>{month}月{day}日のボランティア</translation>
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
        <translation>{title} ［訓練］</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>班(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>マッチング</translation>
    </message>
    <message>
        <source>Needs waiting for volunteers, and the people ready to go.</source>
        <translation>ボランティアを待つニーズと、出発できる人。</translation>
    </message>
    <message>
        <source>Needs waiting for matching ({count})</source>
        <translation>マッチング待ちのニーズ（{count} 件）</translation>
    </message>
    <message>
        <source>Volunteers ready, not in a team ({count})</source>
        <translation>待機中のボランティア（{count} 人）</translation>
    </message>
    <message>
        <source>No needs are waiting for matching.</source>
        <translation>マッチング待ちのニーズはありません。</translation>
    </message>
    <message>
        <source>Nobody is waiting.
Volunteers appear here when reception checks them in.</source>
        <translation>待機中の人はいません。
受付でチェックインした人がここに並びます。</translation>
    </message>
</context>
<context>
    <name>NeedTableModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Needs</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Requests for help, newest first.</source>
        <translation>支援の依頼（新しい順）。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Open (not done or cancelled)</source>
        <translation>未完了（完了・取消を除く）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>{count} needs</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <source>No requests for help yet.
Requests taken by phone or at the desk will be listed here.</source>
        <translation>支援の依頼はまだありません。
電話や窓口で受けた依頼がここに表示されます。</translation>
    </message>
    <message>
        <source>No needs with this status.</source>
        <translation>この状態のニーズはありません。</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Scan a QR code or type a name, then press Enter.</source>
        <translation>QRコードを読み取るか、氏名を入力して Enter を押してください。</translation>
    </message>
    <message>
        <source>Volunteer code, name or kana</source>
        <translation>ボランティアコード・氏名・ふりがな</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Checked in today</source>
        <translation>本日の受付</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>リピーター</translation>
    </message>
    <message>
        <source>Not yet checked out</source>
        <translation>未帰着</translation>
    </message>
    <message>
        <source>Registered in all</source>
        <translation>登録者数</translation>
    </message>
    <message>
        <source>{count} found for “{text}”</source>
        <translation>「{text}」の検索結果：{count} 人</translation>
    </message>
    <message>
        <source>{count} volunteers, in kana order</source>
        <translation>登録ボランティア {count} 人（五十音順）</translation>
    </message>
    <message>
        <source>No volunteer matches “{text}”.
Check the code, or search by name or kana.</source>
        <translation>「{text}」に一致するボランティアはいません。
コードを確かめるか、氏名・ふりがなで検索してください。</translation>
    </message>
    <message>
        <source>No volunteers are registered yet.</source>
        <translation>ボランティアの登録はまだありません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time dvc starts.</source>
        <translation>表示言語の変更は、次に dvc を起動したときに反映されます。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Laptop {number}</source>
        <translation>端末 {number}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ファイル：{name}</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>担当：{name}</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未選択</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>保有</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>貸出中</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>貸出可</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>出発</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>保険</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>帰宅済</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済</translation>
    </message>
</context>
<context>
    <name>WaitingNeedModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>中断しました。</translation>
    </message>
    <message>
        <source>Created {path} for {council} (laptop {device}).</source>
        <translation>{council}（端末 {device}）のデータベース {path} を作成しました。</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>データベース：{path}</translation>
    </message>
    <message>
        <source>Council: {name} ({code})</source>
        <translation>社協：{name}（{code}）</translation>
    </message>
    <message>
        <source>Laptop: {device}</source>
        <translation>端末：{device}</translation>
    </message>
    <message>
        <source>This is a DRILL database.</source>
        <translation>これは訓練用のデータベースです。</translation>
    </message>
    <message>
        <source>Replace the drill database {path}?</source>
        <translation>訓練用データベース {path} を作り直しますか？</translation>
    </message>
    <message>
        <source>Drill database {path}: {volunteers} volunteers, {needs} needs, {checked_in} checked in today.</source>
        <translation>訓練用データベース {path}：ボランティア {volunteers} 人、ニーズ {needs} 件、本日の受付 {checked_in} 人。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
</source>
        <translation>{prog}: エラー: {message}
</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>整数ではありません: {text}</translation>
    </message>
    <message>
        <source>must not be negative: {text}</source>
        <translation>負の数は指定できません: {text}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>日付ではありません（YYYY-MM-DD の形で）：{text}</translation>
    </message>
    <message>
        <source>dvc: desk software for a disaster volunteer center.
Without a command, the application window opens.</source>
        <translation>dvc：災害ボランティアセンターの窓口用ソフトウェア。
コマンドを指定しないと、アプリの画面が開きます。</translation>
    </message>
    <message>
        <source>database file to use (default: DVC_DB or the user data folder)</source>
        <translation>使うデータベースファイル（既定：DVC_DB またはユーザーのデータフォルダ）</translation>
    </message>
    <message>
        <source>open the drill database (made on first use)</source>
        <translation>訓練用データベースを開く（初回に作成）</translation>
    </message>
    <message>
        <source>language of messages and screens</source>
        <translation>メッセージと画面の言語</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>create a council&apos;s database</source>
        <translation>社協のデータベースを作成する</translation>
    </message>
    <message>
        <source>Create a council&apos;s database on this laptop.</source>
        <translation>このパソコンに社協のデータベースを作成します。</translation>
    </message>
    <message>
        <source>council code: koganei, mitaka, chofu, komae, fuchu, or a new one</source>
        <translation>社協コード：koganei、mitaka、chofu、komae、fuchu、または新しいコード</translation>
    </message>
    <message>
        <source>two-letter code used in record codes (new councils only)</source>
        <translation>記録コードに使う英字2文字の略号（新しい社協のみ）</translation>
    </message>
    <message>
        <source>the council&apos;s name (new councils only)</source>
        <translation>社協の名称（新しい社協のみ）</translation>
    </message>
    <message>
        <source>this laptop&apos;s number within the council, 1-99 (default 1)</source>
        <translation>社協内でのこのパソコンの番号、1〜99（既定 1）</translation>
    </message>
    <message>
        <source>name of the first staff member</source>
        <translation>最初の職員の氏名</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <source>show the database&apos;s council, device and counts</source>
        <translation>データベースの社協・端末・件数を表示する</translation>
    </message>
    <message>
        <source>drill (training) databases</source>
        <translation>訓練用データベース</translation>
    </message>
    <message>
        <source>create a drill database with a realistic scenario</source>
        <translation>現実的なシナリオで訓練用データベースを作成する</translation>
    </message>
    <message>
        <source>Create a drill database. The same seed gives the same scenario.</source>
        <translation>訓練用データベースを作成します。同じシードからは同じシナリオができます。</translation>
    </message>
    <message>
        <source>number of volunteers</source>
        <translation>ボランティアの人数</translation>
    </message>
    <message>
        <source>number of requests for help</source>
        <translation>支援依頼（ニーズ）の件数</translation>
    </message>
    <message>
        <source>volunteers checked in today (default: about a third)</source>
        <translation>本日受付済みのボランティア数（既定：約3分の1）</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>乱数のシード</translation>
    </message>
    <message>
        <source>council code</source>
        <translation>社協コード</translation>
    </message>
    <message>
        <source>the drill&apos;s &apos;today&apos; (default: today); with the seed it fixes the scenario</source>
        <translation>訓練の「今日」の日付（既定：今日）。シードと合わせると同じシナリオになります</translation>
    </message>
    <message>
        <source>replace an existing drill database without asking</source>
        <translation>既存の訓練用データベースを確認なしで作り直す</translation>
    </message>
    <message>
        <source>save a picture of every desk screen</source>
        <translation>各班の画面を画像として保存する</translation>
    </message>
    <message>
        <source>folder for the PNG files</source>
        <translation>PNG ファイルの保存先フォルダ</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong inside dvc: {error}

Everything that was confirmed is saved. You can go on working; if it happens again, restart dvc and give this file to whoever looks after it:
{log}</source>
        <translation>dvc の内部で問題が起きました：{error}

確定済みの操作はすべて保存されています。このまま作業を続けられます。繰り返し起きる場合は dvc を再起動し、次のファイルを担当者に渡してください：
{log}</translation>
    </message>
</context>
<context>
    <name>desks</name>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>マッチング</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>送り出し</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>資機材</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>総務</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not confirmed. Run again with --yes to go ahead.</source>
        <translation>確認されませんでした。実行するには --yes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>取り消しました。何も変更していません。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a council code: use lower-case letters, digits and &apos;_&apos; (e.g. koganei).</source>
        <translation>「{text}」は社協コードとして使えません。英小文字・数字・「_」で入力してください（例：koganei）。</translation>
    </message>
    <message>
        <source>The short code of &apos;{text}&apos; is fixed and cannot be changed.</source>
        <translation>「{text}」の略号は決まっているため変更できません。</translation>
    </message>
    <message>
        <source>The short code &apos;{text}&apos; belongs to another council of the block; choose another with --short.</source>
        <translation>略号「{text}」はブロック内の別の社協が使っています。--short で別の略号を指定してください。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a short code: use two letters A-Z (e.g. KG).</source>
        <translation>「{text}」は略号として使えません。英大文字2文字で入力してください（例：KG）。</translation>
    </message>
    <message>
        <source>The device number must be between 1 and {max}.</source>
        <translation>端末番号は 1 から {max} までの数にしてください。</translation>
    </message>
    <message>
        <source>{path} exists and is not a dvc database; it was left alone.</source>
        <translation>{path} は dvc のデータベースではないファイルです。そのままにしました。</translation>
    </message>
    <message>
        <source>{path} holds a real (not drill) database; dvc never overwrites one.</source>
        <translation>{path} は本番用（訓練用ではない）のデータベースです。dvc は本番用のデータベースを上書きしません。</translation>
    </message>
    <message>
        <source>The drill database {path} already exists. Add --yes to replace it.</source>
        <translation>訓練用データベース {path} はすでにあります。作り直すには --yes を付けてください。</translation>
    </message>
    <message>
        <source>The database {path} is already open in another dvc window or command. Close it there first; only one program may write to a database at a time.</source>
        <translation>データベース {path} は、別の dvc の画面またはコマンドで開かれています。先にそちらを閉じてください。一つのデータベースに同時に書き込めるのは一つのプログラムだけです。</translation>
    </message>
    <message>
        <source>{path} is not a dvc database.</source>
        <translation>{path} は dvc のデータベースではありません。</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create one with &apos;dvc init&apos; or open the drill with &apos;dvc --drill&apos;.</source>
        <translation>{path} にデータベースがありません。「dvc init」で作成するか、「dvc --drill」で訓練用データベースを開いてください。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of dvc. Update dvc on this laptop to open it.</source>
        <translation>{path} は新しい版の dvc で書き込まれています。開くには、このパソコンの dvc を更新してください。</translation>
    </message>
    <message>
        <source>{path} has no council set up yet. Create it with &apos;dvc init&apos;.</source>
        <translation>{path} には社協の設定がまだありません。「dvc init」で作成してください。</translation>
    </message>
    <message>
        <source>Drill sizes must not be negative.</source>
        <translation>訓練データの件数に負の数は指定できません。</translation>
    </message>
    <message>
        <source>Cannot check in {checked_in} of only {volunteers} volunteers.</source>
        <translation>ボランティア {volunteers} 人のうち {checked_in} 人を受付済みにはできません。</translation>
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
        <translation>訓練用データベースを準備しています…</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>訓練</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Awaiting survey</source>
        <translation>調査待ち</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>調査済</translation>
    </message>
    <message>
        <source>Awaiting matching</source>
        <translation>マッチング待ち</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>継続</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>編成案</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Out on site</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>帰着</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Not insured</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>可</translation>
    </message>
</context>
</TS>
