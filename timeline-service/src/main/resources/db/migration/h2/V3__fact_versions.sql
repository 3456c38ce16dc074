-- Corrections and retractions (issue 4): a fact's receipt also says which version it is at, whether it stands,
-- and where on its track the events of its latest version and of its current wording are. Null sequences mean
-- the fact was never changed: both are then the fact's own sequence. sequence and recorded_at stay those of
-- the first recording, which is what a retry of the original POST is answered with.
ALTER TABLE fact_receipt ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE fact_receipt ADD COLUMN status VARCHAR(16) DEFAULT 'current' NOT NULL;
ALTER TABLE fact_receipt ADD COLUMN version_sequence BIGINT;
ALTER TABLE fact_receipt ADD COLUMN content_sequence BIGINT;

-- One row per correction or retraction: the change's own id (its CloudEvent id), the fact and version it made,
-- and its place on the track. A new fact may not take a change's id, or consumers that drop duplicates by event
-- id would drop the fact.
CREATE TABLE fact_change (
    change_id UUID    NOT NULL PRIMARY KEY,
    fact_id   UUID    NOT NULL,
    version   INTEGER NOT NULL,
    sequence  BIGINT  NOT NULL,
    UNIQUE (fact_id, version)
);
