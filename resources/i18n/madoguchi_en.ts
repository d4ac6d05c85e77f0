<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConsultationList</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/consultation_list.py" line="278"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_view.py" line="234"/>
        <location filename="../../desktop/ui/dashboard_view.py" line="240"/>
        <location filename="../../desktop/ui/dashboard_view.py" line="243"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n firm</numerusform>
            <numerusform>%n firms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmRegister</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/firm_register.py" line="262"/>
        <source>%n firm(s) in the trash</source>
        <translation>
            <numerusform>%n firm in the trash</numerusform>
            <numerusform>%n firms in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/firm_register.py" line="264"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n firm</numerusform>
            <numerusform>%n firms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="244"/>
        <source>%n row(s) below the header in row {header} ({encoding}).</source>
        <translation>
            <numerusform>%n row below the header in row {header} ({encoding}).</numerusform>
            <numerusform>%n rows below the header in row {header} ({encoding}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="364"/>
        <source>Imported %n firm(s).</source>
        <translation>
            <numerusform>Imported %n firm.</numerusform>
            <numerusform>Imported %n firms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="548"/>
        <source>%n consultation form(s) were not saved when Madoguchi last closed. Open them again?</source>
        <translation>
            <numerusform>%n consultation form was not saved when Madoguchi last closed. Open it again?</numerusform>
            <numerusform>%n consultation forms were not saved when Madoguchi last closed. Open them again?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="122"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n firm</numerusform>
            <numerusform>%n firms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="124"/>
        <source>{listed} of %n firm(s)</source>
        <translation>
            <numerusform>{listed} of %n firm</numerusform>
            <numerusform>{listed} of %n firms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="128"/>
        <source>the first %n firm(s)</source>
        <translation>
            <numerusform>the first %n firm</numerusform>
            <numerusform>the first %n firms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="130"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="133"/>
        <source>{listed} of %n consultation(s)</source>
        <translation>
            <numerusform>{listed} of %n consultation</numerusform>
            <numerusform>{listed} of %n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="136"/>
        <source>the first %n consultation(s)</source>
        <translation>
            <numerusform>the first %n consultation</numerusform>
            <numerusform>the first %n consultations</numerusform>
        </translation>
    </message>
</context>
</TS>
