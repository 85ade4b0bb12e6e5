-- Entente schema, version 4: secret calendar feed addresses (only a SHA-256 hash of each secret is kept),
-- alliance-wide blackout periods and extra days off per office.

CREATE TABLE calendar_feed (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id      BIGINT,
    person_id    BIGINT,
    secret_hash  CHAR(64)     NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_feed_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    CONSTRAINT fk_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT uk_feed_secret UNIQUE (secret_hash),
    CONSTRAINT uk_feed_body UNIQUE (body_id),
    CONSTRAINT uk_feed_person UNIQUE (person_id),
    CONSTRAINT ck_feed_owner CHECK ((body_id IS NULL) <> (person_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE blackout (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alliance_id  BIGINT       NOT NULL,
    first_day    DATE         NOT NULL,
    last_day     DATE         NOT NULL,
    name         VARCHAR(120) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_blackout_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE,
    CONSTRAINT ck_blackout_order CHECK (first_day <= last_day),
    INDEX ix_blackout_alliance (alliance_id, first_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE office_day_off (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    office_id    BIGINT       NOT NULL,
    off_date     DATE         NOT NULL,
    name         VARCHAR(120) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_day_off_office FOREIGN KEY (office_id) REFERENCES office (id) ON DELETE CASCADE,
    CONSTRAINT uk_day_off UNIQUE (office_id, off_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
