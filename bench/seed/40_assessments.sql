-- The assessors' work: a sheet per claimed item (a draft) and per scored or released one
-- (submitted), its scores and judgements in rows, and the outcome of the submitted ones.
CREATE TABLE bench.assessment_plan AS
SELECT r.id AS review_item_id, r.code, a.submission_id, a.number, a.attempts, a.status, a.i,
       a.review_status, a.assessor_id, a.submitted_at,
       -- earned only on the last attempt of an earned submission
       (a.status = 'EARNED' AND a.number = a.attempts) AS earned
FROM bench.attempt_plan a
JOIN review_item r ON r.submission_id = a.submission_id AND r.attempt_number = a.number
WHERE a.review_status <> 'WAITING';

INSERT INTO assessment (review_item_id, assessor_id, status, sheet, version, idempotency_key,
                        created_at, updated_at, submitted_at)
SELECT p.review_item_id, p.assessor_id,
       CASE WHEN p.review_status = 'CLAIMED' THEN 'DRAFT' ELSE 'SUBMITTED' END,
       json_build_object(
         'components', (SELECT json_object_agg(c.component_id, json_build_object(
                           'judgements', (SELECT json_object_agg(k.criterion_id,
                                             CASE WHEN p.earned OR bench.pick(p.i, 20, 3) > 0 THEN 'MET' ELSE 'UNMET' END)
                                          FROM bench.criterion k WHERE k.component_id = c.component_id),
                           'override', NULL,
                           'feedback', (SELECT body FROM bench.paragraph WHERE n = bench.pick(p.review_item_id, c.ord, 512)),
                           'evidence', '[]'::json))
                        FROM bench.component c),
         'overallComment', 'Thank you for the detail about each family.')::text,
       1 + bench.pick(p.i, 21, 30),
       CASE WHEN p.review_status = 'CLAIMED' THEN NULL ELSE md5('sheet:' || p.review_item_id)::uuid::text END,
       p.submitted_at + interval '3 days', p.submitted_at + interval '6 days',
       CASE WHEN p.review_status = 'CLAIMED' THEN NULL ELSE p.submitted_at + interval '6 days' END
FROM bench.assessment_plan p;

INSERT INTO component_score (assessment_id, component_id, derived_level, final_level, overridden,
                             justification, feedback)
SELECT s.id, c.component_id, lvl, lvl, false, NULL,
       (SELECT body FROM bench.paragraph WHERE n = bench.pick(s.id, c.ord, 512))
FROM assessment s
JOIN bench.assessment_plan p ON p.review_item_id = s.review_item_id
CROSS JOIN bench.component c
CROSS JOIN LATERAL (SELECT CASE WHEN p.earned OR bench.pick(p.i, 22 + c.ord, 3) > 0
                                THEN c.top_level ELSE c.bottom_level END AS lvl) l
WHERE s.status = 'SUBMITTED';

INSERT INTO criterion_judgement (assessment_id, component_id, criterion_id, met)
SELECT s.id, k.component_id, k.criterion_id, p.earned OR bench.pick(p.i, 20, 3) > 0
FROM assessment s
JOIN bench.assessment_plan p ON p.review_item_id = s.review_item_id
CROSS JOIN bench.criterion k
WHERE s.status = 'SUBMITTED';

INSERT INTO assessment_outcome (assessment_id, earned, headline, explanation, overall_comment,
                                decided_at, released_at)
SELECT s.id, p.earned,
       CASE WHEN p.earned THEN 'You earned the credential.' ELSE 'Not earned yet.' END,
       json_build_object('headline', CASE WHEN p.earned THEN 'You earned the credential.'
                                          ELSE 'Not earned yet.' END,
                         'components', '[]'::json)::text,
       'Thank you for the detail about each family.',
       s.submitted_at,
       CASE WHEN p.review_status = 'RELEASED' THEN s.submitted_at + interval '1 day' END
FROM assessment s
JOIN bench.assessment_plan p ON p.review_item_id = s.review_item_id
WHERE s.status = 'SUBMITTED';
