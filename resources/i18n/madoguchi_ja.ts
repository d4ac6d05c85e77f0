<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/periods.py" line="29"/>
        <source>Periods</source>
        <comment>All dates</comment>
        <translation>すべての期間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="30"/>
        <source>Periods</source>
        <comment>This month</comment>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="31"/>
        <source>Periods</source>
        <comment>Last month</comment>
        <translation>先月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="32"/>
        <source>Periods</source>
        <comment>This fiscal year (FY{fy})</comment>
        <translation>今年度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/periods.py" line="34"/>
        <source>Periods</source>
        <comment>Last fiscal year (FY{fy})</comment>
        <translation>前年度</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/core/assessment.py" line="92"/>
        <source>IP use challenger type</source>
        <translation>知財活用チャレンジャー型</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="93"/>
        <source>IP use developing type</source>
        <translation>知財活用発展途上型</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="96"/>
        <source>1 Awareness</source>
        <translation>1 意識啓発</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="97"/>
        <source>2 IP strategy</source>
        <translation>2 知財戦略</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="98"/>
        <source>3 IP practice</source>
        <translation>3 知財実践</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="138"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="139"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="145"/>
        <source>Does the firm hold or seek IP rights (patents, utility models, designs, trademarks, plant varieties …)?</source>
        <translation>知的財産権（特許、実用新案、意匠、商標、品種登録 …）を保有している、または取得を目指していますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="152"/>
        <source>Neither</source>
        <translation>どちらでもない</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="155"/>
        <source>Seeking them (application prepared or pending)</source>
        <translation>取得を目指している（出願準備中または出願中）</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="157"/>
        <source>Holds registered rights</source>
        <translation>登録済みの権利を保有している</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="162"/>
        <source>Does the firm have products of its own that it develops itself?</source>
        <translation>自社で開発した自社製品がありますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="170"/>
        <source>Is the firm expanding its sales channels?</source>
        <translation>販路を拡大していますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="175"/>
        <source>No, it keeps to its present channels</source>
        <translation>いいえ、現在の販路のみ</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="179"/>
        <source>Yes, new channels in Japan</source>
        <translation>はい、国内で新たな販路を開拓</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="183"/>
        <source>Yes, including overseas</source>
        <translation>はい、海外を含めて拡大</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="189"/>
        <source>Does management treat IP as part of running the firm?</source>
        <translation>経営者は知財を経営の一部として捉えていますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="195"/>
        <source>Is someone inside the firm in charge of IP?</source>
        <translation>社内に知財の担当者がいますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="201"/>
        <source>What share of its sales comes from subcontract work (%)?</source>
        <translation>売上に占める下請取引の割合は何％ですか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="206"/>
        <source>Does it sell mostly to the same customers through the same channels?</source>
        <translation>主に決まった取引先に、決まった販路で販売していますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="215"/>
        <source>Is its know-how managed as a trade secret (marked, access limited, staff rules)?</source>
        <translation>ノウハウを営業秘密として管理していますか（秘密表示、アクセス制限、従業員向けの規程）？</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="226"/>
        <source>Choose one of the listed answers.</source>
        <translation>選択肢から一つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="227"/>
        <source>Answer yes or no.</source>
        <translation>「はい」または「いいえ」で回答してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="228"/>
        <source>Enter a whole percentage from 0 to 100.</source>
        <translation>0〜100 の整数（％）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="229"/>
        <source>This question has no answer.</source>
        <translation>この質問が未回答です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="308"/>
        <source>Holds registered IP rights.</source>
        <translation>登録済みの知的財産権を保有している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="309"/>
        <source>Is seeking IP rights (an application is prepared or pending).</source>
        <translation>知的財産権の取得を目指している（出願準備中または出願中）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="312"/>
        <source>Holds no IP rights and is not seeking any.</source>
        <translation>知的財産権を保有しておらず、取得も目指していない。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="313"/>
        <source>Is expanding its sales, including overseas.</source>
        <translation>海外を含めて販路を拡大している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="314"/>
        <source>Is opening new sales channels in Japan.</source>
        <translation>国内で新たな販路を開拓している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="315"/>
        <source>Has products of its own that it develops.</source>
        <translation>自社で開発した自社製品がある。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="316"/>
        <source>Has products of its own, but {share}% of its sales is subcontract work for the same customers (the line is {line}%), so they are a side line.</source>
        <translation>自社製品はあるが、売上の {share}% が決まった取引先からの下請取引である（基準は {line}%）ため、自社製品は副次的な事業にとどまる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="321"/>
        <source>{share}% of its sales is subcontract work for the same customers (the line is {line}%).</source>
        <translation>売上の {share}% が決まった取引先からの下請取引である（基準は {line}%）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="325"/>
        <source>Has no products of its own development.</source>
        <translation>自社で開発した製品がない。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="326"/>
        <source>Keeps to its present sales channels.</source>
        <translation>現在の販路にとどまっている。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="327"/>
        <source>Sells mostly to the same customers.</source>
        <translation>主に決まった取引先に販売している。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="328"/>
        <source>It seeks rights and puts them to work in its own products or in new markets: IP use challenger type.</source>
        <translation>権利の取得を目指し、自社製品や新たな市場で活用しているため、知財活用チャレンジャー型。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="333"/>
        <source>It has or seeks rights but does not yet use them in products of its own or in new markets: IP use developing type.</source>
        <translation>権利を保有または取得を目指しているが、自社製品や新たな市場ではまだ活用していないため、知財活用発展途上型。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="338"/>
        <source>Without rights of its own to build on, it is an IP use developing type.</source>
        <translation>足がかりとなる自社の権利がないため、知財活用発展途上型。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="341"/>
        <source>Management does not yet treat IP as a management matter and nobody in the firm is in charge of it: support starts with awareness (stage 1).</source>
        <translation>経営者が知財をまだ経営課題として捉えておらず、社内に知財の担当者もいないため、支援は意識啓発（第1段階）から始める。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="346"/>
        <source>Management treats IP as part of running the firm.</source>
        <translation>経営者が知財を経営の一部として捉えている。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="347"/>
        <source>Someone in the firm is in charge of IP.</source>
        <translation>社内に知財の担当者がいる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="348"/>
        <source>It holds registered rights and manages its know-how as a secret: support moves to IP practice (stage 3).</source>
        <translation>登録済みの権利を保有し、ノウハウを秘密として管理しているため、支援は知財実践（第3段階）に進む。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="353"/>
        <source>It holds no registered rights yet: support stays at IP strategy (stage 2).</source>
        <translation>登録済みの権利をまだ保有していないため、支援は知財戦略（第2段階）にとどまる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="356"/>
        <source>Its know-how is not yet managed as a secret: support stays at IP strategy (stage 2).</source>
        <translation>ノウハウがまだ秘密として管理されていないため、支援は知財戦略（第2段階）にとどまる。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="515"/>
        <source>Choose the challenger or the developing type.</source>
        <translation>チャレンジャー型または発展途上型を選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="521"/>
        <source>Choose stage 1, 2 or 3.</source>
        <translation>支援段階を 1、2、3 から選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="528"/>
        <source>Write why you change the result: an override needs a reason.</source>
        <translation>判定結果を変更する理由を記入してください（変更には理由が必要です）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="557"/>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="565"/>
        <source>The firm does not exist or was deleted.</source>
        <translation>事業者が存在しないか、削除されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/assessment.py" line="572"/>
        <source>The consultant does not exist or was deleted.</source>
        <translation>相談員が存在しないか、削除されています。</translation>
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
        <location filename="../../desktop/ui/asset_dialogs.py" line="259"/>
        <source>Delete IP asset</source>
        <translation>知財の削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/asset_dialogs.py" line="260"/>
        <source>Move “{title}” to the trash?</source>
        <translation>「{title}」をごみ箱に移動しますか？</translation>
    </message>
