package vn.thidua.catalogue.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.AwardRule;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;

/**
 * The rules the catalogue's entries must meet, shared by the editors (one message per field, null when fine) and
 * the repository (which refuses what the editors would refuse). Numbers are read as the clerk types them:
 * "1,5" and "1.5" are the same coefficient; "2.340.000" is an amount.
 */
public final class CatalogueValidator {

    public static final int MAX_REPORT_YEARS = 10;

    private static final Pattern COEFFICIENT = Pattern.compile("\\d{0,4}(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([.,]\\d{3})+|\\d{1,3}( \\d{3})+|\\d{1,13}");

    private CatalogueValidator() {
    }

    // Legal bases

    public static String basisCode(String code, Long selfId, List<LegalBasis> all) {
        String c = VietText.clean(code);
        if (c == null || c.isEmpty()) {
            return Messages.get("catalogue.error.codeRequired");
        }
        for (LegalBasis b : all) {
            if (!b.id().equals(selfId) && b.code().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
                return Messages.get("catalogue.error.basisCodeTaken", c);
            }
        }
        return null;
    }

    public static String basisTitle(String title) {
        String t = VietText.clean(title);
        return t == null || t.isEmpty() ? Messages.get("catalogue.error.titleRequired") : null;
    }

    public static String effectiveFrom(LocalDate from) {
        return from == null ? Messages.get("catalogue.error.effectiveFromRequired") : null;
    }

    public static String period(LocalDate from, LocalDate to) {
        return from != null && to != null && to.isBefore(from) ? Messages.get("catalogue.error.periodReversed") : null;
    }

    /** Another basis in force on some day of the period from–to (to null: open-ended). */
    public static Optional<LegalBasis> overlapping(Long selfId, LocalDate from, LocalDate to, List<LegalBasis> all) {
        if (from == null || (to != null && to.isBefore(from))) {
            return Optional.empty();
        }
        return all.stream().filter(b -> !b.id().equals(selfId))
                .filter(b -> (b.effectiveTo() == null || !from.isAfter(b.effectiveTo()))
                        && (to == null || !b.effectiveFrom().isAfter(to)))
                .findFirst();
    }

    /** Two legal bases may not be in force on the same day: the decision's date must name exactly one. */
    public static String overlap(Long selfId, LocalDate from, LocalDate to, List<LegalBasis> all) {
        return overlapping(selfId, from, to, all)
                .map(b -> Messages.get("catalogue.error.periodOverlap", b.code(), periodText(b)))
                .orElse(null);
    }

    /** "từ 01/07/2025" or "từ 01/01/2024 đến 30/06/2025". */
    public static String periodText(LegalBasis b) {
        return b.effectiveTo() == null
                ? Messages.get("catalogue.period.from", VietDates.format(b.effectiveFrom()))
                : Messages.get("catalogue.period.fromTo", VietDates.format(b.effectiveFrom()),
                        VietDates.format(b.effectiveTo()));
    }

    /** What the repository refuses, worded for a whole record rather than a field. */
    public static void requireValid(LegalBasis b, List<LegalBasis> all) {
        first(blank(b.code()) || blank(b.title()) ? Messages.get("catalogue.error.basisRequired") : null,
                effectiveFrom(b.effectiveFrom()), period(b.effectiveFrom(), b.effectiveTo()),
                basisCode(b.code(), b.id(), all), overlap(b.id(), b.effectiveFrom(), b.effectiveTo(), all));
    }

    // Titles and award forms

    public static String formName(String name) {
        String n = VietText.clean(name);
        return n == null || n.isEmpty() ? Messages.get("catalogue.error.nameRequired") : null;
    }

    public static String recipients(boolean individual, boolean collective) {
        return individual || collective ? null : Messages.get("catalogue.error.recipientMissing");
    }

    public static String issuer(String issuer) {
        String i = VietText.clean(issuer);
        return i == null || i.isEmpty() ? Messages.get("catalogue.error.issuerRequired") : null;
    }

    /** A prize coefficient (× base salary): blank is none; "1,5" and "1.5" are 1.5. */
    public static BigDecimal parseCoefficient(String text) {
        String t = VietText.clean(text);
        if (t == null || t.isEmpty()) {
            return null;
        }
        t = t.replace(',', '.').replace(" ", "");
        if (!COEFFICIENT.matcher(t).matches() || t.equals(".") || t.isEmpty()) {
            throw new IllegalArgumentException(text);
        }
        BigDecimal value = new BigDecimal(t.startsWith(".") ? "0" + t : t).stripTrailingZeros();
        if (value.scale() > 2) {
            throw new IllegalArgumentException(text);
        }
        return value.setScale(Math.max(value.scale(), 1));
    }

