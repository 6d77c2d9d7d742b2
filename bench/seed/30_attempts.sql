-- Each submit: an immutable attempt with its snapshot, a review item, and the status moves.
CREATE TABLE bench.attempt_plan AS
SELECT p.submission_id, p.i, p.status, k AS number, p.attempts,
       p.created_at + make_interval(days => 20 + 30 * (k - 1), mins => bench.pick(p.i, 10 + k, 1440)) AS submitted_at,
       CASE WHEN k < p.attempts THEN 'RELEASED'
            WHEN p.status = 'SUBMITTED' THEN 'WAITING'
            WHEN p.status = 'IN_REVIEW' THEN CASE WHEN bench.pick(p.i, 5, 2) = 0 THEN 'CLAIMED' ELSE 'SCORED' END
            ELSE 'RELEASED' END AS review_status,
       (SELECT id FROM account WHERE email = 'assessor-' || lpad((1 + bench.pick(p.i, 6 + k,
          (SELECT count(*) FROM account WHERE email LIKE 'assessor-%')::int))::text, 4, '0')
          || '@bench.mcportal.test') AS assessor_id
FROM bench.plan p, generate_series(1, p.attempts) AS k;

INSERT INTO attempt (submission_id, number, idempotency_key, snapshot, submitted_at)
SELECT a.submission_id, a.number, md5(a.submission_id || ':' || a.number)::uuid::text,
       json_build_object(
         'format', 1,
         'subjects', (SELECT coalesce(json_object_agg(component_id, names), '{}'::json) FROM (
                        SELECT f.component_id, json_agg(d.content ORDER BY f.subject) AS names
                        FROM bench.field f JOIN draft_field d
                          ON d.submission_id = a.submission_id AND d.field_key = f.key
                        WHERE f.kind = 'subject' GROUP BY f.component_id) s),
         'answers', (SELECT json_agg(json_build_object('componentId', f.component_id,
                                                       'questionId', f.question_id,
                                                       'subject', f.subject,
                                                       'markdown', d.content) ORDER BY f.ord)
                     FROM bench.field f JOIN draft_field d
                       ON d.submission_id = a.submission_id AND d.field_key = f.key
                     WHERE f.kind = 'answer'),
         'documents', '[]'::json)::text,
       a.submitted_at
FROM bench.attempt_plan a;

INSERT INTO review_item (id, code, submission_id, attempt_number, credential_id, credential_version,
                         submitted_at, status, lease_holder_id, lease_taken_at, lease_expires_at,
                         row_version)
SELECT (SELECT coalesce(max(id), 0) FROM review_item) + row_number() OVER (ORDER BY a.submitted_at, a.submission_id),
       bench.code((SELECT coalesce(max(id), 0) FROM review_item) + row_number() OVER (ORDER BY a.submitted_at, a.submission_id)),
       a.submission_id, a.number, t.credential_id, t.credential_version, a.submitted_at,
       a.review_status,
       CASE WHEN a.review_status = 'CLAIMED' THEN a.assessor_id END,
       CASE WHEN a.review_status = 'CLAIMED' THEN now() - interval '1 hour' END,
       CASE WHEN a.review_status = 'CLAIMED' THEN now() + interval '3 hours' END,
       CASE a.review_status WHEN 'WAITING' THEN 0 WHEN 'CLAIMED' THEN 1 ELSE 2 END
FROM bench.attempt_plan a CROSS JOIN bench.target t
ORDER BY a.submitted_at;
SELECT setval(pg_get_serial_sequence('review_item', 'id'), (SELECT max(id) FROM review_item));

INSERT INTO submission_transition (submission_id, from_status, to_status, actor_id, moved_at, reason)
SELECT a.submission_id, m.from_status, m.to_status,
       CASE WHEN m.by_owner THEN p.owner_id ELSE a.assessor_id END, a.submitted_at + m.after, NULL
FROM bench.attempt_plan a
JOIN bench.plan p USING (submission_id)
CROSS JOIN LATERAL (VALUES
    (CASE WHEN a.number = 1 THEN 'DRAFT' ELSE 'NOT_EARNED' END, 'SUBMITTED', true, interval '0'),
    ('SUBMITTED', 'IN_REVIEW', false, interval '3 days'),
    ('IN_REVIEW', CASE WHEN a.number < a.attempts THEN 'NOT_EARNED' ELSE a.status END, false, interval '6 days')
  ) AS m(from_status, to_status, by_owner, after)
WHERE m.to_status = 'SUBMITTED'
   OR (m.to_status = 'IN_REVIEW' AND a.review_status <> 'WAITING')
   OR (m.from_status = 'IN_REVIEW' AND a.review_status = 'RELEASED');

INSERT INTO submission_transition (submission_id, from_status, to_status, actor_id, moved_at, reason)
SELECT submission_id, 'DRAFT', 'WITHDRAWN', owner_id, created_at + interval '10 days', 'Starting over'
FROM bench.plan WHERE status = 'WITHDRAWN';
