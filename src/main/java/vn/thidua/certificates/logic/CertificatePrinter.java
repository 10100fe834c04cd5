package vn.thidua.certificates.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.certificates.model.Certificate;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.certificates.model.CertificateLayout;
import vn.thidua.certificates.model.PrintMode;
import vn.thidua.common.document.Nd30Lines;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.StaffMember;

/**
 * Certificates (Giấy khen, and the certificate of a title such as Chiến sĩ thi đua cơ sở) for the lines of a signed
 * decision, one page each, and the layouts that place their lines. What a screen calls: {@link #layout},
 * {@link #saveLayout}, {@link #moveField}, {@link #print} and {@link #printTestPage}.
 */
public final class CertificatePrinter {

    private final DecisionRepository decisions;
    private final AgencyRepository agency;
    private final StaffRepository staff;
    private final CatalogueRepository catalogue;
    private final CertificateLayouts layouts;

    public CertificatePrinter(DecisionRepository decisions, AgencyRepository agency, StaffRepository staff,
                              CatalogueRepository catalogue, CertificateLayouts layouts) {
        this.decisions = decisions;
        this.agency = agency;
        this.staff = staff;
        this.catalogue = catalogue;
        this.layouts = layouts;
    }

    public CertificateLayouts layouts() {
        return layouts;
    }

    public CertificateLayout layout(String name) {
        return layouts.load(name);
    }

    public CertificateLayout saveLayout(CertificateLayout layout) {
        return layouts.save(layout);
    }

    /** Moves one line of layout {@code name} to (x, y) mm from the sheet's top-left corner, and keeps it. */
    public CertificateLayout moveField(String name, CertificateField field, double x, double y) {
        return layouts.move(name, field, x, y);
    }

    /** The certificates of signed decision {@code decisionId}, in the order of its attached list. */
    public List<Certificate> certificates(long decisionId) {
        Decision d = decisions.get(decisionId);
        if (!d.signed()) {
            throw UserException.of("certificate.error.notSigned");
        }
        Agency a = agency.agency().orElse(Agency.blank());
        List<Certificate> out = new ArrayList<>();
        for (DecisionLine line : d.lines()) {
            out.add(certificate(d, line, a, form(line.awardFormId())));
        }
        return out;
    }

    /** Writes the certificates of decision {@code decisionId} with layout {@code layoutName}; returns how many. */
    public int print(long decisionId, PrintMode mode, String layoutName, Path file) {
        List<Certificate> certificates = certificates(decisionId);
        write(certificates, layouts.load(layoutName), mode, file);
        return certificates.size();
    }

    /** One page on plain paper: every line with a sample text and a light frame round it, to hold against a blank. */
    public void printTestPage(String layoutName, Path file) {
        write(List.of(sample()), layouts.load(layoutName), PrintMode.TEST_PAGE, file);
    }

    /** A certificate with made-up texts, every line filled. */
    public Certificate sample() {
        Agency a = agency.agency().orElse(Agency.blank());
        Map<CertificateField, String> t = new EnumMap<>(CertificateField.class);
        t.put(CertificateField.NATIONAL_TITLE, Nd30Lines.NATIONAL_TITLE);
        t.put(CertificateField.MOTTO, Nd30Lines.MOTTO);
        t.put(CertificateField.ISSUER, issuerTitle(Messages.get("certificate.sample.issuer", nz(a.name())), a.placeName()));
        t.put(CertificateField.GIVES, Messages.get("certificate.gives"));
        t.put(CertificateField.AWARD, Messages.get("certificate.sample.award"));
        t.put(CertificateField.NAME, Messages.get("certificate.sample.name"));
        t.put(CertificateField.POSITION, Messages.get("certificate.sample.position"));
        t.put(CertificateField.ACHIEVEMENT, Messages.get("certificate.sample.achievement"));
        t.put(CertificateField.DECISION, Messages.get("certificate.decision", Messages.get("certificate.sample.number"),
                Messages.get("certificate.sample.date")));
        t.put(CertificateField.GOLDEN_BOOK, Messages.get("certificate.goldenBook", "1"));
        t.put(CertificateField.PLACE_DATE, Messages.get("certificate.sample.placeDate", nz(a.placeName())));
        t.put(CertificateField.SIGNER_TITLE, Messages.get("certificate.director"));
        t.put(CertificateField.SIGNER_NAME, Messages.get("certificate.sample.signer"));
        return new Certificate(t);
    }

