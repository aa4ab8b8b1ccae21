<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>The cache file (default: under the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s URL (remembered by login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s login (remembered by login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact the server: cached data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the server (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cache key under a passphrase (GUICHET_PASSPHRASE), not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations I hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations in this state (queued, claimed, closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to this agent (default: back to the queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text sent to the citizen with the redirection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every refused command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --store FILE, or --server URL and --login NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cache at %1: run &quot;guichet-cli login&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 did not answer in time (--timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor ordered this cache wiped: it has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline (--offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set GUICHET_PASSWORD to log in again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command waits in the outbox and goes out at the next sync (guichet-cli sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet: the command waits in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --server URL and --login NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the password in GUICHET_PASSWORD (never on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no keychain here: set GUICHET_PASSPHRASE to protect the cache with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache created at %1 (key in the %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as %1 (%2); %3 conversations in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state is queued, claimed or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guichet-cli: offline, showing the cache (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show CONVERSATION (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversation %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced to %1; %2 commands still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guichet-cli: command %1 on conversation %2 refused: %3 (kept until &quot;guichet-cli sync dismiss&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, agent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor %1, last sync %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox: %1 waiting, %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync dismiss COMMAND… or sync dismiss --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused command(s) dismissed.</source>
        <translation>
            <numerusform>%n refused command dismissed.</numerusform>
            <numerusform>%n refused commands dismissed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in (password in GUICHET_PASSWORD), creating the cache on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open conversations (synced first, or the cache when offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a conversation and its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a conversation, or the next one in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim CONVERSATION or claim next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a conversation back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release CONVERSATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a conversation (TEXT, or - to read it from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply CONVERSATION TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand a conversation to another agent, or back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer CONVERSATION [--to LOGIN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a conversation with its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect a citizen to Pharos, Perceval, Thésée, Plainte en ligne or the brigade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the cache and send the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor, last sync and outbox, from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove refused commands from the outbox, once read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base, JSON Lines (default: the base shipped with Guichet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the query: fr, en, de, it, es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms file (default: the synonyms shipped with Guichet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how each query word matched (text output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no query (usage: guichet-cli faq search --lang LL QUERY…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no %1 translation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a knowledge base as the agents&apos; FAQ panel does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove conversations closed more than N days ago (0: every closed conversation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a key held by the system keychain under a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUICHET_NEW_PASSPHRASE is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new passphrase (set GUICHET_NEW_PASSPHRASE, or type it twice on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two new passphrases differ: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this cache is held by the system keychain: there is no passphrase to change, nothing was changed.
To protect it with a passphrase instead, run &quot;guichet-cli store passphrase --from-keychain&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key has left the keychain: it is now protected by the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the current passphrase in GUICHET_PASSPHRASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed; the cache itself was not rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store purge needs --days N (0 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed conversation(s) removed from the cache.</source>
        <translation>
            <numerusform>%n closed conversation removed from the cache.</numerusform>
            <numerusform>%n closed conversations removed from the cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy the cache %1 and its key? Commands not yet sent will be lost. Type &quot;yes&quot; to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted (type yes, or add --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache and key destroyed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cache passphrase; nothing is re-encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: remove conversations closed more than N days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the cache and its key (asks first, unless --yes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::FaqFile</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of line %1 (same id and language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not a knowledge base: none of its %n line(s) is a valid entry (%1)</source>
        <translation>
            <numerusform>not a knowledge base: its %n line is not a valid entry (%1)</numerusform>
            <numerusform>not a knowledge base: none of its %n lines is a valid entry (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no knowledge base file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::FaqSynonyms</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected &quot;version&quot; or a language code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of 2 to %1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a word or phrase of 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no synonyms file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
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
    <message>
        <source>This cache&apos;s key is already protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::NotificationPolicy</name>
    <message>
        <source>Possible emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be in danger: open the conversation now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation with %1 is about to miss its deadline.</source>
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
    <name>Guichet::SyncEngine</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refused command with this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Composer</name>
    <message>
        <source>Write your answer… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ConversationPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close with outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;17 / 112 / 114 notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the citizen writes in: correct it if it was guessed wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSSIBLE EMERGENCY: the citizen may be in danger now. Tell them to call 17 or 112 (or send an SMS to 114) and alert your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the 17 / 112 / 114 notice (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one in the queue, or press Ctrl+N to take the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused your last action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more refused)</source>
        <translation>
            <numerusform>(%n more refused)</numerusform>
            <numerusform>(%n more refused)</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long for %1: shorten the answer to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer this conversation to (an agent&apos;s login, or the queue):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirection was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection to %1 sent; close the conversation when the citizen has what they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency notice was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency notice sent. Alert your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed reply to retry in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>SLA state: time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqPanel</name>
    <message>
        <source>Search the FAQ (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ answer preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the citizen&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion for the citizen&apos;s last message: type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter puts this answer in your reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Labels</name>
    <message>
        <source>Web chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to Pharos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to Perceval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to Thésée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to Plainte en ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to the local brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to 17 / 112</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thésée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plainte en ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by %1</source>
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
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence: busy silences notifications (Ctrl+Shift+1/2/3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting: the queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — your work is kept and goes out when the link is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go out</source>
        <translation>
            <numerusform>%n waiting to go out</numerusform>
            <numerusform>%n waiting to go out</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache wiped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor ordered this workstation&apos;s cache wiped (%1). Its data and key are destroyed and your session has ended. Restart Guichet to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your password for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the next conversation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MessageDelegate</name>
    <message>
        <source>not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — select it and press Ctrl+R to retry</source>
        <comment>delivery failed: reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueueDelegate</name>
    <message>
        <source>EMERGENCY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueuePanel</name>
    <message>
        <source>&amp;Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only emergencies and violence cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the most urgent waiting conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RedirectDialog</name>
    <message>
        <source>Redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before redirecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redirection is not defined on this workstation yet: sync with the server, or write the text yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text sent to the citizen (you can edit it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text sent to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send and record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SetupWizard</name>
    <message>
        <source>In the system &amp;keychain (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a &amp;passphrase I type when I unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the Brigade numérique&apos;s server and your agent login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations kept on this computer are encrypted. Choose where their key is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters, a sentence is best.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n character, a sentence is best.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters, a sentence is best.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answers on this computer. Choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this login and password. Check them (is Caps Lock on?) and try again. After several failures the server slows down further attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Do not go on: ask your administrator to check the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not answer (%2). Check the address and the network, or ask whether the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your cache &amp;passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your &amp;password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the right one. Try again (is Caps Lock on?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guichet::Workstation</name>
    <message>
        <source>The server address must start with https:// (or http:// on a test machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation already holds a cache for %1: unlock it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cache for %1 on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Type the password you log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency notice is defined on this workstation.</source>
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
        <source>The server&apos;s URL (first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login (first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file (default: under your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
