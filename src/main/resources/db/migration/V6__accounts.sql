-- Entente schema, version 6: accounts, per-alliance access, server-side sessions, API tokens and invitations.

-- A person who logs in. password_hash is NULL until an invitation is accepted (such an account cannot log in).
CREATE TABLE app_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    name           VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(100) NULL,
    administrator  BOOLEAN      NOT NULL DEFAULT FALSE,
    disabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(3)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who may see (MEMBER) or edit (MANAGER) which alliance; administrators see and edit every alliance.
CREATE TABLE alliance_access (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT      NOT NULL,
    alliance_id  BIGINT      NOT NULL,
    role         VARCHAR(16) NOT NULL,
    CONSTRAINT uk_alliance_access UNIQUE (user_id, alliance_id),
    CONSTRAINT fk_alliance_access_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_alliance_access_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A logged-in browser: only the SHA-256 hash of the cookie's random value is kept. Logout deletes the row.
CREATE TABLE login_session (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    CONSTRAINT uk_login_session_token UNIQUE (token_hash),
    CONSTRAINT fk_login_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_login_session_expires ON login_session (expires_at);

-- A personal API token (sent as Authorization: Bearer); only its SHA-256 hash is kept.
CREATE TABLE api_token (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash    CHAR(64)    NOT NULL,
    user_id       BIGINT      NOT NULL,
    name          VARCHAR(80) NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    last_used_on  DATE        NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A one-time invitation link for an account that has no password yet.
CREATE TABLE invitation (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row once the first administrator exists: the first-run setup page works only while it is missing,
-- and its primary key makes two simultaneous setups impossible.
CREATE TABLE first_run (
    id          TINYINT     NOT NULL PRIMARY KEY,
    done_at     DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
