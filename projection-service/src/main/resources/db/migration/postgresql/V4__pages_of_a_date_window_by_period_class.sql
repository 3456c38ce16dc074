-- Issue 6 (performance).
--
-- A page of the timeline in a date window: entries overlap [from, to] when period_start <= to and period_end >= from,
-- in the order of period_start. An index on period_start gives the order and the end of the range (to), but not its
-- start: an entry that started long before `from` may still reach it, so the index was read from the track's first
-- entry on, and a page late in a long track read every entry before it. Each entry now has the class of its period's
-- length (timeline.PeriodSpan: 0 one day, 1 up to 31 days, 2 up to 366 days, 3 longer); within a class the longest period is
-- known, so the entries of a class that can reach `from` start at most that long before it. The ordered indexes lead
-- with the class, and a page is read class by class from there.
-- Computed from the period by the database itself, so that nothing that writes entries can get it wrong.
alter table timeline_entry add column span_class smallint generated always as (case
    when (period_end - period_start) = 0 then 0
    when (period_end - period_start) <= 31 then 1
    when (period_end - period_start) <= 366 then 2
    else 3 end) stored;
drop index timeline_entry_by_track_in_order;
drop index timeline_entry_in_order;
create index timeline_entry_by_track_in_order on timeline_entry (track, span_class, period_start, recorded_at, id);
create index timeline_entry_in_order on timeline_entry (span_class, period_start, recorded_at, id);

-- A replay empties every read model. DELETE of a million rows took H2 minutes, so the tables are now truncated, which
-- H2 neither rolls back nor does in one transaction (each TRUNCATE commits). While that runs this table holds a row:
-- a crash half-way leaves it there, and the next start empties the rest before consuming anything, so no read model
-- is left half forgotten (readmodel.ReadModelReset).
create table read_model_reset (
    begun_at timestamptz not null
);
