-- Entente schema, version 9: one row that instances lock, one at a time, while they register their timed jobs with
-- Quartz at start-up (jobs.SchedulerStartLock). Two instances starting together on a new database otherwise both
-- insert the same job into QRTZ_JOB_DETAILS and the second one fails to start (duplicate key).

CREATE TABLE scheduler_start_lock (
    id  TINYINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO scheduler_start_lock (id) VALUES (1);
