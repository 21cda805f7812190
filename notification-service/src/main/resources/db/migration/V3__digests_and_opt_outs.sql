-- Issue 17 part 6: what matters is told at once, the rest waits for a digest per audience; audiences choose their
-- channels; a recipient can leave an audience through a signed link.

-- The plan's default digest cadence (DAILY, WEEKLY); null: csi.digest.default-cadence.
ALTER TABLE communication_plan ADD COLUMN digest_cadence VARCHAR(20);

-- An audience may be reached on several channels, so one event gives one communication per (audience, channel).
ALTER TABLE communication DROP CONSTRAINT communication_once_per_audience;
ALTER TABLE communication ADD CONSTRAINT communication_once_per_audience_channel
    UNIQUE (source_event_id, audience, channel);

-- The recipient's own leave link, sent as List-Unsubscribe (e-mails go one per recipient).
ALTER TABLE delivery ADD COLUMN unsubscribe_url TEXT;

-- An event an audience hears about in its next digest: composed (three sections) when it arrives, marked with the
-- digest run that carried it.
CREATE TABLE digest_item (
    id                    UUID PRIMARY KEY,
    initiative_id         UUID NOT NULL,
    audience              VARCHAR(200) NOT NULL,
    source_event_id       VARCHAR(200) NOT NULL,
    source_event_type     VARCHAR(120) NOT NULL,
    subject               VARCHAR(500) NOT NULL,
    service_implications  TEXT NOT NULL,
    personnel_impact      TEXT NOT NULL,
    approach              TEXT NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    digest_run_id         UUID,
    CONSTRAINT digest_item_once_per_audience UNIQUE (source_event_id, initiative_id, audience)
);
CREATE INDEX digest_item_pending ON digest_item (initiative_id, audience, created_at) WHERE digest_run_id IS NULL;

-- One row per digest sent: the unique (initiative, audience, period) row, inserted in the claiming transaction, is
-- what makes a digest go out exactly once however many instances scan at the same time.
CREATE TABLE digest_run (
    id             UUID PRIMARY KEY,
    initiative_id  UUID NOT NULL,
    audience       VARCHAR(200) NOT NULL,
    cadence        VARCHAR(20) NOT NULL,
    period_start   TIMESTAMPTZ NOT NULL,
    period_end     TIMESTAMPTZ NOT NULL,
    items          INT NOT NULL,
    claimed_by     VARCHAR(200) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT digest_run_once_per_period UNIQUE (initiative_id, audience, period_start)
);

-- Recipients who left an audience through their signed link: they get no more e-mails for it.
CREATE TABLE audience_opt_out (
    initiative_id  UUID NOT NULL,
    audience       VARCHAR(200) NOT NULL,
    recipient      VARCHAR(320) NOT NULL,
    left_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (initiative_id, audience, recipient)
);
