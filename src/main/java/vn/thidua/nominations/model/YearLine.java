package vn.thidua.nominations.model;

import vn.thidua.organisation.model.Rating;

/** One year of the achievement report: the rating, the titles as printed, and what was achieved. */
public record YearLine(int year, Rating rating, String titles, String achievement) {
}
