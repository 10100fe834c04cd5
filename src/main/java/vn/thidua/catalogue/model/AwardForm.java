package vn.thidua.catalogue.model;

/** An emulation title or award form (with the short name lists use: LĐTT), who may receive it and who issues it. */
public record AwardForm(Long id, String code, String name, String shortName, AwardCategory category, boolean forIndividual,
                        boolean forCollective, String issuer, int sortOrder, boolean active) {
}
