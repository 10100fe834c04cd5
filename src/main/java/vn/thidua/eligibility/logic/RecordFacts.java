package vn.thidua.eligibility.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.Rating;

/**
 * Everything a batch of checks reads, held in memory: people and units with their ratings, titles (merit ones apart
 * from thematic and one-off ones), innovations, disciplines and inspections for a range of years, the legal bases and
 * the award forms' short names. Built by {@link RecordFactsLoader}, or by hand in tests.
 */
public final class RecordFacts {

    /** What people and units have in common: a yearly rating and titles. */
    public abstract static class Nominee {

        final Map<Integer, Rating> ratings = new HashMap<>();
        final Map<Integer, Set<String>> meritTitles = new HashMap<>();
        final Map<Integer, Set<String>> otherTitles = new HashMap<>();

        public Rating rating(int year) {
            return ratings.get(year);
        }

        public boolean holdsMerit(String code, int year) {
            return meritTitles.getOrDefault(year, Set.of()).contains(code);
        }

        public boolean holdsNonMerit(String code, int year) {
            return otherTitles.getOrDefault(year, Set.of()).contains(code);
        }

        /** Records a title; {@code merit} false for thematic and one-off awards. */
        public void title(int year, String code, boolean merit) {
            (merit ? meritTitles : otherTitles).computeIfAbsent(year, y -> new HashSet<>()).add(code);
        }

        public void rated(int year, Rating rating) {
            if (rating != null) {
                ratings.put(year, rating);
            }
        }
    }

    /** A staff member: name and period of work, records, innovations, disciplines, years under inspection. */
    public static final class Person extends Nominee {

        final long id;
        final String name;
        final Long unitId;
        final LocalDate start;
        final LocalDate end;
        final Set<Integer> inspections = new HashSet<>();
        final List<Innovation> innovations = new ArrayList<>();
        final List<Discipline> disciplines = new ArrayList<>();

        public Person(long id, String name, Long unitId, LocalDate start, LocalDate end) {
            this.id = id;
            this.name = name;
            this.unitId = unitId;
            this.start = start;
            this.end = end;
        }

        /** Working here at some time during the year. */
        boolean activeIn(int year) {
            return (start == null || start.getYear() <= year) && (end == null || end.getYear() >= year);
        }

        boolean disciplinedIn(int year) {
            return disciplines.stream().anyMatch(d -> d.overlapsYear(year));
        }

        public void inspected(int year) {
            inspections.add(year);
        }

        public void innovation(Innovation i) {
            innovations.add(i);
        }

        public void discipline(Discipline d) {
            disciplines.add(d);
        }
    }

    /** A unit: its records and everyone who was ever on its staff. */
    public static final class UnitRecord extends Nominee {

        final long id;
        final Map<Integer, BigDecimal> taskCompletion = new HashMap<>();
        final List<Person> staff = new ArrayList<>();

        public UnitRecord(long id) {
            this.id = id;
        }

        /** Members in a year: the unit's staff active during that year. */
        List<Person> membersIn(int year) {
            return staff.stream().filter(p -> p.activeIn(year)).toList();
        }

        public void completed(int year, BigDecimal percent) {
            if (percent != null) {
                taskCompletion.put(year, percent);
            }
        }
    }

    private final Map<Long, Person> people = new HashMap<>();
    private final Map<Long, UnitRecord> units = new HashMap<>();
    private final List<LegalBasis> legalBases;
    private final Map<String, String> shortNames;

    public RecordFacts(List<LegalBasis> legalBases, Map<String, String> shortNames) {
        this.legalBases = List.copyOf(legalBases);
        this.shortNames = Map.copyOf(shortNames);
    }

    /** Adds a person, and to the staff of the person's unit. */
    public Person addPerson(Person p) {
        people.put(p.id, p);
        if (p.unitId != null) {
            unit(p.unitId).staff.add(p);
        }
        return p;
    }

    /** The person's facts; an unknown id gives an empty record, which is not kept. */
    public Person person(long id) {
        Person p = people.get(id);
        return p != null ? p : new Person(id, "", null, null, null);
    }

    /** The unit's facts, made empty the first time they are asked for. */
    public UnitRecord unit(long id) {
        return units.computeIfAbsent(id, UnitRecord::new);
    }

    Optional<LegalBasis> legalBasisOn(LocalDate day) {
        return legalBases.stream().filter(b -> b.inForceOn(day)).reduce((a, b) -> b);
    }

    /** The award form's short name ("CSTĐ cơ sở"), or its code when the catalogue has none. */
    String shortName(String code) {
        return shortNames.getOrDefault(code, code);
    }
}
