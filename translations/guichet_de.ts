<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Guichet::Cache</name>
    <message>
        <source>A cache already exists here.</source>
        <translation>Hier gibt es bereits einen Cache.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder.</source>
        <translation>Der Cache-Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no cache here.</source>
        <translation>Hier gibt es keinen Cache.</translation>
    </message>
    <message>
        <source>The key file of this cache is missing: the cache cannot be opened.</source>
        <translation>Die Schlüsseldatei dieses Caches fehlt: Der Cache kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot delete the cache files.</source>
        <translation>Die Cache-Dateien können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Cannot put the new cache in place.</source>
        <translation>Der neue Cache kann nicht an seinen Platz gebracht werden.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Dieser Cache öffnet sich mit dem Passwort seines Agenten.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
</context>
<context>
    <name>Guichet::Cli::CliApp</name>
    <message>
        <source>The cache file (default: under the user&apos;s data folder).</source>
        <translation>Die Cache-Datei (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>The server&apos;s URL (remembered by login).</source>
        <translation>Die URL des Servers (von login gespeichert).</translation>
    </message>
    <message>
        <source>The agent&apos;s login (remembered by login).</source>
        <translation>Der Benutzername des Agenten (von login gespeichert).</translation>
    </message>
    <message>
        <source>Do not contact the server: cached data only.</source>
        <translation>Den Server nicht kontaktieren: nur Daten aus dem Cache.</translation>
    </message>
    <message>
        <source>Seconds to wait for the server (default 20).</source>
        <translation>Wartezeit auf den Server in Sekunden (Standard 20).</translation>
    </message>
    <message>
        <source>Keep the cache key under a passphrase (GUICHET_PASSPHRASE), not in the keychain.</source>
        <translation>Den Cache-Schlüssel mit einer Passphrase (GUICHET_PASSPHRASE) schützen statt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Only conversations I hold.</source>
        <translation>Nur Konversationen, die ich übernommen habe.</translation>
    </message>
    <message>
        <source>Only conversations in this state (queued, claimed, closed).</source>
        <translation>Nur Konversationen in diesem Zustand (queued, claimed, closed).</translation>
    </message>
    <message>
        <source>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</source>
        <translation>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</translation>
    </message>
    <message>
        <source>Transfer to this agent (default: back to the queue).</source>
        <translation>An diesen Agenten weitergeben (Standard: zurück in die Warteschlange).</translation>
    </message>
    <message>
        <source>Text sent to the citizen with the redirection.</source>
        <translation>Text, der dem Bürger mit dem Verweis gesendet wird.</translation>
    </message>
    <message>
        <source>Every refused command.</source>
        <translation>Alle abgelehnten Befehle.</translation>
    </message>
    <message>
        <source>give --store FILE, or --server URL and --login NAME</source>
        <translation>geben Sie --store FILE an, oder --server URL und --login NAME</translation>
    </message>
    <message>
        <source>no cache at %1: run &quot;guichet-cli login&quot; first</source>
        <translation>kein Cache unter %1: Führen Sie zuerst „guichet-cli login“ aus</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>the server at %1 did not answer in time (--timeout)</source>
        <translation>der Server %1 hat nicht rechtzeitig geantwortet (--timeout)</translation>
    </message>
    <message>
        <source>a supervisor ordered this cache wiped: it has been deleted</source>
        <translation>ein Supervisor hat die Löschung dieses Caches angeordnet: Er wurde gelöscht</translation>
    </message>
    <message>
        <source>offline (--offline)</source>
        <translation>offline (--offline)</translation>
    </message>
    <message>
        <source>%1 (set GUICHET_PASSWORD to log in again)</source>
        <translation>%1 (setzen Sie GUICHET_PASSWORD, um sich erneut anzumelden)</translation>
    </message>
    <message>
        <source>%1: the command waits in the outbox and goes out at the next sync (guichet-cli sync)</source>
        <translation>%1: Der Befehl wartet im Postausgang und wird bei der nächsten Synchronisierung gesendet (guichet-cli sync)</translation>
    </message>
    <message>
        <source>no answer yet: the command waits in the outbox</source>
        <translation>noch keine Antwort: Der Befehl wartet im Postausgang</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>login needs --server URL and --login NAME</source>
        <translation>login benötigt --server URL und --login NAME</translation>
    </message>
    <message>
        <source>put the password in GUICHET_PASSWORD (never on the command line)</source>
        <translation>legen Sie das Passwort in GUICHET_PASSWORD ab (nie auf der Befehlszeile)</translation>
    </message>
    <message>
        <source> — no keychain here: set GUICHET_PASSPHRASE to protect the cache with a passphrase</source>
        <translation> — hier gibt es keinen Schlüsselbund: Setzen Sie GUICHET_PASSPHRASE, um den Cache mit einer Passphrase zu schützen</translation>
    </message>
    <message>
        <source>cache created at %1 (key in the %2)</source>
        <translation>Cache unter %1 angelegt (Schlüssel: %2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation>passphrasegeschützte Schlüsseldatei</translation>
    </message>
    <message>
        <source>logged in as %1 (%2); %3 conversations in the cache</source>
        <translation>angemeldet als %1 (%2); Konversationen im Cache: %3</translation>
    </message>
    <message>
        <source>--state is queued, claimed or closed</source>
        <translation>--state ist queued, claimed oder closed</translation>
    </message>
    <message>
        <source>guichet-cli: offline, showing the cache (%1)</source>
        <translation>guichet-cli: offline, Anzeige aus dem Cache (%1)</translation>
    </message>
    <message>
        <source>show CONVERSATION (a number)</source>
        <translation>show CONVERSATION (eine Nummer)</translation>
    </message>
    <message>
        <source>no conversation %1 in the cache</source>
        <translation>keine Konversation %1 im Cache</translation>
    </message>
    <message>
        <source>synced to %1; %2 commands still waiting</source>
        <translation>synchronisiert bis %1; noch wartende Befehle: %2</translation>
    </message>
    <message>
        <source>guichet-cli: command %1 on conversation %2 refused: %3 (kept until &quot;guichet-cli sync dismiss&quot;)</source>
        <translation>guichet-cli: Befehl %1 für Konversation %2 abgelehnt: %3 (aufbewahrt bis „guichet-cli sync dismiss“)</translation>
    </message>
    <message>
        <source>server %1, agent %2</source>
        <translation>Server %1, Agent %2</translation>
    </message>
    <message>
        <source>cursor %1, last sync %2</source>
        <translation>Cursor %1, letzte Synchronisierung %2</translation>
    </message>
    <message>
        <source>outbox: %1 waiting, %2 refused</source>
        <translation>Postausgang: %1 wartend, %2 abgelehnt</translation>
    </message>
    <message>
        <source>sync dismiss COMMAND… or sync dismiss --all</source>
        <translation>sync dismiss COMMAND… oder sync dismiss --all</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n refused command(s) dismissed.</source>
        <translation>
            <numerusform>%n abgelehnter Befehl entfernt.</numerusform>
            <numerusform>%n abgelehnte Befehle entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in (password in GUICHET_PASSWORD), creating the cache on first use.</source>
        <translation>Anmelden (Passwort in GUICHET_PASSWORD); legt beim ersten Mal den Cache an.</translation>
    </message>
    <message>
        <source>List open conversations (synced first, or the cache when offline).</source>
        <translation>Offene Konversationen auflisten (nach einer Synchronisierung, offline aus dem Cache).</translation>
    </message>
    <message>
        <source>Show a conversation and its messages.</source>
        <translation>Eine Konversation und ihre Nachrichten anzeigen.</translation>
    </message>
    <message>
        <source>Take a conversation, or the next one in the queue.</source>
        <translation>Eine Konversation übernehmen, oder die nächste aus der Warteschlange.</translation>
    </message>
    <message>
        <source>claim CONVERSATION or claim next</source>
        <translation>claim CONVERSATION oder claim next</translation>
    </message>
    <message>
        <source>Give a conversation back to the queue.</source>
        <translation>Eine Konversation an die Warteschlange zurückgeben.</translation>
    </message>
    <message>
        <source>release CONVERSATION</source>
        <translation>release CONVERSATION</translation>
    </message>
    <message>
        <source>Answer a conversation (TEXT, or - to read it from stdin).</source>
        <translation>In einer Konversation antworten (TEXT, oder - zum Lesen von der Standardeingabe).</translation>
    </message>
    <message>
        <source>reply CONVERSATION TEXT</source>
        <translation>reply CONVERSATION TEXT</translation>
    </message>
    <message>
        <source>Hand a conversation to another agent, or back to the queue.</source>
        <translation>Eine Konversation an einen anderen Agenten weitergeben, oder zurück in die Warteschlange.</translation>
    </message>
    <message>
        <source>transfer CONVERSATION [--to LOGIN]</source>
        <translation>transfer CONVERSATION [--to LOGIN]</translation>
    </message>
    <message>
        <source>Close a conversation with its outcome.</source>
        <translation>Eine Konversation mit ihrem Ergebnis abschließen.</translation>
    </message>
    <message>
        <source>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</source>
        <translation>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</translation>
    </message>
    <message>
        <source>Redirect a citizen to Pharos, Perceval, Thésée, Plainte en ligne or the brigade.</source>
        <translation>Einen Bürger an Pharos, Perceval, Thésée, Plainte en ligne oder die Brigade verweisen.</translation>
    </message>
    <message>
        <source>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</source>
        <translation>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</translation>
    </message>
    <message>
        <source>Sync the cache and send the outbox.</source>
        <translation>Den Cache synchronisieren und den Postausgang senden.</translation>
    </message>
    <message>
        <source>Cursor, last sync and outbox, from the cache.</source>
        <translation>Cursor, letzte Synchronisierung und Postausgang, laut Cache.</translation>
    </message>
    <message>
        <source>Remove refused commands from the outbox, once read.</source>
        <translation>Abgelehnte Befehle aus dem Postausgang entfernen, sobald gelesen.</translation>
    </message>
    <message>
        <source>Usage: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Guichet&apos;s core, headless: for scripts, operations and tests.

Commands:
</source>
        <translation>Aufruf: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Der Kern von Guichet ohne grafische Oberfläche: für Skripte, Betrieb und Tests.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;guichet-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage, 3 server unavailable, 4 login refused,
5 cache locked, 6 refused by the server, 7 not found.
</source>
        <translation>
Die Optionen eines Befehls zeigt „guichet-cli COMMAND --help“.
Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf, 3 Server nicht erreichbar, 4 Anmeldung abgelehnt,
5 Cache gesperrt, 6 vom Server abgelehnt, 7 nicht gefunden.
</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare Ausgabe im JSON-Format.</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see guichet-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe guichet-cli --help)</translation>
    </message>
    <message>
        <source>Usage: guichet-cli %1 %2
</source>
        <translation>Aufruf: guichet-cli %1 %2
</translation>
    </message>
    <message>
        <source>guichet-cli %1 (Qt %2, SQLCipher %3)</source>
        <translation>guichet-cli %1 (Qt %2, SQLCipher %3)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>The knowledge base, JSON Lines (default: the base shipped with Guichet).</source>
        <translation>Die Wissensdatenbank im Format JSON Lines (Standard: die mit Guichet gelieferte).</translation>
    </message>
    <message>
        <source>The language of the query: fr, en, de, it, es.</source>
        <translation>Die Sprache der Suchanfrage: fr, en, de, it, es.</translation>
    </message>
    <message>
        <source>Synonyms file (default: the synonyms shipped with Guichet).</source>
        <translation>Synonymdatei (Standard: die mit Guichet gelieferten Synonyme).</translation>
    </message>
    <message>
        <source>Show how each query word matched (text output).</source>
        <translation>Zeigen, wie jedes Wort der Suchanfrage getroffen hat (Textausgabe).</translation>
    </message>
    <message>
        <source>--lang is required (%1)</source>
        <translation>--lang ist erforderlich (%1)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation>unbekannte Sprache „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>no query (usage: guichet-cli faq search --lang LL QUERY…)</source>
        <translation>keine Suchanfrage (Aufruf: guichet-cli faq search --lang LL QUERY…)</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 (übersprungen)</translation>
    </message>
    <message>
        <source>No entry found.</source>
        <translation>Kein Eintrag gefunden.</translation>
    </message>
    <message>
        <source>(no %1 translation)</source>
        <translation>(Übersetzung %1 fehlt)</translation>
    </message>
    <message>
        <source>Search a knowledge base as the agents&apos; FAQ panel does.</source>
        <translation>Eine Wissensdatenbank so durchsuchen, wie es das FAQ-Feld der Agenten tut.</translation>
    </message>
    <message>
        <source>The cache file (default: the agent&apos;s cache under the user&apos;s data folder).</source>
        <translation>Die Cache-Datei (Standard: der Cache des Agenten im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation>Die URL des Servers.</translation>
    </message>
    <message>
        <source>The agent&apos;s login.</source>
        <translation>Der Benutzername des Agenten.</translation>
    </message>
    <message>
        <source>Remove conversations closed more than N days ago (0: every closed conversation).</source>
        <translation>Konversationen entfernen, die vor mehr als N Tagen abgeschlossen wurden (0: alle abgeschlossenen Konversationen).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Move a key held by the system keychain under a passphrase.</source>
        <translation>Einen Schlüssel aus dem System-Schlüsselbund unter den Schutz einer Passphrase stellen.</translation>
    </message>
    <message>
        <source>no cache at %1</source>
        <translation>kein Cache unter %1</translation>
    </message>
    <message>
        <source>GUICHET_NEW_PASSPHRASE is empty</source>
        <translation>GUICHET_NEW_PASSPHRASE ist leer</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>no new passphrase (set GUICHET_NEW_PASSPHRASE, or type it twice on stdin)</source>
        <translation>keine neue Passphrase (setzen Sie GUICHET_NEW_PASSPHRASE, oder geben Sie sie zweimal auf der Standardeingabe ein)</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <source>the two new passphrases differ: nothing was changed</source>
        <translation>die beiden neuen Passphrasen unterscheiden sich: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The key of this cache is held by the system keychain: there is no passphrase to change, nothing was changed.
To protect it with a passphrase instead, run &quot;guichet-cli store passphrase --from-keychain&quot;.</source>
        <translation>Der Schlüssel dieses Caches liegt im System-Schlüsselbund: Es gibt keine Passphrase zu ändern, es wurde nichts geändert.
Um ihn stattdessen mit einer Passphrase zu schützen, führen Sie „guichet-cli store passphrase --from-keychain“ aus.</translation>
    </message>
    <message>
        <source>The cache key has left the keychain: it is now protected by the new passphrase.</source>
        <translation>Der Cache-Schlüssel hat den Schlüsselbund verlassen: Er ist jetzt durch die neue Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <source>put the current passphrase in GUICHET_PASSPHRASE</source>
        <translation>legen Sie die aktuelle Passphrase in GUICHET_PASSPHRASE ab</translation>
    </message>
    <message>
        <source>Passphrase changed; the cache itself was not rewritten.</source>
        <translation>Passphrase geändert; der Cache selbst wurde nicht neu geschrieben.</translation>
    </message>
    <message>
        <source>store purge needs --days N (0 to %1)</source>
        <translation>store purge benötigt --days N (0 bis %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed conversation(s) removed from the cache.</source>
        <translation>
            <numerusform>%n geschlossene Konversation aus dem Cache entfernt.</numerusform>
            <numerusform>%n geschlossene Konversationen aus dem Cache entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy the cache %1 and its key? Commands not yet sent will be lost. Type &quot;yes&quot; to confirm: </source>
        <translation>Cache %1 und seinen Schlüssel vernichten? Noch nicht gesendete Befehle gehen verloren. Zum Bestätigen „ja“ eingeben: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted (type yes, or add --yes)</source>
        <translation>nicht bestätigt: Es wurde nichts gelöscht (geben Sie ja ein, oder fügen Sie --yes hinzu)</translation>
    </message>
    <message>
        <source>Cache and key destroyed: %1</source>
        <translation>Cache und Schlüssel vernichtet: %1</translation>
    </message>
    <message>
        <source>Describe the local cache: schema, cipher, key method, counts.</source>
        <translation>Den lokalen Cache beschreiben: Schema, Verschlüsselung, Schutz des Schlüssels, Anzahlen.</translation>
    </message>
    <message>
        <source>Change the cache passphrase; nothing is re-encrypted.</source>
        <translation>Die Passphrase des Caches ändern; nichts wird neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Retention: remove conversations closed more than N days ago.</source>
        <translation>Aufbewahrung: Konversationen entfernen, die vor mehr als N Tagen abgeschlossen wurden.</translation>
    </message>
    <message>
        <source>Destroy the cache and its key (asks first, unless --yes).</source>
        <translation>Den Cache und seinen Schlüssel vernichten (fragt vorher nach, außer mit --yes).</translation>
    </message>
    <message>
        <source>The language of the answer to return when the entry exists in it (default: the query&apos;s).</source>
        <translation>Die Sprache der zurückgegebenen Antwort, wenn der Eintrag in ihr vorliegt (Standard: die der Suchanfrage).</translation>
    </message>
    <message>
        <source>unknown answer language &quot;%1&quot; (expected %2)</source>
        <translation>unbekannte Antwortsprache „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>At most N entries (default 10).</source>
        <translation>Höchstens N Einträge (Standard 10).</translation>
    </message>
    <message>
        <source>Raise the emergency flag (top of every queue).</source>
        <translation>Die Notfall-Markierung setzen (an die Spitze jeder Warteschlange).</translation>
    </message>
    <message>
        <source>Lower the emergency flag.</source>
        <translation>Die Notfall-Markierung entfernen.</translation>
    </message>
    <message>
        <source>Raise the sexual and gender-based violence flag (goes first).</source>
        <translation>Die Markierung für sexualisierte und geschlechtsspezifische Gewalt setzen (kommt zuerst).</translation>
    </message>
    <message>
        <source>Lower the SGBV flag.</source>
        <translation>Die Gewalt-Markierung entfernen.</translation>
    </message>
    <message>
        <source>Raise or lower a conversation&apos;s emergency and SGBV flags, overruling triage.</source>
        <translation>Notfall- und Gewalt-Markierung einer Konversation setzen oder entfernen, entgegen der Triage.</translation>
    </message>
    <message>
        <source>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</source>
        <translation>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</translation>
    </message>
    <message>
        <source>Brigade: the id of the message that asked the citizen for consent.</source>
        <translation>Brigade: die ID der Nachricht, die den Bürger um Zustimmung gebeten hat.</translation>
    </message>
    <message>
        <source>Brigade: the id of the citizen&apos;s message that gave consent.</source>
        <translation>Brigade: die ID der Nachricht des Bürgers, die die Zustimmung gab.</translation>
    </message>
    <message>
        <source>Only this language&apos;s version (default: every language).</source>
        <translation>Nur die Fassung in dieser Sprache (Standard: alle Sprachen).</translation>
    </message>
    <message>
        <source>Supervisors: take a knowledge-base entry out of every workstation.</source>
        <translation>Supervisoren: einen Eintrag der Wissensdatenbank von allen Arbeitsplätzen entfernen.</translation>
    </message>
    <message>
        <source>--lang expects fr, en, de, it or es</source>
        <translation>--lang erwartet fr, en, de, it oder es</translation>
    </message>
    <message>
        <source>faq retire ID [--lang LL]</source>
        <translation>faq retire ID [--lang LL]</translation>
    </message>
    <message>
        <source>no cross-language lexicon: %1</source>
        <translation>kein sprachübergreifendes Lexikon: %1</translation>
    </message>
    <message>
        <source>The supervisor&apos;s login (password in GUICHET_PASSWORD).</source>
        <translation>Die Kennung des Supervisors (Passwort in GUICHET_PASSWORD).</translation>
    </message>
    <message>
        <source>First day of the report (YYYY-MM-DD).</source>
        <translation>Erster Tag des Berichts (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day of the report (YYYY-MM-DD).</source>
        <translation>Letzter Tag des Berichts (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Write the report to this CSV file.</source>
        <translation>Den Bericht in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>the server did not answer in time (--timeout)</source>
        <translation>der Server hat nicht rechtzeitig geantwortet (--timeout)</translation>
    </message>
    <message>
        <source>give --server URL and --login NAME</source>
        <translation>geben Sie --server URL und --login NAME an</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the supervisor&apos;s password</source>
        <translation>setzen Sie GUICHET_PASSWORD auf das Passwort des Supervisors</translation>
    </message>
    <message>
        <source>only supervisors may use &quot;supervise&quot;: this account is not a supervisor&apos;s</source>
        <translation>nur Supervisoren dürfen „supervise“ verwenden: dieses Konto gehört keinem Supervisor</translation>
    </message>
    <message>
        <source>Waiting: %1 (on time %2, at risk %3, breached %4); emergencies %5, SGBV %6</source>
        <translation>Wartend: %1 (fristgerecht %2, gefährdet %3, überschritten %4); Notfälle %5, sexualisierte Gewalt %6</translation>
    </message>
    <message>
        <source>Today: %1 opened, %2 closed; first response p50 %3 s, p90 %4 s; satisfaction %5 (%6 answers)</source>
        <translation>Heute: %1 eröffnet, %2 abgeschlossen; erste Antwort p50 %3 s, p90 %4 s; Zufriedenheit %5 (%6 Antworten)</translation>
    </message>
    <message>
        <source>Surge: on since %1</source>
        <translation>Verstärkung: aktiv seit %1</translation>
    </message>
    <message>
        <source>Surge: off</source>
        <translation>Verstärkung: aus</translation>
    </message>
    <message>
        <source>--from and --to expect dates, YYYY-MM-DD</source>
        <translation>--from und --to erwarten Daten, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--to comes before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>give --csv FILE</source>
        <translation>geben Sie --csv DATEI an</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) written to %1</source>
        <translation>
            <numerusform>%n Gespräch in %1 geschrieben</numerusform>
            <numerusform>%n Gespräche in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures (supervisors).</source>
        <translation>Die aktuellen Zahlen der Brigade (Supervisoren).</translation>
    </message>
    <message>
        <source>One CSV line per conversation opened in a period (supervisors).</source>
        <translation>Eine CSV-Zeile pro in einem Zeitraum eröffnetem Gespräch (Supervisoren).</translation>
    </message>
    <message>
        <source>Why (kept in the event log and the audit log).</source>
        <translation>Warum (im Ereignisprotokoll und im Audit-Protokoll festgehalten).</translation>
    </message>
    <message>
        <source>The agent who takes it (absent: the queue).</source>
        <translation>Der Agent, der sie übernimmt (fehlt er: die Warteschlange).</translation>
    </message>
    <message>
        <source>Clear the order instead.</source>
        <translation>Stattdessen die Anordnung aufheben.</translation>
    </message>
    <message>
        <source>Channels the surge opens to reservists (webchat,…).</source>
        <translation>Kanäle, die die Verstärkung den Reservisten öffnet (webchat,…).</translation>
    </message>
    <message>
        <source>Languages (fr,en,…).</source>
        <translation>Sprachen (fr,en,…).</translation>
    </message>
    <message>
        <source>How long the code stays valid (default 120).</source>
        <translation>Wie lange der Code gültig bleibt, in Minuten (Standard 120).</translation>
    </message>
    <message>
        <source>How long the account lasts at most (default 12).</source>
        <translation>Wie lange das Konto höchstens besteht, in Stunden (Standard 12).</translation>
    </message>
    <message>
        <source>The enrolment code a supervisor gave you.</source>
        <translation>Der Registrierungscode, den Ihnen ein Supervisor gegeben hat.</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it.</source>
        <translation>Ihr Name, wie ihn Ihre Kollegen sehen werden.</translation>
    </message>
    <message>
        <source>say why with --reason TEXT</source>
        <translation>geben Sie mit --reason TEXT den Grund an</translation>
    </message>
    <message>
        <source>give one conversation number</source>
        <translation>geben Sie eine Gesprächsnummer an</translation>
    </message>
    <message>
        <source>conversation %1 is back in the queue</source>
        <translation>Gespräch %1 ist wieder in der Warteschlange</translation>
    </message>
    <message>
        <source>conversation %1 reassigned to %2</source>
        <translation>Gespräch %1 an %2 neu zugewiesen</translation>
    </message>
    <message>
        <source>give one agent login</source>
        <translation>geben Sie einen Agenten-Login an</translation>
    </message>
    <message>
        <source>say on or off</source>
        <translation>geben Sie on oder off an</translation>
    </message>
    <message>
        <source>surge on</source>
        <translation>Verstärkung aktiv</translation>
    </message>
    <message>
        <source>surge off</source>
        <translation>Verstärkung beendet</translation>
    </message>
    <message>
        <source>Enrolment code: %1 (single use, valid until %2)</source>
        <translation>Registrierungscode: %1 (einmalig, gültig bis %2)</translation>
    </message>
    <message>
        <source>give --server URL, --code CODE and --login NAME</source>
        <translation>geben Sie --server URL, --code CODE und --login NAME an</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the password you choose</source>
        <translation>setzen Sie GUICHET_PASSWORD auf das Passwort, das Sie wählen</translation>
    </message>
    <message>
        <source>account %1 created (reservist); it ends with the surge</source>
        <translation>Konto %1 angelegt (Reservist); es endet mit der Verstärkung</translation>
    </message>
    <message>
        <source>Give a conversation to another agent, or back to the queue.</source>
        <translation>Ein Gespräch einem anderen Agenten geben oder zurück in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>Cut an agent off at once (supervisors).</source>
        <translation>Einen Agenten sofort abmelden und sperren (Supervisoren).</translation>
    </message>
    <message>
        <source>agent %1 disabled</source>
        <translation>Agent %1 deaktiviert</translation>
    </message>
    <message>
        <source>Let a disabled agent in again (supervisors).</source>
        <translation>Einen deaktivierten Agenten wieder zulassen (Supervisoren).</translation>
    </message>
    <message>
        <source>agent %1 enabled</source>
        <translation>Agent %1 aktiviert</translation>
    </message>
    <message>
        <source>Order (or --clear) a remote wipe of an agent&apos;s workstation cache.</source>
        <translation>Die Fernlöschung des Arbeitsplatz-Caches eines Agenten anordnen (oder mit --clear aufheben).</translation>
    </message>
    <message>
        <source>wipe order for %1 cleared</source>
        <translation>Löschanordnung für %1 aufgehoben</translation>
    </message>
    <message>
        <source>wipe ordered for %1</source>
        <translation>Löschung für %1 angeordnet</translation>
    </message>
    <message>
        <source>Start or stop a surge (reservists, wider routing).</source>
        <translation>Eine Verstärkung starten oder beenden (Reservisten, erweiterte Verteilung).</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account (during a surge).</source>
        <translation>Ein Einmalcode, mit dem ein Reservist sein Konto anlegt (während einer Verstärkung).</translation>
    </message>
    <message>
        <source>Create your reservist account with a supervisor&apos;s enrolment code.</source>
        <translation>Ihr Reservistenkonto mit dem Registrierungscode eines Supervisors anlegen.</translation>
    </message>
</context>
<context>
    <name>Guichet::ErrorText</name>
    <message>
        <source>The text is too long for this channel.</source>
        <translation>Der Text ist für diesen Kanal zu lang.</translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation>Ihre Sitzung ist beendet: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>Ihr Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Ihr Konto darf das nicht tun.</translation>
    </message>
    <message>
        <source>Too many replies: wait for the citizen to write again (X allows a few replies per message), or slow down.</source>
        <translation>Zu viele Antworten: Warten Sie, bis der Bürger erneut schreibt (X erlaubt nur wenige Antworten pro Nachricht), oder machen Sie langsamer.</translation>
    </message>
    <message>
        <source>The server does not know this conversation, message or agent.</source>
        <translation>Der Server kennt diese Konversation, diese Nachricht oder diesen Agenten nicht.</translation>
    </message>
    <message>
        <source>Another agent took this conversation first.</source>
        <translation>Ein anderer Agent hat diese Konversation zuerst übernommen.</translation>
    </message>
    <message>
        <source>You no longer hold this conversation.</source>
        <translation>Sie haben diese Konversation nicht mehr übernommen.</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>Die Konversation ist abgeschlossen.</translation>
    </message>
    <message>
        <source>That agent already holds as many conversations as allowed.</source>
        <translation>Dieser Agent hat bereits so viele Konversationen wie erlaubt.</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s present state.</source>
        <translation>Im aktuellen Zustand der Konversation nicht möglich.</translation>
    </message>
    <message>
        <source>The platform no longer accepts a reply to this citizen: its reply window is closed.</source>
        <translation>Die Plattform nimmt keine Antwort an diesen Bürger mehr an: Ihr Antwortfenster ist geschlossen.</translation>
    </message>
    <message>
        <source>The platform did not deliver the message.</source>
        <translation>Die Plattform hat die Nachricht nicht zugestellt.</translation>
    </message>
    <message>
        <source>Nobody is waiting: the queue is empty.</source>
        <translation>Niemand wartet: Die Warteschlange ist leer.</translation>
    </message>
    <message>
        <source>The server could not store it (storage problem).</source>
        <translation>Der Server konnte es nicht speichern (Speicherproblem).</translation>
    </message>
    <message>
        <source>The server met an internal error.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server is not available.</source>
        <translation>Der Server ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>The server did not accept the request (%1).</source>
        <translation>Der Server hat die Anfrage nicht angenommen (%1).</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Vom Server abgelehnt.</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent is not recorded: ask them first, then record their answer.</source>
        <translation>Die Zustimmung des Bürgers ist nicht erfasst: fragen Sie ihn zuerst und erfassen Sie dann seine Antwort.</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqFile</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>Zeile länger als %1 Byte</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same id and language)</source>
        <translation>Duplikat von Zeile %1 (gleiche ID und Sprache)</translation>
    </message>
    <message numerus="yes">
        <source>not a knowledge base: none of its %n line(s) is a valid entry (%1)</source>
        <translation>
            <numerusform>keine Wissensdatenbank: ihre %n Zeile ist kein gültiger Eintrag (%1)</numerusform>
            <numerusform>keine Wissensdatenbank: keine ihrer %n Zeilen ist ein gültiger Eintrag (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no knowledge base file at %1</source>
        <translation>keine Wissensdatenbank-Datei unter %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqLexicon</name>
    <message>
        <source>lexicon too large</source>
        <translation>Lexikon zu groß</translation>
    </message>
    <message>
        <source>lexicon line %1 malformed or out of order</source>
        <translation>Lexikonzeile %1 fehlerhaft oder nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>no lexicon file at %1</source>
        <translation>keine Lexikondatei unter %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqSynonyms</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>nicht unterstützte Version</translation>
    </message>
    <message>
        <source>unknown key (expected &quot;version&quot; or a language code)</source>
        <translation>unbekannter Schlüssel (erwartet: „version“ oder ein Sprachcode)</translation>
    </message>
    <message>
        <source>expected an array of groups</source>
        <translation>Array von Gruppen erwartet</translation>
    </message>
    <message>
        <source>expected an array of 2 to %1 words</source>
        <translation>Array mit 2 bis %1 Wörtern erwartet</translation>
    </message>
    <message>
        <source>expected a word or phrase of 1 to %1 characters</source>
        <translation>Wort oder Ausdruck mit 1 bis %1 Zeichen erwartet</translation>
    </message>
    <message>
        <source>no synonyms file at %1</source>
        <translation>keine Synonymdatei unter %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::KeyVault</name>
    <message>
        <source>The key file of this cache cannot be read.</source>
        <translation>Die Schlüsseldatei dieses Caches kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file of this cache is damaged.</source>
        <translation>Die Schlüsseldatei dieses Caches ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot write the key file: %1</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the key file (disk full?): %1</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden (Datenträger voll?): %1</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <source>A passphrase is needed.</source>
        <translation>Eine Passphrase ist erforderlich.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is in the keychain: it has no passphrase.</source>
        <translation>Der Schlüssel dieses Caches liegt im Schlüsselbund: Er hat keine Passphrase.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is already protected by a passphrase.</source>
        <translation>Der Schlüssel dieses Caches ist bereits durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Cannot delete the key file.</source>
        <translation>Die Schlüsseldatei kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The key of this cache is no longer in the system keychain.</source>
        <translation>Der Schlüssel dieses Caches ist nicht mehr im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The agent&apos;s password is needed.</source>
        <translation>Das Passwort des Agenten ist erforderlich.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Dieser Cache öffnet sich mit dem Passwort seines Agenten.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is wrapped.</source>
        <translation>Der Schlüssel dieses Caches ist verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>Guichet::NotificationPolicy</name>
    <message>
        <source>Possible emergency</source>
        <translation>Möglicher Notfall</translation>
    </message>
    <message>
        <source>%1 may be in danger: open the conversation now.</source>
        <translation>%1 ist möglicherweise in Gefahr: Öffnen Sie sofort die Konversation.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>%1 is waiting in the chat.</source>
        <translation>%1 wartet im Chat.</translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation>Antwort bald fällig</translation>
    </message>
    <message>
        <source>The conversation with %1 is about to miss its deadline.</source>
        <translation>Die Konversation mit %1 überschreitet bald ihre Frist.</translation>
    </message>
    <message>
        <source>A citizen may be in danger (%1): open the conversation now.</source>
        <translation>Ein Bürger ist möglicherweise in Gefahr (%1): Öffnen Sie sofort die Konversation.</translation>
    </message>
    <message>
        <source>A citizen is waiting in the chat (%1).</source>
        <translation>Ein Bürger wartet im Chat (%1).</translation>
    </message>
    <message>
        <source>Conversation %1 is about to miss its deadline.</source>
        <translation>Die Konversation %1 überschreitet bald ihre Frist.</translation>
    </message>
</context>
<context>
    <name>Guichet::RefusalsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Guichet::RosterModel</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Gendarme</source>
        <translation>Gendarm</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Reservist</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Conversations held out of the most the agent may hold, e.g. &quot;3 / 10&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Offline: a conversation given to them would go back to the queue.</source>
        <translation>Offline: eine ihm übergebene Unterhaltung ginge in die Warteschlange zurück.</translation>
    </message>
    <message>
        <source>Holds as many conversations as allowed.</source>
        <translation>Hält bereits so viele Unterhaltungen wie erlaubt.</translation>
    </message>
    <message>
        <source>%1, %2, %3 of %4 conversations</source>
        <extracomment>Read by screen readers for one agent of the transfer list</extracomment>
        <translation>%1, %2, %3 von %4 Unterhaltungen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No reply from this agent seen yet</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>In the roster&apos;s presence column: the account is disabled</extracomment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled: cannot log in until a supervisor or an administrator enables the account again.</source>
        <translation>Deaktiviert: kann sich nicht anmelden, bis ein Supervisor oder Administrator das Konto wieder aktiviert.</translation>
    </message>
</context>
<context>
    <name>Guichet::Store</name>
    <message>
        <source>The outbox entry vanished.</source>
        <translation>Der Eintrag im Postausgang ist verschwunden.</translation>
    </message>
</context>
<context>
    <name>Guichet::SupervisorBoard</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Possible emergencies</source>
        <translation>Mögliche Notfälle</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Sexualisierte oder geschlechtsspezifische Gewalt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Erste Antwort, 90. Perzentil</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Zufriedenheitsumfragen</translation>
    </message>
    <message>
        <source>Mean rating (1 to 5)</source>
        <translation>Durchschnittliche Bewertung (1 bis 5)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Guichet::SyncEngine</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>Das Zertifikat des Servers ist ungültig: %1</translation>
    </message>
    <message>
        <source>Log in with your password.</source>
        <translation>Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>Der Arbeitsplatz ist gesperrt.</translation>
    </message>
    <message>
        <source>No refused command with this id.</source>
        <translation>Kein abgelehnter Befehl mit dieser ID.</translation>
    </message>
    <message>
        <source>This command cannot be sent again.</source>
        <translation>Dieser Befehl kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>The server is not connected: try again once online.</source>
        <translation>Der Server ist nicht verbunden: Versuchen Sie es erneut, sobald Sie online sind.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Composer</name>
    <message>
        <source>Write your answer… (Ctrl+Enter sends)</source>
        <translation>Antwort schreiben… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ConversationPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Send the answer</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Take this conversation</source>
        <translation>Diese Konversation &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>&amp;Weitergeben…</translation>
    </message>
    <message>
        <source>&amp;Close with outcome…</source>
        <translation>Mit Ergebnis &amp;abschließen…</translation>
    </message>
    <message>
        <source>Send the &amp;17 / 112 / 114 notice</source>
        <translation>Hinweis &amp;17 / 112 / 114 senden</translation>
    </message>
    <message>
        <source>Redirect to %1…</source>
        <translation>An %1 verweisen…</translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation>Sprache des Bürgers</translation>
    </message>
    <message>
        <source>The language the citizen writes in: correct it if it was guessed wrong.</source>
        <translation>Die Sprache, in der der Bürger schreibt: Korrigieren Sie sie, wenn sie falsch erkannt wurde.</translation>
    </message>
    <message>
        <source>POSSIBLE EMERGENCY: the citizen may be in danger now. Tell them to call 17 or 112 (or send an SMS to 114) and alert your supervisor.</source>
        <translation>MÖGLICHER NOTFALL: Der Bürger ist möglicherweise gerade in Gefahr. Sagen Sie ihm, er soll die 17 oder die 112 anrufen (oder eine SMS an die 114 senden), und informieren Sie Ihren Supervisor.</translation>
    </message>
    <message>
        <source>Send the 17 / 112 / 114 notice (Ctrl+E)</source>
        <translation>Hinweis 17 / 112 / 114 senden (Strg+E)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Verweisen</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Verlauf der Konversation</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The language could not be changed</source>
        <translation>Die Sprache konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The citizen is typing…</source>
        <translation>Der Bürger schreibt…</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Konversation ausgewählt</translation>
    </message>
    <message>
        <source>Pick one in the queue, or press Ctrl+N to take the next.</source>
        <translation>Wählen Sie eine in der Warteschlange, oder drücken Sie Strg+N, um die nächste zu übernehmen.</translation>
    </message>
    <message>
        <source>Anonymous citizen</source>
        <translation>Anonymer Bürger</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>übernommen von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>SLA state: time left</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more refused)</source>
        <translation>
            <numerusform>(%n weitere abgelehnt)</numerusform>
            <numerusform>(%n weitere abgelehnt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Too long for %1: shorten the answer to %2 characters.</source>
        <translation>Zu lang für %1: Kürzen Sie die Antwort auf %2 Zeichen.</translation>
    </message>
    <message>
        <source>The answer was not sent</source>
        <translation>Die Antwort wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The conversation could not be taken</source>
        <translation>Die Konversation konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>The conversation could not be released</source>
        <translation>Die Konversation konnte nicht freigegeben werden</translation>
    </message>
    <message>
        <source>The conversation could not be transferred</source>
        <translation>Die Konversation konnte nicht weitergegeben werden</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Konversation abschließen</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Wie ist sie ausgegangen?</translation>
    </message>
    <message>
        <source>The conversation could not be closed</source>
        <translation>Die Konversation konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>The redirection was not sent</source>
        <translation>Der Verweis wurde nicht gesendet</translation>
    </message>
    <message>
        <source>Redirection to %1 sent; close the conversation when the citizen has what they need.</source>
        <translation>Verweis an %1 gesendet; schließen Sie die Konversation ab, sobald der Bürger hat, was er braucht.</translation>
    </message>
    <message>
        <source>The emergency notice was not sent</source>
        <translation>Der Notfallhinweis wurde nicht gesendet</translation>
    </message>
    <message>
        <source>Emergency notice sent. Alert your supervisor.</source>
        <translation>Notfallhinweis gesendet. Informieren Sie Ihren Supervisor.</translation>
    </message>
    <message>
        <source>No failed reply to retry in this conversation.</source>
        <translation>In dieser Konversation gibt es keine fehlgeschlagene Antwort, die erneut gesendet werden könnte.</translation>
    </message>
    <message>
        <source>The reply could not be retried</source>
        <translation>Die Antwort konnte nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>Raised by %1 at %2.</source>
        <translation>Gesetzt von %1 um %2.</translation>
    </message>
    <message>
        <source>Raised by triage at %1 (%2).</source>
        <translation>Gesetzt von der Triage um %1 (%2).</translation>
    </message>
    <message>
        <source>Raised by triage at %1 on “%2” (%3).</source>
        <translation>Gesetzt von der Triage um %1 wegen „%2“ (%3).</translation>
    </message>
    <message>
        <source>Raised by the server at %1.</source>
        <translation>Gesetzt vom Server um %1.</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Emergency flag</source>
        <translation>&amp;Notfall-Markierung</translation>
    </message>
    <message>
        <source>Raise or lower the emergency flag: top of every queue</source>
        <translation>Notfall-Markierung setzen oder entfernen: an die Spitze jeder Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Violence (SGBV) flag</source>
        <translation>Markierung &amp;Gewalt (sexualisiert/geschlechtsspezifisch)</translation>
    </message>
    <message>
        <source>Raise or lower the sexual and gender-based violence flag: first after emergencies</source>
        <translation>Markierung für sexualisierte und geschlechtsspezifische Gewalt setzen oder entfernen: zuerst nach den Notfällen</translation>
    </message>
    <message>
        <source>Resend the refused or failed reply</source>
        <translation>Abgelehnte oder fehlgeschlagene Antwort erneut senden</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Sexualisierte oder geschlechtsspezifische Gewalt</translation>
    </message>
    <message>
        <source>The action could not be sent again</source>
        <translation>Die Aktion konnte nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>Platform reply window</source>
        <translation>Antwortfenster der Plattform</translation>
    </message>
    <message>
        <source>Translation needed</source>
        <translation>Übersetzung nötig</translation>
    </message>
    <message>
        <source>SEXUAL OR GENDER-BASED VIOLENCE: this conversation goes first after emergencies.</source>
        <translation>SEXUALISIERTE ODER GESCHLECHTSSPEZIFISCHE GEWALT: Diese Konversation kommt zuerst nach den Notfällen.</translation>
    </message>
    <message>
        <source>The server refused it: %1 — %2</source>
        <translation>Der Server hat es abgelehnt: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>X: %1 left to reply, %n replies left</source>
        <translation>
            <numerusform>X: noch %1 zum Antworten, noch %n Antwort</numerusform>
            <numerusform>X: noch %1 zum Antworten, noch %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Messenger: %1 left to reply</source>
        <translation>Messenger: noch %1 zum Antworten</translation>
    </message>
    <message>
        <source>Messenger: past 24 hours, your reply goes with the human agent tag (%1 left)</source>
        <translation>Messenger: nach 24 Stunden geht Ihre Antwort mit dem Tag „human agent“ hinaus (noch %1)</translation>
    </message>
    <message>
        <source>X: no reply left for the citizen&apos;s last message: wait for them to write again</source>
        <translation>X: keine Antwort mehr auf die letzte Nachricht des Bürgers möglich: Warten Sie, bis er erneut schreibt</translation>
    </message>
    <message>
        <source>%1: the reply window is closed: the citizen must write again</source>
        <translation>%1: Das Antwortfenster ist geschlossen: Der Bürger muss erneut schreiben</translation>
    </message>
    <message>
        <source>Not sent: your reply holds the %1 text of a FAQ entry that has no %2 version. Translate it, or send again to send it as it is.</source>
        <translation>Nicht gesendet: Ihre Antwort enthält den %1-Text eines FAQ-Eintrags ohne %2-Fassung. Übersetzen Sie ihn, oder senden Sie erneut, um ihn unverändert zu senden.</translation>
    </message>
    <message>
        <source>Translate before sending: the FAQ entry has no %2 version, the text inserted is in %1.</source>
        <translation>Vor dem Senden übersetzen: Der FAQ-Eintrag hat keine %2-Fassung, der eingefügte Text ist auf %1.</translation>
    </message>
    <message>
        <source>not sent; the answer stays here.</source>
        <translation>nicht gesendet; die Antwort bleibt hier.</translation>
    </message>
    <message>
        <source>The flag could not be changed</source>
        <translation>Die Markierung konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Emergency flag raised: the conversation goes to the top of every queue.</source>
        <translation>Notfall-Markierung gesetzt: Die Konversation steht an der Spitze jeder Warteschlange.</translation>
    </message>
    <message>
        <source>Emergency flag lowered.</source>
        <translation>Notfall-Markierung entfernt.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag raised: the conversation goes first after emergencies.</source>
        <translation>Gewalt-Markierung gesetzt: Die Konversation kommt zuerst nach den Notfällen.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag lowered.</source>
        <translation>Gewalt-Markierung entfernt.</translation>
    </message>
    <message>
        <source>The reply could not be sent again</source>
        <translation>Die Antwort konnte nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Answer as a person: send with the human agent tag</source>
        <translation>Als Person &amp;antworten: mit dem Human-Agent-Tag senden</translation>
    </message>
    <message>
        <source>Meta lets a person, never an automatic answer, reply after Messenger&apos;s standard window with the human agent tag, for a limited time.</source>
        <translation>Meta erlaubt einer Person, nie einer automatischen Antwort, nach dem Standardfenster von Messenger mit dem Human-Agent-Tag zu antworten, für begrenzte Zeit.</translation>
    </message>
    <message>
        <source>Consent to forward to the brigade recorded by %1 on %2. Question shown to the citizen: “%3”</source>
        <translation>Zustimmung zur Weiterleitung an die Brigade erfasst von %1 am %2. Dem Bürger gezeigte Frage: „%3“</translation>
    </message>
    <message>
        <source>Past Messenger&apos;s standard window: tick &quot;Answer as a person&quot; to send it with the human agent tag; not sent yet.</source>
        <translation>Standardfenster von Messenger überschritten: „Als Person antworten“ ankreuzen, um mit dem Human-Agent-Tag zu senden; noch nicht gesendet.</translation>
    </message>
    <message>
        <source>The consent question was not sent</source>
        <translation>Die Zustimmungsfrage wurde nicht gesendet</translation>
    </message>
    <message>
        <source>Consent question sent. When the citizen has answered, redirect to the brigade again to record it.</source>
        <translation>Zustimmungsfrage gesendet. Wenn der Bürger geantwortet hat, leiten Sie erneut an die Brigade weiter, um sie zu erfassen.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqDelegate</name>
    <message>
        <source>[%1, to translate] </source>
        <comment>language of the FAQ text, e.g. [FR, to translate]</comment>
        <translation>[%1, zu übersetzen] </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqEditorDialog</name>
    <message>
        <source>Edit the knowledge base</source>
        <translation>Wissensdatenbank bearbeiten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Search the entries (Ctrl+F)</source>
        <translation>Einträge durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Knowledge base entries</source>
        <translation>Einträge der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Identifier of the entry</source>
        <translation>Bezeichner des Eintrags</translation>
    </message>
    <message>
        <source>e.g. lost-id-card</source>
        <translation>z. B. ausweis-verloren</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Schlüsselwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Links, separated by spaces</source>
        <translation>Links, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>https://… separated by spaces</source>
        <translation>https://… durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Grund, im Protokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Bezeichner:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Schlüssel&amp;wörter:</translation>
    </message>
    <message>
        <source>Lin&amp;ks:</source>
        <translation>Lin&amp;ks:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>An empty form for a new entry (Ctrl+N)</source>
        <translation>Ein leeres Formular für einen neuen Eintrag (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Send this version to the server: every workstation gets it (Ctrl+S)</source>
        <translation>Diese Fassung an den Server senden: Alle Arbeitsplätze erhalten sie (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;tire this language</source>
        <translation>Diese Sprache &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Take this language of the entry out of every workstation&apos;s base</source>
        <translation>Diese Sprache des Eintrags aus der Datenbank aller Arbeitsplätze entfernen</translation>
    </message>
    <message>
        <source>Choose an entry in the list, or fill in a new one.</source>
        <translation>Wählen Sie einen Eintrag in der Liste oder füllen Sie einen neuen aus.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>A new entry (or a new language of one); not sent yet.</source>
        <translation>Ein neuer Eintrag (oder eine neue Sprache eines Eintrags); noch nicht gesendet.</translation>
    </message>
    <message>
        <source>A new version of this entry; not sent yet.</source>
        <translation>Eine neue Fassung dieses Eintrags; noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Say why in the reason.</source>
        <translation>Geben Sie im Grund an, warum.</translation>
    </message>
    <message>
        <source>Sent; the list shows it once the server has taken it.</source>
        <translation>Gesendet; die Liste zeigt ihn, sobald der Server ihn angenommen hat.</translation>
    </message>
    <message>
        <source>Retirement sent; the entry leaves the list once the server has taken it.</source>
        <translation>Zurückziehen gesendet; der Eintrag verschwindet aus der Liste, sobald der Server es angenommen hat.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqPanel</name>
    <message>
        <source>Search the FAQ (Ctrl+K)</source>
        <translation>FAQ durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <translation>FAQ durchsuchen</translation>
    </message>
    <message>
        <source>FAQ results</source>
        <translation>FAQ-Ergebnisse</translation>
    </message>
    <message>
        <source>FAQ answer preview</source>
        <translation>Vorschau der FAQ-Antwort</translation>
    </message>
    <message>
        <source>Suggested from the citizen&apos;s last message</source>
        <translation>Vorschläge zur letzten Nachricht des Bürgers</translation>
    </message>
    <message>
        <source>No suggestion for the citizen&apos;s last message: type to search.</source>
        <translation>Kein Vorschlag zur letzten Nachricht des Bürgers: Tippen Sie, um zu suchen.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or another language.</source>
        <translation>Nichts gefunden. Versuchen Sie andere Wörter oder eine andere Sprache.</translation>
    </message>
    <message>
        <source>Enter puts this answer in your reply.</source>
        <translation>Die Eingabetaste übernimmt diese Antwort in Ihre Nachricht.</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>FAQ search language: detected</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Detect the language you type in</source>
        <translation>Die Sprache erkennen, in der Sie tippen</translation>
    </message>
    <message>
        <source>FAQ search language</source>
        <translation>Suchsprache der FAQ</translation>
    </message>
    <message>
        <source>FAQ answer language</source>
        <translation>Antwortsprache der FAQ</translation>
    </message>
    <message>
        <source>Answers in %1, the citizen&apos;s language, when the entry exists in it; otherwise in French, to translate.</source>
        <translation>Antworten auf %1, der Sprache des Bürgers, wenn der Eintrag in ihr vorliegt; sonst auf Französisch, zu übersetzen.</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <comment>FAQ search language detected, e.g. Auto: FR</comment>
        <translation>Auto: %1</translation>
    </message>
    <message>
        <source>No %1 version of this entry: this is the %2 text. Translate it before sending.</source>
        <translation>Keine %1-Fassung dieses Eintrags: Dies ist der %2-Text. Übersetzen Sie ihn vor dem Senden.</translation>
    </message>
    <message>
        <source>Retire entry…</source>
        <translation>Eintrag zurückziehen…</translation>
    </message>
    <message>
        <source>Take this entry out of the knowledge base of every workstation (Delete in the results)</source>
        <translation>Diesen Eintrag aus der Wissensdatenbank aller Arbeitsplätze entfernen (Entf in den Ergebnissen)</translation>
    </message>
    <message>
        <source>Retire the FAQ entry</source>
        <translation>FAQ-Eintrag zurückziehen</translation>
    </message>
    <message>
        <source>Retiring “%1”: every workstation drops it when the server confirms.</source>
        <translation>„%1“ wird zurückgezogen: Jeder Arbeitsplatz entfernt den Eintrag, sobald der Server bestätigt.</translation>
    </message>
    <message>
        <source>Could not retire “%1”: %2</source>
        <translation>„%1“ konnte nicht zurückgezogen werden: %2</translation>
    </message>
    <message>
        <source>Indexing the knowledge base…</source>
        <translation>Wissensdatenbank wird indiziert …</translation>
    </message>
    <message>
        <source>Updating the knowledge base…</source>
        <translation>Wissensdatenbank wird aktualisiert …</translation>
    </message>
    <message>
        <source>The knowledge base is being indexed: the results will appear in a moment.</source>
        <translation>Die Wissensdatenbank wird gerade indiziert: Die Ergebnisse erscheinen gleich.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Labels</name>
    <message>
        <source>Web chat</source>
        <translation>Webchat</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Redirected to Pharos</source>
        <translation>An Pharos verwiesen</translation>
    </message>
    <message>
        <source>Redirected to Perceval</source>
        <translation>An Perceval verwiesen</translation>
    </message>
    <message>
        <source>Redirected to Thésée</source>
        <translation>An Thésée verwiesen</translation>
    </message>
    <message>
        <source>Redirected to Plainte en ligne</source>
        <translation>An Plainte en ligne verwiesen</translation>
    </message>
    <message>
        <source>Forwarded to the local brigade</source>
        <translation>An die örtliche Brigade weitergeleitet</translation>
    </message>
    <message>
        <source>Referred to 17 / 112</source>
        <translation>An 17 / 112 verwiesen</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pharos</source>
        <translation>Pharos</translation>
    </message>
    <message>
        <source>Perceval</source>
        <translation>Perceval</translation>
    </message>
    <message>
        <source>Thésée</source>
        <translation>Thésée</translation>
    </message>
    <message>
        <source>Plainte en ligne</source>
        <translation>Plainte en ligne</translation>
    </message>
    <message>
        <source>Local brigade</source>
        <translation>die örtliche Brigade</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>%1 verspätet</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MainWindow</name>
    <message>
        <source>Guichet — Brigade numérique</source>
        <translation>Guichet — Brigade numérique</translation>
    </message>
    <message>
        <source>&amp;Guichet</source>
        <translation>&amp;Guichet</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Take the &amp;next conversation</source>
        <translation>&amp;Nächste Konversation übernehmen</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>Warteschlange &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Zur &amp;Warteschlange</translation>
    </message>
    <message>
        <source>Go to the &amp;conversation</source>
        <translation>Zur &amp;Konversation</translation>
    </message>
    <message>
        <source>Go to the &amp;FAQ</source>
        <translation>Zu den &amp;FAQ</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Konversation</translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation>&amp;FAQ</translation>
    </message>
    <message>
        <source>&amp;Search the FAQ</source>
        <translation>&amp;FAQ durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Anwesenheit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Your presence: busy silences notifications (Ctrl+Shift+1/2/3)</source>
        <translation>Ihre Anwesenheit: „Beschäftigt“ schaltet Benachrichtigungen stumm (Strg+Umschalt+1/2/3)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>No conversation taken: %1</source>
        <translation>Keine Konversation übernommen: %1</translation>
    </message>
    <message>
        <source>Offline — your work is kept and goes out when the link is back</source>
        <translation>Offline — Ihre Arbeit bleibt erhalten und wird gesendet, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>%p% synced</source>
        <translation>%p&#xa0;% synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go out</source>
        <translation>
            <numerusform>%n wartet auf den Versand</numerusform>
            <numerusform>%n warten auf den Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message>
        <source>Wiped</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Cache wiped</source>
        <translation>Cache gelöscht</translation>
    </message>
    <message>
        <source>A supervisor ordered this workstation&apos;s cache wiped (%1). Its data and key are destroyed and your session has ended. Restart Guichet to log in again.</source>
        <translation>Ein Supervisor hat die Löschung des Caches dieses Arbeitsplatzes angeordnet (%1). Seine Daten und sein Schlüssel sind vernichtet, und Ihre Sitzung ist beendet. Starten Sie Guichet neu, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>%1
Your password for %2:</source>
        <translation>%1
Ihr Passwort für %2:</translation>
    </message>
    <message>
        <source>Taking the next conversation…</source>
        <translation>Nächste Konversation wird übernommen…</translation>
    </message>
    <message>
        <source>S&amp;witch agent</source>
        <translation>&amp;Agent wechseln</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Refused ac&amp;tions…</source>
        <translation>Abge&amp;lehnte Aktionen…</translation>
    </message>
    <message>
        <source>Actions the server refused: open the list (Ctrl+Shift+O)</source>
        <translation>Vom Server abgelehnte Aktionen: Liste öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Locked — still connected, your conversations are kept</source>
        <translation>Gesperrt — weiterhin verbunden, Ihre Konversationen bleiben erhalten</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n abgelehnt</numerusform>
            <numerusform>⚠ %n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions refused by the server</source>
        <translation>
            <numerusform>%n vom Server abgelehnte Aktion</numerusform>
            <numerusform>%n vom Server abgelehnte Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures: queue, agents, today (supervisors)</source>
        <translation>Die Zahlen der Brigade live: Warteschlange, Agenten, heute (Supervisoren)</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>&amp;Leitung</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MessageDelegate</name>
    <message>
        <source>%1: %2 — select it and press Ctrl+R to retry</source>
        <comment>delivery failed: reason</comment>
        <translation>%1: %2 — auswählen und Strg+R drücken, um es erneut zu versuchen</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueueDelegate</name>
    <message>
        <source>EMERGENCY</source>
        <translation>NOTFALL</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n abgelehnt</numerusform>
            <numerusform>⚠ %n abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueuePanel</name>
    <message>
        <source>F&amp;lagged</source>
        <translation>&amp;Markierte</translation>
    </message>
    <message>
        <source>Take &amp;next</source>
        <translation>&amp;Nächste übernehmen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Umfang der Konversationen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Conversation state</source>
        <translation>Zustand der Konversationen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Only emergencies and violence cases</source>
        <translation>Nur Notfälle und Gewaltfälle</translation>
    </message>
    <message>
        <source>Search the queue (Ctrl+F)</source>
        <translation>Warteschlange durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Warteschlange durchsuchen</translation>
    </message>
    <message>
        <source>Take the most urgent waiting conversation (Ctrl+N)</source>
        <translation>Die dringendste wartende Konversation übernehmen (Strg+N)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>%1 shown · %2 waiting</source>
        <translation>%1 angezeigt · %2 wartend</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RedirectDialog</name>
    <message>
        <source>Redirect to %1</source>
        <translation>Verweis an %1</translation>
    </message>
    <message>
        <source>Check before redirecting</source>
        <translation>Vor dem Verweisen prüfen</translation>
    </message>
    <message>
        <source>This redirection is not defined on this workstation yet: sync with the server, or write the text yourself.</source>
        <translation>Dieser Verweis ist auf diesem Arbeitsplatz noch nicht definiert: Synchronisieren Sie mit dem Server, oder schreiben Sie den Text selbst.</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;language:</source>
        <translation>Sprache des &amp;Bürgers:</translation>
    </message>
    <message>
        <source>&amp;Text sent to the citizen (you can edit it):</source>
        <translation>&amp;Text an den Bürger (bearbeitbar):</translation>
    </message>
    <message>
        <source>Text sent to the citizen</source>
        <translation>Text an den Bürger</translation>
    </message>
    <message>
        <source>&amp;Send and record</source>
        <translation>&amp;Senden und erfassen</translation>
    </message>
    <message>
        <source>Citizen&apos;s consent (required to forward to the brigade)</source>
        <translation>Zustimmung des Bürgers (zur Weiterleitung an die Brigade erforderlich)</translation>
    </message>
    <message>
        <source>Question sent to the citizen: “%1”</source>
        <translation>An den Bürger gesendete Frage: „%1“</translation>
    </message>
    <message>
        <source>Their answer: “%1”</source>
        <translation>Seine Antwort: „%1“</translation>
    </message>
    <message>
        <source>This answer is the citizen&apos;s &amp;consent to forwarding</source>
        <translation>Diese Antwort ist die &amp;Zustimmung des Bürgers zur Weiterleitung</translation>
    </message>
    <message>
        <source>Recorded with your login, the time, the question and the answer; the server checks both are in this conversation.</source>
        <translation>Erfasst mit Ihrem Anmeldenamen, der Uhrzeit, der Frage und der Antwort; der Server prüft, dass beide in dieser Unterhaltung stehen.</translation>
    </message>
    <message>
        <source>The question is on its way to the server. When the citizen has answered, redirect again to record their consent.</source>
        <translation>Die Frage ist unterwegs zum Server. Wenn der Bürger geantwortet hat, leiten Sie erneut weiter, um seine Zustimmung zu erfassen.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer to: “%1”</source>
        <translation>Warten auf die Antwort des Bürgers auf: „%1“</translation>
    </message>
    <message>
        <source>Ask the citizen first. This question is sent to them; their answer is their consent or refusal.</source>
        <translation>Fragen Sie zuerst den Bürger. Diese Frage wird ihm gesendet; seine Antwort ist seine Zustimmung oder Ablehnung.</translation>
    </message>
    <message>
        <source>Consent question for the citizen</source>
        <translation>Zustimmungsfrage an den Bürger</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>Erneut &amp;fragen</translation>
    </message>
    <message>
        <source>&amp;Ask the citizen</source>
        <translation>Bürger &amp;fragen</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RefusalsDialog</name>
    <message>
        <source>&amp;Open the conversation</source>
        <translation>Konversation ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>The server refused these actions: they did not happen. Send one again, or dismiss it once you have dealt with it.</source>
        <translation>Der Server hat diese Aktionen abgelehnt: Sie sind nicht ausgeführt worden. Senden Sie eine erneut, oder verwerfen Sie sie, sobald Sie sich darum gekümmert haben.</translation>
    </message>
    <message>
        <source>Refused actions</source>
        <translation>Abgelehnte Aktionen</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RetireFaqDialog</name>
    <message>
        <source>Retire a FAQ entry</source>
        <translation>FAQ-Eintrag zurückziehen</translation>
    </message>
    <message>
        <source>Retire “%1” (%2) from the knowledge base? Every workstation stops proposing it as soon as the server confirms. An administrator can bring it back (guichet-server admin faq revert).</source>
        <translation>„%1“ (%2) aus der Wissensdatenbank zurückziehen? Kein Arbeitsplatz schlägt den Eintrag mehr vor, sobald der Server bestätigt. Ein Administrator kann ihn wiederherstellen (guichet-server admin faq revert).</translation>
    </message>
    <message>
        <source>Every language (%1)</source>
        <translation>Alle Sprachen (%1)</translation>
    </message>
    <message>
        <source>Only the %1 version</source>
        <translation>Nur die Fassung auf %1</translation>
    </message>
    <message>
        <source>Versions to retire</source>
        <translation>Zurückzuziehende Fassungen</translation>
    </message>
    <message>
        <source>Wrong, outdated, duplicate…</source>
        <translation>Falsch, veraltet, doppelt…</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Grund für das Zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Fassungen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SettingsDialog</name>
    <message>
        <source>Show the &amp;citizen&apos;s name in desktop notifications</source>
        <translation>Den Namen des &amp;Bürgers in Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Minutes without any input or change of window before Guichet locks</source>
        <translation>Minuten ohne Eingabe oder Fensterwechsel, bevor Guichet sich sperrt</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source>close at once</source>
        <translation>sofort freigeben</translation>
    </message>
    <message>
        <source>While locked, Guichet stays connected (away) and keeps your conversations this long</source>
        <translation>Im gesperrten Zustand bleibt Guichet verbunden (abwesend) und behält Ihre Konversationen so lange</translation>
    </message>
    <message>
        <source>&amp;Keep my conversations while locked:</source>
        <translation>Konversationen während der Sperre be&amp;halten:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Closed conversations older than this leave this workstation&apos;s cache</source>
        <translation>Ältere abgeschlossene Konversationen werden aus dem Cache dieses Arbeitsplatzes entfernt</translation>
    </message>
    <message>
        <source>&amp;Retention of closed conversations:</source>
        <translation>&amp;Aufbewahrung abgeschlossener Konversationen:</translation>
    </message>
    <message>
        <source>Off: notifications name the conversation by its reference only</source>
        <translation>Aus: Benachrichtigungen nennen die Konversation nur mit ihrer Referenz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <source>&amp;Interface language (at the next start):</source>
        <translation>&amp;Oberflächensprache (beim nächsten Start):</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Passphrase des Caches</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Your cache key is in the system keychain, wrapped under your password: there is no passphrase to change.</source>
        <translation>Ihr Cache-Schlüssel liegt im System-Schlüsselbund, mit Ihrem Passwort verschlüsselt: Es gibt keine Passphrase zu ändern.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>Die neue Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passphrases differ: nothing was changed.</source>
        <translation>Die beiden neuen Passphrasen unterscheiden sich: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The current passphrase is not the right one: nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist nicht die richtige: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translation>Passphrase geändert: Verwenden Sie ab jetzt die neue.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SetupWizard</name>
    <message>
        <source>In the system &amp;keychain (recommended)</source>
        <translation>Im Schlüssel&amp;bund des Systems (empfohlen)</translation>
    </message>
    <message>
        <source>Under a &amp;passphrase I type when I unlock</source>
        <translation>Mit einer &amp;Passphrase, die ich beim Entsperren eingebe</translation>
    </message>
    <message>
        <source>Set up Guichet</source>
        <translation>Guichet einrichten</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>The address of the Brigade numérique&apos;s server and your agent login.</source>
        <translation>Die Adresse des Servers der Brigade numérique und Ihr Benutzername als Agent.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Protect the cache</source>
        <translation>Cache schützen</translation>
    </message>
    <message>
        <source>Conversations kept on this computer are encrypted. Choose where their key is kept.</source>
        <translation>Die auf diesem Computer gespeicherten Konversationen sind verschlüsselt. Wählen Sie, wo ihr Schlüssel aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Passp&amp;hrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Noch einmal:</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters, a sentence is best.</source>
        <translation>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen, am besten einen ganzen Satz.</numerusform>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen, am besten einen ganzen Satz.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer. Choose a passphrase instead.</source>
        <translation>Auf diesem Computer antwortet kein Schlüsselbund. Wählen Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>The server refused this login and password. Check them (is Caps Lock on?) and try again. After several failures the server slows down further attempts.</source>
        <translation>Der Server hat diesen Benutzernamen und dieses Passwort abgelehnt. Prüfen Sie beides (ist die Feststelltaste aktiv?) und versuchen Sie es erneut. Nach mehreren Fehlversuchen verlangsamt der Server weitere Versuche.</translation>
    </message>
    <message>
        <source>%1 Do not go on: ask your administrator to check the server&apos;s certificate.</source>
        <translation>%1 Fahren Sie nicht fort: Bitten Sie Ihren Administrator, das Zertifikat des Servers zu prüfen.</translation>
    </message>
    <message>
        <source>The server at %1 does not answer (%2). Check the address and the network, or ask whether the server is up.</source>
        <translation>Der Server %1 antwortet nicht (%2). Prüfen Sie die Adresse und das Netzwerk, oder fragen Sie nach, ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check the address and the network.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>I have an &amp;enrolment code (reservist joining a surge)</source>
        <translation>&amp;Ich habe einen Registrierungscode (Reservist für eine Verstärkung)</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Registrierungs&amp;code:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Passwort wi&amp;ederholen:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>as your colleagues will see it</source>
        <translation>wie ihn Ihre Kollegen sehen werden</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>The server&apos;s address, the code your supervisor gave you, and the login and password you choose for your reservist account.</source>
        <translation>Die Adresse des Servers, der Code, den Ihnen Ihr Supervisor gegeben hat, sowie Login und Passwort, die Sie für Ihr Reservistenkonto wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich: Geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>The server refused the enrolment: %1. Check the code, or ask your supervisor for a new one.</source>
        <translation>Der Server hat die Registrierung abgelehnt: %1. Prüfen Sie den Code oder bitten Sie Ihren Supervisor um einen neuen.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorActionDialog</name>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Grund, im Protokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorPage</name>
    <message>
        <source>Waiting, last hours</source>
        <translation>Wartend, letzte Stunden</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Opened per hour</source>
        <translation>Eröffnet pro Stunde</translation>
    </message>
    <message>
        <source>Mean rating per day</source>
        <translation>Durchschnittliche Bewertung pro Tag</translation>
    </message>
    <message>
        <source>Export the &amp;report (CSV)…</source>
        <translation>&amp;Bericht exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export the c&amp;harts (PNG)…</source>
        <translation>&amp;Diagramme exportieren (PNG)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supervision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supervision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Queue by SLA state</source>
        <translation>Warteschlange nach Antwortfrist</translation>
    </message>
    <message>
        <source>Waiting by channel</source>
        <translation>Wartend nach Kanal</translation>
    </message>
    <message>
        <source>Waiting by language</source>
        <translation>Wartend nach Sprache</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Redirections today</source>
        <translation>Verweisungen heute</translation>
    </message>
    <message>
        <source>Last survey comments</source>
        <translation>Letzte Kommentare aus Umfragen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Entwicklung</translation>
    </message>
    <message numerus="yes">
        <source>Report exported: %n conversation(s).</source>
        <translation>
            <numerusform>Bericht exportiert: %n Konversation.</numerusform>
            <numerusform>Bericht exportiert: %n Konversationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>Der Bericht wurde nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n possible emergency(ies) waiting</source>
        <translation>
            <numerusform>%n möglicher Notfall wartet</numerusform>
            <numerusform>%n mögliche Notfälle warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SGBV conversation(s) waiting</source>
        <translation>
            <numerusform>%n Konversation zu sexualisierter Gewalt wartet</numerusform>
            <numerusform>%n Konversationen zu sexualisierter Gewalt warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the answer time</source>
        <translation>
            <numerusform>%n über der Antwortfrist</numerusform>
            <numerusform>%n über der Antwortfrist</numerusform>
        </translation>
    </message>
    <message>
        <source>Surge on</source>
        <translation>Verstärkung aktiv</translation>
    </message>
    <message>
        <source>Offline: no figures yet</source>
        <translation>Offline: noch keine Zahlen</translation>
    </message>
    <message>
        <source>Offline: figures of %1</source>
        <translation>Offline: Zahlen von %1</translation>
    </message>
    <message>
        <source>Figures not updated: %1</source>
        <translation>Zahlen nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s figures…</source>
        <translation>Warten auf die Zahlen des Servers…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>The report cannot be exported now: one is being written, or the server is not connected.</source>
        <translation>Der Bericht kann jetzt nicht exportiert werden: Ein anderer wird gerade geschrieben, oder der Server ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1.</source>
        <translation>Die Diagramme konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>Diagramme in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The last day comes before the first: nothing exported.</source>
        <translation>Der letzte Tag liegt vor dem ersten: Nichts exportiert.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>&amp;Reassign the conversation…</source>
        <translation>Konversation &amp;neu zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Disable the agent…</source>
        <translation>Agenten &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Enable the agent…</source>
        <translation>Agenten &amp;aktivieren…</translation>
    </message>
    <message>
        <source>Order a remote &amp;wipe…</source>
        <translation>&amp;Fernlöschung anordnen…</translation>
    </message>
    <message>
        <source>&amp;Clear the wipe order…</source>
        <translation>Löschanordnung a&amp;ufheben…</translation>
    </message>
    <message>
        <source>&amp;Start a surge…</source>
        <translation>Verstärkung &amp;starten…</translation>
    </message>
    <message>
        <source>S&amp;top the surge…</source>
        <translation>Verstärkung &amp;beenden…</translation>
    </message>
    <message>
        <source>Enrol a reser&amp;vist…</source>
        <translation>&amp;Reservisten registrieren…</translation>
    </message>
    <message>
        <source>Edit the redirect&amp;ions…</source>
        <translation>&amp;Weiterleitungen bearbeiten…</translation>
    </message>
    <message>
        <source>Give the selected conversation to another agent, or put it back in the queue</source>
        <translation>Die gewählte Konversation einem anderen Agenten geben oder zurück in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Close the selected agent&apos;s account: their sessions are cut</source>
        <translation>Das Konto des gewählten Agenten schließen: seine Sitzungen werden getrennt</translation>
    </message>
    <message>
        <source>Let the selected agent log in again</source>
        <translation>Den gewählten Agenten wieder anmelden lassen</translation>
    </message>
    <message>
        <source>Destroy the selected agent&apos;s workstation cache (lost or stolen laptop)</source>
        <translation>Den Cache des Arbeitsplatzes des gewählten Agenten vernichten (Laptop verloren oder gestohlen)</translation>
    </message>
    <message>
        <source>Withdraw a wipe order not yet carried out</source>
        <translation>Eine noch nicht ausgeführte Löschanordnung zurücknehmen</translation>
    </message>
    <message>
        <source>Open the queue to reservists and raise capacities</source>
        <translation>Die Warteschlange für Reservisten öffnen und die Kapazitäten erhöhen</translation>
    </message>
    <message>
        <source>End the surge: the reservists&apos; accounts close</source>
        <translation>Die Verstärkung beenden: die Konten der Reservisten werden geschlossen</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account</source>
        <translation>Ein Einmalcode, mit dem ein Reservist sein Konto anlegt</translation>
    </message>
    <message>
        <source>Change the official address or the citizen&apos;s text of a redirection, on every workstation</source>
        <translation>Die offizielle Adresse oder den Text für den Bürger einer Weiterleitung ändern, auf allen Arbeitsplätzen</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Offene Konversationen</translation>
    </message>
    <message>
        <source>Enrolment code received; valid until %1, once.</source>
        <translation>Registrierungscode erhalten; gültig bis %1, einmal.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>Enrolment code: %1</source>
        <translation>Registrierungscode: %1</translation>
    </message>
    <message>
        <source>Valid until %1, for one reservist. On their own laptop they open the setup wizard, tick “I have an enrolment code” and type it with a login and a password of their choice. Their account ends with the surge.</source>
        <translation>Gültig bis %1, für einen Reservisten. Auf seinem eigenen Laptop öffnet er den Einrichtungsassistenten, kreuzt „Ich habe einen Registrierungscode“ an und gibt ihn mit einem Login und einem Passwort seiner Wahl ein. Sein Konto endet mit der Verstärkung.</translation>
    </message>
    <message>
        <source>No enrolment code: %1</source>
        <translation>Kein Registrierungscode: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1: vom Server abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the server…</source>
        <translation>%1: gesendet, warte auf den Server…</translation>
    </message>
    <message>
        <source>%1: queued; it goes to the server when the link is back.</source>
        <translation>%1: in der Warteschlange; geht an den Server, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Reassign a conversation</source>
        <translation>Eine Konversation neu zuweisen</translation>
    </message>
    <message>
        <source>Reassign %1, held by %2, to an &amp;agent:</source>
        <translation>%1 (bei %2) einem &amp;Agenten zuweisen:</translation>
    </message>
    <message>
        <source>Reassign %1, waiting, to an &amp;agent:</source>
        <translation>%1 (wartend) einem &amp;Agenten zuweisen:</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>Putting %1 back in the queue</source>
        <translation>%1 zurück in die Warteschlange</translation>
    </message>
    <message>
        <source>Reassigning %1 to %2</source>
        <translation>Neuzuweisung von %1 an %2</translation>
    </message>
    <message>
        <source>Disable an agent</source>
        <translation>Einen Agenten deaktivieren</translation>
    </message>
    <message>
        <source>Disable the account of %1? Their sessions are cut within a second and they cannot log in until a supervisor or an administrator enables it again. Reassign what they hold if it cannot wait.</source>
        <translation>Das Konto von %1 deaktivieren? Die Sitzungen werden binnen einer Sekunde getrennt, und eine Anmeldung ist erst wieder möglich, wenn ein Supervisor oder ein Administrator das Konto aktiviert. Weisen Sie Übernommenes neu zu, wenn es nicht warten kann.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disabling %1</source>
        <translation>Deaktivierung von %1</translation>
    </message>
    <message>
        <source>Enable an agent</source>
        <translation>Einen Agenten aktivieren</translation>
    </message>
    <message>
        <source>Enable the account of %1 again? They can log in at once.</source>
        <translation>Das Konto von %1 wieder aktivieren? Eine Anmeldung ist sofort möglich.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enabling %1</source>
        <translation>Aktivierung von %1</translation>
    </message>
    <message>
        <source>Order a remote wipe</source>
        <translation>Eine Fernlöschung anordnen</translation>
    </message>
    <message>
        <source>Wipe the workstation of %1? Its cache (conversations, drafts) and its key are destroyed as soon as it connects, and the session ends. This cannot be undone on that workstation; the conversations stay on the server.</source>
        <translation>Den Arbeitsplatz von %1 löschen? Sein Cache (Konversationen, Entwürfe) und sein Schlüssel werden vernichtet, sobald er sich verbindet, und die Sitzung endet. Das lässt sich auf diesem Arbeitsplatz nicht rückgängig machen; die Konversationen bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Order the &amp;wipe</source>
        <translation>&amp;Löschung anordnen</translation>
    </message>
    <message>
        <source>Wipe order for %1</source>
        <translation>Löschanordnung für %1</translation>
    </message>
    <message>
        <source>Clear a wipe order</source>
        <translation>Eine Löschanordnung aufheben</translation>
    </message>
    <message>
        <source>Withdraw the wipe ordered for %1? A workstation already wiped stays wiped; one that has not connected since keeps its cache.</source>
        <translation>Die für %1 angeordnete Löschung zurücknehmen? Ein bereits gelöschter Arbeitsplatz bleibt gelöscht; einer, der sich seitdem nicht verbunden hat, behält seinen Cache.</translation>
    </message>
    <message>
        <source>C&amp;lear the order</source>
        <translation>Anordnung &amp;aufheben</translation>
    </message>
    <message>
        <source>Clearing the wipe order for %1</source>
        <translation>Aufhebung der Löschanordnung für %1</translation>
    </message>
    <message>
        <source>Start a surge</source>
        <translation>Eine Verstärkung starten</translation>
    </message>
    <message>
        <source>Start a surge? Reservists then see the waiting conversations of the channels and languages below, every agent may hold more conversations (as the server is configured), and citizens waiting in web chat are told an estimate of their wait. You can then enrol reservists with one-time codes.</source>
        <translation>Eine Verstärkung starten? Reservisten sehen dann die wartenden Konversationen der unten gewählten Kanäle und Sprachen, jeder Agent darf mehr Konversationen übernehmen (wie auf dem Server eingestellt), und im Webchat wartende Bürger erfahren eine Schätzung ihrer Wartezeit. Danach können Sie Reservisten mit Einmalcodes registrieren.</translation>
    </message>
    <message>
        <source>&amp;Start the surge</source>
        <translation>Verstärkung &amp;starten</translation>
    </message>
    <message>
        <source>Nothing ticked: as configured on the server (routing.surge).</source>
        <translation>Nichts angekreuzt: wie auf dem Server eingestellt (routing.surge).</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>Start der Verstärkung</translation>
    </message>
    <message>
        <source>Stop the surge</source>
        <translation>Die Verstärkung beenden</translation>
    </message>
    <message>
        <source>Stop the surge? The reservists&apos; accounts created for it are disabled at once (what they hold goes back to the queue), unused enrolment codes become void, and capacities return to each agent&apos;s own.</source>
        <translation>Die Verstärkung beenden? Die dafür angelegten Reservistenkonten werden sofort deaktiviert (was sie übernommen haben, geht zurück in die Warteschlange), unbenutzte Registrierungscodes verfallen, und jeder Agent erhält wieder seine eigene Kapazität.</translation>
    </message>
    <message>
        <source>S&amp;top the surge</source>
        <translation>Verstärkung &amp;beenden</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>Ende der Verstärkung</translation>
    </message>
    <message>
        <source>Enrol a reservist</source>
        <translation>Einen Reservisten registrieren</translation>
    </message>
    <message>
        <source>Ask the server for a one-time enrolment code: a reservist types it in the setup wizard on their own laptop to create their account. The code is shown once; it works once, only while the surge lasts.</source>
        <translation>Beim Server einen Einmal-Registrierungscode anfordern: ein Reservist gibt ihn auf seinem eigenen Laptop im Einrichtungsassistenten ein, um sein Konto anzulegen. Der Code wird einmal angezeigt; er gilt einmal und nur während der Verstärkung.</translation>
    </message>
    <message>
        <source>&amp;Ask for a code</source>
        <translation>Code &amp;anfordern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code valid for, in minutes</source>
        <translation>Gültigkeit des Codes, in Minuten</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Account lasts at most, in hours</source>
        <translation>Höchstdauer des Kontos, in Stunden</translation>
    </message>
    <message>
        <source>Code valid for:</source>
        <translation>Code gültig für:</translation>
    </message>
    <message>
        <source>Account lasts at most:</source>
        <translation>Konto gilt höchstens:</translation>
    </message>
    <message>
        <source>Enrolment code asked for, waiting for the server…</source>
        <translation>Registrierungscode angefordert, warte auf den Server…</translation>
    </message>
    <message>
        <source>The redirect definitions cannot be read: %1</source>
        <translation>Die Weiterleitungsdefinitionen sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Edit the redirections</source>
        <translation>Weiterleitungen bearbeiten</translation>
    </message>
    <message>
        <source>Change the official address of a redirection, or the text the citizen receives in a language ({url} stands for the address). Every workstation gets the new version when the server accepts it.</source>
        <translation>Ändern Sie die offizielle Adresse einer Weiterleitung oder den Text, den der Bürger in einer Sprache erhält ({url} steht für die Adresse). Alle Arbeitsplätze erhalten die neue Fassung, sobald der Server sie annimmt.</translation>
    </message>
    <message>
        <source>&amp;Send to every workstation</source>
        <translation>An alle Arbeitsplätze &amp;senden</translation>
    </message>
    <message>
        <source>Official address</source>
        <translation>Offizielle Adresse</translation>
    </message>
    <message>
        <source>Text for the citizen</source>
        <translation>Text für den Bürger</translation>
    </message>
    <message>
        <source>Redirection:</source>
        <translation>Weiterleitung:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Valid; not sent yet.</source>
        <translation>Gültig; noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Die Weiterleitungsdefinitionen</translation>
    </message>
    <message>
        <source>Edit the &amp;knowledge base…</source>
        <translation>Wissensdatenban&amp;k bearbeiten…</translation>
    </message>
    <message>
        <source>Change, add or retire the answers of the FAQ, on every workstation</source>
        <translation>Antworten der FAQ ändern, hinzufügen oder zurückziehen, auf allen Arbeitsplätzen</translation>
    </message>
    <message>
        <source>The FAQ entry %1 (%2)</source>
        <translation>Der FAQ-Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry %1 (%2)</source>
        <translation>Das Zurückziehen des FAQ-Eintrags %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Transfer this conversation to a &amp;colleague:</source>
        <translation>Diese Unterhaltung an einen &amp;Kollegen übertragen:</translation>
    </message>
    <message>
        <source>Type a name or a login</source>
        <translation>Namen oder Anmeldenamen eingeben</translation>
    </message>
    <message>
        <source>Find a colleague</source>
        <translation>Kollegen suchen</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kollegen</translation>
    </message>
    <message>
        <source>No colleague to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Noch kein Kollege anzuzeigen: die Liste füllt sich, sobald der Server meldet, wer verbunden ist. Die Unterhaltung kann trotzdem in die Warteschlange zurück.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>Ü&amp;bertragen</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>Zurück in die &amp;Warteschlange</translation>
    </message>
    <message>
        <source>Overloaded, absent, needs a language…</source>
        <translation>Überlastet, abwesend, Sprache nötig…</translation>
    </message>
    <message>
        <source>Reason for the reassignment</source>
        <translation>Grund der Neuzuweisung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Noch kein Agent anzuzeigen: die Liste füllt sich, sobald der Server meldet, wer verbunden ist. Die Konversation kann trotzdem zurück in die Warteschlange.</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected.</source>
        <translation>Noch kein Agent anzuzeigen: die Liste füllt sich, sobald der Server meldet, wer verbunden ist.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet ist gesperrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>That is not the right one. Try again (is Caps Lock on?).</source>
        <translation>Das ist nicht die richtige Eingabe. Versuchen Sie es erneut (ist die Feststelltaste aktiv?).</translation>
    </message>
    <message>
        <source>%1, type your cache pa&amp;ssphrase to go on.</source>
        <translation>%1, geben Sie Ihre Cache-&amp;Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1, type your pass&amp;word to go on.</source>
        <translation>%1, geben Sie Ihr &amp;Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>New agent on this desk…</source>
        <translation>Neuer Agent an diesem Arbeitsplatz…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Who is at the desk: each agent&apos;s cache opens with their own secret</source>
        <translation>Wer am Arbeitsplatz sitzt: Der Cache jedes Agenten öffnet sich mit dessen eigenem Geheimnis</translation>
    </message>
    <message>
        <source>%1 has no cache on this desk: set it up first.</source>
        <translation>%1 hat keinen Cache an diesem Arbeitsplatz: Richten Sie ihn zuerst ein.</translation>
    </message>
</context>
<context>
    <name>Guichet::Workstation</name>
    <message>
        <source>The server address must start with https:// (or http:// on a test machine).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder http:// auf einem Testrechner).</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>This workstation already holds a cache for %1: unlock it instead.</source>
        <translation>Dieser Arbeitsplatz hat bereits einen Cache für %1: Entsperren Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>There is no cache for %1 on this workstation.</source>
        <translation>Auf diesem Arbeitsplatz gibt es keinen Cache für %1.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file cannot be read.</source>
        <translation>Die Schlüsseldatei des Caches kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Wrong password. Type the password you log in with.</source>
        <translation>Falsches Passwort. Geben Sie das Passwort ein, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>No account to unlock.</source>
        <translation>Kein Konto zum Entsperren.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>Der Arbeitsplatz ist gesperrt.</translation>
    </message>
    <message>
        <source>No emergency notice is defined on this workstation.</source>
        <translation>Auf diesem Arbeitsplatz ist kein Notfallhinweis definiert.</translation>
    </message>
    <message>
        <source>Possible emergency</source>
        <translation>Möglicher Notfall</translation>
    </message>
    <message>
        <source>A citizen may be in danger. Unlock Guichet to see the conversation.</source>
        <translation>Ein Bürger ist möglicherweise in Gefahr. Entsperren Sie Guichet, um die Konversation zu sehen.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Unlock Guichet to see what was refused.</source>
        <translation>Entsperren Sie Guichet, um zu sehen, was abgelehnt wurde.</translation>
    </message>
    <message>
        <source>%1 in conversation %2: %3</source>
        <translation>%1 in Konversation %2: %3</translation>
    </message>
    <message>
        <source>An action</source>
        <translation>Eine Aktion</translation>
    </message>
    <message>
        <source>Taking the conversation</source>
        <translation>Die Übernahme</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Die Freigabe</translation>
    </message>
    <message>
        <source>The transfer</source>
        <translation>Die Weitergabe</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Der Abschluss</translation>
    </message>
    <message>
        <source>The redirection</source>
        <translation>Der Verweis</translation>
    </message>
    <message>
        <source>The language change</source>
        <translation>Der Sprachwechsel</translation>
    </message>
    <message>
        <source>The flags</source>
        <translation>Die Markierungen</translation>
    </message>
    <message>
        <source>The new delivery attempt</source>
        <translation>Der erneute Zustellversuch</translation>
    </message>
    <message>
        <source>The presence</source>
        <translation>Die Anwesenheit</translation>
    </message>
    <message>
        <source>Only a supervisor can retire a FAQ entry.</source>
        <translation>Nur ein Supervisor kann einen FAQ-Eintrag zurückziehen.</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry</source>
        <translation>Das Zurückziehen des FAQ-Eintrags</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Nur ein Supervisor kann das tun.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the log.</source>
        <translation>Geben Sie den Grund an: Er wird im Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>The reassignment</source>
        <translation>Die Neuzuweisung</translation>
    </message>
    <message>
        <source>Disabling the agent</source>
        <translation>Die Deaktivierung des Agenten</translation>
    </message>
    <message>
        <source>Enabling the agent</source>
        <translation>Die Aktivierung des Agenten</translation>
    </message>
    <message>
        <source>The wipe order</source>
        <translation>Die Löschanordnung</translation>
    </message>
    <message>
        <source>Clearing the wipe order</source>
        <translation>Die Aufhebung der Löschanordnung</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>Der Start der Verstärkung</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>Das Ende der Verstärkung</translation>
    </message>
    <message>
        <source>The FAQ edit</source>
        <translation>Die FAQ-Änderung</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Die Weiterleitungsdefinitionen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet: the Brigade numérique&apos;s workstation.</source>
        <translation>Guichet: der Arbeitsplatz der Brigade numérique.</translation>
    </message>
    <message>
        <source>The server&apos;s URL (first run).</source>
        <translation>Die URL des Servers (erster Start).</translation>
    </message>
    <message>
        <source>Your login (first run).</source>
        <translation>Ihr Benutzername (erster Start).</translation>
    </message>
    <message>
        <source>The cache file (default: under your data folder).</source>
        <translation>Die Cache-Datei (Standard: in Ihrem Datenordner).</translation>
    </message>
</context>
</TS>