    private Certificate certificate(Decision d, DecisionLine line, Agency a, Optional<AwardForm> form) {
        String place = nz(d.place()).isBlank() ? nz(a.placeName()) : d.place();
        Map<CertificateField, String> t = new EnumMap<>(CertificateField.class);
        t.put(CertificateField.NATIONAL_TITLE, Nd30Lines.NATIONAL_TITLE);
        t.put(CertificateField.MOTTO, Nd30Lines.MOTTO);
        t.put(CertificateField.ISSUER, issuerTitle(d.issuer(), a.placeName()));
        boolean title = form.map(f -> f.category() == AwardCategory.TITLE).orElse(false);
        t.put(CertificateField.GIVES, Messages.get(title ? "certificate.givesTitle" : "certificate.gives"));
        t.put(CertificateField.AWARD, upper(form.map(f -> printedAward(f.name())).orElse("")));
        if (line.collective()) {
            t.put(CertificateField.NAME, line.name());
            t.put(CertificateField.POSITION, nz(a.name()).isBlank() ? "" : Messages.get("certificate.unitOf", a.name(),
                    nz(a.placeName())).strip());
        } else {
            Gender gender = line.staffId() == null ? null
                    : staff.find(line.staffId()).map(StaffMember::gender).orElse(null);
            t.put(CertificateField.NAME, gender == null ? line.name() : Messages.get(gender == Gender.FEMALE
                    ? "certificate.madam" : "certificate.mister", line.name()));
            t.put(CertificateField.POSITION, nz(line.position()));
        }
        String achievement = nz(d.achievement()).strip();
        if (!achievement.isEmpty()) {
            while (achievement.endsWith(".")) {
                achievement = achievement.substring(0, achievement.length() - 1).strip();
            }
            t.put(CertificateField.ACHIEVEMENT, Messages.get("certificate.achievement", achievement));
        }
        t.put(CertificateField.DECISION, Messages.get("certificate.decision", DecisionRepository.symbol(d),
                VietDates.format(d.date())));
        t.put(CertificateField.GOLDEN_BOOK, Messages.get("certificate.goldenBook", nz(line.goldenBookNo())));
        t.put(CertificateField.PLACE_DATE, Nd30Lines.placeAndDate(place, d.date()));
        t.put(CertificateField.SIGNER_TITLE, d.signerRole() == SignerRole.DEPUTY_DIRECTOR
                ? Messages.get("certificate.onBehalf") : Messages.get("certificate.director"));
        t.put(CertificateField.SIGNER_NAME, nz(d.signerName()));
        return new Certificate(t);
    }

    /** "GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH LẠNG SƠN" from "Giám đốc Sở Ngoại vụ" and "Lạng Sơn". */
    static String issuerTitle(String issuer, String place) {
        String p = nz(place).strip();
        String folded = VietText.fold(nz(issuer)).toLowerCase(java.util.Locale.ROOT);
        boolean named = p.isEmpty() || folded.contains(VietText.fold(p).toLowerCase(java.util.Locale.ROOT));
        return upper(named ? nz(issuer) : Messages.get("certificate.issuerOf", issuer, p));
    }

    /** "Giấy khen" from "Giấy khen của Giám đốc Sở": the certificate names the issuer above the award already. */
    static String printedAward(String name) {
        int of = name.indexOf(" của ");
        return of > 0 ? name.substring(0, of) : name;
    }

    private Optional<AwardForm> form(long id) {
        return catalogue.awardForms().stream().filter(f -> f.id() == id).findFirst();
    }

    private static void write(List<Certificate> certificates, CertificateLayout layout, PrintMode mode, Path file) {
        try {
            CertificateWriter.write(certificates, layout, mode, file);
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
    }

    private static String upper(String s) {
        return nz(s).toUpperCase(VietText.VIETNAMESE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
