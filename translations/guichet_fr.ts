<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Guichet::Cache</name>
    <message>
        <source>A cache already exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cache here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of this cache is missing: the cache cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the cache files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Cli::CliApp</name>
    <message>
        <source>Usage: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Guichet&apos;s core, headless: for scripts, operations and tests.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;guichet-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage, 3 server unavailable, 4 login refused,
5 cache locked, 6 refused by the server, 7 not found.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see guichet-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guichet-cli %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guichet-cli %1 (Qt %2, SQLCipher %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file (default: the agent&apos;s cache under the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cache at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the local cache: schema, cipher, key method, counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::KeyVault</name>
    <message>
        <source>The key file of this cache cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of this cache is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file (disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds a damaged key for this cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache&apos;s key is in the keychain: it has no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this cache is no longer in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Store</name>
    <message>
        <source>The outbox entry vanished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MainWindow</name>
    <message>
        <source>Guichet — Brigade numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Guichet&lt;/h2&gt;&lt;p&gt;Server: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet: the Brigade numérique&apos;s workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
