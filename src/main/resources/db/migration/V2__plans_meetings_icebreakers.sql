-- Entente schema, version 2: accepted plans (versions per body), their meetings, attendance and ice-breakers.

CREATE TABLE plan (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id         BIGINT       NOT NULL,
    plan_version    INT          NOT NULL,
    accepted_at     DATETIME(3)  NOT NULL,
    changed_count   INT          NOT NULL DEFAULT 0,
    report_json     MEDIUMTEXT   NOT NULL,
    CONSTRAINT fk_plan_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    CONSTRAINT uk_plan_version UNIQUE (body_id, plan_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id           BIGINT       NOT NULL,
    body_id           BIGINT       NOT NULL,
    uid               VARCHAR(100) NOT NULL,
    sequence_no       INT          NOT NULL,
    start_utc         DATETIME     NOT NULL,
    end_utc           DATETIME     NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    mode              VARCHAR(10)  NOT NULL,
    host_partner_id   BIGINT,
    office_id         BIGINT,
    launch            BOOLEAN      NOT NULL DEFAULT FALSE,
    dinner            BOOLEAN      NOT NULL DEFAULT FALSE,
    social_start      BOOLEAN      NOT NULL DEFAULT FALSE,
    locked            BOOLEAN      NOT NULL DEFAULT FALSE,
    status            VARCHAR(12)  NOT NULL,
    icebreaker        VARCHAR(300),
    video_link        VARCHAR(500),
    venue_address     VARCHAR(300),
    moved_from        DATE,
    moved_reason      VARCHAR(200),
    inconvenient_slot BOOLEAN      NOT NULL DEFAULT FALSE,
    changed           BOOLEAN      NOT NULL DEFAULT FALSE,
    revision          INT          NOT NULL DEFAULT 0,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_partner FOREIGN KEY (host_partner_id) REFERENCES partner (id) ON DELETE SET NULL,
    CONSTRAINT fk_meeting_office FOREIGN KEY (office_id) REFERENCES office (id) ON DELETE SET NULL,
    CONSTRAINT uk_meeting_sequence UNIQUE (plan_id, sequence_no),
    INDEX ix_meeting_body_start (body_id, start_utc)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_attendee (
    meeting_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE icebreaker (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question  VARCHAR(300) NOT NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ice-breaker library that ships with Entente (editable in the app).
INSERT INTO icebreaker (question) VALUES
 ('Where are you working from today?'),
 ('What is the view from your window right now?'),
 ('What was the best thing that happened to you this week?'),
 ('What are you reading, watching or listening to at the moment?'),
 ('What is a small win your team had since we last met?'),
 ('Which place would you love to show a visitor in your city?'),
 ('What did you have for lunch, and would you recommend it?'),
 ('What is one thing on your desk that has a story?'),
 ('What skill are you learning or would like to learn?'),
 ('What was your first job?'),
 ('What is the weather like where you are, and what do you do on a day like this?'),
 ('Who in your organisation helped you most this month?'),
 ('What is a tradition in your country that visitors find surprising?'),
 ('What is the last trip you took, for work or for fun?'),
 ('What does a perfect weekend look like for you?'),
 ('What is a tool or habit that makes your working day easier?'),
 ('What would you do with an extra hour every day?'),
 ('What is your favourite local dish that we should try at our next dinner?'),
 ('What did you want to be when you were a child?'),
 ('What is one thing our two companies do differently that you admire?'),
 ('What are you most looking forward to this quarter?'),
 ('Which podcast or newsletter would you recommend to this group?'),
 ('What is the best advice you received at work?'),
 ('What hobby takes you away from screens?'),
 ('What is a recent customer story that made you proud?'),
 ('If you could work from anywhere for a month, where would it be?'),
 ('What is a word or phrase from your language that has no good translation?'),
 ('What is the most useful thing you learned from this alliance so far?'),
 ('What public holiday or festival are you looking forward to?'),
 ('What is something you are grateful for this week?'),
 ('Which sports team, if any, do you follow, and how are they doing?'),
 ('What is the best meal you ever had on a business trip?');