</context>
<context>
    <name>Consultants</name>
    <message>
        <location filename="../../desktop/core/consultants.py" line="80"/>
        <source>No such consultant.</source>
        <translation>該当する相談員がいません。</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="92"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="121"/>
        <source>What was asked, what was advised</source>
        <translation>相談された内容と助言した内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="130"/>
        <source>Confidential: stays on this computer. Never in any export, report or search.</source>
        <translation>【社外秘】このコンピューター内にのみ保存され、エクスポート・報告書・検索には一切含まれません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="148"/>
        <source>Partner</source>
        <translation>連携先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="148"/>
        <source>Organisation</source>
        <translation>機関名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="148"/>
        <source>Direction</source>
        <translation>紹介の方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="148"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="153"/>
        <source>Add referral (Ctrl+R)</source>
        <translation>紹介を追加 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="155"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="167"/>
        <source>Follow-up on (Ctrl+U)</source>
        <translation>フォローアップ予定 (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="173"/>
        <source>What to do, e.g. call about the filing</source>
        <translation>対応内容（例：出願の件で電話する）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="186"/>
        <source>IP asset</source>
        <translation>知財</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="186"/>
        <source>Milestone</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="186"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="191"/>
        <source>Record an IP milestone (Ctrl+M)</source>
        <translation>知財の進捗を記録 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="202"/>
        <source>&amp;When</source>
        <translation>相談日時(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="203"/>
        <source>&amp;Duration</source>
        <translation>所要時間(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="204"/>
        <source>C&amp;hannel</source>
        <translation>相談方法(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="205"/>
        <source>F&amp;irm</source>
        <translation>事業者(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="206"/>
        <source>Co&amp;nsultants</source>
        <translation>相談員(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="207"/>
        <source>&amp;Topics</source>
        <translation>相談分野(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="208"/>
        <source>&amp;Summary</source>
        <translation>相談内容(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="209"/>
        <source>Confidential notes</source>
        <translation>社外秘メモ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="210"/>
        <source>&amp;Outcome</source>
        <translation>対応結果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="211"/>
        <source>&amp;Expert involved</source>
        <translation>専門家（弁理士・弁護士等）の関与(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="212"/>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="213"/>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="214"/>
        <source>IP milestones</source>
        <translation>知財の進捗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="311"/>
        <source>Consultation</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="311"/>
        <source>New consultation</source>
        <translation>新規相談</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="363"/>
        <source>The firm has no IP assets on record yet.</source>
        <translation>この事業者には、まだ知財が記録されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="505"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>保存されていません。赤で示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="520"/>
        <source>Discard consultation</source>
        <translation>相談記録の破棄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_form.py" line="521"/>
        <source>Discard what you typed in this consultation?</source>
        <translation>この相談記録の入力内容を破棄しますか？</translation>
    </message>
</context>
<context>
    <name>ConsultationList</name>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="43"/>
        <source>All topics</source>
        <translation>すべての相談分野</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="47"/>
        <source>All channels</source>
        <translation>すべての相談方法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="51"/>
        <source>All consultants</source>
        <translation>すべての相談員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="57"/>
        <source>Text in summary, outcome or follow-up</source>
        <translation>相談内容・対応結果・フォローアップから検索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="59"/>
        <source>Show &amp;trash</source>
        <translation>ごみ箱を表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="61"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="62"/>
        <source>Delete for &amp;good…</source>
        <translation>完全に削除(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="63"/>
        <location filename="../../desktop/ui/consultation_list.py" line="206"/>
        <source>Move to trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/consultation_list.py" line="180"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n 件の相談</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="207"/>
        <source>Move this consultation to the trash? It can be restored from there.</source>
        <translation>この相談記録をごみ箱に移動しますか？ごみ箱から復元できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="225"/>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_list.py" line="227"/>
        <source>Delete this consultation for good? This cannot be undone; the history keeps a record that it was deleted.</source>
        <translation>この相談記録を完全に削除しますか？元に戻すことはできません。削除したことは変更履歴に記録されます。</translation>
    </message>
</context>
<context>
    <name>ConsultationModel</name>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="31"/>
        <source>Date</source>
        <translation>相談日時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="32"/>
        <source>Firm</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="33"/>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="34"/>
        <source>Topics</source>
        <translation>相談分野</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="35"/>
        <source>Consultants</source>
        <translation>相談員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="36"/>
        <source>Summary</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="37"/>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consultation_model.py" line="115"/>
        <source>(no firm)</source>
        <translation>（事業者なし）</translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="44"/>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="56"/>
        <source>e.g. 新潟県知財総合支援窓口</source>
        <translation>例：新潟県知財総合支援窓口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="59"/>
        <source>e.g. 佐藤 花子</source>
        <translation>例：佐藤 花子</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="68"/>
        <source>&amp;Counter name</source>
        <translation>窓口名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="69"/>
        <source>&amp;Prefecture</source>
        <translation>都道府県(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="71"/>
        <source>&amp;Your name</source>
        <translation>あなたの氏名(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="72"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
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
    <name>FirmDialog</name>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="53"/>
        <source>Pro&amp;file</source>
        <translation>基本情報(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="54"/>
        <source>IP a&amp;ssets</source>
        <translation>知財(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="57"/>
        <source>&amp;Timeline</source>
        <translation>支援経過(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="64"/>
        <source>New &amp;consultation (Ctrl+N)</source>
        <translation>新規相談(&amp;C) (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="68"/>
        <source>&amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="114"/>
        <source>New firm</source>
        <translation>新規事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="133"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="139"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>保存されていません。赤で示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="149"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_dialog.py" line="150"/>
        <source>Save the changes to this firm before closing?</source>
        <translation>閉じる前に、この事業者の変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>FirmForm</name>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="56"/>
        <source>e.g. 株式会社東洋精工</source>
        <translation>例：株式会社東洋精工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="57"/>
        <source>Reading in katakana, e.g. トウヨウセイコウ</source>
        <translation>カタカナで入力（例：トウヨウセイコウ）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="58"/>
        <source>13 digits; leave empty for a sole proprietor</source>
        <translation>13桁（個人事業主の場合は空欄）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="60"/>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="63"/>
        <source>e.g. 燕市</source>
        <translation>例：燕市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="67"/>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="70"/>
        <source>regular employees</source>
        <translation>常時使用する従業員の数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="71"/>
        <source>yen, e.g. 30000000 or 3000万</source>
        <translation>円単位（例：30000000 または 3000万）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="72"/>
        <source>e.g. 1968</source>
        <translation>例：1968</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="77"/>
        <source>% of sales, 0–100</source>
        <translation>売上に占める割合（％）、0〜100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="78"/>
        <source>e.g. 台湾, 米国</source>
        <translation>例：台湾、米国</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="88"/>
        <source>Kind of client</source>
        <translation>事業者の種類</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="89"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="90"/>
        <source>&amp;Reading (kana)</source>
        <translation>フリガナ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="91"/>
        <source>&amp;Corporate Number</source>
        <translation>法人番号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="92"/>
        <source>&amp;Prefecture</source>
        <translation>都道府県(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="93"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="94"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="95"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="96"/>
        <source>&amp;Industry (JSIC)</source>
        <translation>業種（日本標準産業分類）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="97"/>
        <source>&amp;Employees</source>
        <translation>従業員数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="98"/>
        <source>Capital</source>
        <translation>資本金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="99"/>
        <source>Founded (year)</source>
        <translation>設立年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="100"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="101"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="102"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="103"/>
        <source>Main products</source>
        <translation>主な製品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="104"/>
        <source>Subcontract share (%)</source>
        <translation>下請比率（％）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="105"/>
        <source>Overseas markets</source>
        <translation>海外取引先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="106"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_form.py" line="112"/>
        <source>SME status</source>
        <translation>中小企業区分</translation>
    </message>
</context>
<context>
    <name>FirmPicker</name>
    <message>
        <location filename="../../desktop/ui/firm_picker.py" line="28"/>
        <source>Type to find a firm (optional for anonymous visits)</source>
        <translation>事業者名を入力して検索（匿名の相談では空欄可）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_picker.py" line="38"/>
        <source>No firm</source>
        <translation>事業者なし</translation>
    </message>
</context>
<context>
    <name>FirmRegister</name>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="42"/>
        <source>Find a firm: name, reading, Corporate Number or city (Ctrl+F)</source>
        <translation>事業者を検索：名称、フリガナ、法人番号、市区町村（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="46"/>
        <source>All prefectures</source>
        <translation>すべての都道府県</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_register.py" line="49"/>
        <source>Show &amp;trash</source>
        <translation>ごみ箱を表示(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/firm_register.py" line="152"/>
        <source>%n firm(s) in the trash</source>
        <translation>
            <numerusform>ごみ箱に %n 件の事業者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/firm_register.py" line="154"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n 件の事業者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmTableModel</name>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="37"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="38"/>
        <source>Corporate Number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="39"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="40"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="41"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="42"/>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firm_model.py" line="43"/>
        <source>Size</source>
        <translation>企業規模</translation>
    </message>
</context>
<context>
    <name>Firms</name>
    <message>
        <location filename="../../desktop/core/firms.py" line="184"/>
        <location filename="../../desktop/core/ip_assets.py" line="99"/>
        <source>No such firm.</source>
        <translation>該当する事業者がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ip_assets.py" line="138"/>
        <source>No such IP asset.</source>
        <translation>該当する知財がありません。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="93"/>
        <source>Welcome to Madoguchi</source>
        <translation>Madoguchi へようこそ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="96"/>
        <source>Madoguchi keeps your counter&apos;s firms, consultations and reports on this computer. Tell it which counter this is and who you are.</source>
        <translation>Madoguchi は、窓口の事業者・相談・報告をこのコンピューターに保存します。この窓口とあなたについて入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="102"/>
        <source>Load &amp;demo data (invented firms, to try things out)</source>
        <translation>デモデータを読み込む(&amp;D)（お試し用の架空の事業者）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="104"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="38"/>
        <source>Only &amp;mine</source>
        <translation>自分の担当のみ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="39"/>
        <source>Show &amp;done</source>
        <translation>対応済みも表示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="41"/>
        <source>Mark &amp;done</source>
        <translation>対応済みにする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="52"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="52"/>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="52"/>
        <source>Firm</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="52"/>
        <source>Action</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="52"/>
        <location filename="../../desktop/ui/followups_view.py" line="72"/>
        <source>Done</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="69"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="70"/>
        <source>Due today</source>
        <translation>本日期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="71"/>
        <source>Upcoming</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followups_view.py" line="110"/>
        <source>{overdue} overdue, {today} due today</source>
        <translation>期限超過 {overdue} 件、本日期限 {today} 件</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="25"/>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="32"/>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="33"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="34"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="35"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="36"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="37"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="41"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="42"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="43"/>
        <source>Moved to trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="44"/>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="45"/>
        <source>Deleted for good</source>
        <translation>完全に削除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <source>Firms</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49"/>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="50"/>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="77"/>
        <source>&amp;New firm…</source>
        <translation>新規事業者(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>&amp;Log a consultation…</source>
        <translation>相談を記録(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>&amp;Search everything…</source>
        <translation>すべてを検索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84"/>
        <source>&amp;Open firm</source>
        <translation>事業者を開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87"/>
        <source>Move to &amp;trash</source>
        <translation>ごみ箱に移動(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>&amp;Restore from trash</source>
        <translation>ごみ箱から復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92"/>
        <source>&amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93"/>
        <source>&amp;Find firm</source>
        <translation>事業者を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>&amp;About Madoguchi</source>
        <translation>Madoguchi について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99"/>
        <source>&amp;Firms</source>
        <translation>事業者(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99"/>
        <source>&amp;Consultations</source>
        <translation>相談記録(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99"/>
        <source>F&amp;ollow-ups</source>
        <translation>フォローアップ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>Move to trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Move “{name}” to the trash? Its consultations and IP stay with it, and it can be restored from the trash.</source>
        <translation>「{name}」をごみ箱に移動しますか？この事業者の相談と知財はそのまま保持され、ごみ箱から復元できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>Restore unsaved work</source>
        <translation>未保存の入力の復元</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>%n consultation form(s) were not saved when Madoguchi last closed. Open them again?</source>
        <translation>
            <numerusform>前回 Madoguchi を終了したときに保存されていなかった相談記録が %n 件あります。もう一度開きますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332"/>
        <source>About Madoguchi</source>
        <translation>Madoguchi について</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>Madoguchi {version}

Records, playbooks and reports for the consultants of the prefectural IP support counters.</source>
        <translation>Madoguchi {version}

都道府県の知財総合支援窓口の相談員のための、記録・プレイブック・報告ツールです。</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="310"/>
        <source>This local playbook replaces the shipped playbook “{key}”.</source>
        <translation>このローカルのプレイブックは、同梱のプレイブック「{key}」を置き換えます。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="334"/>
        <source>The playbook folder is missing.</source>
        <translation>プレイブックのフォルダーがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="344"/>
        <source>This is not a folder.</source>
        <translation>フォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="357"/>
        <source>The folder cannot be read: {detail}</source>
        <translation>フォルダーを読み込めません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="378"/>
        <source>The file cannot be read: {detail}</source>
        <translation>ファイルを読み込めません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="389"/>
        <source>The file is not saved as UTF-8 text.</source>
        <translation>ファイルが UTF-8 のテキストとして保存されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="402"/>
        <source>The file is not valid TOML: {detail}</source>
        <translation>ファイルが正しい TOML ではありません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="442"/>
        <source>The key “{key}” must match the file name “{stem}”.</source>
        <translation>キー「{key}」はファイル名「{stem}」と一致させてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="484"/>
        <source>Unknown field “{name}”.</source>
        <translation>不明な項目「{name}」です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="490"/>
        <source>This is required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="502"/>
        <source>Use lowercase letters, digits and “_”, starting with a letter.</source>
        <translation>英小文字・数字・「_」を使い、英字で始めてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="519"/>
        <source>Use a whole number from 1 up.</source>
        <translation>1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="534"/>
        <source>Give the text as a table with ja and en.</source>
        <translation>テキストは ja と en を持つテーブルで指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="547"/>
        <source>The {lang} text is missing or empty.</source>
        <translation>{lang} のテキストがないか、空です。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="574"/>
        <location filename="../../desktop/core/playbooks.py" line="782"/>
        <source>Give a list: [ … ].</source>
        <translation>リスト [ … ] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="580"/>
        <source>Give at least one value.</source>
        <translation>値を一つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="591"/>
        <location filename="../../desktop/core/playbooks.py" line="751"/>
        <source>Unknown value “{value}”; allowed: {allowed}.</source>
        <translation>不明な値「{value}」です。使用できる値：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="602"/>
        <location filename="../../desktop/core/playbooks.py" line="698"/>
        <source>“{value}” is listed twice.</source>
        <translation>「{value}」が重複しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="617"/>
        <source>Give a table: [audience].</source>
        <translation>テーブル [audience] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="637"/>
        <source>Cite at least one plan section: [[citations]].</source>
        <translation>[[citations]] で計画の項目を一つ以上引用してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="649"/>
        <source>Give a table: [[citations]].</source>
        <translation>テーブル [[citations]] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="659"/>
        <source>Unknown plan “{value}”; allowed: {allowed}.</source>
        <translation>不明な計画「{value}」です。使用できる値：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="672"/>
        <source>Unknown section “{value}”; use an id from plan_sections.toml.</source>
        <translation>不明な項目「{value}」です。plan_sections.toml の id を使用してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="685"/>
        <source>Section “{value}” belongs to the plan “{plan}”.</source>
        <translation>項目「{value}」は計画「{plan}」に属しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="710"/>
        <source>Give at least one step: [[steps]].</source>
        <translation>[[steps]] でステップを一つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="721"/>
        <source>Give a table: [[steps]].</source>
        <translation>テーブル [[steps]] で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="733"/>
        <source>Another step already uses the key “{key}”.</source>
        <translation>キー「{key}」は別のステップですでに使われています。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/playbooks.py" line="793"/>
        <source>“{value}” is not among the playbook&apos;s [[citations]].</source>
        <translation>「{value}」はこのプレイブックの [[citations]] にありません。</translation>
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
        <location filename="../../desktop/core/reporting.py" line="115"/>
        <source>Use YYYY-MM.</source>
        <translation>YYYY-MM の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reporting.py" line="131"/>
        <source>Use a year such as 2026.</source>
        <translation>2026 のように西暦の年度で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reporting.py" line="807"/>
        <location filename="../../desktop/core/reporting.py" line="1004"/>
        <source>No such firm: {id}</source>
        <translation>該当する事業者がありません：{id}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="20"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="25"/>
        <source>Search firms and consultations — any part of a word, e.g. 商標</source>
        <translation>事業者と相談記録を検索（語句の一部でも可。例：商標）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="72"/>
        <source>{firms} firm(s), {consultations} consultation(s) — Enter opens</source>
        <translation>事業者 {firms} 件、相談記録 {consultations} 件 — Enter キーで開く</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="128"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="135"/>
        <source>A new language applies from the next start.</source>
        <translation>言語の変更は次回の起動時から反映されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="138"/>
        <source>Consultants</source>
        <translation>相談員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="141"/>
        <source>&amp;Add consultant…</source>
        <translation>相談員を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="143"/>
        <source>Mark as left or &amp;back</source>
        <translation>退任／復帰を設定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="152"/>
        <source>&amp;I am</source>
        <translation>自分の氏名(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="172"/>
        <source>{name} (left)</source>
        <translation>{name}（退任）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="184"/>
        <location filename="../../desktop/ui/setup_dialogs.py" line="192"/>
        <source>Add consultant</source>
        <translation>相談員の追加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialogs.py" line="184"/>
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
        <location filename="../../desktop/ui/app.py" line="59"/>
        <source>The database could not be opened:
{target}

{error}</source>
        <translation>データベースを開けませんでした：
{target}

{error}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="34"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="34"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="34"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="54"/>
        <source>Consultation ({channel}): {topics}</source>
        <translation>相談（{channel}）：{topics}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="58"/>
        <source>{kind}: {status}</source>
        <translation>知財（{kind}）：{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="64"/>
        <source>Assessment: {cell}</source>
        <translation>判定：{cell}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="65"/>
        <source>Playbook step {step} ({state})</source>
        <translation>プレイブックのステップ {step}（{state}）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/core/settings.py" line="86"/>
        <source>Choose a prefecture.</source>
        <translation>都道府県を選択してください。</translation>
    </message>
</context>
</TS>
