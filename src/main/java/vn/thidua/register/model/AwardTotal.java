package vn.thidua.register.model;

/** Awards and their money for one year and funding source. */
public record AwardTotal(int year, String fundingSource, int collectives, int individuals, long money) {
}
