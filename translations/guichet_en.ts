<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Guichet::Cli::CliApp</name>
    <message numerus="yes">
        <source>%n refused command(s) dismissed.</source>
        <translation>
            <numerusform>%n refused command dismissed.</numerusform>
            <numerusform>%n refused commands dismissed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed conversation(s) removed from the cache.</source>
        <translation>
            <numerusform>%n closed conversation removed from the cache.</numerusform>
            <numerusform>%n closed conversations removed from the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) written to %1</source>
        <translation>
            <numerusform>%n conversation written to %1</numerusform>
            <numerusform>%n conversations written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::FaqFile</name>
    <message numerus="yes">
        <source>not a knowledge base: none of its %n line(s) is a valid entry (%1)</source>
        <translation>
            <numerusform>not a knowledge base: its %n line is not a valid entry (%1)</numerusform>
            <numerusform>not a knowledge base: none of its %n lines is a valid entry (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::RosterModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ConversationPanel</name>
    <message numerus="yes">
        <source>(%n more refused)</source>
        <translation>
            <numerusform>(%n more refused)</numerusform>
            <numerusform>(%n more refused)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X: %1 left to reply, %n replies left</source>
        <translation>
            <numerusform>X: %1 left to reply, %n reply left</numerusform>
            <numerusform>X: %1 left to reply, %n replies left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Labels</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n waiting to go out</source>
        <translation>
            <numerusform>%n waiting to go out</numerusform>
            <numerusform>%n waiting to go out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n refused</numerusform>
            <numerusform>⚠ %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions refused by the server</source>
        <translation>
            <numerusform>%n action refused by the server</numerusform>
            <numerusform>%n actions refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueueDelegate</name>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n refused</numerusform>
            <numerusform>⚠ %n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SetupWizard</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters, a sentence is best.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n character, a sentence is best.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters, a sentence is best.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorPage</name>
    <message numerus="yes">
        <source>Report exported: %n conversation(s).</source>
        <translation>
            <numerusform>Report exported: %n conversation.</numerusform>
            <numerusform>Report exported: %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible emergency(ies) waiting</source>
        <translation>
            <numerusform>%n possible emergency waiting</numerusform>
            <numerusform>%n possible emergencies waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SGBV conversation(s) waiting</source>
        <translation>
            <numerusform>%n SGBV conversation waiting</numerusform>
            <numerusform>%n SGBV conversations waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the answer time</source>
        <translation>
            <numerusform>%n past the answer time</numerusform>
            <numerusform>%n past the answer time</numerusform>
        </translation>
    </message>
</context>
</TS>
