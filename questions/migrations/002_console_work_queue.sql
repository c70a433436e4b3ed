-- The console as a work queue (issue 13): corrections, internal notes, reply templates, presence, and when a web
-- asker actually loaded the answer.

-- 1 for the first answer, 2+ for each correction sent after it.
ALTER TABLE questions ADD COLUMN answer_version INTEGER NOT NULL DEFAULT 0;
-- Web only: when the asker's browser loaded the delivered answer (delivered_at means stored, not seen).
ALTER TABLE questions ADD COLUMN read_at BIGINT;

-- Every answer and correction as sent, so the audit trail keeps each version.
CREATE TABLE answer_versions (
  id {{AUTO_ID}},
  question_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  answer TEXT NOT NULL,
  actor TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX answer_versions_question ON answer_versions (question_id, version);

-- Notes between ministry staff; never sent to the asker.
CREATE TABLE question_notes (
  id {{AUTO_ID}},
  question_id TEXT NOT NULL,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX question_notes_question ON question_notes (question_id, at);

-- Who has a question open, refreshed while the page stays open; rows older than the TTL are ignored.
CREATE TABLE question_presence (
  question_id TEXT NOT NULL,
  login TEXT NOT NULL,
  seen_at BIGINT NOT NULL,
  PRIMARY KEY (question_id, login)
);

-- Reply templates, edited by admins in the console.
CREATE TABLE reply_templates (
  id {{AUTO_ID}},
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO reply_templates (title, body, updated_by, updated_at) VALUES
  ('資料の該当箇所の案内', 'お問い合わせありがとうございます。ご質問の点は、公表資料の次の箇所に記載があります。
（資料名・ページ）
ご不明な点があれば、改めてお知らせください。', 'system', 0),
  ('個別事案は窓口へ', 'お問い合わせありがとうございます。個別の事案についての判断は、この窓口ではお答えできません。
所管の相談窓口にご相談ください。', 'system', 0),
  ('確認中のお知らせ', 'お問い合わせありがとうございます。ご質問の点は担当部署で確認しています。回答までしばらくお待ちください。', 'system', 0);

-- answered questions from before this migration carry version 1.
UPDATE questions SET answer_version = 1 WHERE ministry_answer IS NOT NULL;
