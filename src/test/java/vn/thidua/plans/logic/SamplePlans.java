package vn.thidua.plans.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;

/** The demo's seed plans without a database, for the benchmark: the catalogue's ids and names stood in by a map. */
public final class SamplePlans {

    private static final Map<String, Long> FORMS = Map.of("BK_TINH", 7L, "GK_SO", 8L, "LDTT", 1L, "CSTD_CS", 2L,
            "TT_LDTT", 4L);
    private static final Map<Long, String> NAMES = Map.of(7L, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            8L, "Giấy khen của Giám đốc Sở", 1L, "Lao động tiên tiến", 2L, "Chiến sĩ thi đua cơ sở",
            4L, "Tập thể lao động tiên tiến");

    private SamplePlans() {
    }

    public static Agency agency() {
        return new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "SNgV", "Lạng Sơn", null, null, null);
    }

    public static LongFunction<String> formNames() {
        return NAMES::get;
    }

    /** Seed 003 as issued (579/KH-SNgV of 20/3/2026), signed by the deputy. */
    public static Plan seed003() {
        Plan p = DemoPlans.seed003(FORMS, new PlanSigner(2L, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR), 2L);
        return p.withIssue(DemoPlans.SEED_003_NUMBER, PlanStatus.ISSUED, PlanDate.of(DemoPlans.SEED_003_DATE));
    }

    /** Seed 003 with its contents given {@code times} over (numbered on), to make a longer plan of the same kind. */
    public static Plan seed003Padded(int times) {
        Plan p = seed003();
        List<ContentItem> contents = new ArrayList<>();
        int n = 0;
        for (int t = 0; t < times; t++) {
            for (ContentItem item : p.contents()) {
                contents.add(new ContentItem((++n) + ".", item.heading(), item.body(), item.children()));
            }
        }
        return new Plan(p.id(), p.code(), p.number(), p.status(), p.place(), p.date(), p.title(), p.basis(),
                p.introduction(), p.theme(), p.purposes(), p.requirements(), p.objectives(), p.targets(), contents,
                p.period(), p.movementForm(), p.eligible(), p.criteria(), p.offers(), p.overallQuota(),
                p.dossierDocuments(), p.dossierDeadline(), p.dossierDestination(), p.duties(), p.closing(),
                p.recipients(), p.signer());
    }
}
