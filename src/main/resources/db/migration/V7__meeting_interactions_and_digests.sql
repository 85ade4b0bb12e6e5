-- Entente schema, version 7: interactions logged from held meetings, and the weekly keep-in-touch digests sent.

-- An interaction logged automatically when a meeting was marked held carries the meeting's uid, which stays the same
-- across plan versions; one per meeting and person, so that saving the meeting again updates instead of duplicating.
ALTER TABLE interaction
    ADD COLUMN meeting_uid VARCHAR(100) NULL AFTER note,
    ADD CONSTRAINT uk_interaction_meeting_person UNIQUE (meeting_uid, person_id);

-- One row per recipient address and week whose digest was emailed; the unique key makes a second run of the weekly
-- job (a double fire, a second instance) send nothing twice.
CREATE TABLE digest_sent (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    week_of    DATE         NOT NULL,
    recipient  VARCHAR(254) NOT NULL,
    people     INT          NOT NULL,
    sent_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_digest_sent UNIQUE (week_of, recipient)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
