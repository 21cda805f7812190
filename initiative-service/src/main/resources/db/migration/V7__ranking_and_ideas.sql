-- A ranked register (issue 17, part 5): the ratings an initiative's score is made of, and improvement ideas with
-- their votes. The score itself is computed when read, so changed weights (csi.scoring.*) apply at once.
ALTER TABLE initiative ADD COLUMN benefit_rating SMALLINT;
ALTER TABLE initiative ADD COLUMN effort_rating SMALLINT;
ALTER TABLE initiative ADD COLUMN risk_rating SMALLINT;

CREATE TABLE idea (
    id                       UUID PRIMARY KEY,
    title                    VARCHAR(200) NOT NULL,
    description              TEXT,
    source                   VARCHAR(30) NOT NULL,
    survey_reference         VARCHAR(200),
    focus_areas              JSONB NOT NULL,
    submitted_by             VARCHAR(200) NOT NULL,
    status                   VARCHAR(20) NOT NULL,
    initiative_id            UUID REFERENCES initiative (id),
    decided_by               VARCHAR(200),
    decided_on_behalf_of     VARCHAR(200),
    decided_at               TIMESTAMPTZ,
    decision_note            TEXT,
    votes                    INT NOT NULL DEFAULT 0,
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX idea_initiative ON idea (initiative_id);
CREATE INDEX idea_ranked ON idea (votes DESC, created_at DESC);
CREATE INDEX idea_newest ON idea (created_at DESC);

-- One vote per caller and idea: the primary key makes a second vote a no-op.
CREATE TABLE idea_vote (
    idea_id      UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    voter        VARCHAR(200) NOT NULL,
    voted_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (idea_id, voter)
);
