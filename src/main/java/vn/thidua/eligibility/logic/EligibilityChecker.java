package vn.thidua.eligibility.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.eligibility.model.Condition;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.eligibility.model.RuleSet;
import vn.thidua.eligibility.model.Standard;
import vn.thidua.eligibility.model.Verdict;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;

/**
 * Checks nominations against the standards of the legal basis in force on the decision date, over facts already in
 * memory: no database, no files. Blocking checks (discipline, pending inspection) come first and apply to every award;
 * then the award's standard, whose alternatives are tried in order and the first one met is reported.
 */
public final class EligibilityChecker {

    private final RecordFacts facts;
    private final Function<String, Optional<RuleSet>> ruleSets;

    /** @param ruleSets the rule set of a legal basis code, if there is one */
    public EligibilityChecker(RecordFacts facts, Function<String, Optional<RuleSet>> ruleSets) {
        this.facts = facts;
        this.ruleSets = ruleSets;
    }

    public EligibilityResult check(EligibilityQuery q) {
        List<Finding> findings = new ArrayList<>();
        Optional<LegalBasis> basis = facts.legalBasisOn(q.decisionDate());
        if (basis.isEmpty()) {
            findings.add(failed(Messages.get("eligibility.noLegalBasis", VietDates.format(q.decisionDate()))));
            return result(q, Verdict.NO_RULE, null, findings);
        }
        String basisCode = basis.get().code();
        int year = q.achievementYear();
        boolean blocked = !q.collective() && blocking(facts.person(q.staffId()), year, q.decisionDate(), findings);
        if (!q.merit()) {
            findings.add(new Finding(true, Messages.get("eligibility.nonMerit")));
            return result(q, blocked ? Verdict.BLOCKED : Verdict.ELIGIBLE, basisCode, findings);
        }
        Optional<RuleSet> rules = ruleSets.apply(basisCode);
        if (rules.isEmpty()) {
            findings.add(failed(Messages.get("eligibility.noRuleSet", basisCode, RuleSets.fileName(basisCode))));
            return result(q, blocked ? Verdict.BLOCKED : Verdict.NO_RULE, basisCode, findings);
        }
        Optional<Standard> standard = rules.get().standard(q.awardFormCode(), q.collective());
        if (standard.isEmpty()) {
            findings.add(failed(Messages.get("eligibility.noStandard", facts.shortName(q.awardFormCode()),
                    Messages.get(q.collective() ? "eligibility.collective" : "eligibility.individual"), basisCode)));
            return result(q, blocked ? Verdict.BLOCKED : Verdict.NO_RULE, basisCode, findings);
        }
        RecordFacts.Nominee nominee = q.collective() ? facts.unit(q.unitId()) : facts.person(q.staffId());
        Evaluation evaluation = new Evaluation(rules.get(), false);
        boolean met = evaluation.standard(standard.get(), nominee, year, findings);
        Verdict verdict = blocked ? Verdict.BLOCKED : met ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE;
        return result(q, verdict, basisCode, findings);
    }

    public List<EligibilityResult> checkAll(List<EligibilityQuery> queries) {
        return queries.stream().map(this::check).toList();
    }

    /** Discipline touching the year or the decision date, and an inspection pending that year, forbid any award. */
    private static boolean blocking(RecordFacts.Person p, int year, LocalDate decisionDate, List<Finding> findings) {
        boolean blocked = false;
        for (Discipline d : p.disciplines) {
            boolean onDecisionDate = !d.fromDate().isAfter(decisionDate)
                    && (d.toDate() == null || !d.toDate().isBefore(decisionDate));
            if (d.overlapsYear(year) || onDecisionDate) {
                String form = lower(Messages.label(d.form()));
                findings.add(failed(d.toDate() == null
                        ? Messages.get("eligibility.discipline", form, VietDates.format(d.fromDate()))
                        : Messages.get("eligibility.disciplineUntil", form, VietDates.format(d.fromDate()),
                                VietDates.format(d.toDate()))));
                blocked = true;
            }
        }
        if (p.inspections.contains(year)) {
            findings.add(failed(Messages.get("eligibility.inspection", year)));
            blocked = true;
        }
        if (!blocked) {
            findings.add(new Finding(true, Messages.get("eligibility.passed", Messages.get("eligibility.clear", year))));
        }
        return blocked;
    }

    private static EligibilityResult result(EligibilityQuery q, Verdict verdict, String basisCode, List<Finding> findings) {
        String reason = findings.stream().filter(f -> !f.passed()).map(Finding::text).findFirst()
                .orElseGet(() -> Messages.get(q.merit() ? "eligibility.reason.eligible" : "eligibility.reason.nonMerit"));
        return new EligibilityResult(q, verdict, basisCode, findings, reason);
    }

    private static Finding failed(String text) {
        return new Finding(false, text);
    }

    /** The standards of one rule set; nested evaluations (a title met by its standard) do not nest further. */
    private final class Evaluation {

        private final RuleSet rules;
        private final boolean nested;

        Evaluation(RuleSet rules, boolean nested) {
            this.rules = rules;
            this.nested = nested;
        }

