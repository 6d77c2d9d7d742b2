-- Scanned pages are recognised after the upload has answered, by a background worker. The state
-- survives a restart, so pending work resumes; a per-upload job lease keeps two nodes from doing it
-- twice. NOT_NEEDED: every page had a text layer. PENDING: waiting for (or in) recognition.
-- RECOGNISED: some text was recognised. NOTHING_RECOGNISED: recognition ran and found no text.
-- FAILED: recognition could not run or ran out of time; the assessor reads the file.
ALTER TABLE upload ADD COLUMN recognition VARCHAR(20) DEFAULT 'NOT_NEEDED' NOT NULL;
-- How many times a worker has taken this upload up; one that keeps ending its node is given up.
ALTER TABLE upload ADD COLUMN recognition_attempts INTEGER DEFAULT 0 NOT NULL;
UPDATE upload SET recognition = 'RECOGNISED' WHERE text_recognised = TRUE;
UPDATE upload SET recognition = 'NOTHING_RECOGNISED'
    WHERE text_recognised = FALSE AND extracted_text = '';
CREATE INDEX ix_upload_recognition ON upload (recognition);
