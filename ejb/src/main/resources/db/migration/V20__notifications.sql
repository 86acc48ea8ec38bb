-- In-app notifications about what falls due (reviews, actions, evidence, risks, obligations, incident
-- reporting deadlines), one row per user and thing; the dedup key (kind, item, due date) keeps a rerun of
-- the daily job from creating the same notification twice. The text is rendered in the reader's language
-- from the kind and the item's label, so nothing language-bound is stored.
CREATE TABLE notification (
    id BIGINT NOT NULL AUTO_INCREMENT,
    username VARCHAR(80) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    item_label VARCHAR(400) NOT NULL,
    link VARCHAR(300) NOT NULL,
    due_at DATETIME(6) NOT NULL,
    dedup_key VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    read_at DATETIME(6),
    emailed_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_dedup UNIQUE (username, dedup_key)
);
-- The unread count on every page and the inbox, newest first.
CREATE INDEX ix_notification_user_read ON notification (username, read_at);
-- The mail runs look only at the last days.
CREATE INDEX ix_notification_created ON notification (created_at);

-- How a user wants to hear about notifications by e-mail (no row: e-mail on, daily digest).
CREATE TABLE notification_preference (
    username VARCHAR(80) NOT NULL,
    email_enabled BOOLEAN DEFAULT TRUE NOT NULL,
    digest VARCHAR(10) NOT NULL,
    last_digest_at DATETIME(6),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (username)
);
