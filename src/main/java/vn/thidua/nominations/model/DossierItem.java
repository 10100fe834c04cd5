package vn.thidua.nominations.model;

import java.time.LocalDate;

/**
 * One line of the dossier checklist: the document as the plan or the rules name it, whether it is required, and
 * the attached file when there is one. A generated document is always there; another one needs its file.
 */
public record DossierItem(Long id, DocumentKind kind, String title, boolean required, Long attachmentId,
                          String fileName, LocalDate receivedOn) {

    public boolean present() {
        return kind.generated() || attachmentId != null;
    }
}
