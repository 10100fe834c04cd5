package vn.thidua.catalogue.model;

import java.time.LocalDate;

/** A decree that rules awards for a period: Nghị định 98/2023 until 30/6/2025, 152/2025 from 01/7/2025. */
public record LegalBasis(Long id, String code, String title, LocalDate issuedDate, LocalDate effectiveFrom,
                         LocalDate effectiveTo) {

    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }
}
