package vn.thidua.exchange.logic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.common.i18n.UserException;
import vn.thidua.exchange.model.ExchangeFile;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.StatusChange;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.Plan;

/**
 * Whether an exchange file holds together before anything is written: every part there, every reference (a
 * nomination's nominee, award form and documents, a plan's award forms and units) to something in the file.
 */
final class ExchangeChecks {

    private ExchangeChecks() {
    }

    static void check(ExchangeFile f, Set<String> unpacked, String name) {
        if (f.office() == null || f.plan() == null || f.units() == null || f.people() == null || f.awardForms() == null
                || f.nominations() == null || f.meetings() == null || f.attachments() == null) {
            throw damaged(name);
        }
        Plan p = f.plan();
        if (p.id() == null || blank(p.code()) || blank(p.title()) || p.status() == null || p.date() == null
                || !p.date().isValid()) {
            throw damaged(name);
        }
        Set<Long> units = ids(f.units().stream().map(u -> u == null || blank(u.name()) || u.type() == null ? null : u.id())
                .toList(), name);
        Set<Long> people = ids(f.people().stream().map(x -> x == null || blank(x.fullName()) || x.gender() == null
                || x.kind() == null || (x.unitId() != null && !units.contains(x.unitId())) ? null : x.id()).toList(),
                name);
        Set<Long> forms = ids(f.awardForms().stream().map(a -> a == null || (blank(a.code()) && blank(a.name())) ? null
                : a.id()).toList(), name);
        Set<String> documents = new HashSet<>();
        for (ExchangeFile.AttachmentEntry a : f.attachments()) {
            if (a == null || a.sha256() == null || !unpacked.contains(a.sha256()) || blank(a.fileName())
                    || !documents.add(a.sha256())) {
                throw damaged(name);
            }
        }
        for (AwardOffer o : p.offers()) {
            if (o == null || !forms.contains(o.awardFormId())) {
                throw damaged(name);
            }
        }
        for (Duty d : p.duties()) {
            if (d == null || (d.unitId() != null && !units.contains(d.unitId()))) {
                throw damaged(name);
            }
        }
        Set<Long> nominations = new HashSet<>();
        for (ExchangeFile.NominationEntry e : f.nominations()) {
            Nomination n = e == null ? null : e.nomination();
            if (n == null || n.id() == null || !nominations.add(n.id()) || n.nominee() == null || n.occasion() == null
                    || n.status() == null || n.statusDate() == null || !forms.contains(n.awardFormId())
                    || (n.planId() != null && !n.planId().equals(p.id()))
                    || (n.nominee().staffId() != null && !people.contains(n.nominee().staffId()))
                    || (n.nominee().unitId() != null && !units.contains(n.nominee().unitId()))
                    || (n.proposingUnitId() != null && !units.contains(n.proposingUnitId()))
                    || e.history() == null || e.dossier() == null) {
                throw damaged(name);
            }
            for (StatusChange s : e.history()) {
                if (s == null || s.status() == null || s.date() == null) {
                    throw damaged(name);
                }
            }
            for (ExchangeFile.DossierEntry d : e.dossier()) {
                if (d == null || d.kind() == null || blank(d.title())
                        || (d.attachment() != null && !documents.contains(d.attachment()))) {
                    throw damaged(name);
                }
            }
        }
        for (ExchangeFile.MeetingEntry m : f.meetings()) {
            if (m == null || m.votes() == null || m.votes().stream().anyMatch(v -> v == null)) {
                throw damaged(name);
            }
        }
    }

    private static Set<Long> ids(List<Long> ids, String name) {
        Set<Long> out = new HashSet<>();
        for (Long id : ids) {
            if (id == null || !out.add(id)) {
                throw damaged(name);
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "Tệp … bị hỏng hoặc không đầy đủ". */
    private static UserException damaged(String name) {
        return UserException.of("exchange.error.incomplete", name);
    }
}
