-- A ranked register (issue 17, part 5): the ratings a SIP's score is made of. The score itself is computed when read
-- (weights csi.scoring.*, focus-area weights of the drafting rules), so changed weights apply at once.
ALTER TABLE sip ADD COLUMN benefit_rating SMALLINT;
ALTER TABLE sip ADD COLUMN effort_rating SMALLINT;
ALTER TABLE sip ADD COLUMN risk_rating SMALLINT;