        /**
         * Adds the findings of the first alternative met, or of every alternative when none is: each marked with its
         * number, the one nearest to being met (fewest unmet facts) first, so the reason names what is closest to
         * hand. Tells whether one was met.
         */
        boolean standard(Standard standard, RecordFacts.Nominee nominee, int year, List<Finding> out) {
            List<List<Condition>> alternatives = standard.alternatives();
            List<List<Finding>> tried = new ArrayList<>();
            for (List<Condition> alternative : alternatives) {
                List<Finding> found = new ArrayList<>();
                boolean all = true;
                for (Condition c : alternative) {
                    all &= condition(c, nominee, year, found);
                }
                if (all) {
                    out.addAll(found);
                    return true;
                }
                tried.add(found);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < tried.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingLong(i -> tried.get(i).stream().filter(f -> !f.passed()).count()));
            for (int i : order) {
                for (Finding f : tried.get(i)) {
                    out.add(tried.size() == 1 ? f
                            : new Finding(f.passed(), Messages.get("eligibility.alternative", i + 1, f.text())));
                }
            }
            return false;
        }

        /** Whether the nominee meets the standard of a title in one year, not under discipline or inspection. */
        boolean meetsStandardOf(String code, RecordFacts.Nominee nominee, int year) {
            boolean collective = nominee instanceof RecordFacts.UnitRecord;
            Optional<Standard> standard = rules.standard(code, collective);
            if (standard.isEmpty()) {
                return false;
            }
            if (nominee instanceof RecordFacts.Person p && (p.disciplinedIn(year) || p.inspections.contains(year))) {
                return false;
            }
            return new Evaluation(rules, true).standard(standard.get(), nominee, year, new ArrayList<>());
        }

        boolean holds(RecordFacts.Nominee nominee, String code, int year, boolean orStandard) {
            return nominee.holdsMerit(code, year) || (orStandard && !nested && meetsStandardOf(code, nominee, year));
        }

        private boolean condition(Condition c, RecordFacts.Nominee nominee, int year, List<Finding> out) {
            if (c instanceof Condition.RatingAtLeast r) {
                return rating(r, nominee, year, out);
            }
            if (c instanceof Condition.TitleHeld t) {
                return title(t, nominee, year, out);
            }
            if (c instanceof Condition.Innovations i) {
                return innovations(i, nominee, year, out);
            }
            if (!(nominee instanceof RecordFacts.UnitRecord unit)) {
                out.add(failed(Messages.get("eligibility.collectiveOnly")));
                return false;
            }
            if (c instanceof Condition.MemberShare s) {
                return memberShare(s, unit, year, out);
            }
            if (c instanceof Condition.MemberCount m) {
                return memberCount(m, unit, year, out);
            }
            if (c instanceof Condition.TaskCompletion t) {
                return taskCompletion(t, unit, year, out);
            }
            return noMemberDisciplined(unit, c.years(), year, out);
        }

        private boolean rating(Condition.RatingAtLeast r, RecordFacts.Nominee nominee, int year, List<Finding> out) {
            String wanted = r.atLeast() == Rating.EXCELLENT ? lower(Messages.label(r.atLeast()))
                    : Messages.get("eligibility.rating.atLeast", lower(Messages.label(r.atLeast())));
            String need = need(r.years(), wanted);
            boolean all = true;
            for (int y = year - r.years() + 1; y <= year; y++) {
                Rating got = nominee.rating(y);
                boolean ok = got != null && got.ordinal() <= r.atLeast().ordinal();
                String fact = Messages.get("eligibility.year", y,
                        got == null ? Messages.get("eligibility.rating.none") : lower(Messages.label(got)));
                out.add(finding(ok, fact, need));
                all &= ok;
            }
            return all;
        }

        private boolean title(Condition.TitleHeld t, RecordFacts.Nominee nominee, int year, List<Finding> out) {
            String name = facts.shortName(t.code());
            String need = need(t.years(), name);
            boolean all = true;
            for (int y = year - t.years() + 1; y <= year; y++) {
                String fact;
                boolean ok;
                if (nominee.holdsMerit(t.code(), y)) {
                    ok = true;
                    fact = name;
                } else if (t.orStandard() && !nested && meetsStandardOf(t.code(), nominee, y)) {
                    ok = true;
                    fact = Messages.get("eligibility.title.byStandard", name);
                } else {
                    ok = false;
                    fact = nominee.holdsNonMerit(t.code(), y) ? Messages.get("eligibility.title.nonMeritOnly", name)
                            : t.orStandard() && !nested ? Messages.get("eligibility.title.missingNorStandard", name)
                            : Messages.get("eligibility.title.missing", name);
                }
                out.add(finding(ok, Messages.get("eligibility.year", y, fact), need));
                all &= ok;
            }
            return all;
        }

