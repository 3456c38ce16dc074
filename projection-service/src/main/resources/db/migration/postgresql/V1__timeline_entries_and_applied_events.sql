-- One row per fact on the timeline. The fact itself is kept whole in `document`, as published, so that new
-- vocabulary types and their details need no migration; the other columns exist to filter and order by.
create table timeline_entry (
    id           uuid         primary key,
    track        varchar(255) not null,
    type         varchar(255) not null,
    occurred_on  varchar(64)  not null,
    period_start date         not null,
    period_end   date         not null,
    recorded_at  timestamptz  not null,
    sequence     bigint,
    document     text         not null
);

-- The default query: one track, earliest first, keyset-paged on (period_start, recorded_at, id).
create index timeline_entry_by_track_in_order on timeline_entry (track, period_start, recorded_at, id);
-- The same order across every track.
create index timeline_entry_in_order on timeline_entry (period_start, recorded_at, id);

-- Every event applied to the read models, written in the same transaction as their change, so that a
-- redelivered record changes nothing.
create table applied_event (
    event_id   varchar(255) primary key,
    applied_at timestamptz  not null
);
