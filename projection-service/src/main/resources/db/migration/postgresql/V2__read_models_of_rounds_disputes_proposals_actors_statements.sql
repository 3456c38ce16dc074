-- The facts stored before this version go through every read model again, the timeline included, so that the
-- read models added here know them too (Kafka will not deliver them again). They wait in fact_to_replay, which the
-- service empties at start-up, before it consumes or answers anything (StoredFactReplay). A later version that
-- adds a read model can fill this table the same way.
create table fact_to_replay (
    id          uuid                        primary key,
    type        varchar(255)                not null,
    track       varchar(255)                not null,
    occurred_on varchar(64)                 not null,
    recorded_at timestamptz                 not null,
    sequence    bigint,
    document    text                        not null
);
insert into fact_to_replay (id, type, track, occurred_on, recorded_at, sequence, document)
    select id, type, track, occurred_on, recorded_at, sequence, document from timeline_entry;
delete from timeline_entry;

-- What q searches: title, summary and quotes, lowercase and without accents, for a LIKE that works everywhere.
alter table timeline_entry add column search_text text not null;

-- The values an entry can be filtered by that sit in lists inside its document: actor ids and names, countries,
-- topics (TimelineFacet).
create table timeline_facet (
    entry_id    uuid        not null,
    facet       varchar(16) not null,
    facet_value varchar     not null,
    primary key (entry_id, facet, facet_value)
);
create index timeline_facet_by_value on timeline_facet (facet, facet_value, entry_id);

-- Every fact of a round (scheduled, held, agenda, agreements and continued contacts from it), kept whole.
create table round_fact (
    fact_id      uuid                        primary key,
    track        varchar(255)                not null,
    round_number integer                     not null,
    type         varchar(255)                not null,
    period_start date                        not null,
    recorded_at  timestamptz                 not null,
    sequence     bigint,
    document     text                        not null
);
create index round_fact_by_round on round_fact (track, round_number);

-- Proposals, and their answers apart: an answer is joined to its proposal when read.
create table proposal (
    id           uuid                        primary key,
    track        varchar(255)                not null,
    occurred_on  varchar(64)                 not null,
    period_start date                        not null,
    recorded_at  timestamptz                 not null,
    title        text,
    proposal     text,
    proposed_by  varchar(255),
    proposed_to  varchar(255),
    round_number integer
);
create index proposal_by_track on proposal (track, period_start, recorded_at, id);
create table proposal_answer (
    fact_id      uuid                        primary key,
    proposal_id  uuid                        not null,
    outcome      varchar(255),
    answered_by  varchar(255),
    occurred_on  varchar(64)                 not null,
    period_start date                        not null,
    recorded_at  timestamptz                 not null
);
create index proposal_answer_by_proposal on proposal_answer (proposal_id);

-- Disputes as raised (the raising fact's id is the dispute's), and the facts that discussed or resolved one.
create table dispute (
    id           uuid                        primary key,
    track        varchar(255)                not null,
    kind         varchar(255),
    occurred_on  varchar(64)                 not null,
    period_start date                        not null,
    recorded_at  timestamptz                 not null,
    raised_by    varchar(255),
    against      varchar(255),
    title        text,
    details      text                        not null
);
create index dispute_by_track on dispute (track, period_start, recorded_at, id);
create table dispute_follow_up (
    fact_id      uuid                        primary key,
    dispute_id   uuid                        not null,
    type         varchar(255)                not null,
    track        varchar(255)                not null,
    round_number integer,
    occurred_on  varchar(64)                 not null,
    period_start date                        not null,
    recorded_at  timestamptz                 not null,
    resolution   text
);
create index dispute_follow_up_by_dispute on dispute_follow_up (dispute_id);
create index dispute_follow_up_by_track on dispute_follow_up (track);

-- One row per person per fact that mentions them; actors are folded from these when read.
create table actor_appearance (
    fact_id      uuid                        not null,
    actor_id     varchar                     not null,
    name         varchar                     not null,
    country      varchar(255),
    office       varchar,
    role         varchar,
    track        varchar(255)                not null,
    type         varchar(255)                not null,
    occurred_on  varchar(64)                 not null,
    period_start date                        not null,
    recorded_at  timestamptz                 not null,
    title        text,
    primary key (fact_id, actor_id)
);
create index actor_appearance_by_actor on actor_appearance (actor_id, period_start, recorded_at);

-- Statements, kept whole, with what they are looked up by.
create table statement_issued (
    id            uuid                        primary key,
    track         varchar(255)                not null,
    occurred_on   varchar(64)                 not null,
    period_start  date                        not null,
    recorded_at   timestamptz                 not null,
    speaker_id    varchar,
    speaker_name  varchar,
    about_fact_id uuid,
    document      text                        not null
);
create index statement_issued_in_order on statement_issued (period_start, recorded_at, id);
create index statement_issued_by_speaker on statement_issued (speaker_id);
create index statement_issued_by_speaker_name on statement_issued (speaker_name);
create index statement_issued_about on statement_issued (about_fact_id);
