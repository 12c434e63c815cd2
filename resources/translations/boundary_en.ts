<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BriefingText</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken by %1</source>
        <translation>
            <numerusform>%n taken by %1</numerusform>
            <numerusform>%n taken by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unread</source>
        <translation>
            <numerusform>%n still unread</numerusform>
            <numerusform>%n still unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSlotDialog</name>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsText</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
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
    <name>Command</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unread</source>
        <translation>
            <numerusform>%n still unread</numerusform>
            <numerusform>%n still unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken by {name}</source>
        <translation>
            <numerusform>%n taken by {name}</numerusform>
            <numerusform>%n taken by {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluation of your plan since {since} (%n week(s)):</source>
        <translation>
            <numerusform>Evaluation of your plan since {since} (%n week):</numerusform>
            <numerusform>Evaluation of your plan since {since} (%n weeks):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n interruption</numerusform>
            <numerusform>%n interruptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rate} a week over %n week(s)</source>
        <translation>
            <numerusform>{rate} a week over %n week</numerusform>
            <numerusform>{rate} a week over %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since {when}.</source>
        <translation>
            <numerusform>%n new message since {when}.</numerusform>
            <numerusform>%n new messages since {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute(s), so their start times must be at least that far apart.</source>
        <translation>
            <numerusform>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute, so their start times must be at least that far apart.</numerusform>
            <numerusform>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minutes, so their start times must be at least that far apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute(s), so their start times must be at least that far apart (across midnight).</source>
        <translation>
            <numerusform>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute, so their start times must be at least that far apart (across midnight).</numerusform>
            <numerusform>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minutes, so their start times must be at least that far apart (across midnight).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail checks: {times} for %n minute(s), {weekdays} ({timezone}).</source>
        <translation>
            <numerusform>Mail checks: {times} for %n minute, {weekdays} ({timezone}).</numerusform>
            <numerusform>Mail checks: {times} for %n minutes, {weekdays} ({timezone}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminder %n minute(s) before.</source>
        <translation>
            <numerusform>Reminder %n minute before.</numerusform>
            <numerusform>Reminder %n minutes before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverText</name>
    <message numerus="yes">
        <source>Away on %n account(s)</source>
        <translation>
            <numerusform>Away on %n account</numerusform>
            <numerusform>Away on %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoAwayDialog</name>
    <message numerus="yes">
        <source>Change the reply on %n account(s), no end date</source>
        <translation>
            <numerusform>Change the reply on %n account, no end date</numerusform>
            <numerusform>Change the reply on %n accounts, no end date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply on %n account(s), no end date</source>
        <translation>
            <numerusform>Set the reply on %n account, no end date</numerusform>
            <numerusform>Set the reply on %n accounts, no end date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply on %n account(s) until %1</source>
        <translation>
            <numerusform>Change the reply on %n account until %1</numerusform>
            <numerusform>Change the reply on %n accounts until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply on %n account(s) until %1</source>
        <translation>
            <numerusform>Set the reply on %n account until %1</numerusform>
            <numerusform>Set the reply on %n accounts until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply and forward to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Set the reply and forward to %1 on %n account until %2</numerusform>
            <numerusform>Set the reply and forward to %1 on %n accounts until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply and forward to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Set the reply and forward to %1 on %n account, no end date</numerusform>
            <numerusform>Set the reply and forward to %1 on %n accounts, no end date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply and forwarding to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Change the reply and forwarding to %1 on %n account until %2</numerusform>
            <numerusform>Change the reply and forwarding to %1 on %n accounts until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply and forwarding to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Change the reply and forwarding to %1 on %n account, no end date</numerusform>
            <numerusform>Change the reply and forwarding to %1 on %n accounts, no end date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward mail to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Forward mail to %1 on %n account until %2</numerusform>
            <numerusform>Forward mail to %1 on %n accounts until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward mail to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Forward mail to %1 on %n account, no end date</numerusform>
            <numerusform>Forward mail to %1 on %n accounts, no end date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the forwarding to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Change the forwarding to %1 on %n account until %2</numerusform>
            <numerusform>Change the forwarding to %1 on %n accounts until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the forwarding to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Change the forwarding to %1 on %n account, no end date</numerusform>
            <numerusform>Change the forwarding to %1 on %n accounts, no end date</numerusform>
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
    <name>ReviewText</name>
    <message numerus="yes">
        <source>Evaluation of the plan since %1 (%n week(s))</source>
        <translation>
            <numerusform>Evaluation of the plan since %1 (%n week)</numerusform>
            <numerusform>Evaluation of the plan since %1 (%n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>These windows overlap: start times must be at least %n minute(s) apart.</source>
        <translation>
            <numerusform>These windows overlap: start times must be at least %n minute apart.</numerusform>
            <numerusform>These windows overlap: start times must be at least %n minutes apart.</numerusform>
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
    <message numerus="yes">
        <source>%n interruption(s) from %1 this week.</source>
        <translation>
            <numerusform>%n interruption from %1 this week.</numerusform>
            <numerusform>%n interruptions from %1 this week.</numerusform>
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
