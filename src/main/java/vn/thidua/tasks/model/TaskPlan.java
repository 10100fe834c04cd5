package vn.thidua.tasks.model;

import java.util.List;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;

/**
 * The office's yearly plan of key tasks and work (seed 002) with every field the printed plan holds: number and code
 * ("Số: /KH-SNgV", blank until signed), place and date (often month and year only), title, basis documents, the
 * introduction after them, "I. Mục đích, yêu cầu" lines, the assignment of the key tasks (1.2) and of the work
 * programme (2.), the duties of "III. Tổ chức thực hiện", a closing paragraph, recipients and signer. The document
 * fields are the emulation plan's own types ({@link DocumentRef}, {@link PlanDate}, {@link PlanSigner}).
 */
public record TaskPlan(Long id, int year, String code, Integer number, String place, PlanDate date, String title,
                       List<DocumentRef> basis, String introduction, List<String> purposes,
                       List<String> keyAssignments, List<String> programme, List<String> duties, String closing,
                       List<String> recipients, PlanSigner signer) {

    public TaskPlan {
        basis = List.copyOf(basis == null ? List.of() : basis);
        purposes = List.copyOf(purposes == null ? List.of() : purposes);
        keyAssignments = List.copyOf(keyAssignments == null ? List.of() : keyAssignments);
        programme = List.copyOf(programme == null ? List.of() : programme);
        duties = List.copyOf(duties == null ? List.of() : duties);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
    }

    /** A new plan of the year, dated with the year only, titled as seed 002 is. */
    public static TaskPlan draft(int year, String title) {
        return new TaskPlan(null, year, "KH", null, null, new PlanDate(year, null, null), title, List.of(), null,
                List.of(), List.of(), List.of(), List.of(), null, List.of(), null);
    }

    public TaskPlan withId(Long newId) {
        return new TaskPlan(newId, year, code, number, place, date, title, basis, introduction, purposes,
                keyAssignments, programme, duties, closing, recipients, signer);
    }
}
