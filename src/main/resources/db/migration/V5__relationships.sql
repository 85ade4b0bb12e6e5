-- Entente schema, version 5: keeping relationships alive between meetings.

-- An alliance's own keep-in-touch cadence per stakeholder stance; a stance without a row keeps the built-in
-- default (decision-maker 3 months, skeptic 3, trailblazer 6, not yet known 6).
CREATE TABLE keep_in_touch_default (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alliance_id  BIGINT      NOT NULL,
    stance       VARCHAR(20) NOT NULL,
    months       INT         NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_keep_in_touch_default UNIQUE (alliance_id, stance),
    CONSTRAINT fk_keep_in_touch_default_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's own cadence (months NULL: the default of their stance) and the owner on our side.
CREATE TABLE keep_in_touch (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT NOT NULL,
    months     INT    NULL,
    owner_id   BIGINT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_keep_in_touch_person UNIQUE (person_id),
    CONSTRAINT fk_keep_in_touch_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_keep_in_touch_owner FOREIGN KEY (owner_id) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every contact with a person, logged by hand; the latest one resets their keep-in-touch clock.
CREATE TABLE interaction (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    date       DATE         NOT NULL,
    note       VARCHAR(500) NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_interaction_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_interaction_person (person_id, date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The tips library: short relationship and ice-breaker tips, optionally aimed at one stance.
CREATE TABLE tip (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    text     VARCHAR(300) NOT NULL,
    stance   VARCHAR(20)  NULL,
    version  BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tip (text, stance) VALUES
('Ask where they are working from today, and remember it next time.', NULL),
('Open the video call ten minutes early and chat with whoever joins first.', NULL),
('Offer a virtual tour of your studio or office.', NULL),
('Send them an article on something they care about, with one line on why it made you think of them.', NULL),
('Plan a dinner together at the next in-person meeting.', NULL),
('Ask what they are proud of this quarter.', NULL),
('Congratulate them on a public win of their team.', NULL),
('Ask for their advice on a problem you are really facing.', 'SKEPTIC'),
('Share an early draft and ask for their honest objections before the meeting.', 'SKEPTIC'),
('Walk them through the evidence behind a decision, not just the decision.', 'SKEPTIC'),
('Ask what would make the alliance a clear success for them in a year.', 'DECISION_MAKER'),
('Send a one-paragraph summary of progress, with the one decision you need from them.', 'DECISION_MAKER'),
('Offer fifteen minutes with your executive sponsor.', 'DECISION_MAKER'),
('Invite them to present their idea at the next steering committee.', 'TRAILBLAZER'),
('Introduce them to someone on your side working on the same idea.', 'TRAILBLAZER'),
('Ask them to try a new tool or prototype first and tell you what they think.', 'TRAILBLAZER'),
('Ask how they like to be kept informed: email, call or a quick message.', 'UNKNOWN'),
('Have a coffee with them before or after the next meeting.', 'UNKNOWN'),
('Ask what their week looks like and whether now is a good time.', 'UNKNOWN'),
('Remember a personal detail they shared and ask about it.', NULL),
('Send a short thank-you note after they helped.', NULL),
('Ask about a local holiday or festival in their city.', NULL),
('Share a photo from your office or city, and ask for one from theirs.', NULL),
('Ask for a book or podcast recommendation.', NULL),
('Offer help with something on their plate, however small.', NULL),
('Call instead of emailing when the news is not good.', NULL),
('When you travel to their city, ask for a lunch recommendation, or lunch.', NULL);
