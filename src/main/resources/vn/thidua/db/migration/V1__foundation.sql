-- The office, its people and their yearly records, and the catalogue of titles and awards.

CREATE TABLE agency (
    id            INT PRIMARY KEY CHECK (id = 1),
    parent_agency VARCHAR(200) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    short_code    VARCHAR(20)  NOT NULL,
    place_name    VARCHAR(100) NOT NULL,
    address       VARCHAR(300),
    phone         VARCHAR(50),
    email         VARCHAR(120)
);

-- Who signs documents: the director, and deputies signing "KT. GIÁM ĐỐC".
CREATE TABLE signer (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name  VARCHAR(120) NOT NULL,
    role       VARCHAR(20)  NOT NULL,           -- DIRECTOR, DEPUTY_DIRECTOR
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE unit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    short_name VARCHAR(60),
    unit_type  VARCHAR(30)  NOT NULL,           -- LEADERSHIP, ADMINISTRATIVE, PUBLIC_SERVICE
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_unit_name UNIQUE (name)
);

CREATE TABLE staff (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(20)  NOT NULL,
    full_name      VARCHAR(120) NOT NULL,
    gender         VARCHAR(10)  NOT NULL,       -- MALE, FEMALE
    birth_date     DATE,
    position       VARCHAR(150),
    unit_id        BIGINT       NOT NULL REFERENCES unit (id),
    kind           VARCHAR(20)  NOT NULL,       -- CIVIL_SERVANT, PUBLIC_EMPLOYEE, WORKER
    leader         BOOLEAN      NOT NULL DEFAULT FALSE,
    start_date     DATE,
    end_date       DATE,
    hometown       VARCHAR(200),
    residence      VARCHAR(200),
    qualification  VARCHAR(200),
    academic_title VARCHAR(200),
    note           VARCHAR(500),
    CONSTRAINT uq_staff_code UNIQUE (code),
    CONSTRAINT ck_staff_period CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_staff_unit ON staff (unit_id);

-- Council (Hội đồng Thi đua - Khen thưởng) membership.
CREATE TABLE council_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name    VARCHAR(120) NOT NULL,
    council_role VARCHAR(20)  NOT NULL,         -- CHAIR, VICE_CHAIR, MEMBER, SECRETARY
    position     VARCHAR(200),
    staff_id     BIGINT REFERENCES staff (id),
    sort_order   INT          NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE
);

-- Catalogue: legal bases, titles and award forms, their rules per legal basis, base salary.
CREATE TABLE legal_basis (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(60)  NOT NULL,
    title          VARCHAR(500) NOT NULL,
    issued_date    DATE,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    CONSTRAINT uq_legal_basis_code UNIQUE (code)
);

CREATE TABLE award_form (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(30)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    short_name     VARCHAR(40)  NOT NULL,       -- as column headers and lists say it: LĐTT, CSTĐ cơ sở
    category       VARCHAR(20)  NOT NULL,       -- TITLE (danh hiệu), AWARD (hình thức khen thưởng)
    for_individual BOOLEAN      NOT NULL,
    for_collective BOOLEAN      NOT NULL,
    issuer         VARCHAR(200) NOT NULL,
    sort_order     INT          NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_award_form_code UNIQUE (code)
);

CREATE TABLE award_rule (
    award_form_id          BIGINT NOT NULL REFERENCES award_form (id),
    legal_basis_id         BIGINT NOT NULL REFERENCES legal_basis (id),
    individual_coefficient DECIMAL(6, 2),
    collective_coefficient DECIMAL(6, 2),
    vote_threshold_percent INT,
    report_years           INT,
    PRIMARY KEY (award_form_id, legal_basis_id)
);

-- Form numbers of the dossier's documents belong to the legal basis (Mẫu 01, 05, …).
CREATE TABLE dossier_form (
    legal_basis_id BIGINT       NOT NULL REFERENCES legal_basis (id),
    document_kind  VARCHAR(40)  NOT NULL,
    form_number    VARCHAR(20),
    PRIMARY KEY (legal_basis_id, document_kind)
);

CREATE TABLE base_salary (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    effective_from DATE   NOT NULL,
    amount         BIGINT NOT NULL CHECK (amount > 0),
    note           VARCHAR(300),
    CONSTRAINT uq_base_salary_from UNIQUE (effective_from)
);

-- Yearly records.
CREATE TABLE staff_year (
    staff_id           BIGINT  NOT NULL REFERENCES staff (id),
    record_year        INT     NOT NULL,
    rating             VARCHAR(20),             -- EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
    pending_inspection BOOLEAN NOT NULL DEFAULT FALSE,
    note               VARCHAR(500),
    PRIMARY KEY (staff_id, record_year)
);

CREATE TABLE unit_year (
    unit_id         BIGINT NOT NULL REFERENCES unit (id),
    record_year     INT    NOT NULL,
    rating          VARCHAR(20),
    task_completion DECIMAL(5, 2),
    note            VARCHAR(500),
    PRIMARY KEY (unit_id, record_year)
);

CREATE TABLE innovation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id        BIGINT       NOT NULL REFERENCES staff (id),
    record_year     INT          NOT NULL,
    title           VARCHAR(500) NOT NULL,
    level           VARCHAR(20)  NOT NULL,      -- BASE, PROVINCE, NATIONAL
    decision_number VARCHAR(60),
    decision_date   DATE
);
CREATE INDEX ix_innovation_staff ON innovation (staff_id, record_year);

