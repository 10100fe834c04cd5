package vn.thidua.app;

import java.time.LocalDate;
import vn.thidua.common.db.Database;
import vn.thidua.decisions.logic.DemoDecisions;
import vn.thidua.nominations.logic.DemoNominations;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.plans.logic.DemoPlans;
import vn.thidua.register.logic.DemoRegister;
import vn.thidua.tasks.logic.DemoTasks;

/**
 * The whole demo, office and plans, in one transaction. It lives here because organisation may not know the
 * features built on it; the command line and the office screen both run this.
 */
public final class Demo {

    private Demo() {
    }

    /** Fills an empty database; {@code today} dates this year's draft plan. Refuses a database that holds data. */
    public static void fill(Database db, LocalDate today) {
        db.inTransaction(c -> {
            DemoOffice.fill(c, 0);
            DemoPlans.Written plans = DemoPlans.write(c, today);
            DemoNominations.write(c, plans.seed001(), plans.seed003());
            DemoRegister.write(c);
            DemoDecisions.write(c);
            DemoTasks.write(c);
            return null;
        });
    }
}