        private boolean innovations(Condition.Innovations i, RecordFacts.Nominee nominee, int year, List<Finding> out) {
            int from = year - i.years() + 1;
            List<RecordFacts.Person> people = nominee instanceof RecordFacts.Person p ? List.of(p)
                    : ((RecordFacts.UnitRecord) nominee).staff;
            int count = 0;
            for (RecordFacts.Person p : people) {
                for (Innovation innovation : p.innovations) {
                    if (innovation.year() >= from && innovation.year() <= year
                            && innovation.level().ordinal() >= i.minLevel().ordinal()) {
                        count++;
                    }
                }
            }
            String level = i.minLevel() == InnovationLevel.NATIONAL ? lower(Messages.label(i.minLevel()))
                    : Messages.get("eligibility.innovations.levelAtLeast", lower(Messages.label(i.minLevel())));
            String fact = Messages.get("eligibility.year", span(from, year),
                    Messages.get("eligibility.innovations.count", count, level));
            boolean ok = count >= i.count();
            out.add(finding(ok, fact, Messages.get("eligibility.innovations.need", i.count(), level)));
            return ok;
        }

        private boolean memberShare(Condition.MemberShare s, RecordFacts.UnitRecord unit, int year, List<Finding> out) {
            String name = facts.shortName(s.code());
            String need = Messages.get("eligibility.members.needShare", percent(s.percent()), name);
            boolean all = true;
            for (int y = year - s.years() + 1; y <= year; y++) {
                List<RecordFacts.Person> members = unit.membersIn(y);
                int holding = 0;
                for (RecordFacts.Person p : members) {
                    holding += holds(p, s.code(), y, s.orStandard()) ? 1 : 0;
                }
                boolean ok = !members.isEmpty() && BigDecimal.valueOf(holding * 100L)
                        .compareTo(s.percent().multiply(BigDecimal.valueOf(members.size()))) >= 0;
                String fact = members.isEmpty() ? Messages.get("eligibility.members.none")
                        : Messages.get("eligibility.members.share", holding, members.size(), name,
                        percent(BigDecimal.valueOf(holding * 100L).divide(BigDecimal.valueOf(members.size()), 1,
                                RoundingMode.HALF_UP)));
                out.add(finding(ok, Messages.get("eligibility.year", y, fact), need));
                all &= ok;
            }
            return all;
        }

        private boolean memberCount(Condition.MemberCount m, RecordFacts.UnitRecord unit, int year, List<Finding> out) {
            String name = facts.shortName(m.code());
            String need = Messages.get("eligibility.members.needCount", m.count(), name);
            boolean all = true;
            for (int y = year - m.years() + 1; y <= year; y++) {
                int holding = 0;
                for (RecordFacts.Person p : unit.membersIn(y)) {
                    holding += holds(p, m.code(), y, m.orStandard()) ? 1 : 0;
                }
                boolean ok = holding >= m.count();
                out.add(finding(ok, Messages.get("eligibility.year", y,
                        Messages.get("eligibility.members.count", holding, name)), need));
                all &= ok;
            }
            return all;
        }

        private boolean taskCompletion(Condition.TaskCompletion t, RecordFacts.UnitRecord unit, int year, List<Finding> out) {
            String need = Messages.get("eligibility.tasks.need", percent(t.percent()));
            boolean all = true;
            for (int y = year - t.years() + 1; y <= year; y++) {
                BigDecimal done = unit.taskCompletion.get(y);
                boolean ok = done != null && done.compareTo(t.percent()) >= 0;
                String fact = done == null ? Messages.get("eligibility.tasks.none")
                        : Messages.get("eligibility.tasks.done", percent(done));
                out.add(finding(ok, Messages.get("eligibility.year", y, fact), need));
                all &= ok;
            }
            return all;
        }

        private boolean noMemberDisciplined(RecordFacts.UnitRecord unit, int years, int year, List<Finding> out) {
            boolean all = true;
            for (int y = year - years + 1; y <= year; y++) {
                int inYear = y;
                List<String> names = unit.membersIn(y).stream().filter(p -> p.disciplinedIn(inYear))
                        .map(p -> p.name).toList();
                boolean ok = names.isEmpty();
                String fact = ok ? Messages.get("eligibility.members.noneDisciplined")
                        : Messages.get("eligibility.members.disciplined", String.join(", ", names));
                out.add(finding(ok, Messages.get("eligibility.year", y, fact),
                        Messages.get("eligibility.members.needNoneDisciplined")));
                all &= ok;
            }
            return all;
        }
    }

    private static Finding finding(boolean ok, String fact, String need) {
        return ok ? new Finding(true, Messages.get("eligibility.passed", fact))
                : failed(Messages.get("eligibility.failed", fact, need));
    }

    /** "cần LĐTT", or "cần 3 năm liên tục CSTĐ cơ sở". */
    private static String need(int years, String what) {
        return years == 1 ? Messages.get("eligibility.need", what) : Messages.get("eligibility.needYears", years, what);
    }

    private static String span(int from, int to) {
        return from == to ? String.valueOf(to) : Messages.get("eligibility.span", from, to);
    }

    /** 70 as "70", 66.7 as "66,7". */
    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Labels start with a capital ("Hoàn thành tốt nhiệm vụ"); inside a sentence they do not. */
    private static String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(VietText.VIETNAMESE)
                + label.substring(1);
    }
}
