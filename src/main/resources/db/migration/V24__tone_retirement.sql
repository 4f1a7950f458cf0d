-- A tone expression leaves the list from a date (like any configuration change, from the next
-- business date on); NULL = still on the list. The row stays so past refusals remain explainable.
ALTER TABLE tone_expression ADD COLUMN retired_from DATE;
