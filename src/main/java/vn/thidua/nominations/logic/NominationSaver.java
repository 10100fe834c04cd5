package vn.thidua.nominations.logic;

import java.time.LocalDate;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.nominations.model.Nomination;

/**
 * Saves a nomination typed in the window together with its dossier checklist, in one transaction: a refused
 * checklist leaves the nomination as it was, and a saved nomination always has the checklist of its award.
 */
public class NominationSaver {

    private final Database db;
    private final AuditTrail audit;

    public NominationSaver(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The stored nomination; its checklist is rebuilt on the legal basis in force on the given day. */
    public Nomination save(Nomination typed, LocalDate day) {
        return db.inTransaction(c -> {
            Nomination saved = NominationRepository.save(c, audit, typed);
            DossierService.prepare(c, audit, saved.id(), day);
            return saved;
        });
    }
}
