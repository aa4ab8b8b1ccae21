-- Conversations for the supervisors' figures, written straight into a
-- guichet-server database (scripts/bench supervise: a million of them;
-- tst_server_supervision: a few thousand). The same SQL runs on SQLite and on
-- PostgreSQL; statements are separated by ";" at the end of a line.
-- Parameters: {{N}} conversations from id {{FIRST}}, opened over the {{SPAN}} ms
-- before {{NOW}} (ms since the epoch). Deterministic: every attribute is a hash
-- of the conversation's number, never random().
-- Spread: channels 45 % web chat, 30 % web form, 15 % Messenger, 10 % X;
-- languages 80 % fr, 8 % en, 4 % de, 3 % it, 5 % es; of the last two hours
-- 40 % still waiting and 20 % held, plus 2 % of the web forms of the last
-- three days waiting; 1 % emergencies, 2 % SGBV; closed ones 70 % answered,
-- the rest redirected (Pharos, Perceval, 3919, plainte en ligne, brigade) or
-- spam/duplicates; 30 % of the answered web chats rated; forty agents, half
-- last seen at {{NOW}}, half one hour before (offline; a test keeps their
-- claims from lapsing with a long lease). Each answered conversation's
-- first_reply_at is its one agent reply's time, as the server writes it.
CREATE TEMP TABLE seed_n (
    id BIGINT PRIMARY KEY,
    h1 BIGINT NOT NULL,
    h2 BIGINT NOT NULL,
    h3 BIGINT NOT NULL,
    h4 BIGINT NOT NULL,
    opened BIGINT NOT NULL
);
INSERT INTO seed_n (id, h1, h2, h3, h4, opened)
WITH RECURSIVE n(k) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT k + 1 FROM n WHERE k < {{N}})
SELECT {{FIRST}} - 1 + k, (k * 2654435761) % 1000003, (k * 40503 + 7) % 999983,
       (k * 2246822519) % 999979, (k * 3266489917) % 1000033,
       {{NOW}} - ({{N}} - k) * ({{SPAN}} / {{N}}) - (k * 7919) % ({{SPAN}} / {{N}} + 1)
FROM n;
CREATE TEMP TABLE seed_c (
    id BIGINT PRIMARY KEY,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    state TEXT NOT NULL,
    opened BIGINT NOT NULL,
    owner TEXT NOT NULL,
    emergency INTEGER NOT NULL,
    sgbv INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    reply_after BIGINT NOT NULL,
    h1 BIGINT NOT NULL,
    h2 BIGINT NOT NULL,
    h3 BIGINT NOT NULL,
    h4 BIGINT NOT NULL
);
INSERT INTO seed_c (id, channel, lang, state, opened, owner, emergency, sgbv, answered,
                    reply_after, h1, h2, h3, h4)
SELECT id, channel, lang, state, opened,
       CASE WHEN state = 'queued' THEN '' ELSE 'agent' || (h4 % 40 + 1) END,
       CASE WHEN (h3 / 10) % 100 = 0 THEN 1 ELSE 0 END,
       CASE WHEN (h3 / 10) % 100 IN (1, 2) THEN 1 ELSE 0 END,
       CASE WHEN state = 'queued' THEN 0 WHEN state = 'claimed' THEN h4 % 3
            WHEN h4 % 100 < 92 THEN 1 ELSE 0 END,
       -- First reply: up to ten minutes on a chat, two hours on a message; a
       -- held conversation's within its age.
       CASE WHEN state = 'claimed' THEN ({{NOW}} - opened) * (h4 % 90) / 100
            WHEN channel = 'webform' THEN 60000 + (h4 % 7200) * 1000
            ELSE 15000 + (h4 % 600) * 1000 END,
       h1, h2, h3, h4
FROM (SELECT id, opened, h1, h2, h3, h4,
             CASE WHEN h1 % 100 < 45 THEN 'webchat' WHEN h1 % 100 < 75 THEN 'webform'
                  WHEN h1 % 100 < 90 THEN 'messenger' ELSE 'twitter' END AS channel,
             CASE WHEN h2 % 100 < 80 THEN 'fr' WHEN h2 % 100 < 88 THEN 'en'
                  WHEN h2 % 100 < 92 THEN 'de' WHEN h2 % 100 < 95 THEN 'it' ELSE 'es' END AS lang,
             CASE WHEN {{NOW}} - opened < 7200000 AND h3 % 10 < 4 THEN 'queued'
                  WHEN {{NOW}} - opened < 7200000 AND h3 % 10 < 6 THEN 'claimed'
                  WHEN h1 % 100 >= 45 AND h1 % 100 < 75 AND {{NOW}} - opened < 259200000
                       AND h3 % 50 = 0 THEN 'queued'
                  ELSE 'closed' END AS state
      FROM seed_n) s;
