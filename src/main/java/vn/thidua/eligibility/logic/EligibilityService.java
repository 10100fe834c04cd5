package vn.thidua.eligibility.logic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.Messages;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.eligibility.model.RuleSet;
import vn.thidua.eligibility.model.Verdict;

/**
 * Checks nominations against their awards' standards. A batch reads its facts once ({@link RecordFactsLoader}: a
 * few queries for the years the batch needs) and checks every nomination in memory.
 */
public class EligibilityService {

    private final RecordFactsLoader loader;
    private final CatalogueRepository catalogue;
    private final RuleSets ruleSets;

    public EligibilityService(RecordFactsLoader loader, CatalogueRepository catalogue, RuleSets ruleSets) {
        this.loader = loader;
        this.catalogue = catalogue;
        this.ruleSets = ruleSets;
    }

    /** The verdict as lists show it: "Đủ tiêu chuẩn", "Không được khen thưởng". */
    public static String label(Verdict verdict) {
        return switch (verdict) {
            case ELIGIBLE -> Messages.get("eligibility.verdict.eligible");
            case NOT_ELIGIBLE -> Messages.get("eligibility.verdict.notEligible");
            case BLOCKED -> Messages.get("eligibility.verdict.blocked");
            case NO_RULE -> Messages.get("eligibility.verdict.noRule");
        };
    }

    public EligibilityResult check(EligibilityQuery query) {
        return checkAll(List.of(query)).get(0);
    }

    /**
     * One result per query, in the same order. A rule file of the clerk's that cannot be read stops the batch with a
     * {@link vn.thidua.common.i18n.UserException} that names the file and the problem.
     */
    public List<EligibilityResult> checkAll(List<EligibilityQuery> queries) {
        if (queries.isEmpty()) {
            return List.of();
        }
        List<LegalBasis> bases = catalogue.legalBases();
        Map<String, Optional<RuleSet>> rules = new HashMap<>();
        int lookBack = 1;
        for (EligibilityQuery q : queries) {
            Optional<LegalBasis> basis = bases.stream().filter(b -> b.inForceOn(q.decisionDate())).reduce((a, b) -> b);
            if (q.merit() && basis.isPresent()) {
                Optional<RuleSet> set = rules.computeIfAbsent(basis.get().code(), ruleSets::forBasis);
                // A title met by its own standard in the earliest year may look back as far again.
                lookBack = Math.max(lookBack, set.map(r -> 2 * r.longestPeriod() - 1).orElse(1));
            }
        }
        int from = queries.stream().mapToInt(EligibilityQuery::achievementYear).min().orElseThrow() - lookBack + 1;
        int to = queries.stream().mapToInt(EligibilityQuery::achievementYear).max().orElseThrow();
        Map<String, String> shortNames = new HashMap<>();
        for (AwardForm f : catalogue.awardForms()) {
            shortNames.put(f.code(), f.shortName());
        }
        RecordFacts facts = loader.load(from, to, bases, shortNames);
        EligibilityChecker checker = new EligibilityChecker(facts,
                code -> rules.computeIfAbsent(code, ruleSets::forBasis));
        return checker.checkAll(queries);
    }
}
