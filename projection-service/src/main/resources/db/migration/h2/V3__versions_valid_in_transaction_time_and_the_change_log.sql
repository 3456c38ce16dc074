-- Corrections and retractions (issue 4): nothing is overwritten any more. Every row of every read model is one version
-- of a fact, valid in transaction time from its recorded_at (when that version was recorded) until valid_to (when
-- the next version or the retraction was recorded; null while it is current knowledge). A correction closes the
-- fact's current rows and adds rows for the corrected fact; a retraction closes them, and the timeline adds a row
-- saying the fact was retracted. "As of T" reads the rows with recorded_at <= T and (valid_to is null or > T).
-- The rows stored before this version are version 1 of their fact, valid from their recorded_at until now.

-- Every event applied: the creation of a fact, each correction, the retraction, with its data as received. The
-- source of a fact's history, of the change feed, and of the digest (one line per event, as timeline-service counts).
create table fact_change (
    event_id    uuid                        primary key,
    fact_id     uuid                        not null,
    track       varchar(255)                not null,
    fact_type   varchar(255)                not null,
    -- created, corrected or retracted
    kind        varchar(16)                 not null,
    version     integer                     not null,
    recorded_at timestamp(6) with time zone not null,
    reason      clob,
    -- JSON, as the change gave it
    source      clob,
    data        clob                        not null
);
create unique index fact_change_by_fact on fact_change (fact_id, version);
create index fact_change_in_recorded_order on fact_change (recorded_at, event_id);
-- Facts stored before were created by the event of their own id, with their document as its data. Facts still
-- waiting in fact_to_replay (an upgrade from the first release) were applied too: their events are in applied_event.
insert into fact_change (event_id, fact_id, track, fact_type, kind, version, recorded_at, data)
    select id, id, track, type, 'created', 1, recorded_at, document from timeline_entry;
insert into fact_change (event_id, fact_id, track, fact_type, kind, version, recorded_at, data)
    select id, id, track, type, 'created', 1, recorded_at, document from fact_to_replay;

-- The timeline: a row per version, and one more for a retraction (status retracted, with its reason and source).
-- recorded_at is the version's; first_recorded_at when the fact was first recorded.
alter table timeline_entry add column version integer default 1 not null;
alter table timeline_entry add column status varchar(16) default 'current' not null;
alter table timeline_entry add column first_recorded_at timestamp(6) with time zone;
update timeline_entry set first_recorded_at = recorded_at;
alter table timeline_entry alter column first_recorded_at set not null;
alter table timeline_entry add column valid_to timestamp(6) with time zone;
alter table timeline_entry add column retraction_reason clob;
alter table timeline_entry add column retraction_source clob;
alter table timeline_entry drop primary key;
alter table timeline_entry add primary key (id, version);
-- The ordered indexes (track, period_start, recorded_at, id) stay as they are: the current rows are all but a few,
-- so a page of them is read in index order with the closed rows skipped by the filter on valid_to.

-- A version's facets belong to that version.
alter table timeline_facet add column version integer default 1 not null;
alter table timeline_facet drop primary key;
alter table timeline_facet add primary key (entry_id, version, facet, facet_value);
drop index timeline_facet_by_value;
create index timeline_facet_by_value on timeline_facet (facet, facet_value, entry_id, version);

alter table round_fact add column version integer default 1 not null;
alter table round_fact add column valid_to timestamp(6) with time zone;
alter table round_fact drop primary key;
alter table round_fact add primary key (fact_id, version);

alter table proposal add column version integer default 1 not null;
alter table proposal add column valid_to timestamp(6) with time zone;
alter table proposal drop primary key;
alter table proposal add primary key (id, version);

alter table proposal_answer add column version integer default 1 not null;
alter table proposal_answer add column valid_to timestamp(6) with time zone;
alter table proposal_answer drop primary key;
alter table proposal_answer add primary key (fact_id, version);

alter table dispute add column version integer default 1 not null;
alter table dispute add column valid_to timestamp(6) with time zone;
alter table dispute drop primary key;
alter table dispute add primary key (id, version);

alter table dispute_follow_up add column version integer default 1 not null;
alter table dispute_follow_up add column valid_to timestamp(6) with time zone;
alter table dispute_follow_up drop primary key;
alter table dispute_follow_up add primary key (fact_id, version);

alter table actor_appearance add column version integer default 1 not null;
alter table actor_appearance add column valid_to timestamp(6) with time zone;
alter table actor_appearance drop primary key;
alter table actor_appearance add primary key (fact_id, version, actor_id);

alter table statement_issued add column version integer default 1 not null;
alter table statement_issued add column valid_to timestamp(6) with time zone;
alter table statement_issued drop primary key;
alter table statement_issued add primary key (id, version);
