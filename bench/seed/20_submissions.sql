-- The plan: one submission per bench educator, its status, attempts and times. Later seed files
-- read it (and may add columns of their own). Educators 1 to 64 keep drafts for P1; the rest
-- spread over the lifecycle roughly as a running program would.
CREATE TABLE bench.plan AS
WITH s AS (
  SELECT i, a.id AS owner_id,
         CASE WHEN i <= 64 THEN 'DRAFT'
              ELSE (SELECT CASE WHEN r < 15 THEN 'DRAFT' WHEN r < 40 THEN 'SUBMITTED'
                                WHEN r < 45 THEN 'IN_REVIEW' WHEN r < 50 THEN 'RETURNED'
                                WHEN r < 80 THEN 'EARNED' WHEN r < 92 THEN 'NOT_EARNED'
                                ELSE 'WITHDRAWN' END
                    FROM (SELECT bench.pick(i, 1, 100) AS r) x) END AS status,
         now() - interval '400 days' + make_interval(mins => bench.pick(i, 2, 330 * 1440)) AS created_at
  FROM generate_series(1, :n) AS i
  JOIN account a ON a.email = 'educator-' || lpad(i::text, 6, '0') || '@bench.mcportal.test'
  -- the draft the portal itself started, to learn the fields, stays as it is
  WHERE NOT EXISTS (SELECT 1 FROM submission x WHERE x.owner_id = a.id)
)
SELECT i, (SELECT coalesce(max(id), 0) FROM submission) + row_number() OVER (ORDER BY i) AS submission_id,
       owner_id, status,
       CASE WHEN status IN ('DRAFT', 'WITHDRAWN') THEN 0
            WHEN status = 'RETURNED' THEN 1
            ELSE 1 + (bench.pick(i, 4, 5) = 0)::int END AS attempts,
       created_at
FROM s;
ALTER TABLE bench.plan ADD PRIMARY KEY (submission_id);

INSERT INTO submission (id, owner_id, credential_id, credential_version, status, attempts,
                        created_at, updated_at, row_version)
SELECT p.submission_id, p.owner_id, t.credential_id, t.credential_version, p.status, p.attempts,
       p.created_at, p.created_at + make_interval(days => 20 + 30 * p.attempts), 1 + 3 * p.attempts
FROM bench.plan p CROSS JOIN bench.target t;
SELECT setval(pg_get_serial_sequence('submission', 'id'), (SELECT max(id) FROM submission));

-- Every field the credential expects, as starting a draft makes them; answers get prose so that
-- each submission has about :words words, pseudonyms and private names get names, documents
-- stay empty (uploads are not generated).
INSERT INTO draft_field (submission_id, field_key, content, version, updated_at)
SELECT p.submission_id, f.key,
       CASE f.kind
         WHEN 'answer' THEN prose.text
         WHEN 'subject' THEN 'Family ' || chr(65 + coalesce(f.subject, 0))
         WHEN 'private-name' THEN (ARRAY['Sam', 'Ana', 'Minh', 'Hodan', 'Leo', 'Ruth'])[1 + bench.pick(p.submission_id, f.ord, 6)]
         ELSE '' END,
       CASE WHEN f.kind = 'document' THEN 0 ELSE 1 + bench.pick(p.submission_id, f.ord, 40) END,
       p.created_at + interval '19 days'
FROM bench.plan p
CROSS JOIN bench.field f
CROSS JOIN (SELECT greatest(1, round(:words / 125.0 / count(*)))::int AS paragraphs
            FROM bench.field WHERE kind = 'answer') per_field
-- A run of paragraphs drawn from the pool, different for every field of every submission.
LEFT JOIN LATERAL (
  SELECT string_agg(g.body, E'\n\n' ORDER BY j) AS text
  FROM generate_series(1, per_field.paragraphs) AS j
  JOIN bench.paragraph g ON g.n = bench.pick(p.submission_id * 100 + f.ord, j, 512)
  WHERE f.kind = 'answer'
) prose ON true;
