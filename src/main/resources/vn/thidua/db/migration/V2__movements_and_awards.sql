-- Plans and movements, nominations and the council, decisions, key-task plans and the audit trail.
-- A first cut of the whole domain; the features that use these tables extend them with new migrations.

CREATE TABLE plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_kind        VARCHAR(20)  NOT NULL,       -- KH, PĐ, …
    doc_number      INT,
    doc_year        INT          NOT NULL,
    place_name      VARCHAR(100),
    issue_date      DATE,
    issue_month     INT,
    title           VARCHAR(500) NOT NULL,
    theme           VARCHAR(500),
    movement_form   VARCHAR(20),                 -- REGULAR, CAMPAIGN, THEMATIC
    period_from     DATE,
    period_to       DATE,
    period_from_issue BOOLEAN NOT NULL DEFAULT FALSE,
    dossier_deadline DATE,
    dossier_destination VARCHAR(300),
    signer_id       BIGINT REFERENCES signer (id),
    status          VARCHAR(20)  NOT NULL,       -- DRAFT, ISSUED, IN_PROGRESS, CLOSED
    body_json       CLOB,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_plan_number UNIQUE (doc_year, doc_kind, doc_number)
);

CREATE TABLE plan_basis (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL REFERENCES plan (id),
    sort_order   INT          NOT NULL,
    doc_kind     VARCHAR(60),
    doc_number   VARCHAR(60),
    doc_date     DATE,
    issuer       VARCHAR(200),
    subject      VARCHAR(500)
);

CREATE TABLE plan_award_offer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT      NOT NULL REFERENCES plan (id),
    award_form_id BIGINT      NOT NULL REFERENCES award_form (id),
    recipient     VARCHAR(20) NOT NULL,          -- INDIVIDUAL, COLLECTIVE
    quota_count   INT,
    quota_percent INT,
    standards     CLOB,
    priorities    VARCHAR(500)
);

CREATE TABLE attachment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name   VARCHAR(300) NOT NULL,
    stored_path VARCHAR(500) NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    added_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE nomination (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id        BIGINT REFERENCES plan (id),
    occasion       VARCHAR(20)  NOT NULL,        -- MOVEMENT, YEAR_END, THEMATIC, ONE_OFF
    nomination_year INT         NOT NULL,
    staff_id       BIGINT REFERENCES staff (id),
    unit_id        BIGINT REFERENCES unit (id),
    award_form_id  BIGINT       NOT NULL REFERENCES award_form (id),
    proposing_unit_id BIGINT REFERENCES unit (id),
    summary        CLOB,
    report_json    CLOB,
    status         VARCHAR(20)  NOT NULL,
    submitted_on   DATE,
    received_on    DATE,
    CONSTRAINT ck_nomination_nominee CHECK ((staff_id IS NULL) <> (unit_id IS NULL))
);

CREATE TABLE dossier_document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id BIGINT      NOT NULL REFERENCES nomination (id),
    document_kind VARCHAR(40) NOT NULL,
    attachment_id BIGINT REFERENCES attachment (id),
    generated     BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE council_meeting (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT REFERENCES plan (id),
    meeting_date DATE         NOT NULL,
    place        VARCHAR(200),
    minutes_number INT
);

CREATE TABLE council_attendance (
    meeting_id       BIGINT  NOT NULL REFERENCES council_meeting (id),
    council_member_id BIGINT NOT NULL REFERENCES council_member (id),
    present          BOOLEAN NOT NULL,
    absence_reason   VARCHAR(300),
    PRIMARY KEY (meeting_id, council_member_id)
);

CREATE TABLE council_vote (
    meeting_id        BIGINT      NOT NULL REFERENCES council_meeting (id),
    nomination_id     BIGINT      NOT NULL REFERENCES nomination (id),
    council_member_id BIGINT      NOT NULL REFERENCES council_member (id),
    vote              VARCHAR(10) NOT NULL,      -- AGREE, DISAGREE, ABSTAIN
    written           BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (meeting_id, nomination_id, council_member_id)
);

CREATE TABLE decision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_kind       VARCHAR(20)  NOT NULL,
    doc_number     INT,
    doc_year       INT          NOT NULL,
    issue_date     DATE,
    issuer         VARCHAR(200) NOT NULL,
    signer_id      BIGINT REFERENCES signer (id),
    legal_basis_id BIGINT REFERENCES legal_basis (id),
    subject        VARCHAR(500),
    body_json      CLOB,
    status         VARCHAR(20)  NOT NULL,        -- DRAFT, SIGNED
    amends_id      BIGINT REFERENCES decision (id),
    CONSTRAINT uq_decision_number UNIQUE (doc_year, doc_kind, doc_number)
);

ALTER TABLE award ADD COLUMN decision_id BIGINT REFERENCES decision (id);
ALTER TABLE award ADD COLUMN nomination_id BIGINT REFERENCES nomination (id);

CREATE TABLE task_plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_year   INT          NOT NULL,
    doc_number  INT,
    issue_date  DATE,
    title       VARCHAR(500) NOT NULL,
    signer_id   BIGINT REFERENCES signer (id),
    body_json   CLOB
);

CREATE TABLE task (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_plan_id     BIGINT       NOT NULL REFERENCES task_plan (id),
    section          VARCHAR(1)   NOT NULL,      -- A, B
    task_group       VARCHAR(200),
    sort_order       INT          NOT NULL,
    content          CLOB         NOT NULL,
    lead_unit_id     BIGINT       NOT NULL REFERENCES unit (id),
    responsible_staff_id BIGINT REFERENCES staff (id),
    due_date         DATE,
    due_month        INT,
    due_quarter      INT,
    responsibility   VARCHAR(500),
    product          VARCHAR(500),
    approver         VARCHAR(200)
);

CREATE TABLE task_support (
    task_id BIGINT NOT NULL REFERENCES task (id),
    unit_id BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (task_id, unit_id)
);

CREATE TABLE task_progress (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id       BIGINT      NOT NULL REFERENCES task (id),
    reported_on   DATE        NOT NULL,
    status        VARCHAR(20) NOT NULL,
    percent_done  INT         NOT NULL CHECK (percent_done BETWEEN 0 AND 100),
    note          VARCHAR(1000),
    attachment_id BIGINT REFERENCES attachment (id)
);

CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    logged_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    os_user     VARCHAR(100),
    entity      VARCHAR(40)  NOT NULL,
    entity_id   BIGINT,
    action      VARCHAR(20)  NOT NULL,
    before_json CLOB,
    after_json  CLOB
);
