-- Whether an upload's text was recognised on scanned pages (OCR) rather than read from a text layer.
ALTER TABLE upload ADD COLUMN text_recognised BOOLEAN DEFAULT FALSE NOT NULL;
