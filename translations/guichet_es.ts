<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Guichet::Cache</name>
    <message>
        <source>A cache already exists here.</source>
        <translation>Ya existe una caché aquí.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder.</source>
        <translation>No se puede crear la carpeta de la caché.</translation>
    </message>
    <message>
        <source>There is no cache here.</source>
        <translation>Aquí no hay ninguna caché.</translation>
    </message>
    <message>
        <source>The key file of this cache is missing: the cache cannot be opened.</source>
        <translation>Falta el archivo de clave de esta caché: no se puede abrir la caché.</translation>
    </message>
    <message>
        <source>Cannot delete the cache files.</source>
        <translation>No se pueden eliminar los archivos de la caché.</translation>
    </message>
    <message>
        <source>Cannot put the new cache in place.</source>
        <translation>No se puede colocar la nueva caché en su sitio.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Esta caché se abre con la contraseña de su agente.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>Guichet::Cli::CliApp</name>
    <message>
        <source>The cache file (default: under the user&apos;s data folder).</source>
        <translation>El archivo de caché (por defecto: en la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>The server&apos;s URL (remembered by login).</source>
        <translation>La URL del servidor (la guarda login).</translation>
    </message>
    <message>
        <source>The agent&apos;s login (remembered by login).</source>
        <translation>El usuario del agente (lo guarda login).</translation>
    </message>
    <message>
        <source>Do not contact the server: cached data only.</source>
        <translation>No contactar con el servidor: solo datos de la caché.</translation>
    </message>
    <message>
        <source>Seconds to wait for the server (default 20).</source>
        <translation>Segundos de espera del servidor (20 por defecto).</translation>
    </message>
    <message>
        <source>Keep the cache key under a passphrase (GUICHET_PASSPHRASE), not in the keychain.</source>
        <translation>Proteger la clave de la caché con una frase de contraseña (GUICHET_PASSPHRASE) en lugar del llavero.</translation>
    </message>
    <message>
        <source>Only conversations I hold.</source>
        <translation>Solo las conversaciones que tengo asignadas.</translation>
    </message>
    <message>
        <source>Only conversations in this state (queued, claimed, closed).</source>
        <translation>Solo las conversaciones en este estado (queued, claimed, closed).</translation>
    </message>
    <message>
        <source>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</source>
        <translation>answered, pharos, perceval, these, plainte_en_ligne, brigade, emergency, spam, duplicate.</translation>
    </message>
    <message>
        <source>Transfer to this agent (default: back to the queue).</source>
        <translation>Transferir a este agente (por defecto: de vuelta a la cola).</translation>
    </message>
    <message>
        <source>Text sent to the citizen with the redirection.</source>
        <translation>Texto enviado al ciudadano con la derivación.</translation>
    </message>
    <message>
        <source>Every refused command.</source>
        <translation>Todos los comandos rechazados.</translation>
    </message>
    <message>
        <source>give --store FILE, or --server URL and --login NAME</source>
        <translation>indique --store FILE, o --server URL y --login NAME</translation>
    </message>
    <message>
        <source>no cache at %1: run &quot;guichet-cli login&quot; first</source>
        <translation>no hay caché en %1: ejecute primero «guichet-cli login»</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>no se puede conectar con %1</translation>
    </message>
    <message>
        <source>the server at %1 did not answer in time (--timeout)</source>
        <translation>el servidor %1 no respondió a tiempo (--timeout)</translation>
    </message>
    <message>
        <source>a supervisor ordered this cache wiped: it has been deleted</source>
        <translation>un supervisor ordenó borrar esta caché: se ha eliminado</translation>
    </message>
    <message>
        <source>offline (--offline)</source>
        <translation>sin conexión (--offline)</translation>
    </message>
    <message>
        <source>%1 (set GUICHET_PASSWORD to log in again)</source>
        <translation>%1 (defina GUICHET_PASSWORD para volver a iniciar sesión)</translation>
    </message>
    <message>
        <source>%1: the command waits in the outbox and goes out at the next sync (guichet-cli sync)</source>
        <translation>%1: el comando espera en la bandeja de salida y se enviará en la próxima sincronización (guichet-cli sync)</translation>
    </message>
    <message>
        <source>no answer yet: the command waits in the outbox</source>
        <translation>todavía no hay respuesta: el comando espera en la bandeja de salida</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>completado: %1</translation>
    </message>
    <message>
        <source>login needs --server URL and --login NAME</source>
        <translation>login necesita --server URL y --login NAME</translation>
    </message>
    <message>
        <source>put the password in GUICHET_PASSWORD (never on the command line)</source>
        <translation>ponga la contraseña en GUICHET_PASSWORD (nunca en la línea de comandos)</translation>
    </message>
    <message>
        <source> — no keychain here: set GUICHET_PASSPHRASE to protect the cache with a passphrase</source>
        <translation> — no hay llavero aquí: defina GUICHET_PASSPHRASE para proteger la caché con una frase de contraseña</translation>
    </message>
    <message>
        <source>cache created at %1 (key in the %2)</source>
        <translation>caché creada en %1 (clave: %2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation>archivo de clave protegido por frase de contraseña</translation>
    </message>
    <message>
        <source>logged in as %1 (%2); %3 conversations in the cache</source>
        <translation>sesión iniciada como %1 (%2); conversaciones en la caché: %3</translation>
    </message>
    <message>
        <source>--state is queued, claimed or closed</source>
        <translation>--state es queued, claimed o closed</translation>
    </message>
    <message>
        <source>guichet-cli: offline, showing the cache (%1)</source>
        <translation>guichet-cli: sin conexión, se muestra la caché (%1)</translation>
    </message>
    <message>
        <source>show CONVERSATION (a number)</source>
        <translation>show CONVERSATION (un número)</translation>
    </message>
    <message>
        <source>no conversation %1 in the cache</source>
        <translation>no hay ninguna conversación %1 en la caché</translation>
    </message>
    <message>
        <source>synced to %1; %2 commands still waiting</source>
        <translation>sincronizado hasta %1; comandos aún en espera: %2</translation>
    </message>
    <message>
        <source>guichet-cli: command %1 on conversation %2 refused: %3 (kept until &quot;guichet-cli sync dismiss&quot;)</source>
        <translation>guichet-cli: comando %1 en la conversación %2 rechazado: %3 (se conserva hasta «guichet-cli sync dismiss»)</translation>
    </message>
    <message>
        <source>server %1, agent %2</source>
        <translation>servidor %1, agente %2</translation>
    </message>
    <message>
        <source>cursor %1, last sync %2</source>
        <translation>cursor %1, última sincronización %2</translation>
    </message>
    <message>
        <source>outbox: %1 waiting, %2 refused</source>
        <translation>bandeja de salida: %1 en espera, %2 rechazados</translation>
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
            <numerusform>%n comando rechazado descartado.</numerusform>
            <numerusform>%n comandos rechazados descartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in (password in GUICHET_PASSWORD), creating the cache on first use.</source>
        <translation>Iniciar sesión (contraseña en GUICHET_PASSWORD); crea la caché la primera vez.</translation>
    </message>
    <message>
        <source>List open conversations (synced first, or the cache when offline).</source>
        <translation>Listar las conversaciones abiertas (tras sincronizar, o desde la caché sin conexión).</translation>
    </message>
    <message>
        <source>Show a conversation and its messages.</source>
        <translation>Mostrar una conversación y sus mensajes.</translation>
    </message>
    <message>
        <source>Take a conversation, or the next one in the queue.</source>
        <translation>Tomar una conversación, o la siguiente de la cola.</translation>
    </message>
    <message>
        <source>claim CONVERSATION or claim next</source>
        <translation>claim CONVERSATION o claim next</translation>
    </message>
    <message>
        <source>Give a conversation back to the queue.</source>
        <translation>Devolver una conversación a la cola.</translation>
    </message>
    <message>
        <source>release CONVERSATION</source>
        <translation>release CONVERSATION</translation>
    </message>
    <message>
        <source>Answer a conversation (TEXT, or - to read it from stdin).</source>
        <translation>Responder en una conversación (TEXT, o - para leerlo de la entrada estándar).</translation>
    </message>
    <message>
        <source>reply CONVERSATION TEXT</source>
        <translation>reply CONVERSATION TEXT</translation>
    </message>
    <message>
        <source>Hand a conversation to another agent, or back to the queue.</source>
        <translation>Pasar una conversación a otro agente, o devolverla a la cola.</translation>
    </message>
    <message>
        <source>transfer CONVERSATION [--to LOGIN]</source>
        <translation>transfer CONVERSATION [--to LOGIN]</translation>
    </message>
    <message>
        <source>Close a conversation with its outcome.</source>
        <translation>Cerrar una conversación con su resultado.</translation>
    </message>
    <message>
        <source>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</source>
        <translation>close CONVERSATION --outcome answered|pharos|perceval|these|plainte_en_ligne|brigade|emergency|spam|duplicate</translation>
    </message>
    <message>
        <source>Redirect a citizen to Pharos, Perceval, Thésée, Plainte en ligne or the brigade.</source>
        <translation>Derivar a un ciudadano a Pharos, Perceval, Thésée, Plainte en ligne o la brigada.</translation>
    </message>
    <message>
        <source>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</source>
        <translation>redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade</translation>
    </message>
    <message>
        <source>Sync the cache and send the outbox.</source>
        <translation>Sincronizar la caché y enviar la bandeja de salida.</translation>
    </message>
    <message>
        <source>Cursor, last sync and outbox, from the cache.</source>
        <translation>Cursor, última sincronización y bandeja de salida, según la caché.</translation>
    </message>
    <message>
        <source>Remove refused commands from the outbox, once read.</source>
        <translation>Quitar los comandos rechazados de la bandeja de salida, una vez leídos.</translation>
    </message>
    <message>
        <source>Usage: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

Guichet&apos;s core, headless: for scripts, operations and tests.

Commands:
</source>
        <translation>Uso: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]

El núcleo de Guichet, sin interfaz gráfica: para scripts, operaciones y pruebas.

Comandos:
</translation>
    </message>
    <message>
        <source>
Run &quot;guichet-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage, 3 server unavailable, 4 login refused,
5 cache locked, 6 refused by the server, 7 not found.
</source>
        <translation>
Ejecute «guichet-cli COMMAND --help» para ver las opciones de un comando.
Códigos de salida: 0 éxito, 1 fallo, 2 uso incorrecto, 3 servidor no disponible, 4 inicio de sesión rechazado,
5 caché bloqueada, 6 rechazado por el servidor, 7 no encontrado.
</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Salida en formato JSON, legible por una máquina.</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Mostrar la ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see guichet-cli --help)</source>
        <translation>comando desconocido «%1» (véase guichet-cli --help)</translation>
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
        <translation>no disponible</translation>
    </message>
    <message>
        <source>The knowledge base, JSON Lines (default: the base shipped with Guichet).</source>
        <translation>La base de conocimientos, en formato JSON Lines (por defecto: la que incluye Guichet).</translation>
    </message>
    <message>
        <source>The language of the query: fr, en, de, it, es.</source>
        <translation>El idioma de la búsqueda: fr, en, de, it, es.</translation>
    </message>
    <message>
        <source>Synonyms file (default: the synonyms shipped with Guichet).</source>
        <translation>Archivo de sinónimos (por defecto: los sinónimos que incluye Guichet).</translation>
    </message>
    <message>
        <source>Show how each query word matched (text output).</source>
        <translation>Mostrar cómo ha coincidido cada palabra de la búsqueda (salida de texto).</translation>
    </message>
    <message>
        <source>--lang is required (%1)</source>
        <translation>--lang es obligatorio (%1)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation>idioma desconocido «%1» (se esperaba: %2)</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--limit espera un número de 1 a %1, no «%2»</translation>
    </message>
    <message>
        <source>no query (usage: guichet-cli faq search --lang LL QUERY…)</source>
        <translation>ninguna búsqueda (uso: guichet-cli faq search --lang LL QUERY…)</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 (omitida)</translation>
    </message>
    <message>
        <source>No entry found.</source>
        <translation>No se encontró ninguna entrada.</translation>
    </message>
    <message>
        <source>(no %1 translation)</source>
        <translation>(falta la traducción %1)</translation>
    </message>
    <message>
        <source>Search a knowledge base as the agents&apos; FAQ panel does.</source>
        <translation>Buscar en una base de conocimientos como lo hace el panel de FAQ de los agentes.</translation>
    </message>
    <message>
        <source>The cache file (default: the agent&apos;s cache under the user&apos;s data folder).</source>
        <translation>El archivo de caché (por defecto: la caché del agente en la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation>La URL del servidor.</translation>
    </message>
    <message>
        <source>The agent&apos;s login.</source>
        <translation>El usuario del agente.</translation>
    </message>
    <message>
        <source>Remove conversations closed more than N days ago (0: every closed conversation).</source>
        <translation>Quitar las conversaciones cerradas hace más de N días (0: todas las conversaciones cerradas).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Move a key held by the system keychain under a passphrase.</source>
        <translation>Pasar una clave guardada en el llavero del sistema a la protección de una frase de contraseña.</translation>
    </message>
    <message>
        <source>no cache at %1</source>
        <translation>no hay caché en %1</translation>
    </message>
    <message>
        <source>GUICHET_NEW_PASSPHRASE is empty</source>
        <translation>GUICHET_NEW_PASSPHRASE está vacía</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>no new passphrase (set GUICHET_NEW_PASSPHRASE, or type it twice on stdin)</source>
        <translation>ninguna frase de contraseña nueva (defina GUICHET_NEW_PASSPHRASE, o escríbala dos veces en la entrada estándar)</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Otra vez: </translation>
    </message>
    <message>
        <source>the two new passphrases differ: nothing was changed</source>
        <translation>las dos frases de contraseña nuevas no coinciden: no se ha cambiado nada</translation>
    </message>
    <message>
        <source>The key of this cache is held by the system keychain: there is no passphrase to change, nothing was changed.
To protect it with a passphrase instead, run &quot;guichet-cli store passphrase --from-keychain&quot;.</source>
        <translation>La clave de esta caché está en el llavero del sistema: no hay ninguna frase de contraseña que cambiar, no se ha cambiado nada.
Para protegerla con una frase de contraseña, ejecute «guichet-cli store passphrase --from-keychain».</translation>
    </message>
    <message>
        <source>The cache key has left the keychain: it is now protected by the new passphrase.</source>
        <translation>La clave de la caché ha salido del llavero: ahora la protege la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>put the current passphrase in GUICHET_PASSPHRASE</source>
        <translation>ponga la frase de contraseña actual en GUICHET_PASSPHRASE</translation>
    </message>
    <message>
        <source>Passphrase changed; the cache itself was not rewritten.</source>
        <translation>Frase de contraseña cambiada; la caché en sí no se ha reescrito.</translation>
    </message>
    <message>
        <source>store purge needs --days N (0 to %1)</source>
        <translation>store purge necesita --days N (de 0 a %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed conversation(s) removed from the cache.</source>
        <translation>
            <numerusform>%n conversación cerrada eliminada de la caché.</numerusform>
            <numerusform>%n conversaciones cerradas eliminadas de la caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy the cache %1 and its key? Commands not yet sent will be lost. Type &quot;yes&quot; to confirm: </source>
        <translation>¿Destruir la caché %1 y su clave? Los comandos aún no enviados se perderán. Escriba «sí» para confirmar: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted (type yes, or add --yes)</source>
        <translation>no confirmado: no se ha eliminado nada (escriba sí, o añada --yes)</translation>
    </message>
    <message>
        <source>Cache and key destroyed: %1</source>
        <translation>Caché y clave destruidas: %1</translation>
    </message>
    <message>
        <source>Describe the local cache: schema, cipher, key method, counts.</source>
        <translation>Describir la caché local: esquema, cifrado, protección de la clave, recuentos.</translation>
    </message>
    <message>
        <source>Change the cache passphrase; nothing is re-encrypted.</source>
        <translation>Cambiar la frase de contraseña de la caché; no se vuelve a cifrar nada.</translation>
    </message>
    <message>
        <source>Retention: remove conversations closed more than N days ago.</source>
        <translation>Conservación: quitar las conversaciones cerradas hace más de N días.</translation>
    </message>
    <message>
        <source>Destroy the cache and its key (asks first, unless --yes).</source>
        <translation>Destruir la caché y su clave (pide confirmación, salvo con --yes).</translation>
    </message>
    <message>
        <source>The language of the answer to return when the entry exists in it (default: the query&apos;s).</source>
        <translation>El idioma de la respuesta que se devuelve cuando la entrada existe en él (por defecto: el de la búsqueda).</translation>
    </message>
    <message>
        <source>unknown answer language &quot;%1&quot; (expected %2)</source>
        <translation>idioma de respuesta desconocido «%1» (se esperaba: %2)</translation>
    </message>
    <message>
        <source>At most N entries (default 10).</source>
        <translation>Como máximo N entradas (10 por defecto).</translation>
    </message>
    <message>
        <source>Raise the emergency flag (top of every queue).</source>
        <translation>Activar la marca de emergencia (al principio de todas las colas).</translation>
    </message>
    <message>
        <source>Lower the emergency flag.</source>
        <translation>Quitar la marca de emergencia.</translation>
    </message>
    <message>
        <source>Raise the sexual and gender-based violence flag (goes first).</source>
        <translation>Activar la marca de violencia sexual y de género (va primero).</translation>
    </message>
    <message>
        <source>Lower the SGBV flag.</source>
        <translation>Quitar la marca de violencia.</translation>
    </message>
    <message>
        <source>Raise or lower a conversation&apos;s emergency and SGBV flags, overruling triage.</source>
        <translation>Activar o quitar las marcas de emergencia y de violencia de una conversación, por encima de la clasificación.</translation>
    </message>
    <message>
        <source>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</source>
        <translation>flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv</translation>
    </message>
    <message>
        <source>Brigade: the id of the message that asked the citizen for consent.</source>
        <translation>Brigada: el id del mensaje que pidió el consentimiento al ciudadano.</translation>
    </message>
    <message>
        <source>Brigade: the id of the citizen&apos;s message that gave consent.</source>
        <translation>Brigada: el id del mensaje del ciudadano que dio su consentimiento.</translation>
    </message>
    <message>
        <source>Only this language&apos;s version (default: every language).</source>
        <translation>Solo la versión en este idioma (por defecto: todos los idiomas).</translation>
    </message>
    <message>
        <source>Supervisors: take a knowledge-base entry out of every workstation.</source>
        <translation>Supervisores: retirar una entrada de la base de conocimiento de todos los puestos.</translation>
    </message>
    <message>
        <source>--lang expects fr, en, de, it or es</source>
        <translation>--lang espera fr, en, de, it o es</translation>
    </message>
    <message>
        <source>faq retire ID [--lang LL]</source>
        <translation>faq retire ID [--lang LL]</translation>
    </message>
    <message>
        <source>no cross-language lexicon: %1</source>
        <translation>no hay léxico multilingüe: %1</translation>
    </message>
    <message>
        <source>The supervisor&apos;s login (password in GUICHET_PASSWORD).</source>
        <translation>El usuario del supervisor (contraseña en GUICHET_PASSWORD).</translation>
    </message>
    <message>
        <source>First day of the report (YYYY-MM-DD).</source>
        <translation>Primer día del informe (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the report (YYYY-MM-DD).</source>
        <translation>Último día del informe (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Write the report to this CSV file.</source>
        <translation>Escribir el informe en este archivo CSV.</translation>
    </message>
    <message>
        <source>the server did not answer in time (--timeout)</source>
        <translation>el servidor no respondió a tiempo (--timeout)</translation>
    </message>
    <message>
        <source>give --server URL and --login NAME</source>
        <translation>indique --server URL y --login NOMBRE</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the supervisor&apos;s password</source>
        <translation>ponga la contraseña del supervisor en GUICHET_PASSWORD</translation>
    </message>
    <message>
        <source>only supervisors may use &quot;supervise&quot;: this account is not a supervisor&apos;s</source>
        <translation>solo los supervisores pueden usar «supervise»: esta cuenta no es de un supervisor</translation>
    </message>
    <message>
        <source>Waiting: %1 (on time %2, at risk %3, breached %4); emergencies %5, SGBV %6</source>
        <translation>En espera: %1 (a tiempo %2, en riesgo %3, vencidas %4); emergencias %5, violencia de género %6</translation>
    </message>
    <message>
        <source>Today: %1 opened, %2 closed; first response p50 %3 s, p90 %4 s; satisfaction %5 (%6 answers)</source>
        <translation>Hoy: %1 abiertas, %2 cerradas; primera respuesta p50 %3 s, p90 %4 s; satisfacción %5 (%6 respuestas)</translation>
    </message>
    <message>
        <source>Surge: on since %1</source>
        <translation>Refuerzo: activo desde %1</translation>
    </message>
    <message>
        <source>Surge: off</source>
        <translation>Refuerzo: inactivo</translation>
    </message>
    <message>
        <source>--from and --to expect dates, YYYY-MM-DD</source>
        <translation>--from y --to esperan fechas, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>--to comes before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <source>give --csv FILE</source>
        <translation>indique --csv ARCHIVO</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) written to %1</source>
        <translation>
            <numerusform>%n conversación escrita en %1</numerusform>
            <numerusform>%n conversaciones escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures (supervisors).</source>
        <translation>Las cifras de la brigada en directo (supervisores).</translation>
    </message>
    <message>
        <source>One CSV line per conversation opened in a period (supervisors).</source>
        <translation>Una línea CSV por conversación abierta en un periodo (supervisores).</translation>
    </message>
    <message>
        <source>Why (kept in the event log and the audit log).</source>
        <translation>Por qué (se guarda en el registro de eventos y en el registro de auditoría).</translation>
    </message>
    <message>
        <source>The agent who takes it (absent: the queue).</source>
        <translation>El agente que la toma (si falta: la cola).</translation>
    </message>
    <message>
        <source>Clear the order instead.</source>
        <translation>Anular la orden en su lugar.</translation>
    </message>
    <message>
        <source>Channels the surge opens to reservists (webchat,…).</source>
        <translation>Canales que el refuerzo abre a los reservistas (webchat,…).</translation>
    </message>
    <message>
        <source>Languages (fr,en,…).</source>
        <translation>Idiomas (fr,en,…).</translation>
    </message>
    <message>
        <source>How long the code stays valid (default 120).</source>
        <translation>Cuánto tiempo sigue siendo válido el código, en minutos (120 por defecto).</translation>
    </message>
    <message>
        <source>How long the account lasts at most (default 12).</source>
        <translation>Duración máxima de la cuenta, en horas (12 por defecto).</translation>
    </message>
    <message>
        <source>The enrolment code a supervisor gave you.</source>
        <translation>El código de alta que le dio un supervisor.</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it.</source>
        <translation>Su nombre, tal como lo verán sus compañeros.</translation>
    </message>
    <message>
        <source>say why with --reason TEXT</source>
        <translation>indique el motivo con --reason TEXTO</translation>
    </message>
    <message>
        <source>give one conversation number</source>
        <translation>indique un número de conversación</translation>
    </message>
    <message>
        <source>conversation %1 is back in the queue</source>
        <translation>la conversación %1 vuelve a estar en la cola</translation>
    </message>
    <message>
        <source>conversation %1 reassigned to %2</source>
        <translation>conversación %1 reasignada a %2</translation>
    </message>
    <message>
        <source>give one agent login</source>
        <translation>indique un usuario de agente</translation>
    </message>
    <message>
        <source>say on or off</source>
        <translation>indique on u off</translation>
    </message>
    <message>
        <source>surge on</source>
        <translation>refuerzo activado</translation>
    </message>
    <message>
        <source>surge off</source>
        <translation>refuerzo detenido</translation>
    </message>
    <message>
        <source>Enrolment code: %1 (single use, valid until %2)</source>
        <translation>Código de alta: %1 (de un solo uso, válido hasta el %2)</translation>
    </message>
    <message>
        <source>give --server URL, --code CODE and --login NAME</source>
        <translation>indique --server URL, --code CÓDIGO y --login NOMBRE</translation>
    </message>
    <message>
        <source>set GUICHET_PASSWORD to the password you choose</source>
        <translation>ponga en GUICHET_PASSWORD la contraseña que elija</translation>
    </message>
    <message>
        <source>account %1 created (reservist); it ends with the surge</source>
        <translation>cuenta %1 creada (reservista); termina con el refuerzo</translation>
    </message>
    <message>
        <source>Give a conversation to another agent, or back to the queue.</source>
        <translation>Pasar una conversación a otro agente, o devolverla a la cola.</translation>
    </message>
    <message>
        <source>Cut an agent off at once (supervisors).</source>
        <translation>Cortar de inmediato el acceso de un agente (supervisores).</translation>
    </message>
    <message>
        <source>agent %1 disabled</source>
        <translation>agente %1 desactivado</translation>
    </message>
    <message>
        <source>Let a disabled agent in again (supervisors).</source>
        <translation>Volver a dar acceso a un agente desactivado (supervisores).</translation>
    </message>
    <message>
        <source>agent %1 enabled</source>
        <translation>agente %1 reactivado</translation>
    </message>
    <message>
        <source>Order (or --clear) a remote wipe of an agent&apos;s workstation cache.</source>
        <translation>Ordenar (o anular con --clear) el borrado remoto de la caché del puesto de un agente.</translation>
    </message>
    <message>
        <source>wipe order for %1 cleared</source>
        <translation>orden de borrado para %1 anulada</translation>
    </message>
    <message>
        <source>wipe ordered for %1</source>
        <translation>borrado ordenado para %1</translation>
    </message>
    <message>
        <source>Start or stop a surge (reservists, wider routing).</source>
        <translation>Iniciar o detener un refuerzo (reservistas, enrutamiento ampliado).</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account (during a surge).</source>
        <translation>Un código de un solo uso para que un reservista cree su cuenta (durante un refuerzo).</translation>
    </message>
    <message>
        <source>Create your reservist account with a supervisor&apos;s enrolment code.</source>
        <translation>Crear su cuenta de reservista con el código de alta de un supervisor.</translation>
    </message>
</context>
<context>
    <name>Guichet::ErrorText</name>
    <message>
        <source>The text is too long for this channel.</source>
        <translation>El texto es demasiado largo para este canal.</translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation>Su sesión ha terminado: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>El servidor ha rechazado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>Su cuenta está desactivada.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>Too many replies: wait for the citizen to write again (X allows a few replies per message), or slow down.</source>
        <translation>Demasiadas respuestas: espere a que el ciudadano vuelva a escribir (X permite pocas respuestas por mensaje), o vaya más despacio.</translation>
    </message>
    <message>
        <source>The server does not know this conversation, message or agent.</source>
        <translation>El servidor no conoce esta conversación, este mensaje o este agente.</translation>
    </message>
    <message>
        <source>Another agent took this conversation first.</source>
        <translation>Otro agente tomó esta conversación primero.</translation>
    </message>
    <message>
        <source>You no longer hold this conversation.</source>
        <translation>Esta conversación ya no está asignada a usted.</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>La conversación está cerrada.</translation>
    </message>
    <message>
        <source>That agent already holds as many conversations as allowed.</source>
        <translation>Ese agente ya tiene tantas conversaciones como se permite.</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s present state.</source>
        <translation>No es posible en el estado actual de la conversación.</translation>
    </message>
    <message>
        <source>The platform no longer accepts a reply to this citizen: its reply window is closed.</source>
        <translation>La plataforma ya no acepta respuestas a este ciudadano: su ventana de respuesta está cerrada.</translation>
    </message>
    <message>
        <source>The platform did not deliver the message.</source>
        <translation>La plataforma no ha entregado el mensaje.</translation>
    </message>
    <message>
        <source>Nobody is waiting: the queue is empty.</source>
        <translation>No espera nadie: la cola está vacía.</translation>
    </message>
    <message>
        <source>The server could not store it (storage problem).</source>
        <translation>El servidor no ha podido guardarlo (problema de almacenamiento).</translation>
    </message>
    <message>
        <source>The server met an internal error.</source>
        <translation>El servidor ha sufrido un error interno.</translation>
    </message>
    <message>
        <source>The server is not available.</source>
        <translation>El servidor no está disponible.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>El servidor no ha aceptado la solicitud.</translation>
    </message>
    <message>
        <source>The server did not accept the request (%1).</source>
        <translation>El servidor no ha aceptado la solicitud (%1).</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Rechazado por el servidor.</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent is not recorded: ask them first, then record their answer.</source>
        <translation>El consentimiento del ciudadano no está registrado: pídalo primero y luego registre su respuesta.</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqFile</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same id and language)</source>
        <translation>duplicado de la línea %1 (mismo id y mismo idioma)</translation>
    </message>
    <message numerus="yes">
        <source>not a knowledge base: none of its %n line(s) is a valid entry (%1)</source>
        <translation>
            <numerusform>no es una base de conocimientos: su %n línea no es una entrada válida (%1)</numerusform>
            <numerusform>no es una base de conocimientos: ninguna de sus %n líneas es una entrada válida (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no knowledge base file at %1</source>
        <translation>no hay ningún archivo de base de conocimientos en %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqLexicon</name>
    <message>
        <source>lexicon too large</source>
        <translation>léxico demasiado grande</translation>
    </message>
    <message>
        <source>lexicon line %1 malformed or out of order</source>
        <translation>línea %1 del léxico mal formada o fuera de orden</translation>
    </message>
    <message>
        <source>no lexicon file at %1</source>
        <translation>no hay ningún archivo de léxico en %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::FaqSynonyms</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>versión no compatible</translation>
    </message>
    <message>
        <source>unknown key (expected &quot;version&quot; or a language code)</source>
        <translation>clave desconocida (se esperaba «version» o un código de idioma)</translation>
    </message>
    <message>
        <source>expected an array of groups</source>
        <translation>se esperaba una matriz de grupos</translation>
    </message>
    <message>
        <source>expected an array of 2 to %1 words</source>
        <translation>se esperaba una matriz de 2 a %1 palabras</translation>
    </message>
    <message>
        <source>expected a word or phrase of 1 to %1 characters</source>
        <translation>se esperaba una palabra o expresión de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>no synonyms file at %1</source>
        <translation>no hay ningún archivo de sinónimos en %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Guichet::KeyVault</name>
    <message>
        <source>The key file of this cache cannot be read.</source>
        <translation>No se puede leer el archivo de clave de esta caché.</translation>
    </message>
    <message>
        <source>The key file of this cache is damaged.</source>
        <translation>El archivo de clave de esta caché está dañado.</translation>
    </message>
    <message>
        <source>Cannot write the key file: %1</source>
        <translation>No se puede escribir el archivo de clave: %1</translation>
    </message>
    <message>
        <source>Cannot write the key file (disk full?): %1</source>
        <translation>No se puede escribir el archivo de clave (¿disco lleno?): %1</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>No hay memoria suficiente para derivar la clave.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>A passphrase is needed.</source>
        <translation>Se necesita una frase de contraseña.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is in the keychain: it has no passphrase.</source>
        <translation>La clave de esta caché está en el llavero: no tiene frase de contraseña.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is already protected by a passphrase.</source>
        <translation>La clave de esta caché ya está protegida por una frase de contraseña.</translation>
    </message>
    <message>
        <source>Cannot delete the key file.</source>
        <translation>No se puede eliminar el archivo de clave.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no ha respondido.</translation>
    </message>
    <message>
        <source>The key of this cache is no longer in the system keychain.</source>
        <translation>La clave de esta caché ya no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>El llavero del sistema no está disponible: %1</translation>
    </message>
    <message>
        <source>The agent&apos;s password is needed.</source>
        <translation>Se necesita la contraseña del agente.</translation>
    </message>
    <message>
        <source>This cache opens with its agent&apos;s password.</source>
        <translation>Esta caché se abre con la contraseña de su agente.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>This cache&apos;s key is wrapped.</source>
        <translation>La clave de esta caché está cifrada.</translation>
    </message>
</context>
<context>
    <name>Guichet::NotificationPolicy</name>
    <message>
        <source>Possible emergency</source>
        <translation>Posible emergencia</translation>
    </message>
    <message>
        <source>%1 may be in danger: open the conversation now.</source>
        <translation>%1 puede estar en peligro: abra la conversación ahora.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>%1 is waiting in the chat.</source>
        <translation>%1 espera en el chat.</translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation>Respuesta a punto de vencer</translation>
    </message>
    <message>
        <source>The conversation with %1 is about to miss its deadline.</source>
        <translation>La conversación con %1 está a punto de superar su plazo.</translation>
    </message>
    <message>
        <source>A citizen may be in danger (%1): open the conversation now.</source>
        <translation>Un ciudadano puede estar en peligro (%1): abra la conversación ahora.</translation>
    </message>
    <message>
        <source>A citizen is waiting in the chat (%1).</source>
        <translation>Un ciudadano espera en el chat (%1).</translation>
    </message>
    <message>
        <source>Conversation %1 is about to miss its deadline.</source>
        <translation>La conversación %1 está a punto de superar su plazo.</translation>
    </message>
</context>
<context>
    <name>Guichet::RefusalsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Gendarme</source>
        <translation>Gendarme</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Reservista</translation>
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
        <translation>Desconectado: una conversación que se le diera volvería a la cola.</translation>
    </message>
    <message>
        <source>Holds as many conversations as allowed.</source>
        <translation>Ya atiende tantas conversaciones como se permite.</translation>
    </message>
    <message>
        <source>%1, %2, %3 of %4 conversations</source>
        <extracomment>Read by screen readers for one agent of the transfer list</extracomment>
        <translation>%1, %2, %3 de %4 conversaciones</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No reply from this agent seen yet</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>In the roster&apos;s presence column: the account is disabled</extracomment>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Disabled: cannot log in until a supervisor or an administrator enables the account again.</source>
        <translation>Desactivado: no puede iniciar sesión hasta que un supervisor o un administrador reactive la cuenta.</translation>
    </message>
</context>
<context>
    <name>Guichet::Store</name>
    <message>
        <source>The outbox entry vanished.</source>
        <translation>La entrada de la bandeja de salida ha desaparecido.</translation>
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
        <translation>Canal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>Derivadas a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Possible emergencies</source>
        <translation>Posibles emergencias</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Violencia sexual o de género</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Primera respuesta, mediana</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Primera respuesta, percentil 90</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Encuestas de satisfacción</translation>
    </message>
    <message>
        <source>Mean rating (1 to 5)</source>
        <translation>Nota media (de 1 a 5)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Guichet::SyncEngine</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>El certificado del servidor no es válido: %1</translation>
    </message>
    <message>
        <source>Log in with your password.</source>
        <translation>Inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>El puesto está bloqueado.</translation>
    </message>
    <message>
        <source>No refused command with this id.</source>
        <translation>Ningún comando rechazado con este id.</translation>
    </message>
    <message>
        <source>This command cannot be sent again.</source>
        <translation>Este comando no se puede volver a enviar.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Se perdió la conexión.</translation>
    </message>
    <message>
        <source>The server is not connected: try again once online.</source>
        <translation>El servidor no está conectado: vuelva a intentarlo cuando esté en línea.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::Composer</name>
    <message>
        <source>Write your answer… (Ctrl+Enter sends)</source>
        <translation>Escriba su respuesta… (Ctrl+Intro para enviar)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ConversationPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Send the answer</source>
        <translation>&amp;Enviar la respuesta</translation>
    </message>
    <message>
        <source>&amp;Take this conversation</source>
        <translation>&amp;Tomar esta conversación</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>Trans&amp;ferir…</translation>
    </message>
    <message>
        <source>&amp;Close with outcome…</source>
        <translation>&amp;Cerrar con resultado…</translation>
    </message>
    <message>
        <source>Send the &amp;17 / 112 / 114 notice</source>
        <translation>Enviar el aviso &amp;17 / 112 / 114</translation>
    </message>
    <message>
        <source>Redirect to %1…</source>
        <translation>Derivar a %1…</translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation>Idioma del ciudadano</translation>
    </message>
    <message>
        <source>The language the citizen writes in: correct it if it was guessed wrong.</source>
        <translation>El idioma en que escribe el ciudadano: corríjalo si se ha detectado mal.</translation>
    </message>
    <message>
        <source>POSSIBLE EMERGENCY: the citizen may be in danger now. Tell them to call 17 or 112 (or send an SMS to 114) and alert your supervisor.</source>
        <translation>POSIBLE EMERGENCIA: el ciudadano puede estar en peligro ahora mismo. Dígale que llame al 17 o al 112 (o que envíe un SMS al 114) y avise a su supervisor.</translation>
    </message>
    <message>
        <source>Send the 17 / 112 / 114 notice (Ctrl+E)</source>
        <translation>Enviar el aviso 17 / 112 / 114 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Derivar</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historial de la conversación</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Enviar la respuesta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The language could not be changed</source>
        <translation>No se ha podido cambiar el idioma</translation>
    </message>
    <message>
        <source>The citizen is typing…</source>
        <translation>El ciudadano está escribiendo…</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Pick one in the queue, or press Ctrl+N to take the next.</source>
        <translation>Elija una en la cola, o pulse Ctrl+N para tomar la siguiente.</translation>
    </message>
    <message>
        <source>Anonymous citizen</source>
        <translation>Ciudadano anónimo</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>asignada a %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>SLA state: time left</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more refused)</source>
        <translation>
            <numerusform>(%n más rechazada)</numerusform>
            <numerusform>(%n más rechazadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Too long for %1: shorten the answer to %2 characters.</source>
        <translation>Demasiado larga para %1: acorte la respuesta a %2 caracteres.</translation>
    </message>
    <message>
        <source>The answer was not sent</source>
        <translation>La respuesta no se ha enviado</translation>
    </message>
    <message>
        <source>The conversation could not be taken</source>
        <translation>No se ha podido tomar la conversación</translation>
    </message>
    <message>
        <source>The conversation could not be released</source>
        <translation>No se ha podido liberar la conversación</translation>
    </message>
    <message>
        <source>The conversation could not be transferred</source>
        <translation>No se ha podido transferir la conversación</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Cerrar la conversación</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>¿Cómo terminó?</translation>
    </message>
    <message>
        <source>The conversation could not be closed</source>
        <translation>No se ha podido cerrar la conversación</translation>
    </message>
    <message>
        <source>The redirection was not sent</source>
        <translation>La derivación no se ha enviado</translation>
    </message>
    <message>
        <source>Redirection to %1 sent; close the conversation when the citizen has what they need.</source>
        <translation>Derivación a %1 enviada; cierre la conversación cuando el ciudadano tenga lo que necesita.</translation>
    </message>
    <message>
        <source>The emergency notice was not sent</source>
        <translation>El aviso de emergencia no se ha enviado</translation>
    </message>
    <message>
        <source>Emergency notice sent. Alert your supervisor.</source>
        <translation>Aviso de emergencia enviado. Avise a su supervisor.</translation>
    </message>
    <message>
        <source>No failed reply to retry in this conversation.</source>
        <translation>No hay ninguna respuesta fallida que reintentar en esta conversación.</translation>
    </message>
    <message>
        <source>The reply could not be retried</source>
        <translation>No se ha podido reintentar la respuesta</translation>
    </message>
    <message>
        <source>Raised by %1 at %2.</source>
        <translation>Activada por %1 a las %2.</translation>
    </message>
    <message>
        <source>Raised by triage at %1 (%2).</source>
        <translation>Activada por la clasificación a las %1 (%2).</translation>
    </message>
    <message>
        <source>Raised by triage at %1 on “%2” (%3).</source>
        <translation>Activada por la clasificación a las %1 por «%2» (%3).</translation>
    </message>
    <message>
        <source>Raised by the server at %1.</source>
        <translation>Activada por el servidor a las %1.</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Emergency flag</source>
        <translation>Marca de emer&amp;gencia</translation>
    </message>
    <message>
        <source>Raise or lower the emergency flag: top of every queue</source>
        <translation>Activar o quitar la marca de emergencia: al principio de todas las colas</translation>
    </message>
    <message>
        <source>&amp;Violence (SGBV) flag</source>
        <translation>Marca de &amp;violencia (sexual o de género)</translation>
    </message>
    <message>
        <source>Raise or lower the sexual and gender-based violence flag: first after emergencies</source>
        <translation>Activar o quitar la marca de violencia sexual y de género: primero después de las emergencias</translation>
    </message>
    <message>
        <source>Resend the refused or failed reply</source>
        <translation>Reenviar la respuesta rechazada o fallida</translation>
    </message>
    <message>
        <source>Sexual or gender-based violence</source>
        <translation>Violencia sexual o de género</translation>
    </message>
    <message>
        <source>The action could not be sent again</source>
        <translation>No se ha podido reenviar la acción</translation>
    </message>
    <message>
        <source>Platform reply window</source>
        <translation>Ventana de respuesta de la plataforma</translation>
    </message>
    <message>
        <source>Translation needed</source>
        <translation>Traducción necesaria</translation>
    </message>
    <message>
        <source>SEXUAL OR GENDER-BASED VIOLENCE: this conversation goes first after emergencies.</source>
        <translation>VIOLENCIA SEXUAL O DE GÉNERO: esta conversación va primero después de las emergencias.</translation>
    </message>
    <message>
        <source>The server refused it: %1 — %2</source>
        <translation>El servidor lo ha rechazado: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>X: %1 left to reply, %n replies left</source>
        <translation>
            <numerusform>X: %1 para responder, queda %n respuesta</numerusform>
            <numerusform>X: %1 para responder, quedan %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Messenger: %1 left to reply</source>
        <translation>Messenger: %1 para responder</translation>
    </message>
    <message>
        <source>Messenger: past 24 hours, your reply goes with the human agent tag (%1 left)</source>
        <translation>Messenger: pasadas 24 horas, su respuesta sale con la etiqueta «human agent» (queda %1)</translation>
    </message>
    <message>
        <source>X: no reply left for the citizen&apos;s last message: wait for them to write again</source>
        <translation>X: no quedan respuestas para el último mensaje del ciudadano: espere a que vuelva a escribir</translation>
    </message>
    <message>
        <source>%1: the reply window is closed: the citizen must write again</source>
        <translation>%1: la ventana de respuesta está cerrada: el ciudadano debe volver a escribir</translation>
    </message>
    <message>
        <source>Not sent: your reply holds the %1 text of a FAQ entry that has no %2 version. Translate it, or send again to send it as it is.</source>
        <translation>No enviado: su respuesta contiene el texto %1 de una entrada de las FAQ que no tiene versión %2. Tradúzcalo, o vuelva a enviar para mandarlo tal cual.</translation>
    </message>
    <message>
        <source>Translate before sending: the FAQ entry has no %2 version, the text inserted is in %1.</source>
        <translation>Traducir antes de enviar: la entrada de las FAQ no tiene versión %2, el texto insertado está en %1.</translation>
    </message>
    <message>
        <source>not sent; the answer stays here.</source>
        <translation>no enviada; la respuesta se queda aquí.</translation>
    </message>
    <message>
        <source>The flag could not be changed</source>
        <translation>No se ha podido cambiar la marca</translation>
    </message>
    <message>
        <source>Emergency flag raised: the conversation goes to the top of every queue.</source>
        <translation>Marca de emergencia activada: la conversación pasa al principio de todas las colas.</translation>
    </message>
    <message>
        <source>Emergency flag lowered.</source>
        <translation>Marca de emergencia quitada.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag raised: the conversation goes first after emergencies.</source>
        <translation>Marca de violencia activada: la conversación va primero después de las emergencias.</translation>
    </message>
    <message>
        <source>Violence (SGBV) flag lowered.</source>
        <translation>Marca de violencia quitada.</translation>
    </message>
    <message>
        <source>The reply could not be sent again</source>
        <translation>No se ha podido reenviar la respuesta</translation>
    </message>
    <message>
        <source>&amp;Answer as a person: send with the human agent tag</source>
        <translation>&amp;Responder como persona: enviar con la etiqueta de agente humano</translation>
    </message>
    <message>
        <source>Meta lets a person, never an automatic answer, reply after Messenger&apos;s standard window with the human agent tag, for a limited time.</source>
        <translation>Meta permite a una persona, nunca a una respuesta automática, responder tras la ventana estándar de Messenger con la etiqueta de agente humano, durante un tiempo limitado.</translation>
    </message>
    <message>
        <source>Consent to forward to the brigade recorded by %1 on %2. Question shown to the citizen: “%3”</source>
        <translation>Consentimiento para remitir a la brigada registrado por %1 el %2. Pregunta mostrada al ciudadano: «%3»</translation>
    </message>
    <message>
        <source>Past Messenger&apos;s standard window: tick &quot;Answer as a person&quot; to send it with the human agent tag; not sent yet.</source>
        <translation>Ventana estándar de Messenger superada: marque «Responder como persona» para enviarlo con la etiqueta de agente humano; aún no enviado.</translation>
    </message>
    <message>
        <source>The consent question was not sent</source>
        <translation>La pregunta de consentimiento no se ha enviado</translation>
    </message>
    <message>
        <source>Consent question sent. When the citizen has answered, redirect to the brigade again to record it.</source>
        <translation>Pregunta de consentimiento enviada. Cuando el ciudadano haya respondido, vuelva a redirigir a la brigada para registrarlo.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqDelegate</name>
    <message>
        <source>[%1, to translate] </source>
        <comment>language of the FAQ text, e.g. [FR, to translate]</comment>
        <translation>[%1, por traducir] </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqEditorDialog</name>
    <message>
        <source>Edit the knowledge base</source>
        <translation>Editar la base de conocimiento</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Search the entries (Ctrl+F)</source>
        <translation>Buscar en las entradas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Buscar en las entradas</translation>
    </message>
    <message>
        <source>Knowledge base entries</source>
        <translation>Entradas de la base de conocimiento</translation>
    </message>
    <message>
        <source>Identifier of the entry</source>
        <translation>Identificador de la entrada</translation>
    </message>
    <message>
        <source>e.g. lost-id-card</source>
        <translation>p. ej. dni-perdido</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Palabras clave, separadas por comas</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>Links, separated by spaces</source>
        <translation>Enlaces, separados por espacios</translation>
    </message>
    <message>
        <source>https://… separated by spaces</source>
        <translation>https://… separados por espacios</translation>
    </message>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Motivo, conservado en el registro</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Palabras &amp;clave:</translation>
    </message>
    <message>
        <source>Lin&amp;ks:</source>
        <translation>En&amp;laces:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>An empty form for a new entry (Ctrl+N)</source>
        <translation>Un formulario vacío para una nueva entrada (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Send this version to the server: every workstation gets it (Ctrl+S)</source>
        <translation>Enviar esta versión al servidor: todos los puestos la reciben (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;tire this language</source>
        <translation>Re&amp;tirar este idioma</translation>
    </message>
    <message>
        <source>Take this language of the entry out of every workstation&apos;s base</source>
        <translation>Quitar este idioma de la entrada de la base de todos los puestos</translation>
    </message>
    <message>
        <source>Choose an entry in the list, or fill in a new one.</source>
        <translation>Elija una entrada de la lista o rellene una nueva.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Nada cambiado todavía.</translation>
    </message>
    <message>
        <source>A new entry (or a new language of one); not sent yet.</source>
        <translation>Una nueva entrada (o un nuevo idioma de una entrada); aún no enviada.</translation>
    </message>
    <message>
        <source>A new version of this entry; not sent yet.</source>
        <translation>Una nueva versión de esta entrada; aún no enviada.</translation>
    </message>
    <message>
        <source>Say why in the reason.</source>
        <translation>Indique el porqué en el motivo.</translation>
    </message>
    <message>
        <source>Sent; the list shows it once the server has taken it.</source>
        <translation>Enviada; la lista la muestra en cuanto el servidor la acepta.</translation>
    </message>
    <message>
        <source>Retirement sent; the entry leaves the list once the server has taken it.</source>
        <translation>Retirada enviada; la entrada sale de la lista en cuanto el servidor la acepta.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::FaqPanel</name>
    <message>
        <source>Search the FAQ (Ctrl+K)</source>
        <translation>Buscar en las FAQ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <translation>Buscar en las FAQ</translation>
    </message>
    <message>
        <source>FAQ results</source>
        <translation>Resultados de las FAQ</translation>
    </message>
    <message>
        <source>FAQ answer preview</source>
        <translation>Vista previa de la respuesta de las FAQ</translation>
    </message>
    <message>
        <source>Suggested from the citizen&apos;s last message</source>
        <translation>Sugerencias según el último mensaje del ciudadano</translation>
    </message>
    <message>
        <source>No suggestion for the citizen&apos;s last message: type to search.</source>
        <translation>Ninguna sugerencia para el último mensaje del ciudadano: escriba para buscar.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or another language.</source>
        <translation>No se encontró nada. Pruebe con otras palabras, o con otro idioma.</translation>
    </message>
    <message>
        <source>Enter puts this answer in your reply.</source>
        <translation>Intro inserta esta respuesta en su mensaje.</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>FAQ search language: detected</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Detect the language you type in</source>
        <translation>Detectar el idioma en que escribe</translation>
    </message>
    <message>
        <source>FAQ search language</source>
        <translation>Idioma de búsqueda en las FAQ</translation>
    </message>
    <message>
        <source>FAQ answer language</source>
        <translation>Idioma de las respuestas de las FAQ</translation>
    </message>
    <message>
        <source>Answers in %1, the citizen&apos;s language, when the entry exists in it; otherwise in French, to translate.</source>
        <translation>Respuestas en %1, el idioma del ciudadano, cuando la entrada existe en él; si no, en francés, por traducir.</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <comment>FAQ search language detected, e.g. Auto: FR</comment>
        <translation>Auto: %1</translation>
    </message>
    <message>
        <source>No %1 version of this entry: this is the %2 text. Translate it before sending.</source>
        <translation>No hay versión %1 de esta entrada: este es el texto %2. Tradúzcalo antes de enviarlo.</translation>
    </message>
    <message>
        <source>Retire entry…</source>
        <translation>Retirar la entrada…</translation>
    </message>
    <message>
        <source>Take this entry out of the knowledge base of every workstation (Delete in the results)</source>
        <translation>Quitar esta entrada de la base de conocimiento de todos los puestos (Supr en los resultados)</translation>
    </message>
    <message>
        <source>Retire the FAQ entry</source>
        <translation>Retirar la entrada de las FAQ</translation>
    </message>
    <message>
        <source>Retiring “%1”: every workstation drops it when the server confirms.</source>
        <translation>Retirando «%1»: cada puesto la quita en cuanto el servidor lo confirma.</translation>
    </message>
    <message>
        <source>Could not retire “%1”: %2</source>
        <translation>No se pudo retirar «%1»: %2</translation>
    </message>
    <message>
        <source>Indexing the knowledge base…</source>
        <translation>Indexando la base de conocimientos…</translation>
    </message>
    <message>
        <source>Updating the knowledge base…</source>
        <translation>Actualizando la base de conocimientos…</translation>
    </message>
    <message>
        <source>The knowledge base is being indexed: the results will appear in a moment.</source>
        <translation>La base de conocimientos se está indexando: los resultados aparecerán en un momento.</translation>
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
        <translation>Formulario web</translation>
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
        <translation>Francés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Redirected to Pharos</source>
        <translation>Derivada a Pharos</translation>
    </message>
    <message>
        <source>Redirected to Perceval</source>
        <translation>Derivada a Perceval</translation>
    </message>
    <message>
        <source>Redirected to Thésée</source>
        <translation>Derivada a Thésée</translation>
    </message>
    <message>
        <source>Redirected to Plainte en ligne</source>
        <translation>Derivada a Plainte en ligne</translation>
    </message>
    <message>
        <source>Forwarded to the local brigade</source>
        <translation>Remitida a la brigada local</translation>
    </message>
    <message>
        <source>Referred to 17 / 112</source>
        <translation>Remitida al 17 / 112</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
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
        <translation>la brigada local</translation>
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
        <translation>con %1 de retraso</translation>
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
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>Take the &amp;next conversation</source>
        <translation>Tomar la conversación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Ir a la &amp;cola</translation>
    </message>
    <message>
        <source>Go to the &amp;conversation</source>
        <translation>Ir a la c&amp;onversación</translation>
    </message>
    <message>
        <source>Go to the &amp;FAQ</source>
        <translation>Ir a las &amp;FAQ</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>C&amp;onversación</translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation>&amp;FAQ</translation>
    </message>
    <message>
        <source>&amp;Search the FAQ</source>
        <translation>&amp;Buscar en las FAQ</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Presencia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Your presence: busy silences notifications (Ctrl+Shift+1/2/3)</source>
        <translation>Su presencia: «Ocupado» silencia las notificaciones (Ctrl+Mayús+1/2/3)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>No conversation taken: %1</source>
        <translation>No se ha tomado ninguna conversación: %1</translation>
    </message>
    <message>
        <source>Offline — your work is kept and goes out when the link is back</source>
        <translation>Sin conexión — su trabajo se conserva y se enviará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>%p% synced</source>
        <translation>%p&#xa0;% sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go out</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Todo enviado</translation>
    </message>
    <message>
        <source>Wiped</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Cache wiped</source>
        <translation>Caché borrada</translation>
    </message>
    <message>
        <source>A supervisor ordered this workstation&apos;s cache wiped (%1). Its data and key are destroyed and your session has ended. Restart Guichet to log in again.</source>
        <translation>Un supervisor ordenó borrar la caché de este puesto (%1). Sus datos y su clave se han destruido y su sesión ha terminado. Reinicie Guichet para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>%1
Your password for %2:</source>
        <translation>%1
Su contraseña para %2:</translation>
    </message>
    <message>
        <source>Taking the next conversation…</source>
        <translation>Tomando la siguiente conversación…</translation>
    </message>
    <message>
        <source>S&amp;witch agent</source>
        <translation>&amp;Cambiar de agente</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Refused ac&amp;tions…</source>
        <translation>Acciones &amp;rechazadas…</translation>
    </message>
    <message>
        <source>Actions the server refused: open the list (Ctrl+Shift+O)</source>
        <translation>Acciones rechazadas por el servidor: abrir la lista (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Locked — still connected, your conversations are kept</source>
        <translation>Bloqueado — sigue conectado, sus conversaciones se conservan</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n rechazada</numerusform>
            <numerusform>⚠ %n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions refused by the server</source>
        <translation>
            <numerusform>%n acción rechazada por el servidor</numerusform>
            <numerusform>%n acciones rechazadas por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervisión</translation>
    </message>
    <message>
        <source>The brigade&apos;s live figures: queue, agents, today (supervisors)</source>
        <translation>Las cifras de la brigada en directo: cola, agentes, hoy (supervisores)</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>&amp;Supervisar</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::MessageDelegate</name>
    <message>
        <source>%1: %2 — select it and press Ctrl+R to retry</source>
        <comment>delivery failed: reason</comment>
        <translation>%1: %2 — selecciónelo y pulse Ctrl+R para reintentar</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueueDelegate</name>
    <message>
        <source>EMERGENCY</source>
        <translation>EMERGENCIA</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused</source>
        <translation>
            <numerusform>⚠ %n rechazada</numerusform>
            <numerusform>⚠ %n rechazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::QueuePanel</name>
    <message>
        <source>F&amp;lagged</source>
        <translation>&amp;Señaladas</translation>
    </message>
    <message>
        <source>Take &amp;next</source>
        <translation>Tomar la s&amp;iguiente</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Las mías</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Ámbito de las conversaciones</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Conversation state</source>
        <translation>Estado de las conversaciones</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Only emergencies and violence cases</source>
        <translation>Solo emergencias y casos de violencia</translation>
    </message>
    <message>
        <source>Search the queue (Ctrl+F)</source>
        <translation>Buscar en la cola (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Buscar en la cola</translation>
    </message>
    <message>
        <source>Take the most urgent waiting conversation (Ctrl+N)</source>
        <translation>Tomar la conversación en espera más urgente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>%1 shown · %2 waiting</source>
        <translation>%1 mostradas · %2 en espera</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RedirectDialog</name>
    <message>
        <source>Redirect to %1</source>
        <translation>Derivación a %1</translation>
    </message>
    <message>
        <source>Check before redirecting</source>
        <translation>Comprobar antes de derivar</translation>
    </message>
    <message>
        <source>This redirection is not defined on this workstation yet: sync with the server, or write the text yourself.</source>
        <translation>Esta derivación aún no está definida en este puesto: sincronice con el servidor, o escriba el texto usted mismo.</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;language:</source>
        <translation>&amp;Idioma del ciudadano:</translation>
    </message>
    <message>
        <source>&amp;Text sent to the citizen (you can edit it):</source>
        <translation>&amp;Texto enviado al ciudadano (editable):</translation>
    </message>
    <message>
        <source>Text sent to the citizen</source>
        <translation>Texto enviado al ciudadano</translation>
    </message>
    <message>
        <source>&amp;Send and record</source>
        <translation>&amp;Enviar y registrar</translation>
    </message>
    <message>
        <source>Citizen&apos;s consent (required to forward to the brigade)</source>
        <translation>Consentimiento del ciudadano (obligatorio para remitir a la brigada)</translation>
    </message>
    <message>
        <source>Question sent to the citizen: “%1”</source>
        <translation>Pregunta enviada al ciudadano: «%1»</translation>
    </message>
    <message>
        <source>Their answer: “%1”</source>
        <translation>Su respuesta: «%1»</translation>
    </message>
    <message>
        <source>This answer is the citizen&apos;s &amp;consent to forwarding</source>
        <translation>Esta respuesta es el &amp;consentimiento del ciudadano a la remisión</translation>
    </message>
    <message>
        <source>Recorded with your login, the time, the question and the answer; the server checks both are in this conversation.</source>
        <translation>Se registra con su usuario, la hora, la pregunta y la respuesta; el servidor comprueba que ambas están en esta conversación.</translation>
    </message>
    <message>
        <source>The question is on its way to the server. When the citizen has answered, redirect again to record their consent.</source>
        <translation>La pregunta va camino del servidor. Cuando el ciudadano haya respondido, vuelva a redirigir para registrar su consentimiento.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer to: “%1”</source>
        <translation>Esperando la respuesta del ciudadano a: «%1»</translation>
    </message>
    <message>
        <source>Ask the citizen first. This question is sent to them; their answer is their consent or refusal.</source>
        <translation>Pregunte primero al ciudadano. Esta pregunta se le envía; su respuesta es su consentimiento o su negativa.</translation>
    </message>
    <message>
        <source>Consent question for the citizen</source>
        <translation>Pregunta de consentimiento para el ciudadano</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>Preguntar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Ask the citizen</source>
        <translation>&amp;Preguntar al ciudadano</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RefusalsDialog</name>
    <message>
        <source>&amp;Open the conversation</source>
        <translation>&amp;Abrir la conversación</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazada por el servidor</translation>
    </message>
    <message>
        <source>The server refused these actions: they did not happen. Send one again, or dismiss it once you have dealt with it.</source>
        <translation>El servidor ha rechazado estas acciones: no se han realizado. Reenvíe una, o descártela una vez resuelta.</translation>
    </message>
    <message>
        <source>Refused actions</source>
        <translation>Acciones rechazadas</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::RetireFaqDialog</name>
    <message>
        <source>Retire a FAQ entry</source>
        <translation>Retirar una entrada de las FAQ</translation>
    </message>
    <message>
        <source>Retire “%1” (%2) from the knowledge base? Every workstation stops proposing it as soon as the server confirms. An administrator can bring it back (guichet-server admin faq revert).</source>
        <translation>¿Retirar «%1» (%2) de la base de conocimiento? Ningún puesto la propondrá en cuanto el servidor lo confirme. Un administrador puede restablecerla (guichet-server admin faq revert).</translation>
    </message>
    <message>
        <source>Every language (%1)</source>
        <translation>Todos los idiomas (%1)</translation>
    </message>
    <message>
        <source>Only the %1 version</source>
        <translation>Solo la versión en %1</translation>
    </message>
    <message>
        <source>Versions to retire</source>
        <translation>Versiones que retirar</translation>
    </message>
    <message>
        <source>Wrong, outdated, duplicate…</source>
        <translation>Errónea, obsoleta, duplicada…</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Motivo de la retirada</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versiones:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SettingsDialog</name>
    <message>
        <source>Show the &amp;citizen&apos;s name in desktop notifications</source>
        <translation>Mostrar el nombre del &amp;ciudadano en las notificaciones del escritorio</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>Ca&amp;mbiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Minutes without any input or change of window before Guichet locks</source>
        <translation>Minutos sin actividad ni cambio de ventana antes de que Guichet se bloquee</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>close at once</source>
        <translation>liberarlas de inmediato</translation>
    </message>
    <message>
        <source>While locked, Guichet stays connected (away) and keeps your conversations this long</source>
        <translation>Mientras está bloqueado, Guichet sigue conectado (ausente) y mantiene sus conversaciones durante este tiempo</translation>
    </message>
    <message>
        <source>&amp;Keep my conversations while locked:</source>
        <translation>Man&amp;tener mis conversaciones durante el bloqueo:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Closed conversations older than this leave this workstation&apos;s cache</source>
        <translation>Las conversaciones cerradas más antiguas salen de la caché de este puesto</translation>
    </message>
    <message>
        <source>&amp;Retention of closed conversations:</source>
        <translation>&amp;Retención de las conversaciones cerradas:</translation>
    </message>
    <message>
        <source>Off: notifications name the conversation by its reference only</source>
        <translation>Desactivado: las notificaciones solo indican la referencia de la conversación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <source>&amp;Interface language (at the next start):</source>
        <translation>&amp;Idioma de la interfaz (en el próximo inicio):</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Frase de contraseña de la caché</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>Your cache key is in the system keychain, wrapped under your password: there is no passphrase to change.</source>
        <translation>La clave de su caché está en el llavero del sistema, cifrada con su contraseña: no hay ninguna frase de contraseña que cambiar.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>La nueva frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two new passphrases differ: nothing was changed.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The current passphrase is not the right one: nothing was changed.</source>
        <translation>La frase de contraseña actual no es la correcta: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translation>Frase de contraseña cambiada: use la nueva a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SetupWizard</name>
    <message>
        <source>In the system &amp;keychain (recommended)</source>
        <translation>En el &amp;llavero del sistema (recomendado)</translation>
    </message>
    <message>
        <source>Under a &amp;passphrase I type when I unlock</source>
        <translation>Con una frase de contraseña que escribo al &amp;desbloquear</translation>
    </message>
    <message>
        <source>Set up Guichet</source>
        <translation>Configurar Guichet</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>The address of the Brigade numérique&apos;s server and your agent login.</source>
        <translation>La dirección del servidor de la Brigade numérique y su usuario de agente.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Protect the cache</source>
        <translation>Proteger la caché</translation>
    </message>
    <message>
        <source>Conversations kept on this computer are encrypted. Choose where their key is kept.</source>
        <translation>Las conversaciones guardadas en este ordenador están cifradas. Elija dónde se guarda su clave.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>F&amp;rase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters, a sentence is best.</source>
        <translation>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n carácter; lo mejor es una frase entera.</numerusform>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n caracteres; lo mejor es una frase entera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden: escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer. Choose a passphrase instead.</source>
        <translation>Ningún llavero responde en este ordenador. Elija una frase de contraseña en su lugar.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server refused this login and password. Check them (is Caps Lock on?) and try again. After several failures the server slows down further attempts.</source>
        <translation>El servidor ha rechazado este usuario y esta contraseña. Compruébelos (¿está activado Bloq Mayús?) y vuelva a intentarlo. Tras varios fallos, el servidor ralentiza los intentos siguientes.</translation>
    </message>
    <message>
        <source>%1 Do not go on: ask your administrator to check the server&apos;s certificate.</source>
        <translation>%1 No continúe: pida a su administrador que compruebe el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server at %1 does not answer (%2). Check the address and the network, or ask whether the server is up.</source>
        <translation>El servidor %1 no responde (%2). Compruebe la dirección y la red, o pregunte si el servidor está en marcha.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check the address and the network.</source>
        <translation>El servidor %1 no respondió a tiempo. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>I have an &amp;enrolment code (reservist joining a surge)</source>
        <translation>&amp;Tengo un código de alta (reservista llamado para un refuerzo)</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Códi&amp;go de alta:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Su nom&amp;bre:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Contraseña de nu&amp;evo:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de alta</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>as your colleagues will see it</source>
        <translation>tal como lo verán sus compañeros</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Contraseña de nuevo</translation>
    </message>
    <message>
        <source>The server&apos;s address, the code your supervisor gave you, and the login and password you choose for your reservist account.</source>
        <translation>La dirección del servidor, el código que le dio su supervisor, y el usuario y la contraseña que elija para su cuenta de reservista.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Elija una contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden: escriba dos veces la misma.</translation>
    </message>
    <message>
        <source>The server refused the enrolment: %1. Check the code, or ask your supervisor for a new one.</source>
        <translation>El servidor rechazó el alta: %1. Compruebe el código o pida uno nuevo a su supervisor.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::SupervisorActionDialog</name>
    <message>
        <source>Reason, kept in the log</source>
        <translation>Motivo, conservado en el registro</translation>
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
        <translation>En espera, últimas horas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Opened per hour</source>
        <translation>Abiertas por hora</translation>
    </message>
    <message>
        <source>Mean rating per day</source>
        <translation>Nota media por día</translation>
    </message>
    <message>
        <source>Export the &amp;report (CSV)…</source>
        <translation>Exportar el &amp;informe (CSV)…</translation>
    </message>
    <message>
        <source>Export the c&amp;harts (PNG)…</source>
        <translation>Exportar los &amp;gráficos (PNG)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supervision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supervisión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Queue by SLA state</source>
        <translation>Cola por plazo de respuesta</translation>
    </message>
    <message>
        <source>Waiting by channel</source>
        <translation>En espera por canal</translation>
    </message>
    <message>
        <source>Waiting by language</source>
        <translation>En espera por idioma</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Redirections today</source>
        <translation>Derivaciones hoy</translation>
    </message>
    <message>
        <source>Last survey comments</source>
        <translation>Últimos comentarios de las encuestas</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message numerus="yes">
        <source>Report exported: %n conversation(s).</source>
        <translation>
            <numerusform>Informe exportado: %n conversación.</numerusform>
            <numerusform>Informe exportado: %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>El informe no se exportó: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n possible emergency(ies) waiting</source>
        <translation>
            <numerusform>%n posible emergencia en espera</numerusform>
            <numerusform>%n posibles emergencias en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SGBV conversation(s) waiting</source>
        <translation>
            <numerusform>%n conversación de violencia de género en espera</numerusform>
            <numerusform>%n conversaciones de violencia de género en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the answer time</source>
        <translation>
            <numerusform>%n fuera de plazo</numerusform>
            <numerusform>%n fuera de plazo</numerusform>
        </translation>
    </message>
    <message>
        <source>Surge on</source>
        <translation>Refuerzo activo</translation>
    </message>
    <message>
        <source>Offline: no figures yet</source>
        <translation>Sin conexión: aún no hay cifras</translation>
    </message>
    <message>
        <source>Offline: figures of %1</source>
        <translation>Sin conexión: cifras de las %1</translation>
    </message>
    <message>
        <source>Figures not updated: %1</source>
        <translation>Cifras no actualizadas: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s figures…</source>
        <translation>Esperando las cifras del servidor…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>The report cannot be exported now: one is being written, or the server is not connected.</source>
        <translation>El informe no se puede exportar ahora: se está escribiendo otro o el servidor no está conectado.</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1.</source>
        <translation>No se pudieron guardar los gráficos en %1.</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>Gráficos guardados en %1.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The last day comes before the first: nothing exported.</source>
        <translation>El último día es anterior al primero: no se exportó nada.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>Exportar los gráficos</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Reassign the conversation…</source>
        <translation>&amp;Reasignar la conversación…</translation>
    </message>
    <message>
        <source>&amp;Disable the agent…</source>
        <translation>&amp;Desactivar al agente…</translation>
    </message>
    <message>
        <source>&amp;Enable the agent…</source>
        <translation>Reac&amp;tivar al agente…</translation>
    </message>
    <message>
        <source>Order a remote &amp;wipe…</source>
        <translation>Ordenar un &amp;borrado remoto…</translation>
    </message>
    <message>
        <source>&amp;Clear the wipe order…</source>
        <translation>Anu&amp;lar la orden de borrado…</translation>
    </message>
    <message>
        <source>&amp;Start a surge…</source>
        <translation>&amp;Iniciar un refuerzo…</translation>
    </message>
    <message>
        <source>S&amp;top the surge…</source>
        <translation>Detener el re&amp;fuerzo…</translation>
    </message>
    <message>
        <source>Enrol a reser&amp;vist…</source>
        <translation>Dar de alta a un reser&amp;vista…</translation>
    </message>
    <message>
        <source>Edit the redirect&amp;ions…</source>
        <translation>&amp;Editar las redirecciones…</translation>
    </message>
    <message>
        <source>Give the selected conversation to another agent, or put it back in the queue</source>
        <translation>Dar la conversación elegida a otro agente, o devolverla a la cola</translation>
    </message>
    <message>
        <source>Close the selected agent&apos;s account: their sessions are cut</source>
        <translation>Cerrar la cuenta del agente elegido: sus sesiones se cortan</translation>
    </message>
    <message>
        <source>Let the selected agent log in again</source>
        <translation>Permitir que el agente elegido vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Destroy the selected agent&apos;s workstation cache (lost or stolen laptop)</source>
        <translation>Destruir la caché del puesto del agente elegido (portátil perdido o robado)</translation>
    </message>
    <message>
        <source>Withdraw a wipe order not yet carried out</source>
        <translation>Retirar una orden de borrado aún no ejecutada</translation>
    </message>
    <message>
        <source>Open the queue to reservists and raise capacities</source>
        <translation>Abrir la cola a los reservistas y aumentar las capacidades</translation>
    </message>
    <message>
        <source>End the surge: the reservists&apos; accounts close</source>
        <translation>Terminar el refuerzo: las cuentas de los reservistas se cierran</translation>
    </message>
    <message>
        <source>A one-time code for a reservist to create their account</source>
        <translation>Un código de un solo uso para que un reservista cree su cuenta</translation>
    </message>
    <message>
        <source>Change the official address or the citizen&apos;s text of a redirection, on every workstation</source>
        <translation>Cambiar la dirección oficial o el texto para el ciudadano de una redirección, en todos los puestos</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversaciones abiertas</translation>
    </message>
    <message>
        <source>Enrolment code received; valid until %1, once.</source>
        <translation>Código de alta recibido; válido hasta %1, una sola vez.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de alta</translation>
    </message>
    <message>
        <source>Enrolment code: %1</source>
        <translation>Código de alta: %1</translation>
    </message>
    <message>
        <source>Valid until %1, for one reservist. On their own laptop they open the setup wizard, tick “I have an enrolment code” and type it with a login and a password of their choice. Their account ends with the surge.</source>
        <translation>Válido hasta %1, para un solo reservista. En su propio portátil abre el asistente de configuración, marca «Tengo un código de alta» y lo escribe con un usuario y una contraseña de su elección. Su cuenta termina con el refuerzo.</translation>
    </message>
    <message>
        <source>No enrolment code: %1</source>
        <translation>Sin código de alta: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor respondió: %2</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1: rechazado por el servidor: %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: no enviado: %2</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the server…</source>
        <translation>%1: enviado, esperando al servidor…</translation>
    </message>
    <message>
        <source>%1: queued; it goes to the server when the link is back.</source>
        <translation>%1: en cola; se envía al servidor cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Reassign a conversation</source>
        <translation>Reasignar una conversación</translation>
    </message>
    <message>
        <source>Reassign %1, held by %2, to an &amp;agent:</source>
        <translation>Reasignar %1, en manos de %2, a un &amp;agente:</translation>
    </message>
    <message>
        <source>Reassign %1, waiting, to an &amp;agent:</source>
        <translation>Reasignar %1, en espera, a un &amp;agente:</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>&amp;Reasignar</translation>
    </message>
    <message>
        <source>Putting %1 back in the queue</source>
        <translation>Devolución de %1 a la cola</translation>
    </message>
    <message>
        <source>Reassigning %1 to %2</source>
        <translation>Reasignación de %1 a %2</translation>
    </message>
    <message>
        <source>Disable an agent</source>
        <translation>Desactivar un agente</translation>
    </message>
    <message>
        <source>Disable the account of %1? Their sessions are cut within a second and they cannot log in until a supervisor or an administrator enables it again. Reassign what they hold if it cannot wait.</source>
        <translation>¿Desactivar la cuenta de %1? Sus sesiones se cortan en un segundo y no puede iniciar sesión hasta que un supervisor o un administrador la reactive. Reasigne lo que tenga si no puede esperar.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Disabling %1</source>
        <translation>Desactivación de %1</translation>
    </message>
    <message>
        <source>Enable an agent</source>
        <translation>Reactivar un agente</translation>
    </message>
    <message>
        <source>Enable the account of %1 again? They can log in at once.</source>
        <translation>¿Reactivar la cuenta de %1? Puede iniciar sesión enseguida.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Enabling %1</source>
        <translation>Reactivación de %1</translation>
    </message>
    <message>
        <source>Order a remote wipe</source>
        <translation>Ordenar un borrado remoto</translation>
    </message>
    <message>
        <source>Wipe the workstation of %1? Its cache (conversations, drafts) and its key are destroyed as soon as it connects, and the session ends. This cannot be undone on that workstation; the conversations stay on the server.</source>
        <translation>¿Borrar el puesto de %1? Su caché (conversaciones, borradores) y su clave se destruyen en cuanto se conecte, y la sesión termina. No se puede deshacer en ese puesto; las conversaciones quedan en el servidor.</translation>
    </message>
    <message>
        <source>Order the &amp;wipe</source>
        <translation>Ordenar el &amp;borrado</translation>
    </message>
    <message>
        <source>Wipe order for %1</source>
        <translation>Orden de borrado para %1</translation>
    </message>
    <message>
        <source>Clear a wipe order</source>
        <translation>Retirar una orden de borrado</translation>
    </message>
    <message>
        <source>Withdraw the wipe ordered for %1? A workstation already wiped stays wiped; one that has not connected since keeps its cache.</source>
        <translation>¿Retirar el borrado ordenado para %1? Un puesto ya borrado sigue borrado; uno que no se ha conectado desde entonces conserva su caché.</translation>
    </message>
    <message>
        <source>C&amp;lear the order</source>
        <translation>&amp;Retirar la orden</translation>
    </message>
    <message>
        <source>Clearing the wipe order for %1</source>
        <translation>Retirada de la orden de borrado para %1</translation>
    </message>
    <message>
        <source>Start a surge</source>
        <translation>Iniciar un refuerzo</translation>
    </message>
    <message>
        <source>Start a surge? Reservists then see the waiting conversations of the channels and languages below, every agent may hold more conversations (as the server is configured), and citizens waiting in web chat are told an estimate of their wait. You can then enrol reservists with one-time codes.</source>
        <translation>¿Iniciar un refuerzo? Los reservistas ven entonces las conversaciones en espera de los canales e idiomas de abajo, cada agente puede atender más conversaciones (según la configuración del servidor) y los ciudadanos que esperan en el chat reciben una estimación de su espera. Después podrá dar de alta a reservistas con códigos de un solo uso.</translation>
    </message>
    <message>
        <source>&amp;Start the surge</source>
        <translation>&amp;Iniciar el refuerzo</translation>
    </message>
    <message>
        <source>Nothing ticked: as configured on the server (routing.surge).</source>
        <translation>Nada marcado: según la configuración del servidor (routing.surge).</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>Inicio del refuerzo</translation>
    </message>
    <message>
        <source>Stop the surge</source>
        <translation>Detener el refuerzo</translation>
    </message>
    <message>
        <source>Stop the surge? The reservists&apos; accounts created for it are disabled at once (what they hold goes back to the queue), unused enrolment codes become void, and capacities return to each agent&apos;s own.</source>
        <translation>¿Detener el refuerzo? Las cuentas de reservistas creadas para él se desactivan enseguida (lo que tengan vuelve a la cola), los códigos de alta sin usar caducan y cada agente recupera su propia capacidad.</translation>
    </message>
    <message>
        <source>S&amp;top the surge</source>
        <translation>&amp;Detener el refuerzo</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>Detención del refuerzo</translation>
    </message>
    <message>
        <source>Enrol a reservist</source>
        <translation>Dar de alta a un reservista</translation>
    </message>
    <message>
        <source>Ask the server for a one-time enrolment code: a reservist types it in the setup wizard on their own laptop to create their account. The code is shown once; it works once, only while the surge lasts.</source>
        <translation>Pedir al servidor un código de alta de un solo uso: un reservista lo escribe en el asistente de configuración de su propio portátil para crear su cuenta. El código se muestra una vez; sirve una vez, solo mientras dure el refuerzo.</translation>
    </message>
    <message>
        <source>&amp;Ask for a code</source>
        <translation>&amp;Pedir un código</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code valid for, in minutes</source>
        <translation>Validez del código, en minutos</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Account lasts at most, in hours</source>
        <translation>Duración máxima de la cuenta, en horas</translation>
    </message>
    <message>
        <source>Code valid for:</source>
        <translation>Código válido durante:</translation>
    </message>
    <message>
        <source>Account lasts at most:</source>
        <translation>Cuenta válida como máximo:</translation>
    </message>
    <message>
        <source>Enrolment code asked for, waiting for the server…</source>
        <translation>Código de alta pedido, esperando al servidor…</translation>
    </message>
    <message>
        <source>The redirect definitions cannot be read: %1</source>
        <translation>Las definiciones de redirección no se pueden leer: %1</translation>
    </message>
    <message>
        <source>Edit the redirections</source>
        <translation>Editar las redirecciones</translation>
    </message>
    <message>
        <source>Change the official address of a redirection, or the text the citizen receives in a language ({url} stands for the address). Every workstation gets the new version when the server accepts it.</source>
        <translation>Cambie la dirección oficial de una redirección, o el texto que el ciudadano recibe en un idioma ({url} representa la dirección). Todos los puestos reciben la nueva versión en cuanto el servidor la acepta.</translation>
    </message>
    <message>
        <source>&amp;Send to every workstation</source>
        <translation>&amp;Enviar a todos los puestos</translation>
    </message>
    <message>
        <source>Official address</source>
        <translation>Dirección oficial</translation>
    </message>
    <message>
        <source>Text for the citizen</source>
        <translation>Texto para el ciudadano</translation>
    </message>
    <message>
        <source>Redirection:</source>
        <translation>Redirección:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Valid; not sent yet.</source>
        <translation>Válido; aún no enviado.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Nada cambiado todavía.</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Las definiciones de redirección</translation>
    </message>
    <message>
        <source>Edit the &amp;knowledge base…</source>
        <translation>Editar la base de &amp;conocimiento…</translation>
    </message>
    <message>
        <source>Change, add or retire the answers of the FAQ, on every workstation</source>
        <translation>Cambiar, añadir o retirar respuestas de las FAQ, en todos los puestos</translation>
    </message>
    <message>
        <source>The FAQ entry %1 (%2)</source>
        <translation>La entrada de las FAQ %1 (%2)</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry %1 (%2)</source>
        <translation>La retirada de la entrada de las FAQ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Transfer this conversation to a &amp;colleague:</source>
        <translation>Transferir esta conversación a un &amp;compañero:</translation>
    </message>
    <message>
        <source>Type a name or a login</source>
        <translation>Escriba un nombre o un usuario</translation>
    </message>
    <message>
        <source>Find a colleague</source>
        <translation>Buscar un compañero</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>No colleague to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Aún no hay compañeros que mostrar: la lista se llena a medida que el servidor indica quién está conectado. La conversación puede volver a la cola.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>Devolver a la &amp;cola</translation>
    </message>
    <message>
        <source>Overloaded, absent, needs a language…</source>
        <translation>Sobrecargado, ausente, hace falta un idioma…</translation>
    </message>
    <message>
        <source>Reason for the reassignment</source>
        <translation>Motivo de la reasignación</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected. The conversation can still go back to the queue.</source>
        <translation>Aún no hay agentes que mostrar: la lista se llena a medida que el servidor indica quién está conectado. La conversación puede volver a la cola de todos modos.</translation>
    </message>
    <message>
        <source>No agent to show yet: the list fills in as the server reports who is connected.</source>
        <translation>Aún no hay agentes que mostrar: la lista se llena a medida que el servidor indica quién está conectado.</translation>
    </message>
</context>
<context>
    <name>Guichet::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>That is not the right one. Try again (is Caps Lock on?).</source>
        <translation>No es la correcta. Vuelva a intentarlo (¿está activado Bloq Mayús?).</translation>
    </message>
    <message>
        <source>%1, type your cache pa&amp;ssphrase to go on.</source>
        <translation>%1, escriba la f&amp;rase de contraseña de su caché para continuar.</translation>
    </message>
    <message>
        <source>%1, type your pass&amp;word to go on.</source>
        <translation>%1, escriba su con&amp;traseña para continuar.</translation>
    </message>
    <message>
        <source>New agent on this desk…</source>
        <translation>Nuevo agente en este puesto…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Who is at the desk: each agent&apos;s cache opens with their own secret</source>
        <translation>Quién está en el puesto: la caché de cada agente se abre con su propio secreto</translation>
    </message>
    <message>
        <source>%1 has no cache on this desk: set it up first.</source>
        <translation>%1 no tiene caché en este puesto: configúrela primero.</translation>
    </message>
</context>
<context>
    <name>Guichet::Workstation</name>
    <message>
        <source>The server address must start with https:// (or http:// on a test machine).</source>
        <translation>La dirección del servidor debe empezar por https:// (o http:// en una máquina de pruebas).</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>This workstation already holds a cache for %1: unlock it instead.</source>
        <translation>Este puesto ya tiene una caché para %1: desbloquéela en lugar de crear otra.</translation>
    </message>
    <message>
        <source>There is no cache for %1 on this workstation.</source>
        <translation>No hay ninguna caché para %1 en este puesto.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file cannot be read.</source>
        <translation>No se puede leer el archivo de clave de la caché.</translation>
    </message>
    <message>
        <source>Wrong password. Type the password you log in with.</source>
        <translation>Contraseña incorrecta. Escriba la contraseña con la que inicia sesión.</translation>
    </message>
    <message>
        <source>No account to unlock.</source>
        <translation>Ninguna cuenta que desbloquear.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>El puesto está bloqueado.</translation>
    </message>
    <message>
        <source>No emergency notice is defined on this workstation.</source>
        <translation>No hay ningún aviso de emergencia definido en este puesto.</translation>
    </message>
    <message>
        <source>Possible emergency</source>
        <translation>Posible emergencia</translation>
    </message>
    <message>
        <source>A citizen may be in danger. Unlock Guichet to see the conversation.</source>
        <translation>Un ciudadano puede estar en peligro. Desbloquee Guichet para ver la conversación.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazada por el servidor</translation>
    </message>
    <message>
        <source>Unlock Guichet to see what was refused.</source>
        <translation>Desbloquee Guichet para ver lo que se ha rechazado.</translation>
    </message>
    <message>
        <source>%1 in conversation %2: %3</source>
        <translation>%1 en la conversación %2: %3</translation>
    </message>
    <message>
        <source>An action</source>
        <translation>Una acción</translation>
    </message>
    <message>
        <source>Taking the conversation</source>
        <translation>La toma de la conversación</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>La liberación</translation>
    </message>
    <message>
        <source>The transfer</source>
        <translation>La transferencia</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>El cierre</translation>
    </message>
    <message>
        <source>The redirection</source>
        <translation>La derivación</translation>
    </message>
    <message>
        <source>The language change</source>
        <translation>El cambio de idioma</translation>
    </message>
    <message>
        <source>The flags</source>
        <translation>Las marcas</translation>
    </message>
    <message>
        <source>The new delivery attempt</source>
        <translation>El nuevo intento de entrega</translation>
    </message>
    <message>
        <source>The presence</source>
        <translation>La presencia</translation>
    </message>
    <message>
        <source>Only a supervisor can retire a FAQ entry.</source>
        <translation>Solo un supervisor puede retirar una entrada de las FAQ.</translation>
    </message>
    <message>
        <source>Retiring the FAQ entry</source>
        <translation>La retirada de la entrada de las FAQ</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Solo un supervisor puede hacer esto.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the log.</source>
        <translation>Indique el motivo: se guarda en el registro.</translation>
    </message>
    <message>
        <source>The reassignment</source>
        <translation>La reasignación</translation>
    </message>
    <message>
        <source>Disabling the agent</source>
        <translation>La desactivación del agente</translation>
    </message>
    <message>
        <source>Enabling the agent</source>
        <translation>La reactivación del agente</translation>
    </message>
    <message>
        <source>The wipe order</source>
        <translation>La orden de borrado</translation>
    </message>
    <message>
        <source>Clearing the wipe order</source>
        <translation>La anulación de la orden de borrado</translation>
    </message>
    <message>
        <source>Starting the surge</source>
        <translation>El inicio del refuerzo</translation>
    </message>
    <message>
        <source>Stopping the surge</source>
        <translation>La detención del refuerzo</translation>
    </message>
    <message>
        <source>The FAQ edit</source>
        <translation>La modificación de las FAQ</translation>
    </message>
    <message>
        <source>The redirect definitions</source>
        <translation>Las definiciones de redirección</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet: the Brigade numérique&apos;s workstation.</source>
        <translation>Guichet: el puesto de trabajo de la Brigade numérique.</translation>
    </message>
    <message>
        <source>The server&apos;s URL (first run).</source>
        <translation>La URL del servidor (primer inicio).</translation>
    </message>
    <message>
        <source>Your login (first run).</source>
        <translation>Su usuario (primer inicio).</translation>
    </message>
    <message>
        <source>The cache file (default: under your data folder).</source>
        <translation>El archivo de caché (por defecto: en su carpeta de datos).</translation>
    </message>
</context>
</TS>
