-- Entente schema, version 3: the launch event checklist of an alliance.

-- One row per alliance whose standard checklist was created, so that it is created once (the first time the
-- launch page is opened) and not again after the items were deleted.
CREATE TABLE launch_checklist (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alliance_id  BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uk_launch_checklist_alliance UNIQUE (alliance_id),
    CONSTRAINT fk_launch_checklist_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A standard item (kind set) is due days_before the launch date unless due_date overrides it; a custom item
-- (kind NULL) has its own due_date or none. body_id names the body of a governance charter item.
CREATE TABLE launch_item (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alliance_id  BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    owner_id     BIGINT       NULL,
    days_before  INT          NULL,
    due_date     DATE         NULL,
    done         BOOLEAN      NOT NULL DEFAULT FALSE,
    done_at      DATETIME(3)  NULL,
    position     INT          NOT NULL,
    kind         VARCHAR(30)  NULL,
    body_id      BIGINT       NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_launch_item_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE,
    CONSTRAINT fk_launch_item_owner FOREIGN KEY (owner_id) REFERENCES person (id) ON DELETE SET NULL,
    CONSTRAINT fk_launch_item_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    INDEX ix_launch_item_alliance (alliance_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
