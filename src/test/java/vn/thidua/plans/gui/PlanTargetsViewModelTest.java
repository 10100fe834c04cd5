package vn.thidua.plans.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.plans.gui.PlanTargetsViewModel.Outcome;
import vn.thidua.plans.gui.PlanTargetsViewModel.Row;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanSummary;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetMeasure;
import vn.thidua.plans.model.TargetResult;
import vn.thidua.testsupport.RecordingDialogs;

class PlanTargetsViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<Plan> opened = new SimpleObjectProperty<>();
    private PlanTargetsViewModel model;
    private Plan draft;

    @BeforeEach
    void setUp() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        long id = services.plans().all().stream().filter(p -> p.number() == null).map(PlanSummary::id).findFirst()
                .orElseThrow();
        draft = services.plans().get(id);
        model = new PlanTargetsViewModel(opened, services.targetProgress(), services.records(), new SameThreadExecutor(),
                dialogs);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void showsTheLastThreeYearsWithRecordsAndThePlansYear() {
        assertEquals(List.of(2023, 2024, 2025, 2026), PlanTargetsViewModel.years(2026, 2025));
        assertEquals(List.of(2022, 2023, 2024), PlanTargetsViewModel.years(2024, 2025));
        assertEquals(List.of(2026), PlanTargetsViewModel.years(2026, null));
    }

    @Test
    void theDemoDraftsTargetsAreTheProgressOfEachYear() {
        opened.set(draft);
        assertTrue(model.availableProperty().get());
        List<Row> expected = new ArrayList<>();
        List<Target> measurable = draft.targets().stream().filter(Target::isMeasurable).toList();
        for (int t = 0; t < measurable.size(); t++) {
            for (int year = 2023; year <= 2026; year++) {
                TargetResult r = services.targetProgress().of(draft, year).get(t);
                Outcome outcome = r.actual() == null ? Outcome.NO_DATA : r.met() ? Outcome.MET : Outcome.NOT_MET;
                expected.add(new Row(measurable.get(t).text(), year, PlanTargetsViewModel.value(r.target(), r.actual()),
                        PlanTargetsViewModel.threshold(r.target()), outcome));
            }
        }
        assertEquals(expected, model.rows());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theShareRatedGoodIn2025IsCountedFromTheRecords() {
        opened.set(draft);
        Map<Long, StaffYear> year = services.records().staffYears(2025);
        long rated = year.values().stream().filter(y -> y.rating() != null).count();
        long good = year.values().stream()
                .filter(y -> y.rating() == Rating.EXCELLENT || y.rating() == Rating.GOOD).count();
        BigDecimal share = BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
        Target target = draft.targets().stream().filter(t -> t.measure() == TargetMeasure.SHARE_RATED_GOOD_OR_BETTER)
                .findFirst().orElseThrow();
        Row row = model.rows().stream().filter(r -> r.year() == 2025 && r.target().equals(target.text())).findFirst()
                .orElseThrow();

        assertEquals(share.stripTrailingZeros().toPlainString().replace('.', ',') + "%", row.actual());
        assertEquals("≥ 90%", row.threshold());
        boolean met = share.compareTo(target.threshold()) >= 0;
        assertEquals(met ? Outcome.MET : Outcome.NOT_MET, row.outcome());
        assertEquals(Messages.get(met ? "plan.targetProgress.met" : "plan.targetProgress.notMet"), row.outcomeText());
    }

    @Test
    void aYearWithoutRatingsHasNoDataForAShare() {
        opened.set(draft);
        Row row = model.rows().stream().filter(r -> r.year() == 2026
                && r.threshold().equals("≤ 2%")).findFirst().orElseThrow();
        assertEquals(new Row(row.target(), 2026, "–", "≤ 2%", Outcome.NO_DATA), row);
        assertEquals(Messages.get("plan.targetProgress.noData"), row.outcomeText());
    }

    @Test
    void aNewPlanOrOneWithoutMeasurableTargetsShowsNothing() {
        assertFalse(model.availableProperty().get());
        opened.set(draft);
        opened.set(null);
        assertFalse(model.availableProperty().get());
        assertEquals(List.of(), model.rows());
    }
}
