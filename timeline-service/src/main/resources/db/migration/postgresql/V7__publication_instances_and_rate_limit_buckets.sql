-- Issue 18 (more than one of everything). Each timeline-service instance notes itself here every second, so that the
-- instances sharing this event store share publication's segments fairly (PublicationInstances). seen_at is the
-- database's time.
CREATE TABLE publication_instance (
    instance_id VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- The write rate limit's token buckets, one per client, shared by every instance (Bucket4j's PostgreSQL proxy
-- manager: its state, and when an untouched bucket is full again and may be forgotten, in epoch milliseconds).
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(512) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_expiry ON rate_limit_bucket (expires_at);
