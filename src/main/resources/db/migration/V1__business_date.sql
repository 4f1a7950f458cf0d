-- The one business date of the system (a single row, id = 1).
CREATE TABLE business_date (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    current_date_value DATE         NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);
