<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Guichet::Cache</name>
    <message>
        <source>A cache already exists here.</source>
        <translation>Qui esiste già una cache.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder.</source>
        <translation>Impossibile creare la cartella della cache.</translation>
    </message>
    <message>
        <source>There is no cache here.</source>
        <translation>Qui non c&apos;è nessuna cache.</translation>
    </message>
    <message>
        <source>The key file of this cache is missing: the cache cannot be opened.</source>
        <translation>Manca il file della chiave di questa cache: la cache non può essere aperta.</translation>
    </message>
    <message>
        <source>Cannot delete the cache files.</source>
        <translation>Impossibile eliminare i file della cache.</translation>
    </message>
    <message>
        <source>Cannot put the new cache in place.</source>
        <translation>Impossibile mettere al suo posto la nuova cache.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Questa cache si apre con la password del suo operatore.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Password errata.</translation>
    </message>
</context>
<context>
    <name>Guichet::Cli::CliApp</name>
    <message>
        <source>The cache file (default: under the user&apos;s data folder).</source>
        <translation>Il file della cache (predefinito: nella cartella dati dell&apos;utente).</translation>
    </message>
    <message>
        <source>The server&apos;s URL (remembered by login).</source>
        <translation>L&apos;URL del server (memorizzato da login).</translation>
    </message>
    <message>
        <source>The agent&apos;s login (remembered by login).</source>
        <translation>Il nome utente dell&apos;operatore (memorizzato da login).</translation>
    </message>
    <message>
        <source>Do not contact the server: cached data only.</source>
        <translation>Non contatta il server: solo i dati della cache.</translation>
    </message>
    <message>
        <source>Seconds to wait for the server (default 20).</source>
        <translation>Secondi di attesa del server (predefinito 20).</translation>
    </message>
    <message>
        <source>Keep the cache key under a passphrase (GUICHET_PASSPHRASE), not in the keychain.</source>
        <translation>Protegge la chiave della cache con una passphrase (GUICHET_PASSPHRASE) anziché nel portachiavi.</translation>
    </message>
    <message>
        <source>Only conversations I hold.</source>
        <translation>Solo le conversazioni che ho in carico.</translation>
    </message>
    <message>
        <source>Only conversations in this state (queued, claimed, closed).</source>
        <translation>Solo le conversazioni in questo stato (queued, claimed, closed).</translation>
    </message>
    <message>
        <source>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</source>
        <translation>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</translation>
    </message>
    <message>
        <source>Transfer to this agent (default: back to the queue).</source>
        <translation>Trasferisce a questo operatore (predefinito: di nuovo in coda).</translation>
    </message>
    <message>
        <source>Text sent to the citizen with the redirection.</source>
        <translation>Testo inviato al cittadino con il reindirizzamento.</translation>
    </message>
    <message>
        <source>Every refused command.</source>
        <translation>Tutti i comandi rifiutati.</translation>
    </message>
    <message>
        <source>give --store FILE, or --server URL and --login NAME</source>
        <translation>indicare --store FILE, oppure --server URL e --login NAME</translation>
    </message>
    <message>
        <source>no cache at %1: run &quot;guichet-cli login&quot; first</source>
        <translation>nessuna cache in %1: eseguire prima «guichet-cli login»</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>impossibile connettersi a %1</translation>
    </message>
    <message>
        <source>the server at %1 did not answer in time (--timeout)</source>
        <translation>il server %1 non ha risposto in tempo (--timeout)</translation>
    </message>
    <message>
        <source>a supervisor ordered this cache wiped: it has been deleted</source>
        <translation>un supervisore ha ordinato la cancellazione di questa cache: è stata eliminata</translation>
    </message>
    <message>
        <source>offline (--offline)</source>
        <translation>offline (--offline)</translation>
    </message>
    <message>
        <source>%1 (set GUICHET_PASSWORD to log in again)</source>
        <translation>%1 (impostare GUICHET_PASSWORD per accedere di nuovo)</translation>
    </message>
    <message>
        <source>%1: the command waits in the outbox and goes out at the next sync (guichet-cli sync)</source>
        <translation>%1: il comando attende nella posta in uscita e partirà alla prossima sincronizzazione (guichet-cli sync)</translation>
    </message>
    <message>
        <source>no answer yet: the command waits in the outbox</source>
        <translation>ancora nessuna risposta: il comando attende nella posta in uscita</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>completato: %1</translation>
    </message>
    <message>
        <source>login needs --server URL and --login NAME</source>
        <translation>login richiede --server URL e --login NAME</translation>
    </message>
    <message>
        <source>put the password in GUICHET_PASSWORD (never on the command line)</source>
        <translation>inserire la password in GUICHET_PASSWORD (mai sulla riga di comando)</translation>
    </message>
    <message>
        <source> — no keychain here: set GUICHET_PASSPHRASE to protect the cache with a passphrase</source>
        <translation> — nessun portachiavi qui: impostare GUICHET_PASSPHRASE per proteggere la cache con una passphrase</translation>
    </message>
    <message>
        <source>cache created at %1 (key in the %2)</source>
        <translation>cache creata in %1 (chiave: %2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>portachiavi di sistema</translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation>file della chiave protetto da passphrase</translation>
    </message>
    <message>
        <source>logged in as %1 (%2); %3 conversations in the cache</source>
        <translation>accesso eseguito come %1 (%2); conversazioni nella cache: %3</translation>
    </message>
    <message>
        <source>--state is queued, claimed or closed</source>
        <translation>--state vale queued, claimed o closed</translation>
    </message>
    <message>
        <source>guichet-cli: offline, showing the cache (%1)</source>
        <translation>guichet-cli: offline, si mostra la cache (%1)</translation>
    </message>
    <message>
        <source>show CONVERSATION (a number)</source>
        <translation>show CONVERSATION (un numero)</translation>
    </message>
    <message>
        <source>no conversation %1 in the cache</source>
        <translation>nessuna conversazione %1 nella cache</translation>
    </message>
    <message>
        <source>synced to %1; %2 commands still waiting</source>
        <translation>sincronizzato fino a %1; comandi ancora in attesa: %2</translation>
    </message>
    <message>
        <source>guichet-cli: command %1 on conversation %2 refused: %3 (kept until &quot;guichet-cli sync dismiss&quot;)</source>
        <translation>guichet-cli: comando %1 sulla conversazione %2 rifiutato: %3 (conservato fino a «guichet-cli sync dismiss»)</translation>
    </message>
    <message>
        <source>server %1, agent %2</source>
        <translation>server %1, operatore %2</translation>
    </message>
    <message>
        <source>cursor %1, last sync %2</source>
        <translation>cursore %1, ultima sincronizzazione %2</translation>
    </message>
    <message>
        <source>outbox: %1 waiting, %2 refused</source>
        <translation>posta in uscita: %1 in attesa, %2 rifiutati</translation>
    </message>
    <message>
        <source>sync dismiss COMMAND… or sync dismiss --all</source>
        <translation>sync dismiss COMMAND… o sync dismiss --all</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n refused command(s) dismissed.</source>
        <translation>
            <numerusform>%n comando rifiutato rimosso.</numerusform>
            <numerusform>%n comandi rifiutati rimossi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in (password in GUICHET_PASSWORD), creating the cache on first use.</source>
        <translation>Accede (password in GUICHET_PASSWORD); al primo utilizzo crea la cache.</translation>
    </message>
    <message>
        <source>List open conversations (synced first, or the cache when offline).</source>
        <translation>Elenca le conversazioni aperte (dopo la sincronizzazione, o dalla cache se offline).</translation>
    </message>
    <message>
        <source>Show a conversation and its messages.</source>
        <translation>Mostra una conversazione e i suoi messaggi.</translation>
    </message>
    <message>
        <source>Take a conversation, or the next one in the queue.</source>
        <translation>Prende in carico una conversazione, o la successiva in coda.</translation>
    </message>
    <message>
        <source>claim CONVERSATION or claim next</source>
        <translation>claim CONVERSATION o claim next</translation>
    </message>
    <message>
        <source>Give a conversation back to the queue.</source>
        <translation>Rimette una conversazione in coda.</translation>
    </message>
    <message>
        <source>release CONVERSATION</source>
        <translation>release CONVERSATION</translation>
    </message>
    <message>
        <source>Answer a conversation (TEXT, or - to read it from stdin).</source>
        <translation>Risponde in una conversazione (TEXT, o - per leggerlo dall&apos;input standard).</translation>
    </message>
    <message>
        <source>reply CONVERSATION TEXT</source>
        <translation>reply CONVERSATION TEXT</translation>
    </message>
    <message>
        <source>Hand a conversation to another agent, or back to the queue.</source>
        <translation>Passa una conversazione a un altro operatore, o la rimette in coda.</translation>
    </message>
    <message>
        <source>transfer CONVERSATION [--to LOGIN]</source>
        <translation>transfer CONVERSATION [--to LOGIN]</translation>
    </message>
    <message>
        <source>Close a conversation with its outcome.</source>
        <translation>Chiude una conversazione con il suo esito.</translation>
    </message>
    <message>
        <source>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</source>
        <translation>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</translation>
    </message>
    <message>
        <source>Redirect a citizen to Pharos, Perceval, Thésée, Plainte en ligne or the brigade.</source>
        <translation>Reindirizza un cittadino verso Pharos, Perceval, Thésée, Plainte en ligne o la brigata.</translation>
    </message>
    <message>
        <source>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</source>
        <translation>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</translation>
    </message>
    <message>
        <source>Sync the cache and send the outbox.</source>
        <translation>Sincronizza la cache e invia la posta in uscita.</translation>
    </message>
    <message>
        <source>Cursor, last sync and outbox, from the cache.</source>
        <translation>Cursore, ultima sincronizzazione e posta in uscita, secondo la cache.</translation>
    </message>
    <message>
        <source>Remove refused commands from the outbox, once read.</source>
        <translation>Rimuove i comandi rifiutati dalla posta in uscita, una volta letti.</translation>
    </message>
    <message>
        <source>Usage: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Guichet&apos;s core, headless: for scripts, operations and tests.

Commands:
</source>
        <translation>Uso: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Il nucleo di Guichet, senza interfaccia grafica: per script, gestione operativa e test.

Comandi:
</translation>
    </message>
    <message>
        <source>
Run &quot;guichet-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage, 3 server unavailable, 4 login refused,
5 cache locked, 6 refused by the server, 7 not found.
</source>
        <translation>
Eseguire «guichet-cli COMMAND --help» per le opzioni di un comando.
Codici di uscita: 0 successo, 1 errore, 2 uso errato, 3 server non disponibile, 4 accesso rifiutato,
5 cache bloccata, 6 rifiutato dal server, 7 non trovato.
</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Output in formato JSON, leggibile da una macchina.</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Mostra l&apos;aiuto ed esce.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra la versione ed esce.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see guichet-cli --help)</source>
        <translation>comando sconosciuto «%1» (vedere guichet-cli --help)</translation>
    </message>
    <message>
        <source>Usage: guichet-cli %1 %2
</source>
        <translation>Uso: guichet-cli %1 %2
