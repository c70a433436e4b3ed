-- Question log schema, shared by SQLite and PostgreSQL.
-- Portable types only: TEXT, INTEGER, BIGINT (timestamps are epoch milliseconds).
-- {{AUTO_ID}} is the one dialect difference: an auto-incrementing integer primary key.

CREATE TABLE questions (
  id {{AUTO_ID}},
  event_key TEXT NOT NULL UNIQUE,
  surface TEXT NOT NULL,
  workspace_id TEXT,
  organisation TEXT,
  asker_id TEXT NOT NULL,
  question TEXT NOT NULL,
  bot_answer TEXT NOT NULL,
  citations TEXT NOT NULL,
  reason TEXT NOT NULL,
  user_context TEXT,
  topic TEXT,
  status TEXT NOT NULL,
  assignee TEXT,
  ministry_answer TEXT,
  received_at BIGINT NOT NULL,
  assigned_at BIGINT,
  answered_at BIGINT,
  delivered_at BIGINT,
  closed_at BIGINT,
  delivery TEXT,
  delivery_attempts INTEGER NOT NULL DEFAULT 0,
  delivery_error TEXT,
  next_delivery_at BIGINT,
  delivery_claimed_until BIGINT,
  purged_at BIGINT
);
CREATE INDEX questions_received ON questions (received_at);
CREATE INDEX questions_status ON questions (status, received_at);
CREATE INDEX questions_asker ON questions (asker_id);
CREATE INDEX questions_delivery ON questions (status, delivered_at, next_delivery_at);

-- Display names live apart from entries so erasure is one DELETE.
CREATE TABLE askers (
  asker_id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE audit_events (
  id {{AUTO_ID}},
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  question_id TEXT,
  detail TEXT
);
CREATE INDEX audit_events_question ON audit_events (question_id, at);

CREATE TABLE counters (
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  surface TEXT NOT NULL,
  topic TEXT NOT NULL,
  count BIGINT NOT NULL,
  PRIMARY KEY (day, kind, surface, topic)
);

CREATE TABLE console_users (
  login TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);

CREATE TABLE console_sessions (
  token_hash TEXT PRIMARY KEY,
  login TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX console_sessions_login ON console_sessions (login);

CREATE TABLE faq_entries (
  id {{AUTO_ID}},
  question_id TEXT,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  published_by TEXT NOT NULL,
  published_at BIGINT NOT NULL
);

CREATE TABLE organisations (
  workspace_id TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
