-- People: one educator per submission (the first 64 are the autosave clients of P1), one
-- assessor per 500 submissions (at least 4) and two admins. All share one bcrypt hash of the
-- bench password, made at cost 10 so that signing in 64 clients stays quick.
INSERT INTO account (email, display_name, school, district, role_title, password_hash, source,
                     active, must_change_password, token_version, created_at, updated_at)
SELECT 'educator-' || lpad(i::text, 6, '0') || '@bench.mcportal.test',
       'Educator ' || i, 'School ' || (i % 400), 'District ' || (i % 40), 'Teacher',
       :'pwhash', 'LOCAL', true, false, 0,
       now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, :n) AS i;

INSERT INTO account (email, display_name, school, district, role_title, password_hash, source,
                     active, must_change_password, token_version, created_at, updated_at)
SELECT 'assessor-' || lpad(i::text, 4, '0') || '@bench.mcportal.test',
       'Assessor ' || i, NULL, 'District ' || (i % 40), 'Coach',
       :'pwhash', 'LOCAL', true, false, 0,
       now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, greatest(4, :n / 500)) AS i;

INSERT INTO account (email, display_name, school, district, role_title, password_hash, source,
                     active, must_change_password, token_version, created_at, updated_at)
SELECT 'admin-' || i || '@bench.mcportal.test', 'Admin ' || i, NULL, NULL, 'Program admin',
       :'pwhash', 'LOCAL', true, false, 0,
       now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, 2) AS i;

INSERT INTO account_role (account_id, role)
SELECT id, CASE split_part(email, '-', 1)
             WHEN 'educator' THEN 'EDUCATOR' WHEN 'assessor' THEN 'ASSESSOR' ELSE 'ADMIN' END
FROM account WHERE email LIKE '%@bench.mcportal.test';
