package vn.thidua.catalogue.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.AwardRule;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;

/** Legal bases, titles and award forms with their rules, and the dated base salary. */
public class CatalogueRepository {

    private final Database db;
    private final AuditTrail audit;

    public CatalogueRepository(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<LegalBasis> legalBases() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM legal_basis ORDER BY effective_from", CatalogueRepository::legalBasis));
    }

    /** The legal basis in force on a day (the decision's date), if any. */
    public Optional<LegalBasis> legalBasisOn(LocalDate day) {
        return legalBases().stream().filter(b -> b.inForceOn(day)).reduce((a, b) -> b);
    }

    public LegalBasis saveLegalBasis(LegalBasis b) {
        return saveLegalBasis(b, false);
    }

    /**
     * Inserts or updates a legal basis in one transaction. A new basis may start with a copy of the rules of the
     * basis before it (coefficients, vote thresholds, report years), for the clerk to change what the new decree
     * changed. Refuses a period that overlaps another basis: a decision's date must name exactly one.
     */
    public LegalBasis saveLegalBasis(LegalBasis b, boolean copyRulesOfPrevious) {
        return db.inTransaction(c -> {
            List<LegalBasis> all = Jdbc.list(c, "SELECT * FROM legal_basis ORDER BY effective_from",
                    CatalogueRepository::legalBasis);
            CatalogueValidator.requireValid(b, all);
            if (b.id() == null) {
                long id = Jdbc.insert(c, "INSERT INTO legal_basis (code, title, issued_date, effective_from, effective_to) "
                        + "VALUES (?, ?, ?, ?, ?)", b.code(), b.title(), b.issuedDate(), b.effectiveFrom(), b.effectiveTo());
                Optional<LegalBasis> previous = all.stream()
                        .filter(p -> p.effectiveFrom().isBefore(b.effectiveFrom())).reduce((x, y) -> y);
                if (copyRulesOfPrevious && previous.isPresent()) {
                    copyRules(c, previous.get().id(), id);
                }
                LegalBasis saved = new LegalBasis(id, b.code(), b.title(), b.issuedDate(), b.effectiveFrom(), b.effectiveTo());
                audit.record(c, AuditEntity.LEGAL_BASIS, id, AuditAction.CREATE, null, saved, saved.code());
                return saved;
            }
            LegalBasis before = all.stream().filter(x -> x.id().equals(b.id())).findFirst().orElse(null);
            Jdbc.update(c, "UPDATE legal_basis SET code = ?, title = ?, issued_date = ?, effective_from = ?, effective_to = ? "
                    + "WHERE id = ?", b.code(), b.title(), b.issuedDate(), b.effectiveFrom(), b.effectiveTo(), b.id());
            audit.record(c, AuditEntity.LEGAL_BASIS, b.id(), AuditAction.UPDATE, before, b, b.code());
            return b;
        });
    }

    private static void copyRules(Connection c, long fromBasisId, long toBasisId) throws SQLException {
        Jdbc.update(c, "INSERT INTO award_rule (award_form_id, legal_basis_id, individual_coefficient, "
                + "collective_coefficient, vote_threshold_percent, report_years) SELECT award_form_id, ?, "
                + "individual_coefficient, collective_coefficient, vote_threshold_percent, report_years "
                + "FROM award_rule WHERE legal_basis_id = ?", toBasisId, fromBasisId);
    }

