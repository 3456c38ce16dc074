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
    when datediff(day, period_start, period_end) = 0 then 0
    when datediff(day, period_start, period_end) <= 31 then 1
    when datediff(day, period_start, period_end) <= 366 then 2
    else 3 end);
drop index timeline_entry_by_track_in_order;
drop index timeline_entry_in_order;
create index timeline_entry_by_track_in_order on timeline_entry (track, span_class, period_start, recorded_at, id);
create index timeline_entry_in_order on timeline_entry (span_class, period_start, recorded_at, id);

-- Documents, change data and search texts are CLOBs, which H2 keeps apart from their rows (a LOB store of its own,
-- written and read separately) once they pass MAX_LENGTH_INPLACE_LOB, 256 bytes by default: nearly every fact. Up to
-- 16 KiB they now stay in their rows, written and read with them. A setting of the database, kept in its file; it
-- applies to values written from now on.
set max_length_inplace_lob 16384;

-- A replay empties every read model. DELETE of a million rows took H2 minutes, so the tables are now truncated, which
-- H2 neither rolls back nor does in one transaction (each TRUNCATE commits). While that runs this table holds a row:
-- a crash half-way leaves it there, and the next start empties the rest before consuming anything, so no read model
-- is left half forgotten (readmodel.ReadModelReset).
create table read_model_reset (
    begun_at timestamp(6) with time zone not null
);
