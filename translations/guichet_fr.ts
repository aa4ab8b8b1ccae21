<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Guichet::Cache</name>
    <message>
        <source>A cache already exists here.</source>
        <translation>Un cache existe déjà à cet emplacement.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder.</source>
        <translation>Impossible de créer le dossier du cache.</translation>
    </message>
    <message>
        <source>There is no cache here.</source>
        <translation>Il n&apos;y a pas de cache à cet emplacement.</translation>
    </message>
    <message>
        <source>The key file of this cache is missing: the cache cannot be opened.</source>
        <translation>Le fichier de clé de ce cache est manquant&#xa0;: le cache ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Cannot delete the cache files.</source>
        <translation>Impossible de supprimer les fichiers du cache.</translation>
    </message>
    <message>
        <source>Cannot put the new cache in place.</source>
        <translation>Impossible de mettre le nouveau cache en place.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Ce cache s&apos;ouvre avec le mot de passe de son agent.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>Guichet::Cli::CliApp</name>
    <message>
        <source>Usage: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Guichet&apos;s core, headless: for scripts, operations and tests.

Commands:
</source>
        <translation>Utilisation&#xa0;: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Le cœur de Guichet, sans interface graphique&#xa0;: pour les scripts, l&apos;exploitation et les tests.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &quot;guichet-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage, 3 server unavailable, 4 login refused,
5 cache locked, 6 refused by the server, 7 not found.
</source>
        <translation>
Lancez «&#xa0;guichet-cli COMMAND --help&#xa0;» pour connaître les options d&apos;une commande.
Codes de sortie&#xa0;: 0 succès, 1 échec, 2 utilisation incorrecte, 3 serveur indisponible, 4 connexion refusée,
5 cache verrouillé, 6 refus du serveur, 7 introuvable.
</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Sortie au format JSON, lisible par une machine.</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Afficher l&apos;aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see guichet-cli --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir guichet-cli --help)</translation>
    </message>
    <message>
        <source>Usage: guichet-cli %1 %2
</source>
        <translation>Utilisation&#xa0;: guichet-cli %1 %2
