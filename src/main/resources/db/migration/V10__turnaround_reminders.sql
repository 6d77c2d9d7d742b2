-- Which waiting review items have already been named in a turnaround reminder, so that assessors
-- and admins hear of each overdue item once, however often the reminder job runs. Keyed by the
-- item's opaque code: the reminder knows nothing else of the item.
CREATE TABLE turnaround_reminder (
    review_code  VARCHAR(9)               NOT NULL PRIMARY KEY,
    reminded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
