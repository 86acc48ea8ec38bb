-- Notifications are deleted now: by their reader, and by the daily run once read and old (retention). The
-- daily run tells each thing once per user and due date by looking for the dedup key among the existing
-- notifications, so a deleted notification leaves its key here while the thing is still due; otherwise the
-- next run would tell it again. The daily run drops a key as soon as the thing no longer falls due.
CREATE TABLE notification_deleted (
    id BIGINT NOT NULL AUTO_INCREMENT,
    username VARCHAR(80) NOT NULL,
    dedup_key VARCHAR(200) NOT NULL,
    deleted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_deleted UNIQUE (username, dedup_key)
);
