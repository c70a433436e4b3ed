-- FAQ editing (issue 13): an edit publishes a new version and withdraws the old one, so the history stays.
ALTER TABLE faq_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE faq_entries ADD COLUMN supersedes BIGINT;
ALTER TABLE faq_entries ADD COLUMN withdrawn_at BIGINT;