</translation>
    </message>
    <message>
        <source>guichet-cli %1 (Qt %2, SQLCipher %3)</source>
        <translation>guichet-cli %1 (Qt %2, SQLCipher %3)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>The knowledge base, JSON Lines (default: the base shipped with Guichet).</source>
        <translation>La base di conoscenza, in formato JSON Lines (predefinita: quella fornita con Guichet).</translation>
    </message>
    <message>
        <source>The language of the query: fr, en, de, it, es.</source>
        <translation>La lingua della ricerca: fr, en, de, it, es.</translation>
    </message>
    <message>
        <source>Synonyms file (default: the synonyms shipped with Guichet).</source>
        <translation>File dei sinonimi (predefinito: i sinonimi forniti con Guichet).</translation>
    </message>
    <message>
        <source>Show how each query word matched (text output).</source>
        <translation>Mostra come è stata trovata ogni parola della ricerca (output testuale).</translation>
    </message>
    <message>
        <source>--lang is required (%1)</source>
        <translation>--lang è obbligatorio (%1)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation>lingua sconosciuta «%1» (previsto: %2)</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--limit richiede un numero da 1 a %1, non «%2»</translation>
    </message>
    <message>
        <source>no query (usage: guichet-cli faq search --lang LL QUERY…)</source>
        <translation>nessuna ricerca (uso: guichet-cli faq search --lang LL QUERY…)</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 (ignorata)</translation>
    </message>
    <message>
        <source>No entry found.</source>
        <translation>Nessuna voce trovata.</translation>
    </message>
    <message>
        <source>(no %1 translation)</source>
        <translation>(traduzione %1 assente)</translation>
    </message>
    <message>
        <source>Search a knowledge base as the agents&apos; FAQ panel does.</source>
        <translation>Cerca in una base di conoscenza come fa il pannello FAQ degli operatori.</translation>
    </message>
    <message>
        <source>The cache file (default: the agent&apos;s cache under the user&apos;s data folder).</source>
        <translation>Il file della cache (predefinito: la cache dell&apos;operatore nella cartella dati dell&apos;utente).</translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation>L&apos;URL del server.</translation>
    </message>
    <message>
        <source>The agent&apos;s login.</source>
        <translation>Il nome utente dell&apos;operatore.</translation>
    </message>
    <message>
        <source>Remove conversations closed more than N days ago (0: every closed conversation).</source>
        <translation>Rimuove le conversazioni chiuse da più di N giorni (0: tutte le conversazioni chiuse).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Non chiede conferma.</translation>
    </message>
    <message>
        <source>Move a key held by the system keychain under a passphrase.</source>
        <translation>Sposta una chiave custodita dal portachiavi di sistema sotto la protezione di una passphrase.</translation>
    </message>
    <message>
        <source>no cache at %1</source>
        <translation>nessuna cache in %1</translation>
    </message>
    <message>
        <source>GUICHET_NEW_PASSPHRASE is empty</source>
        <translation>GUICHET_NEW_PASSPHRASE è vuota</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nuova passphrase: </translation>
    </message>
    <message>
        <source>no new passphrase (set GUICHET_NEW_PASSPHRASE, or type it twice on stdin)</source>
        <translation>nessuna nuova passphrase (impostare GUICHET_NEW_PASSPHRASE, o digitarla due volte sull&apos;input standard)</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Ripeti: </translation>
    </message>
    <message>
        <source>the two new passphrases differ: nothing was changed</source>
        <translation>le due nuove passphrase sono diverse: non è stato modificato nulla</translation>
    </message>
    <message>
        <source>The key of this cache is held by the system keychain: there is no passphrase to change, nothing was changed.
To protect it with a passphrase instead, run &quot;guichet-cli store passphrase --from-keychain&quot;.</source>
        <translation>La chiave di questa cache è custodita dal portachiavi di sistema: non c&apos;è nessuna passphrase da cambiare, non è stato modificato nulla.
