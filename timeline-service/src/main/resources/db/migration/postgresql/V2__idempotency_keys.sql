-- One row per Idempotency-Key a client sent with a write (IETF httpapi idempotency-key draft): the fingerprint
-- of the fact it carried and the fact's id. A row without completed_at is a request still in flight. Rows are
-- kept until expires_at (timeline.idempotency.retention), then purged.
CREATE TABLE idempotency_key (
    client          VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    fact_id         UUID         NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP(6) WITH TIME ZONE,
    expires_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client, idempotency_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
