-- A reserved lot (L2113-12/13) admits a supplier whose insertion proof is valid on the day and
-- reviewed by the operator. A proof changed after validation waits for the operator's review again.
ALTER TABLE organisation
    ADD COLUMN insertion_proof_review_pending boolean NOT NULL DEFAULT false,
    ADD COLUMN insertion_proof_reviewed_at    timestamptz;

UPDATE organisation SET insertion_proof_reviewed_at = validated_at
 WHERE kind = 'SUPPLIER' AND validated_at IS NOT NULL;

CREATE INDEX organisation_proof_review_idx ON organisation (created_at)
    WHERE insertion_proof_review_pending;
