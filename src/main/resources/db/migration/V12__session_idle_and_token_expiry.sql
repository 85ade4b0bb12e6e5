-- A session also ends after a time without requests (entente.auth.session-idle-timeout): when it was last seen.
ALTER TABLE login_session ADD COLUMN last_seen_at DATETIME(3) NULL;
UPDATE login_session SET last_seen_at = created_at;
ALTER TABLE login_session MODIFY last_seen_at DATETIME(3) NOT NULL;

-- A personal API token may end at a chosen time; NULL means it works until revoked.
ALTER TABLE api_token ADD COLUMN expires_at DATETIME(3) NULL;
