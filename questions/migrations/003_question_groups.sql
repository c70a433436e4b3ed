-- Similar questions grouped (issue 13): group_id is the id of the group's first question (its lead); NULL when
-- the question stands alone. group_split = 1 once an official took the question out of a group: it is never
-- grouped automatically again.
ALTER TABLE questions ADD COLUMN group_id BIGINT;
ALTER TABLE questions ADD COLUMN group_split INTEGER NOT NULL DEFAULT 0;
CREATE INDEX questions_group ON questions (group_id);