Per proteggerla invece con una passphrase, eseguire «guichet-cli store passphrase --from-keychain».</translation>
    </message>
    <message>
        <source>The cache key has left the keychain: it is now protected by the new passphrase.</source>
        <translation>La chiave della cache ha lasciato il portachiavi: ora è protetta dalla nuova passphrase.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Passphrase attuale: </translation>
    </message>
    <message>
        <source>put the current passphrase in GUICHET_PASSPHRASE</source>
        <translation>inserire la passphrase attuale in GUICHET_PASSPHRASE</translation>
    </message>
    <message>
        <source>Passphrase changed; the cache itself was not rewritten.</source>
        <translation>Passphrase cambiata; la cache in sé non è stata riscritta.</translation>
    </message>
    <message>
        <source>store purge needs --days N (0 to %1)</source>
        <translation>store purge richiede --days N (da 0 a %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed conversation(s) removed from the cache.</source>
        <translation>
            <numerusform>%n conversazione chiusa rimossa dalla cache.</numerusform>
            <numerusform>%n conversazioni chiuse rimosse dalla cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy the cache %1 and its key? Commands not yet sent will be lost. Type &quot;yes&quot; to confirm: </source>
        <translation>Distruggere la cache %1 e la sua chiave? I comandi non ancora inviati andranno persi. Digitare «sì» per confermare: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted (type yes, or add --yes)</source>
        <translation>non confermato: non è stato eliminato nulla (digitare sì, o aggiungere --yes)</translation>
    </message>
    <message>
        <source>Cache and key destroyed: %1</source>
        <translation>Cache e chiave distrutte: %1</translation>
    </message>
    <message>
        <source>Describe the local cache: schema, cipher, key method, counts.</source>
        <translation>Descrive la cache locale: schema, cifratura, protezione della chiave, conteggi.</translation>
    </message>
    <message>
        <source>Change the cache passphrase; nothing is re-encrypted.</source>
        <translation>Cambia la passphrase della cache; nulla viene ricifrato.</translation>
    </message>
    <message>
        <source>Retention: remove conversations closed more than N days ago.</source>
        <translation>Conservazione: rimuove le conversazioni chiuse da più di N giorni.</translation>
    </message>
    <message>
        <source>Destroy the cache and its key (asks first, unless --yes).</source>
        <translation>Distrugge la cache e la sua chiave (chiede conferma, salvo con --yes).</translation>
    </message>
    <message>
        <source>The language of the answer to return when the entry exists in it (default: the query&apos;s).</source>
        <translation>La lingua della risposta da restituire quando la voce esiste in quella lingua (predefinito: quella della ricerca).</translation>
    </message>
    <message>
        <source>unknown answer language &quot;%1&quot; (expected %2)</source>
        <translation>lingua della risposta sconosciuta «%1» (previsto: %2)</translation>
    </message>
    <message>
        <source>At most N entries (default 10).</source>
        <translation>Al massimo N voci (predefinito 10).</translation>
    </message>
    <message>
        <source>Raise the emergency flag (top of every queue).</source>
        <translation>Attiva la segnalazione di emergenza (in cima a ogni coda).</translation>
    </message>
    <message>
        <source>Lower the emergency flag.</source>
        <translation>Disattiva la segnalazione di emergenza.</translation>
    </message>
    <message>
        <source>Raise the sexual and gender-based violence flag (goes first).</source>
        <translation>Attiva la segnalazione di violenza sessuale e di genere (passa per prima).</translation>
    </message>
    <message>
        <source>Lower the SGBV flag.</source>
        <translation>Disattiva la segnalazione di violenza.</translation>
    </message>
    <message>
        <source>Raise or lower a conversation&apos;s emergency and SGBV flags, overruling triage.</source>
        <translation>Attiva o disattiva le segnalazioni di emergenza e di violenza di una conversazione, scavalcando lo smistamento.</translation>
    </message>
    <message>
        <source>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</source>
        <translation>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</translation>
    </message>
    <message>
        <source>Brigade: the id of the message that asked the citizen for consent.</source>
        <translation>Brigata: l&apos;id del messaggio che ha chiesto il consenso al cittadino.</translation>
    </message>
    <message>
        <source>Brigade: the id of the citizen&apos;s message that gave consent.</source>
        <translation>Brigata: l&apos;id del messaggio del cittadino che ha dato il consenso.</translation>
    </message>
    <message>
        <source>Only this language&apos;s version (default: every language).</source>
        <translation>Solo la versione in questa lingua (predefinito: tutte le lingue).</translation>
    </message>
    <message>
        <source>Supervisors: take a knowledge-base entry out of every workstation.</source>
        <translation>Supervisori: ritirare una voce della base di conoscenza da tutte le postazioni.</translation>
    </message>
    <message>
        <source>--lang expects fr, en, de, it or es</source>
        <translation>--lang richiede fr, en, de, it o es</translation>
    </message>
    <message>
        <source>faq retire ID [--lang LL]</source>
        <translation>faq retire ID [--lang LL]</translation>
    </message>
    <message>
        <source>no cross-language lexicon: %1</source>
        <translation>nessun lessico multilingue: %1</translation>
    </message>
    <message>
        <source>The supervisor&apos;s login (password in GUICHET_PASSWORD).</source>
        <translation>Il login del supervisore (password in GUICHET_PASSWORD).</translation>
    </message>
    <message>
        <source>First day of the report (YYYY-MM-DD).</source>
        <translation>Primo giorno del rapporto (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Last day of the report (YYYY-MM-DD).</source>
        <translation>Ultimo giorno del rapporto (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Write the report to this CSV file.</source>
        <translation>Scrivere il rapporto in questo file CSV.</translation>
    </message>
    <message>
        <source>the server did not answer in time (--timeout)</source>
        <translation>il server non ha risposto in tempo (--timeout)</translation>
    </message>
    <message>
        <source>give --server URL and --login NAME</source>
        <translation>indicate --server URL e --login NOME</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the supervisor&apos;s password</source>
        <translation>impostate GUICHET_PASSWORD con la password del supervisore</translation>
    </message>
    <message>
        <source>only supervisors may use &quot;supervise&quot;: this account is not a supervisor&apos;s</source>
        <translation>solo i supervisori possono usare «supervise»: questo account non è di un supervisore</translation>
    </message>
    <message>
        <source>Waiting: %1 (on time %2, at risk %3, breached %4); emergencies %5, SGBV %6</source>
        <translation>In attesa: %1 (nei tempi %2, a rischio %3, scaduti %4); emergenze %5, violenza di genere %6</translation>
    </message>
    <message>
        <source>Today: %1 opened, %2 closed; first response p50 %3 s, p90 %4 s; satisfaction %5 (%6 answers)</source>
        <translation>Oggi: %1 aperte, %2 chiuse; prima risposta p50 %3 s, p90 %4 s; soddisfazione %5 (%6 risposte)</translation>
    </message>
    <message>
        <source>Surge: on since %1</source>
        <translation>Rinforzo: attivo dal %1</translation>
    </message>
    <message>
        <source>Surge: off</source>
        <translation>Rinforzo: non attivo</translation>
    </message>
    <message>
        <source>--from and --to expect dates, YYYY-MM-DD</source>
        <translation>--from e --to richiedono date, AAAA-MM-GG</translation>
    </message>
    <message>
        <source>--to comes before --from</source>
        <translation>--to viene prima di --from</translation>
    </message>
    <message>
        <source>give --csv FILE</source>
        <translation>indicate --csv FILE</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) written to %1</source>
        <translation>
            <numerusform>%n conversazione scritta in %1</numerusform>
            <numerusform>%n conversazioni scritte in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures (supervisors).</source>
        <translation>I dati della brigata in tempo reale (supervisori).</translation>
    </message>
    <message>
        <source>One CSV line per conversation opened in a period (supervisors).</source>
        <translation>Una riga CSV per conversazione aperta in un periodo (supervisori).</translation>
    </message>
    <message>
        <source>Why (kept in the event log and the audit log).</source>
        <translation>Perché (conservato nel registro degli eventi e nel registro di audit).</translation>
    </message>
    <message>
        <source>The agent who takes it (absent: the queue).</source>
        <translation>L&apos;agente che la prende (se assente: la coda).</translation>
    </message>
    <message>
        <source>Clear the order instead.</source>
        <translation>Annullare invece l&apos;ordine.</translation>
    </message>
    <message>
        <source>Channels the surge opens to reservists (webchat,…).</source>
        <translation>Canali che il rinforzo apre ai riservisti (webchat,…).</translation>
    </message>
    <message>
        <source>Languages (fr,en,…).</source>
        <translation>Lingue (fr,en,…).</translation>
    </message>
    <message>
        <source>How long the code stays valid (default 120).</source>
        <translation>Per quanto tempo il codice resta valido, in minuti (predefinito 120).</translation>
    </message>
    <message>
        <source>How long the account lasts at most (default 12).</source>
        <translation>Durata massima dell&apos;account, in ore (predefinito 12).</translation>
    </message>
    <message>
        <source>The enrolment code a supervisor gave you.</source>
        <translation>Il codice di registrazione che le ha dato un supervisore.</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it.</source>
        <translation>Il suo nome, come lo vedranno i colleghi.</translation>
    </message>
    <message>
        <source>say why with --reason TEXT</source>
        <translation>indicate il motivo con --reason TESTO</translation>
    </message>
    <message>
        <source>give one conversation number</source>
        <translation>indicate un numero di conversazione</translation>
    </message>
    <message>
        <source>conversation %1 is back in the queue</source>
        <translation>la conversazione %1 è di nuovo in coda</translation>
    </message>
    <message>
        <source>conversation %1 reassigned to %2</source>
        <translation>conversazione %1 riassegnata a %2</translation>
    </message>
    <message>
        <source>give one agent login</source>
        <translation>indicate un login di agente</translation>
    </message>
    <message>
        <source>say on or off</source>
        <translation>indicate on o off</translation>
    </message>
    <message>
        <source>surge on</source>
        <translation>rinforzo attivato</translation>
    </message>
    <message>
        <source>surge off</source>
        <translation>rinforzo terminato</translation>
    </message>
    <message>
        <source>Enrolment code: %1 (single use, valid until %2)</source>
        <translation>Codice di registrazione: %1 (monouso, valido fino al %2)</translation>
    </message>
    <message>
        <source>give --server URL, --code CODE and --login NAME</source>
        <translation>indicate --server URL, --code CODICE e --login NOME</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the password you choose</source>
        <translation>impostate GUICHET_PASSWORD con la password che scegliete</translation>
    </message>
    <message>
        <source>account %1 created (reservist); it ends with the surge</source>
        <translation>account %1 creato (riservista); termina con il rinforzo</translation>
    </message>
    <message>
        <source>Give a conversation to another agent, or back to the queue.</source>
        <translation>Affidare una conversazione a un altro agente, o rimetterla in coda.</translation>
    </message>
    <message>
        <source>Cut an agent off at once (supervisors).</source>
        <translation>Escludere subito un agente (supervisori).</translation>
    </message>
    <message>
        <source>agent %1 disabled</source>
        <translation>agente %1 disattivato</translation>
    </message>
    <message>
        <source>Let a disabled agent in again (supervisors).</source>
        <translation>Riammettere un agente disattivato (supervisori).</translation>
    </message>
    <message>
        <source>agent %1 enabled</source>
        <translation>agente %1 riattivato</translation>
    </message>
    <message>
        <source>Order (or --clear) a remote wipe of an agent&apos;s workstation cache.</source>
        <translation>Ordinare (o annullare con --clear) la cancellazione remota della cache della postazione di un agente.</translation>
    </message>
    <message>
        <source>wipe order for %1 cleared</source>
        <translation>ordine di cancellazione per %1 annullato</translation>
    </message>
    <message>
        <source>wipe ordered for %1</source>
        <translation>cancellazione ordinata per %1</translation>
    </message>
    <message>
        <source>Start or stop a surge (reservists, wider routing).</source>
        <translation>Avviare o fermare un rinforzo (riservisti, instradamento ampliato).</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account (during a surge).</source>
        <translation>Un codice monouso con cui un riservista crea il proprio account (durante un rinforzo).</translation>
    </message>
    <message>
        <source>Create your reservist account with a supervisor&apos;s enrolment code.</source>
        <translation>Creare il proprio account di riservista con il codice di registrazione di un supervisore.</translation>
    </message>
</context>
<context>
    <name>Guichet::ErrorText</name>
    <message>
        <source>The text is too long for this channel.</source>
        <translation>Il testo è troppo lungo per questo canale.</translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation>La sessione è terminata: acceda di nuovo.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Il server ha rifiutato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>Il suo account è disattivato.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Il suo account non è autorizzato a farlo.</translation>
    </message>
    <message>
        <source>Too many replies: wait for the citizen to write again (X allows a few replies per message), or slow down.</source>
        <translation>Troppe risposte: attenda che il cittadino scriva di nuovo (X consente poche risposte per messaggio), o rallenti.</translation>
    </message>
    <message>
        <source>The server does not know this conversation, message or agent.</source>
        <translation>Il server non conosce questa conversazione, questo messaggio o questo operatore.</translation>
    </message>
    <message>
        <source>Another agent took this conversation first.</source>
        <translation>Un altro operatore ha preso in carico prima questa conversazione.</translation>
    </message>
    <message>
        <source>You no longer hold this conversation.</source>
        <translation>Questa conversazione non è più in carico a lei.</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>La conversazione è chiusa.</translation>
    </message>
    <message>
        <source>That agent already holds as many conversations as allowed.</source>
        <translation>Questo operatore ha già in carico il numero massimo di conversazioni.</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s present state.</source>
        <translation>Non è possibile nello stato attuale della conversazione.</translation>
    </message>
    <message>
        <source>The platform no longer accepts a reply to this citizen: its reply window is closed.</source>
        <translation>La piattaforma non accetta più risposte a questo cittadino: la sua finestra di risposta è chiusa.</translation>
    </message>
    <message>
        <source>The platform did not deliver the message.</source>
        <translation>La piattaforma non ha consegnato il messaggio.</translation>
    </message>
    <message>
        <source>Nobody is waiting: the queue is empty.</source>
        <translation>Nessuno è in attesa: la coda è vuota.</translation>
    </message>
    <message>
        <source>The server could not store it (storage problem).</source>
        <translation>Il server non ha potuto salvarlo (problema di archiviazione).</translation>
    </message>
    <message>
        <source>The server met an internal error.</source>
        <translation>Il server ha riscontrato un errore interno.</translation>
    </message>
    <message>
        <source>The server is not available.</source>
        <translation>Il server non è disponibile.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Il server non ha accettato la richiesta.</translation>
    </message>
    <message>
        <source>The server did not accept the request (%1).</source>
        <translation>Il server non ha accettato la richiesta (%1).</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Rifiutato dal server.</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent is not recorded: ask them first, then record their answer.</source>
        <translation>Il consenso del cittadino non è registrato: chiedetelo prima, poi registrate la sua risposta.</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqFile</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON non valido al byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>previsto un oggetto JSON</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>riga più lunga di %1 byte</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same id and language)</source>
        <translation>duplicato della riga %1 (stesso id e stessa lingua)</translation>
    </message>
    <message numerus="yes">
        <source>not a knowledge base: none of its %n line(s) is a valid entry (%1)</source>
        <translation>
            <numerusform>non è una base di conoscenza: la sua %n riga non è una voce valida (%1)</numerusform>
            <numerusform>non è una base di conoscenza: nessuna delle sue %n righe è una voce valida (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no knowledge base file at %1</source>
        <translation>nessun file di base di conoscenza in %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 è una cartella, non un file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqLexicon</name>
    <message>
        <source>lexicon too large</source>
        <translation>lessico troppo grande</translation>
    </message>
    <message>
        <source>lexicon line %1 malformed or out of order</source>
        <translation>riga %1 del lessico malformata o fuori ordine</translation>
    </message>
    <message>
        <source>no lexicon file at %1</source>
        <translation>nessun file di lessico in %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqSynonyms</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON non valido al byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>previsto un oggetto JSON</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>versione non supportata</translation>
    </message>
    <message>
        <source>unknown key (expected &quot;version&quot; or a language code)</source>
        <translation>chiave sconosciuta (previsto: «version» o un codice di lingua)</translation>
    </message>
    <message>
        <source>expected an array of groups</source>
        <translation>previsto un array di gruppi</translation>
    </message>
    <message>
        <source>expected an array of 2 to %1 words</source>
        <translation>previsto un array da 2 a %1 parole</translation>
    </message>
    <message>
        <source>expected a word or phrase of 1 to %1 characters</source>
        <translation>prevista una parola o espressione da 1 a %1 caratteri</translation>
    </message>
    <message>
        <source>no synonyms file at %1</source>
        <translation>nessun file dei sinonimi in %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::KeyVault</name>
    <message>
        <source>The key file of this cache cannot be read.</source>
        <translation>Il file della chiave di questa cache non può essere letto.</translation>
    </message>
    <message>
        <source>The key file of this cache is damaged.</source>
        <translation>Il file della chiave di questa cache è danneggiato.</translation>
    </message>
    <message>
        <source>Cannot write the key file: %1</source>
        <translation>Impossibile scrivere il file della chiave: %1</translation>
    </message>
    <message>
        <source>Cannot write the key file (disk full?): %1</source>
        <translation>Impossibile scrivere il file della chiave (disco pieno?): %1</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>Memoria insufficiente per derivare la chiave.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Passphrase errata.</translation>
    </message>
    <message>
        <source>A passphrase is needed.</source>
        <translation>È necessaria una passphrase.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is in the keychain: it has no passphrase.</source>
        <translation>La chiave di questa cache è nel portachiavi: non ha una passphrase.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is already protected by a passphrase.</source>
        <translation>La chiave di questa cache è già protetta da una passphrase.</translation>
    </message>
    <message>
        <source>Cannot delete the key file.</source>
        <translation>Impossibile eliminare il file della chiave.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Il portachiavi di sistema non ha risposto.</translation>
    </message>
    <message>
        <source>The key of this cache is no longer in the system keychain.</source>
        <translation>La chiave di questa cache non è più nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Il portachiavi di sistema non è disponibile: %1</translation>
    </message>
    <message>
        <source>The agent&apos;s password is needed.</source>
        <translation>È necessaria la password dell&apos;operatore.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Questa cache si apre con la password del suo operatore.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Password errata.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is wrapped.</source>
        <translation>La chiave di questa cache è cifrata.</translation>
    </message>
</context>
<context>
    <name>Guichet::NotificationPolicy</name>
    <message>
        <source>Possible emergency</source>
        <translation>Possibile emergenza</translation>
    </message>
    <message>
        <source>%1 may be in danger: open the conversation now.</source>
        <translation>%1 potrebbe essere in pericolo: apra subito la conversazione.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>%1 is waiting in the chat.</source>
        <translation>%1 è in attesa nella chat.</translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation>Risposta in scadenza</translation>
    </message>
    <message>
        <source>The conversation with %1 is about to miss its deadline.</source>
        <translation>La conversazione con %1 sta per superare la scadenza.</translation>
    </message>
    <message>
        <source>A citizen may be in danger (%1): open the conversation now.</source>
        <translation>Un cittadino potrebbe essere in pericolo (%1): apra subito la conversazione.</translation>
    </message>
    <message>
        <source>A citizen is waiting in the chat (%1).</source>
        <translation>Un cittadino è in attesa nella chat (%1).</translation>
    </message>
    <message>
        <source>Conversation %1 is about to miss its deadline.</source>
        <translation>La conversazione %1 sta per superare la scadenza.</translation>
    </message>
</context>
<context>
    <name>Guichet::RefusalsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Guichet::RosterModel</name>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>Gendarme</source>
        <translation>Gendarme</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Riservista</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Conversations held out of the most the agent may hold, e.g. &quot;3 / 10&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Offline: a conversation given to them would go back to the queue.</source>
        <translation>Non in linea: una conversazione affidatagli tornerebbe in coda.</translation>
    </message>
    <message>
        <source>Holds as many conversations as allowed.</source>
        <translation>Gestisce già tante conversazioni quante consentite.</translation>
    </message>
    <message>
        <source>%1, %2, %3 of %4 conversations</source>
        <extracomment>Read by screen readers for one agent of the transfer list</extracomment>
        <translation>%1, %2, %3 conversazioni su %4</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No reply from this agent seen yet</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>adesso</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Ultima risposta</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>In the roster&apos;s presence column: the account is disabled</extracomment>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Disabled: cannot log in until a supervisor or an administrator enables the account again.</source>
        <translation>Disattivato: non può accedere finché un supervisore o un amministratore non riattiva l&apos;account.</translation>
    </message>
</context>
<context>
    <name>Guichet::Store</name>
    <message>
        <source>The outbox entry vanished.</source>
        <translation>La voce della posta in uscita è scomparsa.</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>Reindirizzate a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Nei tempi</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <source>Possible emergencies</source>
        <translation>Possibili emergenze</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Violenza sessuale o di genere</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Prima risposta, mediana</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Prima risposta, 90° percentile</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Questionari di soddisfazione</translation>
    </message>
    <message>
        <source>Mean rating (1 to 5)</source>
        <translation>Voto medio (da 1 a 5)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
</context>
<context>
    <name>Guichet::SyncEngine</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>Il certificato del server non è valido: %1</translation>
    </message>
    <message>
        <source>Log in with your password.</source>
        <translation>Acceda con la sua password.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>La postazione è bloccata.</translation>
    </message>
    <message>
        <source>No refused command with this id.</source>
        <translation>Nessun comando rifiutato con questo id.</translation>
    </message>
    <message>
        <source>This command cannot be sent again.</source>
        <translation>Questo comando non può essere reinviato.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>La connessione è stata persa.</translation>
    </message>
    <message>
        <source>The server is not connected: try again once online.</source>
        <translation>Il server non è collegato: riprovate una volta in linea.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Composer</name>
    <message>
        <source>Write your answer… (Ctrl+Enter sends)</source>
        <translation>Scriva la risposta… (Ctrl+Invio per inviare)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ConversationPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>&amp;Send the answer</source>
        <translation>&amp;Invia la risposta</translation>
    </message>
    <message>
        <source>&amp;Take this conversation</source>
        <translation>&amp;Prendi in carico questa conversazione</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Rilascia</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>&amp;Trasferisci…</translation>
    </message>
    <message>
        <source>&amp;Close with outcome…</source>
        <translation>&amp;Chiudi con esito…</translation>
    </message>
    <message>
        <source>Send the &amp;17 / 112 / 114 notice</source>
        <translation>Invia l&apos;avviso &amp;17 / 112 / 114</translation>
    </message>
    <message>
        <source>Redirect to %1…</source>
        <translation>Reindirizza verso %1…</translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation>Lingua del cittadino</translation>
    </message>
    <message>
        <source>The language the citizen writes in: correct it if it was guessed wrong.</source>
        <translation>La lingua in cui scrive il cittadino: la corregga se è stata riconosciuta male.</translation>
    </message>
    <message>
        <source>POSSIBLE EMERGENCY: the citizen may be in danger now. Tell them to call 17 or 112 (or send an SMS to 114) and alert your supervisor.</source>
        <translation>POSSIBILE EMERGENZA: il cittadino potrebbe essere in pericolo in questo momento. Gli dica di chiamare il 17 o il 112 (o di inviare un SMS al 114) e avvisi il suo supervisore.</translation>
    </message>
    <message>
        <source>Send the 17 / 112 / 114 notice (Ctrl+E)</source>
        <translation>Invia l&apos;avviso 17 / 112 / 114 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergenza</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Reindirizza</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Cronologia della conversazione</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Invia la risposta (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>The language could not be changed</source>
        <translation>Impossibile cambiare la lingua</translation>
    </message>
    <message>
        <source>The citizen is typing…</source>
        <translation>Il cittadino sta scrivendo…</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Nessuna conversazione selezionata</translation>
    </message>
    <message>
        <source>Pick one in the queue, or press Ctrl+N to take the next.</source>
        <translation>Ne scelga una nella coda, o prema Ctrl+N per prendere la successiva.</translation>
    </message>
    <message>
        <source>Anonymous citizen</source>
        <translation>Cittadino anonimo</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>in carico a %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>SLA state: time left</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more refused)</source>
        <translation>
            <numerusform>(%n altra rifiutata)</numerusform>
            <numerusform>(%n altre rifiutate)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Too long for %1: shorten the answer to %2 characters.</source>
        <translation>Troppo lunga per %1: accorci la risposta a %2 caratteri.</translation>
    </message>
    <message>
        <source>The answer was not sent</source>
        <translation>La risposta non è stata inviata</translation>
    </message>
    <message>
        <source>The conversation could not be taken</source>
        <translation>Impossibile prendere in carico la conversazione</translation>
    </message>
    <message>
        <source>The conversation could not be released</source>
        <translation>Impossibile rilasciare la conversazione</translation>
    </message>
    <message>
        <source>The conversation could not be transferred</source>
        <translation>Impossibile trasferire la conversazione</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Chiudi la conversazione</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Com&apos;è finita?</translation>
    </message>
    <message>
        <source>The conversation could not be closed</source>
        <translation>Impossibile chiudere la conversazione</translation>
    </message>
    <message>
        <source>The redirection was not sent</source>
        <translation>Il reindirizzamento non è stato inviato</translation>
    </message>
    <message>
        <source>Redirection to %1 sent; close the conversation when the citizen has what they need.</source>
        <translation>Reindirizzamento verso %1 inviato; chiuda la conversazione quando il cittadino ha ciò che gli serve.</translation>
    </message>
    <message>
        <source>The emergency notice was not sent</source>
        <translation>L&apos;avviso di emergenza non è stato inviato</translation>
    </message>
    <message>
        <source>Emergency notice sent. Alert your supervisor.</source>
        <translation>Avviso di emergenza inviato. Avvisi il suo supervisore.</translation>
    </message>
    <message>
        <source>No failed reply to retry in this conversation.</source>
        <translation>Nessuna risposta non riuscita da reinviare in questa conversazione.</translation>
    </message>
    <message>
        <source>The reply could not be retried</source>
        <translation>Impossibile reinviare la risposta</translation>
    </message>
    <message>
        <source>Raised by %1 at %2.</source>
        <translation>Attivata da %1 alle %2.</translation>
    </message>
    <message>
        <source>Raised by triage at %1 (%2).</source>
        <translation>Attivata dallo smistamento alle %1 (%2).</translation>
    </message>
    <message>
        <source>Raised by triage at %1 on “%2” (%3).</source>
        <translation>Attivata dallo smistamento alle %1 su «%2» (%3).</translation>
    </message>
    <message>
        <source>Raised by the server at %1.</source>
        <translation>Attivata dal server alle %1.</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Reinvi&amp;a</translation>
    </message>
    <message>
        <source>&amp;Emergency flag</source>
        <translation>Segnalazione di &amp;emergenza</translation>
    </message>
    <message>
        <source>Raise or lower the emergency flag: top of every queue</source>
        <translation>Attiva o disattiva la segnalazione di emergenza: in cima a ogni coda</translation>
    </message>
    <message>
        <source>&amp;Violence (SGBV) flag</source>
        <translation>Segnalazione di &amp;violenza (sessuale o di genere)</translation>
    </message>
    <message>
        <source>Raise or lower the sexual and gender-based violence flag: first after emergencies</source>
        <translation>Attiva o disattiva la segnalazione di violenza sessuale e di genere: per prima dopo le emergenze</translation>
    </message>
    <message>
        <source>Resend the refused or failed reply</source>
        <translation>Reinvia la risposta rifiutata o non riuscita</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Violenza sessuale o di genere</translation>
    </message>
    <message>
        <source>The action could not be sent again</source>
        <translation>Impossibile reinviare l&apos;azione</translation>
    </message>
    <message>
        <source>Platform reply window</source>
        <translation>Finestra di risposta della piattaforma</translation>
    </message>
    <message>
        <source>Translation needed</source>
        <translation>Traduzione necessaria</translation>
    </message>
    <message>
        <source>SEXUAL OR GENDER-BASED VIOLENCE: this conversation goes first after emergencies.</source>
        <translation>VIOLENZA SESSUALE O DI GENERE: questa conversazione passa per prima dopo le emergenze.</translation>
    </message>
    <message>
        <source>The server refused it: %1 — %2</source>
        <translation>Il server l&apos;ha rifiutato: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>X: %1 left to reply, %n replies left</source>
        <translation>
            <numerusform>X: %1 per rispondere, %n risposta rimasta</numerusform>
            <numerusform>X: %1 per rispondere, %n risposte rimaste</numerusform>
        </translation>
    </message>
    <message>
        <source>Messenger: %1 left to reply</source>
        <translation>Messenger: %1 per rispondere</translation>
    </message>
    <message>
        <source>Messenger: past 24 hours, your reply goes with the human agent tag (%1 left)</source>
        <translation>Messenger: oltre le 24 ore, la sua risposta parte con il tag «human agent» (resta %1)</translation>
    </message>
    <message>
        <source>X: no reply left for the citizen&apos;s last message: wait for them to write again</source>
        <translation>X: nessuna risposta rimasta per l&apos;ultimo messaggio del cittadino: attenda che scriva di nuovo</translation>
    </message>
    <message>
        <source>%1: the reply window is closed: the citizen must write again</source>
        <translation>%1: la finestra di risposta è chiusa: il cittadino deve scrivere di nuovo</translation>
    </message>
    <message>
        <source>Not sent: your reply holds the %1 text of a FAQ entry that has no %2 version. Translate it, or send again to send it as it is.</source>
        <translation>Non inviato: la sua risposta contiene il testo %1 di una voce delle FAQ che non ha una versione %2. Lo traduca, o invii di nuovo per inviarlo così com&apos;è.</translation>
    </message>
    <message>
        <source>Translate before sending: the FAQ entry has no %2 version, the text inserted is in %1.</source>
        <translation>Da tradurre prima di inviare: la voce delle FAQ non ha una versione %2, il testo inserito è in %1.</translation>
    </message>
    <message>
        <source>not sent; the answer stays here.</source>
        <translation>non inviata; la risposta resta qui.</translation>
    </message>
    <message>
        <source>The flag could not be changed</source>
        <translation>Impossibile modificare la segnalazione</translation>
    </message>
    <message>
        <source>Emergency flag raised: the conversation goes to the top of every queue.</source>
        <translation>Segnalazione di emergenza attivata: la conversazione va in cima a ogni coda.</translation>
    </message>
    <message>
        <source>Emergency flag lowered.</source>
        <translation>Segnalazione di emergenza disattivata.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag raised: the conversation goes first after emergencies.</source>
        <translation>Segnalazione di violenza attivata: la conversazione passa per prima dopo le emergenze.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag lowered.</source>
        <translation>Segnalazione di violenza disattivata.</translation>
    </message>
    <message>
        <source>The reply could not be sent again</source>
        <translation>Impossibile reinviare la risposta</translation>
    </message>
    <message>
        <source>&amp;Answer as a person: send with the human agent tag</source>
        <translation>&amp;Rispondi come persona: invia con il tag agente umano</translation>
    </message>
    <message>
        <source>Meta lets a person, never an automatic answer, reply after Messenger&apos;s standard window with the human agent tag, for a limited time.</source>
        <translation>Meta consente a una persona, mai a una risposta automatica, di rispondere dopo la finestra standard di Messenger con il tag agente umano, per un tempo limitato.</translation>
    </message>
    <message>
        <source>Consent to forward to the brigade recorded by %1 on %2. Question shown to the citizen: “%3”</source>
        <translation>Consenso alla trasmissione alla brigata registrato da %1 il %2. Domanda mostrata al cittadino: «%3»</translation>
    </message>
    <message>
        <source>Past Messenger&apos;s standard window: tick &quot;Answer as a person&quot; to send it with the human agent tag; not sent yet.</source>
        <translation>Finestra standard di Messenger superata: spuntate «Rispondi come persona» per inviarlo con il tag agente umano; non ancora inviato.</translation>
    </message>
    <message>
        <source>The consent question was not sent</source>
        <translation>La domanda di consenso non è stata inviata</translation>
    </message>
    <message>
        <source>Consent question sent. When the citizen has answered, redirect to the brigade again to record it.</source>
        <translation>Domanda di consenso inviata. Quando il cittadino avrà risposto, reindirizzate di nuovo alla brigata per registrarlo.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqDelegate</name>
    <message>
        <source>[%1, to translate] </source>
        <comment>language of the FAQ text, e.g. [FR, to translate]</comment>
        <translation>[%1, da tradurre] </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqEditorDialog</name>
    <message>
        <source>Edit the knowledge base</source>
        <translation>Modifica la base di conoscenza</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificativo</translation>
    </message>
    <message>
        <source>Search the entries (Ctrl+F)</source>
        <translation>Cerca tra le voci (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Cerca tra le voci</translation>
    </message>
    <message>
        <source>Knowledge base entries</source>
        <translation>Voci della base di conoscenza</translation>
    </message>
    <message>
        <source>Identifier of the entry</source>
        <translation>Identificativo della voce</translation>
    </message>
    <message>
        <source>e.g. lost-id-card</source>
        <translation>es. carta-identita-smarrita</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Parole chiave, separate da virgole</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separate da virgole</translation>
    </message>
    <message>
        <source>Links, separated by spaces</source>
        <translation>Link, separati da spazi</translation>
    </message>
    <message>
        <source>https://… separated by spaces</source>
        <translation>https://… separati da spazi</translation>
    </message>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Motivo, conservato nel registro</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identificativo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Domanda:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Risposta:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Parole chiave:</translation>
    </message>
    <message>
        <source>Lin&amp;ks:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nuova voce</translation>
    </message>
    <message>
        <source>An empty form for a new entry (Ctrl+N)</source>
        <translation>Un modulo vuoto per una nuova voce (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Send this version to the server: every workstation gets it (Ctrl+S)</source>
        <translation>Invia questa versione al server: ogni postazione la riceve (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;tire this language</source>
        <translation>Ri&amp;tira questa lingua</translation>
    </message>
    <message>
        <source>Take this language of the entry out of every workstation&apos;s base</source>
        <translation>Togli questa lingua della voce dalla base di ogni postazione</translation>
    </message>
    <message>
        <source>Choose an entry in the list, or fill in a new one.</source>
        <translation>Scegliete una voce nell&apos;elenco, o compilatene una nuova.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valido: %1</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Ancora nulla di modificato.</translation>
    </message>
    <message>
        <source>A new entry (or a new language of one); not sent yet.</source>
        <translation>Una nuova voce (o una nuova lingua di una voce); non ancora inviata.</translation>
    </message>
    <message>
        <source>A new version of this entry; not sent yet.</source>
        <translation>Una nuova versione di questa voce; non ancora inviata.</translation>
    </message>
    <message>
        <source>Say why in the reason.</source>
        <translation>Indicate il perché nel motivo.</translation>
    </message>
    <message>
        <source>Sent; the list shows it once the server has taken it.</source>
        <translation>Inviata; l&apos;elenco la mostra appena il server l&apos;ha accettata.</translation>
    </message>
    <message>
        <source>Retirement sent; the entry leaves the list once the server has taken it.</source>
        <translation>Ritiro inviato; la voce lascia l&apos;elenco appena il server l&apos;ha accettato.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqPanel</name>
    <message>
        <source>Search the FAQ (Ctrl+K)</source>
        <translation>Cerca nelle FAQ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <translation>Cerca nelle FAQ</translation>
    </message>
    <message>
        <source>FAQ results</source>
        <translation>Risultati delle FAQ</translation>
    </message>
    <message>
        <source>FAQ answer preview</source>
        <translation>Anteprima della risposta FAQ</translation>
    </message>
    <message>
        <source>Suggested from the citizen&apos;s last message</source>
        <translation>Suggerimenti in base all&apos;ultimo messaggio del cittadino</translation>
    </message>
    <message>
        <source>No suggestion for the citizen&apos;s last message: type to search.</source>
        <translation>Nessun suggerimento per l&apos;ultimo messaggio del cittadino: digiti per cercare.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or another language.</source>
        <translation>Nessun risultato. Provi altre parole, o un&apos;altra lingua.</translation>
    </message>
    <message>
        <source>Enter puts this answer in your reply.</source>
        <translation>Invio inserisce questa risposta nel suo messaggio.</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>FAQ search language: detected</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Detect the language you type in</source>
        <translation>Rileva la lingua in cui scrive</translation>
    </message>
    <message>
        <source>FAQ search language</source>
        <translation>Lingua di ricerca nelle FAQ</translation>
    </message>
    <message>
        <source>FAQ answer language</source>
        <translation>Lingua delle risposte FAQ</translation>
    </message>
    <message>
        <source>Answers in %1, the citizen&apos;s language, when the entry exists in it; otherwise in French, to translate.</source>
        <translation>Risposte in %1, la lingua del cittadino, quando la voce esiste in quella lingua; altrimenti in francese, da tradurre.</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <comment>FAQ search language detected, e.g. Auto: FR</comment>
        <translation>Auto: %1</translation>
    </message>
    <message>
        <source>No %1 version of this entry: this is the %2 text. Translate it before sending.</source>
        <translation>Nessuna versione %1 di questa voce: questo è il testo %2. Lo traduca prima di inviarlo.</translation>
    </message>
    <message>
        <source>Retire entry…</source>
        <translation>Ritira la voce…</translation>
    </message>
    <message>
        <source>Take this entry out of the knowledge base of every workstation (Delete in the results)</source>
        <translation>Togli questa voce dalla base di conoscenza di ogni postazione (Canc nei risultati)</translation>
    </message>
    <message>
        <source>Retire the FAQ entry</source>
        <translation>Ritira la voce delle FAQ</translation>
    </message>
    <message>
        <source>Retiring “%1”: every workstation drops it when the server confirms.</source>
        <translation>Ritiro di «%1»: ogni postazione la toglie appena il server conferma.</translation>
    </message>
    <message>
        <source>Could not retire “%1”: %2</source>
        <translation>Impossibile ritirare «%1»: %2</translation>
    </message>
    <message>
        <source>Indexing the knowledge base…</source>
        <translation>Indicizzazione della base di conoscenza…</translation>
    </message>
    <message>
        <source>Updating the knowledge base…</source>
        <translation>Aggiornamento della base di conoscenza…</translation>
    </message>
    <message>
        <source>The knowledge base is being indexed: the results will appear in a moment.</source>
        <translation>La base di conoscenza è in fase di indicizzazione: i risultati appariranno tra un momento.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Labels</name>
    <message>
        <source>Web chat</source>
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Modulo web</translation>
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
        <translation>Francese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>In carico</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Nei tempi</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposta data</translation>
    </message>
    <message>
        <source>Redirected to Pharos</source>
        <translation>Reindirizzata verso Pharos</translation>
    </message>
    <message>
        <source>Redirected to Perceval</source>
        <translation>Reindirizzata verso Perceval</translation>
    </message>
    <message>
        <source>Redirected to Thésée</source>
        <translation>Reindirizzata verso Thésée</translation>
    </message>
    <message>
        <source>Redirected to Plainte en ligne</source>
        <translation>Reindirizzata verso Plainte en ligne</translation>
    </message>
    <message>
        <source>Forwarded to the local brigade</source>
        <translation>Trasmessa alla brigata locale</translation>
    </message>
    <message>
        <source>Referred to 17 / 112</source>
        <translation>Indirizzata al 17 / 112</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicato</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
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
        <translation>la brigata locale</translation>
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
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>in ritardo di %1</translation>
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
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Coda</translation>
    </message>
    <message>
        <source>Take the &amp;next conversation</source>
        <translation>Prendi la conversazione &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>&amp;Cerca nella coda</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Vai alla c&amp;oda</translation>
    </message>
    <message>
        <source>Go to the &amp;conversation</source>
        <translation>Vai alla co&amp;nversazione</translation>
    </message>
    <message>
        <source>Go to the &amp;FAQ</source>
        <translation>Vai alle &amp;FAQ</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>C&amp;onversazione</translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation>&amp;FAQ</translation>
    </message>
    <message>
        <source>&amp;Search the FAQ</source>
        <translation>&amp;Cerca nelle FAQ</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Presenza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Your presence: busy silences notifications (Ctrl+Shift+1/2/3)</source>
        <translation>La sua presenza: «Occupato» silenzia le notifiche (Ctrl+Maiusc+1/2/3)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>No conversation taken: %1</source>
        <translation>Nessuna conversazione presa in carico: %1</translation>
    </message>
    <message>
        <source>Offline — your work is kept and goes out when the link is back</source>
        <translation>Offline — il suo lavoro è conservato e partirà al ritorno della connessione</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>%p% synced</source>
        <translation>%p% sincronizzato</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go out</source>
        <translation>
            <numerusform>%n in attesa di invio</numerusform>
            <numerusform>%n in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Tutto inviato</translation>
    </message>
    <message>
        <source>Wiped</source>
        <translation>Cancellato</translation>
    </message>
    <message>
        <source>Cache wiped</source>
        <translation>Cache cancellata</translation>
    </message>
    <message>
        <source>A supervisor ordered this workstation&apos;s cache wiped (%1). Its data and key are destroyed and your session has ended. Restart Guichet to log in again.</source>
        <translation>Un supervisore ha ordinato la cancellazione della cache di questa postazione (%1). I suoi dati e la sua chiave sono stati distrutti e la sessione è terminata. Riavvii Guichet per accedere di nuovo.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Nuovo accesso</translation>
    </message>
    <message>
        <source>%1
Your password for %2:</source>
        <translation>%1
La sua password per %2:</translation>
    </message>
    <message>
        <source>Taking the next conversation…</source>
        <translation>Presa in carico della conversazione successiva…</translation>
    </message>
    <message>
        <source>S&amp;witch agent</source>
        <translation>&amp;Cambia operatore</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Refused ac&amp;tions…</source>
        <translation>Azioni &amp;rifiutate…</translation>
    </message>
    <message>
        <source>Actions the server refused: open the list (Ctrl+Shift+O)</source>
        <translation>Azioni rifiutate dal server: apri l&apos;elenco (Ctrl+Maiusc+O)</translation>
    </message>
    <message>
        <source>Locked — still connected, your conversations are kept</source>
        <translation>Bloccato — ancora connesso, le sue conversazioni sono conservate</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n rifiutata</numerusform>
            <numerusform>⚠ %n rifiutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions refused by the server</source>
        <translation>
            <numerusform>%n azione rifiutata dal server</numerusform>
            <numerusform>%n azioni rifiutate dal server</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervisione</translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures: queue, agents, today (supervisors)</source>
        <translation>I dati della brigata in tempo reale: coda, agenti, oggi (supervisori)</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>&amp;Supervisiona</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MessageDelegate</name>
    <message>
        <source>%1: %2 — select it and press Ctrl+R to retry</source>
        <comment>delivery failed: reason</comment>
        <translation>%1: %2 — lo selezioni e prema Ctrl+R per riprovare</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>non consegnato</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueueDelegate</name>
    <message>
        <source>EMERGENCY</source>
        <translation>EMERGENZA</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n rifiutata</numerusform>
            <numerusform>⚠ %n rifiutate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueuePanel</name>
    <message>
        <source>F&amp;lagged</source>
        <translation>Segna&amp;late</translation>
    </message>
    <message>
        <source>Take &amp;next</source>
        <translation>Prendi la &amp;successiva</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Il mio team</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mie</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Ambito delle conversazioni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>In carico</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Conversation state</source>
        <translation>Stato delle conversazioni</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Only emergencies and violence cases</source>
        <translation>Solo emergenze e casi di violenza</translation>
    </message>
    <message>
        <source>Search the queue (Ctrl+F)</source>
        <translation>Cerca nella coda (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Cerca nella coda</translation>
    </message>
    <message>
        <source>Take the most urgent waiting conversation (Ctrl+N)</source>
        <translation>Prendi in carico la conversazione in attesa più urgente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>%1 shown · %2 waiting</source>
        <translation>%1 visualizzate · %2 in attesa</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RedirectDialog</name>
    <message>
        <source>Redirect to %1</source>
        <translation>Reindirizzamento verso %1</translation>
    </message>
    <message>
        <source>Check before redirecting</source>
        <translation>Da verificare prima di reindirizzare</translation>
    </message>
    <message>
        <source>This redirection is not defined on this workstation yet: sync with the server, or write the text yourself.</source>
        <translation>Questo reindirizzamento non è ancora definito su questa postazione: sincronizzi con il server, o scriva il testo personalmente.</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;language:</source>
        <translation>&amp;Lingua del cittadino:</translation>
    </message>
    <message>
        <source>&amp;Text sent to the citizen (you can edit it):</source>
        <translation>&amp;Testo inviato al cittadino (modificabile):</translation>
    </message>
    <message>
        <source>Text sent to the citizen</source>
        <translation>Testo inviato al cittadino</translation>
    </message>
    <message>
        <source>&amp;Send and record</source>
        <translation>&amp;Invia e registra</translation>
    </message>
    <message>
        <source>Citizen&apos;s consent (required to forward to the brigade)</source>
        <translation>Consenso del cittadino (obbligatorio per trasmettere alla brigata)</translation>
    </message>
    <message>
        <source>Question sent to the citizen: “%1”</source>
        <translation>Domanda inviata al cittadino: «%1»</translation>
    </message>
    <message>
        <source>Their answer: “%1”</source>
        <translation>La sua risposta: «%1»</translation>
    </message>
    <message>
        <source>This answer is the citizen&apos;s &amp;consent to forwarding</source>
        <translation>Questa risposta è il &amp;consenso del cittadino alla trasmissione</translation>
    </message>
    <message>
        <source>Recorded with your login, the time, the question and the answer; the server checks both are in this conversation.</source>
        <translation>Registrato con il vostro login, l&apos;ora, la domanda e la risposta; il server verifica che entrambe siano in questa conversazione.</translation>
    </message>
    <message>
        <source>The question is on its way to the server. When the citizen has answered, redirect again to record their consent.</source>
        <translation>La domanda è in viaggio verso il server. Quando il cittadino avrà risposto, reindirizzate di nuovo per registrare il suo consenso.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer to: “%1”</source>
        <translation>In attesa della risposta del cittadino a: «%1»</translation>
    </message>
    <message>
        <source>Ask the citizen first. This question is sent to them; their answer is their consent or refusal.</source>
        <translation>Chiedete prima al cittadino. Questa domanda gli viene inviata; la sua risposta è il suo consenso o il suo rifiuto.</translation>
    </message>
    <message>
        <source>Consent question for the citizen</source>
        <translation>Domanda di consenso per il cittadino</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>Chiedi di &amp;nuovo</translation>
    </message>
    <message>
        <source>&amp;Ask the citizen</source>
        <translation>&amp;Chiedi al cittadino</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RefusalsDialog</name>
    <message>
        <source>&amp;Open the conversation</source>
        <translation>&amp;Apri la conversazione</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reinvia</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rifiutata dal server</translation>
    </message>
    <message>
        <source>The server refused these actions: they did not happen. Send one again, or dismiss it once you have dealt with it.</source>
        <translation>Il server ha rifiutato queste azioni: non sono avvenute. Ne reinvii una, o la nasconda dopo averla gestita.</translation>
    </message>
    <message>
        <source>Refused actions</source>
        <translation>Azioni rifiutate</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RetireFaqDialog</name>
    <message>
        <source>Retire a FAQ entry</source>
        <translation>Ritira una voce delle FAQ</translation>
    </message>
    <message>
        <source>Retire “%1” (%2) from the knowledge base? Every workstation stops proposing it as soon as the server confirms. An administrator can bring it back (guichet-server admin faq revert).</source>
        <translation>Ritirare «%1» (%2) dalla base di conoscenza? Nessuna postazione la proporrà più appena il server conferma. Un amministratore può ripristinarla (guichet-server admin faq revert).</translation>
    </message>
    <message>
        <source>Every language (%1)</source>
        <translation>Tutte le lingue (%1)</translation>
    </message>
    <message>
        <source>Only the %1 version</source>
        <translation>Solo la versione in %1</translation>
    </message>
    <message>
        <source>Versions to retire</source>
        <translation>Versioni da ritirare</translation>
    </message>
    <message>
        <source>Wrong, outdated, duplicate…</source>
        <translation>Errata, obsoleta, doppione…</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Motivo del ritiro</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versioni:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ritira</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SettingsDialog</name>
    <message>
        <source>Show the &amp;citizen&apos;s name in desktop notifications</source>
        <translation>Mostra il nome del &amp;cittadino nelle notifiche del desktop</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>Ca&amp;mbia la passphrase</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Minutes without any input or change of window before Guichet locks</source>
        <translation>Minuti senza input né cambio di finestra prima che Guichet si blocchi</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Blocca dopo inattività:</translation>
    </message>
    <message>
        <source>close at once</source>
        <translation>rilasciarle subito</translation>
    </message>
    <message>
        <source>While locked, Guichet stays connected (away) and keeps your conversations this long</source>
        <translation>Quando è bloccato, Guichet resta connesso (assente) e tiene le sue conversazioni per questo tempo</translation>
    </message>
    <message>
        <source>&amp;Keep my conversations while locked:</source>
        <translation>&amp;Tieni le mie conversazioni durante il blocco:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Riservatezza</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Closed conversations older than this leave this workstation&apos;s cache</source>
        <translation>Le conversazioni chiuse più vecchie lasciano la cache di questa postazione</translation>
    </message>
    <message>
        <source>&amp;Retention of closed conversations:</source>
        <translation>Conse&amp;rvazione delle conversazioni chiuse:</translation>
    </message>
    <message>
        <source>Off: notifications name the conversation by its reference only</source>
        <translation>Disattivato: le notifiche indicano la conversazione solo con il suo riferimento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Quella del sistema</translation>
    </message>
    <message>
        <source>&amp;Interface language (at the next start):</source>
        <translation>&amp;Lingua dell&apos;interfaccia (al prossimo avvio):</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Passphrase della cache</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Passphrase &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nuova passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>Your cache key is in the system keychain, wrapped under your password: there is no passphrase to change.</source>
        <translation>La chiave della sua cache è nel portachiavi di sistema, cifrata con la sua password: non c&apos;è nessuna passphrase da cambiare.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>La nuova passphrase richiede almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The two new passphrases differ: nothing was changed.</source>
        <translation>Le due nuove passphrase sono diverse: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The current passphrase is not the right one: nothing was changed.</source>
        <translation>La passphrase attuale non è quella giusta: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translation>Passphrase cambiata: da ora usi quella nuova.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SetupWizard</name>
    <message>
        <source>In the system &amp;keychain (recommended)</source>
        <translation>Nel p&amp;ortachiavi di sistema (consigliato)</translation>
    </message>
    <message>
        <source>Under a &amp;passphrase I type when I unlock</source>
        <translation>Con una passphrase digitata allo s&amp;blocco</translation>
    </message>
    <message>
        <source>Set up Guichet</source>
        <translation>Configura Guichet</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Il suo account</translation>
    </message>
    <message>
        <source>The address of the Brigade numérique&apos;s server and your agent login.</source>
        <translation>L&apos;indirizzo del server della Brigade numérique e il suo nome utente di operatore.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Protect the cache</source>
        <translation>Protezione della cache</translation>
    </message>
    <message>
        <source>Conversations kept on this computer are encrypted. Choose where their key is kept.</source>
        <translation>Le conversazioni conservate su questo computer sono cifrate. Scelga dove conservarne la chiave.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>almeno %n carattere</numerusform>
            <numerusform>almeno %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Passp&amp;hrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters, a sentence is best.</source>
        <translation>
            <numerusform>La passphrase è troppo corta: usi almeno %n carattere, meglio ancora una frase intera.</numerusform>
            <numerusform>La passphrase è troppo corta: usi almeno %n caratteri, meglio ancora una frase intera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Le due passphrase sono diverse: digiti due volte la stessa.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer. Choose a passphrase instead.</source>
        <translation>Su questo computer non risponde nessun portachiavi. Scelga invece una passphrase.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>The server refused this login and password. Check them (is Caps Lock on?) and try again. After several failures the server slows down further attempts.</source>
        <translation>Il server ha rifiutato questo nome utente e questa password. Li verifichi (il blocco maiuscole è attivo?) e riprovi. Dopo diversi tentativi falliti il server rallenta i tentativi successivi.</translation>
    </message>
    <message>
        <source>%1 Do not go on: ask your administrator to check the server&apos;s certificate.</source>
        <translation>%1 Non prosegua: chieda al suo amministratore di verificare il certificato del server.</translation>
    </message>
    <message>
        <source>The server at %1 does not answer (%2). Check the address and the network, or ask whether the server is up.</source>
        <translation>Il server %1 non risponde (%2). Verifichi l&apos;indirizzo e la rete, o chieda se il server è in funzione.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check the address and the network.</source>
        <translation>Il server %1 non ha risposto in tempo. Verifichi l&apos;indirizzo e la rete.</translation>
    </message>
    <message>
        <source>I have an &amp;enrolment code (reservist joining a surge)</source>
        <translation>&amp;Ho un codice di registrazione (riservista chiamato per un rinforzo)</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Codice di registrazione:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Il suo no&amp;me:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Password di nuo&amp;vo:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Codice di registrazione</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il suo nome</translation>
    </message>
    <message>
        <source>as your colleagues will see it</source>
        <translation>come lo vedranno i colleghi</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password di nuovo</translation>
    </message>
    <message>
        <source>The server&apos;s address, the code your supervisor gave you, and the login and password you choose for your reservist account.</source>
        <translation>L&apos;indirizzo del server, il codice che le ha dato il supervisore, e il login e la password che sceglie per il suo account di riservista.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Scegliete una password di almeno %n carattere.</numerusform>
            <numerusform>Scegliete una password di almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Le due password sono diverse: digitate due volte la stessa.</translation>
    </message>
    <message>
        <source>The server refused the enrolment: %1. Check the code, or ask your supervisor for a new one.</source>
        <translation>Il server ha rifiutato la registrazione: %1. Controllate il codice o chiedetene uno nuovo al supervisore.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorActionDialog</name>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Motivo, conservato nel registro</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorPage</name>
    <message>
        <source>Waiting, last hours</source>
        <translation>In attesa, ultime ore</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Opened per hour</source>
        <translation>Aperte per ora</translation>
    </message>
    <message>
        <source>Mean rating per day</source>
        <translation>Voto medio per giorno</translation>
    </message>
    <message>
        <source>Export the &amp;report (CSV)…</source>
        <translation>Esporta il &amp;rapporto (CSV)…</translation>
    </message>
    <message>
        <source>Export the c&amp;harts (PNG)…</source>
        <translation>Esporta i &amp;grafici (PNG)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supervision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supervisione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>Queue by SLA state</source>
        <translation>Coda per tempi di risposta</translation>
    </message>
    <message>
        <source>Waiting by channel</source>
        <translation>In attesa per canale</translation>
    </message>
    <message>
        <source>Waiting by language</source>
        <translation>In attesa per lingua</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Redirections today</source>
        <translation>Reindirizzamenti oggi</translation>
    </message>
    <message>
        <source>Last survey comments</source>
        <translation>Ultimi commenti dei questionari</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Andamento</translation>
    </message>
    <message numerus="yes">
        <source>Report exported: %n conversation(s).</source>
        <translation>
            <numerusform>Rapporto esportato: %n conversazione.</numerusform>
            <numerusform>Rapporto esportato: %n conversazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>Il rapporto non è stato esportato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n possible emergency(ies) waiting</source>
        <translation>
            <numerusform>%n possibile emergenza in attesa</numerusform>
            <numerusform>%n possibili emergenze in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SGBV conversation(s) waiting</source>
        <translation>
            <numerusform>%n conversazione di violenza di genere in attesa</numerusform>
            <numerusform>%n conversazioni di violenza di genere in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the answer time</source>
        <translation>
            <numerusform>%n oltre il tempo di risposta</numerusform>
            <numerusform>%n oltre il tempo di risposta</numerusform>
        </translation>
    </message>
    <message>
        <source>Surge on</source>
        <translation>Rinforzo attivo</translation>
    </message>
    <message>
        <source>Offline: no figures yet</source>
        <translation>Non in linea: ancora nessun dato</translation>
    </message>
    <message>
        <source>Offline: figures of %1</source>
        <translation>Non in linea: dati delle %1</translation>
    </message>
    <message>
        <source>Figures not updated: %1</source>
        <translation>Dati non aggiornati: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s figures…</source>
        <translation>In attesa dei dati del server…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aggiornato alle %1</translation>
    </message>
    <message>
        <source>The report cannot be exported now: one is being written, or the server is not connected.</source>
        <translation>Il rapporto non può essere esportato ora: ne è in corso un altro, oppure il server non è connesso.</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1.</source>
        <translation>Non è stato possibile salvare i grafici in %1.</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>Grafici salvati in %1.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il rapporto</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>The last day comes before the first: nothing exported.</source>
        <translation>L&apos;ultimo giorno precede il primo: nulla è stato esportato.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>Esporta i grafici</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Reassign the conversation…</source>
        <translation>&amp;Riassegna la conversazione…</translation>
    </message>
    <message>
        <source>&amp;Disable the agent…</source>
        <translation>&amp;Disattiva l&apos;agente…</translation>
    </message>
    <message>
        <source>&amp;Enable the agent…</source>
        <translation>Riattiva l&apos;&amp;agente…</translation>
    </message>
    <message>
        <source>Order a remote &amp;wipe…</source>
        <translation>Ordina una &amp;cancellazione remota…</translation>
    </message>
    <message>
        <source>&amp;Clear the wipe order…</source>
        <translation>A&amp;nnulla l&apos;ordine di cancellazione…</translation>
    </message>
    <message>
        <source>&amp;Start a surge…</source>
        <translation>A&amp;vvia un rinforzo…</translation>
    </message>
    <message>
        <source>S&amp;top the surge…</source>
        <translation>&amp;Termina il rinforzo…</translation>
    </message>
    <message>
        <source>Enrol a reser&amp;vist…</source>
        <translation>Registra un ri&amp;servista…</translation>
    </message>
    <message>
        <source>Edit the redirect&amp;ions…</source>
        <translation>Modifica i r&amp;eindirizzamenti…</translation>
    </message>
    <message>
        <source>Give the selected conversation to another agent, or put it back in the queue</source>
        <translation>Affida la conversazione scelta a un altro agente, o rimettila in coda</translation>
    </message>
    <message>
        <source>Close the selected agent&apos;s account: their sessions are cut</source>
        <translation>Chiude l&apos;account dell&apos;agente scelto: le sue sessioni vengono interrotte</translation>
    </message>
    <message>
        <source>Let the selected agent log in again</source>
        <translation>Permette all&apos;agente scelto di accedere di nuovo</translation>
    </message>
    <message>
        <source>Destroy the selected agent&apos;s workstation cache (lost or stolen laptop)</source>
        <translation>Distrugge la cache della postazione dell&apos;agente scelto (portatile perso o rubato)</translation>
    </message>
    <message>
        <source>Withdraw a wipe order not yet carried out</source>
        <translation>Ritira un ordine di cancellazione non ancora eseguito</translation>
    </message>
    <message>
        <source>Open the queue to reservists and raise capacities</source>
        <translation>Apre la coda ai riservisti e aumenta le capacità</translation>
    </message>
    <message>
        <source>End the surge: the reservists&apos; accounts close</source>
        <translation>Termina il rinforzo: gli account dei riservisti vengono chiusi</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account</source>
        <translation>Un codice monouso con cui un riservista crea il proprio account</translation>
    </message>
    <message>
        <source>Change the official address or the citizen&apos;s text of a redirection, on every workstation</source>
        <translation>Cambia l&apos;indirizzo ufficiale o il testo per il cittadino di un reindirizzamento, su tutte le postazioni</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Esito dell&apos;ultima azione</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversazioni aperte</translation>
    </message>
    <message>
        <source>Enrolment code received; valid until %1, once.</source>
        <translation>Codice di registrazione ricevuto; valido fino a %1, una sola volta.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Codice di registrazione</translation>
    </message>
    <message>
        <source>Enrolment code: %1</source>
        <translation>Codice di registrazione: %1</translation>
    </message>
    <message>
        <source>Valid until %1, for one reservist. On their own laptop they open the setup wizard, tick “I have an enrolment code” and type it with a login and a password of their choice. Their account ends with the surge.</source>
        <translation>Valido fino a %1, per un solo riservista. Sul proprio portatile apre la procedura guidata di configurazione, spunta «Ho un codice di registrazione» e lo digita con un nome utente e una password a sua scelta. Il suo account termina con il rinforzo.</translation>
    </message>
    <message>
        <source>No enrolment code: %1</source>
        <translation>Nessun codice di registrazione: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fatto.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Il server ha risposto: %2</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1: rifiutato dal server: %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: non inviato: %2</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the server…</source>
        <translation>%1: inviato, in attesa del server…</translation>
    </message>
    <message>
        <source>%1: queued; it goes to the server when the link is back.</source>
        <translation>%1: in attesa di invio; va al server appena torna il collegamento.</translation>
    </message>
    <message>
        <source>Reassign a conversation</source>
        <translation>Riassegna una conversazione</translation>
    </message>
    <message>
        <source>Reassign %1, held by %2, to an &amp;agent:</source>
        <translation>Riassegna %1, in carico a %2, a un &amp;agente:</translation>
    </message>
    <message>
        <source>Reassign %1, waiting, to an &amp;agent:</source>
        <translation>Riassegna %1, in attesa, a un &amp;agente:</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>&amp;Riassegna</translation>
    </message>
    <message>
        <source>Putting %1 back in the queue</source>
        <translation>Rimessa in coda di %1</translation>
    </message>
    <message>
        <source>Reassigning %1 to %2</source>
        <translation>Riassegnazione di %1 a %2</translation>
    </message>
    <message>
        <source>Disable an agent</source>
        <translation>Disattiva un agente</translation>
    </message>
    <message>
        <source>Disable the account of %1? Their sessions are cut within a second and they cannot log in until a supervisor or an administrator enables it again. Reassign what they hold if it cannot wait.</source>
        <translation>Disattivare l&apos;account di %1? Le sue sessioni vengono interrotte entro un secondo e non può più accedere finché un supervisore o un amministratore non lo riattiva. Riassegna ciò che ha in carico se non può aspettare.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Disabling %1</source>
        <translation>Disattivazione di %1</translation>
    </message>
    <message>
        <source>Enable an agent</source>
        <translation>Riattiva un agente</translation>
    </message>
    <message>
        <source>Enable the account of %1 again? They can log in at once.</source>
        <translation>Riattivare l&apos;account di %1? Può accedere subito.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Riattiva</translation>
    </message>
    <message>
        <source>Enabling %1</source>
        <translation>Riattivazione di %1</translation>
    </message>
    <message>
        <source>Order a remote wipe</source>
        <translation>Ordina una cancellazione remota</translation>
    </message>
    <message>
        <source>Wipe the workstation of %1? Its cache (conversations, drafts) and its key are destroyed as soon as it connects, and the session ends. This cannot be undone on that workstation; the conversations stay on the server.</source>
        <translation>Cancellare la postazione di %1? La sua cache (conversazioni, bozze) e la sua chiave vengono distrutte appena si collega, e la sessione termina. Su quella postazione non si può annullare; le conversazioni restano sul server.</translation>
    </message>
    <message>
        <source>Order the &amp;wipe</source>
        <translation>Ordina la &amp;cancellazione</translation>
    </message>
    <message>
        <source>Wipe order for %1</source>
        <translation>Ordine di cancellazione per %1</translation>
    </message>
    <message>
        <source>Clear a wipe order</source>
        <translation>Ritira un ordine di cancellazione</translation>
    </message>
    <message>
        <source>Withdraw the wipe ordered for %1? A workstation already wiped stays wiped; one that has not connected since keeps its cache.</source>
        <translation>Ritirare la cancellazione ordinata per %1? Una postazione già cancellata resta tale; una che non si è collegata da allora conserva la sua cache.</translation>
    </message>
    <message>
        <source>C&amp;lear the order</source>
        <translation>Ri&amp;tira l&apos;ordine</translation>
    </message>
    <message>
        <source>Clearing the wipe order for %1</source>
        <translation>Ritiro dell&apos;ordine di cancellazione per %1</translation>
    </message>
    <message>
        <source>Start a surge</source>
        <translation>Avvia un rinforzo</translation>
    </message>
    <message>
        <source>Start a surge? Reservists then see the waiting conversations of the channels and languages below, every agent may hold more conversations (as the server is configured), and citizens waiting in web chat are told an estimate of their wait. You can then enrol reservists with one-time codes.</source>
        <translation>Avviare un rinforzo? I riservisti vedono allora le conversazioni in attesa dei canali e delle lingue qui sotto, ogni agente può gestire più conversazioni (secondo la configurazione del server) e i cittadini in attesa nella chat ricevono una stima della loro attesa. Potrai poi registrare riservisti con codici monouso.</translation>
    </message>
    <message>
        <source>&amp;Start the surge</source>
        <translation>&amp;Avvia il rinforzo</translation>
    </message>
    <message>
        <source>Nothing ticked: as configured on the server (routing.surge).</source>
        <translation>Nulla spuntato: secondo la configurazione del server (routing.surge).</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canali:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Lingue:</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>Avvio del rinforzo</translation>
    </message>
    <message>
        <source>Stop the surge</source>
        <translation>Termina il rinforzo</translation>
    </message>
    <message>
        <source>Stop the surge? The reservists&apos; accounts created for it are disabled at once (what they hold goes back to the queue), unused enrolment codes become void, and capacities return to each agent&apos;s own.</source>
        <translation>Terminare il rinforzo? Gli account dei riservisti creati per esso vengono disattivati subito (ciò che hanno in carico torna in coda), i codici di registrazione non usati decadono e ogni agente ritrova la propria capacità.</translation>
    </message>
    <message>
        <source>S&amp;top the surge</source>
        <translation>&amp;Termina il rinforzo</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>Arresto del rinforzo</translation>
    </message>
    <message>
        <source>Enrol a reservist</source>
        <translation>Registra un riservista</translation>
    </message>
    <message>
        <source>Ask the server for a one-time enrolment code: a reservist types it in the setup wizard on their own laptop to create their account. The code is shown once; it works once, only while the surge lasts.</source>
        <translation>Chiedere al server un codice di registrazione monouso: un riservista lo digita nella procedura guidata di configurazione sul proprio portatile per creare il suo account. Il codice viene mostrato una volta; vale una volta, solo finché dura il rinforzo.</translation>
    </message>
    <message>
        <source>&amp;Ask for a code</source>
        <translation>&amp;Chiedi un codice</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code valid for, in minutes</source>
        <translation>Validità del codice, in minuti</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Account lasts at most, in hours</source>
        <translation>Durata massima dell&apos;account, in ore</translation>
    </message>
    <message>
        <source>Code valid for:</source>
        <translation>Codice valido per:</translation>
    </message>
    <message>
        <source>Account lasts at most:</source>
        <translation>Account valido al massimo:</translation>
    </message>
    <message>
        <source>Enrolment code asked for, waiting for the server…</source>
        <translation>Codice di registrazione chiesto, in attesa del server…</translation>
    </message>
    <message>
        <source>The redirect definitions cannot be read: %1</source>
        <translation>Le definizioni di reindirizzamento non sono leggibili: %1</translation>
    </message>
    <message>
        <source>Edit the redirections</source>
        <translation>Modifica i reindirizzamenti</translation>
    </message>
    <message>
        <source>Change the official address of a redirection, or the text the citizen receives in a language ({url} stands for the address). Every workstation gets the new version when the server accepts it.</source>
        <translation>Cambia l&apos;indirizzo ufficiale di un reindirizzamento, o il testo che il cittadino riceve in una lingua ({url} sta per l&apos;indirizzo). Tutte le postazioni ricevono la nuova versione appena il server la accetta.</translation>
    </message>
    <message>
        <source>&amp;Send to every workstation</source>
        <translation>&amp;Invia a tutte le postazioni</translation>
    </message>
    <message>
        <source>Official address</source>
        <translation>Indirizzo ufficiale</translation>
    </message>
    <message>
        <source>Text for the citizen</source>
        <translation>Testo per il cittadino</translation>
    </message>
    <message>
        <source>Redirection:</source>
        <translation>Reindirizzamento:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Testo:</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valido: %1</translation>
    </message>
    <message>
        <source>Valid; not sent yet.</source>
        <translation>Valido; non ancora inviato.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Ancora nulla di modificato.</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Le definizioni di reindirizzamento</translation>
    </message>
    <message>
        <source>Edit the &amp;knowledge base…</source>
        <translation>Modifica la &amp;base di conoscenza…</translation>
    </message>
    <message>
        <source>Change, add or retire the answers of the FAQ, on every workstation</source>
        <translation>Modifica, aggiungi o ritira risposte delle FAQ, su tutte le postazioni</translation>
    </message>
    <message>
        <source>The FAQ entry %1 (%2)</source>
        <translation>La voce delle FAQ %1 (%2)</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry %1 (%2)</source>
        <translation>Il ritiro della voce delle FAQ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Transfer this conversation to a &amp;colleague:</source>
        <translation>Trasferisci questa conversazione a un &amp;collega:</translation>
    </message>
    <message>
        <source>Type a name or a login</source>
        <translation>Digitate un nome o un login</translation>
    </message>
    <message>
        <source>Find a colleague</source>
        <translation>Cerca un collega</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colleghi</translation>
    </message>
    <message>
        <source>No colleague to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Nessun collega da mostrare per ora: l&apos;elenco si riempie man mano che il server segnala chi è connesso. La conversazione può comunque tornare in coda.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Trasferisci</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>Rimetti in &amp;coda</translation>
    </message>
    <message>
        <source>Overloaded, absent, needs a language…</source>
        <translation>Sovraccarico, assente, serve una lingua…</translation>
    </message>
    <message>
        <source>Reason for the reassignment</source>
        <translation>Motivo della riassegnazione</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Ancora nessun agente da mostrare: l&apos;elenco si riempie man mano che il server segnala chi è collegato. La conversazione può comunque tornare in coda.</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected.</source>
        <translation>Ancora nessun agente da mostrare: l&apos;elenco si riempie man mano che il server segnala chi è collegato.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet è bloccato</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>That is not the right one. Try again (is Caps Lock on?).</source>
        <translation>Non è quella giusta. Riprovi (il blocco maiuscole è attivo?).</translation>
    </message>
    <message>
        <source>%1, type your cache pa&amp;ssphrase to go on.</source>
        <translation>%1, digiti la passp&amp;hrase della cache per continuare.</translation>
    </message>
    <message>
        <source>%1, type your pass&amp;word to go on.</source>
        <translation>%1, digiti la pass&amp;word per continuare.</translation>
    </message>
    <message>
        <source>New agent on this desk…</source>
        <translation>Nuovo operatore su questa postazione…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Who is at the desk: each agent&apos;s cache opens with their own secret</source>
        <translation>Chi è alla postazione: la cache di ogni operatore si apre con il suo segreto</translation>
    </message>
    <message>
        <source>%1 has no cache on this desk: set it up first.</source>
        <translation>%1 non ha una cache su questa postazione: la configuri prima.</translation>
    </message>
</context>
<context>
    <name>Guichet::Workstation</name>
    <message>
        <source>The server address must start with https:// (or http:// on a test machine).</source>
        <translation>L&apos;indirizzo del server deve iniziare con https:// (o http:// su una macchina di test).</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Inserisca il nome utente e la password.</translation>
    </message>
    <message>
        <source>This workstation already holds a cache for %1: unlock it instead.</source>
        <translation>Questa postazione contiene già una cache per %1: la sblocchi invece di crearne una nuova.</translation>
    </message>
    <message>
        <source>There is no cache for %1 on this workstation.</source>
        <translation>Su questa postazione non c&apos;è nessuna cache per %1.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file cannot be read.</source>
        <translation>Il file della chiave della cache non può essere letto.</translation>
    </message>
    <message>
        <source>Wrong password. Type the password you log in with.</source>
        <translation>Password errata. Digiti la password con cui accede.</translation>
    </message>
    <message>
        <source>No account to unlock.</source>
        <translation>Nessun account da sbloccare.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>La postazione è bloccata.</translation>
    </message>
    <message>
        <source>No emergency notice is defined on this workstation.</source>
        <translation>Su questa postazione non è definito nessun avviso di emergenza.</translation>
    </message>
    <message>
        <source>Possible emergency</source>
        <translation>Possibile emergenza</translation>
    </message>
    <message>
        <source>A citizen may be in danger. Unlock Guichet to see the conversation.</source>
        <translation>Un cittadino potrebbe essere in pericolo. Sblocchi Guichet per vedere la conversazione.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rifiutata dal server</translation>
    </message>
    <message>
        <source>Unlock Guichet to see what was refused.</source>
        <translation>Sblocchi Guichet per vedere cosa è stato rifiutato.</translation>
    </message>
    <message>
        <source>%1 in conversation %2: %3</source>
        <translation>%1 nella conversazione %2: %3</translation>
    </message>
    <message>
        <source>An action</source>
        <translation>Un&apos;azione</translation>
    </message>
    <message>
        <source>Taking the conversation</source>
        <translation>La presa in carico</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>La sua risposta</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Il rilascio</translation>
    </message>
    <message>
        <source>The transfer</source>
        <translation>Il trasferimento</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>La chiusura</translation>
    </message>
    <message>
        <source>The redirection</source>
        <translation>Il reindirizzamento</translation>
    </message>
    <message>
        <source>The language change</source>
        <translation>Il cambio di lingua</translation>
    </message>
    <message>
        <source>The flags</source>
        <translation>Le segnalazioni</translation>
    </message>
    <message>
        <source>The new delivery attempt</source>
        <translation>Il nuovo tentativo di consegna</translation>
    </message>
    <message>
        <source>The presence</source>
        <translation>La presenza</translation>
    </message>
    <message>
        <source>Only a supervisor can retire a FAQ entry.</source>
        <translation>Solo un supervisore può ritirare una voce delle FAQ.</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry</source>
        <translation>Il ritiro della voce delle FAQ</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Solo un supervisore può farlo.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the log.</source>
        <translation>Indicate il motivo: viene conservato nel registro.</translation>
    </message>
    <message>
        <source>The reassignment</source>
        <translation>La riassegnazione</translation>
    </message>
    <message>
        <source>Disabling the agent</source>
        <translation>La disattivazione dell&apos;agente</translation>
    </message>
    <message>
        <source>Enabling the agent</source>
        <translation>La riattivazione dell&apos;agente</translation>
    </message>
    <message>
        <source>The wipe order</source>
        <translation>L&apos;ordine di cancellazione</translation>
    </message>
    <message>
        <source>Clearing the wipe order</source>
        <translation>L&apos;annullamento dell&apos;ordine di cancellazione</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>L&apos;avvio del rinforzo</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>L&apos;arresto del rinforzo</translation>
    </message>
    <message>
        <source>The FAQ edit</source>
        <translation>La modifica delle FAQ</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Le definizioni di reindirizzamento</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet: the Brigade numérique&apos;s workstation.</source>
        <translation>Guichet: la postazione della Brigade numérique.</translation>
    </message>
    <message>
        <source>The server&apos;s URL (first run).</source>
        <translation>L&apos;URL del server (primo avvio).</translation>
    </message>
    <message>
        <source>Your login (first run).</source>
        <translation>Il suo nome utente (primo avvio).</translation>
    </message>
    <message>
        <source>The cache file (default: under your data folder).</source>
        <translation>Il file della cache (predefinito: nella sua cartella dati).</translation>
    </message>
</context>
</TS>
