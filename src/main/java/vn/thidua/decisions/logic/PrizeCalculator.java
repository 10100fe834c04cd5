package vn.thidua.decisions.logic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import vn.thidua.catalogue.logic.PrizeMoney;
import vn.thidua.common.db.Jdbc;

/**
 * Tiền thưởng of one award on a signing day: the coefficient the legal basis in force that day gives the award (for
 * an individual or a collective) × the base salary in force that day, rounded up to the next 10.000 đ.
 */
public final class PrizeCalculator {

    private PrizeCalculator() {
    }

    /** The prize, or empty when the award carries none for that kind of recipient or no base salary applies yet. */
    public static Optional<Long> prize(Connection c, long awardFormId, boolean collective, LocalDate signingDay)
            throws SQLException {
        String column = collective ? "collective_coefficient" : "individual_coefficient";
        Optional<BigDecimal> coefficient = Jdbc.list(c, "SELECT r." + column + " FROM award_rule r JOIN legal_basis b "
                + "ON b.id = r.legal_basis_id WHERE r.award_form_id = ? AND b.effective_from <= ? "
                + "AND (b.effective_to IS NULL OR b.effective_to >= ?) AND r." + column + " IS NOT NULL "
                + "ORDER BY b.effective_from DESC", rs -> rs.getBigDecimal(1), awardFormId, signingDay, signingDay)
                .stream().findFirst();
        Optional<Long> salary = Jdbc.list(c, "SELECT amount FROM base_salary WHERE effective_from <= ? "
                + "ORDER BY effective_from DESC", rs -> rs.getLong(1), signingDay).stream().findFirst();
        if (coefficient.isEmpty() || salary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(PrizeMoney.amount(coefficient.get(), salary.get()));
    }
}
