<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Activity report: team {team}</source>
        <translation>活動報告書：{team}</translation>
    </message>
    <message>
        <source>{team}: need {need} ({summary})</source>
        <translation>{team}&#x3000;ニーズ {need}（{summary}）</translation>
    </message>
    <message>
        <source>Leader {leader}; left at {left}, expected back at {back}</source>
        <translation>リーダー {leader}&#x3000;出発 {left}&#x3000;帰着予定 {back}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>帰着を記録</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continuing</source>
        <translation>継続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interrupted</source>
        <translation>中断(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. heavy rain, unsafe building, the resident asked to stop</source>
        <translation>例：大雨、建物が危険、依頼者の希望で中止</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why it &amp;stopped</source>
        <translation>中断の理由(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>実施した作業(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remaining work</source>
        <translation>残りの作業(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>資機材(&amp;O)</translation>
    </message>
    <message>
        <source>Next visit: &amp;people</source>
        <translation>次回の人数(&amp;P)</translation>
    </message>
    <message>
        <source>In&amp;juries</source>
        <translation>けが(&amp;J)</translation>
    </message>
    <message>
        <source>Near &amp;misses</source>
        <translation>ヒヤリハット(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Hours on site</source>
        <translation>活動時間(&amp;H)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
    <message>
        <source>Equipment back</source>
        <translation>資機材の返却</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>貸出中</translation>
    </message>
    <message>
        <source>Back undamaged</source>
        <translation>返却（破損なし）</translation>
    </message>
    <message>
        <source>Back damaged</source>
        <translation>返却（破損あり）</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>No equipment was lent to this team.</source>
        <translation>このチームに貸し出した資機材はありません。</translation>
    </message>
    <message>
        <source>Check out (untick who stays for another team)</source>
        <translation>帰着を記録する人（別のチームで続けて活動する人はチェックを外す）</translation>
    </message>
    <message>
        <source>  (leader)</source>
        <translation>（リーダー）</translation>
    </message>
    <message>
        <source>  (already checked out)</source>
        <translation>（帰着済み）</translation>
    </message>
</context>
<context>
    <name>ApartDialog</name>
    <message>
        <source>The laptops disagree — {desk}</source>
        <translation>パソコンどうしの食い違い — {desk}</translation>
    </message>
    <message>
        <source>While the laptops were apart (no network, or files not exchanged yet), two of them recorded things that cannot both be right. Look at each one, find out what is true, and choose. Until this desk decides, it stays in this list and on the desk&apos;s screen.</source>
        <translation>パソコンどうしがつながっていない間（ネットワークが切れていた、交換ファイルをまだ取り込んでいなかった など）に、2台のパソコンで、両方とも正しいことはありえない記録がされました。一つずつ内容を見て、実際どうなっているかを確かめてから選んでください。この班が決めるまで、この一覧と班の画面の表示は消えません。</translation>
    </message>
    <message>
        <source>Nothing is left for this desk to decide.</source>
        <translation>この班で決めることは残っていません。</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>一つ選んでください</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>数：</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>決定する(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ApartNotice</name>
    <message numerus="yes">
        <source>The laptops disagree: %n thing(s) for this desk to decide: </source>
        <translation>
            <numerusform>パソコンどうしの食い違い：この班で決めることが %n 件あります：</numerusform>
        </translation>
    </message>
    <message>
        <source>  ▶ Look and decide (F8)</source>
        <translation>  ▶ 確かめて決める（F8）</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The change log has not been checked yet.</source>
        <translation>操作の記録はまだ検証していません。</translation>
    </message>
    <message>
        <source>Check the change &amp;log</source>
        <translation>操作の記録を検証(&amp;L)</translation>
    </message>
    <message>
        <source>The change log is long: press “Check the change log” to check it (it takes a while).</source>
        <translation>操作の記録が長いため、自動では検証していません。「操作の記録を検証」を押すと検証します（しばらくかかります）。</translation>
    </message>
    <message numerus="yes">
        <source>Change log checked {when}: {entries} entries from %n laptop(s), none removed or changed.</source>
        <translation>
            <numerusform>操作の記録を検証しました（{when}）：%n台のパソコンの{entries}件、削除や書き換えはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change log checked {when}: it was changed outside dvc or is damaged. Keep this laptop as it is and tell the center head.</source>
        <translation>操作の記録を検証しました（{when}）：dvc の外で書き換えられたか、壊れています。このパソコンはそのままにして、センター長に知らせてください。</translation>
    </message>
    <message>
        <source>… and {count} more (dvc audit verify lists them all).</source>
        <translation>…ほか{count}件（dvc audit verify ですべて表示されます）。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>操作の記録</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>すべての記録</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>Only the day</source>
        <translation>この日だけ</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} 件の変更</translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>条件に合う変更はありません。</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>記録 {id}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
</context>
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
    <name>BadRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>First cells</source>
        <translation>先頭の値</translation>
    </message>
</context>
<context>
    <name>CertificateAction</name>
    <message>
        <source>Activity certificate (Ctrl+Shift+P)</source>
        <translation>活動証明書（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Activity certificate</source>
        <translation>活動証明書</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first (search by name, then Down).</source>
        <translation>先に一覧でボランティアを選んでください（氏名で検索して ↓ キー）。</translation>
    </message>
    <message>
        <source>Activity certificate {code}</source>
        <translation>活動証明書 {code}</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Closing check</source>
        <translation>閉所チェック</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>Teams not back: %n</source>
        <translation>
            <numerusform>帰着していないチーム（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People still checked in: %n</source>
        <translation>
            <numerusform>未帰着の人（%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every team is back.</source>
        <translation>すべてのチームが帰着しています。</translation>
    </message>
    <message>
        <source>Everyone who checked in has checked out.</source>
        <translation>受付した人は全員帰着しています。</translation>
    </message>
    <message>
        <source>All back: every team has returned and everyone has checked out.</source>
        <translation>全員帰着：すべてのチームと、受付した全員が帰着しました。</translation>
    </message>
    <message>
        <source>Not everyone is back. Call the leaders of the teams below; check out people who have left.</source>
        <translation>まだ戻っていない人がいます。下のチームのリーダーに電話してください。すでに帰った人は、帰着を記録してください。</translation>
    </message>
</context>
<context>
    <name>ConfirmTeamsDialog</name>
    <message>
        <source>Confirm teams</source>
        <translation>チームの確定</translation>
    </message>
    <message>
        <source>Confirm these {count} teams? Their members are then busy for the day and the dispatch desk can send them out.</source>
        <translation>この {count} チームを確定しますか？ メンバーは本日このチームで活動することになり、送り出し班が送り出せるようになります。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定する</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>When a record was changed on two laptops, the newer change is kept everywhere and the other is listed here. Choose one to see both versions; “Keep the other version” makes it the current one.</source>
        <translation>同じ記録が2台のパソコンで変更されたときは、新しい方の変更をどこでも採用し、もう一方をここに残します。選ぶと両方の版が見られます。「もう一方の版にする」で、残した版を現在の版にします。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>採用した版</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>もう一方の版</translation>
    </message>
    <message>
        <source>&amp;Keep the other version</source>
        <translation>もう一方の版にする(&amp;K)</translation>
    </message>
    <message>
        <source>reversed by {who}</source>
        <translation>取り消し済み（{who}）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>もう一方の版にする</translation>
    </message>
    <message>
        <source>Make the other version of {record} the current one? It then travels to the other laptops as a new change.</source>
        <translation>{record} をもう一方の版にしますか？ この変更は新しい変更として他のパソコンにも伝わります。</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>The database cannot be opened: the file is damaged.
{path}</source>
        <translation>データベースのファイルが破損しているため、開けません。
{path}</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}. Do not delete the file: close dvc and ask whoever looks after it. A backup on a USB stick can be put back with &apos;dvc restore&apos;.</source>
        <translation>{folder} に使えるバックアップが見つかりませんでした。ファイルは削除せずに dvc を閉じ、dvc の担当者に相談してください。USBメモリなどにあるバックアップは「dvc restore」で戻せます。</translation>
    </message>
    <message>
        <source>Close dvc</source>
        <translation>dvc を閉じる</translation>
    </message>
    <message>
        <source>The latest good backup was made on {day} at {time}:
{file}

Put it back and open it? What was entered after {time} is not in it. The damaged file is kept in the backups folder, not deleted.</source>
        <translation>使える最新のバックアップは {day} {time} に作成したものです。
{file}

このバックアップを戻して開きますか？ {time} より後に入力した内容は含まれていません。破損したファイルは削除せず、バックアップのフォルダーに残します。</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>最新のバックアップから復元する</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Checked in today</source>
        <translation>本日の受付</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>リピーター</translation>
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
        <source>Not yet checked out</source>
        <translation>未帰着</translation>
    </message>
    <message>
        <source>Registered in all</source>
        <translation>登録者数</translation>
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
        <source>Overdue</source>
        <translation>帰着予定超過</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>帰着済</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>未完了ニーズ</translation>
    </message>
    <message>
        <source>Volunteer-days needed</source>
        <translation>必要人数（延べ人日）</translation>
    </message>
    <message>
        <source>Equipment out</source>
        <translation>資機材貸出中</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Needs and equipment</source>
        <translation>ニーズ・資機材</translation>
    </message>
    <message>
        <source>Volunteers per day</source>
        <translation>日別の活動者数</translation>
    </message>
    <message>
        <source>Needs received and completed per day</source>
        <translation>日別のニーズ受付と完了</translation>
    </message>
    <message>
        <source>Needs by status</source>
        <translation>状態別のニーズ</translation>
    </message>
    <message>
        <source>Volunteers on {month}/{day}</source>
        <translation>{month}月{day}日のボランティア</translation>
    </message>
    <message>
        <source>Not back in time: {teams}</source>
        <translation>帰着予定を過ぎたチーム：{teams}</translation>
    </message>
    <message>
        <source>{team} ({district}, due {time})</source>
        <translation>{team}（{district}、{time}帰着予定）</translation>
    </message>
    <message>
        <source>Out of stock: {items}</source>
        <translation>在庫切れ：{items}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>DayCards</name>
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
        <translation>新規</translation>
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
        <source>Checked in today (limit {limit})</source>
        <translation>本日の受付（上限 {limit}）</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>{m1}/{d1} to {m2}/{d2}</source>
        <translation>{m1}月{d1}日〜{m2}月{d2}日</translation>
    </message>
    <message>
        <source>Charts are not available in this installation (Qt Charts is missing).</source>
        <translation>この環境ではグラフを表示できません（Qt Charts がありません）。</translation>
    </message>
</context>
<context>
    <name>DispatchFlows</name>
    <message>
        <source>Dispatch sheet</source>
        <translation>送り出し票</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Dispatch</source>
        <translation>送り出し</translation>
    </message>
    <message>
        <source>Scan a returning team&apos;s dispatch sheet, or choose a team.</source>
        <translation>帰ってきたチームの送り出し票を読み取るか、一覧からチームを選んでください。</translation>
    </message>
    <message>
        <source>C&amp;losing check…</source>
        <translation>閉所チェック(&amp;L)…</translation>
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
        <source>Late</source>
        <translation>帰着予定超過</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>帰着済</translation>
    </message>
    <message>
        <source>Dispatch sheet QR or team code</source>
        <translation>送り出し票のQRコード、またはチーム番号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Send off…</source>
        <translation>送り出し(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Return and report…</source>
        <translation>帰着・活動報告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print dispatch sheet</source>
        <translation>送り出し票を印刷(&amp;P)</translation>
    </message>
    <message>
        <source>{team}: {status}, nothing to do here.</source>
        <translation>{team}：{status}。ここで行う操作はありません。</translation>
    </message>
    <message>
        <source>{team} has left. Expected back at {time}.</source>
        <translation>{team} が出発しました。帰着予定は {time} です。</translation>
    </message>
    <message>
        <source>{team} is back; the report is saved.</source>
        <translation>{team} が帰着しました。活動報告書を保存しました。</translation>
    </message>
    <message>
        <source>No teams today yet.
Teams confirmed at the matching desk are listed here, ready to leave.</source>
        <translation>本日のチームはまだありません。
マッチング班で確定したチームが、出発待ちとしてここに表示されます。</translation>
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
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>似た登録</translation>
    </message>
    <message>
        <source>No similar registration.</source>
        <translation>似た登録はありません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open {code} instead of registering a new person</source>
        <translation>新しく登録せず {code} を開く</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>似た登録（{count}件）</translation>
    </message>
    <message>
        <source>same furigana and birth date</source>
        <translation>ふりがなと生年月日が同じ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age}歳</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Equipment</source>
        <translation>資機材</translation>
    </message>
    <message>
        <source>Scan a label or type an E- code, then press Enter.</source>
        <translation>ラベルを読み取るか、E- で始まるコードを入力して Enter を押してください。</translation>
    </message>
    <message>
        <source>Equipment label or code</source>
        <translation>資機材ラベルまたはコード</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>探す</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>貸出(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>返却(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>品目を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>品目を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>品目を削除</translation>
    </message>
    <message>
        <source>Add the usual tools</source>
        <translation>標準の資機材を追加</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>ラベル印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Only the selected item</source>
        <translation>選択した品目のみ</translation>
    </message>
    <message>
        <source>No equipment is registered yet.
Add items one by one, or start from the usual tools.</source>
        <translation>資機材がまだ登録されていません。
品目を1つずつ追加するか、標準の資機材から始めてください。</translation>
    </message>
    <message>
        <source>Out of stock: {items}</source>
        <translation>在庫切れ：{items}</translation>
    </message>
    <message>
        <source>Running low: {items}</source>
        <translation>残りわずか：{items}</translation>
    </message>
    <message>
        <source>{items} items; {out} pieces out on loan</source>
        <translation>{items}品目・貸出中 {out}点</translation>
    </message>
    <message>
        <source>Out on loan: {name}</source>
        <translation>貸出中：{name}</translation>
    </message>
    <message>
        <source>Out on loan</source>
        <translation>貸出中</translation>
    </message>
    <message>
        <source>Nothing is out on loan.</source>
        <translation>貸出中の資機材はありません。</translation>
    </message>
    <message>
        <source>{name}: {available} {unit} available, {out} out</source>
        <translation>{name}：貸出可 {available}{unit}・貸出中 {out}</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>返却</translation>
    </message>
    <message>
        <source>Choose the loan being returned in the list below.</source>
        <translation>返却される貸出を下の一覧から選んでください。</translation>
    </message>
    <message>
        <source>Take {name} off the equipment list?</source>
        <translation>{name}を資機材の一覧から削除しますか？</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange with other laptops and councils</source>
        <translation>データ交換（他のパソコン・ブロックの社協）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送る(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>受け取る(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>競合(&amp;O)</translation>
    </message>
    <message>
        <source>Record &amp;source</source>
        <translation>記録の出所(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>交換先(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ExportProtection</name>
    <message>
        <source>File saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Saved unencrypted:
{path}</source>
        <translation>暗号化せずに保存しました：
{path}</translation>
    </message>
    <message>
        <source>Saved encrypted:
{path}

Passphrase (shown only now: write it down; tell it to the recipient by phone, not in the same e-mail):</source>
        <translation>暗号化して保存しました：
{path}

パスワード（表示は今回だけです。書き留めてください。相手には同じメールではなく電話で伝えてください）：</translation>
    </message>
    <message>
        <source>Saved encrypted:
{path}

Open it with 7-Zip or another archiver and the passphrase you typed.</source>
        <translation>暗号化して保存しました：
{path}

7-Zip などの解凍ソフトで、入力したパスワードを使って開けます。</translation>
    </message>
</context>
<context>
    <name>ExportProtectionDialog</name>
    <message>
        <source>Protect the file</source>
        <translation>ファイルの保護</translation>
    </message>
    <message>
        <source>This file holds names and contact details. It is saved as a zip encrypted with AES-256: open it with 7-Zip or another archiver and the passphrase. Windows Explorer alone cannot open it.</source>
        <translation>このファイルには氏名や連絡先が含まれます。AES-256 で暗号化した zip として保存します。7-Zip などの解凍ソフトとパスワードで開けます。Windows のエクスプローラーだけでは開けません。</translation>
    </message>
    <message>
        <source>This file holds no personal data: it may be saved unencrypted, or encrypted like the others.</source>
        <translation>このファイルには個人情報が含まれません。暗号化せずに保存できます（暗号化もできます）。</translation>
    </message>
    <message>
        <source>&amp;Type a passphrase (at least {n} characters)</source>
        <translation>パスワードを入力する（{n} 文字以上）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Make one for me (shown once, after saving)</source>
        <translation>自動で作る（保存後に一度だけ表示）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>もう一度(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Unencrypted (no personal data)</source>
        <translation>暗号化しない（個人情報なし）(&amp;U)</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>次へ…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2回入力したパスワードが違います。</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>A bundle holds what changed since the last bundle for that council. For another council it holds only volunteers who agreed to block sharing, needs asked for support, lendable equipment and the day&apos;s figures; for our own other laptops it holds everything.</source>
        <translation>交換ファイルには、その社協宛ての前回の交換ファイル以降に変わった記録が入ります。他の社協宛てには、ブロック共有に同意したボランティア、応援要請したニーズ、貸出可能な資機材、日々の集計だけが入ります。自社協の他のパソコン宛てには、すべてが入ります。</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T)：</translation>
    </message>
    <message>
        <source>Everything, not only the changes (&amp;full)</source>
        <translation>変更分だけでなく全件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the receiving council</source>
        <translation>受け取る社協だけが読めるよう暗号化する(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Write bundle…</source>
        <translation>交換ファイルを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>{name} (our other laptops)</source>
        <translation>{name}（自社協の他のパソコン）</translation>
    </message>
    <message>
        <source>Trust another laptop first (the Laptops tab).</source>
        <translation>先に交換先のパソコンを信頼してください（「交換先」タブ）。</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>交換ファイルを書き出す</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>交換ファイルを書き出しています…</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全件</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>変更分のみ</translation>
    </message>
    <message>
        <source>Wrote {path} ({kind}, {rows} records). Hand it over on a USB stick or by mail.</source>
        <translation>{path} を書き出しました（{kind}、{rows} 件）。USBメモリやメールで渡してください。</translation>
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
    <message>
        <source>Enter your name first: you become the center head, the first staff member who can sign in.</source>
        <translation>先にお名前を入力してください。入力した方がセンター長となり、最初にサインインできる担当者になります。</translation>
    </message>
    <message>
        <source>&amp;Join a center hub…</source>
        <translation>センターのハブに参加(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>Joining the center</source>
        <translation>センターに参加</translation>
    </message>
    <message>
        <source>Receiving the center&apos;s records…</source>
        <translation>センターの記録を受け取っています…</translation>
    </message>
    <message>
        <source>This takes a few seconds, or up to a minute for a large center. Keep the laptop on the center&apos;s network.</source>
        <translation>数秒、大きなセンターでは1分ほどかかります。このパソコンをセンターのネットワークにつないだままにしてください。</translation>
    </message>
    <message>
        <source>Go on in the &amp;background</source>
        <translation>裏で続ける(&amp;B)</translation>
    </message>
    <message>
        <source>Records received: {count}</source>
        <translation>受け取った記録：{count}件</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GroupEditDialog</name>
    <message>
        <source>Group</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Add a member… (Ctrl+N)</source>
        <translation>メンバーを追加…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the chosen member (Enter)</source>
        <translation>選んだメンバーを開く（Enter）</translation>
    </message>
    <message>
        <source>Save the group (Ctrl+S)</source>
        <translation>団体を保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>Group {code}</source>
        <translation>団体 {code}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>メンバー：{count}人</translation>
    </message>
    <message>
        <source>Record on-site enrolment for the {count} uninsured (当日加入)</source>
        <translation>保険未加入の {count}人を当日加入として記録する</translation>
    </message>
</context>
<context>
    <name>GroupMemberModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保険</translation>
    </message>
</context>
<context>
    <name>GroupRegistrationDialog</name>
    <message>
        <source>New group (団体)</source>
        <translation>団体の登録</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>連絡先電話</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>連絡先メール</translation>
    </message>
    <message>
        <source>empty: the first adult member</source>
        <translation>空欄：最初の成人メンバー</translation>
    </message>
    <message>
        <source>empty: the representative&apos;s phone</source>
        <translation>空欄：代表者の電話番号</translation>
    </message>
    <message>
        <source>May be shared with the block&apos;s councils</source>
        <translation>ブロック内の社協と共有してよい</translation>
    </message>
    <message>
        <source>Member being added</source>
        <translation>追加するメンバー</translation>
    </message>
    <message>
        <source>Add member (Enter)</source>
        <translation>メンバーに追加（Enter）</translation>
    </message>
    <message>
        <source>Remove chosen member (Del)</source>
        <translation>選んだメンバーを外す（Del）</translation>
    </message>
    <message>
        <source>Register group (Ctrl+Enter)</source>
        <translation>団体を登録（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル（Esc）</translation>
    </message>
    <message>
        <source>Enter adds the member and starts the next. When all are in, Enter on the empty member form or Ctrl+Enter registers the group.</source>
        <translation>Enter でメンバーを追加し、次の人の入力に移ります。全員入れたら、空のメンバー欄で Enter、または Ctrl+Enter で団体を登録します。</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>メンバー：{count}人</translation>
    </message>
    <message>
        <source>Add the members; the rules for each appear here.</source>
        <translation>メンバーを追加すると、一人ひとりの注意がここに出ます。</translation>
    </message>
</context>
<context>
    <name>HeadOfficePage</name>
    <message>
        <source>Head office</source>
        <translation>総務</translation>
    </message>
    <message>
        <source>Today at a glance; it follows the other desks.</source>
        <translation>本日の状況をひと目で。各班の作業に合わせて更新されます。</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>日報・報告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Insurer&apos;s list…</source>
        <translation>保険会社向け名簿(&amp;I)…</translation>
    </message>
    <message>
        <source>People enrolled in volunteer insurance here who agreed to their details going to the insurer (saved encrypted)</source>
        <translation>ここでボランティア活動保険に加入し、保険会社への情報提供に同意した人の名簿（暗号化して保存）</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>データ交換(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Center hub…</source>
        <translation>センターのハブ(&amp;C)…</translation>
    </message>
    <message>
        <source>Make this laptop the center hub, see the desks that joined</source>
        <translation>このパソコンをセンターのハブにする、参加したパソコンの状態を見る</translation>
    </message>
</context>
<context>
    <name>HubDesks</name>
    <message>
        <source>Laptop</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>最後の連絡</translation>
    </message>
    <message>
        <source>Laptop {number}</source>
        <translation>{number}号機</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Center hub</source>
        <translation>センターのハブ</translation>
    </message>
    <message>
        <source>Where the desks join</source>
        <translation>参加するパソコンに伝えること</translation>
    </message>
    <message>
        <source>&amp;New join code</source>
        <translation>新しい参加コード(&amp;N)</translation>
    </message>
    <message>
        <source>A desk&apos;s barcode scanner reads this into its join screen.</source>
        <translation>参加するパソコンの「ハブに参加」の画面で、バーコードリーダーで読み取れます。</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス：</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>参加コード：</translation>
    </message>
    <message>
        <source>Desks that joined</source>
        <translation>参加したパソコン</translation>
    </message>
    <message>
        <source>&amp;Make this laptop the center hub</source>
        <translation>このパソコンをセンターのハブにする(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;top the hub…</source>
        <translation>ハブを止める(&amp;T)…</translation>
    </message>
    <message>
        <source>Make this desk the ne&amp;w hub…</source>
        <translation>このパソコンを新しいハブにする(&amp;W)…</translation>
    </message>
    <message>
        <source>Only the center head starts and stops the hub: sign in as the center head (File → Change operator).</source>
        <translation>ハブを始める・止めるのはセンター長です。センター長がサインインしてください（ファイル → 担当者の交代）。</translation>
    </message>
    <message>
        <source>Asking the hub on this laptop…</source>
        <translation>このパソコンのハブに問い合わせています…</translation>
    </message>
    <message>
        <source>This laptop is the center hub.</source>
        <translation>このパソコンがセンターのハブです。</translation>
    </message>
    <message>
        <source>The other laptops join with this address and join code. The hub goes on when this screen or dvc is closed; stop it only when the center closes.</source>
        <translation>他のパソコンは、このアドレスと参加コードで参加します。この画面や dvc を閉じてもハブは動き続けます。止めるのはセンターを閉じるときだけにしてください。</translation>
    </message>
    <message>
        <source>The hub on this laptop is stopped.</source>
        <translation>このパソコンのハブは止まっています。</translation>
    </message>
    <message>
        <source>The desks work on and show &quot;out of touch&quot;. Start it again: the desks that joined go on with the same address and join code.</source>
        <translation>各パソコンは作業を続けられますが、「ハブと連絡が取れません」と表示されます。ハブを再開すると、参加済みのパソコンは同じアドレスと参加コードのまま同期を再開します。</translation>
    </message>
    <message>
        <source>This laptop has joined the hub at {address}.</source>
        <translation>このパソコンは {address} のハブに参加しています。</translation>
    </message>
    <message>
        <source>If the hub laptop is lost for good (broken, flat, taken away), make this desk the new hub: the other desks then join it, and nothing any desk saved is lost.</source>
        <translation>ハブのパソコンが使えなくなったとき（故障、電池切れ、持ち出し）は、このパソコンを新しいハブにしてください。他のパソコンが新しいハブに参加し直せば、どのパソコンで保存した記録も失われません。</translation>
    </message>
    <message>
        <source>This laptop is not in center mode.</source>
        <translation>このパソコンはセンター連携をしていません。</translation>
    </message>
    <message>
        <source>Make one laptop (usually head office&apos;s) the center hub; the other laptops join it from Settings with its address and join code, and are kept in step with each other.</source>
        <translation>1台（ふつうは総務のパソコン）をセンターのハブにします。他のパソコンは「設定」から、ハブのアドレスと参加コードで参加します。参加したパソコンの記録は自動でそろいます。</translation>
    </message>
    <message>
        <source>Also: {addresses}</source>
        <translation>ほかのアドレス：{addresses}</translation>
    </message>
    <message>
        <source>{left} wrong codes more and the hub takes no more: then make a new code.</source>
        <translation>あと{left}回間違えると、ハブは参加を受け付けなくなります。そのときは新しい参加コードを作ってください。</translation>
    </message>
    <message>
        <source>&amp;Start the hub again</source>
        <translation>ハブを再開する(&amp;S)</translation>
    </message>
    <message>
        <source>Starting the center hub…</source>
        <translation>センターのハブを始めています…</translation>
    </message>
    <message>
        <source>Stop the hub</source>
        <translation>ハブを止める</translation>
    </message>
    <message>
        <source>Stop the center hub?

The other desks keep working on their own and show &quot;out of touch&quot;; what they save is sent when the hub runs again. Stop it when the center closes.</source>
        <translation>センターのハブを止めますか？

他のパソコンはそれぞれ作業を続けられますが、「ハブと連絡が取れません」と表示されます。保存した記録は、ハブを再開したときに送られます。ハブを止めるのは、センターを閉じるときです。</translation>
    </message>
    <message>
        <source>&amp;Stop the hub</source>
        <translation>ハブを止める(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping the center hub…</source>
        <translation>センターのハブを止めています…</translation>
    </message>
    <message>
        <source>Make this desk the new hub</source>
        <translation>このパソコンを新しいハブにする</translation>
    </message>
    <message>
        <source>Make this desk the new center hub?

• A new hub is made from the records on this laptop, with a new address and join code.
• This laptop stops following the hub at {address}.
• Every other desk must join the new hub (Settings → Join a center hub); each sends what it saved, so nothing is lost.

Do this only when the old hub laptop is lost for good. If it still runs, stop it there first.</source>
        <translation>このパソコンをセンターの新しいハブにしますか？

・このパソコンの記録から新しいハブを作ります。アドレスと参加コードは新しくなります。
・このパソコンは、{address} のハブとのやりとりをやめます。
・他のパソコンはすべて、新しいハブに参加し直してください（設定 → センターのハブに参加）。それぞれが保存した記録を送るので、記録は失われません。

古いハブのパソコンが使えなくなったときだけ行ってください。古いハブがまだ動いているときは、先にそのパソコンでハブを止めてください。</translation>
    </message>
    <message>
        <source>&amp;Make this desk the new hub</source>
        <translation>このパソコンを新しいハブにする(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>戻る(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import pre-registrations (事前登録の取り込み)</source>
        <translation>事前登録の取り込み</translation>
    </message>
    <message>
        <source>A .csv (UTF-8 or Shift_JIS) or .xlsx file from the web form: choose it, or type or paste its path and press Enter</source>
        <translation>Webフォームの .csv（UTF-8 または Shift_JIS）か .xlsx：「ファイルを選ぶ…」で選ぶか、場所を入力・貼り付けて Enter</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds. Nothing is imported before you say so.</source>
        <translation>ファイルを選ぶと中身を確認できます。「取り込む」を押すまで何も登録しません。</translation>
    </message>
    <message>
        <source>Save bad rows…</source>
        <translation>エラーの行を保存…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>Pre-registration file</source>
        <translation>事前登録のファイル</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>名簿 (*.csv *.xlsx *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>{name} could not be read (the message said why). Nothing was imported; choose another file.</source>
        <translation>{name} は読み込めませんでした（理由はメッセージのとおりです）。何も取り込んでいません。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <source>Save bad rows</source>
        <translation>エラーの行を保存</translation>
    </message>
    <message>
        <source>Encrypted zip (*.zip)</source>
        <translation>暗号化 zip (*.zip)</translation>
    </message>
    <message>
        <source>{count} bad rows saved to {path}.</source>
        <translation>エラーの {count} 行を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>追加した人（{count}）</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>追加する人（{count}）</translation>
    </message>
    <message>
        <source>Bad rows ({count})</source>
        <translation>エラーの行（{count}）</translation>
    </message>
    <message>
        <source>Already known ({count})</source>
        <translation>登録済み（{count}）</translation>
    </message>
    <message>
        <source>No new volunteers in this file.</source>
        <translation>このファイルに新しいボランティアはいません。</translation>
    </message>
    <message>
        <source>No bad rows.</source>
        <translation>エラーの行はありません。</translation>
    </message>
    <message>
        <source>Nobody in this file is known yet.</source>
        <translation>このファイルの人はまだ誰も登録されていません。</translation>
    </message>
    <message>
        <source>Imported {count} volunteers ({groups} new groups). {bad} bad rows were left out.</source>
        <translation>ボランティア {count} 人を取り込みました（新しい団体 {groups}）。エラーの {bad} 行は取り込んでいません。</translation>
    </message>
    <message>
        <source>{rows} rows: {new} to add, {skipped} already known, {bad} bad.</source>
        <translation>{rows}行：追加 {new}、登録済み {skipped}、エラー {bad}。</translation>
    </message>
    <message>
        <source>New groups: {names}</source>
        <translation>新しい団体：{names}</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>読み込まない列：{names}</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>&amp;Check a bundle…</source>
        <translation>交換ファイルを確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a bundle: it is checked and shown here before anything changes.</source>
        <translation>交換ファイルを選んでください。何かを変更する前に、検査して内容をここに表示します。</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Records changed on both sides (the newer change is kept; the other stays in the conflict list to review):</source>
        <translation>両方で変更された記録（新しい方の変更を採用し、もう一方は競合一覧に残して確認できます）：</translation>
    </message>
    <message>
        <source>Record / field</source>
        <translation>記録 / 項目</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>こちら</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>交換ファイル</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Do &amp;not import</source>
        <translation>取り込まない(&amp;N)</translation>
    </message>
    <message>
        <source>Check a bundle</source>
        <translation>交換ファイルを確認</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>交換ファイルを検査しています…</translation>
    </message>
    <message>
        <source>From {name}, laptop {device}, made {when}.</source>
        <translation>{name} {device}号機から、{when} 作成。</translation>
    </message>
    <message>
        <source>This bundle was imported before.</source>
        <translation>この交換ファイルは以前に取り込み済みです。</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>まだ何も変更していません。</translation>
    </message>
    <message>
        <source>kept: bundle</source>
        <translation>採用：交換ファイル</translation>
    </message>
    <message>
        <source>kept: here</source>
        <translation>採用：こちら</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in it have a name with characters the printed forms cannot show (they will print as 〓): {codes}. Check those names with the people or their council.</source>
        <translation>
            <numerusform>この中に、印刷物に表示できない文字を含む名前が %n 件あります（印刷すると〓になります）：{codes}。正しい書き方を本人か登録した社協に確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported record(s) have a name with characters the printed forms cannot show (printed as 〓): {codes}. Check those names with the people or their council.</source>
        <translation>
            <numerusform>取り込んだ %n 件の名前に、印刷物に表示できない文字があります（〓と印刷されます）：{codes}。正しい書き方を本人か登録した社協に確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {conflicts} conflicts.</source>
        <translation>取り込みました：新規 {new} 件、更新 {updated} 件、競合 {conflicts} 件。</translation>
    </message>
    <message numerus="yes">
        <source>Importing it shows the desks %n thing(s) the laptops did apart that they must decide (F8 at the desk).</source>
        <translation>
            <numerusform>取り込むと、パソコンどうしの食い違いが %n 件見つかり、決める班の画面に表示されます（班の画面で F8）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The desks now show %n thing(s) the laptops did apart that they must decide (F8 at the desk).</source>
        <translation>
            <numerusform>パソコンどうしの食い違いが %n 件見つかり、決める班の画面に表示しました（班の画面で F8）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsurerList</name>
    <message>
        <source>Save the insurer&apos;s list</source>
        <translation>保険会社向け名簿を保存</translation>
    </message>
    <message>
        <source>Encrypted zip (*.zip)</source>
        <translation>暗号化 zip (*.zip)</translation>
    </message>
    <message>
        <source>FY{year}: {count} people enrolled here are on the list.</source>
        <translation>{year}年度：ここで加入した {count} 人を名簿に載せました。</translation>
    </message>
    <message>
        <source>Not on it, no consent to pass their details to the insurer on record (ask them): {codes}</source>
        <translation>保険会社への情報提供の同意が記録されていないため載せていない人（本人に確認してください）：{codes}</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Equipment item</source>
        <translation>資機材の品目</translation>
    </message>
    <message>
        <source>New equipment item</source>
        <translation>資機材の品目を追加</translation>
    </message>
    <message>
        <source>e.g. スコップ（角）</source>
        <translation>例：スコップ（角）</translation>
    </message>
    <message>
        <source>本, 台, 枚, 個…</source>
        <translation>本、台、枚、個…</translation>
    </message>
    <message>
        <source>Consumable (what is not brought back was used up)</source>
        <translation>消耗品（返却されなかった分は使用済みとする）</translation>
    </message>
    <message>
        <source>May be lent to other councils of the block</source>
        <translation>ブロック内の他の社協へ貸出可</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>品名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>単位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Owned (all pieces, lost and damaged included)</source>
        <translation>保有数（紛失・破損を含む全数）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>紛失(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Damaged</source>
        <translation>破損(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Minimum stock (warn below)</source>
        <translation>最低在庫（下回ると警告）(&amp;M)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the center hub</source>
        <translation>センターのハブに参加</translation>
    </message>
    <message>
        <source>This laptop gets its council, its staff list and all the center&apos;s records from the hub. Type the address and join code shown on the hub screen (総務), or scan its QR code.</source>
        <translation>このパソコンは、社協の設定・担当者の一覧・センターのすべての記録をハブから受け取ります。ハブの画面（総務）に表示されたアドレスと参加コードを入力するか、QRコードを読み取ってください。</translation>
    </message>
    <message>
        <source>This laptop keeps its records and shares them with the center; it receives the other desks&apos; records. Type the address and join code shown on the hub screen (総務), or scan its QR code.</source>
        <translation>このパソコンの記録はそのまま残り、センターと共有されます。他のパソコンの記録も受け取ります。ハブの画面（総務）に表示されたアドレスと参加コードを入力するか、QRコードを読み取ってください。</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>もう一度探す(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:47810</source>
        <translation>例：192.168.1.20:47810</translation>
    </message>
    <message>
        <source>8 digits, e.g. 1234-5678</source>
        <translation>8桁の数字（例：1234-5678）</translation>
    </message>
    <message>
        <source>the first free number</source>
        <translation>空いている番号</translation>
    </message>
    <message>
        <source>Hubs found:</source>
        <translation>見つかったハブ：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;D)：</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>センター：</translation>
    </message>
    <message>
        <source>Join &amp;code:</source>
        <translation>参加コード(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Laptop number:</source>
        <translation>端末番号(&amp;L)：</translation>
    </message>
    <message>
        <source>Each laptop of the center has its own number (part of every code it prints).</source>
        <translation>センターのパソコンは1台ずつ別の端末番号を使います（印刷する記録コードの一部になります）。</translation>
    </message>
    <message>
        <source>This laptop keeps its number, laptop {number}.</source>
        <translation>このパソコンの端末番号は今のまま（{number}号機）です。</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>参加する(&amp;J)</translation>
    </message>
    <message>
        <source>Looking for hubs on this network…</source>
        <translation>このネットワークでハブを探しています…</translation>
    </message>
    <message>
        <source> (drill)</source>
        <translation>（訓練）</translation>
    </message>
    <message>
        <source>Choose the hub, or type its address below.</source>
        <translation>ハブを選ぶか、下にアドレスを入力してください。</translation>
    </message>
    <message>
        <source>No hub found on this network (some routers hide laptops from each other): type the address.</source>
        <translation>このネットワークではハブが見つかりませんでした（ルーターによってはパソコン同士が見えません）。アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Which center it is shows here once the address is typed.</source>
        <translation>アドレスを入力すると、どのセンターかがここに表示されます。</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>ハブに問い合わせています…</translation>
    </message>
    <message>
        <source>Laptop numbers in use: {numbers}</source>
        <translation>使用中の端末番号：{numbers}</translation>
    </message>
    <message>
        <source>Read from the hub&apos;s QR code: {address}, code {code}.</source>
        <translation>ハブのQRコードを読み取りました：{address}、参加コード {code}</translation>
    </message>
    <message>
        <source>Joining the center hub at {address}…</source>
        <translation>{address} のハブに参加しています…</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Print equipment labels</source>
        <translation>資機材ラベルの印刷</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>枚数</translation>
    </message>
    <message>
        <source>Big labels for bins and shelves (4 to a sheet)</source>
        <translation>置き場・棚用の大きいラベル（1枚に4面）</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet, counted from the top left</source>
        <translation>1枚目ですでに使ったラベルの数（左上から数えて）</translation>
    </message>
    <message>
        <source>One of each</source>
        <translation>全品目を1枚ずつ</translation>
    </message>
    <message>
        <source>&amp;Skip used labels on the first sheet</source>
        <translation>1枚目の使用済みラベルを飛ばす(&amp;S)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>プレビューして印刷…</translation>
    </message>
    <message>
        <source>How many labels for each item?</source>
        <translation>品目ごとのラベルの枚数</translation>
    </message>
    <message>
        <source>Equipment labels</source>
        <translation>資機材ラベル</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>Lend equipment</source>
        <translation>資機材の貸出</translation>
    </message>
    <message>
        <source>{name} ({available} {unit} available)</source>
        <translation>{name}（貸出可 {available}{unit}）</translation>
    </message>
    <message>
        <source>A team out on site</source>
        <translation>活動中のチーム</translation>
    </message>
    <message>
        <source>Another council (block agreement)</source>
        <translation>他の社協（ブロック協定）</translation>
    </message>
    <message>
        <source>{team}  {need} {district}  left {time}</source>
        <translation>{team}&#x3000;{need} {district}&#x3000;{time} 出発</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>品目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>貸し出す</translation>
    </message>
    <message>
        <source>{name}: none left to lend.</source>
        <translation>{name}：貸し出せる在庫がありません。</translation>
    </message>
    <message>
        <source>No team is out on site now; teams get tools at the dispatch desk as they leave.</source>
        <translation>活動中のチームはいません。チームへの貸出は送り出しの際に送り出し班で行います。</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Lent to</source>
        <translation>貸出先</translation>
    </message>
    <message>
        <source>Need / district</source>
        <translation>ニーズ・地区</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>貸出数</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返却数</translation>
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
        <source>Still out</source>
        <translation>未返却</translation>
    </message>
    <message>
        <source>Lent at</source>
        <translation>貸出日時</translation>
    </message>
    <message>
        <source>{count} {unit} used up on site</source>
        <translation>現地で使用 {count}{unit}</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Screen locked</source>
        <translation>画面をロックしました</translation>
    </message>
    <message>
        <source>No one used this laptop for {minutes} minutes: the personal data is hidden.</source>
        <translation>{minutes}分間操作がなかったため、個人情報を隠しています。</translation>
    </message>
    <message>
        <source>The personal data is hidden.</source>
        <translation>個人情報を隠しています。</translation>
    </message>
    <message>
        <source>Press a key or click to sign in again.</source>
        <translation>キーを押すかクリックして、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign in to continue…</source>
        <translation>サインインして再開…</translation>
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
        <source>&amp;Change operator…</source>
        <translation>担当者の交代(&amp;C)…</translation>
    </message>
    <message>
        <source>Loc&amp;k screen</source>
        <translation>画面をロック(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>操作の記録(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;losing check…</source>
        <translation>閉所チェック(&amp;L)…</translation>
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
    <name>MatchingDialogs</name>
    <message>
        <source>{team}  {need} {summary}  ({size}/{headcount} people)</source>
        <translation>{team}&#x3000;{need} {summary}&#x3000;（{size}/{headcount} 人）</translation>
    </message>
    <message>
        <source>leader {name}</source>
        <translation>リーダー {name}</translation>
    </message>
    <message>
        <source>This team is full.</source>
        <translation>このチームは定員に達しています。</translation>
    </message>
    <message>
        <source>Needs without a team</source>
        <translation>チームのないニーズ</translation>
    </message>
    <message>
        <source>{need} {summary}  (new team, {missing} short)</source>
        <translation>{need} {summary}&#x3000;（新しいチーム、{missing} 人不足）</translation>
    </message>
    <message>
        <source>Out of any team</source>
        <translation>チームから外す</translation>
    </message>
    <message>
        <source>Teams break matching rules</source>
        <translation>マッチングの規則に反するチームがあります</translation>
    </message>
    <message>
        <source>{count} of these teams break a matching rule. Confirm them anyway?</source>
        <translation>このうち {count} チームがマッチングの規則に反しています。このまま確定しますか？</translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation>このまま確定する</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻って直す</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>提案し直す</translation>
    </message>
    <message>
        <source>Propose again? The {count} proposed teams that are not locked are replaced; locked teams stay as they are.</source>
        <translation>提案し直しますか？ ロックしていない提案中の {count} チームは作り直されます。ロックしたチームはそのまま残ります。</translation>
    </message>
    <message>
        <source>Cancel team</source>
        <translation>チームの取り消し</translation>
    </message>
    <message>
        <source>Cancel this team?
{team}
Its people are free again and its need goes back to matching.
Reason (may be left blank):</source>
        <translation>このチームを取り消しますか？
{team}
メンバーは待機に戻り、ニーズはマッチング待ちに戻ります。
理由（空欄でも構いません）：</translation>
    </message>
    <message>
        <source>Cancel the team</source>
        <translation>チームを取り消す</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>取り消さない</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>マッチング</translation>
    </message>
    <message>
        <source>Ctrl+P proposes teams. Choose a person: Ctrl+M moves, Delete takes out. Ctrl+Enter confirms.</source>
        <translation>Ctrl+P でチームを提案。人を選んで Ctrl+M で移動、Delete で外す。Ctrl+Enter で確定。</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>提案(&amp;P)</translation>
    </message>
    <message>
        <source>Fill teams for the needs waiting; locked teams are kept.</source>
        <translation>マッチング待ちのニーズにチームを編成します。ロックしたチームはそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the chosen person to another team (from the list of people not placed: into a team).</source>
        <translation>選んだ人を別のチームへ移します（チームに入っていない人の一覧からは、チームへ入れます）。</translation>
    </message>
    <message>
        <source>Take &amp;out</source>
        <translation>チームから外す(&amp;O)</translation>
    </message>
    <message>
        <source>Take the chosen person out of their team.</source>
        <translation>選んだ人をチームから外します。</translation>
    </message>
    <message>
        <source>Make &amp;leader</source>
        <translation>リーダーにする(&amp;L)</translation>
    </message>
    <message>
        <source>Make the chosen person their team&apos;s leader (an adult).</source>
        <translation>選んだ人をチームのリーダーにします（成人のみ）。</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>ロック(&amp;K)</translation>
    </message>
    <message>
        <source>A locked team stays as it is when teams are proposed again.</source>
        <translation>ロックしたチームは、提案し直してもそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Confirm team…</source>
        <translation>このチームを確定(&amp;C)…</translation>
    </message>
    <message>
        <source>Confirm the chosen team: its people are then busy and dispatch can send it out.</source>
        <translation>選んだチームを確定します。メンバーは本日このチームで活動することになり、送り出し班が送り出せるようになります。</translation>
    </message>
    <message>
        <source>Confirm &amp;all…</source>
        <translation>すべて確定(&amp;A)…</translation>
    </message>
    <message>
        <source>Confirm every proposed team of the day.</source>
        <translation>本日の提案中のチームをすべて確定します。</translation>
    </message>
    <message>
        <source>Ca&amp;ncel team…</source>
        <translation>チームを取り消す(&amp;N)…</translation>
    </message>
    <message>
        <source>Call the chosen team off (also a confirmed one): its people are free again.</source>
        <translation>選んだチームを取り消します（確定済みのチームも）。メンバーは待機に戻ります。</translation>
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
受付を済ませた人がここに並びます。</translation>
    </message>
    <message>
        <source>&amp;Teams of the day ({count})</source>
        <translation>本日のチーム(&amp;T)（{count}）</translation>
    </message>
    <message>
        <source>&amp;Waiting: needs and people ({needs} / {people})</source>
        <translation>待機中のニーズと人(&amp;W)（{needs} 件／{people} 人）</translation>
    </message>
    <message>
        <source>Unloc&amp;k</source>
        <translation>ロック解除(&amp;K)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>元に戻す操作はありません</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
</context>
<context>
    <name>NeedActions</name>
    <message>
        <source>Ask the other councils of the block for support with {code}?

The need goes to them with the next exchange file for each, with the requester&apos;s name, phone and address, its history and surveys.</source>
        <translation>{code} について、ブロックの他の社協に応援要請しますか？

このニーズは、依頼者の氏名・電話番号・住所、経過と現地調査とともに、各社協宛ての次の交換ファイルで送られます。</translation>
    </message>
    <message>
        <source>Stop asking the block for support with {code}?

What the other councils already have stays with them; later changes here are no longer sent.</source>
        <translation>{code} の応援要請を取り下げますか？

すでに他の社協に渡った内容はそのまま残ります。これからの変更は送られなくなります。</translation>
    </message>
    <message>
        <source>Support from the block</source>
        <translation>応援要請</translation>
    </message>
</context>
<context>
    <name>NeedDetail</name>
    <message>
        <source>Change &amp;status…</source>
        <translation>状態の変更(&amp;S)…</translation>
    </message>
    <message>
        <source>Su&amp;rvey…</source>
        <translation>現地調査(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>修正(&amp;O)…</translation>
    </message>
    <message>
        <source>Print s&amp;heet</source>
        <translation>ニーズ票を印刷(&amp;H)</translation>
    </message>
    <message>
        <source>Print no&amp;tice</source>
        <translation>ご案内を印刷(&amp;T)</translation>
    </message>
    <message>
        <source>No need chosen</source>
        <translation>ニーズが選ばれていません</translation>
    </message>
    <message>
        <source>Choose a need in the list to see all it says and its history.</source>
        <translation>一覧からニーズを選ぶと、内容と経過がすべて表示されます。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <translation>依頼者の住所</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>活動場所</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>被害状況</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>People / days</source>
        <translation>人数・日数</translation>
    </message>
    <message>
        <source>{people} people, {days} days</source>
        <translation>{people}人・{days}日</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>残りの作業</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>必要な資格</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Volunteers&apos; gender</source>
        <translation>性別の希望</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>資機材</translation>
    </message>
    <message>
        <source>Parking / toilet</source>
        <translation>駐車場・トイレ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>要配慮世帯</translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation>希望日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Site surveys</source>
        <translation>現地調査</translation>
    </message>
    <message>
        <source>{people} people</source>
        <translation>{people}人</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>Equipment: {items}</source>
        <translation>資機材：{items}</translation>
    </message>
    <message>
        <source>Safety: {text}</source>
        <translation>安全上の注意：{text}</translation>
    </message>
    <message>
        <source>Photos: {files}</source>
        <translation>写真：{files}</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>トイレ</translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation>現地調査</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>内容の修正</translation>
    </message>
    <message>
        <source>History</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Ask the &amp;block…</source>
        <translation>ブロックに応援要請(&amp;B)…</translation>
    </message>
    <message>
        <source>Stop asking the &amp;block…</source>
        <translation>応援要請を取り下げる(&amp;B)…</translation>
    </message>
    <message>
        <source>Support from the block</source>
        <translation>応援要請</translation>
    </message>
    <message>
        <source>Asked {when} by {who}</source>
        <translation>{when} {who}</translation>
    </message>
    <message>
        <source>Support asked</source>
        <translation>応援要請中</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>Correct need</source>
        <translation>ニーズの修正</translation>
    </message>
    <message>
        <source>New need (ニーズ受付票)</source>
        <translation>新しいニーズ（ニーズ受付票）</translation>
    </message>
    <message>
        <source>Only if not the site&apos;s address</source>
        <translation>活動場所と違うときだけ</translation>
    </message>
    <message>
        <source>e.g. 本町1-2-3</source>
        <translation>例：本町1-2-3</translation>
    </message>
    <message>
        <source>e.g. 床上浸水30cm</source>
        <translation>例：床上浸水30cm</translation>
    </message>
    <message>
        <source>e.g. 大工、重機</source>
        <translation>例：大工、重機</translation>
    </message>
    <message>
        <source>e.g. スコップ、一輪車</source>
        <translation>例：スコップ、一輪車</translation>
    </message>
    <message>
        <source>e.g. 4/5以降の午前</source>
        <translation>例：4/5以降の午前</translation>
    </message>
    <message>
        <source>Requester &amp;name:</source>
        <translation>依頼者氏名(&amp;N)：</translation>
    </message>
    <message>
        <source>Furi&amp;gana:</source>
        <translation>ふりがな(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P)：</translation>
    </message>
    <message>
        <source>Requester&apos;s address:</source>
        <translation>依頼者の住所：</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>活動場所の住所(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>地区(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;amage:</source>
        <translation>被害状況(&amp;A)：</translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation>受付日時：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>受付方法：</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>受付者：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度：</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>作業内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Estimated da&amp;ys:</source>
        <translation>見込み日数(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>必要人数(&amp;V)：</translation>
    </message>
    <message>
        <source>Skills needed:</source>
        <translation>必要な資格：</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>車両：</translation>
    </message>
    <message>
        <source>Volunteers&apos; gender:</source>
        <translation>性別の希望：</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>資機材：</translation>
    </message>
    <message>
        <source>Parking:</source>
        <translation>駐車場：</translation>
    </message>
    <message>
        <source>Toilet:</source>
        <translation>トイレ：</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>要配慮世帯：</translation>
    </message>
    <message>
        <source>Preferred dates:</source>
        <translation>希望日：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Possible duplicate: this request may already have been taken.</source>
        <translation>重複の可能性があります。この依頼はすでに受け付けているかもしれません。</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>同じ電話番号</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>同じ住所</translation>
    </message>
    <message>
        <source>{code} ({why}) received {when}: {name}, {address}, {status}</source>
        <translation>{code}（{why}）{when} 受付：{name}、{address}、{status}</translation>
    </message>
</context>
<context>
    <name>NeedImport</name>
    <message>
        <source>{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, {bad} with errors.</source>
        <translation>{rows} 行：新規 {new} 件、取り込み済み {already} 件、ファイル内の重複 {repeated} 件、誤り {bad} 件。</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>読み込まない列：{names}</translation>
    </message>
    <message>
        <source>Line {line} {column}: {message}</source>
        <translation>{line} 行目 {column}：{message}</translation>
    </message>
    <message>
        <source>…and {count} more rows with errors.</source>
        <translation>…ほかに誤りのある行が {count} 行あります。</translation>
    </message>
    <message>
        <source>{count} new rows look like needs already on the board; check them after the import.</source>
        <translation>新しい行のうち {count} 行は、すでにあるニーズと似ています。取り込んだ後で確かめてください。</translation>
    </message>
    <message>
        <source>Import needs</source>
        <translation>ニーズの取り込み</translation>
    </message>
    <message>
        <source>Needs lists (*.xlsx *.csv)</source>
        <translation>ニーズ一覧 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>新しく取り込むものはありません。</translation>
    </message>
    <message>
        <source>Import the {count} new needs?</source>
        <translation>新しいニーズ {count} 件を取り込みますか？</translation>
    </message>
</context>
<context>
    <name>NeedPrinting</name>
    <message>
        <source>Requester notice</source>
        <translation>依頼者へのご案内</translation>
    </message>
    <message>
        <source>Need sheet</source>
        <translation>ニーズ票</translation>
    </message>
</context>
<context>
    <name>NeedTableModel</name>
    <message>
        <source>Code</source>
        <translation>番号</translation>
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
        <translation>依頼者</translation>
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
        <translation>ボランティアへの依頼。Ctrl+N で新しく受け付けます。</translation>
    </message>
    <message>
        <source>&amp;New need…</source>
        <translation>新しいニーズ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Work types…</source>
        <translation>作業の種類(&amp;W)…</translation>
    </message>
    <message>
        <source>Code, name, kana, phone, address, damage…</source>
        <translation>番号・氏名・ふりがな・電話・住所・被害状況…</translation>
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
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>すべての地区</translation>
    </message>
    <message>
        <source>All work</source>
        <translation>すべての作業</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>すべての優先度</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>検索(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>表示(&amp;V)：</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>並び順：</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
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
        <translation>この条件に合うニーズはありません。</translation>
    </message>
</context>
<context>
    <name>NewRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>電話・メール</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>To watch</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>same phone as {codes}</source>
        <translation>{codes} と同じ電話番号</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Registered</source>
        <translation>登録しました</translation>
    </message>
    <message>
        <source>Registered: group {code} {name}</source>
        <translation>団体を登録しました：{code} {name}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか {count}人</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>メンバー：{count}人</translation>
    </message>
    <message>
        <source>Check them all in now and print their intake sheets?</source>
        <translation>このまま全員を受付して、受付票を印刷しますか？</translation>
    </message>
    <message>
        <source>Check all in and print their sheets (Enter)</source>
        <translation>全員を受付して受付票を印刷（Enter）</translation>
    </message>
    <message>
        <source>Check all in only</source>
        <translation>受付のみ</translation>
    </message>
    <message>
        <source>Registered: {code} {name}</source>
        <translation>登録しました：{code} {name}</translation>
    </message>
    <message>
        <source>Check this person in now and print their intake sheet?</source>
        <translation>このまま受付して、受付票を印刷しますか？</translation>
    </message>
    <message>
        <source>Check in and print the sheet (Enter)</source>
        <translation>受付して受付票を印刷（Enter）</translation>
    </message>
    <message>
        <source>Check in only</source>
        <translation>受付のみ</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
</context>
<context>
    <name>OverdueFlag</name>
    <message>
        <source>{team} ({need}, due {time}, {minutes} min late)</source>
        <translation>{team}（{need}、予定 {time}、{minutes}分超過）</translation>
    </message>
    <message>
        <source>{team} ({minutes} min late)</source>
        <translation>{team}（{minutes}分超過）</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか%nチーム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not back by the expected time: %n team(s): </source>
        <translation>
            <numerusform>帰着予定を過ぎても戻らないチーム（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  ▶ Dispatch desk</source>
        <translation>&#x3000;▶ 送り出しへ</translation>
    </message>
    <message>
        <source>{team}  leader {leader}  {phone}</source>
        <translation>{team}&#x3000;リーダー {leader}&#x3000;{phone}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>暗号化されたデータベース</translation>
    </message>
    <message>
        <source>The database holds personal data and is encrypted. This laptop has no safe place of its own for the key, so choose a start-up passphrase: it is asked each time dvc starts here. Tell it only to the staff who open dvc on this laptop.</source>
        <translation>データベースには個人情報が入っているため、暗号化します。このパソコンには鍵を安全にしまう場所がないので、起動パスワードを決めてください。このパソコンで dvc を起動するたびに聞かれます。このパソコンで dvc を使う職員にだけ伝えてください。</translation>
    </message>
    <message>
        <source>{name} is encrypted and this laptop cannot unlock it by itself.
Enter the start-up passphrase, or the recovery passphrase from the recovery sheet kept in the safe (you may also scan its QR code).</source>
        <translation>{name} は暗号化されていて、このパソコンだけでは開けません。
起動パスワード、または金庫に保管した回復シートの回復用パスワードを入力してください（回復シートのQRコードを読み取っても入力できます）。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>もう一度(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>PeersTab</name>
    <message>
        <source>Write this laptop&apos;s &amp;identity file…</source>
        <translation>このパソコンのIDファイルを書き出す(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Trust another laptop…</source>
        <translation>交換先のパソコンを信頼する(&amp;T)…</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>社協</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>端末番号</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>信頼した日時</translation>
    </message>
    <message>
        <source>This laptop: {name}, laptop {device}. Fingerprint: {fingerprint}</source>
        <translation>このパソコン：{name} {device}号機。フィンガープリント：{fingerprint}</translation>
    </message>
    <message>
        <source>{name} (ours)</source>
        <translation>{name}（自社協）</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>IDファイル</translation>
    </message>
    <message>
        <source>Wrote {path}. Give it to the other laptop; its staff will read this fingerprint back to you:
{fingerprint}</source>
        <translation>{path} を書き出しました。相手のパソコンに渡してください。相手の職員がこのフィンガープリントを読み上げて確認します：
{fingerprint}</translation>
    </message>
    <message>
        <source>Trust another laptop</source>
        <translation>交換先のパソコンを信頼する</translation>
    </message>
    <message>
        <source>{name} ({council}), laptop {device}

Fingerprint:
{fingerprint}

Read it aloud with the other laptop&apos;s staff (e.g. by phone). Trust it only if every digit matches.</source>
        <translation>{name}（{council}）{device}号機

フィンガープリント：
{fingerprint}

相手の職員と（電話などで）読み合わせてください。すべての数字が一致したときだけ信頼してください。</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Proposing teams…</source>
        <translation>チームを編成しています…</translation>
    </message>
    <message>
        <source>Undone at the matching desk</source>
        <translation>マッチング班で元に戻したため</translation>
    </message>
    <message>
        <source>Undo moving {name}</source>
        <translation>{name} さんの移動を元に戻す</translation>
    </message>
    <message>
        <source>Undo the new leader of {team}</source>
        <translation>{team} のリーダー変更を元に戻す</translation>
    </message>
    <message>
        <source>Undo locking {team}</source>
        <translation>{team} のロック操作を元に戻す</translation>
    </message>
    <message>
        <source>Confirm teams</source>
        <translation>チームの確定</translation>
    </message>
    <message>
        <source>There is no proposed team to confirm.</source>
        <translation>確定できる提案中のチームはありません。</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>No teams yet today.
Press Ctrl+P to propose teams for the needs waiting.</source>
        <translation>本日のチームはまだありません。
Ctrl+P でマッチング待ちのニーズにチームを提案します。</translation>
    </message>
    <message>
        <source>Needs still short ({count})</source>
        <translation>人数が足りないニーズ（{count} 件）</translation>
    </message>
    <message>
        <source>People not placed ({count})</source>
        <translation>チームに入っていない人（{count} 人）</translation>
    </message>
    <message>
        <source>Every need waiting has its people.</source>
        <translation>マッチング待ちのニーズはすべて人数がそろっています。</translation>
    </message>
    <message>
        <source>Everyone waiting is in a team.</source>
        <translation>待機中の人は全員どこかのチームに入っています。</translation>
    </message>
    <message>
        <source>Nothing proposed yet.</source>
        <translation>まだ提案していません。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print intake sheet (Ctrl+P)</source>
        <translation>受付票を印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>Blank intake sheets… (Ctrl+B)</source>
        <translation>白紙の受付票…（Ctrl+B）</translation>
    </message>
    <message>
        <source>Name badges… (Ctrl+M)</source>
        <translation>名札…（Ctrl+M）</translation>
    </message>
    <message>
        <source>Intake sheet</source>
        <translation>受付票</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first (search by name, then Down).</source>
        <translation>先に一覧でボランティアを選んでください（氏名で検索して ↓ キー）。</translation>
    </message>
    <message>
        <source>Intake sheet {code}</source>
        <translation>受付票 {code}</translation>
    </message>
    <message>
        <source>{count} intake sheets</source>
        <translation>受付票 {count}枚</translation>
    </message>
    <message>
        <source>Blank intake sheets</source>
        <translation>白紙の受付票</translation>
    </message>
    <message>
        <source>How many blank sheets? Each gets a QR id of its own.</source>
        <translation>何枚印刷しますか？ 1枚ずつ別のQR番号が付きます。</translation>
    </message>
    <message>
        <source>{count} blank intake sheets</source>
        <translation>白紙の受付票 {count} 枚</translation>
    </message>
    <message>
        <source>Everyone checked in today</source>
        <translation>本日受付した全員</translation>
    </message>
    <message>
        <source>Only {code}</source>
        <translation>{code} だけ</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>名札</translation>
    </message>
    <message>
        <source>Badges for:</source>
        <translation>名札を作る人：</translation>
    </message>
    <message>
        <source>Name badges of today</source>
        <translation>本日の名札</translation>
    </message>
    <message>
        <source>Name badge {code}</source>
        <translation>名札 {code}</translation>
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
        <source>Encrypted zip (*.zip)</source>
        <translation>暗号化 zip (*.zip)</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuitCheck</name>
    <message>
        <source>Teams not back: {teams}
People checked in and not checked out: {people}</source>
        <translation>戻っていないチーム：{teams}
受付済みで帰着していない人：{people}人</translation>
    </message>
    <message>
        <source>Quit dvc</source>
        <translation>dvc の終了</translation>
    </message>
    <message>
        <source>Their records stay in dvc. Before the center closes, make sure with the closing check that everyone is back.</source>
        <translation>記録は dvc に残ります。閉所する前に、閉所チェックで全員が戻ったことを確かめてください。</translation>
    </message>
    <message>
        <source>Open the &amp;closing check</source>
        <translation>閉所チェックを開く(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>このまま終了する(&amp;Q)</translation>
    </message>
    <message>
        <source>Do &amp;not quit</source>
        <translation>終了しない(&amp;N)</translation>
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
        <translation>安全のためにセンターが決めた上限です。これ以上受け付ける前に、班長に確認してください。</translation>
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
</context>
<context>
    <name>RecoverySheetBox</name>
    <message>
        <source>Encryption and recovery sheet</source>
        <translation>暗号化と回復シート</translation>
    </message>
    <message>
        <source>Print a new &amp;recovery sheet (changes the key)…</source>
        <translation>新しい回復シートを印刷（鍵を変更）(&amp;R)…</translation>
    </message>
    <message>
        <source>Only the center head can print the recovery sheet.</source>
        <translation>回復シートを印刷できるのはセンター長だけです。</translation>
    </message>
    <message>
        <source>This drill database is not encrypted: it holds made-up people only.</source>
        <translation>この訓練用データベースは暗号化していません（架空の人のデータだけです）。</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted. Recovery sheet printed {when}; it is kept in the safe.</source>
        <translation>データベースとバックアップは暗号化されています。回復シートは {when} に印刷しました（金庫に保管）。</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted, but the recovery sheet has not been printed yet. Without it, nobody can open the backups on another laptop if this one is lost or breaks.</source>
        <translation>データベースとバックアップは暗号化されていますが、回復シートがまだ印刷されていません。回復シートがないと、このパソコンをなくしたり壊れたりしたとき、バックアップを別のパソコンで開けません。センター長が印刷してください。</translation>
    </message>
    <message>
        <source>New recovery sheet</source>
        <translation>新しい回復シート</translation>
    </message>
    <message>
        <source>A new key and a new recovery sheet are made. Earlier sheets no longer open the database or its backups: shred them.

Have the printer ready: the passphrase is shown only on this sheet. Print it, and keep it in the safe.

Go ahead?</source>
        <translation>新しい鍵と回復シートを作ります。これまでの回復シートでは、データベースもバックアップも開けなくなります。古いシートはシュレッダーにかけてください。

プリンターを用意してください。回復用パスワードはこのシートにしか表示されません。印刷して、金庫に保管してください。

作成しますか？</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>回復シート</translation>
    </message>
</context>
<context>
    <name>RegistrationActions</name>
    <message>
        <source>New volunteer… (Ctrl+N)</source>
        <translation>新規登録…（Ctrl+N）</translation>
    </message>
    <message>
        <source>New group… (Ctrl+G)</source>
        <translation>団体登録…（Ctrl+G）</translation>
    </message>
    <message>
        <source>Import pre-registrations… (Ctrl+I)</source>
        <translation>事前登録の取り込み…（Ctrl+I）</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register (Enter)</source>
        <translation>登録（Enter）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル（Esc）</translation>
    </message>
    <message>
        <source>Fields marked * are required: name, furigana, birth date or age, phone or e-mail.</source>
        <translation>* は必須です：氏名、ふりがな、生年月日または年齢、電話番号またはメール。</translation>
    </message>
    <message>
        <source>New member of {group}</source>
        <translation>{group} のメンバーを追加</translation>
    </message>
    <message>
        <source>Add to the group (Enter)</source>
        <translation>団体に追加（Enter）</translation>
    </message>
    <message>
        <source>New volunteer (ボランティア受付票)</source>
        <translation>ボランティア受付票</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>新規登録</translation>
    </message>
    <message>
        <source>Correct {code}</source>
        <translation>{code} の修正</translation>
    </message>
    <message>
        <source> — group {name}</source>
        <translation>（団体：{name}）</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <source>Keying in a blank intake sheet: it will belong to this person.</source>
        <translation>白紙の受付票を入力しています。この受付票はこの人のものになります。</translation>
    </message>
    <message>
        <source>Nothing to watch out for.</source>
        <translation>特に注意することはありません。</translation>
    </message>
    <message>
        <source>{count} similar registrations exist. Register a new person anyway?</source>
        <translation>似た登録が {count} 件あります。それでも新しい人として登録しますか？</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>日報・報告</translation>
    </message>
    <message>
        <source>&amp;Daily report (日報) of one day</source>
        <translation>1日の日報(&amp;D)</translation>
    </message>
    <message>
        <source>Figures for each day of a &amp;range</source>
        <translation>期間の日別の数字(&amp;R)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>報告を保存</translation>
    </message>
    <message>
        <source>{kind} files (*.{kind})</source>
        <translation>{kind} ファイル (*.{kind})</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return equipment</source>
        <translation>資機材の返却</translation>
    </message>
    <message>
        <source>{name}: {count} {unit} still out with {borrower}.</source>
        <translation>{name}：{borrower}に{count}{unit}貸出中です。</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>紛失(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Returned undamaged</source>
        <translation>破損なしで返却(&amp;R)</translation>
    </message>
    <message>
        <source>Returned &amp;damaged</source>
        <translation>破損して返却(&amp;D)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
    <message>
        <source>Not brought back, counted as used up: {count} {unit}</source>
        <translation>返却されず使用済みとする数：{count}{unit}</translation>
    </message>
    <message>
        <source>{count} {unit} stay out on this loan.</source>
        <translation>{count}{unit}は貸出中のまま残ります。</translation>
    </message>
    <message>
        <source>The loan is settled.</source>
        <translation>この貸出は全数精算されます。</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>Open / correct… (Ctrl+E)</source>
        <translation>開く・訂正…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Open their group… (Ctrl+Shift+G)</source>
        <translation>団体を開く…（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first (search by name, then Down).</source>
        <translation>先に一覧でボランティアを選んでください（氏名で検索して ↓ キー）。</translation>
    </message>
    <message>
        <source>{code} {name} came alone, not with a group.</source>
        <translation>{code} {name} さんは団体ではなく個人で登録されています。</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>{count} found for “{text}”</source>
        <translation>「{text}」の検索結果：{count} 人</translation>
    </message>
    <message>
        <source>No volunteer matches “{text}”.
Check the code, or search by name or kana.</source>
        <translation>「{text}」に一致するボランティアはいません。
コードを確かめるか、氏名・ふりがなで検索してください。</translation>
    </message>
    <message>
        <source>{count} volunteers, in kana order</source>
        <translation>登録ボランティア {count} 人（五十音順）</translation>
    </message>
    <message>
        <source>No volunteers are registered yet.</source>
        <translation>ボランティアの登録はまだありません。</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Reception rules</source>
        <translation>受付の注意</translation>
    </message>
    <message>
        <source>Record on-site enrolment (当日加入)</source>
        <translation>当日加入として記録する</translation>
    </message>
    <message>
        <source>Record on-site enrolment for these {count} people (当日加入)</source>
        <translation>この {count} 人を当日加入として記録する</translation>
    </message>
</context>
<context>
    <name>ScanGuard</name>
    <message>
        <source>A QR code was scanned while this window is open. It was not typed into the form. Finish or cancel this window, then scan the sheet again.</source>
        <translation>この画面を開いている間にQRコードが読み取られました。入力欄には入れていません。この画面を終えるか取り消してから、もう一度読み取ってください。</translation>
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
        <source>IN</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>HOME</source>
        <translation>帰着</translation>
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
        <translation>初参加</translation>
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
        <source>Scanning it again opens the registration form for this sheet.</source>
        <translation>もう一度読み取ると、この受付票の登録画面が開きます。</translation>
    </message>
    <message>
        <source>Scan again to be asked once more.</source>
        <translation>もう一度読み取ると、再度確認します。</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>{council}, laptop {number}</source>
        <translation>{council}&#x3000;{number}号機</translation>
    </message>
    <message>
        <source>Read while the screen was locked: {text}
It was not used. Sign in, then scan or type it again.</source>
        <translation>ロック中に読み取った入力：{text}
この入力は使われていません。サインインしてから、もう一度読み取るか入力してください。</translation>
    </message>
    <message>
        <source>Sign in to unlock</source>
        <translation>サインインしてロック解除</translation>
    </message>
</context>
<context>
    <name>SendOffDialog</name>
    <message>
        <source>Send off team {team}</source>
        <translation>送り出し：{team}</translation>
    </message>
    <message>
        <source>{team}: need {need} ({place})</source>
        <translation>{team}&#x3000;ニーズ {need}（{place}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Leader {leader}, {members} people</source>
        <translation>リーダー {leader}&#x3000;{members}人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>貸出可</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>貸出数</translation>
    </message>
    <message>
        <source>e.g. on foot, center car, bus</source>
        <translation>例：徒歩、センター車両、バス</translation>
    </message>
    <message>
        <source>Expected &amp;back at</source>
        <translation>帰着予定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>移動手段(&amp;T)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備考(&amp;N)</translation>
    </message>
    <message>
        <source>Send off and print the sheet</source>
        <translation>送り出して送り出し票を印刷</translation>
    </message>
    <message>
        <source>&amp;Equipment to lend (Tab to the next item):</source>
        <translation>貸し出す資機材(&amp;E)（Tabで次の品目へ）：</translation>
    </message>
    <message>
        <source> (consumable)</source>
        <translation>（消耗品）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time dvc starts.</source>
        <translation>表示言語の変更は、次に dvc を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>The center (center head only)</source>
        <translation>センターの設定（センター長のみ）</translation>
    </message>
    <message>
        <source>e.g. 042-381-1234</source>
        <translation>例：042-381-1234</translation>
    </message>
    <message>
        <source>Center &amp;phone:</source>
        <translation>センターの電話番号(&amp;P)：</translation>
    </message>
    <message>
        <source>Printed on need sheets, the requester&apos;s notice and the dispatch sheet&apos;s emergency box.</source>
        <translation>ニーズ票・依頼者へのご案内・送り出し票の緊急連絡先に印刷されます。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>&amp;Daily check-in limit:</source>
        <translation>1日の受付上限(&amp;D)：</translation>
    </message>
    <message>
        <source>Past this many check-ins in a day, reception asks before checking anyone else in. One limit for all the council&apos;s laptops.</source>
        <translation>1日の受付がこの人数を超えると、受付はそれ以上受け付ける前に確認を求めます。社協の全部のパソコンで同じ一つの値です。</translation>
    </message>
    <message>
        <source>Staff sign in with a P&amp;IN (required)</source>
        <translation>サインインに暗証番号を必須にする(&amp;I)</translation>
    </message>
    <message>
        <source>Center mode</source>
        <translation>センター連携</translation>
    </message>
    <message>
        <source>{n} minutes without use</source>
        <translation>{n}分間操作がないとき</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ロックしない</translation>
    </message>
    <message>
        <source>Lock the &amp;screen after:</source>
        <translation>画面のロック(&amp;S)：</translation>
    </message>
    <message>
        <source>The lock is this laptop&apos;s only. Unlocking is signing in again. Never: for a laptop that only shows the dashboard.</source>
        <translation>画面のロックはこのパソコンだけの設定です。解除はサインインし直すことです。「ロックしない」はダッシュボードを表示するだけのパソコン向けです。</translation>
    </message>
    <message>
        <source>Only the center head can change these; sign in as the center head to change them.</source>
        <translation>変更できるのはセンター長だけです。変更するときはセンター長としてサインインしてください。</translation>
    </message>
    <message>
        <source>&amp;Join a center hub…</source>
        <translation>センターのハブに参加(&amp;J)…</translation>
    </message>
    <message>
        <source>This laptop works on its own.</source>
        <translation>このパソコンは単独で動いています。</translation>
    </message>
    <message>
        <source>This laptop is the center hub (head office&apos;s hub screen).</source>
        <translation>このパソコンがセンターのハブです（総務の「センターのハブ」の画面）。</translation>
    </message>
    <message>
        <source>Joined the hub at {address}.</source>
        <translation>{address} のハブに参加しています。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Who is working at this desk? Your name goes on every change you make.</source>
        <translation>この窓口で作業するのはどなたですか？ 行った変更にはすべて名前が記録されます。</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>名前・ふりがなの一部を入力して探す</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation>担当者を追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>氏名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>暗証番号(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>SkippedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it is not added</source>
        <translation>追加しない理由</translation>
    </message>
    <message>
        <source>already imported as {code}</source>
        <translation>取り込み済み（{code}）</translation>
    </message>
    <message>
        <source>already registered as {code} (same furigana and birth date)</source>
        <translation>登録済み（{code}、ふりがなと生年月日が同じ）</translation>
    </message>
    <message>
        <source>the same person as row {line}</source>
        <translation>{line}行目と同じ人</translation>
    </message>
</context>
<context>
    <name>SourceTab</name>
    <message>
        <source>Record &amp;code:</source>
        <translation>記録の番号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>調べる(&amp;L)</translation>
    </message>
    <message>
        <source>Where did a record come from? Type or scan its code.</source>
        <translation>記録はどこから来たか？ 番号を入力するか読み取ってください。</translation>
    </message>
    <message>
        <source>Made by {origin}; entered on this laptop.</source>
        <translation>作成：{origin}。このパソコンで入力された記録です。</translation>
    </message>
    <message>
        <source>Made by {origin}. Imported {at} from {council}, laptop {device} (bundle {bundle}).</source>
        <translation>作成：{origin}。{at} に {council} {device}号機から取り込み（交換ファイル {bundle}）。</translation>
    </message>
    <message>
        <source>Changed here since.</source>
        <translation>その後こちらで変更されています。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status of {code}</source>
        <translation>{code} の状態の変更</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現在：</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>新しい状態(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Work &amp;left:</source>
        <translation>残りの作業(&amp;L)：</translation>
    </message>
    <message>
        <source>People / days still needed:</source>
        <translation>まだ必要な人数・日数：</translation>
    </message>
    <message>
        <source>This change needs a reason; it is kept in the need&apos;s history.</source>
        <translation>この変更には理由が必要です（経過に残ります）。</translation>
    </message>
    <message>
        <source>A reason is optional.</source>
        <translation>理由は任意です。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Laptop {number}</source>
        <translation>{number}号機</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ファイル：{name}</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>担当者：{name}</translation>
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
    <message>
        <source>Encrypted</source>
        <translation>暗号化済み</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted (SQLCipher, AES-256).</source>
        <translation>データベースとバックアップは暗号化されています（SQLCipher、AES-256）。</translation>
    </message>
    <message>
        <source>Not encrypted (drill)</source>
        <translation>暗号化なし（訓練）</translation>
    </message>
    <message>
        <source>The drill database holds made-up people and is not encrypted.</source>
        <translation>訓練用データベースは架空の人のデータだけなので、暗号化していません。</translation>
    </message>
</context>
<context>
    <name>StillHereModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <source>Team out</source>
        <translation>活動中のチーム</translation>
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
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source> (consumable)</source>
        <translation>・消耗品</translation>
    </message>
    <message>
        <source>Out of stock: none left to lend</source>
        <translation>在庫切れ：貸し出せる数がありません</translation>
    </message>
    <message>
        <source>Below the minimum of {minimum}</source>
        <translation>最低在庫 {minimum} を下回っています</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Site survey of {code}</source>
        <translation>{code} の現地調査</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>写真を追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Surveyed &amp;on:</source>
        <translation>調査日(&amp;O)：</translation>
    </message>
    <message>
        <source>Surveyed &amp;by:</source>
        <translation>調査者(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>調査結果(&amp;F)：</translation>
    </message>
    <message>
        <source>days:</source>
        <translation>日数：</translation>
    </message>
    <message>
        <source>Revised people:</source>
        <translation>見直した人数：</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>資機材(&amp;E)：</translation>
    </message>
    <message>
        <source>Safety &amp;concerns:</source>
        <translation>安全上の注意(&amp;C)：</translation>
    </message>
    <message>
        <source>Photos (optional):</source>
        <translation>写真（任意）：</translation>
    </message>
    <message>
        <source>Photos of the site</source>
        <translation>現場の写真</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>Center mode</source>
        <translation>センター連携</translation>
    </message>
</context>
<context>
    <name>TeamPlan</name>
    <message>
        <source>{teams} teams, {placed} people placed; {unfilled} needs short, {unplaced} people not placed</source>
        <translation>{teams} チーム・{placed} 人を配置。人数不足のニーズ {unfilled} 件、未配置 {unplaced} 人</translation>
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
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所・作業</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>出発時刻</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>リーダーの電話</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>帰着予定</translation>
    </message>
    <message>
        <source>Back at</source>
        <translation>帰着時刻</translation>
    </message>
    <message>
        <source>Late by {minutes} min</source>
        <translation>{minutes}分超過</translation>
    </message>
    <message>
        <source>Not back {minutes} minutes after the expected time: call the leader.</source>
        <translation>帰着予定を{minutes}分過ぎても戻っていません。リーダーに電話してください。</translation>
    </message>
</context>
<context>
    <name>TeamTreeModel</name>
    <message>
        <source>Team / member</source>
        <translation>チーム／メンバー</translation>
    </message>
    <message>
        <source>Need / person</source>
        <translation>ニーズ／本人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>{size}/{headcount} people</source>
        <translation>{size}/{headcount} 人</translation>
    </message>
    <message>
        <source>{count} rule(s) broken</source>
        <translation>規則違反 {count} 件</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age}歳</translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>リーダー：{name}</translation>
    </message>
</context>
<context>
    <name>TeamsNotBackModel</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Need and place</source>
        <translation>ニーズ・場所</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>リーダーの電話</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>帰着予定</translation>
    </message>
    <message>
        <source>Late (min)</source>
        <translation>超過（分）</translation>
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
        <translation>未帰着（{count}）</translation>
    </message>
    <message>
        <source>Went home ({count})</source>
        <translation>帰着済（{count}）</translation>
    </message>
    <message>
        <source>Nobody has checked in today yet.</source>
        <translation>本日はまだ誰も受付していません。</translation>
    </message>
    <message>
        <source>Nobody is out: everyone checked in today has gone home.</source>
        <translation>未帰着の人はいません。本日受付した全員が帰着しました。</translation>
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
        <source>Group</source>
        <translation>団体</translation>
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
    <name>UnfilledModel</name>
    <message>
        <source>Need</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>What was typed here is not saved yet.</source>
        <translation>入力した内容はまだ保存されていません。</translation>
    </message>
    <message>
        <source>Close and throw it away, or go back to the form?</source>
        <translation>入力を破棄して閉じますか。それとも入力に戻りますか。</translation>
    </message>
    <message>
        <source>&amp;Throw away and close</source>
        <translation>破棄して閉じる(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>入力に戻る(&amp;B)</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>e.g. 山田 太郎</source>
        <translation>例：山田 太郎</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>e.g. やまだ たろう</source>
        <translation>例：やまだ たろう</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>e.g. 1990/4/1 or 平成2年4月1日</source>
        <translation>例：1990/4/1、平成2年4月1日</translation>
    </message>
    <message>
        <source>Age (if no birth date)</source>
        <translation>年齢（生年月日がないとき）</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>例：45</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>例：090-1234-5678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>phone or e-mail is needed</source>
        <translation>電話番号かメールのどちらかが必要</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>e.g. 184-0004</source>
        <translation>例：184-0004</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先（氏名）</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>緊急連絡先（電話）</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>ボランティア活動保険</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>保険の種類</translation>
    </message>
    <message>
        <source>Enrolled at</source>
        <translation>加入先</translation>
    </message>
    <message>
        <source>e.g. 居住地の社会福祉協議会</source>
        <translation>例：居住地の社会福祉協議会</translation>
    </message>
    <message>
        <source>Agrees to insurance and passing details</source>
        <translation>保険の加入・情報提供に同意</translation>
    </message>
    <message>
        <source>Agrees to volunteer activity insurance and to the council passing name, address, birth date and phone to the insurer for it (only these people go on the insurer&apos;s list).</source>
        <translation>ボランティア活動保険への加入と、そのために社協が氏名・住所・生年月日・電話番号を保険会社へ提供することへの同意（同意した人だけが保険会社向け名簿に載ります）</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent (under 18)</source>
        <translation>保護者の同意あり（18歳未満）</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>保護者氏名</translation>
    </message>
    <message>
        <source>Can lead a team</source>
        <translation>リーダー可</translation>
    </message>
    <message>
        <source>May be shared with the block&apos;s councils</source>
        <translation>ブロック内の社協と共有してよい</translation>
    </message>
    <message>
        <source>May be contacted by the center</source>
        <translation>センターからの連絡に同意</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>運転免許あり</translation>
    </message>
    <message>
        <source>Vehicle brought</source>
        <translation>持込車両</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>資格</translation>
    </message>
    <message>
        <source>e.g. 看護師、大工</source>
        <translation>例：看護師、大工</translation>
    </message>
    <message>
        <source>Disaster volunteering before</source>
        <translation>災害ボランティア経験</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>話せる言語</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状態</translation>
    </message>
    <message>
        <source>Available days</source>
        <translation>活動できる日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Not insured / not known</source>
        <translation>未加入・不明</translation>
    </message>
    <message>
        <source>Insured for FY{year}</source>
        <translation>{year}年度 加入済み</translation>
    </message>
    <message>
        <source>Enrolled here today (当日加入)</source>
        <translation>当日加入（本日ここで加入）</translation>
    </message>
    <message>
        <source>Insured for FY{year} only</source>
        <translation>{year}年度のみ加入（今年度は未加入）</translation>
    </message>
    <message>
        <source>Required: {field}</source>
        <translation>必須：{field}</translation>
    </message>
    <message>
        <source>{wareki}, {age} years old</source>
        <translation>{wareki}・{age}歳</translation>
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
        <translation>帰着済</translation>
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
        <translation>番号</translation>
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
        <translation>作業の種類</translation>
    </message>
    <message>
        <source>One kind of work a line. The intake form, the board&apos;s filter and the import use this list; needs already taken keep the work they have.</source>
        <translation>1行に1種類ずつ書いてください。受付票・一覧の絞り込み・取り込みでこの一覧を使います。受付済みのニーズの作業内容はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>apart</name>
    <message>
        <source>Today&apos;s limit of {capacity} was passed: {count} checked in</source>
        <translation>今日の受付上限 {capacity} 人を超えています（受付済み {count} 人）</translation>
    </message>
    <message>
        <source>The laptops were apart, and each desk counted only its own check-ins, so nobody was asked.</source>
        <translation>パソコンどうしがつながっていない間、それぞれの受付は自分のパソコンの受付だけを数えていたため、上限を超えるときの確認が出ませんでした。</translation>
    </message>
    <message>
        <source>{over} more than the limit are checked in today ({day}).</source>
        <translation>今日（{day}）は上限より {over} 人多く受付しています。</translation>
    </message>
    <message>
        <source>The people are here already. Keep them and the limit, or raise the limit; new arrivals are asked as usual.</source>
        <translation>すでに来ている方々です。受付はそのままにして上限を変えないか、上限を引き上げるかを選んでください。これから来る方は、いつもどおり上限の確認が出ます。</translation>
    </message>
    <message>
        <source>Keep everyone checked in (the limit stays {capacity})</source>
        <translation>受付はそのままにする（上限は {capacity} 人のまま）</translation>
    </message>
    <message>
        <source>Raise the daily limit to {count}</source>
        <translation>受付上限を {count} 人に引き上げる</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Need {need}: its status was changed two ways</source>
        <translation>ニーズ {need}：状態が2通りに変更されています</translation>
    </message>
    <message>
        <source>{need}: {place} — now shown as {status}.</source>
        <translation>{need}：{place}。いまは「{status}」と表示されています。</translation>
    </message>
    <message>
        <source>{status}: changed at {at} by {operator}{reason}</source>
        <translation>「{status}」：{at} に {operator} が変更{reason}</translation>
    </message>
    <message>
        <source>Two desks changed the status while the laptops were apart, each from the same status.</source>
        <translation>パソコンどうしがつながっていない間に、2か所で、同じ状態からそれぞれ別の状態に変更されました。</translation>
    </message>
    <message>
        <source>Find out which is true (ask the team or the requester), then choose the status that stands.</source>
        <translation>実際どうなっているかをチームや依頼者に確かめてから、正しい状態を選んでください。</translation>
    </message>
    <message>
        <source>The need is {status}</source>
        <translation>「{status}」にする</translation>
    </message>
    <message>
        <source>Team {team} is on site for this need: it stays Active until the team&apos;s return is recorded.</source>
        <translation>このニーズのチーム {team} が活動中です。チームの帰着を記録するまで「活動中」のままです。</translation>
    </message>
    <message>
        <source>No team of this need is on site, so it cannot be Active.</source>
        <translation>このニーズで活動中のチームはないため、「活動中」にはできません。</translation>
    </message>
    <message>
        <source>{name} may be registered twice ({first} and {second})</source>
        <translation>{name} さんが2回登録されているかもしれません（{first} と {second}）</translation>
    </message>
    <message>
        <source>{name}: something was recorded under {gone} after it was merged into {kept}</source>
        <translation>{name} さん：{kept} にまとめた後で、{gone} に記録が付きました</translation>
    </message>
    <message>
        <source>{code}: {name} ({kana}), born {birth}, phone {phone}, registered {at} on laptop {device}; {days} day(s) checked in, {teams} team(s)</source>
        <translation>{code}：{name}（{kana}）、生年月日 {birth}、電話 {phone}、{at} に {device}号機で登録、受付 {days} 日、チーム {teams} 件</translation>
    </message>
    <message>
        <source>Same ふりがな and birth date, registered on two laptops while they were apart.</source>
        <translation>ふりがなと生年月日が同じで、パソコンどうしがつながっていない間に2台のパソコンで登録されました。</translation>
    </message>
    <message>
        <source>A laptop that had not heard of the merge yet checked the person in or put them on a team under {gone}.</source>
        <translation>まとめたことをまだ知らないパソコンで、{gone} のまま受付またはチームへの割り当てがされました。</translation>
    </message>
    <message>
        <source>Ask the person if you can. Merging keeps their check-ins and teams, and both codes and sheets keep finding them.</source>
        <translation>できればご本人に確かめてください。まとめても受付とチームの記録は残り、どちらのコードや受付票でも同じ方が見つかります。</translation>
    </message>
    <message>
        <source>The same person: keep {kept} and merge {gone} into it</source>
        <translation>同じ方です：{kept} を残し、{gone} をまとめる</translation>
    </message>
    <message>
        <source>Move what was recorded under {gone} to {kept}</source>
        <translation>{gone} に付いた記録を {kept} に移す</translation>
    </message>
    <message>
        <source>Two different people: keep both registrations</source>
        <translation>別の方です：両方の登録を残す</translation>
    </message>
    <message>
        <source>{name}: {short} {unit} more lent than the center has</source>
        <translation>{name}：センターにある数より {short} {unit}多く貸し出されています</translation>
    </message>
    <message>
        <source>{owned} owned, {out} out on loan, {lost} lost, {damaged} damaged: {short} {unit} too many are out.</source>
        <translation>保有 {owned}、貸出中 {out}、紛失 {lost}、破損 {damaged}：{short} {unit}多く貸し出されています。</translation>
    </message>
    <message>
        <source>Two desks lent the same pieces while the laptops were apart.</source>
        <translation>パソコンどうしがつながっていない間に、2か所で同じものを貸し出しました。</translation>
    </message>
    <message>
        <source>Lent to {borrower}: {quantity} {unit}, {outstanding} still out</source>
        <translation>{borrower} への貸出：{quantity} {unit}（未返却 {outstanding}）</translation>
    </message>
    <message>
        <source>Count what is really in the store and on loan, then correct the number that is wrong.</source>
        <translation>置き場にある数と貸し出している数を実際に数えてから、間違っている数を直してください。</translation>
    </message>
    <message>
        <source>The center has more than was counted: correct the number owned</source>
        <translation>実際はもっとある：保有数を直す</translation>
    </message>
    <message>
        <source>Fewer were handed to {borrower}: correct that loan&apos;s quantity</source>
        <translation>{borrower} に渡したのはもっと少ない：この貸出の数を直す</translation>
    </message>
    <message>
        <source>Every piece of this loan is already counted back, lost or used; it cannot be made smaller.</source>
        <translation>この貸出はすべて返却・紛失・使用済みとして数えてあるため、これより少なくはできません。</translation>
    </message>
    <message>
        <source>{name} is on {count} teams on {day}</source>
        <translation>{name} さんが {day} の {count} つのチームに入っています</translation>
    </message>
    <message>
        <source>{name} ({code}) was put on a team of {day} at two desks while the laptops were apart.</source>
        <translation>パソコンどうしがつながっていない間に、{name} さん（{code}）が2か所で {day} のチームに入れられました。</translation>
    </message>
    <message>
        <source>Team {team} ({status}): need {need}, {place}, {members} people</source>
        <translation>チーム {team}（{status}）：ニーズ {need}、{place}、{members} 人</translation>
    </message>
    <message>
        <source>Choose the team that keeps them; they are taken off the others (a team left with nobody is cancelled).</source>
        <translation>この方が入るチームを選んでください。ほかのチームからは外れます（誰もいなくなるチームは取り消します）。</translation>
    </message>
    <message>
        <source>Keep on team {team} ({need})</source>
        <translation>チーム {team}（{need}）に残す</translation>
    </message>
    <message>
        <source>Team {team} is out on site with only this person: record its return at the dispatch desk first.</source>
        <translation>チーム {team} はこの方だけで活動中です。先に送り出し班で帰着を記録してください。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付（出欠）</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation>現地調査</translation>
    </message>
    <message>
        <source>Need status</source>
        <translation>ニーズの状態</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>チームの一員</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>送り出し</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>活動報告書</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>資機材</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>貸出</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>社協</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>端末</translation>
    </message>
</context>
<context>
    <name>center</name>
    <message>
        <source>In step</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>{seconds} s behind</source>
        <translation>{seconds}秒遅れ</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>ハブと連絡が取れません</translation>
    </message>
    <message>
        <source>Not in center mode</source>
        <translation>センター連携なし</translation>
    </message>
    <message>
        <source>This laptop and the other desks see the same records.</source>
        <translation>このパソコンと他の班のパソコンは同じ記録を見ています。</translation>
    </message>
    <message>
        <source>Changes are on their way; nothing to do.</source>
        <translation>変更を送受信しています。操作は不要です。</translation>
    </message>
    <message>
        <source>The hub does not answer. Keep working: everything done here is kept and sent when it answers. Check the Wi-Fi or cable, and that the hub laptop is on. If the hub laptop is lost, make one desk the new hub and join it from the others.</source>
        <translation>ハブが応答しません。このまま作業を続けてください。ここでの操作はすべて保存され、ハブが応答したら送られます。Wi-Fiやケーブルと、ハブのパソコンの電源を確認してください。ハブのパソコンが使えなくなったときは、どれか1台を新しいハブにして、他のパソコンから参加し直してください。</translation>
    </message>
    <message>
        <source>This laptop works on its own. To share records with the other desks, join the center&apos;s hub.</source>
        <translation>このパソコンは単独で動いています。他の班と記録を共有するには、センターのハブに参加してください。</translation>
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
        <source>Junior-high age or younger: only with a guardian</source>
        <translation>中学生以下：保護者の同伴が必要</translation>
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
        <translation>このQRコードは新しいバージョンの dvc で作られています。このパソコンの dvc を更新してください。</translation>
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
    <message>
        <source>This blank intake sheet was printed by another council ({council}) and nobody here is registered with it. Search by name or type the volunteer&apos;s code, or register the volunteer on one of this center&apos;s sheets.</source>
        <translation>この白紙の受付票は他の社協（{council}）で印刷されたもので、この受付票で登録された人はここにいません。氏名で検索するかボランティアのコードを入力してください。または、このセンターの受付票で登録してください。</translation>
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
        <translation>{council}（{device}号機）のデータベース {path} を作成しました。</translation>
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
        <translation>端末番号：{device}</translation>
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
        <translation>整数ではありません：{text}</translation>
    </message>
    <message>
        <source>must not be negative: {text}</source>
        <translation>負の数は指定できません：{text}</translation>
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
        <translation>使うデータベースファイル（既定：DVC_DB またはユーザーのデータフォルダー）</translation>
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
        <translation>PNG ファイルの保存先フォルダー</translation>
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
        <translation>ニーズ {total} 件のうち {shown} 件</translation>
    </message>
    <message>
        <source>{code}: {before} → {after}</source>
        <translation>{code}：{before} → {after}</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, {bad} with errors.</source>
        <translation>{rows} 行：新規 {new} 件、取り込み済み {already} 件、ファイル内の重複 {repeated} 件、誤り {bad} 件。</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>  line {line}: possibly the same request as {codes}</source>
        <translation>  {line} 行目：{codes} と同じ依頼かもしれません</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>確認のみ：何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Imported {count} needs.</source>
        <translation>ニーズを {count} 件取り込みました。</translation>
    </message>
    <message>
        <source>Wrote {pages} pages to {path}.</source>
        <translation>{path} に {pages} ページを書き出しました。</translation>
    </message>
    <message>
        <source>requests for help (ニーズ): list, status, import</source>
        <translation>ニーズ（依頼）：一覧・状態の変更・取り込み</translation>
    </message>
    <message>
        <source>list the needs board</source>
        <translation>ニーズの一覧を表示する</translation>
    </message>
    <message>
        <source>only this status (received, awaiting_survey, …); may be repeated</source>
        <translation>この状態だけ（received、awaiting_survey など。複数指定可）</translation>
    </message>
    <message>
        <source>only this district</source>
        <translation>この地区だけ</translation>
    </message>
    <message>
        <source>only needs with this work type</source>
        <translation>この作業を含むニーズだけ</translation>
    </message>
    <message>
        <source>only this priority</source>
        <translation>この優先度だけ</translation>
    </message>
    <message>
        <source>received on or after this day</source>
        <translation>この日以降に受け付けたもの</translation>
    </message>
    <message>
        <source>received on or before this day</source>
        <translation>この日までに受け付けたもの</translation>
    </message>
    <message>
        <source>code, name, kana, phone or address containing TEXT</source>
        <translation>番号・氏名・ふりがな・電話・住所に TEXT を含むもの</translation>
    </message>
    <message>
        <source>order of the list (default: newest)</source>
        <translation>並び順（既定：新しい順）</translation>
    </message>
    <message>
        <source>at most N needs (default: all)</source>
        <translation>最大 N 件（既定：すべて）</translation>
    </message>
    <message>
        <source>change a need&apos;s status</source>
        <translation>ニーズの状態を変更する</translation>
    </message>
    <message>
        <source>Move a need to another status. Changes the state machine does not allow are refused.</source>
        <translation>ニーズの状態を変更します。許されていない変更は断られます。</translation>
    </message>
    <message>
        <source>the need&apos;s code, e.g. N-KG1-0042-7</source>
        <translation>ニーズ番号（例：N-KG1-0042-7）</translation>
    </message>
    <message>
        <source>the new status (e.g. awaiting_match)</source>
        <translation>新しい状態（例：awaiting_match）</translation>
    </message>
    <message>
        <source>why (required for on hold, cancelled, continuing, reopening)</source>
        <translation>理由（保留・取消・継続・再開のときは必須）</translation>
    </message>
    <message>
        <source>continuing: the work left</source>
        <translation>継続：残りの作業</translation>
    </message>
    <message>
        <source>continuing: volunteers still needed</source>
        <translation>継続：まだ必要な人数</translation>
    </message>
    <message>
        <source>continuing: days still needed</source>
        <translation>継続：まだ必要な日数</translation>
    </message>
    <message>
        <source>Proposal for {date} (not saved): {teams} teams, {unfilled} needs short, {unassigned} people not placed.</source>
        <translation>{date} の編成案（保存していません）：チーム {teams}、人数不足のニーズ {unfilled} 件、未配置 {unassigned} 人。</translation>
    </message>
    <message>
        <source>Replace the unlocked proposals of {day} by a new proposal and confirm its teams?</source>
        <translation>{day} のロックしていない編成案を新しい編成案に置き換え、そのチームを確定しますか？</translation>
    </message>
    <message>
        <source>Confirmed for {date}: {teams} teams; {unfilled} needs short, {unassigned} people not placed.</source>
        <translation>{date} に確定：チーム {teams}。人数不足のニーズ {unfilled} 件、未配置 {unassigned} 人。</translation>
    </message>
    <message>
        <source>leader {leader}: {members}</source>
        <translation>リーダー {leader}：{members}</translation>
    </message>
    <message>
        <source>Needs short of people:</source>
        <translation>人数が足りないニーズ：</translation>
    </message>
    <message>
        <source>{need}: {missing} short ({why})</source>
        <translation>{need}：{missing} 人不足（{why}）</translation>
    </message>
    <message>
        <source>Not placed:</source>
        <translation>未配置：</translation>
    </message>
    <message>
        <source>matching (マッチング): propose teams for the waiting needs</source>
        <translation>マッチング：マッチング待ちのニーズにチームを編成</translation>
    </message>
    <message>
        <source>print a proposal of teams without saving it</source>
        <translation>チームの編成案を保存せずに表示</translation>
    </message>
    <message>
        <source>Propose teams for the needs waiting for matching from the volunteers checked in and not in a team. Nothing is saved.</source>
        <translation>受付済みでチームに入っていないボランティアから、マッチング待ちのニーズへのチームを編成案として示します。何も保存しません。</translation>
    </message>
    <message>
        <source>save a new proposal and confirm its teams</source>
        <translation>新しい編成案を保存し、そのチームを確定</translation>
    </message>
    <message>
        <source>Replace the day&apos;s unlocked proposed teams by a new proposal and confirm the new teams, as the matching page&apos;s confirm does. Locked teams stay as they are.</source>
        <translation>その日のロックしていない編成案を新しい編成案に置き換え、マッチング画面の「確定」と同じように新しいチームを確定します。ロックしたチームはそのまま残ります。</translation>
    </message>
    <message>
        <source>do not ask before saving</source>
        <translation>保存の前に確認しない</translation>
    </message>
    <message>
        <source>import needs from a CSV or Excel file</source>
        <translation>CSV または Excel ファイルからニーズを取り込む</translation>
    </message>
    <message>
        <source>Import needs collected elsewhere. Rows already imported are recognised and not added again.</source>
        <translation>ほかで受け付けたニーズを取り込みます。取り込み済みの行は見分けられ、二重には追加されません。</translation>
    </message>
    <message>
        <source>.csv (UTF-8 or Shift_JIS) or .xlsx file</source>
        <translation>.csv（UTF-8 または Shift_JIS）または .xlsx ファイル</translation>
    </message>
    <message>
        <source>only show what would be imported</source>
        <translation>取り込む内容を表示するだけにする</translation>
    </message>
    <message>
        <source>write the rows with errors to this CSV, to fix and import again</source>
        <translation>エラーの行をこの CSV に書き出す（直してもう一度取り込めます）</translation>
    </message>
    <message>
        <source>show or set the council&apos;s list of work types</source>
        <translation>作業の種類の一覧を表示・設定する</translation>
    </message>
    <message>
        <source>replace the list with these</source>
        <translation>一覧をこれで置き換える</translation>
    </message>
    <message>
        <source>print need sheets (ニーズ票) or requester notices as PDF</source>
        <translation>ニーズ票または依頼者へのご案内を PDF に印刷する</translation>
    </message>
    <message>
        <source>the needs&apos; codes</source>
        <translation>ニーズ番号</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>書き出す PDF ファイル</translation>
    </message>
    <message>
        <source>the notice for the requester instead of the sheet</source>
        <translation>ニーズ票の代わりに依頼者へのご案内</translation>
    </message>
    <message>
        <source>show or set the center&apos;s phone number printed on notices</source>
        <translation>ご案内に印刷するセンターの電話番号を表示・設定する</translation>
    </message>
    <message>
        <source>the new number</source>
        <translation>新しい番号</translation>
    </message>
    <message>
        <source>Wrote {path}. Fingerprint: {fingerprint}</source>
        <translation>{path} を書き出しました。フィンガープリント：{fingerprint}</translation>
    </message>
    <message>
        <source>{name} ({council}), laptop {device}
Fingerprint: {fingerprint}
Read the fingerprint aloud with the other council&apos;s staff (e.g. by phone); trust only if every digit matches.</source>
        <translation>{name}（{council}）{device}号機
フィンガープリント：{fingerprint}
相手の社協の職員と（電話などで）フィンガープリントを読み合わせ、すべての数字が一致したときだけ信頼してください。</translation>
    </message>
    <message>
        <source>Trust this laptop?</source>
        <translation>このパソコンを信頼しますか？</translation>
    </message>
    <message>
        <source>Trusted {council} laptop {device}.</source>
        <translation>{council} の {device}号機を信頼しました。</translation>
    </message>
    <message>
        <source>No trusted laptops yet.</source>
        <translation>信頼しているパソコンはまだありません。</translation>
    </message>
    <message>
        <source>full</source>
        <translation>全件</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>変更分のみ</translation>
    </message>
    <message>
        <source>Wrote {path} for {peer} ({kind}): {rows} records.</source>
        <translation>{peer} 宛てに {path} を書き出しました（{kind}）：{rows} 件。</translation>
    </message>
    <message>
        <source>Bundle from {name} laptop {device}:</source>
        <translation>{name} {device}号機からの交換ファイル：</translation>
    </message>
    <message>
        <source>table	new	updated	unchanged	conflicts</source>
        <translation>表	新規	更新	変更なし	競合</translation>
    </message>
    <message>
        <source>Names the printed forms cannot show (printed as 〓), to check with the people or their council: {codes}</source>
        <translation>印刷物に表示できない文字を含む名前（〓と印刷されます）。本人か登録した社協に確認してください：{codes}</translation>
    </message>
    <message>
        <source>Preview only: nothing was changed.</source>
        <translation>プレビューのみです。何も変更していません。</translation>
    </message>
    <message>
        <source>This bundle had been imported before.</source>
        <translation>この交換ファイルは以前に取り込み済みです。</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>競合はありません。</translation>
    </message>
    <message>
        <source>Replace the kept version with the other one?</source>
        <translation>残した版をもう一方の版に置き換えますか？</translation>
    </message>
    <message>
        <source>Reversed.</source>
        <translation>置き換えました。</translation>
    </message>
    <message>
        <source>Made by {origin}; entered on this laptop.</source>
        <translation>作成：{origin}。このパソコンで入力された記録です。</translation>
    </message>
    <message>
        <source>Made by {origin}; imported {at} from {council} laptop {device} (bundle {bundle}).</source>
        <translation>作成：{origin}。{at} に {council} {device}号機から取り込みました（交換ファイル {bundle}）。</translation>
    </message>
    <message>
        <source>exchange files with other laptops and councils</source>
        <translation>他のパソコン・他の社協とのファイル交換</translation>
    </message>
    <message>
        <source>write this laptop&apos;s public identity file</source>
        <translation>このパソコンの公開IDファイルを書き出す</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>trust another laptop after comparing its fingerprint</source>
        <translation>フィンガープリントを確認して他のパソコンを信頼する</translation>
    </message>
    <message>
        <source>the other laptop&apos;s identity file</source>
        <translation>相手のパソコンのIDファイル</translation>
    </message>
    <message>
        <source>do not ask (the fingerprint was compared)</source>
        <translation>確認しない（フィンガープリントは照合済み）</translation>
    </message>
    <message>
        <source>list the trusted laptops</source>
        <translation>信頼しているパソコンの一覧</translation>
    </message>
    <message>
        <source>write a bundle for a council</source>
        <translation>社協宛ての交換ファイルを書き出す</translation>
    </message>
    <message>
        <source>council code; our own code for our other laptops</source>
        <translation>社協コード（自社協の他のパソコン宛てには自社協のコード）</translation>
    </message>
    <message>
        <source>bundle file to write (.dvcx)</source>
        <translation>書き出す交換ファイル（.dvcx）</translation>
    </message>
    <message>
        <source>everything, not only changes since the last bundle</source>
        <translation>前回からの変更分だけでなく全件</translation>
    </message>
    <message>
        <source>do not encrypt (signed only)</source>
        <translation>暗号化しない（署名のみ）</translation>
    </message>
    <message>
        <source>check and import a bundle</source>
        <translation>交換ファイルを検査して取り込む</translation>
    </message>
    <message>
        <source>bundle file (.dvcx)</source>
        <translation>交換ファイル（.dvcx）</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>変更内容を表示するだけで何も変更しない</translation>
    </message>
    <message>
        <source>list the versions that lost a merge</source>
        <translation>統合で採用されなかった版の一覧</translation>
    </message>
    <message>
        <source>keep the other version of a conflict</source>
        <translation>競合のもう一方の版を採用する</translation>
    </message>
    <message>
        <source>conflict id (from dvc exchange conflicts)</source>
        <translation>競合ID（dvc exchange conflicts で表示）</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>確認しない</translation>
    </message>
    <message>
        <source>where a record came from</source>
        <translation>記録の出所を表示する</translation>
    </message>
    <message>
        <source>the record&apos;s code, e.g. V-KG1-0042-7</source>
        <translation>記録の番号（例：V-KG1-0042-7）</translation>
    </message>
    <message>
        <source>already imported as {other}</source>
        <translation>取り込み済み（{other}）</translation>
    </message>
    <message>
        <source>already registered as {other}</source>
        <translation>登録済み（{other}）</translation>
    </message>
    <message>
        <source>the same person as row {other}</source>
        <translation>{other}行目と同じ人</translation>
    </message>
    <message>
        <source>{rows} rows: {new} to add, {skipped} already known, {bad} with errors.</source>
        <translation>{rows}行：追加 {new}、登録済み {skipped}、エラー {bad}。</translation>
    </message>
    <message>
        <source>New groups: {names}</source>
        <translation>新しい団体：{names}</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>読み込まない列：{names}</translation>
    </message>
    <message>
        <source>row {line}</source>
        <translation>{line}行目</translation>
    </message>
    <message>
        <source>same phone as {codes}</source>
        <translation>{codes} と同じ電話番号</translation>
    </message>
    <message>
        <source>{count} bad rows written to {path}.</source>
        <translation>エラーの {count} 行を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Imported {count} volunteers.</source>
        <translation>ボランティア {count} 人を取り込みました。</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>新しく取り込む行はありません。</translation>
    </message>
    <message>
        <source>FY{year}: {count} people enrolled here listed for the insurer.</source>
        <translation>{year}年度：ここで加入した {count} 人を保険会社向け名簿に載せました。</translation>
    </message>
    <message>
        <source>Left out, no consent to pass their details to the insurer on record: {codes}</source>
        <translation>保険会社への情報提供の同意が記録されていないため載せなかった人：{codes}</translation>
    </message>
    <message>
        <source>volunteers: import pre-registrations</source>
        <translation>ボランティア：事前登録の取り込み</translation>
    </message>
    <message>
        <source>import pre-registered volunteers from a CSV or Excel file</source>
        <translation>事前登録したボランティアを CSV または Excel ファイルから取り込む</translation>
    </message>
    <message>
        <source>Import pre-registered volunteers (CSV in UTF-8 or Shift_JIS, or .xlsx). Rows already imported or already registered are not added again; bad rows are listed with their row number and left out. The columns are described in manual/import_volunteers.md.</source>
        <translation>事前登録したボランティアを取り込みます（CSV は UTF-8 または Shift_JIS、または .xlsx）。取り込み済み・登録済みの人は追加しません。エラーの行は行番号つきで表示し、取り込みません。列の説明は manual/import_volunteers.md にあります。</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>.csv または .xlsx ファイル</translation>
    </message>
    <message>
        <source>write the bad rows with their reasons to this CSV file (UTF-8 with BOM)</source>
        <translation>エラーの行を理由つきでこの CSV ファイルに書き出す（BOM 付き UTF-8）</translation>
    </message>
    <message>
        <source>the list of on-site insurance enrolments for the insurer</source>
        <translation>保険会社向けの当日加入者名簿</translation>
    </message>
    <message>
        <source>Write the people enrolled in volunteer activity insurance here (当日加入) who agreed to their details going to the insurer. Encrypted unless --no-encrypt.</source>
        <translation>ここでボランティア活動保険に加入した人（当日加入）のうち、保険会社への情報提供に同意した人の名簿を書き出します。--no-encrypt を付けない限り暗号化します。</translation>
    </message>
    <message>
        <source>the file to write (.xlsx or .csv)</source>
        <translation>書き出すファイル（.xlsx または .csv）</translation>
    </message>
    <message>
        <source>the fiscal year (default: this one)</source>
        <translation>年度（省略時は今年度）</translation>
    </message>
    <message>
        <source>Remove the names, contacts and addresses of everyone registered before {day} (the figures stay)? This cannot be undone.</source>
        <translation>{day} より前に登録された全員の氏名・連絡先・住所を削除しますか？（集計の数字は残ります）元に戻せません。</translation>
    </message>
    <message>
        <source>Personal data removed: {volunteers} volunteers, {groups} groups, {needs} requests.</source>
        <translation>個人情報を削除しました：ボランティア {volunteers} 人、団体 {groups}、依頼 {needs} 件。</translation>
    </message>
    <message>
        <source>{count} requests still have a team on site and were left as they are.</source>
        <translation>{count} 件の依頼は活動中のチームがあるため、そのままにしました。</translation>
    </message>
    <message>
        <source>{count} backup copies deleted.</source>
        <translation>バックアップ {count} 件を削除しました。</translation>
    </message>
    <message>
        <source>{count} backup copies in {folder} still hold personal data: delete them with --delete-backups or by hand.</source>
        <translation>{folder} のバックアップ {count} 件にはまだ個人情報が残っています。--delete-backups を付けるか、手で削除してください。</translation>
    </message>
    <message>
        <source>remove personal data of a closed center, keep the figures</source>
        <translation>閉所したセンターの個人情報を削除する（集計は残す）</translation>
    </message>
    <message>
        <source>Remove names, contacts, addresses and notes of volunteers, groups and requesters registered before the closing day. Center head only.</source>
        <translation>閉所日より前に登録されたボランティア・団体・依頼者の氏名、連絡先、住所、メモを削除します。センター長のみ実行できます。</translation>
    </message>
    <message>
        <source>the day the center closed</source>
        <translation>センターを閉所した日</translation>
    </message>
    <message>
        <source>your name (a center head)</source>
        <translation>あなたの氏名（センター長）</translation>
    </message>
    <message>
        <source>your PIN, if you have one</source>
        <translation>暗証番号（ある場合）</translation>
    </message>
    <message>
        <source>also delete the backup copies, which still hold the data</source>
        <translation>個人情報が残っているバックアップも削除する</translation>
    </message>
    <message>
        <source>{records} intake sheets written to {path} ({pages} pages).</source>
        <translation>受付票 {records} 枚を {path} に書き出しました（{pages} ページ）。</translation>
    </message>
    <message>
        <source>{records} name badges written to {path} ({pages} pages).</source>
        <translation>名札 {records} 枚を {path} に書き出しました（{pages} ページ）。</translation>
    </message>
    <message>
        <source>{count} quick cards written to {folder}.</source>
        <translation>クイックカード {count} 枚を {folder} に書き出しました。</translation>
    </message>
    <message>
        <source>print reception&apos;s intake sheets and name badges as PDF</source>
        <translation>受付票と名札を PDF で印刷</translation>
    </message>
    <message>
        <source>intake sheets with a QR code (registered volunteers or blank sheets)</source>
        <translation>QRコード付きの受付票（登録済みのボランティア、または白紙）</translation>
    </message>
    <message>
        <source>Intake sheets (ボランティア受付票) as one PDF: blank sheets with their own QR ids to fill in by hand,
or the sheets of registered volunteers.</source>
        <translation>受付票（ボランティア受付票）を1つの PDF にします。手書き用の白紙（1枚ずつ別のQR番号付き）、
または登録済みのボランティアの受付票です。</translation>
    </message>
    <message>
        <source>N blank sheets</source>
        <translation>白紙の受付票を N 枚</translation>
    </message>
    <message>
        <source>these volunteers&apos; sheets</source>
        <translation>このボランティアたちの受付票</translation>
    </message>
    <message>
        <source>a sheet for every registered volunteer</source>
        <translation>登録済みの全員の受付票</translation>
    </message>
    <message>
        <source>name badge labels, ten to an A4 page</source>
        <translation>名札ラベル（A4 1枚に10枚）</translation>
    </message>
    <message>
        <source>these volunteers&apos; badges</source>
        <translation>このボランティアたちの名札</translation>
    </message>
    <message>
        <source>a badge for everyone checked in today</source>
        <translation>本日受付した全員の名札</translation>
    </message>
    <message>
        <source>one A4 page per desk for drill days (what to do, messages, keys)</source>
        <translation>班ごとのクイックカード（A4 1枚：手順・表示されるメッセージ・キー）</translation>
    </message>
    <message>
        <source>A quick card per desk as a PDF each (quick_card_&lt;desk&gt;.pdf); no database is needed.</source>
        <translation>班ごとのクイックカードを1枚ずつ PDF（quick_card_&lt;班&gt;.pdf）に書き出します。データベースは要りません。</translation>
    </message>
    <message>
        <source>the folder for the PDF files</source>
        <translation>PDF を書き出すフォルダー</translation>
    </message>
    <message>
        <source>only this desk (repeatable)</source>
        <translation>この班だけ（くり返し指定できます）</translation>
    </message>
    <message>
        <source>Wrote {path}: {volunteers} volunteers on {day} ({first} first time), {open} needs open, {needed} volunteer-days still needed.</source>
        <translation>{path} を書き出しました：{day} の活動者 {volunteers}人（うち新規 {first}人）、未完了のニーズ {open}件、必要人数 延べ{needed}人日。</translation>
    </message>
    <message>
        <source>Wrote {path}: {days} days from {start} to {end}, {volunteers} volunteer-days ({first} first time), {received} needs received, {completed} completed; at the end {open} needs open, {needed} volunteer-days still needed.</source>
        <translation>{path} を書き出しました：{start}〜{end} の{days}日間で活動者 延べ{volunteers}人（うち新規 {first}人）、ニーズ受付 {received}件・完了 {completed}件。最終日の未完了のニーズ {open}件、必要人数 延べ{needed}人日。</translation>
    </message>
    <message>
        <source>Wrote {path}: {name}, {days} days, {hours} hours.</source>
        <translation>{path} を書き出しました：{name}さん、{days}日、{hours}時間。</translation>
    </message>
    <message>
        <source>daily report (日報) and per-day report as .xlsx, .pdf or .csv</source>
        <translation>日報と日別の報告を .xlsx・.pdf・.csv で書き出す</translation>
    </message>
    <message>
        <source>the day&apos;s report</source>
        <translation>1日の報告（日報）</translation>
    </message>
    <message>
        <source>Write the daily report (日報). The file name&apos;s ending chooses the format: .xlsx (Excel), .pdf or .csv (UTF-8 with BOM).</source>
        <translation>日報を書き出します。ファイル名の拡張子で形式が決まります：.xlsx（Excel）、.pdf、.csv（BOM付きUTF-8）。</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>対象の日（省略時は今日）</translation>
    </message>
    <message>
        <source>the file to write (.xlsx, .pdf or .csv)</source>
        <translation>書き出すファイル（.xlsx・.pdf・.csv）</translation>
    </message>
    <message>
        <source>figures for each day of a range, with totals</source>
        <translation>期間内の日ごとの数字（合計つき）</translation>
    </message>
    <message>
        <source>Write the per-day report for upward reporting: volunteers, needs received, surveyed, in progress, completed and continuing, volunteer-days still needed.</source>
        <translation>上位機関への報告用に、日ごとの数字を書き出します：活動者数、ニーズの受付・調査・活動中・完了・継続、必要人数（延べ人日）。</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>最初の日</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最後の日</translation>
    </message>
    <message>
        <source>a volunteer&apos;s activity certificate (活動証明書) as PDF</source>
        <translation>ボランティアの活動証明書を PDF で書き出す</translation>
    </message>
    <message>
        <source>Write the ボランティア活動証明書 of a volunteer: the days worked here and the hours between check-in and check-out.</source>
        <translation>ボランティア活動証明書を書き出します：このセンターでの活動日と、受付から帰着までの活動時間です。</translation>
    </message>
    <message>
        <source>the volunteer&apos;s code, e.g. V-KG1-0042-7</source>
        <translation>ボランティアのコード（例：V-KG1-0042-7）</translation>
    </message>
    <message>
        <source>count only from this day</source>
        <translation>この日以降だけを数える</translation>
    </message>
    <message>
        <source>count only to this day</source>
        <translation>この日までだけを数える</translation>
    </message>
    <message>
        <source>write the file unencrypted (it holds personal data: only for a file that stays on this laptop)</source>
        <translation>暗号化せずに書き出す（個人情報を含みます。このパソコンから持ち出さないファイルだけに）</translation>
    </message>
    <message>
        <source>Warning: the file holds names and contact details and is written UNENCRYPTED. Delete it when done; do not copy it to a stick or send it.</source>
        <translation>警告：このファイルには氏名と連絡先が含まれ、暗号化せずに書き出されます。使い終わったら削除し、USBメモリへのコピーや送信はしないでください。</translation>
    </message>
    <message>
        <source>Passphrase for the file (empty: make one): </source>
        <translation>ファイルのパスワード（空欄で自動作成）： </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>確認のためもう一度： </translation>
    </message>
    <message>
        <source>Written unencrypted: {path}</source>
        <translation>暗号化せずに書き出しました：{path}</translation>
    </message>
    <message>
        <source>Written as an AES-256 encrypted zip: {path} (open it with 7-Zip or another archiver; Windows Explorer alone cannot)</source>
        <translation>AES-256 で暗号化した zip として書き出しました：{path}（7-Zip などの解凍ソフトで開けます。Windows のエクスプローラーだけでは開けません）</translation>
    </message>
    <message>
        <source>Passphrase (shown only now, write it down; tell it to the recipient by phone, not in the same e-mail): {passphrase}</source>
        <translation>パスワード（表示は今回だけです。書き留めてください。相手には同じメールではなく電話で伝えてください）：{passphrase}</translation>
    </message>
    <message>
        <source>not a time (HH:MM): {text}</source>
        <translation>時刻（HH:MM）ではありません：{text}</translation>
    </message>
    <message>
        <source>expected CODE=N: {text}</source>
        <translation>「番号=数」の形で指定してください：{text}</translation>
    </message>
    <message>
        <source>{team}  {need}  leader {leader} {phone}  {people} people  left {left}  back by {back}</source>
        <translation>{team}  {need}  リーダー {leader} {phone}  {people}人  出発 {left}  帰着予定 {back}</translation>
    </message>
    <message>
        <source>  LATE by {minutes} min</source>
        <translation>  {minutes}分遅れ</translation>
    </message>
    <message>
        <source>{count} teams</source>
        <translation>{count} チーム</translation>
    </message>
    <message>
        <source>Dispatch sheet: {path}</source>
        <translation>送り出し票：{path}</translation>
    </message>
    <message>
        <source>{team} is back ({outcome}); need {need} updated.</source>
        <translation>{team} が帰着しました（{outcome}）。ニーズ {need} を更新しました。</translation>
    </message>
    <message>
        <source>No team is past its expected return.</source>
        <translation>帰着予定時刻を過ぎたチームはありません。</translation>
    </message>
    <message>
        <source>All back: every team has returned and everyone has checked out.</source>
        <translation>全員帰着：すべてのチームと、受付した全員が帰着しました。</translation>
    </message>
    <message>
        <source>Teams not back: {count}</source>
        <translation>帰着していないチーム：{count}</translation>
    </message>
    <message>
        <source>People still checked in: {count}</source>
        <translation>未帰着の人：{count}</translation>
    </message>
    <message>
        <source>the day&apos;s teams</source>
        <translation>その日のチーム</translation>
    </message>
    <message>
        <source>list the day&apos;s teams and their status</source>
        <translation>その日のチームと状態の一覧</translation>
    </message>
    <message>
        <source>the team&apos;s code (T-KG1-0003-5) or its dispatch sheet&apos;s QR code</source>
        <translation>チーム番号（T-KG1-0003-5）または送り出し票のQRコード</translation>
    </message>
    <message>
        <source>send a confirmed team out (送り出し), lending equipment</source>
        <translation>確定したチームを送り出す（資機材の貸出も）</translation>
    </message>
    <message>
        <source>Send a confirmed team out: departure now, equipment lent, its need becomes active. A refusal changes nothing.</source>
        <translation>確定したチームを送り出します。出発時刻は今、資機材を貸し出し、ニーズは活動中になります。断られたときは何も変わりません。</translation>
    </message>
    <message>
        <source>expected back today at this time (default: 3 hours, not after 16:00)</source>
        <translation>今日のこの時刻に帰着予定（既定：3時間後、16:00まで）</translation>
    </message>
    <message>
        <source>lend N of the equipment item CODE; may be repeated</source>
        <translation>資機材 CODE を N 個貸し出す（くり返し指定可）</translation>
    </message>
    <message>
        <source>how the team travels (on foot, center car…)</source>
        <translation>交通手段（徒歩、センターの車…）</translation>
    </message>
    <message>
        <source>notes for the dispatch</source>
        <translation>送り出しの備考</translation>
    </message>
    <message>
        <source>also write the team&apos;s dispatch sheet (送り出し票) to this PDF</source>
        <translation>チームの送り出し票をこの PDF にも書き出す</translation>
    </message>
    <message>
        <source>record a team&apos;s return and activity report (帰着)</source>
        <translation>チームの帰着と活動報告書を記録する</translation>
    </message>
    <message>
        <source>Record a team&apos;s return: the activity report, the equipment back (all of it unless told otherwise), the need&apos;s status, and the members checked out. All or nothing.</source>
        <translation>チームの帰着を記録します：活動報告書、資機材の返却（指定がなければ全部）、ニーズの状態、メンバーの帰着。すべて記録されるか、何も記録されないかのどちらかです。</translation>
    </message>
    <message>
        <source>done (完了), continuing (継続) or interrupted (中断)</source>
        <translation>done（完了）、continuing（継続）、interrupted（中断）</translation>
    </message>
    <message>
        <source>the work done</source>
        <translation>実施した作業</translation>
    </message>
    <message>
        <source>continuing or interrupted: the work left</source>
        <translation>継続・中断：残りの作業</translation>
    </message>
    <message>
        <source>volunteers needed for the next visit</source>
        <translation>次回に必要な人数</translation>
    </message>
    <message>
        <source>equipment needed for the next visit</source>
        <translation>次回に必要な資機材</translation>
    </message>
    <message>
        <source>interrupted: why the work stopped</source>
        <translation>中断：中断した理由</translation>
    </message>
    <message>
        <source>injuries</source>
        <translation>けが</translation>
    </message>
    <message>
        <source>near misses (ヒヤリハット)</source>
        <translation>ヒヤリハット</translation>
    </message>
    <message>
        <source>hours on site</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>N of item CODE came back (default: all; consumables: none, used up)</source>
        <translation>資機材 CODE が N 個戻った（既定：全部。消耗品は0＝使い切り）</translation>
    </message>
    <message>
        <source>N of item CODE were lost</source>
        <translation>資機材 CODE を N 個紛失</translation>
    </message>
    <message>
        <source>N of the returned pieces of item CODE are damaged</source>
        <translation>戻った資機材 CODE のうち N 個が破損</translation>
    </message>
    <message>
        <source>keep this member checked in (staying for another team); may be repeated</source>
        <translation>このメンバーの帰着は記録しない（別のチームで続けて活動する）。くり返し指定可</translation>
    </message>
    <message>
        <source>teams past their expected return time</source>
        <translation>帰着予定時刻を過ぎたチーム</translation>
    </message>
    <message>
        <source>closing check: anyone not back (exit 1 if so)</source>
        <translation>閉所確認：戻っていない人（いれば終了コード1）</translation>
    </message>
    <message>
        <source>Teams not back and people still checked in. Exit 0 when everyone is back, 1 otherwise.</source>
        <translation>帰着していないチームと未帰着の人を表示します。全員帰着していれば終了コード0、そうでなければ1。</translation>
    </message>
    <message>
        <source>The center hub on this laptop is not running.</source>
        <translation>このパソコンのハブは動いていません。</translation>
    </message>
    <message>
        <source>The center hub serves at {address}.</source>
        <translation>ハブは {address} で動いています。</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>参加コード：{code}</translation>
    </message>
    <message>
        <source>  laptop {device}: {state}</source>
        <translation>  {device}号機：{state}</translation>
    </message>
    <message>
        <source>The center hub stopped.</source>
        <translation>ハブを止めました。</translation>
    </message>
    <message>
        <source>The center hub on this laptop was not running.</source>
        <translation>このパソコンのハブは動いていませんでした。</translation>
    </message>
    <message>
        <source>This laptop (laptop {device}) joined the center hub of {council} at {address}.</source>
        <translation>このパソコン（{device}号機）は {address} の{council}のハブに参加しました。</translation>
    </message>
    <message>
        <source>In step with the hub.</source>
        <translation>ハブと同期しました。</translation>
    </message>
    <message>
        <source>Not yet in step with the hub: the app goes on when it is open.</source>
        <translation>まだハブと同期していません。アプリを開いている間に続きを行います。</translation>
    </message>
    <message>
        <source>This laptop is not in center mode (it has joined no hub).</source>
        <translation>このパソコンはセンター連携をしていません（どのハブにも参加していません）。</translation>
    </message>
    <message>
        <source>This laptop: {state}, {pending} changes not yet at the hub.</source>
        <translation>このパソコン：{state}、ハブに未送信の変更 {pending} 件。</translation>
    </message>
    <message>
        <source>This laptop joined the hub, but the app is not open: its {pending} changes go when it is (or with dvc sync now).</source>
        <translation>このパソコンはハブに参加していますが、アプリが開いていません。未送信の変更 {pending} 件は、アプリを開いたとき（または dvc sync now）に送られます。</translation>
    </message>
    <message>
        <source>the center hub: keeps the laptops of the center in step</source>
        <translation>センターのハブ：センター内のパソコンの記録をそろえます</translation>
    </message>
    <message>
        <source>Make this laptop the center hub, see how it runs, stop it. Starting and stopping: center head only.</source>
        <translation>このパソコンをセンターのハブにする、動作を確かめる、止める。開始と停止はセンター長だけが行えます。</translation>
    </message>
    <message>
        <source>make this laptop the hub (or start it again)</source>
        <translation>このパソコンをハブにする（または再び動かす）</translation>
    </message>
    <message>
        <source>Start the center hub and print its address and join code. A laptop that follows another hub becomes the new hub.</source>
        <translation>ハブを動かし、アドレスと参加コードを表示します。別のハブに参加しているパソコンは、新しいハブになります。</translation>
    </message>
    <message>
        <source>where the hub listens (default: every network, port 47810)</source>
        <translation>ハブが待ち受ける場所（既定：すべてのネットワーク、ポート47810）</translation>
    </message>
    <message>
        <source>make a new join code</source>
        <translation>新しい参加コードを作る</translation>
    </message>
    <message>
        <source>is the hub running, its address, code and desks</source>
        <translation>ハブが動いているか、アドレス、参加コード、各パソコン</translation>
    </message>
    <message>
        <source>stop this laptop&apos;s hub</source>
        <translation>このパソコンのハブを止める</translation>
    </message>
    <message>
        <source>join the center hub with its address and join code</source>
        <translation>アドレスと参加コードでセンターのハブに参加する</translation>
    </message>
    <message>
        <source>Join the center hub. A laptop with a database joins with its data (sign in with --operator); a laptop without one gets the center&apos;s.</source>
        <translation>センターのハブに参加します。データベースのあるパソコンはそのデータのまま参加します（--operator でサインイン）。ないパソコンにはセンターのデータが届きます。</translation>
    </message>
    <message>
        <source>the hub&apos;s address as shown on it (HOST:PORT)</source>
        <translation>ハブに表示されているアドレス（ホスト:ポート）</translation>
    </message>
    <message>
        <source>the join code shown on the hub</source>
        <translation>ハブに表示されている参加コード</translation>
    </message>
    <message>
        <source>laptop number for a new laptop (default: the first free one)</source>
        <translation>新しいパソコンの端末番号（既定：空いている最初の番号）</translation>
    </message>
    <message>
        <source>only pair; the data follows when the app runs</source>
        <translation>参加だけ行う。データはアプリを動かしたときに届きます</translation>
    </message>
    <message>
        <source>longest wait for the first exchange</source>
        <translation>最初の送受信を待つ最長の秒数</translation>
    </message>
    <message>
        <source>this laptop&apos;s replication with the center hub</source>
        <translation>このパソコンとセンターのハブの同期</translation>
    </message>
    <message>
        <source>in step, behind or out of touch; each laptop&apos;s lag</source>
        <translation>同期済み・遅れ・連絡なし、各パソコンの遅れ</translation>
    </message>
    <message>
        <source>exchange with the hub until in step, then exit</source>
        <translation>同期するまでハブと送受信して終わる</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>最長の待ち時間（秒）</translation>
    </message>
    <message>
        <source>PIN for {name}: </source>
        <translation>{name}さんの暗証番号：</translation>
    </message>
    <message>
        <source>The laptops disagree on {opened} new and {waiting} in all; the desks decide (dvc apart list).</source>
        <translation>パソコンどうしの食い違いが新たに {opened} 件、合わせて {waiting} 件あります。各班で決めてください（dvc apart list）。</translation>
    </message>
    <message>
        <source>Nothing the laptops did apart is waiting for a decision.</source>
        <translation>パソコンどうしの食い違いで、決めるのを待っているものはありません。</translation>
    </message>
    <message>
        <source>{opened} opened, {closed} settled, {open} still to decide.</source>
        <translation>新たに {opened} 件、解決 {closed} 件、決めるのを待っているもの {open} 件です。</translation>
    </message>
    <message>
        <source>what the laptops did apart that a desk must decide</source>
        <translation>パソコンどうしの食い違いで、班が決めること</translation>
    </message>
    <message>
        <source>list what is waiting for a desk&apos;s decision (F8 at the desk)</source>
        <translation>班が決めるのを待っているものの一覧（班の画面では F8）</translation>
    </message>
    <message>
        <source>only this desk&apos;s</source>
        <translation>この班の分だけ</translation>
    </message>
    <message>
        <source>look for new ones now (an import does it by itself)</source>
        <translation>今すぐ確かめる（取り込みのときは自動で行います）</translation>
    </message>
    <message>
        <source>the center head&apos;s name: the first staff member, who then signs in to the commands that change data (a PIN from DVC_PIN is set too)</source>
        <translation>センター長の氏名：最初の担当者です。データを変更するコマンドではこの氏名でサインインします（DVC_PIN があれば暗証番号も設定します）</translation>
    </message>
    <message>
        <source>{code}: support asked from the block by {by}; it goes to the other councils with the next bundle for each.</source>
        <translation>{code}：{by} さんがブロックに応援要請しました。各社協宛ての次の交換ファイルで送られます。</translation>
    </message>
    <message>
        <source>{code}: no longer asked from the block; later changes stay here.</source>
        <translation>{code}：応援要請を取り下げました。これからの変更はこの社協にとどまります。</translation>
    </message>
    <message>
        <source>ask the block&apos;s councils for support with a need (応援要請)</source>
        <translation>ニーズについてブロックの社協に応援要請する</translation>
    </message>
    <message>
        <source>Ask the other councils of the block for support with a need: it travels to them, requester and address included, with the next bundle for each. Desk lead or center head.</source>
        <translation>ニーズについてブロックの他の社協に応援要請します。依頼者と住所を含めて、各社協宛ての次の交換ファイルで送られます。班長またはセンター長が行います。</translation>
    </message>
    <message>
        <source>stop asking (what they have stays there)</source>
        <translation>応援要請を取り下げる（すでに渡った内容は先方に残ります）</translation>
    </message>
    <message>
        <source>Change log: {entries} entries; laptops: {laptops}.</source>
        <translation>操作の記録：{entries}件（パソコン{laptops}台）。</translation>
    </message>
    <message>
        <source>{count} entries were written before the chain existed (not covered by it).</source>
        <translation>{count}件は、検証の仕組みができる前に書かれたもので、検証の対象外です。</translation>
    </message>
    <message>
        <source>No sign of tampering: every entry is in its place and unchanged.</source>
        <translation>改ざんの形跡はありません。すべての記録がそろっていて、書き換えられていません。</translation>
    </message>
    <message>
        <source>The change log has been tampered with or damaged. Keep this laptop as it is, tell the center head, and compare with a backup or another laptop&apos;s copy.</source>
        <translation>操作の記録が改ざんされたか、壊れています。このパソコンはそのままにしてセンター長に知らせ、バックアップや他のパソコンの写しと照らし合わせてください。</translation>
    </message>
    <message>
        <source>the change log (audit trail): check it</source>
        <translation>操作の記録（監査証跡）を検証する</translation>
    </message>
    <message>
        <source>check that no entry of the change log was removed or changed</source>
        <translation>操作の記録が削除・書き換えされていないか検証する</translation>
    </message>
    <message>
        <source>Walk every laptop&apos;s chain of the change log: entries removed, changed or slipped in, seals not made by that laptop&apos;s key, records removed from the file. Exit 0 when all is whole, 1 otherwise.</source>
        <translation>パソコンごとに操作の記録をたどり、削除・書き換え・差し込まれた記録、そのパソコンの鍵で作られていない封印、ファイルから消された記録を探します。すべてそろっていれば終了コード0、そうでなければ1です。</translation>
    </message>
    <message>
        <source>sign in as NAME from the staff list (or DVC_OPERATOR); the PIN is asked, or read from DVC_PIN</source>
        <translation>担当者名簿の NAME でサインインする（または DVC_OPERATOR）。暗証番号は画面で聞かれるか、DVC_PIN から読みます</translation>
    </message>
    <message>
        <source>{path} is encrypted. Start-up passphrase (or the recovery passphrase from the sheet): </source>
        <translation>{path} は暗号化されています。起動パスワード（または回復シートの回復用パスワード）：</translation>
    </message>
    <message>
        <source>Choose a start-up passphrase (asked when dvc starts on this laptop): </source>
        <translation>起動パスワードを決めてください（このパソコンで dvc を起動するときに聞かれます）：</translation>
    </message>
    <message>
        <source>{path} is encrypted. Recovery passphrase from the recovery sheet: </source>
        <translation>{path} は暗号化されています。回復シートの回復用パスワード：</translation>
    </message>
    <message>
        <source>Encryption: none (a drill database holds made-up people and stays plain)</source>
        <translation>暗号化：なし（訓練用データベースは架空の人のデータだけなので暗号化しません）</translation>
    </message>
    <message>
        <source>the Windows account (DPAPI)</source>
        <translation>Windows のアカウント（DPAPI）</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>デスクトップのキーリング</translation>
    </message>
    <message>
        <source>the start-up passphrase</source>
        <translation>起動パスワード</translation>
    </message>
    <message>
        <source>nothing on this laptop (a passphrase is asked)</source>
        <translation>このパソコンには保管なし（起動のたびにパスワードを聞きます）</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher (AES-256); key kept by: {held}</source>
        <translation>暗号化：SQLCipher（AES-256）、鍵の保管：{held}</translation>
    </message>
    <message>
        <source>Recovery sheet: printed {when}</source>
        <translation>回復シート：{when} に印刷済み</translation>
    </message>
    <message>
        <source>Recovery sheet: NOT printed yet. The center head prints it with &apos;dvc key rekey --sheet FILE.pdf --operator NAME&apos; and keeps it in the safe.</source>
        <translation>回復シート：まだ印刷されていません。センター長が「dvc key rekey --sheet ファイル.pdf --operator 氏名」で作って印刷し、金庫に保管してください。</translation>
    </message>
    <message>
        <source>The key was changed and the recovery sheet written to {path}. Print it, keep it in the safe, then delete the file: it opens the database.</source>
        <translation>鍵を変更し、回復シートを {path} に書き出しました。印刷して金庫に保管したら、このファイルは削除してください（データベースを開ける鍵です）。</translation>
    </message>
    <message>
        <source>{count} backup copies changed to the new key.</source>
        <translation>バックアップ {count} 件を新しい鍵に変更しました。</translation>
    </message>
    <message>
        <source>{count} older copies are under an earlier key (an earlier sheet opens them): {files}</source>
        <translation>{count} 件の古いバックアップは以前の鍵のままです（以前の回復シートで開けます）：{files}</translation>
    </message>
    <message>
        <source>the database&apos;s encryption key and recovery sheet</source>
        <translation>データベースの暗号化の鍵と回復シート</translation>
    </message>
    <message>
        <source>how the key is kept on this laptop; the recovery sheet</source>
        <translation>このパソコンでの鍵の保管方法と回復シートの状態</translation>
    </message>
    <message>
        <source>change the key and write a new recovery sheet (center head)</source>
        <translation>鍵を変更し、新しい回復シートを作る（センター長）</translation>
    </message>
    <message>
        <source>Change the database&apos;s key and write the new recovery sheet (PDF) to print. Earlier sheets no longer open the database or its backups.</source>
        <translation>データベースの鍵を変更し、印刷用の新しい回復シート（PDF）を書き出します。これまでの回復シートでは、データベースもバックアップも開けなくなります。</translation>
    </message>
    <message>
        <source>where to write the sheet</source>
        <translation>回復シートの書き出し先</translation>
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
        <translation>{path} は dvc のデータベースではないため、そのままにしました（上書きしていません）。別のファイル名を指定してください。</translation>
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
        <source>There is no database at {path}. Create one with &apos;dvc init&apos; or open the drill with &apos;dvc --drill&apos;.</source>
        <translation>{path} にデータベースがありません。「dvc init」で作成するか、「dvc --drill」で訓練用データベースを開いてください。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of dvc. Update dvc on this laptop to open it.</source>
        <translation>{path} は新しいバージョンの dvc で書き込まれています。開くには、このパソコンの dvc を更新してください。</translation>
    </message>
    <message>
        <source>{path} has no council set up yet. Create it with &apos;dvc init&apos;.</source>
        <translation>{path} には社協の設定がまだありません。「dvc init」で作成してください。</translation>
    </message>
    <message>
        <source>Drill sizes must not be negative.</source>
        <translation>訓練データの件数は 0 以上にしてください。</translation>
    </message>
    <message>
        <source>Cannot check in {checked_in} of only {volunteers} volunteers.</source>
        <translation>受付済みにする人数（{checked_in}）は、ボランティアの人数（{volunteers}）以下にしてください。</translation>
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
        <translation>作業の種類の一覧を空にはできません。</translation>
    </message>
    <message>
        <source>At most {count} work types.</source>
        <translation>作業の種類は {count} 種類までです。</translation>
    </message>
    <message>
        <source>A work type may have at most {count} characters: {name}</source>
        <translation>作業の種類は {count} 文字までです：{name}</translation>
    </message>
    <message>
        <source>The time of receipt is in the future.</source>
        <translation>受付日時が未来になっています。日時を確かめてください。</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation>依頼者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the address of the site.</source>
        <translation>活動場所の住所を入力してください。</translation>
    </message>
    <message>
        <source>Choose at least one kind of work.</source>
        <translation>作業内容を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Unknown work type: {name}. Use one of the council&apos;s list: {known}.</source>
        <translation>「{name}」という作業の種類はありません。次のいずれかを使ってください：{known}。</translation>
    </message>
    <message>
        <source>Volunteers needed must be between 1 and {most}.</source>
        <translation>必要人数は 1〜{most} 人にしてください。</translation>
    </message>
    <message>
        <source>Estimated days must be between 1 and {most}.</source>
        <translation>見込み日数は 1〜{most} 日にしてください。</translation>
    </message>
    <message>
        <source>Unknown value: {value}</source>
        <translation>使えない値です：{value}</translation>
    </message>
    <message>
        <source>“{status}” is not a status of a need.</source>
        <translation>「{status}」はニーズの状態ではありません。</translation>
    </message>
    <message>
        <source>The need already has this status.</source>
        <translation>このニーズはすでにこの状態です。</translation>
    </message>
    <message>
        <source>A team is on site. Record the outcome (done or continuing) when it returns, then hold or cancel.</source>
        <translation>チームが活動中です。チームが帰着したら結果（完了または継続）を記録し、そのあとで保留または取消にしてください。</translation>
    </message>
    <message>
        <source>A need cannot go from “{from_status}” to “{to_status}”.</source>
        <translation>「{from_status}」から「{to_status}」には変更できません。</translation>
    </message>
    <message>
        <source>Give a reason for this change (it is kept in the need&apos;s history).</source>
        <translation>この変更の理由を入力してください（経過に残ります）。</translation>
    </message>
    <message>
        <source>A need&apos;s history must start with its intake.</source>
        <translation>ニーズの経過は受付から始まる必要があります。</translation>
    </message>
    <message>
        <source>A need&apos;s history has a gap before “{status}”.</source>
        <translation>ニーズの経過の「{status}」の前に抜けがあります。</translation>
    </message>
    <message>
        <source>Write the furigana in kana (hiragana or katakana).</source>
        <translation>ふりがなはひらがなかカタカナで書いてください。</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>「{text}」は電話番号として読めません（例：090-1234-5678）。</translation>
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
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
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
        <source>This is not a dvc identity file, or it was damaged or edited.</source>
        <translation>dvc のIDファイルではないか、壊れているか書き換えられています。相手にもう一度書き出してもらってください。</translation>
    </message>
    <message>
        <source>This identity file was made by a newer version of dvc. Update dvc on this laptop first.</source>
        <translation>このIDファイルは新しいバージョンの dvc で作られています。先にこのパソコンの dvc を更新してください。</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of dvc (format {version}). Update dvc on this laptop to read it.</source>
        <translation>この交換ファイルは新しいバージョンの dvc で作られています（形式 {version}）。取り込むには、このパソコンの dvc を更新してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {error}</source>
        <translation>{path} へのバックアップに失敗しました：{error}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>ファイル {path} がありません。ファイルの場所と名前を確かめてください。</translation>
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
        <translation>調査結果を入力してください。</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>このニーズはもうありません。</translation>
    </message>
    <message>
        <source>“{code}” is not a need code (like N-KG1-0042-7).</source>
        <translation>「{code}」はニーズ番号（N-KG1-0042-7 のような形）ではありません。</translation>
    </message>
    <message>
        <source>No need has the code {code}.</source>
        <translation>番号 {code} のニーズはありません。</translation>
    </message>
    <message>
        <source>This intake sheet is already registered to {code} {name}.</source>
        <translation>この受付票はすでに {code} {name} さんの登録に使われています。</translation>
    </message>
    <message>
        <source>This volunteer is no longer in the database.</source>
        <translation>このボランティアはもうデータベースにありません。</translation>
    </message>
    <message>
        <source>This file is not a dvc exchange bundle, or it is damaged or incomplete ({detail}). Nothing was imported; ask the sender for a new copy.</source>
        <translation>このファイルは dvc の交換ファイルではないか、壊れているか途中までしかありません（{detail}）。何も取り込んでいません。送り主にもう一度送ってもらってください。</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported; ask the sender for a new copy.</source>
        <translation>ファイルが空です。何も取り込んでいません。送り主にもう一度送ってもらってください。</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({name}). It was refused; nothing was imported.</source>
        <translation>交換ファイルの中に危険な名前のファイル（{name}）があります。受け付けず、何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The bundle holds the file {name} twice, so it may have been tampered with. Nothing was imported.</source>
        <translation>交換ファイルの中に {name} が二重に入っており、改ざんされた可能性があります。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The bundle is too large or compressed suspiciously ({name}). It was refused; nothing was imported.</source>
        <translation>交換ファイルが大きすぎるか、不審な圧縮がされています（{name}）。受け付けず、何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is missing or does not match: it was changed after it was made, or it is not from the laptop it names. Nothing was imported.</source>
        <translation>交換ファイルの署名がないか一致しません。作成後に書き換えられたか、名乗っているパソコンから来たものではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its signed checksum: the file was damaged or changed. Nothing was imported.</source>
        <translation>交換ファイルの一部（{name}）が署名されたチェックサムと一致しません。ファイルが壊れたか書き換えられています。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This bundle comes from {council} laptop {device}, which this laptop does not trust (fingerprint {fingerprint}). Trust its identity file first (dvc exchange trust). Nothing was imported.</source>
        <translation>この交換ファイルは {council} の {device}号機からのもので、このパソコンはまだ信頼していません（フィンガープリント {fingerprint}）。先に相手のIDファイルを信頼してください（dvc exchange trust）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This bundle was made for {council}, not for this council. Nothing was imported.</source>
        <translation>この交換ファイルは {council} 宛てで、この社協宛てではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This bundle was made on this laptop itself. Nothing was imported.</source>
        <translation>この交換ファイルはこのパソコン自身が作ったものです。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This bundle comes from a drill database and this is a real one: drill data is never mixed with real data. Nothing was imported.</source>
        <translation>この交換ファイルは訓練用データベースのもので、こちらは本番用です。訓練データと本番データは混ぜません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This bundle holds real data and this is a drill database. Nothing was imported.</source>
        <translation>この交換ファイルは本番データで、こちらは訓練用データベースです。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This bundle is encrypted for other laptops. Give the sender this laptop&apos;s identity file (dvc exchange identity) and ask for a new bundle. Nothing was imported.</source>
        <translation>この交換ファイルは他のパソコン宛てに暗号化されています。送り主にこのパソコンのIDファイル（dvc exchange identity）を渡し、作り直してもらってください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) could not be decrypted: it is damaged or was changed. Nothing was imported.</source>
        <translation>交換ファイルの一部（{name}）を復号できません。壊れているか書き換えられています。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Row {line} of {table} in the bundle does not fit the data format ({detail}). Nothing was imported.</source>
        <translation>交換ファイルの {table} の {line} 行目がデータ形式に合いません（{detail}）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{count} rows of {table} in the bundle refer to records that are neither here nor in the bundle. Nothing was imported.</source>
        <translation>交換ファイルの {table} の {count} 行が、こちらにも交換ファイルにもない記録を参照しています。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>A record of {table} in the bundle has the same code as a different record here. Nothing was imported; check that the two laptops do not share a device number.</source>
        <translation>交換ファイルの {table} の記録が、こちらの別の記録と同じ番号です。何も取り込んでいません。2台のパソコンの端末番号が同じになっていないか確認してください。</translation>
    </message>
    <message>
        <source>Records of {table} in the bundle are dated more than two days ahead of this laptop&apos;s clock. Check the clocks of both laptops. Nothing was imported.</source>
        <translation>交換ファイルの {table} の記録の日時が、このパソコンの時計より2日以上先になっています。両方のパソコンの時計を確認してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The column {header} appears twice.</source>
        <translation>列「{header}」が2回あります。どちらか一方を消してから取り込んでください。</translation>
    </message>
    <message>
        <source>This is not a needs list dvc can read: the columns {missing} are missing (the first row must hold the headers; found: {found}). See manual/import_needs.md for the columns.</source>
        <translation>dvc が読めるニーズ一覧ではありません。列 {missing} がありません（1行目は見出しにしてください。見つかった見出し：{found}）。列の一覧は manual/import_needs.md をご覧ください。</translation>
    </message>
    <message>
        <source>The time of receipt is missing.</source>
        <translation>受付日時がありません。</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day.</source>
        <translation>「{text}」は時刻として読めません。</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>「{text}」は整数ではありません。数字だけで入力してください。</translation>
    </message>
    <message>
        <source>“{text}” must be 1 or more.</source>
        <translation>「{text}」は1以上にしてください。</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>「{text}」は使えません。次のいずれかにしてください：{choices}。</translation>
    </message>
    <message>
        <source>This column must not be empty.</source>
        <translation>この列は空欄にできません。値を入れてください。</translation>
    </message>
    <message>
        <source>No laptop of &apos;{peer}&apos; is trusted yet. Trust its identity file first (dvc exchange trust).</source>
        <translation>「{peer}」のパソコンをまだ信頼していません。先に相手のIDファイルを信頼してください（dvc exchange trust）。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>フォルダー {path} がありません。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} を書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>This is this laptop&apos;s own identity file.</source>
        <translation>これはこのパソコン自身のIDファイルです。</translation>
    </message>
    <message>
        <source>A drill database and a real one cannot exchange data: drill data never mixes with real data.</source>
        <translation>訓練用データベースと本番用データベースの間ではデータを交換できません。訓練データと本番データは混ぜません。</translation>
    </message>
    <message>
        <source>That laptop has the same device number ({number}) as this one, so their record codes would clash. Create one of them again with another --device number.</source>
        <translation>そのパソコンはこのパソコンと同じ端末番号（{number}）のため、記録の番号が重なってしまいます。どちらかを別の --device 番号で作り直してください。</translation>
    </message>
    <message>
        <source>Cannot read {path}: use a .csv or .xlsx file.</source>
        <translation>{path} は読めません。.csv または .xlsx ファイルを使ってください。</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Shift_JIS text.</source>
        <translation>{path} は UTF-8 でも Shift_JIS でもありません。Excel などで「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <source>{path} is not an Excel (.xlsx) file dvc can read.</source>
        <translation>{path} は dvc が読める Excel (.xlsx) ファイルではありません。</translation>
    </message>
    <message>
        <source>{path} has more than {count} rows.</source>
        <translation>{path} は {count} 行を超えています。ファイルを分けて取り込んでください。</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} は空です。</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>その競合はありません。</translation>
    </message>
    <message>
        <source>This conflict was already reversed.</source>
        <translation>この競合はすでに取り消し済みです。</translation>
    </message>
    <message>
        <source>The record was changed again after this conflict; reversing now would undo that later change. Edit the record itself instead.</source>
        <translation>この競合の後に記録がさらに変更されています。今取り消すとその後の変更が失われます。記録そのものを編集してください。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a record code.</source>
        <translation>「{code}」は記録の番号ではありません。</translation>
    </message>
    <message>
        <source>No record has the code {code}.</source>
        <translation>番号 {code} の記録はありません。</translation>
    </message>
    <message>
        <source>This is not a volunteer list dvc can read: the columns {missing} are missing (the first row must hold the headers; found: {found}). See manual/import_volunteers.md for the columns.</source>
        <translation>ボランティア名簿として読めません：列 {missing} がありません（1行目に見出しが必要です。見つかった見出し：{found}）。列の説明は manual/import_volunteers.md を見てください。</translation>
    </message>
    <message>
        <source>“{text}” is neither yes nor no (はい/いいえ, ○/×, 1/0).</source>
        <translation>「{text}」ははい・いいえとして読めません（はい/いいえ、○/×、1/0）。</translation>
    </message>
    <message>
        <source>“{text}” is not a gender (男性, 女性, その他, 回答しない).</source>
        <translation>「{text}」は性別として読めません（男性、女性、その他、回答しない）。</translation>
    </message>
    <message>
        <source>“{text}” is not an insurance answer (加入済, 未加入, or a year such as 2026年度).</source>
        <translation>「{text}」は保険の回答として読めません（加入済、未加入、または 2026年度 のような年度）。</translation>
    </message>
    <message>
        <source>{names} have no PIN and could not sign in if PINs were required. Require PINs once every staff member has one; until then PINs stay optional.</source>
        <translation>{names} は暗証番号がないため、暗証番号を必須にするとサインインできなくなります。担当者全員に暗証番号があるときに必須にしてください。それまでは暗証番号は任意のままです。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>担当者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>役割「{role}」はありません。</translation>
    </message>
    <message>
        <source>Only the center head can give a desk lead or center head role.</source>
        <translation>班長・センター長の役割を付けられるのはセンター長だけです。</translation>
    </message>
    <message>
        <source>This council signs in with a PIN: give the new staff member one.</source>
        <translation>この社協では暗証番号でサインインします。新しい担当者の暗証番号を決めてください。</translation>
    </message>
    <message>
        <source>{name} is already on the staff list.</source>
        <translation>{name} さんはすでに担当者名簿にいます。</translation>
    </message>
    <message>
        <source>This staff member is not on the list.</source>
        <translation>この担当者は名簿にいません。</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}.</source>
        <translation>{name} さんの暗証番号が違います。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Only the center head may do this. Sign in as the center head first.</source>
        <translation>この操作はセンター長だけができます。センター長としてサインインしてください。</translation>
    </message>
    <message>
        <source>Only a desk lead or the center head may do this.</source>
        <translation>この操作は班長かセンター長だけができます。班長かセンター長としてサインインしてください。</translation>
    </message>
    <message>
        <source>{name} is not on the staff list.</source>
        <translation>{name} さんは担当者名簿にいません。</translation>
    </message>
    <message>
        <source>Nobody in this row&apos;s group has a phone number or e-mail.</source>
        <translation>この行の団体には、電話番号かメールのある人がいません。</translation>
    </message>
    <message>
        <source>The closing date {day} is in the future.</source>
        <translation>閉所日 {day} が未来の日付です。</translation>
    </message>
    <message>
        <source>{name} has run out: none left to lend.</source>
        <translation>{name}の在庫がなくなりました（貸し出せる数：0）。</translation>
    </message>
    <message>
        <source>{name} is running low: {available} {unit} left (minimum {minimum}).</source>
        <translation>{name}の在庫が少なくなっています：残り{available}{unit}（最低在庫{minimum}）。</translation>
    </message>
    <message>
        <source>A quantity must be a whole number from {lowest} to {most}.</source>
        <translation>数量は{lowest}から{most}までの整数で入力してください。</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {name} can be lent now; {quantity} were asked for.</source>
        <translation>{name}は今{available}{unit}しか貸し出せません（指定は{quantity}）。数量を減らしてください。</translation>
    </message>
    <message>
        <source>This loan has already been returned in full.</source>
        <translation>この貸出はすでに全数返却済みです。</translation>
    </message>
    <message>
        <source>Only {outstanding} are still out on this loan; {count} were counted back or lost.</source>
        <translation>この貸出で未返却なのは{outstanding}です。返却と紛失の合計（{count}）がそれを超えています。数を確かめてください。</translation>
    </message>
    <message>
        <source>Damaged pieces are among those returned: {damaged} damaged but only {returned} returned.</source>
        <translation>破損数は返却数に含めて数えます。破損{damaged}に対して返却は{returned}です。数を確かめてください。</translation>
    </message>
    <message>
        <source>Count at least one piece returned or lost.</source>
        <translation>返却数か紛失数を1以上入力してください。</translation>
    </message>
    <message>
        <source>{name}: {owned} owned cannot cover {lost} lost, {damaged} damaged and {out} out on loan.</source>
        <translation>{name}：保有数{owned}が、紛失{lost}・破損{damaged}・貸出中{out}の合計より少なくなっています。保有数を確かめてください。</translation>
    </message>
    <message>
        <source>Not a volunteer code: {codes}</source>
        <translation>ボランティアのコードではありません：{codes}</translation>
    </message>
    <message>
        <source>No volunteer has the code {codes}.</source>
        <translation>コード {codes} のボランティアはいません。</translation>
    </message>
    <message>
        <source>Print between 1 and {most} blank sheets at a time.</source>
        <translation>白紙の受付票は一度に 1～{most} 枚で印刷してください。</translation>
    </message>
    <message>
        <source>There is nobody to print.</source>
        <translation>印刷する人がいません。</translation>
    </message>
    <message>
        <source>This equipment item is not in the list (it may have been removed).</source>
        <translation>この資機材は一覧にありません（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>品名を入力してください。</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>「{name}」はすでに一覧にあります。</translation>
    </message>
    <message>
        <source>{count} {unit} of {name} are still out on loan; take them back first.</source>
        <translation>{name}が{count}{unit}貸出中です。先に返却を記録してください。</translation>
    </message>
    <message>
        <source>This label is not an equipment label (it belongs to a volunteer, need or team).</source>
        <translation>これは資機材のラベルではありません（ボランティア・ニーズ・チームのものです）。</translation>
    </message>
    <message>
        <source>No equipment item with this label is in the list.</source>
        <translation>このラベルの資機材は一覧にありません。</translation>
    </message>
    <message>
        <source>“{text}” is neither an equipment code nor an equipment label&apos;s QR code.</source>
        <translation>「{text}」は資機材のコードでも、資機材ラベルのQRコードでもありません。</translation>
    </message>
    <message>
        <source>A loan goes either to a team&apos;s dispatch or to another council.</source>
        <translation>貸出先は、送り出すチームか他の社協のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>This dispatch is not known here.</source>
        <translation>この送り出しはこのデータベースにありません。</translation>
    </message>
    <message>
        <source>This team is already back; it cannot borrow any more.</source>
        <translation>このチームはすでに帰着しています。これ以上は貸し出せません。</translation>
    </message>
    <message>
        <source>A loan to another council must name another council, not this one.</source>
        <translation>他の社協への貸出には、自分の社協以外を指定してください。</translation>
    </message>
    <message>
        <source>{name} is not marked as lendable to other councils.</source>
        <translation>{name}は他の社協へ貸し出せる資機材になっていません。</translation>
    </message>
    <message>
        <source>This loan is not known here.</source>
        <translation>この貸出はこのデータベースにありません。</translation>
    </message>
    <message>
        <source>Choose at least one label to print.</source>
        <translation>印刷するラベルを1枚以上選んでください。</translation>
    </message>
    <message>
        <source>At most {most} labels can be printed at once.</source>
        <translation>一度に印刷できるラベルは{most}枚までです。</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>開始日（{start}）が終了日（{end}）より後になっています。日付を確かめてください。</translation>
    </message>
    <message>
        <source>A report covers at most {most} days.</source>
        <translation>報告の期間は{most}日以内にしてください。</translation>
    </message>
    <message>
        <source>“{code}” is not a volunteer code (V-…).</source>
        <translation>「{code}」はボランティアのコード（V-…）ではありません。</translation>
    </message>
    <message>
        <source>No volunteer with the code {code} is registered here.</source>
        <translation>コード {code} のボランティアは登録されていません。</translation>
    </message>
    <message>
        <source>This volunteer is not in the database.</source>
        <translation>このボランティアはデータベースにありません。</translation>
    </message>
    <message>
        <source>{name} has no recorded day of activity to certify.</source>
        <translation>{name}さんには、証明できる活動日の記録がありません。</translation>
    </message>
    <message>
        <source>Name the certificate file .pdf (not “{name}”).</source>
        <translation>証明書のファイル名は .pdf で終わるようにしてください（「{name}」は使えません）。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} がありません。</translation>
    </message>
    <message>
        <source>Name the report file .xlsx, .pdf or .csv (not “{name}”).</source>
        <translation>報告のファイル名は .xlsx・.pdf・.csv のいずれかで終わるようにしてください（「{name}」は使えません）。</translation>
    </message>
    <message>
        <source>{path} cannot be written (is it open in Excel?).</source>
        <translation>{path} に書き込めません。Excel で開いている場合は閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>2回入力したパスワードが違います。何も書き出していません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The hours a team may be out must be more than 0 and at most 24.</source>
        <translation>チームの活動時間は0時間より長く、24時間以内で指定してください。</translation>
    </message>
    <message>
        <source>This team is not known here.</source>
        <translation>このチームはこのデータベースにありません。</translation>
    </message>
    <message>
        <source>Team {code} is only proposed. Confirm it at the matching desk before sending it out.</source>
        <translation>チーム {code} はまだ編成案のままです。送り出す前にマッチング班で確定してください。</translation>
    </message>
    <message>
        <source>Team {code} has already left.</source>
        <translation>チーム {code} はすでに出発しています。</translation>
    </message>
    <message>
        <source>Team {code} is already back.</source>
        <translation>チーム {code} はすでに帰着しています。</translation>
    </message>
    <message>
        <source>Team {code} was cancelled; it cannot be sent out.</source>
        <translation>チーム {code} は取り消されたため、送り出せません。</translation>
    </message>
    <message>
        <source>Team {code} has no members.</source>
        <translation>チーム {code} にメンバーがいません。</translation>
    </message>
    <message>
        <source>The expected return must be later than the departure.</source>
        <translation>帰着予定時刻は出発時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>何も読み取られていません。</translation>
    </message>
    <message>
        <source>This is a volunteer&apos;s code, not a team&apos;s. Scan the QR code on the team&apos;s dispatch sheet, or type the team code (T-…).</source>
        <translation>これはボランティアのコードで、チームのものではありません。チームの送り出し票のQRコードを読み取るか、チーム番号（T-…）を入力してください。</translation>
    </message>
    <message>
        <source>This code belongs to a need, a group or equipment, not to a team.</source>
        <translation>このコードはニーズ・団体・資機材のもので、チームのものではありません。</translation>
    </message>
    <message>
        <source>“{text}” is neither a team code nor a dispatch sheet&apos;s QR code.</source>
        <translation>「{text}」はチーム番号でも送り出し票のQRコードでもありません。</translation>
    </message>
    <message>
        <source>No team with this code is in this database.</source>
        <translation>この番号のチームはこのデータベースにありません。</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>パスワードは {n} 文字以上にしてください。</translation>
    </message>
    <message>
        <source>Use only letters, digits and symbols in the passphrase (no Japanese characters): other archivers would not open the file.</source>
        <translation>パスワードには半角の英字・数字・記号だけを使ってください（日本語は不可）。ほかの解凍ソフトで開けなくなります。</translation>
    </message>
    <message>
        <source>Wrong passphrase for {name}.</source>
        <translation>{name} のパスワードが違います。もう一度入力してください。</translation>
    </message>
    <message>
        <source>{name} is not an encrypted dvc export or is damaged.</source>
        <translation>{name} は dvc の暗号化ファイルではないか、壊れています。</translation>
    </message>
    <message>
        <source>{path} cannot be written (is it open in another program?).</source>
        <translation>{path} に書き込めません。ほかのソフトで開いている場合は閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Team {code} is not out on site, so there is no return to record.</source>
        <translation>チーム {code} は活動に出ていないため、帰着を記録できません。</translation>
    </message>
    <message>
        <source>“{outcome}” is not a result of a team&apos;s work.</source>
        <translation>「{outcome}」は活動結果として使えません。完了・継続・中断のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Hours on site must be between 0 and {most}.</source>
        <translation>活動時間は0～{most}時間で入力してください。</translation>
    </message>
    <message>
        <source>Write what is left to do: the next team reads it on the board.</source>
        <translation>残りの作業を書いてください。次のチームがニーズ一覧で読みます。</translation>
    </message>
    <message>
        <source>Write why the work stopped: it is shown on the needs board.</source>
        <translation>中断した理由を書いてください。ニーズ一覧に表示されます。</translation>
    </message>
    <message>
        <source>A tool in this report was not lent to this team.</source>
        <translation>この報告の資機材の中に、このチームに貸し出していないものがあります。</translation>
    </message>
    <message>
        <source>{code} is not a member of team {team}.</source>
        <translation>{code} はチーム {team} のメンバーではありません。</translation>
    </message>
    <message>
        <source>Only the team&apos;s own members can be checked out with its report.</source>
        <translation>活動報告書と一緒に帰着を記録できるのは、そのチームのメンバーだけです。</translation>
    </message>
    <message>
        <source>Name the list file .xlsx or .csv (not “{name}”).</source>
        <translation>名簿のファイル名は .xlsx か .csv で終わるようにしてください（「{name}」は使えません）。</translation>
    </message>
    <message>
        <source>There is no such volunteer.</source>
        <translation>該当するボランティアがいません。</translation>
    </message>
    <message>
        <source>{name} is in team {team}, which is already {status}. Cancel that team to change it.</source>
        <translation>{name} さんはすでに「{status}」のチーム {team} に入っています。変更するには、そのチームを取り消してください。</translation>
    </message>
    <message>
        <source>Only a member of team {team} can lead it.</source>
        <translation>チーム {team} のリーダーには、そのチームのメンバーしかなれません。</translation>
    </message>
    <message>
        <source>{name} is not known to be an adult (18 or over) and cannot lead a team.</source>
        <translation>{name} さんは成人（18歳以上）と確認できないため、リーダーにできません。</translation>
    </message>
    <message>
        <source>Teams of different days cannot be confirmed together.</source>
        <translation>別の日のチームを一緒に確定することはできません。</translation>
    </message>
    <message>
        <source>These teams cannot be confirmed; nothing was confirmed:</source>
        <translation>次のチームは確定できません。何も確定していません：</translation>
    </message>
    <message>
        <source>These teams break matching rules. Fix them, or confirm again accepting the warnings:</source>
        <translation>次のチームはマッチングのルールに反しています。直すか、警告を承知のうえで改めて確定してください：</translation>
    </message>
    <message>
        <source>That team no longer exists; the proposal was made again.</source>
        <translation>そのチームはもうありません（編成案が作り直されました）。</translation>
    </message>
    <message>
        <source>Team {team} is {status}: this cannot be done now.</source>
        <translation>チーム {team} は「{status}」のため、この操作はできません。</translation>
    </message>
    <message>
        <source>Team {team} is a team of {day}.</source>
        <translation>チーム {team} は {day} のチームです。</translation>
    </message>
    <message>
        <source>That need is not waiting for a team.</source>
        <translation>そのニーズはマッチング待ちではありません。</translation>
    </message>
    <message>
        <source>Need {need} already has team {team} ({status}).</source>
        <translation>ニーズ {need} にはすでにチーム {team}（{status}）があります。</translation>
    </message>
    <message>
        <source>Team {team} already has the {headcount} people its need asks for.</source>
        <translation>チーム {team} はすでにニーズの必要人数（{headcount}人）に達しています。</translation>
    </message>
    <message>
        <source>{name} is not checked in today.</source>
        <translation>{name} さんは本日まだ受付していません。</translation>
    </message>
    <message>
        <source>{name} has no valid volunteer insurance and cannot join a team.</source>
        <translation>{name} さんは有効なボランティア活動保険に加入していないため、チームに入れられません。</translation>
    </message>
    <message>
        <source>Unknown desk: {names}. Choose from {known}.</source>
        <translation>「{names}」という班はありません。次から選んでください：{known}。</translation>
    </message>
    <message>
        <source>The screen lock takes 0 (never) to {max} minutes.</source>
        <translation>画面のロックは 0（ロックしない）〜{max} 分で指定してください。</translation>
    </message>
    <message>
        <source>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. Join with a free number into a new database file (the hub&apos;s data comes to it): dvc --db NEW-FILE.db join {address} --code CODE --device {free}</source>
        <translation>端末番号 {number} はこのセンターの別のパソコンが使っています。同じ番号のパソコンが2台あると、同じ記録コードが作られてしまいます。空いている番号で、新しいデータベースファイルに参加してください（ハブのデータがそこに届きます）：dvc --db NEW-FILE.db join {address} --code CODE --device {free}</translation>
    </message>
    <message>
        <source>Not in step with the center hub within {seconds} seconds: it does not answer, or it is still busy. Try again.</source>
        <translation>{seconds}秒以内にハブと同期できませんでした。ハブが応答しないか、まだ処理中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The center hub did not start. The reason is in the log {path}; try again, or restart the laptop if it keeps failing.</source>
        <translation>ハブを開始できませんでした。理由はログ {path} にあります。もう一度お試しください。繰り返す場合はパソコンを再起動してください。</translation>
    </message>
    <message>
        <source>The center hub did not stop within {seconds} seconds. Try again in a moment.</source>
        <translation>{seconds}秒以内にハブが止まりませんでした。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The center hub on this laptop does not answer. Start it again (dvc hub start, or the hub screen).</source>
        <translation>このパソコンのハブが応答しません。ハブをもう一度開始してください（dvc hub start、またはハブの画面）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a hub address. Type it as shown on the hub laptop, e.g. 192.168.1.20:47810.</source>
        <translation>「{text}」はハブのアドレスではありません。ハブのパソコンに表示されているとおりに入力してください（例：192.168.1.20:47810）。</translation>
    </message>
    <message>
        <source>That join code is mistyped: it has 8 digits, as shown on the hub laptop (e.g. 1234-5678).</source>
        <translation>参加コードが正しく入力されていません。ハブのパソコンに表示されている8桁の数字を入力してください（例：1234-5678）。</translation>
    </message>
    <message>
        <source>No center hub answers at {address}. Check the address on the hub laptop and that both laptops are on the center&apos;s network (the same Wi-Fi or LAN).</source>
        <translation>{address} でハブが応答しません。ハブのパソコンに表示されているアドレスと、両方のパソコンがセンターの同じネットワーク（同じWi-FiまたはLAN）につながっていることを確認してください。</translation>
    </message>
    <message>
        <source>{path} already exists: sign in and join with the data it holds instead.</source>
        <translation>{path} はすでにあります。サインインして、そのデータのまま参加してください。</translation>
    </message>
    <message>
        <source>The laptop at {address} could not prove it is this center&apos;s hub. Nothing was changed; check the address on the hub laptop.</source>
        <translation>{address} のパソコンは、このセンターのハブであることを確認できませんでした。何も変更していません。ハブのパソコンのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. Choose another number in the Laptop number box ({free} is free, or leave it at “the first free number”) and join again.</source>
        <translation>端末番号 {number} はこのセンターの別のパソコンが使っています。同じ番号のパソコンが2台あると、同じ記録コードが作られてしまいます。「端末番号」の欄で別の番号を選んで（{free} が空いています。「空いている番号」のままでもかまいません）、もう一度参加してください。</translation>
    </message>
    <message>
        <source>Laptop number {number} is already used by another laptop of this center, and two laptops with one number would give the same record codes. This laptop&apos;s database keeps its number, so it cannot join as it is. Join from a laptop without a dvc database instead (its first window: “Join a center hub…”): it takes a free number, such as {free}.</source>
        <translation>端末番号 {number} はこのセンターの別のパソコンが使っています。同じ番号のパソコンが2台あると、同じ記録コードが作られてしまいます。このパソコンのデータベースは番号を変えられないため、このままでは参加できません。dvc のデータベースがまだないパソコンから参加してください（最初の画面の「センターのハブに参加…」）。空いている番号（たとえば {free}）が使われます。</translation>
    </message>
    <message>
        <source>The join code is wrong. Check the code on the hub laptop and type it again ({left} more tries before the hub needs a new code).</source>
        <translation>参加コードが違います。ハブのパソコンのコードを確認して、もう一度入力してください（あと{left}回間違えると、新しいコードが必要になります）。</translation>
    </message>
    <message>
        <source>The hub takes no more join codes after too many wrong ones. On the hub laptop, make a new join code (hub screen, or dvc hub start --new-code) and use that one.</source>
        <translation>間違った参加コードが多すぎたため、ハブは参加を受け付けていません。ハブのパソコンで新しい参加コードを作り（ハブの画面、または dvc hub start --new-code）、そのコードで参加してください。</translation>
    </message>
    <message>
        <source>That hub belongs to {council}, not to this laptop&apos;s council. Join your own council&apos;s hub; other councils exchange files (データ交換).</source>
        <translation>そのハブは{council}のもので、このパソコンの社協のものではありません。自分の社協のハブに参加してください。他の社協とはファイルで交換します（データ交換）。</translation>
    </message>
    <message>
        <source>A drill database and a real one cannot be in one center: drill data never mixes with real data. Open the matching database on this laptop and join again.</source>
        <translation>訓練用と本番用のデータベースは同じセンターに入れません。訓練のデータは本番のデータと混ざりません。このパソコンで同じ種類のデータベースを開いて、もう一度参加してください。</translation>
    </message>
    <message>
        <source>The hub refused this laptop ({reason}). Nothing was changed; ask the center head.</source>
        <translation>ハブがこのパソコンを受け付けませんでした（{reason}）。何も変更していません。センター長に相談してください。</translation>
    </message>
    <message>
        <source>The hub does not know this laptop any more. Join it again with its join code.</source>
        <translation>ハブはこのパソコンを登録していません。参加コードでもう一度参加してください。</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is far from the hub&apos;s. Set the date and time, then wait a moment.</source>
        <translation>このパソコンの時計がハブと大きくずれています。日付と時刻を合わせてから、少しお待ちください。</translation>
    </message>
    <message>
        <source>The hub refused this laptop&apos;s changes; they stay here and are sent again. Tell the center head if this stays.</source>
        <translation>ハブがこのパソコンの変更を受け付けませんでした。変更はここに残り、もう一度送られます。続く場合はセンター長に伝えてください。</translation>
    </message>
    <message>
        <source>The hub does not answer. This laptop works on and sends its changes when it answers again.</source>
        <translation>ハブが応答しません。このパソコンはこのまま使え、ハブが応答したら変更を送ります。</translation>
    </message>
    <message>
        <source>The daily limit is 0 (no limit) to {most} check-ins.</source>
        <translation>受付上限は 0（上限なし）から {most}人までです。</translation>
    </message>
    <message>
        <source>This group is no longer in the database.</source>
        <translation>この団体はデータベースにありません。</translation>
    </message>
    <message>
        <source>A registration cannot be merged into itself.</source>
        <translation>同じ登録どうしはまとめられません。</translation>
    </message>
    <message>
        <source>A corrected loan must be smaller than the {quantity} written down.</source>
        <translation>直す数は、記録されている {quantity} より少なくしてください。</translation>
    </message>
    <message>
        <source>{settled} of this loan are already counted back, lost or used; it cannot be fewer.</source>
        <translation>この貸出のうち {settled} はすでに返却・紛失・使用済みとして数えてあります。それより少なくはできません。</translation>
    </message>
    <message>
        <source>Team {team} is out on site with only {name}: record its return at the dispatch desk first.</source>
        <translation>チーム {team} は {name} さんだけで活動中です。先に送り出し班で帰着を記録してください。</translation>
    </message>
    <message>
        <source>This was settled meanwhile, perhaps at another desk or on another laptop. The list shows what is left.</source>
        <translation>ほかの班か別のパソコンで、すでに決められていました。一覧に残っているものを確かめてください。</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Make room on this laptop (empty the recycle bin, move old files to a USB stick) and do it again. Everything confirmed before is safe.</source>
        <translation>ディスクの空き容量がないため、保存できませんでした。ごみ箱を空にする、古いファイルをUSBメモリに移すなどして空きを作ってから、もう一度操作してください。これまでに確定した内容は失われていません。</translation>
    </message>
    <message>
        <source>That is not one of the choices offered for this conflict. Choose again.</source>
        <translation>その選択は、この食い違いでは選べません。もう一度選んでください。</translation>
    </message>
    <message>
        <source>The group {group} has children who go only with their guardian, so its {count} people here move together; team {team} has room for {room}.</source>
        <translation>団体「{group}」には保護者の同伴が必要な子どもがいるため、本日来ている {count} 人はいっしょに移ります。チーム {team} の空きは {room} 人です。</translation>
    </message>
    <message>
        <source>The name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or write them another way (emoji left out, an old character in its common form).</source>
        <translation>氏名「{text}」に、受付票や名札に印刷できない文字（{chars}）があります。その文字を除くか、ほかの書き方にしてください（絵文字は除き、旧字体などはふつうの字にします）。</translation>
    </message>
    <message>
        <source>The group name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or write them another way.</source>
        <translation>団体名「{text}」に、印刷できない文字（{chars}）があります。その文字を除くか、ほかの書き方にしてください。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {limit} characters, {length} given. Shorten it and save again.</source>
        <translation>{field}が長すぎます（{limit}文字まで、入力は{length}文字）。短くしてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>at most {limit} characters ({length} given).</source>
        <translation>{limit}文字までにしてください（入力は{length}文字）。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: another council made it, and only that council may send it.</source>
        <translation>{record}（{table}）は取り込みませんでした。別の社協が作った記録で、その社協だけが送れます。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: the sender changed which council made it.</source>
        <translation>{record}（{table}）は取り込みませんでした。送り主が、記録を作った社協を書き換えています。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it is this council&apos;s record, and only this council changes it.</source>
        <translation>{record}（{table}）は取り込みませんでした。この社協の記録で、変更できるのはこの社協だけです。</translation>
    </message>
    <message>
        <source>{record} ({table}): the helping council&apos;s progress was taken, but not its change to {field}: only this council changes that.</source>
        <translation>{record}（{table}）：応援先の社協の経過は取り込みましたが、{field}の変更は取り込みませんでした。変更できるのはこの社協だけです。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it refers to a record of this council that was not shared with the block.</source>
        <translation>{record}（{table}）は取り込みませんでした。ブロックに共有していない、この社協の記録を指しています。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it refers to a record of another council.</source>
        <translation>{record}（{table}）は取り込みませんでした。別の社協の記録を指しています。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: its code is from another council&apos;s series.</source>
        <translation>{record}（{table}）は取り込みませんでした。番号が別の社協の番号になっています。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: another record here has the same code.</source>
        <translation>{record}（{table}）は取り込みませんでした。同じ番号の別の記録がすでにあります。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: its {field} is too long or not in the expected form. Ask the sender to correct it; the rest of the file was imported.</source>
        <translation>{record}（{table}）は取り込みませんでした。{field}が長すぎるか、形式が違います。送り主に直してもらってください。ファイルの残りは取り込みました。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken: it refers to a record that was not taken ({field}).</source>
        <translation>{record}（{table}）は取り込みませんでした。取り込まなかった記録を指しています（{field}）。</translation>
    </message>
    <message>
        <source>Change log entries of laptop {record} were not taken: an entry already here is never changed.</source>
        <translation>{record}号機の操作の記録は取り込みませんでした。すでにある記録は書き換えられません。</translation>
    </message>
    <message>
        <source>Change log entries of laptop {record} were not taken: they do not continue that laptop&apos;s chain, or its signature does not match. Ask for a full bundle (--full) from that laptop.</source>
        <translation>{record}号機の操作の記録は取り込みませんでした。そのパソコンの記録の続きになっていないか、署名が合いません。そのパソコンに全件の交換ファイル（--full）を頼んでください。</translation>
    </message>
    <message>
        <source>Change log entries claiming to be this laptop&apos;s were not taken: this laptop holds all of its own.</source>
        <translation>このパソコンのものだという操作の記録は取り込みませんでした。このパソコンの記録は、すべてこのパソコンにあります。</translation>
    </message>
    <message>
        <source>{record} ({table}) was not taken.</source>
        <translation>{record}（{table}）は取り込みませんでした。</translation>
    </message>
    <message>
        <source>That council ({council}) uses this council&apos;s short code {short}; it cannot be trusted.</source>
        <translation>その社協（{council}）は、この社協と同じ略号 {short} を使っているため、信頼できません。</translation>
    </message>
    <message>
        <source>This version was refused, not outvoted: it cannot be put back. If the change is right, make it on the record itself.</source>
        <translation>この版は取り込みを断ったもので、元に戻すことはできません。変更が正しければ、記録そのものを直してください。</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits; 6 or more are harder to guess.</source>
        <translation>暗証番号は{low}〜{high}桁の数字です。6桁以上にすると当てられにくくなります。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {name}. Try again in {seconds} seconds.</source>
        <translation>{name} さんの暗証番号が続けて違いました。{seconds}秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Sign in first: every change is kept with the name of who made it. On the command line give --operator NAME (or set DVC_OPERATOR).</source>
        <translation>先にサインインしてください。変更はすべて、変更した人の名前とともに記録されます。コマンドでは --operator 氏名 を付けてください（または DVC_OPERATOR を設定します）。</translation>
    </message>
    <message>
        <source>{name} signs in with a PIN. Type it when asked (in a terminal), or set DVC_PIN in a script.</source>
        <translation>{name} さんは暗証番号でサインインします。端末で聞かれたら入力するか、スクリプトでは DVC_PIN を設定してください。</translation>
    </message>
    <message>
        <source>There is no such need.</source>
        <translation>そのニーズはありません。</translation>
    </message>
    <message>
        <source>{code} is another council&apos;s need: only that council asks the block for support with it.</source>
        <translation>{code} は別の社協のニーズです。応援要請できるのはその社協だけです。</translation>
    </message>
    <message>
        <source>{code} is done or cancelled: there is nothing to ask the block for.</source>
        <translation>{code} は完了または取消のため、応援要請はできません。</translation>
    </message>
    <message>
        <source>Laptop {device}: entry {seq} of the change log is missing (removed from the file?).</source>
        <translation>{device}号機：操作の記録の{seq}番目がありません（ファイルから削除された可能性があります）。</translation>
    </message>
    <message>
        <source>Laptop {device}: an entry was slipped in or replaced at place {seq}.</source>
        <translation>{device}号機：{seq}番目に記録が差し込まれたか、差し替えられています。</translation>
    </message>
    <message>
        <source>Laptop {device}: entry {seq} of the change log was changed after it was written.</source>
        <translation>{device}号機：操作の記録の{seq}番目が、書かれた後に書き換えられています。</translation>
    </message>
    <message>
        <source>Laptop {device}: the before/after values of entry {seq} were changed.</source>
        <translation>{device}号機：操作の記録の{seq}番目の変更前・変更後の値が書き換えられています。</translation>
    </message>
    <message>
        <source>Laptop {device}: the seal at place {seq} is not signed by that laptop&apos;s key.</source>
        <translation>{device}号機：{seq}番目の封印が、そのパソコンの鍵で署名されていません。</translation>
    </message>
    <message>
        <source>Laptop {device}: entries from place {seq} on are not covered by a seal of that laptop.</source>
        <translation>{device}号機：{seq}番目以降の記録に、そのパソコンの封印がありません。</translation>
    </message>
    <message>
        <source>{table}: {count} records created on this laptop are gone from the file (removed outside dvc).</source>
        <translation>{table}：このパソコンで作った{count}件の記録がファイルにありません（dvc の外で削除されています）。</translation>
    </message>
    <message>
        <source>{field} ({table}) is too long: at most {limit} characters, {length} given. Nothing was saved; shorten it and save again.</source>
        <translation>{field}（{table}）が長すぎます（{limit}文字まで、入力は{length}文字）。保存していません。短くしてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>A work type must not contain 、 , ; or / (they separate the work types of a list; use ・ instead): {name}</source>
        <translation>作業の種類の名前には「、」「,」「;」「/」を使えません（一覧の区切りに使うため）。代わりに「・」を使ってください：{name}</translation>
    </message>
    <message>
        <source>This computer has no CUPS printing system.</source>
        <translation>このパソコンには CUPS の印刷の仕組みがありません。「PDFで保存」で保存して、印刷できるパソコンで印刷してください。</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>プリンター「{printer}」が印刷を受け付けませんでした（{reason}）。プリンターの電源と接続を確かめて、もう一度印刷してください。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a dvc database: it is damaged, or it is another kind of file. Put back the latest good backup (dvc restore with a file from backups/), or choose the right file.</source>
        <translation>{path} は dvc のデータベースとして読めません。破損しているか、別の種類のファイルです。最新のバックアップを戻す（backups/ 内のファイルを指定して「dvc restore」）か、正しいファイルを選んでください。</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Put back the latest good backup (dvc restore with a file from backups/); the damaged file is then kept in backups/, not deleted.</source>
        <translation>データベース {path} は破損しているため、開けません。最新のバックアップを戻してください（backups/ 内のファイルを指定して「dvc restore」）。破損したファイルは削除せず、backups/ に残します。</translation>
    </message>
    <message>
        <source>{path} was made by an earlier version of dvc and must be updated first: open it once in the dvc app (or with a command that changes something), then try again.</source>
        <translation>{path} は以前のバージョンの dvc で作られたため、先に更新が必要です。dvc の画面（または記録を変更するコマンド）で一度開いてから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Putting a backup in place of {path} was interrupted. Open the dvc app once (it finishes the restore), then try again.</source>
        <translation>{path} へのバックアップの復元が途中で止まっています。dvc の画面を一度開いて（復元が完了します）から、もう一度実行してください。</translation>
    </message>
    <message>
        <source>{path} could not be updated to this version of dvc; it was left as it was. Put back the copy made before the update (dvc restore with the newest &apos;before-migration&apos; file in backups/), or ask whoever looks after dvc.</source>
        <translation>{path} をこのバージョンの dvc 用に更新できませんでした。ファイルは元のままです。更新前に作ったバックアップを戻す（backups/ 内の最新の「before-migration」のファイルを指定して「dvc restore」）か、dvc の担当者に相談してください。</translation>
    </message>
    <message>
        <source>{path} could not be copied into place ({error}); nothing was restored.</source>
        <translation>{path} を復元先にコピーできませんでした（{error}）。何も復元していません。</translation>
    </message>
    <message>
        <source>{path} is {size} MB, larger than a list dvc reads (up to {limit} MB, {rows} rows). Split it into smaller files, or check that it is the right file.</source>
        <translation>{path} は {size} MB あり、dvc で読み込める一覧の大きさ（{limit} MB・{rows} 行まで）を超えています。いくつかのファイルに分けるか、正しいファイルか確かめてください。</translation>
    </message>
    <message>
        <source>Line {line} of {path} has a cell of more than {limit} characters: this is not a list dvc can read. Check that it is the right file (a list saved as CSV from Excel or the web form).</source>
        <translation>{path} の {line} 行目に {limit} 文字を超える項目があり、dvc で読み込める一覧ではありません。正しいファイル（Excel や申込フォームから CSV で保存した一覧）か確かめてください。</translation>
    </message>
    <message>
        <source>Line {line} of {path} cannot be read as CSV (a stray quote or a character that is not text). Open the file in Excel, save it again as CSV, and import that.</source>
        <translation>{path} の {line} 行目を CSV として読めません（対応していない引用符や、文字ではないデータがあります）。Excel でファイルを開いて CSV で保存し直し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>{path} unpacks to far more than a list holds ({size} MB from a {packed} MB file), so dvc does not open it. Save the list again from Excel (or as CSV), or check that it is the right file.</source>
        <translation>{path} は展開すると一覧としては大きすぎる（{packed} MB のファイルから {size} MB）ため、開きません。Excel で保存し直す（または CSV で保存する）か、正しいファイルか確かめてください。</translation>
    </message>
    <message>
        <source>Row {line} of {path} has more than {count} columns: this is not a list dvc can read.</source>
        <translation>{path} の {line} 行目の列が {count} を超えており、dvc で読み込める一覧ではありません。</translation>
    </message>
    <message>
        <source>dvc cannot write in {folder}: the folder is read-only, or this user may not change it (a write-protected USB stick, a CD, a shared folder). Nothing was changed. Choose a folder you can write to, or copy the database into one (e.g. Documents) and open it there.</source>
        <translation>{folder} に書き込めません。読み取り専用のフォルダーか、このユーザーに変更の権限がありません（書き込み禁止のUSBメモリ、CD、共有フォルダーなど）。何も変更していません。書き込めるフォルダーを選ぶか、データベースを書き込めるフォルダー（ドキュメントなど）にコピーして、そこで開いてください。</translation>
    </message>
    <message>
        <source>dvc cannot open or create files in {folder}: the folder is missing, read-only, or this user may not write in it. Nothing was changed. Choose a folder you can write to, or copy the database into one (e.g. Documents) and open it there.</source>
        <translation>{folder} でファイルを開く・作ることができません。フォルダーがないか、読み取り専用か、このユーザーに書き込みの権限がありません。何も変更していません。書き込めるフォルダーを選ぶか、データベースを書き込めるフォルダー（ドキュメントなど）にコピーして、そこで開いてください。</translation>
    </message>
    <message>
        <source>The disk reported an error while writing, so this was not saved. Check that the USB stick or disk is still connected and try again; if it happens again, copy the database to another disk.</source>
        <translation>書き込み中にディスクのエラーが起きたため、保存できませんでした。USBメモリやディスクがつながっているか確かめて、もう一度操作してください。繰り返す場合は、データベースを別のディスクにコピーしてください。</translation>
    </message>
    <message>
        <source>The database is damaged and cannot be read. Close dvc and start it again: it offers to put back the latest good backup (on the command line: dvc restore with a file from backups/).</source>
        <translation>データベースが破損しているため、読めません。dvc を閉じてもう一度起動してください。最新のバックアップを戻す案内が出ます（コマンドでは backups/ 内のファイルを指定して「dvc restore」）。</translation>
    </message>
    <message>
        <source>This version of dvc must update the database, and first makes a copy of it in {folder}, but the disk is full. Nothing was changed. Make room on this laptop (empty the recycle bin, move old files to a USB stick) and start dvc again.</source>
        <translation>このバージョンの dvc ではデータベースの更新が必要で、その前に {folder} へコピーを作りますが、ディスクの空き容量がありません。何も変更していません。ごみ箱を空にする、古いファイルをUSBメモリに移すなどして空きを作ってから、dvc をもう一度起動してください。</translation>
    </message>
    <message>
        <source>This version of dvc must update the database, and first makes a copy of it in {folder}, but that folder cannot be written. Nothing was changed. Copy the database into a folder you can write to (e.g. Documents) and open it there.</source>
        <translation>このバージョンの dvc ではデータベースの更新が必要で、その前に {folder} へコピーを作りますが、そのフォルダーに書き込めません。何も変更していません。データベースを書き込めるフォルダー（ドキュメントなど）にコピーして、そこで開いてください。</translation>
    </message>
    <message>
        <source>this folder</source>
        <translation>このフォルダー</translation>
    </message>
    <message>
        <source>This laptop is not connected to any network. Connect it to the center&apos;s Wi-Fi or LAN cable, then join again.</source>
        <translation>このパソコンはネットワークにつながっていません。センターのWi-FiかLANケーブルにつないでから、もう一度参加してください。</translation>
    </message>
    <message>
        <source>{path} could not be encrypted ({error}). Nothing was changed; the database is as it was. Free some disk space and start dvc again.</source>
        <translation>{path} を暗号化できませんでした（{error}）。データベースは元のままです。ディスクの空きを増やしてから、dvc をもう一度起動してください。</translation>
    </message>
    <message>
        <source>{path} is encrypted with a key this laptop does not hold. Enter the recovery passphrase from the recovery sheet kept in the safe; nothing was restored.</source>
        <translation>{path} は、このパソコンにない鍵で暗号化されています。金庫に保管した回復シートの回復用パスワードを入力してください。復元はしていません。</translation>
    </message>
    <message>
        <source>The recovery passphrase does not open {path}: it may be from another sheet (an older key). Nothing was restored.</source>
        <translation>この回復用パスワードでは {path} を開けません。別の（以前の鍵の）回復シートかもしれません。復元はしていません。</translation>
    </message>
    <message>
        <source>This laptop has no safe place for the database key (no Windows account store or keyring). Set a start-up passphrase in DVC_PASSPHRASE, or run the command on a terminal to type one.</source>
        <translation>このパソコンには、データベースの鍵を安全にしまう場所（Windows のアカウントの保管庫やキーリング）がありません。起動パスワードを DVC_PASSPHRASE に設定するか、端末でコマンドを実行して入力してください。</translation>
    </message>
    <message>
        <source>{path} is encrypted and this laptop cannot unlock it by itself. Enter the start-up passphrase, or the recovery passphrase from the recovery sheet kept in the safe.</source>
        <translation>{path} は暗号化されていて、このパソコンだけでは開けません。起動パスワード、または金庫に保管した回復シートの回復用パスワードを入力してください。</translation>
    </message>
    <message>
        <source>This laptop has no safe place for the database key (no Windows account store or keyring): choose a start-up passphrase.</source>
        <translation>このパソコンには、データベースの鍵を安全にしまう場所（Windows のアカウントの保管庫やキーリング）がありません。起動パスワードを決めてください。</translation>
    </message>
    <message>
        <source>That passphrase does not open {path}. Check it against the recovery sheet (7 groups of 4) and type it again.</source>
        <translation>このパスワードでは {path} を開けません。回復シート（4文字ずつ7組）と見比べて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The start-up passphrase needs at least {n} characters.</source>
        <translation>起動パスワードは {n} 文字以上にしてください。</translation>
    </message>
    <message>
        <source>That is not a recovery passphrase: it has 7 groups of 4 letters and digits, as printed on the recovery sheet.</source>
        <translation>回復用パスワードではありません。回復シートに印刷された、英数字4文字ずつ7組のものを入力してください。</translation>
    </message>
    <message>
        <source>This database is not encrypted (a drill database): it has no recovery sheet.</source>
        <translation>このデータベースは暗号化されていない（訓練用の）ため、回復シートはありません。</translation>
    </message>
    <message>
        <source>{name} is already on team {team} of laptop {device} today (the hub says so). Nothing was confirmed: take them off this team, or settle it with the desk of laptop {device}.</source>
        <translation>{name}さんは、本日すでに{device}号機のチーム {team} に入っています（ハブで確認しました）。何も確定していません。このチームから外すか、{device}号機の担当と相談してください。</translation>
    </message>
    <message>
        <source>Only {left} {unit} of {name} can be lent across the center now (the hub counts every desk&apos;s loans). Nothing was lent: lend fewer, or wait for a return.</source>
        <translation>{name}はセンター全体で、いま貸し出せるのは{left}{unit}だけです（ハブがすべてのパソコンの貸出を数えました）。貸し出していません。数を減らすか、返却を待ってください。</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Volunteers</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>受付（出欠）</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Need history</source>
        <translation>ニーズの経過</translation>
    </message>
    <message>
        <source>Site surveys</source>
        <translation>現地調査</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>チームのメンバー</translation>
    </message>
    <message>
        <source>Dispatches</source>
        <translation>送り出し</translation>
    </message>
    <message>
        <source>Activity reports</source>
        <translation>活動報告書</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>資機材</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>貸出</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Day figures</source>
        <translation>日々の集計</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Volunteers needed</source>
        <translation>必要人数</translation>
    </message>
    <message>
        <source>Estimated days</source>
        <translation>見込み日数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
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
        <source>Site address</source>
        <translation>活動場所</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Requester&apos;s phone</source>
        <translation>依頼者の電話</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>資格・技能</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>持込車両</translation>
    </message>
    <message>
        <source>Quantity owned</source>
        <translation>保有数</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>帰着時刻</translation>
    </message>
    <message>
        <source>Block sharing agreed</source>
        <translation>ブロック共有同意</translation>
    </message>
    <message>
        <source>Support requested from the block</source>
        <translation>応援要請</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Council that made it</source>
        <translation>作成した社協</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>社協</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>残りの作業</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>状態の理由</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>被害状況</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>dvc exchange bundles (*.dvcx)</source>
        <translation>dvc 交換ファイル (*.dvcx)</translation>
    </message>
    <message>
        <source>dvc identity files (*.dvcid)</source>
        <translation>dvc IDファイル (*.dvcid)</translation>
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
        <translation>緊急連絡先（電話）</translation>
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
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Disaster volunteering experience</source>
        <translation>災害ボランティア経験</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>保険のプラン</translation>
    </message>
    <message>
        <source>Where insured</source>
        <translation>保険の加入先</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>保護者</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状態</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>血液型</translation>
    </message>
    <message>
        <source>Available dates</source>
        <translation>活動可能日</translation>
    </message>
    <message>
        <source>Preferred district</source>
        <translation>希望地区</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>受付担当者</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Requester&apos;s furigana</source>
        <translation>依頼者のふりがな</translation>
    </message>
    <message>
        <source>Requester&apos;s phone</source>
        <translation>依頼者の電話番号</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <translation>依頼者の住所</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>現場の住所</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>被害状況</translation>
    </message>
    <message>
        <source>Vehicle needed</source>
        <translation>必要な車両</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>資機材</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>トイレ</translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation>希望日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <source>Leader: {name} ({experience} disaster activities before)</source>
        <translation>リーダー：{name}（災害ボランティア経験 {experience} 回）</translation>
    </message>
    <message>
        <source>Needs {skill}: {name} holds it</source>
        <translation>{skill}が必要：{name} さんが持っています</translation>
    </message>
    <message>
        <source>Needs a {vehicle}: {name} brings one</source>
        <translation>{vehicle}が必要：{name} さんが持参しています</translation>
    </message>
    <message>
        <source>{name} stays with the group {group}</source>
        <translation>{name} さんは団体「{group}」と一緒です</translation>
    </message>
    <message>
        <source>{name} is a minor and goes with {adult} of the same group</source>
        <translation>{name} さんは未成年のため、同じ団体の {adult} さんと一緒です</translation>
    </message>
    <message>
        <source>{name} was in this need&apos;s last team</source>
        <translation>{name} さんはこのニーズの前回のチームにいました</translation>
    </message>
    <message>
        <source>{name} wished to work in {district}</source>
        <translation>{name} さんは{district}での活動を希望しています</translation>
    </message>
    <message>
        <source>The need asks for {gender}: {name} fits</source>
        <translation>{gender}のニーズ：{name} さんは条件に合います</translation>
    </message>
    <message>
        <source>{name} fills the headcount</source>
        <translation>{name} さんで人数を満たします</translation>
    </message>
    <message>
        <source>Kept as the staff fixed it (locked)</source>
        <translation>担当者が固定したとおり（ロック）</translation>
    </message>
    <message>
        <source>Nobody checked in today holds {skill}</source>
        <translation>本日受付した人に{skill}の資格を持つ人がいません</translation>
    </message>
    <message>
        <source>Everyone holding {skill} is already in another team</source>
        <translation>{skill}の資格を持つ人は全員ほかのチームに入っています</translation>
    </message>
    <message>
        <source>Nobody checked in today brings a {vehicle}</source>
        <translation>本日受付した人に{vehicle}を持参した人がいません</translation>
    </message>
    <message>
        <source>Every {vehicle} here is already with another team</source>
        <translation>{vehicle}はすべてほかのチームに割り当て済みです</translation>
    </message>
    <message>
        <source>The need asks for {gender}: only {free} such volunteers are free</source>
        <translation>{gender}のニーズですが、条件に合う空きのボランティアは {free} 人だけです</translation>
    </message>
    <message>
        <source>{missing} more people needed; {free} volunteers are free</source>
        <translation>あと {missing} 人必要ですが、空きのボランティアは {free} 人です</translation>
    </message>
    <message>
        <source>{missing} places left, but the free groups are larger</source>
        <translation>残り {missing} 人分ですが、空いている団体はそれより大きいです</translation>
    </message>
    <message>
        <source>{name} has no valid volunteer insurance</source>
        <translation>{name} さんは有効なボランティア活動保険に加入していません</translation>
    </message>
    <message>
        <source>{name} is a minor with no adult of the same group here</source>
        <translation>{name} さんは未成年で、同じ団体の成人が来ていません</translation>
    </message>
    <message>
        <source>No need is waiting for a team</source>
        <translation>マッチング待ちのニーズがありません</translation>
    </message>
    <message>
        <source>Every waiting need is fully staffed</source>
        <translation>マッチング待ちのニーズはすべて人数が満たされています</translation>
    </message>
    <message>
        <source>The group {group} ({size} people) fits no need (most room left: {room})</source>
        <translation>団体「{group}」（{size}人）が入れるニーズがありません（空きは最大 {room} 人）</translation>
    </message>
    <message>
        <source>The group {group} already spans the {parts} teams it may be split into</source>
        <translation>団体「{group}」はすでに分けてよい {parts} チームに分かれています</translation>
    </message>
    <message>
        <source>No team can take this person under the rules (skills, gender, groups)</source>
        <translation>ルール（資格・性別・団体）上、入れるチームがありません</translation>
    </message>
    <message>
        <source>The need is no longer waiting for a team</source>
        <translation>このニーズはもうマッチング待ちではありません</translation>
    </message>
    <message>
        <source>The need already has another team today</source>
        <translation>このニーズには本日すでに別のチームがあります</translation>
    </message>
    <message>
        <source>{name} is not available (checked out, or in a confirmed team)</source>
        <translation>{name} さんは参加できません（帰着済み、または確定したチームに所属）</translation>
    </message>
    <message>
        <source>{name} is in two teams</source>
        <translation>{name} さんが2つのチームに入っています</translation>
    </message>
    <message>
        <source>A member is listed twice</source>
        <translation>同じメンバーが二重に入っています</translation>
    </message>
    <message>
        <source>The team has no members</source>
        <translation>チームにメンバーがいません</translation>
    </message>
    <message>
        <source>The team has no leader</source>
        <translation>チームにリーダーがいません</translation>
    </message>
    <message>
        <source>The leader {name} is not a member of the team</source>
        <translation>リーダーの {name} さんがチームのメンバーではありません</translation>
    </message>
    <message>
        <source>The leader {name} is not an adult</source>
        <translation>リーダーの {name} さんが成人ではありません</translation>
    </message>
    <message>
        <source>{size} members for a need of {headcount}</source>
        <translation>必要人数 {headcount} 人のニーズに {size} 人います</translation>
    </message>
    <message>
        <source>Nobody in the team brings {requirement}</source>
        <translation>チームに{requirement}を持つ人がいません</translation>
    </message>
    <message>
        <source>{name} does not fit the need&apos;s men-only or women-only condition</source>
        <translation>{name} さんはニーズの性別条件（男性のみ・女性のみ）に合いません</translation>
    </message>
    <message>
        <source>{name} is a minor with no adult of the same group in the team</source>
        <translation>{name} さんは未成年ですが、同じ団体の成人がチームにいません</translation>
    </message>
    <message>
        <source>The group {group} is split over {teams} teams (allowed: {allowed})</source>
        <translation>団体「{group}」が {teams} チームに分かれています（許容は {allowed}）</translation>
    </message>
    <message>
        <source>Part of the group {group} is left out: {names}</source>
        <translation>団体「{group}」の一部がチームに入っていません：{names}</translation>
    </message>
    <message>
        <source>Leader: {name} (can lead; {experience} disaster activities before)</source>
        <translation>リーダー：{name}（リーダー可、災害ボランティア経験 {experience} 回）</translation>
    </message>
    <message>
        <source>{name} waits with the group {group}: it has children who go only with their guardian, and not all of the group can go (someone uninsured, or already in a team)</source>
        <translation>{name} さんは団体「{group}」といっしょに待ちます。保護者の同伴が必要な子どもがいて、団体の全員はまだ出られません（保険未加入の人や、すでにチームに入っている人がいます）</translation>
    </message>
    <message>
        <source>The group {group} has children who go only with their guardian: all of it goes in one team or none of it does (not with it: {names})</source>
        <translation>団体「{group}」には保護者の同伴が必要な子どもがいます。全員が同じチームに入るか、だれも入らないかのどちらかです（いっしょでない人：{names}）</translation>
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
        <source>Enrolled here, but no consent to pass their details to the insurer: ask for it, or they cannot go on the insurer&apos;s list.</source>
        <translation>当日加入ですが、保険会社への情報提供の同意がありません。同意を確認してください（ないと保険会社向け名簿に載せられません）。</translation>
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
    <name>scan</name>
    <message>
        <source>Not a dvc sheet</source>
        <translation>dvc の受付票ではありません</translation>
    </message>
    <message>
        <source>Not a dvc dispatch sheet</source>
        <translation>dvc の送り出し票ではありません</translation>
    </message>
    <message>
        <source>Not a dvc equipment label</source>
        <translation>dvc の資機材ラベルではありません</translation>
    </message>
    <message>
        <source>This QR code holds a web address, not a dvc intake sheet. Scan the QR code on the intake sheet, or type the code printed on it.</source>
        <translation>このQRコードはウェブサイトのアドレスで、dvc の受付票ではありません。受付票のQRコードを読み取るか、受付票に印刷されたコードを入力してください。</translation>
    </message>
    <message>
        <source>This is a product barcode, not a dvc intake sheet. Scan the QR code on the intake sheet, or type the code printed on it.</source>
        <translation>これは商品のバーコードで、dvc の受付票ではありません。受付票のQRコードを読み取るか、受付票に印刷されたコードを入力してください。</translation>
    </message>
    <message>
        <source>This QR code holds a web address, not a team&apos;s dispatch sheet. Scan the QR code on the dispatch sheet the team brings back, or type the team code (T-…) printed on it.</source>
        <translation>このQRコードはウェブサイトのアドレスで、チームの送り出し票ではありません。帰ってきたチームが持っている送り出し票のQRコードを読み取るか、票に印刷されたチーム番号（T-…）を入力してください。</translation>
    </message>
    <message>
        <source>This is a product barcode, not a team&apos;s dispatch sheet. Scan the QR code on the dispatch sheet the team brings back, or type the team code (T-…) printed on it.</source>
        <translation>これは商品のバーコードで、チームの送り出し票ではありません。帰ってきたチームが持っている送り出し票のQRコードを読み取るか、票に印刷されたチーム番号（T-…）を入力してください。</translation>
    </message>
    <message>
        <source>This QR code holds a web address, not a dvc equipment label. Scan the QR code on the label dvc printed for the tool, or type its code (E-…).</source>
        <translation>このQRコードはウェブサイトのアドレスで、dvc の資機材ラベルではありません。資機材に貼った dvc のラベルのQRコードを読み取るか、ラベルの番号（E-…）を入力してください。</translation>
    </message>
    <message>
        <source>This is a product barcode (the maker&apos;s), not a dvc equipment label. Scan the QR code on the label dvc printed for the tool, or type its code (E-…).</source>
        <translation>これはメーカーの商品バーコードで、dvc の資機材ラベルではありません。資機材に貼った dvc のラベルのQRコードを読み取るか、ラベルの番号（E-…）を入力してください。</translation>
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
    <message>
        <source>Encrypting the database (once, after the update). This can take a few minutes; do not switch the laptop off.</source>
        <translation>データベースを暗号化しています（更新のあと1回だけです）。数分かかることがあります。パソコンの電源を切らないでください。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来所</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>その他機関</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>自転車</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>バイク</translation>
    </message>
    <message>
        <source>Light truck</source>
        <translation>軽トラ</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>乗用車</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>高齢</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>障がい</translation>
    </message>
    <message>
        <source>Infant</source>
        <translation>乳幼児</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>妊婦</translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation>要介護</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>ひとり暮らし</translation>
    </message>
    <message>
        <source>Women only</source>
        <translation>女性のみ</translation>
    </message>
    <message>
        <source>Men only</source>
        <translation>男性のみ</translation>
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
        <source>Staff</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Desk lead</source>
        <translation>班長</translation>
    </message>
    <message>
        <source>Center head</source>
        <translation>センター長</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>可</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
</context>
</TS>
