<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentsPane</name>
    <message numerus="yes">
        <source>Deleted %n agent(s).</source>
        <translation>
            <numerusform>Deleted %n agent.</numerusform>
            <numerusform>Deleted %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %n agent(s).</source>
        <translation>
            <numerusform>Assigned %1 to %n agent.</numerusform>
            <numerusform>Assigned %1 to %n agents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPane</name>
    <message numerus="yes">
        <source>Revoke these %n consents? Their refresh tokens stop working at once; the agents must ask the users again.</source>
        <translation>
            <numerusform>Revoke %n consent? Its refresh tokens stop working at once; the agent must ask the user again.</numerusform>
            <numerusform>Revoke these %n consents? Their refresh tokens stop working at once; the agents must ask the users again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n consent(s).</source>
        <translation>
            <numerusform>Revoked %n consent.</numerusform>
            <numerusform>Revoked %n consents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message numerus="yes">
        <source>Create a new secret for %1? The current secret keeps working for %n second(s), then stops.</source>
        <translation>
            <numerusform>Create a new secret for %1? The current secret keeps working for %n second, then stops.</numerusform>
            <numerusform>Create a new secret for %1? The current secret keeps working for %n seconds, then stops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n secret(s) of %1 and its tokens.</source>
        <translation>
            <numerusform>Revoked %n secret of %1 and its tokens.</numerusform>
            <numerusform>Revoked %n secrets of %1 and its tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowRunner</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryConnector</name>
    <message numerus="yes">
        <source>Applying the retention of %n day(s): %1</source>
        <translation>
            <numerusform>Applying the retention of %n day: %1</numerusform>
            <numerusform>Applying the retention of %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryEventDetail</name>
    <message numerus="yes">
        <source>%1 acts for %2 through a chain of %n actor(s).</source>
        <translation>
            <numerusform>%1 acts for %2 through a chain of %n actor.</numerusform>
            <numerusform>%1 acts for %2 through a chain of %n actors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message numerus="yes">
        <source>, %n file(s) refused</source>
        <translation>
            <numerusform>, %n file refused</numerusform>
            <numerusform>, %n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation>
            <numerusform> (%n file)</numerusform>
            <numerusform> (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n paths…</source>
        <translation>
            <numerusform>Importing %n path…</numerusform>
            <numerusform>Importing %n paths…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message numerus="yes">
        <source>%n events in %1 intervals</source>
        <translation>
            <numerusform>%n event in %1 intervals</numerusform>
            <numerusform>%n events in %1 intervals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTray</name>
    <message numerus="yes">
        <source>ThunderID Console — %n request(s) waiting for your approval</source>
        <translation>
            <numerusform>ThunderID Console — %n request waiting for your approval</numerusform>
            <numerusform>ThunderID Console — %n requests waiting for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your approval</source>
        <translation>
            <numerusform>%n request waiting for your approval</numerusform>
            <numerusform>%n requests waiting for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPane</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rule(s))</source>
        <translation>
            <numerusform>%1 (%n rule)</numerusform>
            <numerusform>%1 (%n rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not valid (%n error(s))</source>
        <translation>
            <numerusform>not valid (%n error)</numerusform>
            <numerusform>not valid (%n errors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceServersPane</name>
    <message numerus="yes">
        <source>Delete “%1” (%2) with its %n resource(s) and action(s)? Roles lose the permissions it defines. This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” (%2) with its %n resource or action? Roles lose the permissions it defines. This cannot be undone.</numerusform>
            <numerusform>Delete “%1” (%2) with its %n resources and actions? Roles lose the permissions it defines. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message numerus="yes">
        <source>Removed %n assignment(s) from %1.</source>
        <translation>
            <numerusform>Removed %n assignment from %1.</numerusform>
            <numerusform>Removed %n assignments from %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