CREATE TABLE discipline (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id        BIGINT       NOT NULL REFERENCES staff (id),
    form            VARCHAR(30)  NOT NULL,      -- REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, DISMISSAL_FROM_POST, DISMISSAL
    from_date       DATE         NOT NULL,
    to_date         DATE,
    decision_number VARCHAR(60),
    reason          VARCHAR(500)
);
CREATE INDEX ix_discipline_staff ON discipline (staff_id);

-- The award register: every title and award of every person and unit, whatever its origin.
CREATE TABLE award (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id         BIGINT REFERENCES staff (id),
    unit_id          BIGINT REFERENCES unit (id),
    award_form_id    BIGINT      NOT NULL REFERENCES award_form (id),
    award_year       INT         NOT NULL,
    origin           VARCHAR(20) NOT NULL,      -- RECORD (yearly record), DECISION, IMPORTED
    decision_number  VARCHAR(60),
    decision_date    DATE,
    issuer           VARCHAR(200),
    golden_book_no   VARCHAR(30),
    prize_amount     BIGINT,
    thematic         BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_award_recipient CHECK ((staff_id IS NULL) <> (unit_id IS NULL))
);
CREATE INDEX ix_award_staff ON award (staff_id, award_year);
CREATE INDEX ix_award_unit ON award (unit_id, award_year);

-- Defaults shipped with the program (DOMAIN.md); the clerk may edit them.
INSERT INTO legal_basis (code, title, issued_date, effective_from, effective_to) VALUES
 ('98/2023/NĐ-CP', 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', DATE '2023-12-31', DATE '2024-01-01', DATE '2025-06-30'),
 ('152/2025/NĐ-CP', 'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng', DATE '2025-06-14', DATE '2025-07-01', NULL);

INSERT INTO award_form (code, name, short_name, category, for_individual, for_collective, issuer, sort_order) VALUES
 ('LDTT',      'Lao động tiên tiến', 'LĐTT',                         'TITLE', TRUE,  FALSE, 'Giám đốc Sở',        1),
 ('CSTD_CS',   'Chiến sĩ thi đua cơ sở', 'CSTĐ cơ sở',                     'TITLE', TRUE,  FALSE, 'Giám đốc Sở',        2),
 ('CSTD_TINH', 'Chiến sĩ thi đua cấp tỉnh', 'CSTĐ tỉnh',                  'TITLE', TRUE,  FALSE, 'Chủ tịch UBND tỉnh', 3),
 ('TT_LDTT',   'Tập thể lao động tiên tiến', 'TT LĐTT',                 'TITLE', FALSE, TRUE,  'Giám đốc Sở',        4),
 ('TT_LDXS',   'Tập thể lao động xuất sắc', 'TT LĐXS',                  'TITLE', FALSE, TRUE,  'Chủ tịch UBND tỉnh', 5),
 ('CO_TD_TINH','Cờ thi đua của Ủy ban nhân dân tỉnh', 'Cờ thi đua tỉnh',        'TITLE', FALSE, TRUE,  'Chủ tịch UBND tỉnh', 6),
 ('BK_TINH',   'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Bằng khen tỉnh','AWARD', TRUE,  TRUE,  'Chủ tịch UBND tỉnh', 7),
 ('GK_SO',     'Giấy khen của Giám đốc Sở', 'Giấy khen',                  'AWARD', TRUE,  TRUE,  'Giám đốc Sở',        8);

INSERT INTO award_rule (award_form_id, legal_basis_id, individual_coefficient, collective_coefficient, vote_threshold_percent, report_years)
SELECT f.id, b.id,
       CASE f.code WHEN 'LDTT' THEN 0.3 WHEN 'CSTD_CS' THEN 1.0 WHEN 'CSTD_TINH' THEN 3.0
                   WHEN 'BK_TINH' THEN CASE b.code WHEN '98/2023/NĐ-CP' THEN 1.0 ELSE 1.5 END
                   WHEN 'GK_SO' THEN 0.3 END,
       CASE f.code WHEN 'TT_LDTT' THEN 0.8 WHEN 'TT_LDXS' THEN 1.5 WHEN 'CO_TD_TINH' THEN 8.0
                   WHEN 'BK_TINH' THEN CASE b.code WHEN '98/2023/NĐ-CP' THEN 2.0 ELSE 3.0 END
                   WHEN 'GK_SO' THEN 0.6 END,
       CASE f.code WHEN 'CSTD_CS' THEN 80 WHEN 'CO_TD_TINH' THEN 80 WHEN 'CSTD_TINH' THEN 90 END,
       CASE f.code WHEN 'CSTD_CS' THEN 1 WHEN 'BK_TINH' THEN 2 WHEN 'CSTD_TINH' THEN 3 END
FROM award_form f CROSS JOIN legal_basis b;

INSERT INTO dossier_form (legal_basis_id, document_kind, form_number)
SELECT b.id, k.kind, CASE b.code WHEN '152/2025/NĐ-CP' THEN k.n152 ELSE k.n98 END
FROM legal_basis b CROSS JOIN (VALUES
    ('PETITION', '01', '01'),
    ('COLLECTIVE_REPORT', '04', '02'),
    ('INDIVIDUAL_REPORT', '05', '03'),
    ('ONE_OFF_REPORT', '06', NULL),
    ('THEMATIC_REPORT', '08', '08')) AS k(kind, n152, n98);

INSERT INTO base_salary (effective_from, amount, note) VALUES
 (DATE '2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
 (DATE '2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP');
