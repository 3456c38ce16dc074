-- The live stream (GET /api/timeline/stream) resumes from a position in the change log: the order in which changes
-- were applied and committed, which recorded_at is not (facts of different partitions arrive in any order). One
-- counter row, locked by the transaction that applies a poll, numbers its changes, so that positions become visible
-- in their order even with several consumers.
alter table fact_change add column log_position bigint;
merge into fact_change c
    using (select event_id, row_number() over (order by recorded_at, event_id) as position from fact_change) n
    on c.event_id = n.event_id
    when matched then update set c.log_position = n.position;
alter table fact_change alter column log_position set not null;
create unique index fact_change_in_log_order on fact_change (log_position);

create table change_log_position (
    last_position bigint not null
);
insert into change_log_position (last_position) select coalesce(max(log_position), 0) from fact_change;
