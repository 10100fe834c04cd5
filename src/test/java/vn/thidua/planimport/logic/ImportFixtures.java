package vn.thidua.planimport.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.Unit;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.PlanReading;

/** The seed documents (copied from the shared seeds into the test resources) and a small office to match against. */
public final class ImportFixtures {

    public static final String SEED_001 = "001_cc6558026082626c";
    public static final String SEED_002 = "002_4207ad9de07df5d3";
    public static final String SEED_003 = "003_e150be404f1134f0";

    private ImportFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/vn/thidua/planimport/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanReading docx(String seed) {
        return PlanReader.read(DocumentReader.docx(bytes(seed + ".docx"), seed + ".docx"));
    }

    public static PlanReading text(String seed) {
        return PlanReader.read(DocumentReader.text(new String(bytes(seed + ".txt"), StandardCharsets.UTF_8)));
    }

    public static List<String> values(PlanReading r, FieldKind kind) {
        return r.all(kind).stream().map(FoundField::value).toList();
    }

    public static PlanDrafts.Office office() {
        return new PlanDrafts.Office(List.of(
                new AwardForm(7L, "BK_TINH", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen tỉnh",
                        AwardCategory.AWARD, true, true, "Chủ tịch UBND tỉnh", 7, true),
                new AwardForm(8L, "GK_SO", "Giấy khen của Giám đốc Sở", "Giấy khen", AwardCategory.AWARD, true, true,
                        "Giám đốc Sở", 8, true),
                new AwardForm(6L, "CO_TD_TINH", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Cờ thi đua tỉnh",
                        AwardCategory.TITLE, false, true, "Chủ tịch UBND tỉnh", 6, true)),
                List.of(new Signer(1L, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 1, true),
                        new Signer(2L, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR, 2, true)),
                List.of(new Unit(2L, "Văn phòng Sở", "HTQT-VP", null, 1, true)));
    }
}
