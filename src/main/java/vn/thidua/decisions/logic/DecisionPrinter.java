package vn.thidua.decisions.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.common.db.Database;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.organisation.logic.AgencyRepository;

/**
 * Prints a decision to a Word file (temp file, then moved into place); the command line and the window share it. A
 * draft of the director's own shows the prizes the day's legal basis and base salary would give, so the clerk reads
 * the amounts before signing; signing fixes them.
 */
public final class DecisionPrinter {

    private final Database db;
    private final DecisionRepository decisions;
    private final AgencyRepository agency;
    private final CatalogueRepository catalogue;
    private final DocxWriter writer;

    public DecisionPrinter(Database db, DecisionRepository decisions, AgencyRepository agency,
                           CatalogueRepository catalogue, DocxWriter writer) {
        this.db = db;
        this.decisions = decisions;
        this.agency = agency;
        this.catalogue = catalogue;
        this.writer = writer;
    }

    /** The decision {@code id} as its document. */
    public OfficialDocument document(long id, LocalDate today) {
        Decision d = withEstimatedPrizes(decisions.get(id), today);
        Decision amended = d.amendsId() == null ? null : decisions.find(d.amendsId()).orElse(null);
        return new DecisionDocument(agency.agency().orElse(null), awardName(d), d, amended, today).document();
    }

    /** Writes decision {@code id} to {@code file}; returns the decision. */
    public Decision print(long id, LocalDate today, Path file) {
        Decision d = decisions.get(id);
        OfficialDocument doc = document(id, today);
        try {
            writer.writeAll(List.of(doc), file);
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
        return d;
    }

    /**
     * The award as the decision names it: its own form, or the first line's; a title as "danh hiệu Chiến sĩ thi đua cơ
     * sở", which the decision then gives ("Tặng danh hiệu …").
     */
    public String awardName(Decision d) {
        Long formId = d.awardFormId() != null ? d.awardFormId() : d.lines().isEmpty() ? null : d.lines().get(0).awardFormId();
        return catalogue.awardForms().stream().filter(f -> f.id().equals(formId)).findFirst()
                .map(f -> f.category() == AwardCategory.TITLE ? Messages.get("decisionDoc.titleOf", f.name()) : f.name())
                .orElse("");
    }

    private Decision withEstimatedPrizes(Decision d, LocalDate today) {
        if (d.signed() || !d.own() || d.lines().stream().allMatch(l -> l.prize() != null)) {
            return d;
        }
        return db.read(c -> {
            List<DecisionLine> lines = new ArrayList<>();
            for (DecisionLine l : d.lines()) {
                lines.add(l.prize() != null ? l : l.withPrize(l.goldenBookNo(),
                        PrizeCalculator.prize(c, l.awardFormId(), l.collective(), today).orElse(null)));
            }
            return d.withLines(lines);
        });
    }
}
