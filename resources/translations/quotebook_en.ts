<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddTagDialog</name>
    <message numerus="yes">
        <source>&amp;Tag the {n} selected quote(s) with:</source>
        <translation>
            <numerusform>&amp;Tag the {n} selected quote with:</numerusform>
            <numerusform>&amp;Tag the {n} selected quotes with:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleImportDialog</name>
    <message numerus="yes">
        <source>%n quote(s) found.</source>
        <translation>
            <numerusform>%n quote found.</numerusform>
            <numerusform>%n quotes found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n already in the library.</numerusform>
            <numerusform>%n already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unsure speaker, marked %1.</source>
        <translation>
            <numerusform>%n with an unsure speaker, marked %1.</numerusform>
            <numerusform>%n with an unsure speaker, marked %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message numerus="yes">
        <source>For the {n} selected quote(s):</source>
        <translation>
            <numerusform>For the {n} selected quote:</numerusform>
            <numerusform>For the {n} selected quotes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Date said for the {n} selected quote(s), YYYY-MM-DD (empty clears it):</source>
        <translation>
            <numerusform>Date said for the {n} selected quote, YYYY-MM-DD (empty clears it):</numerusform>
            <numerusform>Date said for the {n} selected quotes, YYYY-MM-DD (empty clears it):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{quotes} quote(s) of {sources} will be more open: {rule}. Their sources may then be named or described where they were not.</source>
        <translation>
            <numerusform>{quotes} quote of {sources} will be more open: {rule}. Its source may then be named or described where it was not.</numerusform>
            <numerusform>{quotes} quotes of {sources} will be more open: {rule}. Their sources may then be named or described where they were not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{quotes} quote(s) of {sources} follow their source&apos;s ground rule and will take the new source&apos;s, which is more open: {rule}. Their sources may then be named or described where they were not.</source>
        <translation>
            <numerusform>{quotes} quote of {sources} follows its source&apos;s ground rule and will take the new source&apos;s, which is more open: {rule}. Its source may then be named or described where it was not.</numerusform>
            <numerusform>{quotes} quotes of {sources} follow their source&apos;s ground rule and will take the new source&apos;s, which is more open: {rule}. Their sources may then be named or described where they were not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed {n} quote(s). Undo puts them back.</source>
        <translation>
            <numerusform>Changed {n} quote. Undo puts it back.</numerusform>
            <numerusform>Changed {n} quotes. Undo puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionCommands</name>
    <message numerus="yes">
        <source>%n backup(s) could not be opened with either passphrase and were left as they were: %1</source>
        <translation>
            <numerusform>%n backup could not be opened with either passphrase and was left as it was: %1</numerusform>
            <numerusform>%n backups could not be opened with either passphrase and were left as they were: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library and %n backup(s) are now encrypted. Without the passphrase nobody can read them.</source>
        <translation>
            <numerusform>The library and %n backup are now encrypted. Without the passphrase nobody can read them.</numerusform>
            <numerusform>The library and %n backups are now encrypted. Without the passphrase nobody can read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library and %n backup(s) now open with the new passphrase only. Copies made before elsewhere still open with the old one.</source>
        <translation>
            <numerusform>The library and %n backup now open with the new passphrase only. Copies made before elsewhere still open with the old one.</numerusform>
            <numerusform>The library and %n backups now open with the new passphrase only. Copies made before elsewhere still open with the old one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library and %n backup(s) are now stored unencrypted: anyone who can read the files can read them.</source>
        <translation>
            <numerusform>The library and %n backup are now stored unencrypted: anyone who can read the files can read them.</numerusform>
            <numerusform>The library and %n backups are now stored unencrypted: anyone who can read the files can read them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>{n} quote(s) could not be read and were left out (quote {ids}): the library is damaged there. Restore it from a backup (File → Restore from backup…).</source>
        <translation>
            <numerusform>{n} quote could not be read and was left out (quote {ids}): the library is damaged there. Restore it from a backup (File → Restore from backup…).</numerusform>
            <numerusform>{n} quotes could not be read and were left out (quote {ids}): the library is damaged there. Restore it from a backup (File → Restore from backup…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} background quote(s) are attributed to &quot;a source&quot; because their source has no &quot;described as&quot; text (quote {ids}); write one so the editor can describe them.</source>
        <translation>
            <numerusform>{n} background quote is attributed to &quot;a source&quot; because its source has no &quot;described as&quot; text (quote {ids}); write one so the editor can describe it.</numerusform>
            <numerusform>{n} background quotes are attributed to &quot;a source&quot; because their source has no &quot;described as&quot; text (quote {ids}); write one so the editor can describe them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <source>Imported %n quote(s) from the article.</source>
        <translation>
            <numerusform>Imported %n quote from the article.</numerusform>
            <numerusform>Imported %n quotes from the article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up {quotes} quote(s) to {path}</source>
        <translation>
            <numerusform>Backed up {quotes} quote to {path}</numerusform>
            <numerusform>Backed up {quotes} quotes to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message numerus="yes">
        <source>Copied {n} quote(s) with attribution.</source>
        <translation>
            <numerusform>Copied {n} quote with attribution.</numerusform>
            <numerusform>Copied {n} quotes with attribution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of the selected quote(s) were given off the record and may not be used, so they were not copied.</source>
        <translation>
            <numerusform>{n} of the selected quotes was given off the record and may not be used, so it was not copied.</numerusform>
            <numerusform>{n} of the selected quotes were given off the record and may not be used, so they were not copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved {n} quote(s) to the trash. Undo puts them back.</source>
        <translation>
            <numerusform>Moved {n} quote to the trash. Undo puts it back.</numerusform>
            <numerusform>Moved {n} quotes to the trash. Undo puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving {n} quote(s) to the trash…</source>
        <translation>
            <numerusform>Moving {n} quote to the trash…</numerusform>
            <numerusform>Moving {n} quotes to the trash…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} quote(s) from the trash.</source>
        <translation>
            <numerusform>Restored {n} quote from the trash.</numerusform>
            <numerusform>Restored {n} quotes from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {n} quote(s)…</source>
        <translation>
            <numerusform>Restoring {n} quote…</numerusform>
            <numerusform>Restoring {n} quotes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the {n} quote(s) in the trash for good? This is the one change that cannot be undone; the rest of your history stays.</source>
        <translation>
            <numerusform>Delete the {n} quote in the trash for good? This is the one change that cannot be undone; the rest of your history stays.</numerusform>
            <numerusform>Delete the {n} quotes in the trash for good? This is the one change that cannot be undone; the rest of your history stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged {n} quote(s) “{tag}”.</source>
        <translation>
            <numerusform>Tagged {n} quote “{tag}”.</numerusform>
            <numerusform>Tagged {n} quotes “{tag}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take this tag off the {n} selected quote(s):</source>
        <translation>
            <numerusform>Take this tag off the {n} selected quote:</numerusform>
            <numerusform>Take this tag off the {n} selected quotes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “{tag}” from {n} quote(s).</source>
        <translation>
            <numerusform>Removed “{tag}” from {n} quote.</numerusform>
            <numerusform>Removed “{tag}” from {n} quotes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScrubOffer</name>
    <message numerus="yes">
        <source>The trash is empty; {n} backup(s) still hold what it held.</source>
        <translation>
            <numerusform>The trash is empty; {n} backup still holds what it held.</numerusform>
            <numerusform>The trash is empty; {n} backups still hold what it held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) of this library still hold the quotes and sources you deleted. Scrub them from the backups too? Each backup is rewritten without them and checked. If you keep them, the deleted quotes can be restored from a backup, and anyone who gets the backups can read them.</source>
        <translation>
            <numerusform>{n} backup of this library still holds the quotes and sources you deleted. Scrub them from the backup too? The backup is rewritten without them and checked. If you keep it, the deleted quotes can be restored from it, and anyone who gets the backup can read them.</numerusform>
            <numerusform>{n} backups of this library still hold the quotes and sources you deleted. Scrub them from the backups too? Each backup is rewritten without them and checked. If you keep them, the deleted quotes can be restored from a backup, and anyone who gets the backups can read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scrubbed the deleted quotes from {n} backup(s).</source>
        <translation>
            <numerusform>Scrubbed the deleted quotes from {n} backup.</numerusform>
            <numerusform>Scrubbed the deleted quotes from {n} backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message numerus="yes">
        <source>Exported {n} quote(s) to {path}</source>
        <translation>
            <numerusform>Exported {n} quote to {path}</numerusform>
            <numerusform>Exported {n} quotes to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} quote(s) more open than their sources&apos; ground rule: marked ⚠ in the table</source>
        <translation>
            <numerusform>{n} quote more open than its source&apos;s ground rule: marked ⚠ in the table</numerusform>
            <numerusform>{n} quotes more open than their sources&apos; ground rule: marked ⚠ in the table</numerusform>
        </translation>
    </message>
</context>
</TS>
