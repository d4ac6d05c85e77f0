<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="80"/>
        <source>IP use challenger type</source>
        <translation>知財活用チャレンジャー型</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="81"/>
        <source>IP use developing type</source>
        <translation>知財活用発展途上型</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="84"/>
        <source>1 Awareness</source>
        <translation>1 意識啓発</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="85"/>
        <source>2 IP strategy</source>
        <translation>2 知財戦略</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="86"/>
        <source>3 IP practice</source>
        <translation>3 知財実践</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="126"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="127"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="133"/>
        <source>Does the firm hold or seek IP rights (patents, utility models, designs, trademarks, plant varieties …)?</source>
        <translation>知的財産権（特許、実用新案、意匠、商標、品種登録 …）を保有している、または取得を目指していますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="142"/>
        <source>No, it neither holds nor seeks any</source>
        <translation>いいえ、保有も出願の準備もしていない</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="146"/>
        <source>Seeking them (application prepared or pending)</source>
        <translation>取得を目指している（出願準備中または出願中）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="148"/>
        <source>Holds registered rights</source>
        <translation>登録済みの権利を保有している</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="153"/>
        <source>Does the firm have products of its own that it develops itself?</source>
        <translation>自社で開発した自社製品がありますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="161"/>
        <source>Is the firm expanding its sales channels?</source>
        <translation>販路を拡大していますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="166"/>
        <source>No, it keeps to its present channels</source>
        <translation>いいえ、現在の販路のみ</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="170"/>
        <source>Yes, new channels in Japan</source>
        <translation>はい、国内で新たな販路を開拓</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="174"/>
        <source>Yes, including overseas</source>
        <translation>はい、海外を含めて拡大</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="180"/>
        <source>Does management treat IP as part of running the firm?</source>
        <translation>経営者は知財を経営の一部として捉えていますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="186"/>
        <source>Is someone inside the firm in charge of IP?</source>
        <translation>社内に知財の担当者がいますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="192"/>
        <source>What share of its sales comes from subcontract work (%)?</source>
        <translation>売上に占める下請取引の割合は何％ですか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="197"/>
        <source>Does it sell mostly to the same customers through the same channels?</source>
        <translation>主に決まった取引先に、決まった販路で販売していますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="206"/>
        <source>Is its know-how managed as a trade secret (marked, access limited, staff rules)?</source>
        <translation>ノウハウを営業秘密として管理していますか（秘密表示、アクセス制限、従業員向けの規程）？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="217"/>
        <source>Choose one of the listed answers.</source>
        <translation>選択肢から一つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="218"/>
        <source>Answer yes or no.</source>
        <translation>「はい」または「いいえ」で回答してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="219"/>
        <source>Enter a whole percentage from 0 to 100.</source>
        <translation>0〜100 の整数（％）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="220"/>
        <source>This question has no answer.</source>
        <translation>この質問が未回答です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="299"/>
        <source>Holds registered IP rights.</source>
        <translation>登録済みの知的財産権を保有している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="300"/>
        <source>Is seeking IP rights (an application is prepared or pending).</source>
        <translation>知的財産権の取得を目指している（出願準備中または出願中）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="303"/>
        <source>Holds no IP rights and is not seeking any.</source>
        <translation>知的財産権を保有しておらず、取得も目指していない。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="304"/>
        <source>Is expanding its sales, including overseas.</source>
        <translation>海外を含めて販路を拡大している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="305"/>
        <source>Is opening new sales channels in Japan.</source>
        <translation>国内で新たな販路を開拓している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="306"/>
        <source>Has products of its own that it develops.</source>
        <translation>自社で開発した自社製品がある。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="307"/>
        <source>Has products of its own, but {share}% of its sales is subcontract work for the same customers (the line is {line}%), so they are a side line.</source>
        <translation>自社製品はあるが、売上の {share}% が決まった取引先からの下請取引である（基準は {line}%）ため、自社製品は副次的な事業にとどまる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="312"/>
        <source>{share}% of its sales is subcontract work for the same customers (the line is {line}%).</source>
        <translation>売上の {share}% が決まった取引先からの下請取引である（基準は {line}%）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="316"/>
        <source>Has no products of its own development.</source>
        <translation>自社で開発した製品がない。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="317"/>
        <source>Keeps to its present sales channels.</source>
        <translation>現在の販路にとどまっている。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="318"/>
        <source>Sells mostly to the same customers.</source>
        <translation>主に決まった取引先に販売している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="319"/>
        <source>It seeks rights and puts them to work in its own products or in new markets: IP use challenger type.</source>
        <translation>権利の取得を目指し、自社製品や新たな市場で活用しているため、知財活用チャレンジャー型。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="324"/>
        <source>It has or seeks rights but does not yet use them in products of its own or in new markets: IP use developing type.</source>
        <translation>権利を保有または取得を目指しているが、自社製品や新たな市場ではまだ活用していないため、知財活用発展途上型。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="329"/>
        <source>Without rights of its own to build on, it is an IP use developing type.</source>
        <translation>足がかりとなる自社の権利がないため、知財活用発展途上型。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="332"/>
        <source>Management does not yet treat IP as a management matter and nobody in the firm is in charge of it: support starts with awareness (stage 1).</source>
        <translation>経営者が知財をまだ経営課題として捉えておらず、社内に知財の担当者もいないため、支援は意識啓発（第1段階）から始める。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="337"/>
        <source>Management treats IP as part of running the firm.</source>
        <translation>経営者が知財を経営の一部として捉えている。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="338"/>
        <source>Someone in the firm is in charge of IP.</source>
        <translation>社内に知財の担当者がいる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="339"/>
        <source>It holds registered rights and manages its know-how as a secret: support moves to IP practice (stage 3).</source>
        <translation>登録済みの権利を保有し、ノウハウを秘密として管理しているため、支援は知財実践（第3段階）に進む。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="344"/>
        <source>It holds no registered rights yet: support stays at IP strategy (stage 2).</source>
        <translation>登録済みの権利をまだ保有していないため、支援は知財戦略（第2段階）にとどまる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment_rules.py" line="347"/>
        <source>Its know-how is not yet managed as a secret: support stays at IP strategy (stage 2).</source>
        <translation>ノウハウがまだ秘密として管理されていないため、支援は知財戦略（第2段階）にとどまる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="157"/>
        <source>Choose the challenger or the developing type.</source>
        <translation>チャレンジャー型または発展途上型を選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="163"/>
        <source>Choose stage 1, 2 or 3.</source>
        <translation>支援段階を 1、2、3 から選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="170"/>
        <source>Write why you change the result: an override needs a reason.</source>
        <translation>判定結果を変更する理由を記入してください（変更には理由が必要です）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="199"/>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="207"/>
        <source>The firm does not exist or was deleted.</source>
        <translation>事業者が存在しないか、削除されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="214"/>
        <source>The consultant does not exist or was deleted.</source>
        <translation>相談員が存在しないか、削除されています。</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="178"/>
        <source>Assess {firm}</source>
        <translation>{firm} の判定</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="50"/>
        <source>IP asset</source>
        <translation>知財</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="50"/>
        <source>New IP asset</source>
        <translation>新規知財</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="75"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="76"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="77"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="78"/>
        <source>Office</source>
        <translation>出願先官庁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="79"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="80"/>
        <source>Application / registration number</source>
        <translation>出願番号／登録番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="81"/>
        <source>Filed on</source>
        <translation>出願日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="82"/>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="83"/>
        <source>Lapsed / abandoned on</source>
        <translation>消滅日／放棄日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="84"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>AssetPanel</name>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="171"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="172"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="173"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="174"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="175"/>
        <source>Filed / registered</source>
        <translation>出願日／登録日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="183"/>
        <source>Save the firm first; then its IP assets can be added here.</source>
        <translation>先に事業者を保存してください。保存後、ここで知財を追加できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="184"/>
        <source>&amp;Add IP asset…</source>
        <translation>知財を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="185"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="186"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="258"/>
        <source>Delete IP asset</source>
        <translation>知財の削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="259"/>
        <source>Move “{title}” to the trash?</source>
        <translation>「{title}」をごみ箱に移動しますか？</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/core/backups.py" line="48"/>
        <source>Daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="49"/>
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="50"/>
        <source>Before an update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="51"/>
        <source>Before an import</source>
        <translation>取込前</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="52"/>
        <source>Replaced by a restore</source>
        <translation>復元で置き換え</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="53"/>
        <source>Damaged, moved aside</source>
        <translation>破損（退避済み）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="185"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} はすでに存在します。別のファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="256"/>
        <source>The backup {path} is damaged and cannot be restored.</source>
        <translation>バックアップ {path} は破損しているため、復元できません。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="55"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="61"/>
        <source>A copy is made at the first start of each day, before every update and before every import. Copies are kept in {folder}.</source>
        <translation>毎日の最初の起動時、更新の前、取込の前に、データベースのコピーが作成されます。コピーの保存先：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="68"/>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="68"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="68"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="68"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="84"/>
        <source>Back up &amp;now</source>
        <translation>今すぐバックアップ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="86"/>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="88"/>
        <source>&amp;Cancel the restore</source>
        <translation>復元を取り消す(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="90"/>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="133"/>
        <source>{name} will be restored when Madoguchi next starts.</source>
        <translation>次回 Madoguchi を起動したときに {name} が復元されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="153"/>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="162"/>
        <source>Backed up to {path}.</source>
        <translation>{path} にバックアップしました。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="179"/>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="181"/>
        <source>Restore the copy made on {date}?

Records entered after it will not be in the database; the current file is kept aside, not deleted, and can be restored in turn.

Restoring needs a restart: Madoguchi closes now and restores the copy when you start it again.</source>
        <translation>{date} に作成されたコピーを復元しますか？

それ以降に入力した記録は、復元後のデータベースには含まれません。現在のファイルは削除されずに別の場所に保管され、あとでそのファイルを復元することもできます。

復元には再起動が必要です。Madoguchi を今すぐ終了し、次回の起動時にコピーを復元します。</translation>
    </message>
</context>
<context>
    <name>Consultants</name>
    <message>
        <location filename="../../desktop/core/consultants.py" line="87"/>
        <source>No such consultant.</source>
        <translation>該当する相談員がいません。</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="117"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="147"/>
        <source>What was asked, what was advised</source>
        <translation>相談された内容と助言した内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="155"/>
        <source>Confidential: stays on this computer. Never in any export, report or search.</source>
        <translation>【社外秘】このコンピューター内にのみ保存され、エクスポート・報告書・検索には一切含まれません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="172"/>
        <source>Partner</source>
        <translation>連携先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="172"/>
        <source>Organisation</source>
        <translation>機関名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="172"/>
        <source>Direction</source>
        <translation>紹介の方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="172"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="177"/>
        <source>Add referral (Ctrl+R)</source>
        <translation>紹介を追加 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="179"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="191"/>
        <source>Follow-up on (Ctrl+U)</source>
        <translation>フォローアップ予定 (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="197"/>
        <source>What to do, e.g. call about the filing</source>
        <translation>対応内容（例：出願の件で電話する）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="215"/>
        <source>IP asset</source>
        <translation>知財</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="215"/>
        <source>Milestone</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="215"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="220"/>
        <source>Record an IP milestone (Ctrl+M)</source>
        <translation>知財の進捗を記録 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="231"/>
        <source>&amp;When</source>
        <translation>相談日時(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="232"/>
        <source>&amp;Duration</source>
        <translation>所要時間(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="233"/>
        <source>C&amp;hannel</source>
        <translation>相談方法(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="234"/>
        <source>F&amp;irm</source>
        <translation>事業者(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="235"/>
        <source>Co&amp;nsultants</source>
        <translation>相談員(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="236"/>
        <source>&amp;Topics</source>
        <translation>相談分野(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="237"/>
        <source>&amp;Summary</source>
        <translation>相談内容(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="238"/>
        <source>Confidential notes</source>
        <translation>社外秘メモ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="239"/>
        <source>&amp;Outcome</source>
        <translation>対応結果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="240"/>
        <source>&amp;Expert involved</source>
        <translation>専門家の関与(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="241"/>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="242"/>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="243"/>
        <source>IP milestones</source>
        <translation>知財の進捗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="347"/>
        <source>Consultation</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="347"/>
        <source>New consultation</source>
        <translation>新規相談</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="399"/>
        <source>The firm has no IP assets on record yet.</source>
        <translation>この事業者には、まだ知財が記録されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="537"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>保存されていません。赤で示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="552"/>
        <source>Discard consultation</source>
        <translation>相談記録の破棄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="553"/>
        <source>Discard what you typed in this consultation?</source>
        <translation>この相談記録の入力内容を破棄しますか？</translation>
    </message>
</context>
<context>
    <name>ConsultationList</name>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="63"/>
        <source>All topics</source>
        <translation>すべての相談分野</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="67"/>
        <source>All channels</source>
        <translation>すべての相談方法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="71"/>
        <source>All consultants</source>
        <translation>すべての相談員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="75"/>
        <source>All firms</source>
        <translation>すべての事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="78"/>
        <source>Text in summary, outcome or follow-up</source>
        <translation>相談内容・対応結果・フォローアップから検索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="80"/>
        <source>Show &amp;trash</source>
        <translation>ごみ箱を表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="81"/>
        <source>Clear</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="84"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="85"/>
        <source>Delete for &amp;good…</source>
        <translation>完全に削除(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="86"/>
        <location filename="../../desktop/ui/consultation_list.py" line="310"/>
        <source>Move to trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="229"/>
        <source>{start} to {end}</source>
        <translation>{start}から{end}まで</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="231"/>
        <source>with an expert</source>
        <translation>専門家の関与あり</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="235"/>
        <source>referred to {partner}</source>
        <translation>{partner}へ紹介</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="238"/>
        <source>referred by {partner}</source>
        <translation>{partner}からの紹介</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="271"/>
        <source>counting…</source>
        <translation>件数を集計中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/consultation_list.py" line="278"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n 件の相談</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="311"/>
        <source>Move this consultation to the trash? It can be restored from there.</source>
        <translation>この相談記録をごみ箱に移動しますか？ごみ箱から復元できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="331"/>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="333"/>
        <source>Delete this consultation for good? This cannot be undone; the history keeps a record that it was deleted.</source>
        <translation>この相談記録を完全に削除しますか？元に戻すことはできません。削除したことは変更履歴に記録されます。</translation>
    </message>
</context>
<context>
    <name>ConsultationModel</name>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="38"/>
        <source>Date</source>
        <translation>相談日時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="39"/>
        <source>Firm</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="40"/>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="41"/>
        <source>Topics</source>
        <translation>相談分野</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="42"/>
        <source>Consultants</source>
        <translation>相談員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="43"/>
        <source>Summary</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="44"/>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="149"/>
        <source>(no firm)</source>
        <translation>（事業者なし）</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../../desktop/core/consultations.py" line="137"/>
        <source>A consultation cannot be more than a day in the future.</source>
        <translation>相談日時に、1日以上先の日時は入力できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="142"/>
        <source>The date is too early.</source>
        <translation>日付が古すぎます。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="145"/>
        <source>Between 0 and 1440 minutes.</source>
        <translation>0〜1440 分の範囲で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="149"/>
        <source>Choose how the consultation took place.</source>
        <translation>相談方法を選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="152"/>
        <source>Choose at least one topic.</source>
        <translation>相談分野を一つ以上選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="154"/>
        <source>Unknown topic.</source>
        <translation>不明な相談分野です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="157"/>
        <source>Choose at least one consultant.</source>
        <translation>相談員を一人以上選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="160"/>
        <source>Unknown kind of expert.</source>
        <translation>不明な専門家の種類です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="175"/>
        <source>The follow-up cannot be before the consultation.</source>
        <translation>フォローアップの予定日を相談日より前にすることはできません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="179"/>
        <source>Give the follow-up a date.</source>
        <translation>フォローアップの予定日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="188"/>
        <source>A referral is incomplete.</source>
        <translation>紹介の入力が不完全です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="192"/>
        <source>A referral&apos;s organisation name is too long or invalid.</source>
        <translation>紹介先の機関名が長すぎるか、正しくありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="198"/>
        <source>Unknown IP milestone.</source>
        <translation>不明な知財の進捗です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="201"/>
        <source>IP milestones need the consultation to name a firm.</source>
        <translation>知財の進捗を記録するには、相談記録に事業者を指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="256"/>
        <source>The firm does not exist.</source>
        <translation>事業者が存在しません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="260"/>
        <source>Unknown consultant.</source>
        <translation>不明な相談員です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="266"/>
        <source>The IP asset does not belong to this firm.</source>
        <translation>この知財はこの事業者のものではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="407"/>
        <source>No such consultation.</source>
        <translation>該当する相談記録がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="448"/>
        <source>Only consultations in the trash can be purged.</source>
        <translation>完全に削除できるのは、ごみ箱内の相談記録のみです。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consultations.py" line="552"/>
        <source>This consultation has no follow-up.</source>
        <translation>この相談記録にはフォローアップがありません。</translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="46"/>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="63"/>
        <source>e.g. 新潟県知財総合支援窓口</source>
        <translation>例：新潟県知財総合支援窓口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="66"/>
        <source>e.g. 佐藤 花子</source>
        <translation>例：佐藤 花子</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="75"/>
        <source>&amp;Counter name</source>
        <translation>窓口名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="76"/>
        <source>&amp;Prefecture</source>
        <translation>都道府県(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="78"/>
        <source>&amp;Your name</source>
        <translation>あなたの氏名(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="79"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="87"/>
        <source>A year ago: the same month, counted up to the same day.</source>
        <translation>前年同期：前年の同じ月の、同じ日までの件数です。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="91"/>
        <source>Counter KPIs this fiscal year</source>
        <translation>今年度の窓口KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="135"/>
        <source>Firms by type and stage (latest assessment)</source>
        <translation>類型・支援段階別の事業者数（最新の判定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="138"/>
        <source>1 Awareness</source>
        <translation>1 意識啓発</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="138"/>
        <source>2 IP strategy</source>
        <translation>2 知財戦略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="138"/>
        <source>3 IP practice</source>
        <translation>3 知財実践</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="141"/>
        <source>Challenger type (A)</source>
        <translation>知財活用チャレンジャー型（A）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="141"/>
        <source>Developing type (B)</source>
        <translation>知財活用発展途上型（B）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="186"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="200"/>
        <source>The figures could not be computed: {error}</source>
        <translation>集計できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="209"/>
        <source>{fy} · as of {today}</source>
        <translation>{fy}・{today} 時点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="217"/>
        <source>Consultations in {month}
{count}  ({sign}{change} against {last} a year ago)</source>
        <translation>{month} の相談件数
{count}件（前年同期 {last}件・{sign}{change}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="227"/>
        <source>Follow-ups
{overdue} overdue · {due} due this week</source>
        <translation>フォローアップ
期限超過 {overdue}件・今週期限 {due}件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="233"/>
        <source>Applications filed (FY)
{n} · {firms}</source>
        <translation>出願件数（今年度）
{n}件・{firms}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_view.py" line="234"/>
        <location filename="../../desktop/ui/dashboard_view.py" line="240"/>
        <location filename="../../desktop/ui/dashboard_view.py" line="243"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n 社</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="238"/>
        <source>Rights registered (FY)
{n} · {firms}</source>
        <translation>権利登録件数（今年度）
{n}件・{firms}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="244"/>
        <source>Developing → challenger (FY)
{firms}</source>
        <translation>チャレンジャー型への移行
{firms}（今年度）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="310"/>
        <source>Consultations</source>
        <translation>相談件数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="250"/>
        <source>{name}
{value} / target {target} ({share}%)</source>
        <translation>{name}
{value} ／ 目標 {target}（{share}%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="257"/>
        <source>{name}
{value}  (no target set)</source>
        <translation>{name}
{value}（目標未設定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="264"/>
        <source>Not assessed yet: {n}</source>
        <translation>未判定：{n} 社</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="301"/>
        <source>Consultations by month, this and last fiscal year</source>
        <translation>月別相談件数（今年度・前年度）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="329"/>
        <source>Topics this fiscal year</source>
        <translation>今年度の相談分野</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="363"/>
        <source>Firms not assessed yet</source>
        <translation>未判定の事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="365"/>
        <source>Firms in cell {cell}</source>
        <translation>{cell} の事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="378"/>
        <source>Firms that filed an application this fiscal year</source>
        <translation>今年度に出願した事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="380"/>
        <source>Firms granted a right this fiscal year</source>
        <translation>今年度に権利が登録された事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="389"/>
        <source>Firms that moved from developing to challenger this fiscal year</source>
        <translation>今年度に発展途上型からチャレンジャー型に移行した事業者</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/exports/common.py" line="23"/>
        <source>Export cancelled.</source>
        <translation>エクスポートを中止しました。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="62"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="68"/>
        <source>Support record of {firm} (PDF)</source>
        <translation>{firm} の支援記録（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="71"/>
        <source>Monthly workbook for headquarters (Excel)</source>
        <translation>本部提出用の月次ブック（Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="72"/>
        <source>Fiscal-year workbook (Excel)</source>
        <translation>年度集計ブック（Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="73"/>
        <source>Monthly summary with charts (PDF)</source>
        <translation>グラフ付き月次サマリー（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="100"/>
        <source>Draft: do not record the month as sent</source>
        <translation>下書き（この月を提出済みとして記録しない）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="104"/>
        <source>Keep this PDF inside the counter: never send it on.</source>
        <translation>この PDF は窓口の外へ絶対に送らないでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="110"/>
        <source>Fol&amp;der</source>
        <translation>保存先フォルダー(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="116"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="132"/>
        <source>What</source>
        <translation>出力内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="133"/>
        <source>&amp;Month</source>
        <translation>対象月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="134"/>
        <source>&amp;Fiscal year</source>
        <translation>年度(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="135"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="145"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="152"/>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="215"/>
        <source>Export to folder</source>
        <translation>エクスポート先のフォルダー</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="242"/>
        <source>{month} was sent on {date}. This workbook will be revision {rev} and list every change since then on its amendments sheet.</source>
        <translation>{month} 分は {date} に提出済みです。このブックは第{rev}版となり、提出後のすべての変更が amendments シートに記載されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="198"/>
        <source>The folder does not exist: {folder}</source>
        <translation>フォルダーが存在しません：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="101"/>
        <source>Include confidential notes (internal copy)</source>
        <translation>社外秘メモを含める（内部用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="195"/>
        <source>Choose a folder to export to.</source>
        <translation>保存先のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="286"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="309"/>
        <source>Saved: {path}</source>
        <translation>保存しました：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="319"/>
        <source>The export failed: {error}</source>
        <translation>エクスポートに失敗しました：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="324"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>FirmDialog</name>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="56"/>
        <source>Pro&amp;file</source>
        <translation>基本情報(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="57"/>
        <source>IP a&amp;ssets</source>
        <translation>知財(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="60"/>
        <source>S&amp;upport</source>
        <translation>支援(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="63"/>
        <source>&amp;Timeline</source>
        <translation>支援経過(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="70"/>
        <source>New &amp;consultation (Ctrl+N)</source>
        <translation>新規相談(&amp;C) (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="74"/>
        <source>&amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="78"/>
        <source>Support record (&amp;PDF)…</source>
        <translation>支援記録（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="149"/>
        <source>New firm</source>
        <translation>新規事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="151"/>
        <source>{name} — Firm</source>
        <translation>{name} — 事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="171"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="177"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>保存されていません。赤で示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="187"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="188"/>
        <source>Save the changes to this firm before closing?</source>
        <translation>閉じる前に、この事業者の変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>FirmForm</name>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="69"/>
        <source>e.g. 株式会社東洋精工</source>
        <translation>例：株式会社東洋精工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="70"/>
        <source>Reading in katakana, e.g. トウヨウセイコウ</source>
        <translation>カタカナで入力（例：トウヨウセイコウ）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="71"/>
        <source>13 digits; leave empty for a sole proprietor</source>
        <translation>13桁（個人事業主の場合は空欄）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="73"/>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="76"/>
        <source>e.g. 燕市</source>
        <translation>例：燕市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="80"/>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="83"/>
        <source>regular employees</source>
        <translation>常時使用する従業員の数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="84"/>
        <source>yen, e.g. 30000000 or 3000万</source>
        <translation>円単位（例：30000000 または 3000万）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="85"/>
        <source>e.g. 1968</source>
        <translation>例：1968</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="90"/>
        <source>% of sales, 0–100</source>
        <translation>売上に占める割合（％）、0〜100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="91"/>
        <source>e.g. 台湾, 米国</source>
        <translation>例：台湾、米国</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="101"/>
        <source>Kind of client</source>
        <translation>事業者の種類</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="102"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="103"/>
        <source>&amp;Reading (kana)</source>
        <translation>フリガナ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="104"/>
        <source>&amp;Corporate Number</source>
        <translation>法人番号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="105"/>
        <source>&amp;Prefecture</source>
        <translation>都道府県(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="106"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="107"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="108"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="109"/>
        <source>&amp;Industry (JSIC)</source>
        <translation>業種（日本標準産業分類）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="110"/>
        <source>&amp;Employees</source>
        <translation>従業員数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="111"/>
        <source>Capital</source>
        <translation>資本金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="112"/>
        <source>Founded (year)</source>
        <translation>設立年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="113"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="114"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="115"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="116"/>
        <source>Main products</source>
        <translation>主な製品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="117"/>
        <source>Subcontract share (%)</source>
        <translation>下請比率（％）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="118"/>
        <source>Overseas markets</source>
        <translation>海外取引先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="119"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="126"/>
        <source>SME status</source>
        <translation>中小企業区分</translation>
    </message>
</context>
<context>
    <name>FirmPicker</name>
    <message>
        <location filename="../../desktop/ui/firm_picker.py" line="40"/>
        <source>Type to find a firm (optional for anonymous visits)</source>
        <translation>事業者名を入力して検索（匿名の相談では空欄可）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_picker.py" line="51"/>
        <source>No firm</source>
        <translation>事業者なし</translation>
    </message>
</context>
<context>
    <name>FirmRegister</name>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="52"/>
        <source>Find a firm: name, reading, Corporate Number or city (Ctrl+F)</source>
        <translation>事業者を検索：名称、フリガナ、法人番号、市区町村（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="56"/>
        <source>All prefectures</source>
        <translation>すべての都道府県</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="61"/>
        <source>All types and stages</source>
        <translation>すべての類型・支援段階</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="64"/>
        <source>Not assessed</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="67"/>
        <source>A = IP use challenger type, B = developing type; 1 awareness, 2 IP strategy, 3 IP practice</source>
        <translation>A＝知財活用チャレンジャー型、B＝知財活用発展途上型／1＝意識啓発、2＝知財戦略、3＝知財実践</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="71"/>
        <source>Show &amp;trash</source>
        <translation>ごみ箱を表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="75"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/firm_register.py" line="262"/>
        <source>%n firm(s) in the trash</source>
        <translation>
            <numerusform>ごみ箱に %n 件の事業者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/firm_register.py" line="264"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n 件の事業者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="287"/>
        <source>No firm in the trash matches “{text}”.</source>
        <translation>ごみ箱に「{text}」に一致する事業者はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="289"/>
        <source>No firm in the trash matches the filters.</source>
        <translation>ごみ箱に絞り込み条件に一致する事業者はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="291"/>
        <source>The trash is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="293"/>
        <source>No firm matches “{text}”.</source>
        <translation>「{text}」に一致する事業者はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="295"/>
        <source>No firm matches the filters.</source>
        <translation>絞り込み条件に一致する事業者はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="298"/>
        <source>No firms yet. Press Ctrl+N to register one, or use File › Import firms… to bring in a spreadsheet.</source>
        <translation>まだ事業者がありません。Ctrl+N で登録するか、ファイル › 事業者の取込… で表計算ファイルから取り込めます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="302"/>
        <source>Filters on: {filters}</source>
        <translation>絞り込み中：{filters}</translation>
    </message>
</context>
<context>
    <name>FirmTableModel</name>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="45"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="46"/>
        <source>Corporate Number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="47"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="48"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="49"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="51"/>
        <source>Employees</source>
        <translation>従業員数（人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="52"/>
        <source>Size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="53"/>
        <source>Type/stage</source>
        <translation>類型・段階</translation>
    </message>
</context>
<context>
    <name>Firms</name>
    <message>
        <location filename="../../desktop/core/firms.py" line="215"/>
        <location filename="../../desktop/core/ip_assets.py" line="118"/>
        <source>No such firm.</source>
        <translation>該当する事業者がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ip_assets.py" line="150"/>
        <source>No such IP asset.</source>
        <translation>該当する知財がありません。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="100"/>
        <source>Welcome to Madoguchi</source>
        <translation>Madoguchi へようこそ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="103"/>
        <source>Madoguchi keeps your counter&apos;s firms, consultations and reports on this computer. Tell it which counter this is and who you are.</source>
        <translation>Madoguchi は、窓口の事業者・相談・報告をこのコンピューターに保存します。
この窓口とあなたについて入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="109"/>
        <source>Load &amp;demo data (invented firms, to try things out)</source>
        <translation>デモデータを読み込む(&amp;D)（お試し用の架空の事業者）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="111"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="59"/>
        <source>Only &amp;mine</source>
        <translation>自分の担当のみ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="60"/>
        <source>Include &amp;completed</source>
        <translation>対応済みも表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="62"/>
        <source>Mark &amp;done</source>
        <translation>対応済みにする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="77"/>
        <source>Reopen the follow-up just marked done ({key})</source>
        <translation>完了にしたフォローアップを未完了に戻します（{key}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="100"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="100"/>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="100"/>
        <location filename="../../desktop/ui/followups_view.py" line="117"/>
        <source>Firm</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="100"/>
        <source>Action</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="100"/>
        <location filename="../../desktop/ui/followups_view.py" line="134"/>
        <source>Done</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="117"/>
        <source>Playbook</source>
        <translation>支援プラン</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="117"/>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="117"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="124"/>
        <source>Next steps of the playbooks under way</source>
        <translation>実施中の支援プランの次のステップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="131"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="132"/>
        <source>Due today</source>
        <translation>本日期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="133"/>
        <source>Upcoming</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="180"/>
        <source>{overdue} overdue, {today} due today</source>
        <translation>期限超過 {overdue} 件、本日期限 {today} 件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="194"/>
        <source> (in progress)</source>
        <translation>（対応中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="242"/>
        <source>Marked done: {firm}, due {due}.</source>
        <translation>完了にしました：{firm}（期日 {due}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="264"/>
        <source>Reopened: {firm}, due {due}.</source>
        <translation>未完了に戻しました：{firm}（期日 {due}）</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/core/history.py" line="40"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="41"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="42"/>
        <source>Moved to trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="43"/>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="44"/>
        <source>Deleted for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="75"/>
        <source>Date and time</source>
        <translation>相談日時</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="76"/>
        <source>Duration (min)</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="77"/>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="78"/>
        <source>Firm</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="79"/>
        <source>Consultants</source>
        <translation>相談員</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="80"/>
        <source>Topics</source>
        <translation>相談分野</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="81"/>
        <source>Summary</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="82"/>
        <source>Confidential notes</source>
        <translation>社外秘メモ</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="83"/>
        <source>Outcome</source>
        <translation>対応結果</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="84"/>
        <source>Expert involved</source>
        <translation>専門家（弁理士・弁護士等）の関与</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="85"/>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="86"/>
        <source>Follow-up on</source>
        <translation>フォローアップ予定日</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="87"/>
        <source>Follow-up action</source>
        <translation>フォローアップの内容</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="88"/>
        <source>Follow-up done</source>
        <translation>フォローアップ完了日時</translation>
    </message>
    <message>
        <location filename="../../desktop/core/history.py" line="89"/>
        <source>Follow-up done by</source>
        <translation>フォローアップ完了者</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="36"/>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="43"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="44"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="45"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="46"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="47"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="48"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="76"/>
        <source>No change to this record has been recorded yet.</source>
        <translation>この記録の変更はまだ記録されていません。</translation>
    </message>
</context>
<context>
    <name>HqValidation</name>
    <message>
        <location filename="../../desktop/exports/hq.py" line="114"/>
        <source>Revision {old} is superseded by revision {new} in {file}.</source>
        <translation>第{old}版は、{file} の第{new}版で置き換えられています。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/hq.py" line="135"/>
        <source>Consultation {id} is in {a} and {b}.</source>
        <translation>相談 {id} が {a} と {b} の両方に含まれています。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="104"/>
        <source>{n} more problems in this sheet.</source>
        <translation>このシートには、ほかに {n} 件の問題があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="159"/>
        <source>A meta key is not text.</source>
        <translation>meta シートのキーが文字列ではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="173"/>
        <source>The sheet &apos;{sheet}&apos; is missing.</source>
        <translation>シート &apos;{sheet}&apos; がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="184"/>
        <source>The meta sheet lacks &apos;{key}&apos;.</source>
        <translation>meta シートに &apos;{key}&apos; がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="193"/>
        <source>Meta &apos;{key}&apos; must be a whole number.</source>
        <translation>meta の &apos;{key}&apos; は整数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="202"/>
        <source>This is a draft; the counter must export it as sent.</source>
        <translation>下書きのブックです。窓口で、下書きではなく提出用としてエクスポートし直す必要があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="212"/>
        <source>Meta &apos;period&apos; is not YYYY-MM.</source>
        <translation>meta の &apos;period&apos; が YYYY-MM の形式ではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="219"/>
        <source>Unknown prefecture code &apos;{code}&apos;.</source>
        <translation>不明な都道府県コード &apos;{code}&apos; です。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="228"/>
        <source>Meta &apos;data_sha256&apos; is malformed.</source>
        <translation>meta の &apos;data_sha256&apos; の形式が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="235"/>
        <source>Unknown checksum rule &apos;{rule}&apos;.</source>
        <translation>不明なチェックサム方式 &apos;{rule}&apos; です。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="265"/>
        <source>Row 1 must hold the keys {keys}.</source>
        <translation>1行目には次のキーが必要です：{keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="285"/>
        <source>&apos;{key}&apos; holds a formula.</source>
        <translation>&apos;{key}&apos; に数式が入っています。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="295"/>
        <source>&apos;{key}&apos; is empty.</source>
        <translation>&apos;{key}&apos; が空です。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="304"/>
        <source>&apos;{key}&apos; must be a {kind}, found {value!r}.</source>
        <translation>&apos;{key}&apos; は {kind} 型でなければなりませんが、{value!r} が入っています。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="321"/>
        <source>Consultation {id} appears twice.</source>
        <translation>相談 {id} が重複しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="333"/>
        <source>Date {date} is outside {period}.</source>
        <translation>日付 {date} が対象期間 {period} の範囲外です。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="372"/>
        <source>Not a readable .xlsx file ({error}).</source>
        <translation>読み込める .xlsx ファイルではありません（{error}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="387"/>
        <source>Layout version &apos;{found}&apos; is not supported (expected {expected}).</source>
        <translation>レイアウトのバージョン &apos;{found}&apos; には対応していません（対応バージョン：{expected}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="402"/>
        <source>This is a &apos;{kind}&apos; workbook, not a monthly one.</source>
        <translation>月次ではなく &apos;{kind}&apos; のブックです。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="438"/>
        <source>Meta says {stated} rows, the sheet has {found}.</source>
        <translation>meta では {stated} 行とされていますが、シートには {found} 行あります。</translation>
    </message>
    <message>
        <location filename="../../desktop/exports/validate.py" line="451"/>
        <source>Checksum mismatch: the data rows were changed after export (meta {stated}, computed {computed}).</source>
        <translation>チェックサムが一致しません。エクスポート後にデータ行が変更されています（meta：{stated}、計算値：{computed}）。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="57"/>
        <source>Name (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="62"/>
        <source>Corporate Number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="67"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="70"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="71"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="74"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="79"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="82"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="85"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="90"/>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="93"/>
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="96"/>
        <source>Founded (year)</source>
        <translation>設立年</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="101"/>
        <source>Kind of client</source>
        <translation>事業者の種類</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="106"/>
        <source>Subcontracting share (%)</source>
        <translation>下請比率（％）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="111"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="116"/>
        <source>Main products</source>
        <translation>主な製品</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="121"/>
        <source>Overseas markets</source>
        <translation>海外取引先</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="124"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="127"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="244"/>
        <source>Write a mapping as column=field, not “{item}”.</source>
        <translation>対応付けは「列=項目」の形式で指定してください（「{item}」は指定できません）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="251"/>
        <source>No column “{column}”.</source>
        <translation>列「{column}」がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="260"/>
        <source>Unknown field “{field}”; known fields: {fields}.</source>
        <translation>不明な項目「{field}」です。使用できる項目：{fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="307"/>
        <source>There is no such date.</source>
        <translation>存在しない日付です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="309"/>
        <source>Enter a year, e.g. 1978 or 昭和53年.</source>
        <translation>年を入力してください（例：1978 または 昭和53年）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="324"/>
        <source>The spreadsheet shortened this number to {value}. Format the column as text and save the file again.</source>
        <translation>表計算ソフトによって、この番号が {value} に省略されています。列の書式を文字列にして、ファイルを保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="429"/>
        <source>Unknown prefecture.</source>
        <translation>不明な都道府県です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="436"/>
        <source>Unknown industry: use a JSIC letter A–T.</source>
        <translation>不明な業種です。日本標準産業分類の大分類（A〜T）で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="445"/>
        <source>Unknown kind: company, sole proprietor or association.</source>
        <translation>不明な区分です。法人、個人事業主、団体のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/import_mapping.py" line="474"/>
        <source>No prefecture: map a column to Prefecture or set the counter&apos;s prefecture.</source>
        <translation>都道府県がありません。都道府県の列を対応付けるか、窓口の都道府県を設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="72"/>
        <source>Import cancelled; nothing was saved.</source>
        <translation>取込を中止しました。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="82"/>
        <source>Nothing was imported: {rows} row(s) have errors. Fix them in the file and import it again.</source>
        <translation>何も取り込まれていません：{rows} 行にエラーがあります。ファイルを修正して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="151"/>
        <source>This is not an Excel workbook (.xlsx) it can read: {error}</source>
        <translation>読み込める Excel ブック（.xlsx）ではありません：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="176"/>
        <source>The file has more than {limit} rows; split it and import the parts.</source>
        <translation>ファイルの行数が {limit} 行を超えています。ファイルを分割して、それぞれ取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="203"/>
        <source>The file&apos;s text encoding is not UTF-8 or Shift_JIS (byte {offset}). Save it from Excel as “CSV UTF-8” and try again.</source>
        <translation>ファイルの文字コードが UTF-8 でも Shift_JIS でもありません（{offset} バイト目）。Excel で「CSV UTF-8」形式で保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="244"/>
        <source>Row {row} of the file cannot be read as CSV: {error}</source>
        <translation>ファイルの {row} 行目を CSV として読み込めません：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="267"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>ファイルのサイズが {limit} MB を超えています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="281"/>
        <source>Choose an Excel workbook (.xlsx) or a CSV file (.csv), not “{name}”.</source>
        <translation>Excel ブック（.xlsx）または CSV ファイル（.csv）を選択してください（「{name}」は取り込めません）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="288"/>
        <source>The file holds no rows.</source>
        <translation>ファイルにデータ行がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="375"/>
        <source>{rows} row(s): {ready} ready to import, {skipped} already registered and left out, {errors} with errors, {warnings} warning(s).</source>
        <translation>{rows} 行：取込可能 {ready} 行、登録済みのため除外 {skipped} 行、エラー {errors} 行、警告 {warnings} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="435"/>
        <source>Map a column to Name.</source>
        <translation>名称に対応する列を指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="438"/>
        <source>Two columns are mapped to one field.</source>
        <translation>一つの項目に複数の列が対応付けられています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="467"/>
        <source>Row {other} of the file has the same number.</source>
        <translation>ファイルの {other} 行目に同じ法人番号があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="475"/>
        <source>Already registered; left out.</source>
        <translation>登録済みのため除外しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="478"/>
        <source>Already registered with this number: {name}.</source>
        <translation>この法人番号はすでに登録されています：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="482"/>
        <source>A firm with this name is registered already; this row adds another. Check that it is a different firm.</source>
        <translation>同じ名称の事業者がすでに登録されています。この行は別の事業者として追加されます。別の事業者であることを確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="491"/>
        <source>Row {other} of the file has the same name.</source>
        <translation>ファイルの {other} 行目に同じ名称があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="611"/>
        <source>The register changed while importing (a Corporate Number is taken now). Nothing was imported; check the file again.</source>
        <translation>取込中に事業者の登録内容が変更されました（法人番号がすでに使用されています）。何も取り込まれていません。ファイルをもう一度確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="626"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="627"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="628"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="629"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="630"/>
        <source>Value in the file</source>
        <translation>ファイル内の値</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="633"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="634"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/core/imports.py" line="635"/>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="78"/>
        <location filename="../../desktop/ui/import_dialog.py" line="225"/>
        <source>Import firms</source>
        <translation>事業者の取込</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="82"/>
        <source>An Excel workbook (.xlsx) or a CSV file</source>
        <translation>Excel ブック（.xlsx）または CSV ファイル</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="83"/>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="93"/>
        <source>Leave out firms that are registered already (same number or name)</source>
        <translation>登録済みの事業者（法人番号または名称が同じもの）を除外する</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="100"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="100"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="100"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="100"/>
        <source>Value in the file</source>
        <translation>ファイル内の値</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="113"/>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="116"/>
        <source>C&amp;heck</source>
        <translation>チェック(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="118"/>
        <source>&amp;Import</source>
        <translation>取込(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="120"/>
        <source>Save &amp;report…</source>
        <translation>チェック結果を保存(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="122"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="132"/>
        <source>Choose what each column is; the first rows are shown below it.</source>
        <translation>各列を取り込む項目を選んでください。列の下に先頭の数行を表示しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="206"/>
        <source>Something went wrong: {error}</source>
        <translation>エラーが発生しました：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="227"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>表計算ファイル (*.xlsx *.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="236"/>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="244"/>
        <source>%n row(s) below the header in row {header} ({encoding}).</source>
        <translation>
            <numerusform>{header} 行目の見出しの下に %n 行あります（{encoding}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="364"/>
        <source>Imported %n firm(s).</source>
        <translation>
            <numerusform>%n 件の事業者を取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="258"/>
        <source>Import as</source>
        <translation>取り込む項目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="263"/>
        <source>— not imported —</source>
        <translation>— 取り込まない —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="306"/>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="346"/>
        <source>The first {shown} are listed; save the report for all.</source>
        <translation>最初の {shown} 件を表示しています。すべて確認するには、チェック結果を保存してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="358"/>
        <source>Making a backup, then importing…</source>
        <translation>バックアップを作成してから取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="366"/>
        <source>{count} left out.</source>
        <translation>{count} 件を除外しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="368"/>
        <source>The database was backed up first to {path}.</source>
        <translation>取込の前に、データベースを {path} にバックアップしました。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="382"/>
        <source>Save report</source>
        <translation>チェック結果の保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="384"/>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="396"/>
        <source>Report saved to {path}.</source>
        <translation>チェック結果を {path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../desktop/core/dashboard.py" line="33"/>
        <source>Consultations</source>
        <translation>相談件数</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dashboard.py" line="34"/>
        <source>Site visits</source>
        <translation>訪問支援</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dashboard.py" line="35"/>
        <source>Expert consultations</source>
        <translation>専門家相談</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dashboard.py" line="36"/>
        <source>Referrals to Yorozu</source>
        <translation>よろず支援拠点への紹介</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dashboard.py" line="37"/>
        <source>Referrals from Yorozu</source>
        <translation>よろず支援拠点からの紹介</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <source>Firms</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>&amp;New firm…</source>
        <translation>新規事業者(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>&amp;Log a consultation…</source>
        <translation>相談を記録(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>&amp;Search everything…</source>
        <translation>すべてを検索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>&amp;Open firm</source>
        <translation>事業者を開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>Move to &amp;trash</source>
        <translation>ごみ箱に移動(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>&amp;Restore from trash</source>
        <translation>ごみ箱から復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>&amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255"/>
        <source>&amp;Find firm</source>
        <translation>事業者を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <source>&amp;Import firms…</source>
        <translation>事業者の取込(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>&amp;Export for headquarters / reports…</source>
        <translation>本部提出用・報告書のエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>&amp;About Madoguchi</source>
        <translation>Madoguchi について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>&amp;Playbook library…</source>
        <translation>支援プラン一覧(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>&amp;Home</source>
        <translation>ホーム(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>&amp;Firms</source>
        <translation>事業者(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;Consultations</source>
        <translation>相談記録(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>F&amp;ollow-ups</source>
        <translation>フォローアップ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="427"/>
        <source>Move to trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="429"/>
        <source>Move “{name}” to the trash? Its consultations and IP stay with it, and it can be restored from the trash.</source>
        <translation>「{name}」をごみ箱に移動しますか？この事業者の相談と知財はそのまま保持され、ごみ箱から復元できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="449"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="546"/>
        <source>Restore unsaved work</source>
        <translation>未保存の入力の復元</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="548"/>
        <source>%n consultation form(s) were not saved when Madoguchi last closed. Open them again?</source>
        <translation>
            <numerusform>前回 Madoguchi を終了したときに保存されていなかった相談記録が %n 件あります。もう一度開きますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614"/>
        <source>This database is on a server; back it up there.</source>
        <translation>このデータベースはサーバー上にあります。バックアップはサーバー側で行ってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="633"/>
        <source>About Madoguchi</source>
        <translation>Madoguchi について</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="635"/>
        <source>Madoguchi {version}

Records, playbooks and reports for the consultants of the prefectural IP support counters.</source>
        <translation>Madoguchi {version}

都道府県の知財総合支援窓口の相談員のための、記録・支援プラン・報告ツールです。</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../desktop/ui/periods.py" line="19"/>
        <source>All dates</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="20"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="21"/>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="22"/>
        <source>This fiscal year ({fy})</source>
        <translation>今年度（{fy}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="23"/>
        <source>Last fiscal year ({fy})</source>
        <translation>前年度（{fy}）</translation>
    </message>
</context>
<context>
    <name>PlaybookLibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="82"/>
        <source>Playbook library</source>
        <translation>支援プラン一覧</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="103"/>
        <source>Some local playbooks could not be loaded and were skipped:</source>
        <translation>次のローカルの支援プランは読み込めなかったため、スキップしました：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="115"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
</context>
<context>
    <name>PlaybookRuns</name>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="85"/>
        <source>No such playbook.</source>
        <translation>該当する支援プランがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="89"/>
        <location filename="../../desktop/core/playbook_runs.py" line="297"/>
        <source>No such firm.</source>
        <translation>該当する事業者がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="102"/>
        <source>The firm already follows this playbook.</source>
        <translation>この事業者はすでにこの支援プランを実施しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="138"/>
        <source>Unknown step state.</source>
        <translation>不明なステップの状況です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="142"/>
        <source>The note is too long.</source>
        <translation>メモが長すぎます。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="147"/>
        <location filename="../../desktop/core/playbook_runs.py" line="223"/>
        <location filename="../../desktop/core/playbook_runs.py" line="257"/>
        <source>No such playbook run.</source>
        <translation>該当する支援プランの実施記録がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="152"/>
        <source>This playbook is no longer followed; start it again to go on.</source>
        <translation>この支援プランは中止されています。続けるには、もう一度開始してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="166"/>
        <source>No such step in this run.</source>
        <translation>この実施記録に該当するステップがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="174"/>
        <source>The consultation is not this firm&apos;s.</source>
        <translation>この事業者の相談記録ではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_runs.py" line="185"/>
        <source>The date is more than a year before the playbook was started.</source>
        <translation>日付が支援プランの開始日より1年以上前です。</translation>
    </message>
</context>
<context>
    <name>PlaybookText</name>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="29"/>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="30"/>
        <source>Refer to</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="31"/>
        <source>What it leaves</source>
        <translation>残すもの</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="32"/>
        <source>Based on</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbook_library.py" line="33"/>
        <source>Heading in the source</source>
        <translation>原文の見出し</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="214"/>
        <source>This local playbook replaces the shipped playbook “{key}”.</source>
        <translation>このローカルの支援プランは、同梱の支援プラン「{key}」を置き換えます。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="238"/>
        <source>The playbook folder is missing.</source>
        <translation>支援プランのフォルダーがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="248"/>
        <source>This is not a folder.</source>
        <translation>フォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="261"/>
        <source>The folder cannot be read: {detail}</source>
        <translation>フォルダーを読み込めません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="42"/>
        <source>The file cannot be read: {detail}</source>
        <translation>ファイルを読み込めません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="53"/>
        <source>The file is not saved as UTF-8 text.</source>
        <translation>ファイルが UTF-8 のテキストとして保存されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="66"/>
        <source>The file is not valid TOML: {detail}</source>
        <translation>ファイルが正しい TOML ではありません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="106"/>
        <source>The key “{key}” must match the file name “{stem}”.</source>
        <translation>キー「{key}」はファイル名「{stem}」と一致させてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="148"/>
        <source>Unknown field “{name}”.</source>
        <translation>不明な項目「{name}」です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="154"/>
        <source>This is required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="166"/>
        <source>Use lowercase letters, digits and “_”, starting with a letter.</source>
        <translation>英小文字・数字・「_」を使い、英字で始めてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="183"/>
        <source>Use a whole number from 1 up.</source>
        <translation>1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="198"/>
        <source>Give the text as a table with ja and en.</source>
        <translation>テキストは ja と en を持つテーブルで指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="211"/>
        <source>The {lang} text is missing or empty.</source>
        <translation>{lang} のテキストがないか、空です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="238"/>
        <location filename="../../desktop/core/playbook_checks.py" line="446"/>
        <source>Give a list: [ … ].</source>
        <translation>リスト [ … ] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="244"/>
        <source>Give at least one value.</source>
        <translation>値を一つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="255"/>
        <location filename="../../desktop/core/playbook_checks.py" line="415"/>
        <source>Unknown value “{value}”; allowed: {allowed}.</source>
        <translation>不明な値「{value}」です。使用できる値：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="266"/>
        <location filename="../../desktop/core/playbook_checks.py" line="362"/>
        <source>“{value}” is listed twice.</source>
        <translation>「{value}」が重複しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="281"/>
        <source>Give a table: [audience].</source>
        <translation>テーブル [audience] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="301"/>
        <source>Cite at least one plan section: [[citations]].</source>
        <translation>[[citations]] で計画の項目を一つ以上引用してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="313"/>
        <source>Give a table: [[citations]].</source>
        <translation>テーブル [[citations]] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="323"/>
        <source>Unknown plan “{value}”; allowed: {allowed}.</source>
        <translation>不明な計画「{value}」です。使用できる値：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="336"/>
        <source>Unknown section “{value}”; use an id from plan_sections.toml.</source>
        <translation>不明な項目「{value}」です。plan_sections.toml の id を使用してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="349"/>
        <source>Section “{value}” belongs to the plan “{plan}”.</source>
        <translation>項目「{value}」は計画「{plan}」に属しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="374"/>
        <source>Give at least one step: [[steps]].</source>
        <translation>[[steps]] でステップを一つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="385"/>
        <source>Give a table: [[steps]].</source>
        <translation>テーブル [[steps]] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="397"/>
        <source>Another step already uses the key “{key}”.</source>
        <translation>キー「{key}」は別のステップですでに使われています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbook_checks.py" line="457"/>
        <source>“{value}” is not among the playbook&apos;s [[citations]].</source>
        <translation>「{value}」はこの支援プランの [[citations]] にありません。</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="44"/>
        <source>Questions about {firm}</source>
        <translation>{firm} についての質問</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="47"/>
        <source>Based on the SME types of the IP Strategic Program 2017 (part II.2 (i)). Answer every question to see the result.</source>
        <translation>知的財産推進計画2017（第2部 2.(i)）の中小企業の類型に基づきます。すべての質問に答えると結果が表示されます。</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="71"/>
        <source>Matches the firm&apos;s type: challenger</source>
        <translation>事業者の類型に合致：チャレンジャー型</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="72"/>
        <source>Matches the firm&apos;s type: developing</source>
        <translation>事業者の類型に合致：発展途上型</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="76"/>
        <source>Fits the firm&apos;s support stage: 1 (awareness)</source>
        <translation>事業者の支援段階に合致：1（意識啓発）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="77"/>
        <source>Fits the firm&apos;s support stage: 2 (IP strategy)</source>
        <translation>事業者の支援段階に合致：2（知財戦略）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="78"/>
        <source>Fits the firm&apos;s support stage: 3 (IP practice)</source>
        <translation>事業者の支援段階に合致：3（知財実践）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="82"/>
        <source>For companies</source>
        <translation>法人向け</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="83"/>
        <source>For sole proprietors</source>
        <translation>個人事業主向け</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="84"/>
        <source>For associations and producer groups</source>
        <translation>組合・生産者団体等の団体向け</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="87"/>
        <source>Common in the firm&apos;s industry (JSIC division {industry})</source>
        <translation>事業者の業種で多い（日本標準産業分類 大分類 {industry}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="92"/>
        <source>Recent consultations on patents ({count})</source>
        <translation>最近の相談：特許（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="93"/>
        <source>Recent consultations on utility models ({count})</source>
        <translation>最近の相談：実用新案（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="96"/>
        <source>Recent consultations on designs ({count})</source>
        <translation>最近の相談：意匠（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="97"/>
        <source>Recent consultations on trademarks ({count})</source>
        <translation>最近の相談：商標（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="100"/>
        <source>Recent consultations on regional collective trademarks ({count})</source>
        <translation>最近の相談：地域団体商標（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="103"/>
        <source>Recent consultations on GI ({count})</source>
        <translation>最近の相談：地理的表示（GI）（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="104"/>
        <source>Recent consultations on plant varieties ({count})</source>
        <translation>最近の相談：品種登録（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="107"/>
        <source>Recent consultations on trade secrets ({count})</source>
        <translation>最近の相談：営業秘密（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="110"/>
        <source>Recent consultations on copyright and content ({count})</source>
        <translation>最近の相談：著作権・コンテンツ（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="113"/>
        <source>Recent consultations on overseas business ({count})</source>
        <translation>最近の相談：海外展開（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="116"/>
        <source>Recent consultations on disputes and infringement ({count})</source>
        <translation>最近の相談：紛争・侵害（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="119"/>
        <source>Recent consultations on licensing ({count})</source>
        <translation>最近の相談：ライセンス（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="122"/>
        <source>Recent consultations on financing ({count})</source>
        <translation>最近の相談：資金調達（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="125"/>
        <source>Recent consultations on standardization ({count})</source>
        <translation>最近の相談：標準化（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="128"/>
        <source>Recent consultations on collaboration with academia ({count})</source>
        <translation>最近の相談：産学連携（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="131"/>
        <source>Recent consultations on AI and data ({count})</source>
        <translation>最近の相談：AI・データ（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="134"/>
        <source>Recent consultations on other IP matters ({count})</source>
        <translation>最近の相談：その他の知財（{count}件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="140"/>
        <source>Holds a registered patent</source>
        <translation>特許権を保有</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="141"/>
        <source>Holds a registered utility model</source>
        <translation>実用新案権を保有</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="142"/>
        <source>Holds a registered design</source>
        <translation>意匠権を保有</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="143"/>
        <source>Holds a registered trademark</source>
        <translation>商標権を保有</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="144"/>
        <source>Holds a regional collective trademark</source>
        <translation>地域団体商標を保有</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="147"/>
        <source>Holds a registered GI</source>
        <translation>地理的表示（GI）の登録あり</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="148"/>
        <source>Holds a registered plant variety</source>
        <translation>登録品種を保有</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="149"/>
        <source>Keeps trade secrets under management</source>
        <translation>営業秘密を管理している</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="150"/>
        <source>Owns copyrighted works or content</source>
        <translation>著作物・コンテンツを保有</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="154"/>
        <source>Has a patent in the works</source>
        <translation>特許を出願中（準備中を含む）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="155"/>
        <source>Has a utility model in the works</source>
        <translation>実用新案を出願中（準備中を含む）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="156"/>
        <source>Has a design in the works</source>
        <translation>意匠を出願中（準備中を含む）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="157"/>
        <source>Has a trademark in the works</source>
        <translation>商標を出願中（準備中を含む）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="158"/>
        <source>Has a regional collective trademark in the works</source>
        <translation>地域団体商標を出願中（準備中を含む）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="161"/>
        <source>Has a GI application in the works</source>
        <translation>地理的表示（GI）を申請中（準備中を含む）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="162"/>
        <source>Has a plant variety registration in the works</source>
        <translation>品種登録を出願中（準備中を含む）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="165"/>
        <source>Is starting to manage its trade secrets</source>
        <translation>営業秘密の管理に着手している</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="166"/>
        <source>Is creating works or content</source>
        <translation>著作物・コンテンツを制作している</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="170"/>
        <source>Sells or plans to sell abroad</source>
        <translation>海外で販売している、または販売を予定</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="171"/>
        <source>Works mainly as a subcontractor ({share}% of sales)</source>
        <translation>下請取引が中心（売上の {share}%）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="174"/>
        <source>Holds no IP rights yet</source>
        <translation>知的財産権をまだ保有していない</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recommendations.py" line="175"/>
        <source>Already holds registered IP rights</source>
        <translation>登録済みの知的財産権を保有</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <location filename="../../desktop/core/reporting.py" line="116"/>
        <source>Use YYYY-MM.</source>
        <translation>YYYY-MM の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reporting.py" line="132"/>
        <source>Use a year such as 2026.</source>
        <translation>2026 のように西暦の年度で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/firm_record.py" line="186"/>
        <location filename="../../desktop/core/firm_record.py" line="382"/>
        <source>No such firm: {id}</source>
        <translation>該当する事業者がありません：{id}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="113"/>
        <source>Result</source>
        <translation>判定結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="120"/>
        <source>&amp;Change the result (a written reason is required)</source>
        <translation>判定結果を変更する(&amp;C)（理由の記入が必要です）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="133"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="134"/>
        <source>Stage</source>
        <translation>支援段階</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="135"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_wizard.py" line="143"/>
        <source>Why:</source>
        <translation>判定の根拠：</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="34"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="39"/>
        <source>Search firms and consultations — any part of a word, e.g. 商標</source>
        <translation>事業者と相談記録を検索（語句の一部でも可。例：商標）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="101"/>
        <source>No firm or consultation contains “{text}”.</source>
        <translation>「{text}」を含む事業者・相談記録はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="124"/>
        <source>{listed} of %n firm(s)</source>
        <translation>
            <numerusform>事業者 %n 件中 {listed} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="128"/>
        <source>the first %n firm(s)</source>
        <translation>
            <numerusform>事業者の最初の %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="133"/>
        <source>{listed} of %n consultation(s)</source>
        <translation>
            <numerusform>相談記録 %n 件中 {listed} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="136"/>
        <source>the first %n consultation(s)</source>
        <translation>
            <numerusform>相談記録の最初の %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="139"/>
        <source>{firms}, {consultations} shown — refine the search to see the rest; Enter opens</source>
        <translation>{firms}、{consultations}を表示 — 残りは検索語を絞り込んでください。Enter で開きます</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="142"/>
        <source>{firms}, {consultations} — Enter opens</source>
        <translation>{firms}、{consultations} — Enter キーで開く</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="122"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>事業者 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="87"/>
        <source>[Firm] {name}</source>
        <translation>【事業者】{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="92"/>
        <source>[Consultation] {date} {name}</source>
        <translation>【相談】{date} {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="130"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>相談記録 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="135"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="142"/>
        <source>Show dates with the Japanese era (e.g. 令和8年度)</source>
        <translation>日付を和暦で表示する（例：令和8年度）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="144"/>
        <source>A new language applies from the next start.</source>
        <translation>言語の変更は次回の起動時から反映されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="147"/>
        <source>Consultants</source>
        <translation>相談員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="150"/>
        <source>&amp;Add consultant…</source>
        <translation>相談員を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="152"/>
        <source>Mark as left or &amp;back</source>
        <translation>退任／復帰を設定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="161"/>
        <source>&amp;I am</source>
        <translation>自分の氏名(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="163"/>
        <source>KPI targets for the fiscal year (0 = none)</source>
        <translation>年度のKPI目標（0 は目標なし）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="197"/>
        <source>{name} (left)</source>
        <translation>{name}（退任）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="209"/>
        <location filename="../../desktop/ui/setup_dialogs.py" line="217"/>
        <source>Add consultant</source>
        <translation>相談員の追加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="209"/>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
</context>
<context>
    <name>SizeClass</name>
    <message>
        <location filename="../../desktop/core/sme.py" line="26"/>
        <source>Small enterprise</source>
        <translation>小規模企業者</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sme.py" line="27"/>
        <source>SME</source>
        <translation>中小企業</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sme.py" line="28"/>
        <source>Large enterprise</source>
        <translation>大企業</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sme.py" line="29"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="150"/>
        <source>The database could not be opened:
{target}

{error}</source>
        <translation>データベースを開けませんでした：
{target}

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/startup.py" line="158"/>
        <source>Another Madoguchi is opening this database right now. Wait a moment and try again.</source>
        <translation>別の Madoguchi がこのデータベースを開こうとしています。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/startup.py" line="167"/>
        <source>The Madoguchi command “{command}” is working on this database on this computer (since {since}, process {pid}). Wait for it to finish and try again.</source>
        <translation>このコンピューターで Madoguchi のコマンド「{command}」がこのデータベースを処理しています（{since} から、プロセス {pid}）。終わるまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/startup.py" line="178"/>
        <source>Madoguchi already has this database open on this computer (since {since}, process {pid}). Switch to that window, or close it and try again.</source>
        <translation>このコンピューターの Madoguchi で、このデータベースがすでに開かれています（{since} から、プロセス {pid}）。そのウィンドウに切り替えるか、そのウィンドウを閉じてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/startup.py" line="189"/>
        <source>This database is open in Madoguchi on the computer “{host}” (since {since}). Close it there first. If that computer stopped without closing Madoguchi, delete {lock} and try again.</source>
        <translation>このデータベースは、コンピューター「{host}」の Madoguchi で開かれています（{since} から）。先にそちらで閉じてください。そのコンピューターが Madoguchi を閉じないまま停止した場合は、{lock} を削除してからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/startup.py" line="369"/>
        <source>The database file is damaged. It has been moved aside, unchanged, to {aside}.</source>
        <translation>データベースファイルが破損しています。ファイルは変更せずに {aside} へ退避しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/startup.py" line="404"/>
        <source>{path} was written by a newer version of Madoguchi (schema {revision}; this version knows up to {head}). Open it with that version or a later one; this version leaves it as it is.</source>
        <translation>{path} は新しいバージョンの Madoguchi で書き込まれています（スキーマ {revision}。このバージョンが扱えるのは {head} までです）。そのバージョン以降の Madoguchi で開いてください。このバージョンはファイルに手を加えません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="67"/>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="69"/>
        <source>Updating the database for this version of Madoguchi. A copy of it was made first…</source>
        <translation>このバージョンの Madoguchi に合わせてデータベースを更新しています。更新の前にコピーを作成しました…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="99"/>
        <source>Today&apos;s backup could not be made:
{error}

Your records are saved as usual; Madoguchi tries again at the next start.</source>
        <translation>本日のバックアップを作成できませんでした：
{error}

記録は通常どおり保存されています。次回の起動時に、Madoguchi がもう一度バックアップを試みます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="159"/>
        <source>{problem}

The newest good backup was made on {date}. Restore it now? Records entered after that are not in it. The damaged file stays, unchanged, where it was moved.</source>
        <translation>{problem}

最新の正常なバックアップは {date} に作成されたものです。今すぐ復元しますか？それ以降に入力した記録は含まれていません。破損したファイルは移動先に変更されないまま残ります。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="173"/>
        <source>{problem}

No good backup was found. Start with a new, empty database? The damaged file stays, unchanged, where it was moved.</source>
        <translation>{problem}

正常なバックアップが見つかりませんでした。新しい空のデータベースで開始しますか？破損したファイルは移動先に変更されないまま残ります。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="234"/>
        <source>The backup {backup} was restored.</source>
        <translation>バックアップ {backup} を復元しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="239"/>
        <source>The file it replaced is kept as {aside}.</source>
        <translation>置き換えられたファイルは {aside} として保管されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="254"/>
        <source>Checking the database…</source>
        <translation>データベースを確認しています…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../desktop/core/backups.py" line="79"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>ディスクの空き容量がないため、何も保存されていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="87"/>
        <source>Madoguchi may not write to {path}: the file or its folder is read-only. Nothing was saved. Check the permissions, or copy the file to a folder you can write to.</source>
        <translation>Madoguchi は {path} に書き込めません（ファイルまたはフォルダーが読み取り専用です）。何も保存されていません。アクセス権を確認するか、書き込みできるフォルダーにファイルをコピーしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="98"/>
        <source>The database is busy: another program is writing to it. Nothing was saved. Close the other program or wait a moment, then try again.</source>
        <translation>データベースが使用中です（別のプログラムが書き込んでいます）。何も保存されていません。そのプログラムを閉じるか、しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="106"/>
        <source>The file {path} is damaged.</source>
        <translation>ファイル {path} が破損しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="110"/>
        <source>The file {path} does not exist.</source>
        <translation>ファイル {path} が存在しません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="114"/>
        <source>Reading or writing {path} failed: {error}</source>
        <translation>{path} の読み書きに失敗しました：{error}</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="61"/>
        <source>&amp;Assess…</source>
        <translation>判定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="73"/>
        <source>&amp;Start playbook</source>
        <translation>支援プランを開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="75"/>
        <source>&amp;Read…</source>
        <translation>内容を見る(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="77"/>
        <source>Recommended playbooks</source>
        <translation>おすすめの支援プラン</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="90"/>
        <source>Playbook / step</source>
        <translation>支援プラン／ステップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="90"/>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="90"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="90"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="95"/>
        <source>Note for the step (optional)</source>
        <translation>ステップのメモ（任意）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="100"/>
        <location filename="../../desktop/ui/support_panel.py" line="192"/>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="101"/>
        <location filename="../../desktop/ui/support_panel.py" line="193"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="102"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="103"/>
        <source>Back to to-do</source>
        <translation>未着手に戻す</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="111"/>
        <source>Stop &amp;following…</source>
        <translation>中止(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="114"/>
        <source>Stop following this playbook for the firm; its steps are kept</source>
        <translation>この企業での支援プランを中止します。ここまでのステップは残ります</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="118"/>
        <source>Playbooks followed</source>
        <translation>実施中・実施済みの支援プラン</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="123"/>
        <source>Happened in:</source>
        <translation>実施した相談：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="157"/>
        <source>Not assessed yet</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="168"/>
        <source>(changed from {cell}: {reason})</source>
        <translation>（{cell} から変更：{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="172"/>
        <source>Assessments: </source>
        <translation>判定の履歴：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="191"/>
        <source>To do</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="194"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="195"/>
        <source>Active</source>
        <translation>実施中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="196"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="197"/>
        <source>Abandoned</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="211"/>
        <source>{done}/{total} steps</source>
        <translation>{done}/{total} ステップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="252"/>
        <source>(not linked to a consultation)</source>
        <translation>（相談記録と紐付けない）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="292"/>
        <source>Start playbook</source>
        <translation>支援プランの開始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="334"/>
        <location filename="../../desktop/ui/support_panel.py" line="346"/>
        <source>Stop following</source>
        <translation>支援プランの中止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="336"/>
        <source>Stop following “{playbook}” for this firm? The steps done so far are kept, and the playbook can be started again later.</source>
        <translation>この企業で「{playbook}」を中止しますか？ここまでに済んだステップは残り、後でもう一度開始できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/support_panel.py" line="368"/>
        <source>Playbook step</source>
        <translation>支援プランのステップ</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="43"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="43"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="43"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="64"/>
        <source>Consultation ({channel}): {topics}</source>
        <translation>相談（{channel}）：{topics}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="68"/>
        <source>IP ({kind}): {status}</source>
        <translation>知財（{kind}）：{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="78"/>
        <source>to do</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="79"/>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="80"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="81"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="83"/>
        <source>Playbook “{playbook}”: {step} ({state})</source>
        <translation>支援プラン「{playbook}」：{step}（{state}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="74"/>
        <source>Assessment: {cell}</source>
        <translation>判定：{cell}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/core/firms.py" line="143"/>
        <location filename="../../desktop/core/settings.py" line="78"/>
        <source>Choose a prefecture.</source>
        <translation>都道府県を選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/firms.py" line="146"/>
        <source>Unknown industry division.</source>
        <translation>不明な業種（大分類）です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/firms.py" line="148"/>
        <source>Unknown kind of client.</source>
        <translation>不明な事業者の種類です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/firms.py" line="163"/>
        <source>Another firm already has this Corporate Number: {name}.</source>
        <translation>この法人番号は別の事業者で登録済みです：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ip_assets.py" line="55"/>
        <source>Choose a kind of IP.</source>
        <translation>知財の種別を選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ip_assets.py" line="57"/>
        <source>Choose a status.</source>
        <translation>状態を選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ip_assets.py" line="60"/>
        <source>Registration cannot come before filing.</source>
        <translation>登録日を出願日より前にすることはできません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ip_assets.py" line="64"/>
        <source>Use a two-letter country code, e.g. JP.</source>
        <translation>2文字の国コードで入力してください（例：JP）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/parsing.py" line="34"/>
        <location filename="../../desktop/core/validation.py" line="95"/>
        <source>Enter a whole number.</source>
        <translation>整数で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/parsing.py" line="43"/>
        <location filename="../../desktop/core/validation.py" line="104"/>
        <source>Must be zero or more.</source>
        <translation>0 以上で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/parsing.py" line="47"/>
        <source>Enter an amount in yen, e.g. 30000000 or 3000万.</source>
        <translation>金額を円単位で入力してください（例：30000000 または 3000万）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/parsing.py" line="51"/>
        <source>Enter whole yen.</source>
        <translation>1円単位で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/parsing.py" line="72"/>
        <source>Enter a date as 2026-04-01.</source>
        <translation>日付は 2026-04-01 の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="50"/>
        <source>A Corporate Number has exactly 13 digits.</source>
        <translation>13桁の数字で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="55"/>
        <source>The check digit does not match: please check the Corporate Number.</source>
        <translation>チェックデジットが一致しません。法人番号を確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="64"/>
        <source>Write the postal code as 123-4567.</source>
        <translation>郵便番号は 123-4567 の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="72"/>
        <source>Write a Japanese phone number, e.g. 03-1234-5678.</source>
        <translation>国内の電話番号を入力してください（例：03-1234-5678）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="80"/>
        <source>This does not look like an e-mail address.</source>
        <translation>メールアドレスの形式が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="108"/>
        <source>Too large: at most {limit}.</source>
        <translation>{limit} 以下で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="119"/>
        <source>Must be between 0 and 100 %.</source>
        <translation>0〜100％の範囲で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="131"/>
        <source>The founding year cannot be in the future.</source>
        <translation>設立年に未来の年は入力できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="134"/>
        <source>The founding year is too early.</source>
        <translation>設立年が古すぎます。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="140"/>
        <source>Must be text.</source>
        <translation>文字列で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="146"/>
        <source>Required.</source>
        <translation>必須項目です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="154"/>
        <source>Too long: at most {limit} characters.</source>
        <translation>{limit} 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/validation.py" line="166"/>
        <source>Contains control characters.</source>
        <translation>制御文字が含まれています。</translation>
    </message>
</context>
</TS>
