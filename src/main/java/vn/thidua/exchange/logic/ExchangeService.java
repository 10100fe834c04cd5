package vn.thidua.exchange.logic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.attachments.AttachmentStore;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.text.VietText;
import vn.thidua.exchange.model.ExchangeFile;
import vn.thidua.exchange.model.ExportSummary;
import vn.thidua.exchange.model.ImportReport;
import vn.thidua.nominations.logic.DossierService;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.StatusChange;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.PlanSummary;

/**
 * Exports a plan with its nominations to an exchange file and imports one from another installation. The import is
 * one transaction: everything in the file is added, or nothing is. It first maps the sender's records onto this
 * installation's: award forms by code (else name; an unknown one refuses the file), units by name, people by staff
 * code with the same name, else by name and birth date; the plan by code, number and year (with the same title it is
 * the same plan, and its nominations already here are skipped; with another title the file's plan comes in as a new
 * draft). The council meetings stay the sender's: they are reported, not added to this council.
 */
public class ExchangeService {

    /** The repositories the exchange reads and writes through. */
    public record Sources(PlanRepository plans, NominationRepository nominations, DossierService dossiers,
                          MeetingRepository meetings, StaffRepository staff, UnitRepository units,
                          CatalogueRepository catalogue, AgencyRepository agency) {
    }

    private final Database db;
    private final AuditTrail audit;
    private final AttachmentStore attachments;
    private final Sources s;

    public ExchangeService(Database db, AuditTrail audit, AttachmentStore attachments, Sources sources) {
        this.db = db;
        this.audit = audit;
        this.attachments = attachments;
        this.s = sources;
    }

    // --- export ---------------------------------------------------------------------------------------------------

