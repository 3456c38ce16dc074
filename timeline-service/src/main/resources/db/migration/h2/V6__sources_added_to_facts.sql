-- V6, not V5: issue 18 adds a V5 of its own at the same time.
-- Sources added to recorded facts (issue 19): one row per addition, its own id (its CloudEvent id), the fact and its
-- place on the track. Like a correction's, an addition's id is never taken by a new fact: consumers that drop
-- duplicates by event id would drop the fact. An addition makes no new version of the fact, so it has a table of its
-- own rather than a row of fact_change, whose versions are unique per fact.
CREATE TABLE fact_source (
    change_id UUID   NOT NULL PRIMARY KEY,
    fact_id   UUID   NOT NULL,
    sequence  BIGINT NOT NULL
);
