-- Per-partner caps on trips per calendar year for a body; policy.tripsPerPartnerPerYear stays the default for the
-- partners not named here.
CREATE TABLE body_trip_cap (
    body_id     BIGINT NOT NULL,
    partner_id  BIGINT NOT NULL,
    trips       INT    NOT NULL,
    PRIMARY KEY (body_id, partner_id),
    CONSTRAINT fk_trip_cap_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    CONSTRAINT fk_trip_cap_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
