-- Key-task plans (kế hoạch triển khai nhiệm vụ trọng tâm, seed 002): V2's first cut given the document fields an
-- emulation plan has since V3 (code, place, a date that may be month and year only, basis documents, the signer as
-- printed, recipients) and the parts of seed 002's text; a task's responsible person as text and its other
-- supporting parties; progress updates keep their evidence file in attachment (V2) as before.
-- Written as ALTER/CREATE so a V5 database with task rows upgrades in place.

ALTER TABLE task_plan ADD COLUMN doc_code VARCHAR(20) NOT NULL DEFAULT 'KH';
ALTER TABLE task_plan ADD COLUMN place_name VARCHAR(100);
-- A draft is dated with month and year only ("Lạng Sơn, ngày   tháng 01 năm 2026"): month and day in columns.
ALTER TABLE task_plan ADD COLUMN issue_month INT;
ALTER TABLE task_plan ADD COLUMN issue_day INT;
UPDATE task_plan SET issue_month = MONTH(issue_date), issue_day = DAY(issue_date) WHERE issue_date IS NOT NULL;
ALTER TABLE task_plan DROP COLUMN issue_date;
ALTER TABLE task_plan ADD CONSTRAINT ck_task_plan_month CHECK (issue_month IS NULL OR issue_month BETWEEN 1 AND 12);
ALTER TABLE task_plan ADD CONSTRAINT ck_task_plan_day
    CHECK (issue_day IS NULL OR (issue_month IS NOT NULL AND issue_day BETWEEN 1 AND 31));
-- "…; Sở Ngoại vụ xây dựng Kế hoạch … với các nội dung sau:" after the basis, and the closing paragraph.
ALTER TABLE task_plan ADD COLUMN introduction VARCHAR(2000);
ALTER TABLE task_plan ADD COLUMN closing      VARCHAR(2000);
-- The signer as printed, kept with the plan like an emulation plan's (the signers list changes later).
ALTER TABLE task_plan ADD COLUMN signer_name  VARCHAR(200);
ALTER TABLE task_plan ADD COLUMN signer_role  VARCHAR(20);
UPDATE task_plan t SET signer_name = (SELECT s.full_name FROM signer s WHERE s.id = t.signer_id),
                       signer_role = (SELECT s.role FROM signer s WHERE s.id = t.signer_id)
    WHERE signer_id IS NOT NULL;
ALTER TABLE task_plan ADD COLUMN updated_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Every part now has its own column or lines; V2 never wrote the blob.
ALTER TABLE task_plan DROP COLUMN body_json;
-- The office's plan of a year: one per year ("list tasks --year 2026" names it).
ALTER TABLE task_plan ADD CONSTRAINT uq_task_plan_year UNIQUE (plan_year);

-- Documents the plan implements ("Căn cứ Quyết định số 155/QĐ-UBND ngày 27/01/2026 của UBND tỉnh về …"), in parts.
CREATE TABLE task_plan_basis (
    task_plan_id BIGINT       NOT NULL REFERENCES task_plan (id) ON DELETE CASCADE,
    sort_order   INT          NOT NULL,
    doc_type     VARCHAR(100),
    doc_number   VARCHAR(50),
    doc_date     DATE,
    issuer       VARCHAR(200),
    subject      VARCHAR(1000),
    PRIMARY KEY (task_plan_id, sort_order)
);

-- Ordered lines of the text: PURPOSE (I. Mục đích, yêu cầu), KEY_ASSIGNMENT (1.2. Phân công thực hiện),
-- PROGRAMME (2. Chương trình nhiệm vụ công tác), DUTY (III. Tổ chức thực hiện), RECIPIENT (Nơi nhận).
CREATE TABLE task_plan_line (
    task_plan_id BIGINT        NOT NULL REFERENCES task_plan (id) ON DELETE CASCADE,
    part         VARCHAR(20)   NOT NULL,
    sort_order   INT           NOT NULL,
    line_text    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (task_plan_id, part, sort_order)
);

-- The person responsible as the plan names them ("Trưởng phòng HTQT-VP", a name, a deputy director): text,
-- since it is often a post rather than a staff member. A V2 staff reference becomes that person's name.
ALTER TABLE task ADD COLUMN responsible_person VARCHAR(200);
UPDATE task t SET responsible_person = (SELECT s.full_name FROM staff s WHERE s.id = t.responsible_staff_id)
    WHERE responsible_staff_id IS NOT NULL;
ALTER TABLE task DROP COLUMN responsible_staff_id;
-- Supporting parties outside the office's units ("các sở, ngành liên quan"), printed after the units.
ALTER TABLE task ADD COLUMN support_note VARCHAR(500);
ALTER TABLE task ALTER COLUMN task_group VARCHAR(1000);
ALTER TABLE task ALTER COLUMN responsibility VARCHAR(1000);
ALTER TABLE task ALTER COLUMN product VARCHAR(1000);
ALTER TABLE task ADD CONSTRAINT ck_task_section CHECK (section IN ('A', 'B'));
ALTER TABLE task ADD CONSTRAINT ck_task_month CHECK (due_month IS NULL OR due_month BETWEEN 1 AND 12);
ALTER TABLE task ADD CONSTRAINT ck_task_quarter CHECK (due_quarter IS NULL OR due_quarter BETWEEN 1 AND 4);
-- A deadline is a date, a month or a quarter of the plan's year, or none ("thường xuyên").
ALTER TABLE task ADD CONSTRAINT ck_task_deadline CHECK (
    (CASE WHEN due_date IS NULL THEN 0 ELSE 1 END) + (CASE WHEN due_month IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN due_quarter IS NULL THEN 0 ELSE 1 END) <= 1);
CREATE INDEX ix_task_plan ON task (task_plan_id, section, sort_order);

ALTER TABLE task_progress ADD CONSTRAINT ck_progress_status
    CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STOPPED'));
CREATE INDEX ix_task_progress ON task_progress (task_id, reported_on);
