-- Plans (kế hoạch, phát động) as structured records: V2's first cut reshaped, and the parts of a plan as child
-- tables with explicit columns, so a basis document, a target or an award offer can be read and cited on its own.
-- Written as ALTER/CREATE so a V2 database (no plan rows expected, but allowed) upgrades in place.

-- The issue date may be only month and year while the plan is a draft: year, month and day in separate columns.
ALTER TABLE plan ADD COLUMN issue_day INT;
UPDATE plan SET issue_month = MONTH(issue_date), issue_day = DAY(issue_date) WHERE issue_date IS NOT NULL;
ALTER TABLE plan DROP COLUMN issue_date;
ALTER TABLE plan ADD CONSTRAINT ck_plan_month CHECK (issue_month IS NULL OR issue_month BETWEEN 1 AND 12);
ALTER TABLE plan ADD CONSTRAINT ck_plan_day CHECK (issue_day IS NULL OR (issue_month IS NOT NULL AND issue_day BETWEEN 1 AND 31));

-- "từ tháng 5/2025 đến hết tháng 10/2025": the period is kept as dates, printed as months when this is set.
ALTER TABLE plan ADD COLUMN period_whole_months BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE plan ADD COLUMN introduction  VARCHAR(2000);
ALTER TABLE plan ADD COLUMN closing       VARCHAR(2000);
-- A quota over all the plan's awards ("không quá 30% tổng số tập thể, cá nhân tham gia").
ALTER TABLE plan ADD COLUMN quota_count   INT;
ALTER TABLE plan ADD COLUMN quota_percent DECIMAL(5, 2);
-- The signer as printed: kept with the plan, since the signers list changes after the plan is issued.
ALTER TABLE plan ADD COLUMN signer_name   VARCHAR(200);
ALTER TABLE plan ADD COLUMN signer_role   VARCHAR(20);
ALTER TABLE plan ADD COLUMN updated_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Every part of the plan now has its own columns or child table; nothing was ever written to the blob.
ALTER TABLE plan DROP COLUMN body_json;

ALTER TABLE plan_basis ALTER COLUMN doc_kind RENAME TO doc_type;

ALTER TABLE plan_award_offer ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE plan_award_offer ADD COLUMN standards_intro VARCHAR(2000);
ALTER TABLE plan_award_offer ALTER COLUMN quota_percent DECIMAL(5, 2);
ALTER TABLE plan_award_offer ADD CONSTRAINT ck_offer_quota_percent CHECK (quota_percent IS NULL OR quota_percent BETWEEN 0 AND 100);
ALTER TABLE plan_award_offer ADD CONSTRAINT ck_offer_quota_count CHECK (quota_count IS NULL OR quota_count >= 0);
-- Standards and priorities become ordered lines in plan_offer_line; a V2 value is kept as one line.
CREATE TABLE plan_offer_line (
    offer_id   BIGINT      NOT NULL REFERENCES plan_award_offer (id) ON DELETE CASCADE,
    part       VARCHAR(20) NOT NULL,            -- STANDARD, PRIORITY
    sort_order INT         NOT NULL,
    line_text  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (offer_id, part, sort_order)
);
INSERT INTO plan_offer_line (offer_id, part, sort_order, line_text)
    SELECT id, 'STANDARD', 0, CAST(standards AS VARCHAR(2000)) FROM plan_award_offer WHERE standards IS NOT NULL;
INSERT INTO plan_offer_line (offer_id, part, sort_order, line_text)
    SELECT id, 'PRIORITY', 0, priorities FROM plan_award_offer WHERE priorities IS NOT NULL;
ALTER TABLE plan_award_offer DROP COLUMN standards;
ALTER TABLE plan_award_offer DROP COLUMN priorities;

-- Ordered lines of the plan's list-like parts: purposes, requirements, objectives, who may be awarded and the
-- criteria (both per collective or individual), the dossier's documents, and the recipients (Nơi nhận).
CREATE TABLE plan_line (
    plan_id    BIGINT      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    part       VARCHAR(20) NOT NULL,
    sort_order INT         NOT NULL,
    awardee    VARCHAR(20),                      -- COLLECTIVE, INDIVIDUAL for ELIGIBLE and CRITERION lines
    line_text  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (plan_id, part, sort_order)
);

-- The numbered contents (I., 1., 1.1., a), "-") as a tree stored in reading order with its depth: explicit
-- columns, and the order alone rebuilds the tree.
CREATE TABLE plan_item (
    plan_id    BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    sort_order INT          NOT NULL,
    depth      INT          NOT NULL CHECK (depth >= 0),
    label      VARCHAR(20),
    heading    VARCHAR(1000),
    body       VARCHAR(4000),
    PRIMARY KEY (plan_id, sort_order)
);

-- Targets: the text as printed, and where it can be measured from the yearly records, what and how much.
CREATE TABLE plan_target (
    plan_id    BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    sort_order INT          NOT NULL,
    target_text VARCHAR(1000) NOT NULL,
    measure    VARCHAR(30),                      -- TargetMeasure
    threshold  DECIMAL(7, 2),
    PRIMARY KEY (plan_id, sort_order),
    CONSTRAINT ck_target_measure CHECK ((measure IS NULL) = (threshold IS NULL))
);

-- Duties per unit ("Lãnh đạo các phòng…", "Giao Văn phòng Sở…"); the unit is optional, the party as printed.
CREATE TABLE plan_duty (
    plan_id    BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    sort_order INT          NOT NULL,
    unit_id    BIGINT REFERENCES unit (id),
    party      VARCHAR(300),
    duty_text  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (plan_id, sort_order)
);

-- Changes to an issued plan: who, when, why, and each field's value before and after.
CREATE TABLE plan_amendment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id    BIGINT       NOT NULL REFERENCES plan (id),
    amended_at TIMESTAMP    NOT NULL,
    amended_by VARCHAR(100) NOT NULL,
    reason     VARCHAR(1000)
);
CREATE TABLE plan_amendment_change (
    amendment_id BIGINT      NOT NULL REFERENCES plan_amendment (id),
    sort_order   INT         NOT NULL,
    field        VARCHAR(40) NOT NULL,
    before_value CLOB,
    after_value  CLOB,
    PRIMARY KEY (amendment_id, sort_order)
);

-- Đăng ký thi đua: a unit or a person aims for an award form under a plan, with commitments.
CREATE TABLE plan_registration (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT  NOT NULL REFERENCES plan (id),
    unit_id       BIGINT REFERENCES unit (id),
    staff_id      BIGINT REFERENCES staff (id),
    award_form_id BIGINT  NOT NULL REFERENCES award_form (id),
    commitment    VARCHAR(4000),
    registered_on DATE,
    CONSTRAINT ck_registration_registrant CHECK ((unit_id IS NULL) <> (staff_id IS NULL))
);
-- One registration per plan, registrant and award form (a unit's and a person's kept apart, NULLs being distinct).
CREATE UNIQUE INDEX uq_registration_unit ON plan_registration (plan_id, unit_id, award_form_id);
CREATE UNIQUE INDEX uq_registration_staff ON plan_registration (plan_id, staff_id, award_form_id);