</translation>
    </message>
    <message>
        <source>guichet-cli %1 (Qt %2, SQLCipher %3)</source>
        <translation>guichet-cli %1 (Qt %2, SQLCipher %3)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>The cache file (default: the agent&apos;s cache under the user&apos;s data folder).</source>
        <translation>Le fichier de cache (par défaut&#xa0;: le cache de l&apos;agent dans le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation>L&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>The agent&apos;s login.</source>
        <translation>L&apos;identifiant de l&apos;agent.</translation>
    </message>
    <message>
        <source>no cache at %1</source>
        <translation>aucun cache à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>Describe the local cache: schema, cipher, key method, counts.</source>
        <translation>Décrire le cache local&#xa0;: schéma, chiffrement, protection de la clé, décomptes.</translation>
    </message>
    <message>
        <source>The cache file (default: under the user&apos;s data folder).</source>
        <translation>Le fichier de cache (par défaut&#xa0;: dans le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>The server&apos;s URL (remembered by login).</source>
        <translation>L&apos;URL du serveur (mémorisée par la commande login).</translation>
    </message>
    <message>
        <source>The agent&apos;s login (remembered by login).</source>
        <translation>L&apos;identifiant de l&apos;agent (mémorisé par la commande login).</translation>
    </message>
    <message>
        <source>Do not contact the server: cached data only.</source>
        <translation>Ne pas contacter le serveur&#xa0;: données du cache uniquement.</translation>
    </message>
    <message>
        <source>Seconds to wait for the server (default 20).</source>
        <translation>Délai d&apos;attente du serveur, en secondes (20 par défaut).</translation>
    </message>
    <message>
        <source>Keep the cache key under a passphrase (GUICHET_PASSPHRASE), not in the keychain.</source>
        <translation>Protéger la clé du cache par une phrase de passe (GUICHET_PASSPHRASE) plutôt que par le trousseau.</translation>
    </message>
    <message>
        <source>Only conversations I hold.</source>
        <translation>Uniquement les conversations que j&apos;ai prises en charge.</translation>
    </message>
    <message>
        <source>Only conversations in this state (queued, claimed, closed).</source>
        <translation>Uniquement les conversations dans cet état (queued, claimed, closed).</translation>
    </message>
    <message>
        <source>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</source>
        <translation>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</translation>
    </message>
    <message>
        <source>Transfer to this agent (default: back to the queue).</source>
        <translation>Transférer à cet agent (par défaut&#xa0;: retour dans la file d&apos;attente).</translation>
    </message>
    <message>
        <source>Text sent to the citizen with the redirection.</source>
        <translation>Texte envoyé au citoyen avec la réorientation.</translation>
    </message>
    <message>
        <source>Every refused command.</source>
        <translation>Toutes les commandes refusées.</translation>
    </message>
    <message>
        <source>give --store FILE, or --server URL and --login NAME</source>
        <translation>indiquez --store FILE, ou --server URL et --login NAME</translation>
    </message>
    <message>
        <source>no cache at %1: run &quot;guichet-cli login&quot; first</source>
        <translation>aucun cache à l&apos;emplacement %1&#xa0;: lancez d&apos;abord «&#xa0;guichet-cli login&#xa0;»</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>connexion impossible à %1</translation>
    </message>
    <message>
        <source>the server at %1 did not answer in time (--timeout)</source>
        <translation>le serveur %1 n&apos;a pas répondu à temps (--timeout)</translation>
    </message>
    <message>
        <source>a supervisor ordered this cache wiped: it has been deleted</source>
        <translation>un superviseur a ordonné l&apos;effacement de ce cache&#xa0;: il a été supprimé</translation>
    </message>
    <message>
        <source>offline (--offline)</source>
        <translation>hors ligne (--offline)</translation>
    </message>
    <message>
        <source>%1 (set GUICHET_PASSWORD to log in again)</source>
        <translation>%1 (définissez GUICHET_PASSWORD pour vous reconnecter)</translation>
    </message>
    <message>
        <source>%1: the command waits in the outbox and goes out at the next sync (guichet-cli sync)</source>
        <translation>%1&#xa0;: la commande attend dans la boîte d&apos;envoi et partira à la prochaine synchronisation (guichet-cli sync)</translation>
    </message>
    <message>
        <source>no answer yet: the command waits in the outbox</source>
        <translation>pas encore de réponse&#xa0;: la commande attend dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>login needs --server URL and --login NAME</source>
        <translation>login exige --server URL et --login NAME</translation>
    </message>
    <message>
        <source>put the password in GUICHET_PASSWORD (never on the command line)</source>
        <translation>placez le mot de passe dans GUICHET_PASSWORD (jamais sur la ligne de commande)</translation>
    </message>
    <message>
        <source> — no keychain here: set GUICHET_PASSPHRASE to protect the cache with a passphrase</source>
        <translation> — pas de trousseau sur ce poste&#xa0;: définissez GUICHET_PASSPHRASE pour protéger le cache par une phrase de passe</translation>
    </message>
    <message>
        <source>cache created at %1 (key in the %2)</source>
        <translation>cache créé à l&apos;emplacement %1 (clé dans le %2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation>fichier de clé protégé par une phrase de passe</translation>
    </message>
    <message>
        <source>logged in as %1 (%2); %3 conversations in the cache</source>
        <translation>connecté en tant que %1 (%2)&#x202f;; conversations dans le cache&#xa0;: %3</translation>
    </message>
    <message>
        <source>--state is queued, claimed or closed</source>
        <translation>--state vaut queued, claimed ou closed</translation>
    </message>
    <message>
        <source>guichet-cli: offline, showing the cache (%1)</source>
        <translation>guichet-cli&#xa0;: hors ligne, affichage du cache (%1)</translation>
    </message>
    <message>
        <source>show CONVERSATION (a number)</source>
        <translation>show CONVERSATION (un numéro)</translation>
    </message>
    <message>
        <source>no conversation %1 in the cache</source>
        <translation>aucune conversation %1 dans le cache</translation>
    </message>
    <message>
        <source>synced to %1; %2 commands still waiting</source>
        <translation>synchronisé jusqu&apos;à %1&#x202f;; commandes encore en attente&#xa0;: %2</translation>
    </message>
    <message>
        <source>guichet-cli: command %1 on conversation %2 refused: %3 (kept until &quot;guichet-cli sync dismiss&quot;)</source>
        <translation>guichet-cli&#xa0;: commande %1 sur la conversation %2 refusée&#xa0;: %3 (conservée jusqu&apos;à «&#xa0;guichet-cli sync dismiss&#xa0;»)</translation>
    </message>
    <message>
        <source>server %1, agent %2</source>
        <translation>serveur %1, agent %2</translation>
    </message>
    <message>
        <source>cursor %1, last sync %2</source>
        <translation>curseur %1, dernière synchronisation %2</translation>
    </message>
    <message>
        <source>outbox: %1 waiting, %2 refused</source>
        <translation>boîte d&apos;envoi&#xa0;: %1 en attente, %2 refusée(s)</translation>
    </message>
    <message>
        <source>sync dismiss COMMAND… or sync dismiss --all</source>
        <translation>sync dismiss COMMAND… ou sync dismiss --all</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n refused command(s) dismissed.</source>
        <translation>
            <numerusform>%n commande refusée retirée.</numerusform>
            <numerusform>%n commandes refusées retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in (password in GUICHET_PASSWORD), creating the cache on first use.</source>
        <translation>Se connecter (mot de passe dans GUICHET_PASSWORD)&#x202f;; crée le cache à la première utilisation.</translation>
    </message>
    <message>
        <source>List open conversations (synced first, or the cache when offline).</source>
        <translation>Lister les conversations ouvertes (après synchronisation, ou depuis le cache hors ligne).</translation>
    </message>
    <message>
        <source>Show a conversation and its messages.</source>
        <translation>Afficher une conversation et ses messages.</translation>
    </message>
    <message>
        <source>Take a conversation, or the next one in the queue.</source>
        <translation>Prendre une conversation, ou la suivante dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>claim CONVERSATION or claim next</source>
        <translation>claim CONVERSATION ou claim next</translation>
    </message>
    <message>
        <source>Give a conversation back to the queue.</source>
        <translation>Relâcher une conversation&#xa0;: elle retourne dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>release CONVERSATION</source>
        <translation>release CONVERSATION</translation>
    </message>
    <message>
        <source>Answer a conversation (TEXT, or - to read it from stdin).</source>
        <translation>Répondre dans une conversation (TEXT, ou - pour le lire sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>reply CONVERSATION TEXT</source>
        <translation>reply CONVERSATION TEXT</translation>
    </message>
    <message>
        <source>Hand a conversation to another agent, or back to the queue.</source>
        <translation>Transférer une conversation à un autre agent, ou la remettre dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>transfer CONVERSATION [--to LOGIN]</source>
        <translation>transfer CONVERSATION [--to LOGIN]</translation>
    </message>
    <message>
        <source>Close a conversation with its outcome.</source>
        <translation>Clôturer une conversation en indiquant son issue.</translation>
    </message>
    <message>
        <source>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</source>
        <translation>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</translation>
    </message>
    <message>
        <source>Redirect a citizen to Pharos, Perceval, Thésée, Plainte en ligne or the brigade.</source>
        <translation>Réorienter un citoyen vers Pharos, Perceval, Thésée, Plainte en ligne ou la brigade.</translation>
    </message>
    <message>
        <source>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</source>
        <translation>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</translation>
    </message>
    <message>
        <source>Sync the cache and send the outbox.</source>
        <translation>Synchroniser le cache et envoyer le contenu de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cursor, last sync and outbox, from the cache.</source>
        <translation>Curseur, dernière synchronisation et boîte d&apos;envoi, d&apos;après le cache.</translation>
    </message>
    <message>
        <source>Remove refused commands from the outbox, once read.</source>
        <translation>Retirer de la boîte d&apos;envoi les commandes refusées, une fois lues.</translation>
    </message>
    <message>
        <source>The knowledge base, JSON Lines (default: the base shipped with Guichet).</source>
        <translation>La base de connaissances, au format JSON Lines (par défaut&#xa0;: la base fournie avec Guichet).</translation>
    </message>
    <message>
        <source>The language of the query: fr, en, de, it, es.</source>
        <translation>La langue de la recherche&#xa0;: fr, en, de, it, es.</translation>
    </message>
    <message>
        <source>Synonyms file (default: the synonyms shipped with Guichet).</source>
        <translation>Fichier de synonymes (par défaut&#xa0;: les synonymes fournis avec Guichet).</translation>
    </message>
    <message>
        <source>Show how each query word matched (text output).</source>
        <translation>Expliquer la correspondance de chaque mot de la recherche (sortie texte).</translation>
    </message>
    <message>
        <source>--lang is required (%1)</source>
        <translation>--lang est obligatoire (%1)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--limit attend un nombre de 1 à %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no query (usage: guichet-cli faq search --lang LL QUERY…)</source>
        <translation>aucune recherche (utilisation&#xa0;: guichet-cli faq search --lang LL QUERY…)</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1&#xa0;: %2 (ignorée)</translation>
    </message>
    <message>
        <source>No entry found.</source>
        <translation>Aucune entrée trouvée.</translation>
    </message>
    <message>
        <source>(no %1 translation)</source>
        <translation>(traduction %1 absente)</translation>
    </message>
    <message>
        <source>Search a knowledge base as the agents&apos; FAQ panel does.</source>
        <translation>Chercher dans une base de connaissances comme le fait le panneau FAQ des agents.</translation>
    </message>
    <message>
        <source>Remove conversations closed more than N days ago (0: every closed conversation).</source>
        <translation>Supprimer les conversations clôturées depuis plus de N jours (0&#xa0;: toutes les conversations clôturées).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Move a key held by the system keychain under a passphrase.</source>
        <translation>Sortir la clé du trousseau du système pour la protéger par une phrase de passe.</translation>
    </message>
    <message>
        <source>GUICHET_NEW_PASSPHRASE is empty</source>
        <translation>GUICHET_NEW_PASSPHRASE est vide</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>no new passphrase (set GUICHET_NEW_PASSPHRASE, or type it twice on stdin)</source>
        <translation>aucune nouvelle phrase de passe (définissez GUICHET_NEW_PASSPHRASE, ou saisissez-la deux fois sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Confirmation&#xa0;: </translation>
    </message>
    <message>
        <source>the two new passphrases differ: nothing was changed</source>
        <translation>les deux nouvelles phrases de passe diffèrent&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>The key of this cache is held by the system keychain: there is no passphrase to change, nothing was changed.
To protect it with a passphrase instead, run &quot;guichet-cli store passphrase --from-keychain&quot;.</source>
        <translation>La clé de ce cache est conservée dans le trousseau du système&#xa0;: il n&apos;y a pas de phrase de passe à changer, rien n&apos;a été modifié.
Pour la protéger plutôt par une phrase de passe, lancez «&#xa0;guichet-cli store passphrase --from-keychain&#xa0;».</translation>
    </message>
    <message>
        <source>The cache key has left the keychain: it is now protected by the new passphrase.</source>
        <translation>La clé du cache a quitté le trousseau&#xa0;: elle est désormais protégée par la nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase de passe actuelle&#xa0;: </translation>
    </message>
    <message>
        <source>put the current passphrase in GUICHET_PASSPHRASE</source>
        <translation>placez la phrase de passe actuelle dans GUICHET_PASSPHRASE</translation>
    </message>
    <message>
        <source>Passphrase changed; the cache itself was not rewritten.</source>
        <translation>Phrase de passe changée&#x202f;; le cache lui-même n&apos;a pas été réécrit.</translation>
    </message>
    <message>
        <source>store purge needs --days N (0 to %1)</source>
        <translation>store purge exige --days N (de 0 à %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed conversation(s) removed from the cache.</source>
        <translation>
            <numerusform>%n conversation clôturée supprimée du cache.</numerusform>
            <numerusform>%n conversations clôturées supprimées du cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy the cache %1 and its key? Commands not yet sent will be lost. Type &quot;yes&quot; to confirm: </source>
        <translation>Détruire le cache %1 et sa clé&#x202f;? Les commandes pas encore envoyées seront perdues. Tapez «&#xa0;oui&#xa0;» pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted (type yes, or add --yes)</source>
        <translation>non confirmé&#xa0;: rien n&apos;a été supprimé (tapez oui, ou ajoutez --yes)</translation>
    </message>
    <message>
        <source>Cache and key destroyed: %1</source>
        <translation>Cache et clé détruits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the cache passphrase; nothing is re-encrypted.</source>
        <translation>Changer la phrase de passe du cache&#x202f;; rien n&apos;est rechiffré.</translation>
    </message>
    <message>
        <source>Retention: remove conversations closed more than N days ago.</source>
        <translation>Conservation&#xa0;: supprimer les conversations clôturées depuis plus de N jours.</translation>
    </message>
    <message>
        <source>Destroy the cache and its key (asks first, unless --yes).</source>
        <translation>Détruire le cache et sa clé (demande confirmation, sauf avec --yes).</translation>
    </message>
    <message>
        <source>The language of the answer to return when the entry exists in it (default: the query&apos;s).</source>
        <translation>La langue de la réponse à renvoyer quand l&apos;entrée existe dans cette langue (par défaut&#xa0;: celle de la recherche).</translation>
    </message>
    <message>
        <source>unknown answer language &quot;%1&quot; (expected %2)</source>
        <translation>langue de réponse inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>At most N entries (default 10).</source>
        <translation>Au plus N entrées (10 par défaut).</translation>
    </message>
    <message>
        <source>Raise the emergency flag (top of every queue).</source>
        <translation>Lever le signalement d&apos;urgence (en tête de toutes les files).</translation>
    </message>
    <message>
        <source>Lower the emergency flag.</source>
        <translation>Retirer le signalement d&apos;urgence.</translation>
    </message>
    <message>
        <source>Raise the sexual and gender-based violence flag (goes first).</source>
        <translation>Lever le signalement de violences sexuelles et sexistes (passe en premier).</translation>
    </message>
    <message>
        <source>Lower the SGBV flag.</source>
        <translation>Retirer le signalement VSS.</translation>
    </message>
    <message>
        <source>Raise or lower a conversation&apos;s emergency and SGBV flags, overruling triage.</source>
        <translation>Lever ou retirer les signalements d&apos;urgence et de VSS d&apos;une conversation, en passant outre le tri.</translation>
    </message>
    <message>
        <source>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</source>
        <translation>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</translation>
    </message>
    <message>
        <source>Brigade: the id of the message that asked the citizen for consent.</source>
        <translation>Brigade&#xa0;: l&apos;identifiant du message qui a demandé son consentement au citoyen.</translation>
    </message>
    <message>
        <source>Brigade: the id of the citizen&apos;s message that gave consent.</source>
        <translation>Brigade&#xa0;: l&apos;identifiant du message du citoyen qui a donné son consentement.</translation>
    </message>
    <message>
        <source>Only this language&apos;s version (default: every language).</source>
        <translation>Seulement la version dans cette langue (par défaut&#xa0;: toutes les langues).</translation>
    </message>
    <message>
        <source>Supervisors: take a knowledge-base entry out of every workstation.</source>
        <translation>Superviseurs&#xa0;: retirer une fiche de la base de connaissances de tous les postes.</translation>
    </message>
    <message>
        <source>--lang expects fr, en, de, it or es</source>
        <translation>--lang attend fr, en, de, it ou es</translation>
    </message>
    <message>
        <source>faq retire ID [--lang LL]</source>
        <translation>faq retire ID [--lang LL]</translation>
    </message>
    <message>
        <source>no cross-language lexicon: %1</source>
        <translation>pas de lexique multilingue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The supervisor&apos;s login (password in GUICHET_PASSWORD).</source>
        <translation>L&apos;identifiant du superviseur (mot de passe dans GUICHET_PASSWORD).</translation>
    </message>
    <message>
        <source>First day of the report (YYYY-MM-DD).</source>
        <translation>Premier jour du rapport (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day of the report (YYYY-MM-DD).</source>
        <translation>Dernier jour du rapport (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Write the report to this CSV file.</source>
        <translation>Écrire le rapport dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>the server did not answer in time (--timeout)</source>
        <translation>le serveur n&apos;a pas répondu à temps (--timeout)</translation>
    </message>
    <message>
        <source>give --server URL and --login NAME</source>
        <translation>indiquez --server URL et --login NOM</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the supervisor&apos;s password</source>
        <translation>mettez le mot de passe du superviseur dans GUICHET_PASSWORD</translation>
    </message>
    <message>
        <source>only supervisors may use &quot;supervise&quot;: this account is not a supervisor&apos;s</source>
        <translation>seuls les superviseurs peuvent utiliser «&#xa0;supervise&#xa0;»&#xa0;: ce compte n&apos;est pas celui d&apos;un superviseur</translation>
    </message>
    <message>
        <source>Waiting: %1 (on time %2, at risk %3, breached %4); emergencies %5, SGBV %6</source>
        <translation>En attente&#xa0;: %1 (dans les délais %2, à risque %3, hors délai %4)&#xa0;; urgences %5, VSS %6</translation>
    </message>
    <message>
        <source>Today: %1 opened, %2 closed; first response p50 %3 s, p90 %4 s; satisfaction %5 (%6 answers)</source>
        <translation>Aujourd&apos;hui&#xa0;: %1 ouvertes, %2 clôturées&#xa0;; première réponse p50 %3 s, p90 %4 s&#xa0;; satisfaction %5 (%6 réponses)</translation>
    </message>
    <message>
        <source>Surge: on since %1</source>
        <translation>Renfort&#xa0;: actif depuis %1</translation>
    </message>
    <message>
        <source>Surge: off</source>
        <translation>Renfort&#xa0;: inactif</translation>
    </message>
    <message>
        <source>--from and --to expect dates, YYYY-MM-DD</source>
        <translation>--from et --to attendent des dates, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--to comes before --from</source>
        <translation>--to précède --from</translation>
    </message>
    <message>
        <source>give --csv FILE</source>
        <translation>indiquez --csv FICHIER</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) written to %1</source>
        <translation>
            <numerusform>%n conversation écrite dans %1</numerusform>
            <numerusform>%n conversations écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures (supervisors).</source>
        <translation>Les chiffres de la brigade en direct (superviseurs).</translation>
    </message>
    <message>
        <source>One CSV line per conversation opened in a period (supervisors).</source>
        <translation>Une ligne CSV par conversation ouverte sur une période (superviseurs).</translation>
    </message>
    <message>
        <source>Why (kept in the event log and the audit log).</source>
        <translation>Pourquoi (conservé dans le journal des événements et le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>The agent who takes it (absent: the queue).</source>
        <translation>L&apos;agent qui la prend (absent&#xa0;: la file d&apos;attente).</translation>
    </message>
    <message>
        <source>Clear the order instead.</source>
        <translation>Annuler l&apos;ordre à la place.</translation>
    </message>
    <message>
        <source>Channels the surge opens to reservists (webchat,…).</source>
        <translation>Canaux que le renfort ouvre aux réservistes (webchat,…).</translation>
    </message>
    <message>
        <source>Languages (fr,en,…).</source>
        <translation>Langues (fr,en,…).</translation>
    </message>
    <message>
        <source>How long the code stays valid (default 120).</source>
        <translation>Durée de validité du code en minutes (120 par défaut).</translation>
    </message>
    <message>
        <source>How long the account lasts at most (default 12).</source>
        <translation>Durée maximale du compte en heures (12 par défaut).</translation>
    </message>
    <message>
        <source>The enrolment code a supervisor gave you.</source>
        <translation>Le code d&apos;enrôlement qu&apos;un superviseur vous a donné.</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it.</source>
        <translation>Votre nom, tel que vos collègues le verront.</translation>
    </message>
    <message>
        <source>say why with --reason TEXT</source>
        <translation>indiquez pourquoi avec --reason TEXTE</translation>
    </message>
    <message>
        <source>give one conversation number</source>
        <translation>indiquez un numéro de conversation</translation>
    </message>
    <message>
        <source>conversation %1 is back in the queue</source>
        <translation>la conversation %1 est de retour dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>conversation %1 reassigned to %2</source>
        <translation>conversation %1 réattribuée à %2</translation>
    </message>
    <message>
        <source>give one agent login</source>
        <translation>indiquez un identifiant d&apos;agent</translation>
    </message>
    <message>
        <source>say on or off</source>
        <translation>indiquez on ou off</translation>
    </message>
    <message>
        <source>surge on</source>
        <translation>renfort activé</translation>
    </message>
    <message>
        <source>surge off</source>
        <translation>renfort arrêté</translation>
    </message>
    <message>
        <source>Enrolment code: %1 (single use, valid until %2)</source>
        <translation>Code d&apos;enrôlement&#xa0;: %1 (usage unique, valable jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>give --server URL, --code CODE and --login NAME</source>
        <translation>indiquez --server URL, --code CODE et --login NOM</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the password you choose</source>
        <translation>mettez dans GUICHET_PASSWORD le mot de passe que vous choisissez</translation>
    </message>
    <message>
        <source>account %1 created (reservist); it ends with the surge</source>
        <translation>compte %1 créé (réserviste)&#xa0;; il prend fin avec le renfort</translation>
    </message>
    <message>
        <source>Give a conversation to another agent, or back to the queue.</source>
        <translation>Confier une conversation à un autre agent, ou la remettre dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Cut an agent off at once (supervisors).</source>
        <translation>Couper immédiatement l&apos;accès d&apos;un agent (superviseurs).</translation>
    </message>
    <message>
        <source>agent %1 disabled</source>
        <translation>agent %1 désactivé</translation>
    </message>
    <message>
        <source>Let a disabled agent in again (supervisors).</source>
        <translation>Rétablir l&apos;accès d&apos;un agent désactivé (superviseurs).</translation>
    </message>
    <message>
        <source>agent %1 enabled</source>
        <translation>agent %1 réactivé</translation>
    </message>
    <message>
        <source>Order (or --clear) a remote wipe of an agent&apos;s workstation cache.</source>
        <translation>Ordonner (ou annuler avec --clear) l&apos;effacement à distance du cache du poste d&apos;un agent.</translation>
    </message>
    <message>
        <source>wipe order for %1 cleared</source>
        <translation>ordre d&apos;effacement pour %1 annulé</translation>
    </message>
    <message>
        <source>wipe ordered for %1</source>
        <translation>effacement ordonné pour %1</translation>
    </message>
    <message>
        <source>Start or stop a surge (reservists, wider routing).</source>
        <translation>Déclencher ou arrêter un renfort (réservistes, routage élargi).</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account (during a surge).</source>
        <translation>Un code à usage unique pour qu&apos;un réserviste crée son compte (pendant un renfort).</translation>
    </message>
    <message>
        <source>Create your reservist account with a supervisor&apos;s enrolment code.</source>
        <translation>Créer votre compte de réserviste avec le code d&apos;enrôlement d&apos;un superviseur.</translation>
    </message>
</context>
<context>
    <name>Guichet::ErrorText</name>
    <message>
        <source>The text is too long for this channel.</source>
        <translation>Le texte est trop long pour ce canal.</translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation>Votre session a pris fin&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>Votre compte est désactivé.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n&apos;est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>Too many replies: wait for the citizen to write again (X allows a few replies per message), or slow down.</source>
        <translation>Trop de réponses&#xa0;: attendez que le citoyen écrive de nouveau (X n&apos;autorise que quelques réponses par message), ou ralentissez.</translation>
    </message>
    <message>
        <source>The server does not know this conversation, message or agent.</source>
        <translation>Le serveur ne connaît pas cette conversation, ce message ou cet agent.</translation>
    </message>
    <message>
        <source>Another agent took this conversation first.</source>
        <translation>Un autre agent a pris cette conversation en premier.</translation>
    </message>
    <message>
        <source>You no longer hold this conversation.</source>
        <translation>Cette conversation ne vous est plus attribuée.</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>La conversation est clôturée.</translation>
    </message>
    <message>
        <source>That agent already holds as many conversations as allowed.</source>
        <translation>Cet agent a déjà autant de conversations que permis.</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s present state.</source>
        <translation>Impossible dans l&apos;état actuel de la conversation.</translation>
    </message>
    <message>
        <source>The platform no longer accepts a reply to this citizen: its reply window is closed.</source>
        <translation>La plateforme n&apos;accepte plus de réponse à ce citoyen&#xa0;: sa fenêtre de réponse est fermée.</translation>
    </message>
    <message>
        <source>The platform did not deliver the message.</source>
        <translation>La plateforme n&apos;a pas remis le message.</translation>
    </message>
    <message>
        <source>Nobody is waiting: the queue is empty.</source>
        <translation>Personne n&apos;attend&#xa0;: la file d&apos;attente est vide.</translation>
    </message>
    <message>
        <source>The server could not store it (storage problem).</source>
        <translation>Le serveur n&apos;a pas pu l&apos;enregistrer (problème de stockage).</translation>
    </message>
    <message>
        <source>The server met an internal error.</source>
        <translation>Le serveur a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>The server is not available.</source>
        <translation>Le serveur n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Le serveur n&apos;a pas accepté la demande.</translation>
    </message>
    <message>
        <source>The server did not accept the request (%1).</source>
        <translation>Le serveur n&apos;a pas accepté la demande (%1).</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Refusé par le serveur.</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent is not recorded: ask them first, then record their answer.</source>
        <translation>Le consentement du citoyen n&apos;est pas enregistré&#xa0;: demandez-le d&apos;abord, puis enregistrez sa réponse.</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqFile</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON invalide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same id and language)</source>
        <translation>doublon de la ligne %1 (même identifiant et même langue)</translation>
    </message>
    <message numerus="yes">
        <source>not a knowledge base: none of its %n line(s) is a valid entry (%1)</source>
        <translation>
            <numerusform>pas une base de connaissances&#xa0;: %n ligne lue, aucune entrée valide (%1)</numerusform>
            <numerusform>pas une base de connaissances&#xa0;: %n lignes lues, aucune entrée valide (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no knowledge base file at %1</source>
        <translation>aucun fichier de base de connaissances à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqLexicon</name>
    <message>
        <source>lexicon too large</source>
        <translation>lexique trop volumineux</translation>
    </message>
    <message>
        <source>lexicon line %1 malformed or out of order</source>
        <translation>ligne %1 du lexique mal formée ou hors d&apos;ordre</translation>
    </message>
    <message>
        <source>no lexicon file at %1</source>
        <translation>aucun fichier de lexique à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqSynonyms</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON invalide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>version non prise en charge</translation>
    </message>
    <message>
        <source>unknown key (expected &quot;version&quot; or a language code)</source>
        <translation>clé inconnue (attendu&#xa0;: «&#xa0;version&#xa0;» ou un code de langue)</translation>
    </message>
    <message>
        <source>expected an array of groups</source>
        <translation>tableau de groupes attendu</translation>
    </message>
    <message>
        <source>expected an array of 2 to %1 words</source>
        <translation>tableau de 2 à %1 mots attendu</translation>
    </message>
    <message>
        <source>expected a word or phrase of 1 to %1 characters</source>
        <translation>mot ou expression de 1 à %1 caractères attendu</translation>
    </message>
    <message>
        <source>no synonyms file at %1</source>
        <translation>aucun fichier de synonymes à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::KeyVault</name>
    <message>
        <source>The key file of this cache cannot be read.</source>
        <translation>Le fichier de clé de ce cache est illisible.</translation>
    </message>
    <message>
        <source>The key file of this cache is damaged.</source>
        <translation>Le fichier de clé de ce cache est endommagé.</translation>
    </message>
    <message>
        <source>Cannot write the key file: %1</source>
        <translation>Impossible d&apos;écrire le fichier de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the key file (disk full?): %1</source>
        <translation>Impossible d&apos;écrire le fichier de clé (disque plein&#x202f;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>Mémoire insuffisante pour dériver la clé.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe incorrecte.</translation>
    </message>
    <message>
        <source>A passphrase is needed.</source>
        <translation>Une phrase de passe est nécessaire.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is in the keychain: it has no passphrase.</source>
        <translation>La clé de ce cache est dans le trousseau&#xa0;: elle n&apos;a pas de phrase de passe.</translation>
    </message>
    <message>
        <source>Cannot delete the key file.</source>
        <translation>Impossible de supprimer le fichier de clé.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The key of this cache is no longer in the system keychain.</source>
        <translation>La clé de ce cache ne figure plus dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>This cache&apos;s key is already protected by a passphrase.</source>
        <translation>La clé de ce cache est déjà protégée par une phrase de passe.</translation>
    </message>
    <message>
        <source>The agent&apos;s password is needed.</source>
        <translation>Le mot de passe de l&apos;agent est nécessaire.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Ce cache s&apos;ouvre avec le mot de passe de son agent.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is wrapped.</source>
        <translation>La clé de ce cache est chiffrée.</translation>
    </message>
</context>
<context>
    <name>Guichet::NotificationPolicy</name>
    <message>
        <source>Possible emergency</source>
        <translation>Urgence possible</translation>
    </message>
    <message>
        <source>%1 may be in danger: open the conversation now.</source>
        <translation>%1 est peut-être en danger&#xa0;: ouvrez la conversation maintenant.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouveau tchat</translation>
    </message>
    <message>
        <source>%1 is waiting in the chat.</source>
        <translation>%1 attend sur le tchat.</translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation>Échéance de réponse proche</translation>
    </message>
    <message>
        <source>The conversation with %1 is about to miss its deadline.</source>
        <translation>La conversation avec %1 va bientôt dépasser son délai de réponse.</translation>
    </message>
    <message>
        <source>A citizen may be in danger (%1): open the conversation now.</source>
        <translation>Un citoyen est peut-être en danger (%1)&#xa0;: ouvrez la conversation maintenant.</translation>
    </message>
    <message>
        <source>A citizen is waiting in the chat (%1).</source>
        <translation>Un citoyen attend sur le tchat (%1).</translation>
    </message>
    <message>
        <source>Conversation %1 is about to miss its deadline.</source>
        <translation>La conversation %1 va bientôt dépasser son délai de réponse.</translation>
    </message>
</context>
<context>
    <name>Guichet::RefusalsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Guichet::RosterModel</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Gendarme</source>
        <translation>Gendarme</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Réserviste</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Conversations held out of the most the agent may hold, e.g. &quot;3 / 10&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Offline: a conversation given to them would go back to the queue.</source>
        <translation>Hors ligne&#xa0;: une conversation qui lui serait confiée retournerait dans la file.</translation>
    </message>
    <message>
        <source>Holds as many conversations as allowed.</source>
        <translation>Tient déjà autant de conversations que permis.</translation>
    </message>
    <message>
        <source>%1, %2, %3 of %4 conversations</source>
        <extracomment>Read by screen readers for one agent of the transfer list</extracomment>
        <translation>%1, %2, %3 conversations sur %4</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No reply from this agent seen yet</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>In the roster&apos;s presence column: the account is disabled</extracomment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled: cannot log in until a supervisor or an administrator enables the account again.</source>
        <translation>Désactivé&#xa0;: ne peut pas se connecter tant qu&apos;un superviseur ou un administrateur n&apos;a pas réactivé le compte.</translation>
    </message>
</context>
<context>
    <name>Guichet::Store</name>
    <message>
        <source>The outbox entry vanished.</source>
        <translation>L&apos;entrée de la boîte d&apos;envoi a disparu.</translation>
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
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>Réorientées vers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <source>Possible emergencies</source>
        <translation>Urgences possibles</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Violences sexuelles ou sexistes</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Première réponse, médiane</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Première réponse, 90e centile</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Enquêtes de satisfaction</translation>
    </message>
    <message>
        <source>Mean rating (1 to 5)</source>
        <translation>Note moyenne (1 à 5)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Guichet::SyncEngine</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>Le certificat du serveur n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Log in with your password.</source>
        <translation>Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>Le poste est verrouillé.</translation>
    </message>
    <message>
        <source>No refused command with this id.</source>
        <translation>Aucune commande refusée ne porte cet identifiant.</translation>
    </message>
    <message>
        <source>This command cannot be sent again.</source>
        <translation>Cette commande ne peut pas être renvoyée.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <source>The server is not connected: try again once online.</source>
        <translation>Le serveur n&apos;est pas connecté&#xa0;: réessayez une fois en ligne.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Composer</name>
    <message>
        <source>Write your answer… (Ctrl+Enter sends)</source>
        <translation>Rédigez votre réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ConversationPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Send the answer</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>&amp;Take this conversation</source>
        <translation>&amp;Prendre cette conversation</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Relâcher</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>&amp;Close with outcome…</source>
        <translation>C&amp;lôturer avec l&apos;issue…</translation>
    </message>
    <message>
        <source>Send the &amp;17 / 112 / 114 notice</source>
        <translation>Envoyer le message &amp;17 / 112 / 114</translation>
    </message>
    <message>
        <source>Redirect to %1…</source>
        <translation>Réorienter vers %1…</translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation>Langue du citoyen</translation>
    </message>
    <message>
        <source>The language the citizen writes in: correct it if it was guessed wrong.</source>
        <translation>La langue dans laquelle écrit le citoyen&#xa0;: corrigez-la si elle a été mal détectée.</translation>
    </message>
    <message>
        <source>POSSIBLE EMERGENCY: the citizen may be in danger now. Tell them to call 17 or 112 (or send an SMS to 114) and alert your supervisor.</source>
        <translation>URGENCE POSSIBLE&#xa0;: le citoyen est peut-être en danger en ce moment. Dites-lui d&apos;appeler le 17 ou le 112 (ou d&apos;envoyer un SMS au 114) et alertez votre superviseur.</translation>
    </message>
    <message>
        <source>Send the 17 / 112 / 114 notice (Ctrl+E)</source>
        <translation>Envoyer le message 17 / 112 / 114 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Réorienter</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historique de la conversation</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Envoyer la réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The language could not be changed</source>
        <translation>La langue n&apos;a pas pu être changée</translation>
    </message>
    <message>
        <source>The citizen is typing…</source>
        <translation>Le citoyen est en train d&apos;écrire…</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <source>Pick one in the queue, or press Ctrl+N to take the next.</source>
        <translation>Choisissez-en une dans la file d&apos;attente, ou appuyez sur Ctrl+N pour prendre la suivante.</translation>
    </message>
    <message>
        <source>Anonymous citizen</source>
        <translation>Citoyen anonyme</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>attribuée à %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more refused)</source>
        <translation>
            <numerusform>(%n autre refusée)</numerusform>
            <numerusform>(%n autres refusées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long for %1: shorten the answer to %2 characters.</source>
        <translation>Trop long pour %1&#xa0;: raccourcissez la réponse à %2 caractères.</translation>
    </message>
    <message>
        <source>The answer was not sent</source>
        <translation>La réponse n&apos;a pas été envoyée</translation>
    </message>
    <message>
        <source>The conversation could not be taken</source>
        <translation>La conversation n&apos;a pas pu être prise en charge</translation>
    </message>
    <message>
        <source>The conversation could not be released</source>
        <translation>La conversation n&apos;a pas pu être relâchée</translation>
    </message>
    <message>
        <source>The conversation could not be transferred</source>
        <translation>La conversation n&apos;a pas pu être transférée</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Clôturer la conversation</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Quelle en a été l&apos;issue&#x202f;?</translation>
    </message>
    <message>
        <source>The conversation could not be closed</source>
        <translation>La conversation n&apos;a pas pu être clôturée</translation>
    </message>
    <message>
        <source>The redirection was not sent</source>
        <translation>La réorientation n&apos;a pas été envoyée</translation>
    </message>
    <message>
        <source>Redirection to %1 sent; close the conversation when the citizen has what they need.</source>
        <translation>Réorientation vers %1 envoyée&#x202f;; clôturez la conversation quand le citoyen dispose de ce dont il a besoin.</translation>
    </message>
    <message>
        <source>The emergency notice was not sent</source>
        <translation>Le message d&apos;urgence n&apos;a pas été envoyé</translation>
    </message>
    <message>
        <source>Emergency notice sent. Alert your supervisor.</source>
        <translation>Message d&apos;urgence envoyé. Alertez votre superviseur.</translation>
    </message>
    <message>
        <source>No failed reply to retry in this conversation.</source>
        <translation>Aucune réponse en échec à renvoyer dans cette conversation.</translation>
    </message>
    <message>
        <source>The reply could not be retried</source>
        <translation>La réponse n&apos;a pas pu être renvoyée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>SLA state: time left</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Raised by %1 at %2.</source>
        <translation>Levé par %1 à %2.</translation>
    </message>
    <message>
        <source>Raised by triage at %1 (%2).</source>
        <translation>Levé par le tri à %1 (%2).</translation>
    </message>
    <message>
        <source>Raised by triage at %1 on “%2” (%3).</source>
        <translation>Levé par le tri à %1 sur «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Raised by the server at %1.</source>
        <translation>Levé par le serveur à %1.</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Re&amp;nvoyer</translation>
    </message>
    <message>
        <source>&amp;Emergency flag</source>
        <translation>Signalement d&apos;&amp;urgence</translation>
    </message>
    <message>
        <source>Raise or lower the emergency flag: top of every queue</source>
        <translation>Lever ou retirer le signalement d&apos;urgence&#xa0;: en tête de toutes les files</translation>
    </message>
    <message>
        <source>&amp;Violence (SGBV) flag</source>
        <translation>Signalement de &amp;violences (VSS)</translation>
    </message>
    <message>
        <source>Raise or lower the sexual and gender-based violence flag: first after emergencies</source>
        <translation>Lever ou retirer le signalement de violences sexuelles et sexistes&#xa0;: en premier après les urgences</translation>
    </message>
    <message>
        <source>Resend the refused or failed reply</source>
        <translation>Renvoyer la réponse refusée ou en échec</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Violences sexuelles ou sexistes</translation>
    </message>
    <message>
        <source>The action could not be sent again</source>
        <translation>L&apos;action n&apos;a pas pu être renvoyée</translation>
    </message>
    <message>
        <source>Platform reply window</source>
        <translation>Fenêtre de réponse de la plateforme</translation>
    </message>
    <message>
        <source>Translation needed</source>
        <translation>Traduction nécessaire</translation>
    </message>
    <message>
        <source>SEXUAL OR GENDER-BASED VIOLENCE: this conversation goes first after emergencies.</source>
        <translation>VIOLENCES SEXUELLES OU SEXISTES&#xa0;: cette conversation passe en premier après les urgences.</translation>
    </message>
    <message>
        <source>The server refused it: %1 — %2</source>
        <translation>Le serveur l&apos;a refusé&#xa0;: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>X: %1 left to reply, %n replies left</source>
        <translation>
            <numerusform>X&#xa0;: %1 pour répondre, %n réponse restante</numerusform>
            <numerusform>X&#xa0;: %1 pour répondre, %n réponses restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Messenger: %1 left to reply</source>
        <translation>Messenger&#xa0;: %1 pour répondre</translation>
    </message>
    <message>
        <source>Messenger: past 24 hours, your reply goes with the human agent tag (%1 left)</source>
        <translation>Messenger&#xa0;: au-delà de 24 heures, votre réponse part avec l&apos;étiquette «&#xa0;human agent&#xa0;» (reste %1)</translation>
    </message>
    <message>
        <source>X: no reply left for the citizen&apos;s last message: wait for them to write again</source>
        <translation>X&#xa0;: plus de réponse possible au dernier message du citoyen&#xa0;: attendez qu&apos;il écrive de nouveau</translation>
    </message>
    <message>
        <source>%1: the reply window is closed: the citizen must write again</source>
        <translation>%1&#xa0;: la fenêtre de réponse est fermée&#xa0;: le citoyen doit écrire de nouveau</translation>
    </message>
    <message>
        <source>Not sent: your reply holds the %1 text of a FAQ entry that has no %2 version. Translate it, or send again to send it as it is.</source>
        <translation>Non envoyé&#xa0;: votre réponse contient le texte %1 d&apos;une entrée de la FAQ qui n&apos;a pas de version %2. Traduisez-le, ou envoyez de nouveau pour l&apos;envoyer tel quel.</translation>
    </message>
    <message>
        <source>Translate before sending: the FAQ entry has no %2 version, the text inserted is in %1.</source>
        <translation>À traduire avant l&apos;envoi&#xa0;: l&apos;entrée de la FAQ n&apos;a pas de version %2, le texte inséré est en %1.</translation>
    </message>
    <message>
        <source>not sent; the answer stays here.</source>
        <translation>non envoyée&#x202f;; la réponse reste ici.</translation>
    </message>
    <message>
        <source>The flag could not be changed</source>
        <translation>Le signalement n&apos;a pas pu être modifié</translation>
    </message>
    <message>
        <source>Emergency flag raised: the conversation goes to the top of every queue.</source>
        <translation>Signalement d&apos;urgence levé&#xa0;: la conversation passe en tête de toutes les files.</translation>
    </message>
    <message>
        <source>Emergency flag lowered.</source>
        <translation>Signalement d&apos;urgence retiré.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag raised: the conversation goes first after emergencies.</source>
        <translation>Signalement VSS levé&#xa0;: la conversation passe en premier après les urgences.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag lowered.</source>
        <translation>Signalement VSS retiré.</translation>
    </message>
    <message>
        <source>The reply could not be sent again</source>
        <translation>La réponse n&apos;a pas pu être renvoyée</translation>
    </message>
    <message>
        <source>&amp;Answer as a person: send with the human agent tag</source>
        <translation>&amp;Répondre en tant que personne&#xa0;: envoyer avec le tag agent humain</translation>
    </message>
    <message>
        <source>Meta lets a person, never an automatic answer, reply after Messenger&apos;s standard window with the human agent tag, for a limited time.</source>
        <translation>Meta permet à une personne, jamais à une réponse automatique, de répondre après la fenêtre standard de Messenger avec le tag agent humain, pendant un temps limité.</translation>
    </message>
    <message>
        <source>Consent to forward to the brigade recorded by %1 on %2. Question shown to the citizen: “%3”</source>
        <translation>Consentement à la transmission à la brigade enregistré par %1 le %2. Question montrée au citoyen&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Past Messenger&apos;s standard window: tick &quot;Answer as a person&quot; to send it with the human agent tag; not sent yet.</source>
        <translation>Fenêtre standard de Messenger dépassée&#xa0;: cochez «&#xa0;Répondre en tant que personne&#xa0;» pour l&apos;envoyer avec le tag agent humain&#xa0;; pas encore envoyé.</translation>
    </message>
    <message>
        <source>The consent question was not sent</source>
        <translation>La question de consentement n&apos;a pas été envoyée</translation>
    </message>
    <message>
        <source>Consent question sent. When the citizen has answered, redirect to the brigade again to record it.</source>
        <translation>Question de consentement envoyée. Quand le citoyen aura répondu, redirigez de nouveau vers la brigade pour l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqDelegate</name>
    <message>
        <source>[%1, to translate] </source>
        <comment>language of the FAQ text, e.g. [FR, to translate]</comment>
        <translation>[%1, à traduire] </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqEditorDialog</name>
    <message>
        <source>Edit the knowledge base</source>
        <translation>Modifier la base de connaissances</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Search the entries (Ctrl+F)</source>
        <translation>Chercher dans les fiches (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Chercher dans les fiches</translation>
    </message>
    <message>
        <source>Knowledge base entries</source>
        <translation>Fiches de la base de connaissances</translation>
    </message>
    <message>
        <source>Identifier of the entry</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <source>e.g. lost-id-card</source>
        <translation>p. ex. carte-identite-perdue</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Links, separated by spaces</source>
        <translation>Liens, séparés par des espaces</translation>
    </message>
    <message>
        <source>https://… separated by spaces</source>
        <translation>https://… séparés par des espaces</translation>
    </message>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Motif, conservé dans le journal</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Mots-&amp;clés&#xa0;:</translation>
    </message>
    <message>
        <source>Lin&amp;ks:</source>
        <translation>Lien&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>An empty form for a new entry (Ctrl+N)</source>
        <translation>Un formulaire vide pour une nouvelle fiche (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Send this version to the server: every workstation gets it (Ctrl+S)</source>
        <translation>Envoyer cette version au serveur&#xa0;: tous les postes la reçoivent (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;tire this language</source>
        <translation>Re&amp;tirer cette langue</translation>
    </message>
    <message>
        <source>Take this language of the entry out of every workstation&apos;s base</source>
        <translation>Retirer cette langue de la fiche de la base de tous les postes</translation>
    </message>
    <message>
        <source>Choose an entry in the list, or fill in a new one.</source>
        <translation>Choisissez une fiche dans la liste, ou remplissez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien de modifié pour le moment.</translation>
    </message>
    <message>
        <source>A new entry (or a new language of one); not sent yet.</source>
        <translation>Une nouvelle fiche (ou une nouvelle langue d&apos;une fiche)&#xa0;; pas encore envoyée.</translation>
    </message>
    <message>
        <source>A new version of this entry; not sent yet.</source>
        <translation>Une nouvelle version de cette fiche&#xa0;; pas encore envoyée.</translation>
    </message>
    <message>
        <source>Say why in the reason.</source>
        <translation>Indiquez pourquoi dans le motif.</translation>
    </message>
    <message>
        <source>Sent; the list shows it once the server has taken it.</source>
        <translation>Envoyée&#xa0;; la liste l&apos;affiche dès que le serveur l&apos;a acceptée.</translation>
    </message>
    <message>
        <source>Retirement sent; the entry leaves the list once the server has taken it.</source>
        <translation>Retrait envoyé&#xa0;; la fiche quitte la liste dès que le serveur l&apos;a accepté.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqPanel</name>
    <message>
        <source>Search the FAQ (Ctrl+K)</source>
        <translation>Rechercher dans la FAQ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <translation>Rechercher dans la FAQ</translation>
    </message>
    <message>
        <source>FAQ results</source>
        <translation>Résultats de la FAQ</translation>
    </message>
    <message>
        <source>FAQ answer preview</source>
        <translation>Aperçu de la réponse de la FAQ</translation>
    </message>
    <message>
        <source>Suggested from the citizen&apos;s last message</source>
        <translation>Suggestions d&apos;après le dernier message du citoyen</translation>
    </message>
    <message>
        <source>No suggestion for the citizen&apos;s last message: type to search.</source>
        <translation>Aucune suggestion pour le dernier message du citoyen&#xa0;: saisissez des mots pour rechercher.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or another language.</source>
        <translation>Aucun résultat. Essayez d&apos;autres mots, ou une autre langue.</translation>
    </message>
    <message>
        <source>Enter puts this answer in your reply.</source>
        <translation>Appuyez sur Entrée pour insérer cette réponse dans votre message.</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>FAQ search language: detected</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Detect the language you type in</source>
        <translation>Détecter la langue dans laquelle vous tapez</translation>
    </message>
    <message>
        <source>FAQ search language</source>
        <translation>Langue de recherche dans la FAQ</translation>
    </message>
    <message>
        <source>FAQ answer language</source>
        <translation>Langue des réponses de la FAQ</translation>
    </message>
    <message>
        <source>Answers in %1, the citizen&apos;s language, when the entry exists in it; otherwise in French, to translate.</source>
        <translation>Réponses en %1, la langue du citoyen, quand l&apos;entrée existe dans cette langue&#x202f;; sinon en français, à traduire.</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <comment>FAQ search language detected, e.g. Auto: FR</comment>
        <translation>Auto&#xa0;: %1</translation>
    </message>
    <message>
        <source>No %1 version of this entry: this is the %2 text. Translate it before sending.</source>
        <translation>Pas de version %1 de cette entrée&#xa0;: voici le texte %2. Traduisez-le avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Retire entry…</source>
        <translation>Retirer l&apos;entrée…</translation>
    </message>
    <message>
        <source>Take this entry out of the knowledge base of every workstation (Delete in the results)</source>
        <translation>Retirer cette entrée de la base de connaissances de tous les postes (Suppr dans les résultats)</translation>
    </message>
    <message>
        <source>Retire the FAQ entry</source>
        <translation>Retirer l&apos;entrée de la FAQ</translation>
    </message>
    <message>
        <source>Retiring “%1”: every workstation drops it when the server confirms.</source>
        <translation>Retrait de «&#xa0;%1&#xa0;»&#xa0;: chaque poste la retire dès que le serveur confirme.</translation>
    </message>
    <message>
        <source>Could not retire “%1”: %2</source>
        <translation>Impossible de retirer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Indexing the knowledge base…</source>
        <translation>Indexation de la base de connaissances…</translation>
    </message>
    <message>
        <source>Updating the knowledge base…</source>
        <translation>Mise à jour de la base de connaissances…</translation>
    </message>
    <message>
        <source>The knowledge base is being indexed: the results will appear in a moment.</source>
        <translation>La base de connaissances est en cours d’indexation&#xa0;: les résultats s’afficheront dans un instant.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Labels</name>
    <message>
        <source>Web chat</source>
        <translation>Tchat web</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
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
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse apportée</translation>
    </message>
    <message>
        <source>Redirected to Pharos</source>
        <translation>Réorientation vers Pharos</translation>
    </message>
    <message>
        <source>Redirected to Perceval</source>
        <translation>Réorientation vers Perceval</translation>
    </message>
    <message>
        <source>Redirected to Thésée</source>
        <translation>Réorientation vers Thésée</translation>
    </message>
    <message>
        <source>Redirected to Plainte en ligne</source>
        <translation>Réorientation vers Plainte en ligne</translation>
    </message>
    <message>
        <source>Forwarded to the local brigade</source>
        <translation>Transmission à la brigade locale</translation>
    </message>
    <message>
        <source>Referred to 17 / 112</source>
        <translation>Orientation vers le 17 / 112</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Indésirable</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
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
        <translation>la brigade locale</translation>
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
        <translation>%1 de retard</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MainWindow</name>
    <message>
        <source>Guichet — Brigade numérique</source>
        <translation>Guichet — Brigade numérique</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Guichet</source>
        <translation>&amp;Guichet</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File d&apos;attente</translation>
    </message>
    <message>
        <source>Take the &amp;next conversation</source>
        <translation>Prendre la conversation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>&amp;Rechercher dans la file</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Aller à la &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>Go to the &amp;conversation</source>
        <translation>Aller à la &amp;conversation</translation>
    </message>
    <message>
        <source>Go to the &amp;FAQ</source>
        <translation>Aller à la F&amp;AQ</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation>FA&amp;Q</translation>
    </message>
    <message>
        <source>&amp;Search the FAQ</source>
        <translation>&amp;Rechercher dans la FAQ</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>Pré&amp;sence</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Your presence: busy silences notifications (Ctrl+Shift+1/2/3)</source>
        <translation>Votre présence&#xa0;: «&#xa0;Occupé&#xa0;» coupe les notifications (Ctrl+Maj+1/2/3)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>No conversation taken: %1</source>
        <translation>Aucune conversation prise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline — your work is kept and goes out when the link is back</source>
        <translation>Hors ligne — votre travail est conservé et partira au retour de la connexion</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>%p% synced</source>
        <translation>Synchronisé à %p&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go out</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <source>Wiped</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Cache wiped</source>
        <translation>Cache effacé</translation>
    </message>
    <message>
        <source>A supervisor ordered this workstation&apos;s cache wiped (%1). Its data and key are destroyed and your session has ended. Restart Guichet to log in again.</source>
        <translation>Un superviseur a ordonné l&apos;effacement du cache de ce poste (%1). Ses données et sa clé sont détruites et votre session a pris fin. Redémarrez Guichet pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>%1
Your password for %2:</source>
        <translation>%1
Votre mot de passe pour %2&#xa0;:</translation>
    </message>
    <message>
        <source>Taking the next conversation…</source>
        <translation>Prise en charge de la conversation suivante…</translation>
    </message>
    <message>
        <source>S&amp;witch agent</source>
        <translation>&amp;Changer d&apos;agent</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Refused ac&amp;tions…</source>
        <translation>Ac&amp;tions refusées…</translation>
    </message>
    <message>
        <source>Actions the server refused: open the list (Ctrl+Shift+O)</source>
        <translation>Actions refusées par le serveur&#xa0;: ouvrir la liste (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Locked — still connected, your conversations are kept</source>
        <translation>Verrouillé — toujours connecté, vos conversations sont conservées</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n refusée</numerusform>
            <numerusform>⚠ %n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions refused by the server</source>
        <translation>
            <numerusform>%n action refusée par le serveur</numerusform>
            <numerusform>%n actions refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures: queue, agents, today (supervisors)</source>
        <translation>Les chiffres de la brigade en direct&#xa0;: file d&apos;attente, agents, journée (superviseurs)</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>S&amp;uperviser</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MessageDelegate</name>
    <message>
        <source>not delivered</source>
        <translation>non remis</translation>
    </message>
    <message>
        <source>%1: %2 — select it and press Ctrl+R to retry</source>
        <comment>delivery failed: reason</comment>
        <translation>%1&#xa0;: %2 — sélectionnez-le et appuyez sur Ctrl+R pour réessayer</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueueDelegate</name>
    <message>
        <source>EMERGENCY</source>
        <translation>URGENCE</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n refusée</numerusform>
            <numerusform>⚠ %n refusées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueuePanel</name>
    <message>
        <source>Take &amp;next</source>
        <translation>Prendre la sui&amp;vante</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Périmètre des conversations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prises en charge</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Conversation state</source>
        <translation>État des conversations</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Only emergencies and violence cases</source>
        <translation>Uniquement les urgences et les cas de violences</translation>
    </message>
    <message>
        <source>Search the queue (Ctrl+F)</source>
        <translation>Rechercher dans la file d&apos;attente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Rechercher dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Take the most urgent waiting conversation (Ctrl+N)</source>
        <translation>Prendre la conversation en attente la plus urgente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>%1 shown · %2 waiting</source>
        <translation>%1 affichées · %2 en attente</translation>
    </message>
    <message>
        <source>F&amp;lagged</source>
        <translation>Sig&amp;nalées</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RedirectDialog</name>
    <message>
        <source>Redirect to %1</source>
        <translation>Réorienter vers %1</translation>
    </message>
    <message>
        <source>Check before redirecting</source>
        <translation>À vérifier avant de réorienter</translation>
    </message>
    <message>
        <source>This redirection is not defined on this workstation yet: sync with the server, or write the text yourself.</source>
        <translation>Cette réorientation n&apos;est pas encore définie sur ce poste&#xa0;: synchronisez avec le serveur, ou rédigez le texte vous-même.</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;language:</source>
        <translation>&amp;Langue du citoyen&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text sent to the citizen (you can edit it):</source>
        <translation>&amp;Texte envoyé au citoyen (modifiable)&#xa0;:</translation>
    </message>
    <message>
        <source>Text sent to the citizen</source>
        <translation>Texte envoyé au citoyen</translation>
    </message>
    <message>
        <source>&amp;Send and record</source>
        <translation>&amp;Envoyer et enregistrer</translation>
    </message>
    <message>
        <source>Citizen&apos;s consent (required to forward to the brigade)</source>
        <translation>Consentement du citoyen (obligatoire pour transmettre à la brigade)</translation>
    </message>
    <message>
        <source>Question sent to the citizen: “%1”</source>
        <translation>Question envoyée au citoyen&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Their answer: “%1”</source>
        <translation>Sa réponse&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This answer is the citizen&apos;s &amp;consent to forwarding</source>
        <translation>Cette réponse est le &amp;consentement du citoyen à la transmission</translation>
    </message>
    <message>
        <source>Recorded with your login, the time, the question and the answer; the server checks both are in this conversation.</source>
        <translation>Enregistré avec votre identifiant, l&apos;heure, la question et la réponse&#xa0;; le serveur vérifie que les deux sont dans cette conversation.</translation>
    </message>
    <message>
        <source>The question is on its way to the server. When the citizen has answered, redirect again to record their consent.</source>
        <translation>La question est en route vers le serveur. Quand le citoyen aura répondu, redirigez de nouveau pour enregistrer son consentement.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer to: “%1”</source>
        <translation>En attente de la réponse du citoyen à&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Ask the citizen first. This question is sent to them; their answer is their consent or refusal.</source>
        <translation>Demandez d&apos;abord au citoyen. Cette question lui est envoyée&#xa0;; sa réponse est son consentement ou son refus.</translation>
    </message>
    <message>
        <source>Consent question for the citizen</source>
        <translation>Question de consentement pour le citoyen</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>Redem&amp;ander</translation>
    </message>
    <message>
        <source>&amp;Ask the citizen</source>
        <translation>&amp;Demander au citoyen</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RefusalsDialog</name>
    <message>
        <source>&amp;Open the conversation</source>
        <translation>&amp;Ouvrir la conversation</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>The server refused these actions: they did not happen. Send one again, or dismiss it once you have dealt with it.</source>
        <translation>Le serveur a refusé ces actions&#xa0;: elles n&apos;ont pas eu lieu. Renvoyez-en une, ou ignorez-la une fois traitée.</translation>
    </message>
    <message>
        <source>Refused actions</source>
        <translation>Actions refusées</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RetireFaqDialog</name>
    <message>
        <source>Retire a FAQ entry</source>
        <translation>Retirer une entrée de la FAQ</translation>
    </message>
    <message>
        <source>Retire “%1” (%2) from the knowledge base? Every workstation stops proposing it as soon as the server confirms. An administrator can bring it back (guichet-server admin faq revert).</source>
        <translation>Retirer «&#xa0;%1&#xa0;» (%2) de la base de connaissances&#xa0;? Aucun poste ne la proposera plus dès que le serveur aura confirmé. Un administrateur peut la rétablir (guichet-server admin faq revert).</translation>
    </message>
    <message>
        <source>Every language (%1)</source>
        <translation>Toutes les langues (%1)</translation>
    </message>
    <message>
        <source>Only the %1 version</source>
        <translation>Seulement la version en %1</translation>
    </message>
    <message>
        <source>Versions to retire</source>
        <translation>Versions à retirer</translation>
    </message>
    <message>
        <source>Wrong, outdated, duplicate…</source>
        <translation>Erronée, obsolète, doublon…</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SettingsDialog</name>
    <message>
        <source>Show the &amp;citizen&apos;s name in desktop notifications</source>
        <translation>Afficher le nom du &amp;citoyen dans les notifications du bureau</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>Changer la &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Minutes without any input or change of window before Guichet locks</source>
        <translation>Minutes sans saisie ni changement de fenêtre avant que Guichet se verrouille</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>close at once</source>
        <translation>les libérer aussitôt</translation>
    </message>
    <message>
        <source>While locked, Guichet stays connected (away) and keeps your conversations this long</source>
        <translation>Verrouillé, Guichet reste connecté (absent) et garde vos conversations pendant cette durée</translation>
    </message>
    <message>
        <source>&amp;Keep my conversations while locked:</source>
        <translation>&amp;Garder mes conversations pendant le verrouillage&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Closed conversations older than this leave this workstation&apos;s cache</source>
        <translation>Les conversations clôturées plus anciennes quittent le cache de ce poste</translation>
    </message>
    <message>
        <source>&amp;Retention of closed conversations:</source>
        <translation>Con&amp;servation des conversations clôturées&#xa0;:</translation>
    </message>
    <message>
        <source>Off: notifications name the conversation by its reference only</source>
        <translation>Désactivé&#xa0;: les notifications ne désignent la conversation que par sa référence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>&amp;Interface language (at the next start):</source>
        <translation>&amp;Langue de l&apos;interface (au prochain démarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Phrase de passe du cache</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Your cache key is in the system keychain, wrapped under your password: there is no passphrase to change.</source>
        <translation>La clé de votre cache est dans le trousseau du système, chiffrée par votre mot de passe&#xa0;: il n&apos;y a pas de phrase de passe à changer.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>La nouvelle phrase de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two new passphrases differ: nothing was changed.</source>
        <translation>Les deux nouvelles phrases de passe diffèrent&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The current passphrase is not the right one: nothing was changed.</source>
        <translation>La phrase de passe actuelle n&apos;est pas la bonne&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translation>Phrase de passe changée&#xa0;: utilisez désormais la nouvelle.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SetupWizard</name>
    <message>
        <source>In the system &amp;keychain (recommended)</source>
        <translation>Dans le tr&amp;ousseau du système (recommandé)</translation>
    </message>
    <message>
        <source>Under a &amp;passphrase I type when I unlock</source>
        <translation>Par une phrase de passe saisie au &amp;déverrouillage</translation>
    </message>
    <message>
        <source>Set up Guichet</source>
        <translation>Configurer Guichet</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>The address of the Brigade numérique&apos;s server and your agent login.</source>
        <translation>L&apos;adresse du serveur de la Brigade numérique et votre identifiant d&apos;agent.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Protect the cache</source>
        <translation>Protection du cache</translation>
    </message>
    <message>
        <source>Conversations kept on this computer are encrypted. Choose where their key is kept.</source>
        <translation>Les conversations conservées sur cet ordinateur sont chiffrées. Choisissez où leur clé est conservée.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters, a sentence is best.</source>
        <translation>
            <numerusform>La phrase de passe est trop courte&#xa0;: utilisez au moins %n caractère&#x202f;; une phrase entière est préférable.</numerusform>
            <numerusform>La phrase de passe est trop courte&#xa0;: utilisez au moins %n caractères&#x202f;; une phrase entière est préférable.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases de passe diffèrent&#xa0;: saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer. Choose a passphrase instead.</source>
        <translation>Aucun trousseau ne répond sur cet ordinateur. Choisissez plutôt une phrase de passe.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server refused this login and password. Check them (is Caps Lock on?) and try again. After several failures the server slows down further attempts.</source>
        <translation>Le serveur a refusé cet identifiant et ce mot de passe. Vérifiez-les (le verrouillage des majuscules est-il activé&#x202f;?) et réessayez. Après plusieurs échecs, le serveur ralentit les tentatives suivantes.</translation>
    </message>
    <message>
        <source>%1 Do not go on: ask your administrator to check the server&apos;s certificate.</source>
        <translation>%1 N&apos;allez pas plus loin&#xa0;: demandez à votre administrateur de vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>The server at %1 does not answer (%2). Check the address and the network, or ask whether the server is up.</source>
        <translation>Le serveur %1 ne répond pas (%2). Vérifiez l&apos;adresse et le réseau, ou demandez si le serveur est en service.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check the address and the network.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps. Vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>P&amp;hrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>I have an &amp;enrolment code (reservist joining a surge)</source>
        <translation>&amp;J&apos;ai un code d&apos;enrôlement (réserviste appelé en renfort)</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Co&amp;de d&apos;enrôlement&#xa0;:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Confirmez le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>as your colleagues will see it</source>
        <translation>tel que vos collègues le verront</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>The server&apos;s address, the code your supervisor gave you, and the login and password you choose for your reservist account.</source>
        <translation>L&apos;adresse du serveur, le code que votre superviseur vous a donné, puis l&apos;identifiant et le mot de passe que vous choisissez pour votre compte de réserviste.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choisissez un mot de passe d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez un mot de passe d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: tapez deux fois le même.</translation>
    </message>
    <message>
        <source>The server refused the enrolment: %1. Check the code, or ask your supervisor for a new one.</source>
        <translation>Le serveur a refusé l&apos;enrôlement&#xa0;: %1. Vérifiez le code, ou demandez-en un nouveau à votre superviseur.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorActionDialog</name>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Motif, conservé dans le journal</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorPage</name>
    <message>
        <source>Waiting, last hours</source>
        <translation>En attente, dernières heures</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Opened per hour</source>
        <translation>Ouvertes par heure</translation>
    </message>
    <message>
        <source>Mean rating per day</source>
        <translation>Note moyenne par jour</translation>
    </message>
    <message>
        <source>Export the &amp;report (CSV)…</source>
        <translation>Exporter le &amp;rapport (CSV)…</translation>
    </message>
    <message>
        <source>Export the c&amp;harts (PNG)…</source>
        <translation>Exporter les &amp;graphiques (PNG)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supervision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supervision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Queue by SLA state</source>
        <translation>File d&apos;attente par délai de réponse</translation>
    </message>
    <message>
        <source>Waiting by channel</source>
        <translation>En attente par canal</translation>
    </message>
    <message>
        <source>Waiting by language</source>
        <translation>En attente par langue</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Redirections today</source>
        <translation>Réorientations aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last survey comments</source>
        <translation>Derniers commentaires des enquêtes</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message numerus="yes">
        <source>Report exported: %n conversation(s).</source>
        <translation>
            <numerusform>Rapport exporté&#xa0;: %n conversation.</numerusform>
            <numerusform>Rapport exporté&#xa0;: %n conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>Le rapport n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n possible emergency(ies) waiting</source>
        <translation>
            <numerusform>%n urgence possible en attente</numerusform>
            <numerusform>%n urgences possibles en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SGBV conversation(s) waiting</source>
        <translation>
            <numerusform>%n conversation VSS en attente</numerusform>
            <numerusform>%n conversations VSS en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the answer time</source>
        <translation>
            <numerusform>%n hors délai</numerusform>
            <numerusform>%n hors délai</numerusform>
        </translation>
    </message>
    <message>
        <source>Surge on</source>
        <translation>Renfort en cours</translation>
    </message>
    <message>
        <source>Offline: no figures yet</source>
        <translation>Hors ligne&#xa0;: pas encore de chiffres</translation>
    </message>
    <message>
        <source>Offline: figures of %1</source>
        <translation>Hors ligne&#xa0;: chiffres de %1</translation>
    </message>
    <message>
        <source>Figures not updated: %1</source>
        <translation>Chiffres non mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s figures…</source>
        <translation>En attente des chiffres du serveur…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>The report cannot be exported now: one is being written, or the server is not connected.</source>
        <translation>Le rapport ne peut pas être exporté maintenant&#xa0;: un autre est en cours d&apos;écriture, ou le serveur n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1.</source>
        <translation>Les graphiques n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>Graphiques enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>The last day comes before the first: nothing exported.</source>
        <translation>Le dernier jour précède le premier&#xa0;: rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Reassign the conversation…</source>
        <translation>&amp;Réattribuer la conversation…</translation>
    </message>
    <message>
        <source>&amp;Disable the agent…</source>
        <translation>&amp;Désactiver l&apos;agent…</translation>
    </message>
    <message>
        <source>&amp;Enable the agent…</source>
        <translation>Ré&amp;activer l&apos;agent…</translation>
    </message>
    <message>
        <source>Order a remote &amp;wipe…</source>
        <translation>Ordonner un &amp;effacement à distance…</translation>
    </message>
    <message>
        <source>&amp;Clear the wipe order…</source>
        <translation>A&amp;nnuler l&apos;ordre d&apos;effacement…</translation>
    </message>
    <message>
        <source>&amp;Start a surge…</source>
        <translation>Déclencher un ren&amp;fort…</translation>
    </message>
    <message>
        <source>S&amp;top the surge…</source>
        <translation>Arrê&amp;ter le renfort…</translation>
    </message>
    <message>
        <source>Enrol a reser&amp;vist…</source>
        <translation>Enrôler un réser&amp;viste…</translation>
    </message>
    <message>
        <source>Edit the redirect&amp;ions…</source>
        <translation>M&amp;odifier les réorientations…</translation>
    </message>
    <message>
        <source>Give the selected conversation to another agent, or put it back in the queue</source>
        <translation>Confier la conversation choisie à un autre agent, ou la remettre dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Close the selected agent&apos;s account: their sessions are cut</source>
        <translation>Fermer le compte de l&apos;agent choisi&#xa0;: ses sessions sont coupées</translation>
    </message>
    <message>
        <source>Let the selected agent log in again</source>
        <translation>Permettre à l&apos;agent choisi de se connecter de nouveau</translation>
    </message>
    <message>
        <source>Destroy the selected agent&apos;s workstation cache (lost or stolen laptop)</source>
        <translation>Détruire le cache du poste de l&apos;agent choisi (ordinateur perdu ou volé)</translation>
    </message>
    <message>
        <source>Withdraw a wipe order not yet carried out</source>
        <translation>Retirer un ordre d&apos;effacement pas encore exécuté</translation>
    </message>
    <message>
        <source>Open the queue to reservists and raise capacities</source>
        <translation>Ouvrir la file d&apos;attente aux réservistes et relever les capacités</translation>
    </message>
    <message>
        <source>End the surge: the reservists&apos; accounts close</source>
        <translation>Mettre fin au renfort&#xa0;: les comptes des réservistes sont fermés</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account</source>
        <translation>Un code à usage unique pour qu&apos;un réserviste crée son compte</translation>
    </message>
    <message>
        <source>Change the official address or the citizen&apos;s text of a redirection, on every workstation</source>
        <translation>Changer l&apos;adresse officielle ou le texte pour le citoyen d&apos;une réorientation, sur tous les postes</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversations ouvertes</translation>
    </message>
    <message>
        <source>Enrolment code received; valid until %1, once.</source>
        <translation>Code d&apos;enrôlement reçu&#xa0;; valable jusqu&apos;à %1, une seule fois.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <source>Enrolment code: %1</source>
        <translation>Code d&apos;enrôlement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid until %1, for one reservist. On their own laptop they open the setup wizard, tick “I have an enrolment code” and type it with a login and a password of their choice. Their account ends with the surge.</source>
        <translation>Valable jusqu&apos;à %1, pour un seul réserviste. Sur son propre ordinateur, il ouvre l&apos;assistant de configuration, coche «&#xa0;J&apos;ai un code d&apos;enrôlement&#xa0;» et le saisit avec un identifiant et un mot de passe de son choix. Son compte prend fin avec le renfort.</translation>
    </message>
    <message>
        <source>No enrolment code: %1</source>
        <translation>Pas de code d&apos;enrôlement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: fait.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1&#xa0;: refusé par le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1&#xa0;: non envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the server…</source>
        <translation>%1&#xa0;: envoyé, en attente du serveur…</translation>
    </message>
    <message>
        <source>%1: queued; it goes to the server when the link is back.</source>
        <translation>%1&#xa0;: en attente d&apos;envoi&#xa0;; il part au serveur dès le retour de la liaison.</translation>
    </message>
    <message>
        <source>Reassign a conversation</source>
        <translation>Réattribuer une conversation</translation>
    </message>
    <message>
        <source>Reassign %1, held by %2, to an &amp;agent:</source>
        <translation>Réattribuer %1, pris en charge par %2, à un a&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>Reassign %1, waiting, to an &amp;agent:</source>
        <translation>Réattribuer %1, en attente, à un a&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>&amp;Réattribuer</translation>
    </message>
    <message>
        <source>Putting %1 back in the queue</source>
        <translation>Remise de %1 dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Reassigning %1 to %2</source>
        <translation>Réattribution de %1 à %2</translation>
    </message>
    <message>
        <source>Disable an agent</source>
        <translation>Désactiver un agent</translation>
    </message>
    <message>
        <source>Disable the account of %1? Their sessions are cut within a second and they cannot log in until a supervisor or an administrator enables it again. Reassign what they hold if it cannot wait.</source>
        <translation>Désactiver le compte de %1&#xa0;? Ses sessions sont coupées dans la seconde et il ne peut plus se connecter tant qu&apos;un superviseur ou un administrateur ne l&apos;a pas réactivé. Réattribuez ce qu&apos;il détient si cela ne peut pas attendre.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disabling %1</source>
        <translation>Désactivation de %1</translation>
    </message>
    <message>
        <source>Enable an agent</source>
        <translation>Réactiver un agent</translation>
    </message>
    <message>
        <source>Enable the account of %1 again? They can log in at once.</source>
        <translation>Réactiver le compte de %1&#xa0;? Il peut se connecter aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Enabling %1</source>
        <translation>Réactivation de %1</translation>
    </message>
    <message>
        <source>Order a remote wipe</source>
        <translation>Ordonner un effacement à distance</translation>
    </message>
    <message>
        <source>Wipe the workstation of %1? Its cache (conversations, drafts) and its key are destroyed as soon as it connects, and the session ends. This cannot be undone on that workstation; the conversations stay on the server.</source>
        <translation>Effacer le poste de %1&#xa0;? Son cache (conversations, brouillons) et sa clé sont détruits dès qu&apos;il se connecte, et la session prend fin. Cela ne peut pas être annulé sur ce poste&#xa0;; les conversations restent sur le serveur.</translation>
    </message>
    <message>
        <source>Order the &amp;wipe</source>
        <translation>Ordonner l&apos;&amp;effacement</translation>
    </message>
    <message>
        <source>Wipe order for %1</source>
        <translation>Ordre d&apos;effacement pour %1</translation>
    </message>
    <message>
        <source>Clear a wipe order</source>
        <translation>Lever un ordre d&apos;effacement</translation>
    </message>
    <message>
        <source>Withdraw the wipe ordered for %1? A workstation already wiped stays wiped; one that has not connected since keeps its cache.</source>
        <translation>Retirer l&apos;effacement ordonné pour %1&#xa0;? Un poste déjà effacé le reste&#xa0;; un poste qui ne s&apos;est pas connecté depuis garde son cache.</translation>
    </message>
    <message>
        <source>C&amp;lear the order</source>
        <translation>&amp;Lever l&apos;ordre</translation>
    </message>
    <message>
        <source>Clearing the wipe order for %1</source>
        <translation>Levée de l&apos;ordre d&apos;effacement pour %1</translation>
    </message>
    <message>
        <source>Start a surge</source>
        <translation>Déclencher un renfort</translation>
    </message>
    <message>
        <source>Start a surge? Reservists then see the waiting conversations of the channels and languages below, every agent may hold more conversations (as the server is configured), and citizens waiting in web chat are told an estimate of their wait. You can then enrol reservists with one-time codes.</source>
        <translation>Déclencher un renfort&#xa0;? Les réservistes voient alors les conversations en attente des canaux et langues ci-dessous, chaque agent peut prendre plus de conversations (selon la configuration du serveur), et les citoyens qui attendent dans le chat reçoivent une estimation de leur attente. Vous pourrez ensuite enrôler des réservistes avec des codes à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Start the surge</source>
        <translation>&amp;Déclencher le renfort</translation>
    </message>
    <message>
        <source>Nothing ticked: as configured on the server (routing.surge).</source>
        <translation>Rien de coché&#xa0;: selon la configuration du serveur (routing.surge).</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>Déclenchement du renfort</translation>
    </message>
    <message>
        <source>Stop the surge</source>
        <translation>Arrêter le renfort</translation>
    </message>
    <message>
        <source>Stop the surge? The reservists&apos; accounts created for it are disabled at once (what they hold goes back to the queue), unused enrolment codes become void, and capacities return to each agent&apos;s own.</source>
        <translation>Arrêter le renfort&#xa0;? Les comptes de réservistes créés pour lui sont désactivés aussitôt (ce qu&apos;ils détiennent retourne dans la file d&apos;attente), les codes d&apos;enrôlement non utilisés deviennent caducs et chaque agent retrouve sa propre capacité.</translation>
    </message>
    <message>
        <source>S&amp;top the surge</source>
        <translation>Arrê&amp;ter le renfort</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>Arrêt du renfort</translation>
    </message>
    <message>
        <source>Enrol a reservist</source>
        <translation>Enrôler un réserviste</translation>
    </message>
    <message>
        <source>Ask the server for a one-time enrolment code: a reservist types it in the setup wizard on their own laptop to create their account. The code is shown once; it works once, only while the surge lasts.</source>
        <translation>Demander au serveur un code d&apos;enrôlement à usage unique&#xa0;: un réserviste le saisit dans l&apos;assistant de configuration sur son propre ordinateur pour créer son compte. Le code n&apos;est affiché qu&apos;une fois&#xa0;; il ne sert qu&apos;une fois, et seulement pendant le renfort.</translation>
    </message>
    <message>
        <source>&amp;Ask for a code</source>
        <translation>&amp;Demander un code</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code valid for, in minutes</source>
        <translation>Validité du code, en minutes</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Account lasts at most, in hours</source>
        <translation>Durée maximale du compte, en heures</translation>
    </message>
    <message>
        <source>Code valid for:</source>
        <translation>Code valable&#xa0;:</translation>
    </message>
    <message>
        <source>Account lasts at most:</source>
        <translation>Compte valable au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Enrolment code asked for, waiting for the server…</source>
        <translation>Code d&apos;enrôlement demandé, en attente du serveur…</translation>
    </message>
    <message>
        <source>The redirect definitions cannot be read: %1</source>
        <translation>Les définitions de réorientation sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit the redirections</source>
        <translation>Modifier les réorientations</translation>
    </message>
    <message>
        <source>Change the official address of a redirection, or the text the citizen receives in a language ({url} stands for the address). Every workstation gets the new version when the server accepts it.</source>
        <translation>Changez l&apos;adresse officielle d&apos;une réorientation, ou le texte que le citoyen reçoit dans une langue ({url} tient la place de l&apos;adresse). Tous les postes reçoivent la nouvelle version dès que le serveur l&apos;accepte.</translation>
    </message>
    <message>
        <source>&amp;Send to every workstation</source>
        <translation>&amp;Envoyer à tous les postes</translation>
    </message>
    <message>
        <source>Official address</source>
        <translation>Adresse officielle</translation>
    </message>
    <message>
        <source>Text for the citizen</source>
        <translation>Texte pour le citoyen</translation>
    </message>
    <message>
        <source>Redirection:</source>
        <translation>Réorientation&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid; not sent yet.</source>
        <translation>Valide&#xa0;; pas encore envoyé.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien de modifié pour le moment.</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Les définitions de réorientation</translation>
    </message>
    <message>
        <source>Edit the &amp;knowledge base…</source>
        <translation>Modifier la &amp;base de connaissances…</translation>
    </message>
    <message>
        <source>Change, add or retire the answers of the FAQ, on every workstation</source>
        <translation>Modifier, ajouter ou retirer des réponses de la FAQ, sur tous les postes</translation>
    </message>
    <message>
        <source>The FAQ entry %1 (%2)</source>
        <translation>La fiche de la FAQ %1 (%2)</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry %1 (%2)</source>
        <translation>Le retrait de la fiche de la FAQ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Transfer this conversation to a &amp;colleague:</source>
        <translation>Transférer cette conversation à un &amp;collègue&#xa0;:</translation>
    </message>
    <message>
        <source>Type a name or a login</source>
        <translation>Tapez un nom ou un identifiant</translation>
    </message>
    <message>
        <source>Find a colleague</source>
        <translation>Chercher un collègue</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>No colleague to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Aucun collègue à afficher pour l&apos;instant&#xa0;: la liste se remplit à mesure que le serveur signale qui est connecté. La conversation peut toujours retourner dans la file.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>Remettre dans la &amp;file</translation>
    </message>
    <message>
        <source>Overloaded, absent, needs a language…</source>
        <translation>Surchargé, absent, besoin d&apos;une langue…</translation>
    </message>
    <message>
        <source>Reason for the reassignment</source>
        <translation>Motif de la réattribution</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Aucun agent à afficher pour l&apos;instant&#xa0;: la liste se remplit à mesure que le serveur signale qui est connecté. La conversation peut toujours retourner dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected.</source>
        <translation>Aucun agent à afficher pour l&apos;instant&#xa0;: la liste se remplit à mesure que le serveur signale qui est connecté.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet est verrouillé</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>That is not the right one. Try again (is Caps Lock on?).</source>
        <translation>Saisie incorrecte. Réessayez (le verrouillage des majuscules est-il activé&#x202f;?).</translation>
    </message>
    <message>
        <source>%1, type your cache pa&amp;ssphrase to go on.</source>
        <translation>%1, saisissez la &amp;phrase de passe de votre cache pour continuer.</translation>
    </message>
    <message>
        <source>%1, type your pass&amp;word to go on.</source>
        <translation>%1, saisissez votre &amp;mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>New agent on this desk…</source>
        <translation>Nouvel agent sur ce poste…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Who is at the desk: each agent&apos;s cache opens with their own secret</source>
        <translation>Qui est au poste&#xa0;: le cache de chaque agent s&apos;ouvre avec son propre secret</translation>
    </message>
    <message>
        <source>%1 has no cache on this desk: set it up first.</source>
        <translation>%1 n&apos;a pas de cache sur ce poste&#xa0;: configurez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>Guichet::Workstation</name>
    <message>
        <source>The server address must start with https:// (or http:// on a test machine).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (ou http:// sur une machine de test).</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>This workstation already holds a cache for %1: unlock it instead.</source>
        <translation>Ce poste contient déjà un cache pour %1&#xa0;: déverrouillez-le plutôt.</translation>
    </message>
    <message>
        <source>There is no cache for %1 on this workstation.</source>
        <translation>Il n&apos;y a pas de cache pour %1 sur ce poste.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file cannot be read.</source>
        <translation>Le fichier de clé du cache est illisible.</translation>
    </message>
    <message>
        <source>Wrong password. Type the password you log in with.</source>
        <translation>Mot de passe incorrect. Saisissez le mot de passe avec lequel vous vous connectez.</translation>
    </message>
    <message>
        <source>No account to unlock.</source>
        <translation>Aucun compte à déverrouiller.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>Le poste est verrouillé.</translation>
    </message>
    <message>
        <source>No emergency notice is defined on this workstation.</source>
        <translation>Aucun message d&apos;urgence n&apos;est défini sur ce poste.</translation>
    </message>
    <message>
        <source>Possible emergency</source>
        <translation>Urgence possible</translation>
    </message>
    <message>
        <source>A citizen may be in danger. Unlock Guichet to see the conversation.</source>
        <translation>Un citoyen est peut-être en danger. Déverrouillez Guichet pour voir la conversation.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>Unlock Guichet to see what was refused.</source>
        <translation>Déverrouillez Guichet pour voir ce qui a été refusé.</translation>
    </message>
    <message>
        <source>%1 in conversation %2: %3</source>
        <translation>%1 dans la conversation %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>An action</source>
        <translation>Une action</translation>
    </message>
    <message>
        <source>Taking the conversation</source>
        <translation>La prise en charge</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Le relâchement</translation>
    </message>
    <message>
        <source>The transfer</source>
        <translation>Le transfert</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>La clôture</translation>
    </message>
    <message>
        <source>The redirection</source>
        <translation>La réorientation</translation>
    </message>
    <message>
        <source>The language change</source>
        <translation>Le changement de langue</translation>
    </message>
    <message>
        <source>The flags</source>
        <translation>Les signalements</translation>
    </message>
    <message>
        <source>The new delivery attempt</source>
        <translation>La nouvelle tentative de remise</translation>
    </message>
    <message>
        <source>The presence</source>
        <translation>La présence</translation>
    </message>
    <message>
        <source>Only a supervisor can retire a FAQ entry.</source>
        <translation>Seul un superviseur peut retirer une fiche de la FAQ.</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry</source>
        <translation>Le retrait de la fiche de la FAQ</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Seul un superviseur peut faire cela.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the log.</source>
        <translation>Indiquez pourquoi&#xa0;: la raison est conservée dans le journal.</translation>
    </message>
    <message>
        <source>The reassignment</source>
        <translation>La réattribution</translation>
    </message>
    <message>
        <source>Disabling the agent</source>
        <translation>La désactivation de l&apos;agent</translation>
    </message>
    <message>
        <source>Enabling the agent</source>
        <translation>La réactivation de l&apos;agent</translation>
    </message>
    <message>
        <source>The wipe order</source>
        <translation>L&apos;ordre d&apos;effacement</translation>
    </message>
    <message>
        <source>Clearing the wipe order</source>
        <translation>L&apos;annulation de l&apos;ordre d&apos;effacement</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>Le déclenchement du renfort</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>L&apos;arrêt du renfort</translation>
    </message>
    <message>
        <source>The FAQ edit</source>
        <translation>La modification de la FAQ</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Les définitions de réorientation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet: the Brigade numérique&apos;s workstation.</source>
        <translation>Guichet&#xa0;: le poste de travail de la Brigade numérique.</translation>
    </message>
    <message>
        <source>The server&apos;s URL (first run).</source>
        <translation>L&apos;URL du serveur (premier lancement).</translation>
    </message>
    <message>
        <source>Your login (first run).</source>
        <translation>Votre identifiant (premier lancement).</translation>
    </message>
    <message>
        <source>The cache file (default: under your data folder).</source>
        <translation>Le fichier de cache (par défaut&#xa0;: dans votre dossier de données).</translation>
    </message>
</context>
</TS>