    public static String coefficient(String text) {
        try {
            parseCoefficient(text);
            return null;
        } catch (IllegalArgumentException e) {
            return Messages.get("catalogue.error.coefficient", VietText.clean(text));
        }
    }

    /** The council's vote threshold in percent of all members: blank is none, else 0–100 ("80" or "80%"). */
    public static Integer parseVoteThreshold(String text) {
        Integer v = parseWhole(text, "%");
        if (v != null && v > 100) {
            throw new IllegalArgumentException(text);
        }
        return v;
    }

    public static String voteThreshold(String text) {
        try {
            parseVoteThreshold(text);
            return null;
        } catch (IllegalArgumentException e) {
            return Messages.get("catalogue.error.threshold", VietText.clean(text));
        }
    }

    /** Years the achievement report covers: blank is none, else 1 to {@value #MAX_REPORT_YEARS}. */
    public static Integer parseReportYears(String text) {
        Integer v = parseWhole(text, "");
        if (v != null && (v < 1 || v > MAX_REPORT_YEARS)) {
            throw new IllegalArgumentException(text);
        }
        return v;
    }

    public static String reportYears(String text) {
        try {
            parseReportYears(text);
            return null;
        } catch (IllegalArgumentException e) {
            return Messages.get("catalogue.error.reportYears", VietText.clean(text), MAX_REPORT_YEARS);
        }
    }

    /** What the repository refuses, worded for a whole record rather than a field. */
    public static void requireValid(AwardForm f, AwardRule r) {
        first(blank(f.name()) ? Messages.get("catalogue.error.formRequired") : null,
                f.forIndividual() || f.forCollective() ? null : Messages.get("catalogue.error.recipientRequired", f.name()),
                issuer(f.issuer()), r == null ? null : ruleProblem(r));
    }

    private static String ruleProblem(AwardRule r) {
        if (negative(r.individualCoefficient()) || negative(r.collectiveCoefficient())) {
            return Messages.get("catalogue.error.coefficient", negative(r.individualCoefficient())
                    ? r.individualCoefficient() : r.collectiveCoefficient());
        }
        if (r.voteThresholdPercent() != null && (r.voteThresholdPercent() < 0 || r.voteThresholdPercent() > 100)) {
            return Messages.get("catalogue.error.threshold", r.voteThresholdPercent());
        }
        if (r.reportYears() != null && (r.reportYears() < 1 || r.reportYears() > MAX_REPORT_YEARS)) {
            return Messages.get("catalogue.error.reportYears", r.reportYears(), MAX_REPORT_YEARS);
        }
        return null;
    }

    // Base salary

    /** An amount in đồng as typed: "2.340.000", "2 340 000", "2340000", with or without "đ". */
    public static long parseAmount(String text) {
        String t = VietText.clean(text);
        if (t == null) {
            throw new IllegalArgumentException("");
        }
        t = t.replaceFirst("(?i)\\s*(đồng|đ)$", "");
        if (!AMOUNT.matcher(t).matches()) {
            throw new IllegalArgumentException(text);
        }
        long value = Long.parseLong(t.replaceAll("[., ]", ""));
        if (value <= 0) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    public static String amount(String text) {
        String t = VietText.clean(text);
        if (t == null || t.isEmpty()) {
            return Messages.get("catalogue.error.amountRequired");
        }
        try {
            parseAmount(t);
            return null;
        } catch (IllegalArgumentException e) {
            return Messages.get("catalogue.error.amount", t);
        }
    }

    public static String salaryDate(LocalDate from, Long selfId, List<BaseSalary> all) {
        if (from == null) {
            return Messages.get("catalogue.error.effectiveFromRequired");
        }
        boolean taken = all.stream().anyMatch(s -> !s.id().equals(selfId) && s.effectiveFrom().equals(from));
        return taken ? Messages.get("catalogue.error.salaryDateTaken") : null;
    }

    private static Integer parseWhole(String text, String suffix) {
        String t = VietText.clean(text);
        if (t == null || t.isEmpty()) {
            return null;
        }
        if (!suffix.isEmpty() && t.endsWith(suffix)) {
            t = t.substring(0, t.length() - suffix.length()).strip();
        }
        if (!WHOLE.matcher(t).matches()) {
            throw new IllegalArgumentException(text);
        }
        return Integer.parseInt(t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean negative(BigDecimal d) {
        return d != null && d.signum() < 0;
    }

    private static void first(String... problems) {
        for (String p : problems) {
            if (p != null) {
                throw new UserException(p);
            }
        }
    }
}
