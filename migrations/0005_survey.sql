-- Slot reserved; replaced by its owner.
SELECT 1;
