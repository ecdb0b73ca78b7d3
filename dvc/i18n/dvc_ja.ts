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
    <name>NeedDetail</name>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;rvey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print s&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no&amp;tice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a need in the list to see all it says and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">優先度</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">受付</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished">作業内容</translation>
    </message>
    <message>
        <source>People / days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} people, {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">車両</translation>
    </message>
    <message>
        <source>Volunteers&apos; gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished">資機材</translation>
    </message>
    <message>
        <source>Parking / toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation type="unfinished">ふりがな</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">電話番号</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">人数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>Correct need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New need (ニーズ受付票)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if not the site&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 本町1-2-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 床上浸水30cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 大工、重機</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. スコップ、一輪車</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4/5以降の午前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furi&amp;gana:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dama&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers &amp;needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers&apos; gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: this request may already have been taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} ({why}) received {when}: {name}, {address}, {status}</source>
        <translation type="unfinished"></translation>
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
        <source>Requester</source>
        <translation type="unfinished"></translation>
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
        <source>Requests for help. Ctrl+N takes a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name, kana, phone, address, damage…</source>
        <translation type="unfinished"></translation>
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
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">優先度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状態</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">コード</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
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
        <source>No needs match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>of {count} pages</source>
        <translation>／ {count} ページ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ReceptionDialogs</name>
    <message>
        <source>Today&apos;s limit reached</source>
        <translation>本日の受付上限に達しました</translation>
    </message>
    <message>
        <source>The center set this limit to keep the day safe. Ask the desk lead before checking in more people.</source>
        <translation>安全のためにセンターが決めた上限です。これ以上受け付ける前に、受付班のリーダーに確認してください。</translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation>それでも受付する</translation>
    </message>
    <message>
        <source>Do not check in</source>
        <translation>受付しない</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>1日の受付上限</translation>
    </message>
    <message>
        <source>Check-ins per day before the desk asks for a confirmation (0 = no limit):</source>
        <translation>確認なしで受け付ける1日の人数（0 = 上限なし）：</translation>
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
        <source>Check in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>帰着</translation>
    </message>
    <message>
        <source>(F9 switches)</source>
        <translation>（F9で切替）</translation>
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
        <source>Individuals</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>In groups</source>
        <translation>団体</translation>
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
        <source>Roster and search</source>
        <translation>名簿・検索</translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation>本日の受付一覧</translation>
    </message>
    <message>
        <source>Daily limit…</source>
        <translation>受付上限…</translation>
    </message>
    <message>
        <source>Check out the selected person</source>
        <translation>選んだ人を帰着にする</translation>
    </message>
    <message>
        <source>Check in the selected person</source>
        <translation>選んだ人を受付する</translation>
    </message>
    <message>
        <source>Checked in today (limit {limit})</source>
        <translation>本日の受付（上限 {limit}）</translation>
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
    <name>ScanResultPanel</name>
    <message>
        <source>Check-out: scan the sheet of someone going home</source>
        <translation>帰着：帰る人の受付票を読み取ってください</translation>
    </message>
    <message>
        <source>Scan the QR code of an intake sheet</source>
        <translation>受付票のQRコードを読み取ってください</translation>
    </message>
    <message>
        <source>Or type a code, a name or kana and press Enter.</source>
        <translation>または、コード・氏名・ふりがなを入力して Enter を押してください。</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付しました</translation>
    </message>
    <message>
        <source>Already checked in today</source>
        <translation>本日は受付済みです</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>帰着しました</translation>
    </message>
    <message>
        <source>Already checked out</source>
        <translation>帰着済みです</translation>
    </message>
    <message>
        <source>Not checked in today</source>
        <translation>本日の受付がありません</translation>
    </message>
    <message>
        <source>Blank sheet: not registered yet</source>
        <translation>白紙の受付票：まだ登録されていません</translation>
    </message>
    <message>
        <source>Today&apos;s limit reached: not checked in</source>
        <translation>受付上限のため受け付けませんでした</translation>
    </message>
    <message>
        <source>Today&apos;s limit reached</source>
        <translation>本日の受付上限に達しました</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Cannot use this code</source>
        <translation>このコードは使えません</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>団体：{group}</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>初回</translation>
    </message>
    <message>
        <source>Day {count}</source>
        <translation>{count}日目</translation>
    </message>
    <message>
        <source>Checked in at {time}</source>
        <translation>受付 {time}</translation>
    </message>
    <message>
        <source>Went home at {time}</source>
        <translation>帰着 {time}</translation>
    </message>
    <message>
        <source>Opening the registration form for this sheet…</source>
        <translation>この受付票で登録画面を開きます…</translation>
    </message>
    <message>
        <source>Scan again to be asked once more.</source>
        <translation>もう一度読み取ると、再度確認します。</translation>
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
    <name>StatusDialog</name>
    <message>
        <source>Change status of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People / days still needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change needs a reason; it is kept in the need&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is optional.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Backup: none yet</source>
        <translation>バックアップ：まだなし</translation>
    </message>
    <message>
        <source>Backup: {time}</source>
        <translation>バックアップ：{time}</translation>
    </message>
    <message>
        <source>No backup for over {minutes} minutes.</source>
        <translation>{minutes}分以上バックアップがありません。</translation>
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
    <name>SurveyDialog</name>
    <message>
        <source>Site survey of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;concerns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic)</source>
        <translation type="unfinished"></translation>
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
    <name>TodayTab</name>
    <message>
        <source>Everyone today ({count})</source>
        <translation>本日の全員（{count}）</translation>
    </message>
    <message>
        <source>Still out ({count})</source>
        <translation>活動中（{count}）</translation>
    </message>
    <message>
        <source>Went home ({count})</source>
        <translation>帰着済み（{count}）</translation>
    </message>
    <message>
        <source>Nobody has checked in today yet.</source>
        <translation>本日はまだ誰も受付していません。</translation>
    </message>
    <message>
        <source>Nobody is out: everyone checked in today has gone home.</source>
        <translation>活動中の人はいません。本日受付した全員が帰着しました。</translation>
    </message>
    <message>
        <source>Nobody has checked out yet today.</source>
        <translation>本日はまだ誰も帰着していません。</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished">ふりがな</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">団体</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来所</translation>
    </message>
    <message>
        <source>Went home</source>
        <translation>帰着時刻</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>リピーター</translation>
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
    <name>WorkTypesDialog</name>
    <message>
        <source>Work types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One kind of work a line. The intake form, the board&apos;s filter and the import use this list; needs already taken keep the work they have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>No volunteer insurance for this fiscal year</source>
        <translation>保険未加入（今年度）</translation>
    </message>
    <message>
        <source>Minor (under 18)</source>
        <translation>未成年（18歳未満）</translation>
    </message>
    <message>
        <source>No guardian&apos;s consent on record</source>
        <translation>保護者の同意なし</translation>
    </message>
    <message>
        <source>Checked in: {name} (day {day_count}).</source>
        <translation>受付しました：{name} さん（{day_count}日目）</translation>
    </message>
    <message>
        <source>{name} is already checked in today (at {time}).</source>
        <translation>{name} さんは本日すでに受付済みです（{time}）。</translation>
    </message>
    <message>
        <source>Today&apos;s limit of {capacity} check-ins is reached ({count} checked in). Check {name} in anyway?</source>
        <translation>本日の受付上限 {capacity} 人に達しています（受付済み {count} 人）。{name} さんを受け付けますか？</translation>
    </message>
    <message>
        <source>Checked out: {name} at {time}.</source>
        <translation>帰着を記録しました：{name} さん（{time}）</translation>
    </message>
    <message>
        <source>{name} already checked out today at {time}.</source>
        <translation>{name} さんは本日 {time} に帰着済みです。</translation>
    </message>
    <message>
        <source>{name} has not checked in today, so there is no check-out to record.</source>
        <translation>{name} さんは本日受付していないため、帰着を記録できません。</translation>
    </message>
    <message>
        <source>This QR code was not read completely. Scan it again, or type the code printed on the sheet.</source>
        <translation>QRコードを最後まで読み取れませんでした。もう一度読み取るか、受付票に印刷されたコードを入力してください。</translation>
    </message>
    <message>
        <source>This QR code was misread (its check character does not match). Scan it again.</source>
        <translation>QRコードの読み取りに誤りがあります（チェック文字が合いません）。もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>This QR code was made by a newer version of dvc. Update dvc on this laptop to read it.</source>
        <translation>このQRコードは新しい版の dvc で作られています。このパソコンの dvc を更新してください。</translation>
    </message>
    <message>
        <source>This is not a dvc QR code.</source>
        <translation>dvc のQRコードではありません。</translation>
    </message>
    <message>
        <source>The code {text} has a wrong check digit: a digit was probably misread. Compare it with the sheet.</source>
        <translation>コード {text} のチェック数字が合いません。数字の読み違いと思われます。受付票と見比べてください。</translation>
    </message>
    <message>
        <source>“{text}” is neither a volunteer code nor a dvc QR code.</source>
        <translation>「{text}」はボランティアのコードでも dvc のQRコードでもありません。</translation>
    </message>
    <message>
        <source>This is a group&apos;s code. Scan each member&apos;s own sheet.</source>
        <translation>これは団体のコードです。メンバー一人ひとりの受付票を読み取ってください。</translation>
    </message>
    <message>
        <source>This code belongs to a request, team or equipment, not to a volunteer.</source>
        <translation>これはニーズ・チーム・資機材のコードで、ボランティアのものではありません。</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>何も読み取られていません。</translation>
    </message>
    <message>
        <source>This sheet is from a council this database does not know ({council}). Import that council&apos;s exchange file first, or register the volunteer here.</source>
        <translation>この受付票は、このデータベースが知らない社協（{council}）のものです。先にその社協の交換ファイルを取り込むか、ここで登録してください。</translation>
    </message>
    <message>
        <source>No volunteer with this sheet is in this database. Search by name, or register the volunteer.</source>
        <translation>この受付票のボランティアはこのデータベースにいません。氏名で検索するか、登録してください。</translation>
    </message>
    <message>
        <source>This blank intake sheet is not registered yet: enter what the volunteer wrote on it.</source>
        <translation>この白紙の受付票はまだ登録されていません。記入された内容を入力してください。</translation>
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
    <message>
        <source>Group: {group}</source>
        <translation>団体：{group}</translation>
    </message>
    <message>
        <source>check a volunteer in for today (QR payload or volunteer code)</source>
        <translation>ボランティアの本日の受付（QRの内容またはボランティアコード）</translation>
    </message>
    <message>
        <source>Check a volunteer in for today, as the reception desk&apos;s scan field does.