    /** Writes the plan's exchange file (to a temp file moved into place). */
    public ExportSummary export(long planId, Path target) {
        Plan plan = s.plans().get(planId);
        List<ExchangeFile.NominationEntry> nominations = new ArrayList<>();
        Map<String, ExchangeFile.AttachmentEntry> documents = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        Set<Long> unitIds = new LinkedHashSet<>();
        Set<Long> staffIds = new LinkedHashSet<>();
        Set<Long> formIds = new LinkedHashSet<>();
        plan.offers().forEach(o -> formIds.add(o.awardFormId()));
        plan.duties().stream().map(Duty::unitId).filter(Objects::nonNull).forEach(unitIds::add);
        for (NominationSummary summary : s.nominations().forPlan(planId)) {
            Nomination n = s.nominations().get(summary.id());
            formIds.add(n.awardFormId());
            if (n.nominee().isPerson()) {
                staffIds.add(n.nominee().staffId());
            } else {
                unitIds.add(n.nominee().unitId());
            }
            if (n.proposingUnitId() != null) {
                unitIds.add(n.proposingUnitId());
            }
            List<ExchangeFile.DossierEntry> dossier = new ArrayList<>();
            for (DossierItem item : s.dossiers().items(n.id())) {
                String sha = null;
                if (item.attachmentId() != null) {
                    Optional<Path> file = s.dossiers().file(item.attachmentId()).filter(Files::isRegularFile);
                    if (file.isPresent()) {
                        sha = sha256(file.get());
                        files.putIfAbsent(sha, file.get());
                        documents.putIfAbsent(sha, new ExchangeFile.AttachmentEntry(sha, item.fileName() == null
                                ? file.get().getFileName().toString() : item.fileName(), size(file.get())));
                    }
                }
                dossier.add(new ExchangeFile.DossierEntry(item.kind(), item.title(), item.required(), item.receivedOn(),
                        sha));
            }
            nominations.add(new ExchangeFile.NominationEntry(n, s.nominations().history(n.id()), dossier));
        }
        Map<Long, StaffMember> staff = new HashMap<>();
        s.staff().all().forEach(m -> staff.put(m.id(), m));
        List<ExchangeFile.Person> people = new ArrayList<>();
        for (long id : staffIds) {
            StaffMember m = staff.get(id);
            if (m.unitId() != null) {
                unitIds.add(m.unitId());
            }
            people.add(new ExchangeFile.Person(id, m.code(), m.fullName(), m.gender(), m.birthDate(), m.position(),
                    m.unitId(), m.kind(), m.leader(), m.hometown(), m.residence(), m.qualification(), m.academicTitle()));
        }
        List<ExchangeFile.Unit> units = s.units().all().stream().filter(u -> unitIds.contains(u.id()))
                .map(u -> new ExchangeFile.Unit(u.id(), u.name(), u.shortName(), u.type())).toList();
        List<ExchangeFile.AwardFormRef> forms = s.catalogue().awardForms().stream().filter(f -> formIds.contains(f.id()))
                .map(f -> new ExchangeFile.AwardFormRef(f.id(), f.code(), f.name())).toList();
        Set<Long> nominationIds = new LinkedHashSet<>();
        nominations.forEach(e -> nominationIds.add(e.nomination().id()));
        List<ExchangeFile.MeetingEntry> meetings = new ArrayList<>();
        for (MeetingSummary ms : s.meetings().all()) {
            MeetingRepository.Sitting sitting = s.meetings().get(ms.id());
            List<ExchangeFile.VoteEntry> votes = sitting.votes().stream().filter(v -> nominationIds.contains(v.nominationId()))
                    .map(v -> new ExchangeFile.VoteEntry(v.nominationId(), v.agree(), v.disagree(), v.abstain(),
                            v.writtenAgree(), v.writtenDisagree())).toList();
            if (!votes.isEmpty()) {
                meetings.add(new ExchangeFile.MeetingEntry(sitting.meeting().date(), sitting.meeting().minutesNumber(),
                        sitting.meeting().subject(), sitting.members(), sitting.present(), sitting.meeting().closed(),
                        votes));
            }
        }
        meetings.sort(Comparator.comparing(ExchangeFile.MeetingEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
        Agency agency = s.agency().agency().orElse(Agency.blank());
        ExchangeFile file = new ExchangeFile(ExchangeFile.FORMAT, ExchangeFormat.VERSION,
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                new ExchangeFile.Office(agency.name(), agency.parentAgency(), agency.shortCode()), plan, units, people,
                forms, nominations, meetings, new ArrayList<>(documents.values()));
        try {
            AtomicFiles.write(target, out -> ExchangeFormat.write(file, files, out));
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", target, e.getMessage()), e);
        }
        return new ExportSummary(plan.title(), nominations.size(), people.size(), meetings.size(), files.size());
    }

    // --- import ---------------------------------------------------------------------------------------------------

    /** What importing the file would do, without writing anything. */
    public ImportReport preview(Path file) {
        return run(file, false);
    }

    /** Imports the file in one transaction and says what was done. */
    public ImportReport importFile(Path file) {
        return run(file, true);
    }

    /** Carries the report of a trial import out of the transaction it rolls back. */
    private static final class TrialDone extends RuntimeException {
        private final transient ImportReport report;

        TrialDone(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    private ImportReport run(Path file, boolean apply) {
        Path work;
        try {
            work = Files.createTempDirectory("thidua-exchange");
        } catch (IOException e) {
            throw new UserException(Messages.get("exchange.error.temp", e.getMessage()), e);
        }
        try {
            ExchangeFormat.Contents contents = ExchangeFormat.read(file, work);
            List<PlanSummary> plans = s.plans().all();
            try {
                return db.inTransaction(c -> {
                    ImportReport report = new Importer(c, contents, plans, apply).run();
                    if (!apply) {
                        throw new TrialDone(report);
                    }
                    return report;
                });
            } catch (TrialDone done) {
                return done.report;
            } catch (RuntimeException e) {
                throw new UserException(Messages.get("exchange.error.refused", file.getFileName(), e.getMessage()), e);
            }
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException(Messages.get("exchange.error.damaged", file.getFileName()), e);
        } finally {
            deleteAll(work);
        }
    }

    /** One import on one connection: maps, adds and reports. */
    private final class Importer {
        private final Connection c;
        private final ExchangeFile f;
        private final Map<String, Path> files;
        private final List<PlanSummary> plans;
        private final boolean apply;
        private final List<ImportReport.Line> lines = new ArrayList<>();
        private final Map<Long, Long> formIds = new HashMap<>();
        private final Map<Long, Long> unitIds = new HashMap<>();
        private final Map<Long, Long> staffIds = new HashMap<>();
        private final Map<String, Long> stored = new HashMap<>();
        private int peopleAdded;
        private int peopleReused;
        private int unitsAdded;
        private int nominationsAdded;
        private int nominationsSkipped;

        Importer(Connection c, ExchangeFormat.Contents contents, List<PlanSummary> plans, boolean apply) {
            this.c = c;
            this.f = contents.file();
            this.files = contents.attachments();
            this.plans = plans;
            this.apply = apply;
        }

        ImportReport run() throws SQLException {
            mapAwardForms();
            mapUnits();
            mapPeople();
            PlanTarget target = plan();
            for (ExchangeFile.NominationEntry e : f.nominations()) {
                nomination(e, target);
            }
            if (!f.meetings().isEmpty()) {
                line(ImportReport.LineKind.NOTE, "exchange.report.meetings", f.meetings().size());
            }
            return new ImportReport(f.plan().title(), f.office().name(), apply, lines, nominationsAdded,
                    nominationsSkipped, peopleAdded, peopleReused, unitsAdded, stored.size());
        }

        private void mapAwardForms() {
            List<AwardForm> local = s.catalogue().awardForms();
            for (ExchangeFile.AwardFormRef ref : f.awardForms()) {
                AwardForm match = local.stream().filter(a -> ref.code() != null && ref.code().equals(a.code())).findFirst()
                        .or(() -> local.stream().filter(a -> same(a.name(), ref.name())).findFirst())
                        .orElseThrow(() -> UserException.of("exchange.error.awardForm",
                                ref.name() == null ? ref.code() : ref.name()));
                formIds.put(ref.id(), match.id());
            }
        }

        private void mapUnits() throws SQLException {
            List<Unit> local = UnitRepository.all(c);
            for (ExchangeFile.Unit u : f.units()) {
                Optional<Unit> match = local.stream().filter(l -> same(l.name(), u.name())).findFirst();
                if (match.isPresent()) {
                    unitIds.put(u.id(), match.get().id());
                } else {
                    Unit added = UnitRepository.save(c, new Unit(null, u.name(), u.shortName(), u.type(), 0, true));
                    local = new ArrayList<>(local);
                    local.add(added);
                    unitIds.put(u.id(), added.id());
                    unitsAdded++;
                    line(ImportReport.LineKind.ADDED, "exchange.report.unitAdded", added.name());
                }
            }
        }

        private void mapPeople() throws SQLException {
            List<StaffMember> local = new ArrayList<>(StaffRepository.all(c));
            for (ExchangeFile.Person p : f.people()) {
                Optional<StaffMember> byCode = p.code() == null ? Optional.empty()
                        : local.stream().filter(m -> p.code().equals(m.code())).findFirst();
                Optional<StaffMember> match = byCode.filter(m -> same(m.fullName(), p.fullName()));
                if (match.isPresent()) {
                    line(ImportReport.LineKind.REUSED, "exchange.report.personByCode", match.get().fullName(), p.code());
                } else {
                    match = local.stream().filter(m -> same(m.fullName(), p.fullName()) && p.birthDate() != null
                            && p.birthDate().equals(m.birthDate())).findFirst();
                    match.ifPresent(m -> line(ImportReport.LineKind.REUSED, "exchange.report.personByBirth", m.fullName()));
                }
                if (match.isPresent()) {
                    staffIds.put(p.id(), match.get().id());
                    peopleReused++;
                    continue;
                }
                String code = byCode.isPresent() ? null : p.code();
                StaffMember added = StaffRepository.save(c, new StaffMember(null, code, p.fullName(), p.gender(),
                        p.birthDate(), p.position(), p.unitId() == null ? null : unitIds.get(p.unitId()), p.kind(),
                        p.leader(), null, null, p.hometown(), p.residence(), p.qualification(), p.academicTitle(),
                        Messages.get("exchange.note.person", f.office().name())));
                local.add(added);
                staffIds.put(p.id(), added.id());
                peopleAdded++;
                if (byCode.isPresent()) {
                    line(ImportReport.LineKind.CONFLICT, "exchange.report.codeTaken", p.fullName(), p.code(),
                            byCode.get().fullName(), added.code());
                } else {
                    line(ImportReport.LineKind.ADDED, "exchange.report.personAdded", added.fullName(), added.code());
                }
            }
        }

        /** The plan the nominations go under, and whether it was already here. */
        private record PlanTarget(long id, boolean existing) {
        }

        private PlanTarget plan() throws SQLException {
            Plan p = f.plan();
            Optional<PlanSummary> same = plans.stream().filter(x -> x.code().equals(p.code())
                    && x.date().year() == p.date().year() && Objects.equals(x.number(), p.number())
                    && (p.number() != null || same(x.title(), p.title()))).findFirst();
            if (same.isPresent() && same(same.get().title(), p.title())) {
                line(ImportReport.LineKind.REUSED, "exchange.report.planSame", p.title());
                return new PlanTarget(same.get().id(), true);
            }
            Plan mapped = new Plan(null, p.code(), p.number(), p.status(), p.place(), p.date(), p.title(), p.basis(),
                    p.introduction(), p.theme(), p.purposes(), p.requirements(), p.objectives(), p.targets(), p.contents(),
                    p.period(), p.movementForm(), p.eligible(), p.criteria(),
                    p.offers().stream().map(o -> new AwardOffer(formIds.get(o.awardFormId()), o.awardee(),
                            o.standardsIntro(), o.standards(), o.quota(), o.priorities())).toList(),
                    p.overallQuota(), p.dossierDocuments(), p.dossierDeadline(), p.dossierDestination(),
                    p.duties().stream().map(d -> new Duty(d.unitId() == null ? null : unitIds.get(d.unitId()), d.party(),
                            d.text())).toList(),
                    p.closing(), p.recipients(),
                    p.signer() == null ? null : new PlanSigner(null, p.signer().fullName(), p.signer().role()));
            if (same.isPresent()) {
                mapped = mapped.withIssue(null, PlanStatus.DRAFT, p.date());
                Plan added = PlanRepository.insertReceived(c, mapped);
                line(ImportReport.LineKind.CONFLICT, "exchange.report.planNumberTaken", p.title(), same.get().title());
                return new PlanTarget(added.id(), false);
            }
            Plan added = PlanRepository.insertReceived(c, mapped);
            line(ImportReport.LineKind.ADDED, "exchange.report.planAdded", added.title());
            return new PlanTarget(added.id(), false);
        }

        private void nomination(ExchangeFile.NominationEntry e, PlanTarget target) throws SQLException {
            Nomination n = e.nomination();
            Nominee nominee = n.nominee().isPerson() ? Nominee.person(staffIds.get(n.nominee().staffId()))
                    : Nominee.unit(unitIds.get(n.nominee().unitId()));
            long form = formIds.get(n.awardFormId());
            String name = nomineeName(n);
            if (target.existing() && s.nominations().forPlan(target.id()).stream().anyMatch(x -> x.nominee().equals(nominee)
                    && x.awardFormId() == form && x.status() != NominationStatus.WITHDRAWN)) {
                nominationsSkipped++;
                line(ImportReport.LineKind.SKIPPED, "exchange.report.nominationDuplicate", name);
                return;
            }
            List<StatusChange> history = e.history().isEmpty()
                    ? List.of(new StatusChange(n.status(), n.statusDate(), null)) : e.history();
            StatusChange first = history.get(0);
            Nomination typed = new Nomination(null, n.planId() == null ? null : target.id(), n.occasion(), n.year(),
                    n.reportFirstYear(), nominee, form, n.proposingUnitId() == null ? null : unitIds.get(n.proposingUnitId()),
                    n.summary(), n.duties(), n.description(), n.achievements(), n.measures(), n.years(), n.awards(),
                    first.status(), first.date(), n.note());
            Nomination added = NominationRepository.save(c, audit, typed);
            for (StatusChange step : history.subList(1, history.size())) {
                NominationRepository.changeStatus(c, audit, added.id(), step.status(), step.date(), step.note());
            }
            for (ExchangeFile.DossierEntry d : e.dossier()) {
                Long attachment = d.attachment() == null ? null : store(d.attachment());
                DossierService.addReceived(c, audit, added.id(), d.kind(), d.title(), d.required(), attachment,
                        d.receivedOn());
            }
            nominationsAdded++;
            line(ImportReport.LineKind.ADDED, "exchange.report.nominationAdded", name, awardName(n.awardFormId()));
        }

        /** Stores a document once per import; a trial run only counts it. */
        private Long store(String sha) throws SQLException {
            if (stored.containsKey(sha)) {
                return stored.get(sha);
            }
            Long id = null;
            if (apply) {
                ExchangeFile.AttachmentEntry entry = f.attachments().stream().filter(a -> a.sha256().equals(sha))
                        .findFirst().orElseThrow();
                Path named = files.get(sha).resolveSibling(sha + "-named").resolve(safeName(entry.fileName()));
                try {
                    Files.createDirectories(named.getParent());
                    Files.move(files.get(sha), named);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                id = attachments.store(c, named).id();
            }
            stored.put(sha, id);
            return id;
        }

        private String nomineeName(Nomination n) {
            if (n.nominee().isPerson()) {
                return f.people().stream().filter(p -> p.id() == n.nominee().staffId()).map(ExchangeFile.Person::fullName)
                        .findFirst().orElse("");
            }
            return f.units().stream().filter(u -> u.id() == n.nominee().unitId()).map(ExchangeFile.Unit::name)
                    .findFirst().orElse("");
        }

        private String awardName(long fileFormId) {
            return f.awardForms().stream().filter(a -> a.id() == fileFormId).map(a -> a.name() == null ? a.code() : a.name())
                    .findFirst().orElse("");
        }

        private void line(ImportReport.LineKind kind, String key, Object... args) {
            lines.add(new ImportReport.Line(kind, Messages.get(key, args)));
        }
    }

    /** The same name for a person or a unit: NFC, spaces folded, case ignored (accents count). */
    static boolean same(String a, String b) {
        return a != null && b != null
                && VietText.clean(a).toLowerCase(VietText.VIETNAMESE).equals(VietText.clean(b).toLowerCase(VietText.VIETNAMESE));
    }

    /** A file name without folders or characters a file system refuses. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1f:*?\"<>|]", "_").strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "tep" : base;
    }

    private static String sha256(Path file) {
        try {
            return ExchangeFormat.sha256(file);
        } catch (IOException e) {
            throw UserException.of("attachment.error.unreadable", file.getFileName());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is removed by the system
        }
    }
}
