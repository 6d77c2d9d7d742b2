-- A retired version takes no new submissions; work already started on it carries on. Retirement is
-- the one state of a stored version that changes, and it can be undone.
ALTER TABLE credential_version ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE credential_version ADD COLUMN retired_by BIGINT REFERENCES account (id);
