-- Helpers of the generator, kept in a schema of their own so that the portal's tables, and
-- Flyway's history, see nothing of them. Dropped and made afresh on every seed.
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- A deterministic stand-in for randomness: the same seed gives the same data on every run.
CREATE FUNCTION bench.pick(seed bigint, salt int, modulo int) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (((hashint8(seed * 1009 + salt)::bigint & 2147483647) % modulo))::int
$$;

-- The vocabulary of an educator writing about home visits; text is drawn from it word by word.
CREATE TABLE bench.word (n int PRIMARY KEY, w text NOT NULL);
INSERT INTO bench.word (n, w)
SELECT ordinality - 1, w
FROM unnest(string_to_array(
  'the a and of to in that we I she he they family families visit visits home child children '
  'parent parents mother father grandmother teacher school classroom learning talk talked listen '
  'listened asked shared story stories language languages trust relationship relationships '
  'reciprocal culture cultural community strengths goals plan planned next week weeks month '
  'first second after before during because so but when while with without about around '
  'reading writing math play played book books kitchen table afternoon morning evening called '
  'message messages note notes interpreter Spanish Vietnamese Somali English questions answered '
  'worried proud hopes dreams routine routines bedtime homework siblings brother sister baby '
  'neighbourhood library park bus schedule work shift job jobs time times respect respected '
  'welcomed welcome invited invitation conversation conversations noticed learned learn reflect '
  'reflection changed change practice practices partner partnership advocate support supported '
  'resources food clinic health wellbeing attendance progress report conference follow up '
  'observed observation evidence example examples specific specifically felt feel think thought '
  'believe believed understand understood perspective perspectives assumption assumptions bias '
  'expectations expectation agreed agreement decided together shared meal photo photos drawing '
  'drawings favourite game games song songs tradition traditions holiday celebration faith '
  'very more most less often sometimes never always again also still only just even really',
  ' ')) WITH ORDINALITY AS t(w, ordinality);

-- 512 paragraphs of 125 words, sentences of 5 to 20 words; a field's text is a run of them.
CREATE TABLE bench.paragraph (n int PRIMARY KEY, body text NOT NULL);
INSERT INTO bench.paragraph (n, body)
SELECT p, string_agg(
         CASE WHEN i = 1 OR bench.pick(p * 1000 + i - 1, 7, 12) = 0
              THEN initcap(w.w) ELSE w.w END
         || CASE WHEN i = 125 OR bench.pick(p * 1000 + i, 7, 12) = 0 THEN '.' ELSE '' END,
         ' ' ORDER BY i)
FROM generate_series(0, 511) AS p,
     generate_series(1, 125) AS i,
     LATERAL (SELECT w FROM bench.word
              WHERE n = bench.pick(p * 1000 + i, 3, (SELECT count(*) FROM bench.word)::int)) AS w
GROUP BY p;

-- A review code as the portal makes them (ReviewCodes): two groups of four of Crockford's
-- base-32 letters; an odd multiplier modulo 2^40 keeps them unique per id.
CREATE FUNCTION bench.code(id bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT substr(a, (x >> 35 & 31)::int + 1, 1) || substr(a, (x >> 30 & 31)::int + 1, 1)
      || substr(a, (x >> 25 & 31)::int + 1, 1) || substr(a, (x >> 20 & 31)::int + 1, 1) || '-'
      || substr(a, (x >> 15 & 31)::int + 1, 1) || substr(a, (x >> 10 & 31)::int + 1, 1)
      || substr(a, (x >> 5 & 31)::int + 1, 1) || substr(a, (x & 31)::int + 1, 1)
  FROM (SELECT (id * 1103515245 + 12345) % 1099511627776 AS x,
               '0123456789ABCDEFGHJKMNPQRSTVWXYZ'::text AS a) v
$$;
