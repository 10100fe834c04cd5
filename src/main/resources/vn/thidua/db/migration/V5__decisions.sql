-- Award decisions (Quyết định khen thưởng): V2's first cut reshaped. A decision is the director's own or one received
-- from above; its lines are the awarded collectives and individuals with their "số sổ vàng" and prize money. Signing
-- freezes it and writes each line into the award register; a correction is an amendment decision.

ALTER TABLE decision DROP COLUMN body_json;
ALTER TABLE decision ADD COLUMN own BOOLEAN NOT NULL DEFAULT TRUE;        -- FALSE: received from above (UBND tỉnh)
ALTER TABLE decision ADD COLUMN issuer_code VARCHAR(30);                  -- the code in its number: SNgV, UBND
ALTER TABLE decision ADD COLUMN place_name VARCHAR(100);
ALTER TABLE decision ADD COLUMN plan_id BIGINT REFERENCES plan (id);
ALTER TABLE decision ADD COLUMN meeting_id BIGINT REFERENCES council_meeting (id);
ALTER TABLE decision ADD COLUMN award_form_id BIGINT REFERENCES award_form (id);
ALTER TABLE decision ADD COLUMN achievement VARCHAR(1000);                -- "đã có thành tích xuất sắc trong …"
ALTER TABLE decision ADD COLUMN petition_ref VARCHAR(300);                -- "Tờ trình số 15/TTr-HĐTĐKT ngày …"
ALTER TABLE decision ADD COLUMN funding_source VARCHAR(300);              -- "Quỹ thi đua, khen thưởng của Sở năm 2025"
ALTER TABLE decision ADD COLUMN executors VARCHAR(500);                   -- who carries it out (Điều 3)
ALTER TABLE decision ADD COLUMN signer_name VARCHAR(200);
ALTER TABLE decision ADD COLUMN signer_role VARCHAR(20);
ALTER TABLE decision ADD COLUMN amendment_reason VARCHAR(1000);
ALTER TABLE decision ADD COLUMN updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE decision ADD CONSTRAINT ck_decision_status CHECK (status IN ('DRAFT', 'SIGNED'));

-- The legal grounds as the decision prints them, in order ("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;").
CREATE TABLE decision_basis (
    decision_id BIGINT        NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    sort_order  INT           NOT NULL,
    line_text   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (decision_id, sort_order)
);

-- The attached list: one line per awarded collective or individual.
CREATE TABLE decision_line (
    decision_id    BIGINT       NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    sort_order     INT          NOT NULL,
    nomination_id  BIGINT REFERENCES nomination (id),
    staff_id       BIGINT REFERENCES staff (id),
    unit_id        BIGINT REFERENCES unit (id),
    award_form_id  BIGINT       NOT NULL REFERENCES award_form (id),
    award_year     INT          NOT NULL,
    name_text      VARCHAR(300) NOT NULL,                                 -- as printed, kept when the person changes
    position_text  VARCHAR(500),
    golden_book_no VARCHAR(30),
    prize_amount   BIGINT CHECK (prize_amount IS NULL OR prize_amount >= 0),
    PRIMARY KEY (decision_id, sort_order),
    CONSTRAINT ck_decision_line_recipient CHECK ((staff_id IS NULL) <> (unit_id IS NULL))
);
CREATE INDEX ix_decision_line_staff ON decision_line (staff_id);
CREATE INDEX ix_decision_line_unit ON decision_line (unit_id);

-- The register keeps where an award came from and what it was worth; funding source for the yearly totals.
ALTER TABLE award ADD COLUMN funding_source VARCHAR(300);
ALTER TABLE award ADD COLUMN recipient_name VARCHAR(300);
CREATE INDEX ix_award_decision ON award (decision_id);
