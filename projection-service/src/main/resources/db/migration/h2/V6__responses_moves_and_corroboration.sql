-- Issue 19 (V6: issue 17 adds a V5 of its own at the same time). Every table keeps the time-travel design: a row per
-- version of the fact it comes from, valid from recorded_at until valid_to (null while current).

-- Sources added to facts are logged as changes of their own (kind source-added), at the version the fact is at: a
-- fact's version is no longer unique among its changes. stance: confirms or disputes, for an added source only.
drop index fact_change_by_fact;
create index fact_change_by_fact on fact_change (fact_id, version);
alter table fact_change add column stance varchar(16);

-- What each fact answers (its respondsTo), one row per fact answered, with what the ledger needs of the response
-- itself. Chains are walked from either end: by the response (fact_id) and by the fact answered (responds_to).
-- start_day is period_start as a count of days since 1970-01-01, so that days between facts are a subtraction
-- that H2 and PostgreSQL write alike.
create table fact_response (
    fact_id      uuid                        not null,
    version      integer                     not null,
    responds_to  uuid                        not null,
    relation     varchar(16)                 not null,
    type         varchar(255)                not null,
    by_country   varchar(2),
    occurred_on  varchar(64)                 not null,
    start_day    integer                     not null,
    recorded_at  timestamp(6) with time zone not null,
    valid_to     timestamp(6) with time zone,
    primary key (fact_id, version, responds_to)
);
create index fact_response_to on fact_response (responds_to, fact_id);

-- The moves of one country against another (an expulsion, a seizure, a dispute raised, a proposal made), with the
-- quantity their details give (diplomats expelled, properties seized), for the reciprocity ledger.
create table fact_move (
    fact_id         uuid                        not null,
    version         integer                     not null,
    track           varchar(255)                not null,
    type            varchar(255)                not null,
    by_country      varchar(2)                  not null,
    against_country varchar(2)                  not null,
    quantity        integer,
    occurred_on     varchar(64)                 not null,
    period_start    date                        not null,
    period_end      date                        not null,
    start_day       integer                     not null,
    recorded_at     timestamp(6) with time zone not null,
    valid_to        timestamp(6) with time zone,
    primary key (fact_id, version)
);
create index fact_move_by_pair on fact_move (by_country, against_country, period_start);

-- How well each fact is corroborated: a row per state, valid from the event that made it (the fact, a correction, a
-- source added, a retraction). summary is the entry's `corroboration` as served; basis the sources it was counted
-- from, to count again when another comes.
create table fact_corroboration (
    fact_id     uuid                        not null,
    level       varchar(16)                 not null,
    summary     clob                        not null,
    basis       clob                        not null,
    recorded_at timestamp(6) with time zone not null,
    valid_to    timestamp(6) with time zone,
    primary key (fact_id, recorded_at)
);
create index fact_corroboration_by_level on fact_corroboration (level, fact_id);

-- The three read models above are new: Kafka will not deliver the events already applied again, so they are filled
-- from the change log at the next start (consumption.ChangeLogFill), each row here saying how far that has come. When
-- facts of the first release still wait to be replayed (fact_to_replay), that replay fills them as every other.
create table read_model_to_fill (
    read_model        varchar(64)                 primary key,
    after_recorded_at timestamp(6) with time zone,
    after_event_id    uuid
);
insert into read_model_to_fill (read_model) select 'responses' where not exists (select 1 from fact_to_replay);
insert into read_model_to_fill (read_model) select 'moves' where not exists (select 1 from fact_to_replay);
insert into read_model_to_fill (read_model) select 'corroboration' where not exists (select 1 from fact_to_replay);
