-- Promises to pay: how far ahead a promise may fall due, per arrangement policy row (product,
-- currency, bucket, effective date). Existing rows get the department default of 30 days.
ALTER TABLE arrangement_policy ADD COLUMN max_promise_days INT DEFAULT 30 NOT NULL;
ALTER TABLE arrangement_policy ADD CONSTRAINT ck_arrangement_policy_promise_days CHECK (max_promise_days >= 0);


-- Payment arrangements waiting for a supervisor keep why (the soft limits broken, one per line).
ALTER TABLE payment_arrangement ADD COLUMN approval_reasons VARCHAR(1000);
