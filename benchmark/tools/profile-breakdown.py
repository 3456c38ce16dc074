#!/usr/bin/env python3
# Splits a phase's JFR samples (RUN/profile/<service>.collapsed of --profile) by the part of the work spent on.
# Run: profile-breakdown.py RUN/profile/projection-service.collapsed rebuild query (one or more phases of phases.tsv)
import collections
import sys

PARTS = {
    'timeline-service': [
        ('snapshots: Axon reads back the 100 events since the last one', 'AggregateSnapshotter.createSnapshot'),
        ('publication: reading events back, CloudEvents, Kafka producer', 'TrackingEventProcessor'),
        ('publication: Kafka client threads', 'org.apache.kafka'),
        ('commit (of a bulk request or a group of single facts)', 'commitTransaction'),
        ('event append (JDBC batch)', 'JdbcUtils.executeBatch'),
        ('receipts and their fingerprints', 'FactReceiptRecorder.on'),
        ('reading, validating and fingerprinting the request', 'BatchReader.read'),
        ('judging facts on their tracks (Axon commands, aggregates, event serialisation)', 'BatchRecorder.history'),
        ('other work of the batch (idempotency look-up, answers)', 'BatchRecorder.record'),
        ('single facts: recording a group (Axon commands, append, commit)', 'FactGroups'),
        ('single facts: reading, validating and fingerprinting the request', 'FactRequestReader.read'),
        ('single facts: receipt look-up and answer', 'FactController'),
        ('web stack (Tomcat, Spring MVC, security, observation and rate-limit filters) and the rest of a request', 'org.apache.catalina'),
    ],
    'projection-service': [
        ('replay status polls (count of applied events, broker offsets)', 'ReplayController.status'),
        ('commit of a poll', 'DataSourceTransactionManager.doCommit'),
        ('row inserts (JDBC batches)', 'PendingRows.flush'),
        ('building the rows of each read model', 'FactProjections.applyToEach'),
        ('which events were applied before', 'AppliedEvents.appliedAmong'),
        ('other work of a poll', 'FactProjections.applyInOrder'),
        ('reading CloudEvents', 'CloudEventFactReader.read'),
        ('Kafka consumer', 'org.apache.kafka'),
        ('timeline page: each row read into an entry', 'TimelineEntries.row'),
        ('timeline page: H2 query', 'TimelineEntries.find'),
        ('timeline page: writing the JSON answer', 'HttpMessageConverter'),
        ('web stack (Tomcat, Spring MVC, security and observation filters) and the rest of a request', 'org.apache.catalina'),
    ],
}


def main(path, phases):
    service = 'timeline-service' if 'timeline' in path else 'projection-service'
    for phase in phases:
        parts = collections.Counter()
        total = 0
        with open(path) as collapsed:
            for line in collapsed:
                stack, count = line.rstrip().rsplit(' ', 1)
                frames = stack.split(';')
                if frames[0] != phase:
                    continue
                total += int(count)
                part = next((name for name, frame in PARTS[service] if any(frame in f for f in frames)), 'other')
                parts[part] += int(count)
        print(f'## {service}, {phase} ({total} samples)')
        for name, count in parts.most_common():
            print(f'{100.0 * count / max(total, 1):6.1f}%  {name}')
        print()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
