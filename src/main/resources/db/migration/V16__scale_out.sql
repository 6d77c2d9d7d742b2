-- Scheduled jobs that must run once across all nodes, not once per node. A node runs a job only
-- after moving leased_until forward with an UPDATE that matches only an expired lease; the row lock
-- makes a second node's UPDATE of the same row wait, re-read and match nothing.
CREATE TABLE job_lease (
    job           VARCHAR(60)              NOT NULL PRIMARY KEY,
    holder        VARCHAR(120)             NOT NULL,
    leased_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Sign-in attempts per client address per fixed window, shared by every node (it used to be a
-- token bucket in each node's memory). One row per address and window; a scheduled job deletes
-- windows that have closed, so the table holds at most the addresses of the current window.
CREATE TABLE sign_in_address_window (
    client_ip     VARCHAR(64)              NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INTEGER                  NOT NULL,
    PRIMARY KEY (client_ip, window_start)
);
CREATE INDEX ix_sign_in_address_window_start ON sign_in_address_window (window_start);

-- The cleanup deletes failures older than the lockout window for every email at once.
CREATE INDEX ix_login_failure_time ON login_failure (failed_at);

-- One row that start-up work locks (SELECT ... FOR UPDATE) before it creates what must exist once:
-- the first admin, the demo accounts, the stored credential versions. Two nodes starting at the
-- same moment then do that work one after the other instead of both inserting the same rows.
CREATE TABLE startup_lock (
    id  INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO startup_lock (id) VALUES (1);
