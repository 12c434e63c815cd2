<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckPopup</name>
    <message numerus="yes">
        <source>&amp;Snooze %n min</source>
        <translation>
            <numerusform>&amp;Snooze %n min</numerusform>
            <numerusform>&amp;Snooze %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since your last check.</source>
        <translation>
            <numerusform>%n new message since your last check.</numerusform>
            <numerusform>%n new messages since your last check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have put this check off as often as your plan allows (%n time(s)).</source>
        <translation>
            <numerusform>You have put this check off as often as your plan allows (%n time).</numerusform>
            <numerusform>You have put this check off as often as your plan allows (%n times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>S&amp;nooze %n min</numerusform>
            <numerusform>S&amp;nooze %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail check at %1 in %n minute(s)</source>
        <translation>
            <numerusform>Mail check at %1 in %n minute</numerusform>
            <numerusform>Mail check at %1 in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>Mail check at %1 in %n minute(s)</source>
        <translation>
            <numerusform>Mail check at %1 in %n minute</numerusform>
            <numerusform>Mail check at %1 in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more mail checks today (%n skipped).</source>
        <translation>
            <numerusform>No more mail checks today (%n skipped).</numerusform>
            <numerusform>No more mail checks today (%n skipped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message numerus="yes">
        <source>Last %n weeks</source>
        <translation>
            <numerusform>Last week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <source>Needs attention on %n account(s)</source>
        <translation>
            <numerusform>Needs attention on %n account</numerusform>
            <numerusform>Needs attention on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n account(s)…</source>
        <translation>
            <numerusform>Sending to %n account…</numerusform>
            <numerusform>Sending to %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail check: %n min left</source>
        <translation>
            <numerusform>Mail check: %n min left</numerusform>
            <numerusform>Mail check: %n min left</numerusform>
        </translation>
    </message>
</context>
</TS>
