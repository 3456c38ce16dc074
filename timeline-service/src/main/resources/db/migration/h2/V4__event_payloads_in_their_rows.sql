-- Issue 6 (performance). Event payloads and metadata, snapshots and tokens are BLOBs, which H2 keeps apart from
-- their rows (a LOB store of its own, written and read separately, with maps of its own to update in every commit)
-- once they pass MAX_LENGTH_INPLACE_LOB, 256 bytes by default: nearly every fact. Up to 16 KiB they now stay in
-- their rows, written and read with them; the event-store file grew by kilobytes per fact without it. A setting of
-- the database, kept in its file; it applies to values written from now on.
set max_length_inplace_lob 16384;
