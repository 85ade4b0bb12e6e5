-- Entente schema, version 14: an ice-breaker question is stored once, whatever its case or the spaces around it.
-- Before this the service checked for a duplicate and then inserted, so two adds at the same moment could both pass.
--
-- The key is the question trimmed and in lower case, compared byte for byte (utf8mb4_bin): the table's collation,
-- utf8mb4_unicode_ci, would also make 'Café' and 'Cafe' (or 'ß' and 'ss') the same question, which they are not.
--
-- Existing duplicates are merged first. Nothing refers to an ice-breaker by its id (a meeting keeps a copy of the
-- question's text in meeting.icebreaker), so merging only deletes rows: of each group the oldest row stays, active
-- when any of the group was, with a new version so that an edit form opened before the merge is refused as stale.

UPDATE icebreaker keep
JOIN (SELECT MIN(id) AS id, MAX(active) AS active
      FROM icebreaker
      GROUP BY LOWER(TRIM(question)) COLLATE utf8mb4_bin
      HAVING COUNT(*) > 1) grp ON grp.id = keep.id
SET keep.active = grp.active, keep.version = keep.version + 1;

DELETE dup FROM icebreaker dup
JOIN icebreaker keep ON LOWER(TRIM(keep.question)) COLLATE utf8mb4_bin = LOWER(TRIM(dup.question)) COLLATE utf8mb4_bin
                    AND keep.id < dup.id;

ALTER TABLE icebreaker
    ADD COLUMN question_key VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
        AS (LOWER(TRIM(question))) STORED,
    ADD CONSTRAINT uk_icebreaker_question UNIQUE (question_key);
