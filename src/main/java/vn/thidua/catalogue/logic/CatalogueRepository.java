package vn.thidua.catalogue.logic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.AwardRule;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;

/** Legal bases, titles and award forms with their rules, and the dated base salary. */
public class CatalogueRepository {

    private final Database db;

    public CatalogueRepository(Database db) {
        this.db = db;
    }

    public List<LegalBasis> legalBases() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM legal_basis ORDER BY effective_from", CatalogueRepository::legalBasis));
    }

    /** The legal basis in force on a day (the decision's date), if any. */
    public Optional<LegalBasis> legalBasisOn(LocalDate day) {
        return legalBases().stream().filter(b -> b.inForceOn(day)).reduce((a, b) -> b);
    }

    public LegalBasis saveLegalBasis(LegalBasis b) {
        if (b.code() == null || b.code().isBlank() || b.title() == null || b.title().isBlank()) {
            throw UserException.of("catalogue.error.basisRequired");
        }
        if (b.effectiveFrom() == null) {
            throw UserException.of("catalogue.error.effectiveFromRequired");
        }
        if (b.effectiveTo() != null && b.effectiveTo().isBefore(b.effectiveFrom())) {
            throw UserException.of("catalogue.error.periodReversed");
        }
        return db.inTransaction(c -> {
            if (b.id() == null) {
                long id = Jdbc.insert(c, "INSERT INTO legal_basis (code, title, issued_date, effective_from, effective_to) "
                        + "VALUES (?, ?, ?, ?, ?)", b.code(), b.title(), b.issuedDate(), b.effectiveFrom(), b.effectiveTo());
                return new LegalBasis(id, b.code(), b.title(), b.issuedDate(), b.effectiveFrom(), b.effectiveTo());
            }
            Jdbc.update(c, "UPDATE legal_basis SET code = ?, title = ?, issued_date = ?, effective_from = ?, effective_to = ? "
                    + "WHERE id = ?", b.code(), b.title(), b.issuedDate(), b.effectiveFrom(), b.effectiveTo(), b.id());
            return b;
        });
    }

    public List<AwardForm> awardForms() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM award_form ORDER BY sort_order, id", CatalogueRepository::awardForm));
    }

    public AwardForm saveAwardForm(AwardForm f) {
        if (f.code() == null || f.code().isBlank() || f.name() == null || f.name().isBlank()) {
            throw UserException.of("catalogue.error.formRequired");
        }
        if (!f.forIndividual() && !f.forCollective()) {
            throw UserException.of("catalogue.error.recipientRequired", f.name());
        }
        return db.inTransaction(c -> {
            if (f.id() == null) {
                int order = (int) Jdbc.count(c, "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM award_form");
                long id = Jdbc.insert(c, "INSERT INTO award_form (code, name, short_name, category, for_individual, "
                        + "for_collective, issuer, sort_order, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", f.code(), f.name(),
                        shortName(f), f.category(), f.forIndividual(), f.forCollective(), f.issuer(), order, f.active());
                return new AwardForm(id, f.code(), f.name(), shortName(f), f.category(), f.forIndividual(),
                        f.forCollective(), f.issuer(), order, f.active());
            }
            Jdbc.update(c, "UPDATE award_form SET code = ?, name = ?, short_name = ?, category = ?, for_individual = ?, "
                    + "for_collective = ?, issuer = ?, active = ? WHERE id = ?", f.code(), f.name(), shortName(f),
                    f.category(), f.forIndividual(), f.forCollective(), f.issuer(), f.active(), f.id());
            return f;
        });
    }

    public List<AwardRule> rules(long legalBasisId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM award_rule WHERE legal_basis_id = ?", CatalogueRepository::rule,
                legalBasisId));
    }

    public Optional<AwardRule> rule(long awardFormId, long legalBasisId) {
        return db.read(c -> Jdbc.one(c, "SELECT * FROM award_rule WHERE award_form_id = ? AND legal_basis_id = ?",
                CatalogueRepository::rule, awardFormId, legalBasisId));
    }

    public void saveRule(AwardRule r) {
        db.inTransaction(c -> Jdbc.update(c, "MERGE INTO award_rule (award_form_id, legal_basis_id, individual_coefficient, "
                + "collective_coefficient, vote_threshold_percent, report_years) KEY (award_form_id, legal_basis_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", r.awardFormId(), r.legalBasisId(), r.individualCoefficient(),
                r.collectiveCoefficient(), r.voteThresholdPercent(), r.reportYears()));
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
                return new BaseSalary(id, s.effectiveFrom(), s.amount(), s.note());
            }
            Jdbc.update(c, "UPDATE base_salary SET effective_from = ?, amount = ?, note = ? WHERE id = ?",
                    s.effectiveFrom(), s.amount(), s.note(), s.id());
            return s;
        });
    }

    public void deleteBaseSalary(long id) {
        db.inTransaction(c -> Jdbc.update(c, "DELETE FROM base_salary WHERE id = ?", id));
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
