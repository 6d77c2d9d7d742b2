-- The audit trail as the workflow writes it: the queueing of every attempt, then each claim,
-- submit and release.
INSERT INTO audit_event (at, actor_id, action, review_code, submission_id, details)
SELECT r.submitted_at, NULL, 'QUEUE', r.code, r.submission_id,
       json_build_object('attempt', r.attempt_number)::text
FROM review_item r
JOIN bench.plan p USING (submission_id)
UNION ALL
SELECT p.submitted_at + m.after, p.assessor_id, m.action, p.code, p.submission_id,
       json_build_object('attempt', p.number)::text
FROM bench.assessment_plan p
CROSS JOIN LATERAL (VALUES ('CLAIM', interval '3 days'), ('SAVE', interval '4 days'),
                           ('SUBMIT', interval '6 days'), ('RELEASE', interval '7 days'))
  AS m(action, after)
WHERE m.action IN ('CLAIM', 'SAVE')
   OR (m.action = 'SUBMIT' AND p.review_status <> 'CLAIMED')
   OR (m.action = 'RELEASE' AND p.review_status = 'RELEASED')
ORDER BY 1;
