package vn.thidua.exchange.model;

/** What an export wrote: the plan, how many nominations, people, meetings and documents. */
public record ExportSummary(String planTitle, int nominations, int people, int meetings, int attachments) {
}