    public List<AwardForm> awardForms() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM award_form ORDER BY sort_order, id", CatalogueRepository::awardForm));
    }

    public AwardForm saveAwardForm(AwardForm f) {
        CatalogueValidator.requireValid(f, null);
        return db.inTransaction(c -> writeForm(c, audit, f));
    }

    /**
     * Saves a title or award form together with its rule under one legal basis, as one transaction: both are
     * written or neither. The rule's form id is taken from the saved form (a new form gets its id here).
     */
    public AwardForm saveAwardForm(AwardForm f, AwardRule rule) {
        CatalogueValidator.requireValid(f, rule);
        return db.inTransaction(c -> {
            AwardForm saved = writeForm(c, audit, f);
            writeRule(c, audit, new AwardRule(saved.id(), rule.legalBasisId(), rule.individualCoefficient(),
                    rule.collectiveCoefficient(), rule.voteThresholdPercent(), rule.reportYears()));
            return saved;
        });
    }

    /** Titles and award forms are never deleted (the award register points at them): they are deactivated. */
    public void setAwardFormActive(long awardFormId, boolean active) {
        db.inTransaction(c -> {
            Optional<AwardForm> before = form(c, awardFormId);
            Jdbc.update(c, "UPDATE award_form SET active = ? WHERE id = ?", active, awardFormId);
            Optional<AwardForm> after = form(c, awardFormId);
            audit.record(c, AuditEntity.AWARD_FORM, awardFormId, AuditAction.UPDATE, before.orElse(null),
                    after.orElse(null), after.map(AwardForm::name).orElse(null));
            return null;
        });
    }

    private static Optional<AwardForm> form(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM award_form WHERE id = ?", CatalogueRepository::awardForm, id);
    }

    /** Code and active flag of an existing form are left as they are: the code is kept, activity has its own call. */
    private static AwardForm writeForm(Connection c, AuditTrail audit, AwardForm f) throws SQLException {
        AwardForm before = f.id() == null ? null : form(c, f.id()).orElse(null);
        AwardForm after = writeForm(c, f);
        audit.record(c, AuditEntity.AWARD_FORM, after.id(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                before, after, after.name());
        return after;
    }

    private static AwardForm writeForm(Connection c, AwardForm f) throws SQLException {
        if (f.id() == null) {
            String code = f.code() == null || f.code().isBlank() ? newCode(c, shortName(f)) : f.code();
            int order = (int) Jdbc.count(c, "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM award_form");
            long id = Jdbc.insert(c, "INSERT INTO award_form (code, name, short_name, category, for_individual, "
                    + "for_collective, issuer, sort_order, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", code, f.name(),
                    shortName(f), f.category(), f.forIndividual(), f.forCollective(), f.issuer(), order, f.active());
            return new AwardForm(id, code, f.name(), shortName(f), f.category(), f.forIndividual(),
                    f.forCollective(), f.issuer(), order, f.active());
        }
        Jdbc.update(c, "UPDATE award_form SET name = ?, short_name = ?, category = ?, for_individual = ?, "
                + "for_collective = ?, issuer = ? WHERE id = ?", f.name(), shortName(f),
                f.category(), f.forIndividual(), f.forCollective(), f.issuer(), f.id());
        return Jdbc.one(c, "SELECT * FROM award_form WHERE id = ?", CatalogueRepository::awardForm, f.id())
                .orElseThrow(() -> UserException.of("catalogue.error.formGone", f.name()));
    }

    /**
     * The code other records keep (yearly records name titles by it): made once from the short name, "LĐTT" as
     * "LDTT", and never changed afterwards.
     */
    private static String newCode(Connection c, String shortName) throws SQLException {
        String base = VietText.fold(shortName).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "KT";
        }
        base = base.length() > 24 ? base.substring(0, 24) : base;
        String code = base;
        for (int n = 2; Jdbc.count(c, "SELECT COUNT(*) FROM award_form WHERE code = ?", code) > 0; n++) {
            code = base + "_" + n;
        }
        return code;
    }

    public List<AwardRule> rules(long legalBasisId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM award_rule WHERE legal_basis_id = ?", CatalogueRepository::rule,
                legalBasisId));
    }

    public Optional<AwardRule> rule(long awardFormId, long legalBasisId) {
        return db.read(c -> Jdbc.one(c, "SELECT * FROM award_rule WHERE award_form_id = ? AND legal_basis_id = ?",
                CatalogueRepository::rule, awardFormId, legalBasisId));
    }

    /** Every rule of every legal basis, for screens that switch between bases. */
    public List<AwardRule> allRules() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM award_rule ORDER BY legal_basis_id, award_form_id",
                CatalogueRepository::rule));
    }

    public void saveRule(AwardRule r) {
        db.inTransaction(c -> {
            writeRule(c, audit, r);
            return null;
        });
    }

    private static void writeRule(Connection c, AuditTrail audit, AwardRule r) throws SQLException {
        Optional<AwardRule> before = Jdbc.one(c, "SELECT * FROM award_rule WHERE award_form_id = ? AND legal_basis_id = ?",
                CatalogueRepository::rule, r.awardFormId(), r.legalBasisId());
        writeRule(c, r);
        AwardRule after = Jdbc.one(c, "SELECT * FROM award_rule WHERE award_form_id = ? AND legal_basis_id = ?",
                CatalogueRepository::rule, r.awardFormId(), r.legalBasisId()).orElseThrow();
        audit.record(c, AuditEntity.AWARD_RULE, r.awardFormId(), before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                before.orElse(null), after, null);
    }

    private static int writeRule(Connection c, AwardRule r) throws SQLException {
        return Jdbc.update(c, "MERGE INTO award_rule (award_form_id, legal_basis_id, individual_coefficient, "
                + "collective_coefficient, vote_threshold_percent, report_years) KEY (award_form_id, legal_basis_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", r.awardFormId(), r.legalBasisId(), r.individualCoefficient(),
                r.collectiveCoefficient(), r.voteThresholdPercent(), r.reportYears());
    }

    public List<BaseSalary> baseSalaries() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM base_salary ORDER BY effective_from", rs -> new BaseSalary(
                rs.getLong("id"), Jdbc.date(rs, "effective_from"), rs.getLong("amount"), rs.getString("note"))));
    }

    /** The base salary in force on a day: the newest row that starts on or before it. */
    public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
        return baseSalaries().stream().filter(s -> !s.effectiveFrom().isAfter(day)).reduce((a, b) -> b);
    }

    public BaseSalary saveBaseSalary(BaseSalary s) {
        if (s.effectiveFrom() == null) {
            throw UserException.of("catalogue.error.effectiveFromRequired");
        }
        if (s.amount() <= 0) {
            throw UserException.of("catalogue.error.amountPositive");
        }
        return db.inTransaction(c -> {
            long clash = Jdbc.count(c, "SELECT COUNT(*) FROM base_salary WHERE effective_from = ? AND id <> ?",
                    s.effectiveFrom(), s.id() == null ? -1L : s.id());
            if (clash > 0) {
                throw UserException.of("catalogue.error.salaryDateTaken");
            }
            if (s.id() == null) {
                long id = Jdbc.insert(c, "INSERT INTO base_salary (effective_from, amount, note) VALUES (?, ?, ?)",
                        s.effectiveFrom(), s.amount(), s.note());
                BaseSalary saved = new BaseSalary(id, s.effectiveFrom(), s.amount(), s.note());
                audit.record(c, AuditEntity.BASE_SALARY, id, AuditAction.CREATE, null, saved, null);
                return saved;
            }
            Optional<BaseSalary> before = salary(c, s.id());
            Jdbc.update(c, "UPDATE base_salary SET effective_from = ?, amount = ?, note = ? WHERE id = ?",
                    s.effectiveFrom(), s.amount(), s.note(), s.id());
            audit.record(c, AuditEntity.BASE_SALARY, s.id(), AuditAction.UPDATE, before.orElse(null), s, null);
            return s;
        });
    }

    public void deleteBaseSalary(long id) {
        db.inTransaction(c -> {
            Optional<BaseSalary> before = salary(c, id);
            Jdbc.update(c, "DELETE FROM base_salary WHERE id = ?", id);
            if (before.isPresent()) {
                audit.record(c, AuditEntity.BASE_SALARY, id, AuditAction.DELETE, before.get(), null, null);
            }
            return null;
        });
    }

    private static Optional<BaseSalary> salary(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM base_salary WHERE id = ?", rs -> new BaseSalary(rs.getLong("id"),
                Jdbc.date(rs, "effective_from"), rs.getLong("amount"), rs.getString("note")), id);
    }

    /** The short name, or the full name where none was typed. */
    private static String shortName(AwardForm f) {
        return f.shortName() == null || f.shortName().isBlank() ? f.name() : f.shortName();
    }

    private static LegalBasis legalBasis(ResultSet rs) throws SQLException {
        return new LegalBasis(rs.getLong("id"), rs.getString("code"), rs.getString("title"), Jdbc.date(rs, "issued_date"),
                Jdbc.date(rs, "effective_from"), Jdbc.date(rs, "effective_to"));
    }

    private static AwardForm awardForm(ResultSet rs) throws SQLException {
        return new AwardForm(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                AwardCategory.valueOf(rs.getString("category")), rs.getBoolean("for_individual"),
                rs.getBoolean("for_collective"), rs.getString("issuer"), rs.getInt("sort_order"), rs.getBoolean("active"));
    }

    private static AwardRule rule(ResultSet rs) throws SQLException {
        return new AwardRule(rs.getLong("award_form_id"), rs.getLong("legal_basis_id"),
                rs.getBigDecimal("individual_coefficient"), rs.getBigDecimal("collective_coefficient"),
                Jdbc.intOrNull(rs, "vote_threshold_percent"), Jdbc.intOrNull(rs, "report_years"));
    }
}
