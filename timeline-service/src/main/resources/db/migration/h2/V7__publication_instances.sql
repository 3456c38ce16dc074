-- Issue 18 (more than one of everything). Each timeline-service instance notes itself here every second, so that the
-- instances sharing this event store share publication's segments fairly (PublicationInstances). seen_at is the
-- database's time.
CREATE TABLE publication_instance (
    instance_id VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
