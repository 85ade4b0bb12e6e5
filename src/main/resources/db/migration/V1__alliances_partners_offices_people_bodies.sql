-- Entente schema, version 1: alliances, partner organisations, offices, people and governance bodies.

CREATE TABLE alliance (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    purpose      VARCHAR(2000),
    status       VARCHAR(20)  NOT NULL,
    launch_date  DATE,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_alliance_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partner (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alliance_id  BIGINT       NOT NULL,
    name         VARCHAR(120) NOT NULL,
    ours         BOOLEAN      NOT NULL DEFAULT FALSE,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_partner_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE,
    CONSTRAINT uk_partner_name UNIQUE (alliance_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE office (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id     BIGINT      NOT NULL,
    city           VARCHAR(120) NOT NULL,
    country        CHAR(2)     NOT NULL,
    subdivision    VARCHAR(10),
    time_zone      VARCHAR(64) NOT NULL,
    workday_start  TIME        NOT NULL,
    workday_end    TIME        NOT NULL,
    default_venue  BOOLEAN     NOT NULL DEFAULT FALSE,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_office_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id  BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    title       VARCHAR(120),
    roles       VARCHAR(200),
    stance      VARCHAR(20)  NOT NULL,
    notes       VARCHAR(2000),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_person_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
    CONSTRAINT uk_person_email UNIQUE (partner_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE governance_body (
    id                          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alliance_id                 BIGINT       NOT NULL,
    name                        VARCHAR(120) NOT NULL,
    kind                        VARCHAR(30)  NOT NULL,
    chair_id                    BIGINT,
    cadence_every               INT          NOT NULL,
    cadence_unit                VARCHAR(10)  NOT NULL,
    cadence_weekday             VARCHAR(10),
    cadence_week_of_month       INT,
    first_date                  DATE         NOT NULL,
    meeting_count               INT,
    until_date                  DATE,
    local_time                  TIME         NOT NULL,
    duration_minutes            INT          NOT NULL,
    time_zone                   VARCHAR(64)  NOT NULL,
    in_person_share             DECIMAL(5,4) NOT NULL,
    hybrid_allowed              BOOLEAN      NOT NULL DEFAULT FALSE,
    max_video_in_a_row          INT,
    trips_per_partner_per_year  INT,
    dinner_every                INT,
    launch_in_person            BOOLEAN      NOT NULL DEFAULT TRUE,
    launch_host_partner_id      BIGINT,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_body_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE,
    CONSTRAINT fk_body_chair FOREIGN KEY (chair_id) REFERENCES person (id) ON DELETE SET NULL,
    CONSTRAINT fk_body_launch_host FOREIGN KEY (launch_host_partner_id) REFERENCES partner (id) ON DELETE SET NULL,
    CONSTRAINT uk_body_name UNIQUE (alliance_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE body_member (
    body_id    BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (body_id, person_id),
    CONSTRAINT fk_member_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE body_host_weight (
    body_id     BIGINT NOT NULL,
    partner_id  BIGINT NOT NULL,
    weight      INT    NOT NULL,
    PRIMARY KEY (body_id, partner_id),
    CONSTRAINT fk_weight_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    CONSTRAINT fk_weight_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
