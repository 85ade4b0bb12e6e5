-- Entente schema, version 13: failed logins shared by every instance, and the audit trail of security events.

-- Failed logins in the throttle's window, one row per counted key: an account as tried from one client address, or
-- one client address across all accounts. key_hash is the SHA-256 of the key, so neither a typed email (which may
-- be a password typed into the wrong field) nor an address is kept in clear. A failure is one upsert; rows whose
-- last failure left the window are deleted as failures come in and by the daily housekeeping.
CREATE TABLE login_failure (
    key_hash         CHAR(64)    NOT NULL PRIMARY KEY,
    failures         INT         NOT NULL,
    last_failure_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
CREATE INDEX ix_login_failure_last ON login_failure (last_failure_at);

-- Security events: who did what (actor), to whom (subject), from which address, on which route and record. Never a
-- password, token, secret or cookie. Kept for entente.audit.retention, then deleted by the daily housekeeping.
CREATE TABLE security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(3)  NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_email    VARCHAR(254) NULL,
    subject_id     BIGINT       NULL,
    subject_email  VARCHAR(254) NULL,
    address        VARCHAR(64)  NULL,
    method         VARCHAR(10)  NULL,
    path           VARCHAR(300) NULL,
    record_kind    VARCHAR(40)  NULL,
    record_id      BIGINT       NULL,
    status         INT          NULL,
    detail         VARCHAR(300) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
CREATE INDEX ix_security_event_kind ON security_event (kind, occurred_at);
CREATE INDEX ix_security_event_actor ON security_event (actor_email, occurred_at);
CREATE INDEX ix_security_event_subject ON security_event (subject_email, occurred_at);
