package vn.thidua.exchange.model;

import java.time.LocalDateTime;
import java.util.List;
import vn.thidua.plans.model.Plan;

/**
 * What an exchange file's {@code exchange.json} holds: a plan with its nominations, the people, units and award forms
 * they name (by the sending installation's ids, which the import maps onto its own), the council meetings that voted
 * on them, and the attached documents' checksums (their bytes are the zip's {@code attachments/<sha256>} entries).
 * The plan and nominations are the program's own records; a change to them is a new {@code formatVersion}.
 */
public record ExchangeFile(String format, int formatVersion, LocalDateTime exportedAt, Office office, Plan plan,
                           List<Unit> units, List<Person> people, List<AwardFormRef> awardForms,
                           List<NominationEntry> nominations, List<MeetingEntry> meetings,
                           List<AttachmentEntry> attachments) {

    public static final String FORMAT = "thidua-exchange";

    /** The office that exported the file, as its documents' header names it. */
    public record Office(String name, String parentAgency, String shortCode) {
    }

    public record Unit(long id, String name, String shortName, vn.thidua.organisation.model.UnitType type) {
    }

    /** A person as the receiving office needs them: code, name and birth date to match, the rest to add them. */
    public record Person(long id, String code, String fullName, vn.thidua.organisation.model.Gender gender,
                         java.time.LocalDate birthDate, String position, Long unitId,
                         vn.thidua.organisation.model.StaffKind kind, boolean leader, String hometown, String residence,
                         String qualification, String academicTitle) {
    }

    /** An award form matched on the receiving side by its code, else by its name. */
    public record AwardFormRef(long id, String code, String name) {
    }

    public record NominationEntry(vn.thidua.nominations.model.Nomination nomination,
                                  List<vn.thidua.nominations.model.StatusChange> history, List<DossierEntry> dossier) {
    }

    /** A line of the dossier checklist; {@code attachment} is the SHA-256 of its file, or null. */
    public record DossierEntry(vn.thidua.nominations.model.DocumentKind kind, String title, boolean required,
                               java.time.LocalDate receivedOn, String attachment) {
    }

    /** A meeting of the sending office's council and its vote on each of the file's nominations. */
    public record MeetingEntry(java.time.LocalDate date, Integer minutesNumber, String subject, int members, int present,
                               boolean closed, List<VoteEntry> votes) {
    }

    public record VoteEntry(long nominationId, int agree, int disagree, int abstain, int writtenAgree,
                            int writtenDisagree) {
    }

    public record AttachmentEntry(String sha256, String fileName, long sizeBytes) {
    }
}
