-- A dispute may be of part of a debt (an amount, an item, a charge): only that part's collection
-- pauses (12 CFR 1006.38(d)(2)). Null when the whole debt is disputed.
ALTER TABLE accounts ADD COLUMN dispute_part varchar;
ALTER TABLE accounts ADD CONSTRAINT accounts_dispute_part_of_a_dispute CHECK (
  dispute_part IS NULL OR (dispute_received_at IS NOT NULL AND length(trim(dispute_part)) > 0));
