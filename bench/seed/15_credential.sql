-- What the generator fills, as the running portal describes it (bench/run passes both):
-- :'fields', the keys of a draft it started; :'components', the credential's rubric in brief.
CREATE TABLE bench.target AS
SELECT credential_id, credential_version FROM submission WHERE id = :template;

CREATE TABLE bench.field AS
SELECT ord::int AS ord, key,
       split_part(key, ':', 1) AS kind,
       split_part(key, ':', 2) AS component_id,
       CASE WHEN split_part(key, ':', 1) = 'answer' THEN split_part(key, ':', 3) END AS question_id,
       CASE WHEN split_part(key, ':', 1) = 'answer' THEN nullif(split_part(key, ':', 4), '')::int
            ELSE nullif(split_part(key, ':', 3), '')::int END AS subject
FROM jsonb_array_elements_text(:'fields'::jsonb) WITH ORDINALITY AS f(key, ord);

CREATE TABLE bench.component AS
SELECT ord::int AS ord, c->>'id' AS component_id,
       c->'levels'->>0 AS top_level, c->'levels'->>-1 AS bottom_level
FROM jsonb_array_elements(:'components'::jsonb) WITH ORDINALITY AS t(c, ord);

CREATE TABLE bench.criterion AS
SELECT c->>'id' AS component_id, k AS criterion_id
FROM jsonb_array_elements(:'components'::jsonb) AS t(c),
     jsonb_array_elements_text(c->'criteria') AS k;