CREATE TEMP TABLE seed_t (
    id BIGINT PRIMARY KEY,
    replied BIGINT NOT NULL,
    closed BIGINT NOT NULL,
    outcome TEXT NOT NULL
);
INSERT INTO seed_t (id, replied, closed, outcome)
SELECT id, replied,
       CASE WHEN state <> 'closed' THEN 0
            WHEN replied + 60000 + (h3 % 3600) * 1000 > {{NOW}} THEN {{NOW}}
            ELSE replied + 60000 + (h3 % 3600) * 1000 END,
       CASE WHEN state <> 'closed' THEN ''
            WHEN (h2 / 100) % 100 < 70 THEN CASE WHEN answered = 1 THEN 'answered' ELSE 'spam' END
            WHEN (h2 / 100) % 100 < 75 THEN 'pharos'
            WHEN (h2 / 100) % 100 < 79 THEN 'perceval'
            WHEN (h2 / 100) % 100 < 82 THEN 'these'
            WHEN (h2 / 100) % 100 < 91 THEN 'plainte_en_ligne'
            WHEN (h2 / 100) % 100 < 97 THEN 'brigade'
            WHEN (h2 / 100) % 100 < 99 THEN 'spam' ELSE 'duplicate' END
FROM (SELECT id, state, answered, h2, h3,
             CASE WHEN answered = 0 THEN opened
                  WHEN opened + reply_after > {{NOW}} THEN {{NOW}}
                  ELSE opened + reply_after END AS replied
      FROM seed_c) r;
INSERT INTO conversations (id, reference, channel, lang, citizen, citizen_key, subject, state,
                           owner, team, emergency, sgbv, sla, deadline, outcome, opened_at,
                           updated_at, closed_at, last_citizen_at, access_digest, first_reply_at)
SELECT c.id, 'SEED-' || c.id, c.channel, c.lang, 'Citoyen ' || c.id,
       CASE WHEN c.channel IN ('messenger', 'twitter') THEN 'seed-' || c.id ELSE '' END,
       CASE WHEN c.channel = 'webform' THEN 'Question ' || (c.h3 % 97) ELSE '' END,
       c.state, c.owner, '', c.emergency, c.sgbv,
       CASE WHEN c.state <> 'queued' THEN 'on_time'
            WHEN c.opened + CASE WHEN c.channel = 'webform' THEN 86400000 ELSE 600000 END
                 <= {{NOW}} THEN 'breached' ELSE 'on_time' END,
       CASE WHEN c.state = 'queued'
            THEN c.opened + CASE WHEN c.channel = 'webform' THEN 86400000 ELSE 600000 END
            ELSE 0 END,
       t.outcome, c.opened, CASE WHEN t.closed > 0 THEN t.closed ELSE t.replied END, t.closed,
       c.opened, '', CASE WHEN c.answered = 1 THEN t.replied ELSE 0 END
FROM seed_c c JOIN seed_t t ON t.id = c.id;
INSERT INTO messages (id, conversation, author, agent, text, at, delivery)
SELECT 'seed-' || id || '-a', id, 'citizen', '',
       'Bonjour, on m''a volé mon vélo devant la gare, que dois-je faire ?', opened, 'read'
FROM seed_c;
INSERT INTO messages (id, conversation, author, agent, text, at, delivery)
SELECT 'seed-' || c.id || '-b', c.id, 'agent', c.owner,
       'Bonjour, vous pouvez faire une pré-plainte en ligne puis venir signer à la brigade.',
       t.replied, 'delivered'
FROM seed_c c JOIN seed_t t ON t.id = c.id
WHERE c.answered = 1;
INSERT INTO messages (id, conversation, author, agent, text, at, delivery)
SELECT 'seed-' || c.id || '-c', c.id, 'citizen', '', 'Merci beaucoup.',
       CASE WHEN t.replied + 30000 > {{NOW}} THEN {{NOW}} ELSE t.replied + 30000 END, 'read'
FROM seed_c c JOIN seed_t t ON t.id = c.id
WHERE c.answered = 1 AND c.h1 % 2 = 0;
INSERT INTO surveys (conversation, rating, comment, agent, at)
SELECT c.id, 5 - ((c.h1 / 7) % 10) / 3,
       CASE WHEN c.h4 % 4 = 0 THEN 'Réponse rapide, merci.' ELSE '' END, c.owner,
       CASE WHEN t.closed + 30000 > {{NOW}} THEN {{NOW}} ELSE t.closed + 30000 END
FROM seed_c c JOIN seed_t t ON t.id = c.id
WHERE c.state = 'closed' AND c.answered = 1 AND c.channel = 'webchat' AND c.h4 % 10 < 3;
INSERT INTO agents (login, name, role, team, languages, capacity, last_seen, presence, created_at)
WITH RECURSIVE a(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM a WHERE k < 40)
SELECT 'agent' || k, 'Agent ' || k, CASE WHEN k <= 10 THEN 'reservist' ELSE 'gendarme' END, '',
       'fr,en', 5, CASE WHEN k % 2 = 0 THEN {{NOW}} ELSE {{NOW}} - 3600000 END, 'available', {{NOW}}
FROM a
WHERE NOT EXISTS (SELECT 1 FROM agents WHERE login = 'agent' || k);
DROP TABLE seed_t;
DROP TABLE seed_c;
DROP TABLE seed_n