Exit status 0: checked in or already checked in; 1: anything else (see the message).</source>
        <translation>受付画面の読み取り欄と同じく、ボランティアを本日の受付に記録します。
終了コード 0：受付した、または受付済み。1：それ以外（メッセージを参照）。</translation>
    </message>
    <message>
        <source>the QR code&apos;s text or the volunteer code</source>
        <translation>QRコードの内容またはボランティアコード</translation>
    </message>
    <message>
        <source>check in even when today&apos;s capacity is reached</source>
        <translation>本日の受付上限に達していても受け付ける</translation>
    </message>
    <message>
        <source>record that a volunteer went home (QR payload or volunteer code)</source>
        <translation>ボランティアの帰着を記録（QRの内容またはボランティアコード）</translation>
    </message>
    <message>
        <source>Record a volunteer&apos;s check-out for today.
Exit status 0: checked out (now or earlier); 1: anything else (see the message).</source>
        <translation>ボランティアの本日の帰着を記録します。
終了コード 0：帰着を記録した、または帰着済み。1：それ以外（メッセージを参照）。</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>バックアップを書き出し、確認しました：{path}</translation>
    </message>
    <message>
        <source>Second copy: {path}</source>
        <translation>2か所目のコピー：{path}</translation>
    </message>
    <message>
        <source>The second copy failed: {error}</source>
        <translation>2か所目へのコピーに失敗しました：{error}</translation>
    </message>
    <message>
        <source>Replace {target} with the backup {source}? The current database is kept aside.</source>
        <translation>{target} をバックアップ {source} で置き換えますか？ 今のデータベースは別に保存されます。</translation>
    </message>
    <message>
        <source>Restored {target} from {source}.</source>
        <translation>{source} から {target} を復元しました。</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>それまでのデータベースは {path} として保存してあります。</translation>
    </message>
    <message>
        <source>copy the database now (checked), into backups/ or --out</source>
        <translation>データベースを今すぐコピーする（確認つき。backups/ または --out の場所へ）</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>コピーの書き出し先</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the current one is kept aside)</source>
        <translation>バックアップからデータベースを復元する（今のものは別に保存）</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>バックアップファイル</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>確認せずに実行する</translation>
    </message>
    <message>
        <source>{shown} of {total} needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, {bad} with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line {line}: possibly the same request as {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests for help (ニーズ): list, status, import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the needs board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this status (received, awaiting_survey, …); may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only needs with this work type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, name, kana, phone or address containing TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order of the list (default: newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N needs (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a need&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a need to another status. Changes the state machine does not allow are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the need&apos;s code, e.g. N-KG1-0042-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new status (e.g. awaiting_match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (required for on hold, cancelled, continuing, reopening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing: the work left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing: volunteers still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing: days still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who makes the change (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import needs collected elsewhere. Rows already imported are recognised and not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.csv (UTF-8 or Shift_JIS) or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show what would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set the council&apos;s list of work types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the list with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}. Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({council}), laptop {device}
Fingerprint: {fingerprint}
Read the fingerprint aloud with the other council&apos;s staff (e.g. by phone); trust only if every digit matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this laptop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted {council} laptop {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted laptops yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} for {peer} ({kind}): {rows} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle from {name} laptop {device}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table	new	updated	unchanged	conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview only: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle had been imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the kept version with the other one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by {origin}; entered on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by {origin}; imported {at} from {council} laptop {device} (bundle {bundle}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange files with other laptops and councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write this laptop&apos;s public identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust another laptop after comparing its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other laptop&apos;s identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask (the fingerprint was compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the trusted laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a bundle for a council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council code; our own code for our other laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle file to write (.dvcx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything, not only changes since the last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not encrypt (signed only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle file (.dvcx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the versions that lost a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the other version of a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict id (from dvc exchange conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where a record came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s code, e.g. V-KG1-0042-7</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>“{text}” is not a date. Write it as 1990-04-01, 1990/4/1 or 平成2年4月1日.</source>
        <translation>「{text}」は日付として読めません。1990-04-01、1990/4/1、平成2年4月1日 のように書いてください。</translation>
    </message>
    <message>
        <source>“{text}”: {era} has no year {year}.</source>
        <translation>「{text}」：{era}{year}年はありません。</translation>
    </message>
    <message>
        <source>“{text}” is before {era} began.</source>
        <translation>「{text}」は{era}が始まる前の日付です。</translation>
    </message>
    <message>
        <source>The list of work types must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} work types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work type may have at most {count} characters: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown work type: {name}. Use one of the council&apos;s list: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers needed must be between 1 and {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated days must be between 1 and {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {phone} is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” is not a status of a need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need already has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team is on site. Record the outcome (done or continuing) when it returns, then hold or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need cannot go from “{from_status}” to “{to_status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for this change (it is kept in the need&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need&apos;s history must start with its intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need&apos;s history has a gap before “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the furigana in kana (hiragana or katakana).</source>
        <translation>ふりがなはひらがなかカタカナで書いてください。</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>「{text}」は電話番号として読めません。</translation>
    </message>
    <message>
        <source>“{text}” is not a postal code (7 digits, e.g. 184-0004).</source>
        <translation>「{text}」は郵便番号として読めません（7桁、例：184-0004）。</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>「{text}」はメールアドレスとして読めません。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>保存していません。</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>未入力：{fields}。</translation>
    </message>
    <message>
        <source>“{text}” is not an age (0 to 120).</source>
        <translation>「{text}」は年齢として読めません（0〜120）。</translation>
    </message>
    <message>
        <source>The birth date {day} is in the future.</source>
        <translation>生年月日 {day} が未来の日付です。</translation>
    </message>
    <message>
        <source>The birth date {day} is too long ago.</source>
        <translation>生年月日 {day} が古すぎます。</translation>
    </message>
    <message>
        <source>The form &apos;{name}&apos; was not found in {dirs}.</source>
        <translation>書式「{name}」が見つかりません（探した場所：{dirs}）。</translation>
    </message>
    <message>
        <source>The form file {path} cannot be used: {detail}</source>
        <translation>書式ファイル {path} を使えません：{detail}</translation>
    </message>
    <message>
        <source>The daily capacity must be 0 (no limit) or more.</source>
        <translation>1日の受付上限は 0（上限なし）以上にしてください。</translation>
    </message>
    <message>
        <source>This is not a dvc identity file, or it was damaged or edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity file was made by a newer version of dvc. Update dvc on this laptop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of dvc (format {version}). Update dvc on this laptop to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {path} failed: {error}</source>
        <translation>{path} へのバックアップに失敗しました：{error}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>ファイル {path} がありません。</translation>
    </message>
    <message>
        <source>{path} is not a dvc database; nothing was restored.</source>
        <translation>{path} は dvc のデータベースではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check failed); nothing was restored.</source>
        <translation>{path} は壊れています（整合性チェックに失敗）。何も復元していません。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of dvc; nothing was restored.</source>
        <translation>{path} は新しいバージョンの dvc で作られています。何も復元していません。</translation>
    </message>
    <message>
        <source>Write what the survey found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a need code (like N-KG1-0042-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intake sheet is already registered to {code} {name}.</source>
        <translation>この受付票はすでに {code} {name} さんの登録に使われています。</translation>
    </message>
    <message>
        <source>This volunteer is no longer in the database.</source>
        <translation>このボランティアはデータベースにありません。</translation>
    </message>
    <message>
        <source>This file is not a dvc exchange bundle, or it is damaged or incomplete ({detail}). Nothing was imported; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({name}). It was refused; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the file {name} twice, so it may have been tampered with. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is too large or compressed suspiciously ({name}). It was refused; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is missing or does not match: it was changed after it was made, or it is not from the laptop it names. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its signed checksum: the file was damaged or changed. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from {council} laptop {device}, which this laptop does not trust (fingerprint {fingerprint}). Trust its identity file first (dvc exchange trust). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made for {council}, not for this council. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made on this laptop itself. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from a drill database and this is a real one: drill data is never mixed with real data. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds real data and this is a drill database. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is encrypted for other laptops. Give the sender this laptop&apos;s identity file (dvc exchange identity) and ask for a new bundle. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) could not be decrypted: it is damaged or was changed. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line} of {table} in the bundle does not fit the data format ({detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows of {table} in the bundle refer to records that are neither here nor in the bundle. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of {table} in the bundle has the same code as a different record here. Nothing was imported; check that the two laptops do not share a device number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of {table} in the bundle are dated more than two days ahead of this laptop&apos;s clock. Check the clocks of both laptops. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column {header} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s headers are not those of a needs list. Unknown: {unknown}. Missing: {missing}. See the manual (import_needs) for the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No laptop of &apos;{peer}&apos; is trusted yet. Trust its identity file first (dvc exchange trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is this laptop&apos;s own identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill database and a real one cannot exchange data: drill data never mixes with real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That laptop has the same device number ({number}) as this one, so their record codes would clash. Create one of them again with another --device number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: use a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Shift_JIS text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Excel (.xlsx) file dvc can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has more than {count} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed again after this conflict; reversing now would undo that later change. Edit the record itself instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a record code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Birth date or age</source>
        <translation>生年月日または年齢</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>電話番号またはメール</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>緊急連絡先の電話</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Group contact phone or e-mail</source>
        <translation>団体の連絡先（電話またはメール）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
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
        <translation>18歳未満（{age}歳）：保護者の同意が必要です。</translation>
    </message>
    <message>
        <source>Under 18 ({age}): guardian&apos;s consent recorded.</source>
        <translation>18歳未満（{age}歳）：保護者の同意あり。</translation>
    </message>
    <message>
        <source>Junior-high age or younger: may only come with a guardian (an adult) in the same group. Register them as a group with the guardian.</source>
        <translation>中学生以下：同じ団体に保護者（成人）がいる場合だけ活動できます。保護者と一緒に団体で登録してください。</translation>
    </message>
    <message>
        <source>Volunteer activity insurance: enrolled here today for FY{year}.</source>
        <translation>ボランティア活動保険：本日ここで{year}年度に加入（当日加入）。</translation>
    </message>
    <message>
        <source>Insurance was for FY{old} only; FY{year} (from 1 April) is not covered. Enrol on the spot (当日加入) before work.</source>
        <translation>保険は{old}年度のもので、{year}年度（4月1日から）は未加入です。活動前に当日加入してください。</translation>
    </message>
    <message>
        <source>No volunteer activity insurance for FY{year}. Enrol on the spot (当日加入) before work.</source>
        <translation>{year}年度のボランティア活動保険に未加入です。活動前に当日加入してください。</translation>
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
        <source>Phone</source>
        <translation type="unfinished">電話番号</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished">来所</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men only</source>
        <translation type="unfinished"></translation>
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
